/**
 * A change whose base is printed before it ('较预算数339万元减少217万元', '与上年100万元相比增加20万元',
 * '对比上年度的1.50亿元减少0.30亿元'), in every combination of the wording parts a clerk uses
 * (test/fixtures/narrative-base-wordings.ts): with right figures it raises no error and no warning; with
 * a wrong change (prior + change ≠ current), or 持平 beside two different figures, it is found, and the
 * finding states both figures.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';
import {
  BASES,
  COMPARE_OPENINGS,
  LINKS,
  SUBJECTS,
  UNITS,
  baseSentence,
  grouped,
  printed,
  type BaseWording,
} from './fixtures/narrative-base-wordings';

const wording: fc.Arbitrary<BaseWording> = fc.record({
  compare: fc.constantFrom(...COMPARE_OPENINGS),
  base: fc.constantFrom(...BASES),
  link: fc.constantFrom(...LINKS),
  unit: fc.constantFrom(...UNITS),
  words: fc.constantFrom(0 as const, 1 as const, 2 as const),
  comma: fc.boolean(),
  rate: fc.boolean(),
  separators: fc.boolean(),
  subject: fc.constantFrom(...SUBJECTS),
});
const cents = fc.integer({ min: 1, max: 99_999_999 });
/**
 * A slip, in hundredths of the unit, larger than what the rounding of two printed figures explains
 * (half of their last decimal each; for 元, a whole 分 each, as amounts are held in 分).
 */
const BEYOND_ROUNDING = 3;

/** A finding states a figure in the checker's own format ('1,234.50') or as the text printed it. */
const states = (message: string, cents: number, w: BaseWording) => message.includes(grouped(cents)) || message.includes(printed(cents, w.separators));
const loud = (text: string) => checkNarrativeText(text).filter((f) => f.severity !== 'info');
const listed = (text: string) => checkNarrativeText(text).map((f) => `${f.severity} ${f.rule} ${f.message}`).join('\n');

describe('a base printed before its change', () => {
  it('right figures in any wording: no error, no warning', () => {
    fc.assert(
      fc.property(wording, cents, cents, (w, current, prior) => {
        fc.pre(current !== prior);
        // A fall that rounds to 100% with money left ('0.01万元 … 下降100.00%') is asked about by a rule of its own.
        fc.pre(!w.rate || current > prior || current === 0 || (prior - current) / prior < 0.99995);
        const text = baseSentence(w, current, prior, Math.abs(current - prior));
        expect(loud(text), text).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('持平 beside equal figures in any wording: no error, no warning', () => {
    fc.assert(
      fc.property(wording, cents, (w, amount) => {
        const text = baseSentence(w, amount, amount, 0);
        expect(loud(text), text).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('a wrong change in any wording is found, stating this year’s figure and the base', () => {
    fc.assert(
      fc.property(wording, cents, cents, fc.integer({ min: BEYOND_ROUNDING, max: 1_000_000 }), (w, current, prior, slip) => {
        fc.pre(current !== prior);
        const text = baseSentence(w, current, prior, Math.abs(current - prior) + slip);
        const found = loud(text).filter((f) => states(f.message, current, w) && states(f.message, prior, w));
        expect(found.length, `${text}\n${listed(text)}`).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('持平 beside two different figures in any wording is an error stating both', () => {
    fc.assert(
      fc.property(wording, cents, cents, (w, current, prior) => {
        fc.pre(Math.abs(current - prior) >= BEYOND_ROUNDING);
        const text = baseSentence(w, current, prior, 0);
        const found = loud(text).filter((f) => f.severity === 'error' && states(f.message, current, w) && states(f.message, prior, w));
        expect(found.length, `${text}\n${listed(text)}`).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  // The wordings the checker misread before (each also generated above), as a reader meets them.
  it('reads 与…相比 closing a comparison: the figure before it is the base, the change after it is of that comparison', () => {
    const right = '2024年“三公”经费财政拨款支出决算为80.00万元，与上年100.00万元相比减少20.00万元，下降20.00%。主要原因是人员减少。';
    expect(loud(right)).toEqual([]);
    const wrong = right.replace('减少20.00万元', '减少30.00万元');
    expect(listed(wrong)).toContain('80.00 − 100.00 = -20.00万元');
  });

  it('reads 对比上年: the words before 对比 name the figure compared', () => {
    const wrong = '2024年公务接待费决算为120.00万元，对比上年100.00万元增加30.00万元。主要原因是接待任务增加。';
    expect(listed(wrong)).toContain('120.00 − 100.00 = 20.00万元');
  });

  it('holds 持平 against the base printed before it', () => {
    expect(loud('2024年公务接待费决算为430.00万元，与上年430.00万元持平。')).toEqual([]);
    expect(loud('2024年公务接待费决算为430.00万元，与上年420.00万元相比，持平。').map((f) => `${f.severity} ${f.message}`)).toEqual([
      'error “2024年公务接待费决算为430.00万元”与“公务接待费：与上年420.00万元”相差10.00万元，文中却写“持平”，请核对。',
    ]);
  });
});
