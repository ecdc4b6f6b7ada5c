/**
 * The seventy-fourth held-out batch's 612 L21 (test/corpus/README.md): '国内增值税101.87亿元,…其中留抵退税冲减收入194.35亿元'
 * — the refunds were taken off the tax, so the amount under 其中 is no part of it and may be larger.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';

const sums = (text: string) => checkNarrativeText(text).filter((f) => f.rule === 'narrative/sum' && f.severity !== 'info');
const shown = (text: string) => sums(text).map((f) => `${f.cell} ${f.severity} ${f.message}`).join('\n');
const yi = (cents: number) => (cents / 100).toFixed(2);

const REAL =
  '(1)国内增值税101.87亿元,同比下降61.1%,其中留抵退税冲减收入194.35亿元,扣除留抵退税因素后,完成年初预算的55.9%,同比增长1.6%,主要是增值税留抵退税政策在二季度集中兑现,带来阶段性减收。';

describe('an amount taken off the figure, named under its 其中', () => {
  it('is no part of the tax it was taken off (the real line)', () => {
    expect(sums(REAL), shown(REAL)).toEqual([]);
  });

  it('raises nothing whatever the tax and the amount taken off it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000, max: 900_000 }), fc.integer({ min: 1_000, max: 900_000 }), fc.constantFrom('冲减', '抵减'), (tax, off, word) => {
        const text = `国内增值税${yi(tax)}亿元,同比下降10.0%,其中留抵退税${word}收入${yi(off)}亿元。`;
        expect(sums(text), shown(text)).toEqual([]);
      }),
    );
  });

  it('still calls a part larger than its whole an error', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000, max: 400_000 }), fc.integer({ min: 100, max: 400_000 }), (whole, over) => {
        const text = `税收收入${yi(whole)}亿元,其中国内增值税${yi(whole + over)}亿元。`;
        expect(sums(text).map((f) => f.severity), shown(text)).toEqual(['error']);
      }),
    );
  });
});
