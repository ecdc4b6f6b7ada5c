/**
 * What the twenty-seventh held-out batch (texts 270–274, test/corpus/README.md) showed the checker misreading:
 * a 部门's budget (272) names two of its units inside its total without brackets — '收支总预算4,471.22万元,含甲经费
 * 250万元,乙经费537.31万元;比2012年预算增加755.18万元,增长20.32%' — and the change after the ';', with no words of
 * its own, was taken for the last unit's, '上年将为537.31 − 755.18 < 0'. Whose change it is (the total's, or the
 * last unit's) cannot be told from the words, so it is left unchecked. Wordings and figures are invented variants.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';

const changeErrors = (text: string) =>
  checkNarrativeText(text)
    .filter((f) => f.severity === 'error' && (f.rule === 'narrative/change' || f.rule === 'narrative/direction'))
    .map((f) => `${f.rule} ${f.cell}`);

const wan = (fen: number) => (fen / 100).toFixed(2);

const UNITS = ['机关服务中心经费', '山庄管理处经费', '机关幼儿园经费', '培训中心经费'];

const budget = fc
  .record({
    first: fc.constantFrom(...UNITS),
    second: fc.constantFrom(...UNITS),
    a: fc.integer({ min: 1_000, max: 90_000 }),
    b: fc.integer({ min: 1_000, max: 90_000 }),
    rest: fc.integer({ min: 100_000, max: 900_000 }),
    prior: fc.integer({ min: 100_000, max: 900_000 }),
    year: fc.integer({ min: 2012, max: 2024 }),
  })
  .filter(({ first, second }) => first !== second);

/** The total, its change on the prior year and the rate, all consistent; the change larger than the last unit. */
const layout = ({ first, second, a, b, rest, prior, year }: { first: string; second: string; a: number; b: number; rest: number; prior: number; year: number }) => {
  const total = a + b + rest;
  const change = Math.max(total - prior, b + 100);
  const rate = ((change * 100) / (total - change)).toFixed(2);
  return { total, change, rate, first, second, a, b, year };
};

describe('a change after figures named inside a total with 含 (twenty-seventh batch, 272)', () => {
  it('the published line: no change error', () => {
    expect(
      changeErrors('机管局2013年收支总预算4,471.22万元,含区泾河源山庄管理处经费250万元,政府机关幼儿园经费537.31万元;比2012年预算增加755.18万元,增长20.32%。'),
    ).toEqual([]);
  });

  it('property: a change larger than the last unit named after 含 makes no change error', () => {
    fc.assert(
      fc.property(budget, (r) => {
        const { total, change, rate, first, second, a, b, year } = layout(r);
        const text = `本部门${year + 1}年收支总预算${wan(total)}万元,含${first}${wan(a)}万元,${second}${wan(b)}万元;比${year}年预算增加${wan(change)}万元,增长${rate}%。`;
        expect(changeErrors(text)).toEqual([]);
      }),
      { seed: 2701, numRuns: 120 },
    );
  });

  it('property: without 含, the same change on the unit alone is still an impossible increase', () => {
    fc.assert(
      fc.property(budget, (r) => {
        const { change, second, b, year } = layout(r);
        const text = `${second}${wan(b)}万元,比${year}年预算增加${wan(change)}万元。`;
        expect(changeErrors(text)).toEqual(['narrative/change L1']);
      }),
      { seed: 2702, numRuns: 120 },
    );
  });
});
