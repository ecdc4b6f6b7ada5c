/**
 * A 决算 against its budget, in every combination of the wording parts a clerk uses
 * (test/fixtures/narrative-completion-wordings.ts: which budget, what the spent figure is called, which
 * figure comes first, how the rate is written and rounded, the sentence saying which is larger): right as
 * written it raises no error and no warning; a completion rate that is not 决算 ÷ 预算 is an error stating
 * both figures; 大于 / 小于 the other way round from the rate, or from the two figures when no rate is
 * given, is an error; where the sentence before states more than the two figures, nothing is said.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';
import { allWordings, completionPassage, completionRate, grouped, printed, wayOf, type Way } from './fixtures/narrative-completion-wordings';

const WORDINGS = [...allWordings()];
const loud = (text: string) => checkNarrativeText(text).filter((f) => f.severity !== 'info');
const listed = (text: string) => checkNarrativeText(text).map((f) => `${f.severity} ${f.rule} ${f.message}`).join('\n');
const states = (message: string, cents: number) => message.includes(grouped(cents)) || message.includes(printed(cents));

/** A budget of 1.00 to 99,999.99 万元 and a 决算 of 40% to 130% of it, or exactly it. */
const figures = fc.integer({ min: 100, max: 9_999_999 }).chain((budget) =>
  fc.record({
    budget: fc.constant(budget),
    actual: fc.oneof(fc.constant(budget), fc.integer({ min: Math.max(1, Math.round(budget * 0.4)), max: Math.round(budget * 1.3) })),
  }),
);
const opposite = (way: Way): Way => (way === 'larger' ? 'smaller' : 'larger');

describe('决算 against its budget, in any wording', () => {
  it(`right figures, rate and words raise no error and no warning (${WORDINGS.length} wordings)`, () => {
    fc.assert(
      fc.property(fc.constantFrom(...WORDINGS), figures, (w, { budget, actual }) => {
        const text = completionPassage(w, actual, budget, completionRate(actual, budget, w.decimals), wayOf(actual, budget));
        expect(loud(text), text).toEqual([]);
      }),
      { numRuns: 600 },
    );
  });

  it('a rate that is not 决算 ÷ 预算 is an error stating both figures (a warning when only its second decimal slipped)', () => {
    const rated = WORDINGS.filter((w) => w.rate !== 'none');
    // From 100.00万元, the rounding of the printed figures moves a rate by less than 0.01%: three units of
    // the rate's last decimal off are beyond it. A two-decimal rate within a tenth of a point is a slip of
    // its second decimal (a warning); the boundary itself is left out.
    const large = figures.filter(({ budget }) => budget >= 10_000);
    fc.assert(
      fc.property(fc.constantFrom(...rated), large, fc.integer({ min: 3, max: 500 }), fc.boolean(), (w, { budget, actual }, units, up) => {
        const wrong = Number((completionRate(actual, budget, w.decimals) + (up ? units : -units) * 10 ** -w.decimals).toFixed(w.decimals));
        fc.pre(wrong > 0 && !(w.decimals >= 2 && units >= 10 && units <= 11));
        const severity = w.decimals >= 2 && units < 10 ? 'warning' : 'error';
        const text = completionPassage(w, actual, budget, wrong, wayOf(actual, budget));
        const hits = loud(text).filter((f) => f.rule === 'narrative/completion' && f.severity === severity && states(f.message, actual) && states(f.message, budget));
        expect(hits.length, `${text}\n${listed(text)}`).toBeGreaterThan(0);
      }),
      { numRuns: 600 },
    );
  });

  it('大于 / 小于 the other way round from the figures is an error, with a rate or without', () => {
    const compared = WORDINGS.filter((w) => w.relation !== 'none');
    fc.assert(
      fc.property(fc.constantFrom(...compared), figures, (w, { budget, actual }) => {
        // Apart by more than a rate's rounding can hide: the rate is not 100%.
        fc.pre(Math.abs(actual - budget) * 10_000 > budget * 100);
        const text = completionPassage(w, actual, budget, completionRate(actual, budget, w.decimals), opposite(wayOf(actual, budget)));
        const hits = loud(text).filter((f) => f.rule === 'narrative/direction' && f.severity === 'error');
        expect(hits.length, `${text}\n${listed(text)}`).toBeGreaterThan(0);
      }),
      { numRuns: 600 },
    );
  });

  // The readings these wordings found missing, as a reader meets them.
  it('reads the budget written after the 决算 (“支出决算数为…，年初预算为…”) as the base of its rate', () => {
    const right = '2023年度“三公”经费财政拨款支出决算数为6.40万元，年初预算为8.00万元，完成年初预算的80.00%。';
    expect(loud(right)).toEqual([]);
    expect(listed(right.replace('80.00%', '90.00%'))).toContain('6.40 ÷ 8.00 = 80.000%');
    const fundOnly = '2023年度一般公共预算财政拨款支出决算为380.00万元，年初预算为400.00万元，完成年初预算的59.00%。';
    expect(listed(fundOnly)).toContain('380.00 ÷ 400.00 = 95.000%');
  });

  it('reads 全年预算 in “为全年预算的y%” and “决算数大于全年预算数”', () => {
    expect(listed('2023年度公务接待费全年预算为8.00万元，支出决算为6.40万元，为全年预算的90.00%。')).toContain('6.40 ÷ 8.00 = 80.000%');
    const text = '2023年度公务接待费全年预算为8.00万元，支出决算为6.40万元，完成全年预算的80.00%。决算数大于全年预算数的主要原因是追加任务。';
    expect(loud(text).map((f) => f.rule)).toEqual(['narrative/direction']);
  });

  it('holds 大于 / 小于 against the two figures of the sentence before when no rate is given', () => {
    const text = '2023年度机关运行经费年初预算为50.00万元，决算数为45.00万元。决算数大于年初预算数的主要原因是追加任务。';
    const found = loud(text);
    expect(found.map((f) => `${f.severity} ${f.rule}`)).toEqual(['error narrative/direction']);
    expect(found[0].message).toContain('45.00');
    expect(found[0].message).toContain('50.00');
    expect(loud(text.replace('大于', '小于'))).toEqual([]);
  });

  it('says nothing when the sentence before states more than the two figures, or another budget than the one named', () => {
    const parts = '2023年度“三公”经费年初预算为10.00万元，决算数为8.00万元，其中公务接待费决算数为5.00万元。决算数大于年初预算数的主要原因是追加任务。';
    expect(checkNarrativeText(parts).filter((f) => f.rule === 'narrative/direction')).toEqual([]);
    const other = '2023年度机关运行经费调整预算为50.00万元，决算数为45.00万元。决算数大于年初预算数的主要原因是追加任务。';
    expect(checkNarrativeText(other).filter((f) => f.rule === 'narrative/direction')).toEqual([]);
    const rounding = '2023年度机关运行经费年初预算为45万元，决算数为45.30万元。决算数小于年初预算数的主要原因是厉行节约。';
    expect(checkNarrativeText(rounding).filter((f) => f.rule === 'narrative/direction')).toEqual([]);
  });
});
