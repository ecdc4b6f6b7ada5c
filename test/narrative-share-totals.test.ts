/**
 * The shares of the parts of one whole, each within its amounts' rounding, that together pass 100% by more
 * than their printing allows — a city's quarterly 政府采购 note (twelfth held-out batch, text 170) and
 * invented variants of its wording.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';

const shares = (text: string) => checkNarrativeText(text).filter((f) => f.rule === 'narrative/share');

const quarter = (parts: [string, string, string], pct: [string, string, string], total = '1.32', unit = '亿元') =>
  `2025年一季度全市政府采购规模为${total}${unit}。其中，货物、工程、服务政府采购规模分别为${parts[0]}${unit}、${parts[1]}${unit}和${parts[2]}${unit}，占全市政府采购规模比例为${pct[0]}%、${pct[1]}%和${pct[2]}%。`;

describe('shares of the parts of one whole', () => {
  it('adding to 100.74% is one warning on the group, though each share is within its amounts’ rounding', () => {
    const found = shares(quarter(['0.72', '0.02', '0.59'], ['54.54', '1.51', '44.69']));
    expect(found.map((f) => `${f.severity} ${f.cell}`)).toEqual(['warning L1']);
    expect(found[0].message).toContain('54.54% + 1.51% + 44.69% = 100.74%');
  });

  it('in other words: a 区’s 组织形式 in 亿元 to one decimal, shares to one decimal (103.9%)', () => {
    const text = '2024年全区政府采购规模为2.6亿元，其中：政府集中采购、部门集中采购、分散采购规模分别为1.2亿元、0.4亿元和1.1亿元，分别占全区政府采购规模的46.2%、15.4%和42.3%。';
    const found = shares(text);
    expect(found.map((f) => f.severity)).toEqual(['warning']);
    expect(found[0].message).toContain('= 103.9%');
  });

  it('rounded shares that miss 100% by their rounding (33.33% three times) say nothing', () => {
    expect(shares(quarter(['0.44', '0.44', '0.44'], ['33.33', '33.33', '33.33']))).toEqual([]);
  });

  it('a list that may leave kinds out, short of 100%, says nothing', () => {
    const text = '2023年度政府采购支出总额100.00万元，其中：货物支出40.00万元、服务支出30.00万元，分别占40.00%和30.00%。';
    expect(shares(text)).toEqual([]);
  });

  it('property: parts of a whole with each share rounded from the figures never make a share finding', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 9_999_999 }), { minLength: 3, maxLength: 3 }), (cents) => {
        const total = cents.reduce((a, b) => a + b, 0);
        const money = (c: number) => (c / 100).toFixed(2);
        const pct = (c: number) => ((c * 100) / total).toFixed(2);
        const text = quarter([money(cents[0]), money(cents[1]), money(cents[2])], [pct(cents[0]), pct(cents[1]), pct(cents[2])], money(total), '万元');
        expect(shares(text)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
