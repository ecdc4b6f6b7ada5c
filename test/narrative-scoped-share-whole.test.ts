/**
 * The seventy-fourth held-out batch's 613 L4 (test/corpus/README.md): a 全区 total, its 民生 share '占一般公共预算支出的…',
 * then the 自治区本级 支出 under those very words. The later figure is another scope's, not the share's whole.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';

const errors = (text: string) => checkNarrativeText(text).filter((f) => f.severity === 'error');
const shown = (text: string) => errors(text).map((f) => `${f.cell} ${f.rule} ${f.message}`).join('\n');
const yi = (cents: number) => (cents / 100).toFixed(2);

const REAL =
  '1—6月,全区一般公共预算收入995.18亿元,完成年初预算的56.2%。全区一般公共预算支出3095.01亿元,完成年初预算的51.8%。其中:民生支出2428.54亿元,占一般公共预算支出的78.5%,同比提高0.3个百分点。自治区本级一般公共预算收入183.76亿元,完成年初预算的50.3%;一般公共预算支出584.04亿元,完成年初预算的54.3%。';

describe('a share whose whole is named again, for another scope, after it', () => {
  it('does not take the 自治区本级 支出 stated after the share for its whole (the real line)', () => {
    expect(errors(REAL), shown(REAL)).toEqual([]);
  });

  it('stays silent for any 全区 total, share and later 本级 figure', () => {
    fc.assert(
      fc.property(fc.integer({ min: 200_000, max: 900_000 }), fc.integer({ min: 20, max: 90 }), fc.integer({ min: 10_000, max: 150_000 }), fc.integer({ min: 5_000, max: 50_000 }), (total, pct, local, revenue) => {
        const part = Math.round((total * pct) / 100);
        const share = ((part / total) * 100).toFixed(1);
        const text = `全区一般公共预算支出${yi(total)}亿元。其中:民生支出${yi(part)}亿元,占一般公共预算支出的${share}%。自治区本级一般公共预算收入${yi(revenue)}亿元;一般公共预算支出${yi(local)}亿元。`;
        expect(errors(text), shown(text)).toEqual([]);
      }),
    );
  });

  it('still checks a share against the whole stated after it when nothing of its kind stands before', () => {
    fc.assert(
      fc.property(fc.integer({ min: 200_000, max: 900_000 }), fc.integer({ min: 20, max: 70 }), (total, pct) => {
        const part = Math.round((total * pct) / 100);
        const wrong = ((part / total) * 100 + 10).toFixed(1);
        const text = `民生支出${yi(part)}亿元,占一般公共预算支出的${wrong}%。全年一般公共预算支出${yi(total)}亿元。`;
        expect(errors(text).filter((f) => f.rule === 'narrative/share'), shown(text)).toHaveLength(1);
      }),
    );
  });
});
