/**
 * '安排预算稳定调节基金92万元' in a 决算 is money put into the fund, a use beside 结转下年 — not a budget figure
 * among the year's 决算 ones. Read as one (its 安排), it left the 支出 list and the list went unchecked.
 * Real lines: 鹤城区 2024年财政总决算 (narrative 358, L4–L5).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';
import { measureOf } from '../src/engine/narrative/text/words';

const HEAD = '鹤城区2024年财政总决算公开\n一、一般公共预算收支决算情况\n(一)一般公共预算收支总体情况\n';
const L4 = '全区收入合计334959万元,比上年减少69291万元,同比下降17.14%。其中,一般公共预算收入88690万元;上级补助收入189972万元,债务转贷收入22800万元;上年结余收入18130万元;调入资金12822万元;动用预算稳定调节基金2545万元。';
const L5 = '全区支出合计334959万元(含结转下年支出10277万元)。其中,一般公共预算支出287975万元,上解上级支出12285万元,调出资金5930万元,债务还本支出18400万元,安排预算稳定调节基金92万元,结转下年支出10277万元。';

const loud = (text: string) => checkNarrativeText(text).filter((f) => f.severity !== 'info');

describe('安排预算稳定调节基金 in a 决算 (358 L5)', () => {
  it('names no measure: the fund is put money into, its 安排 no budget', () => {
    expect(measureOf('安排预算稳定调节基金')).toBeUndefined();
    expect(measureOf('安排预算周转金')).toBeUndefined();
    expect(measureOf('项目支出安排')).toBe('budget');
  });

  it('the published lines add up: nothing raised', () => {
    expect(loud(HEAD + L4 + '\n' + L5)).toEqual([]);
  });

  it('the 支出 list is checked with the fund among its items: 95 for 92 is asked about', () => {
    const found = loud(HEAD + L4 + '\n' + L5.replace('基金92万元', '基金95万元'));
    expect(found).toMatchObject([{ rule: 'narrative/sum', severity: 'warning', cell: 'L5', expected: 334962, actual: 334959 }]);
    expect(found[0].message).toContain('18,400.00 + 95.00 + 10,277.00 = 334,962.00万元');
  });

  it('property: in a 决算, the uses after 其中 are summed with the fund among them, wherever it stands', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 100, max: 99_999 }), { minLength: 2, maxLength: 4 }),
        fc.integer({ min: 1, max: 9_999 }),
        fc.nat(4),
        // Parts over their total (a 其中 may name only some parts, so a short list is no slip for certain).
        fc.constantFrom(0, 0, -3, -40),
        (uses, fund, at, off) => {
          const names = ['一般公共预算支出', '上解上级支出', '债务还本支出', '结转下年支出'];
          const items = uses.map((x, i) => `${names[i]}${x}万元`);
          items.splice(Math.min(at, items.length), 0, `安排预算稳定调节基金${fund}万元`);
          const total = uses.reduce((a, b) => a + b, 0) + fund + off;
          const found = loud(`${HEAD}全区支出合计${total}万元。其中,${items.join(',')}。`);
          if (off === 0) expect(found).toEqual([]);
          else expect(found).toMatchObject([{ rule: 'narrative/sum', expected: total - off, actual: total }]);
        },
      ),
      { numRuns: 100 },
    );
  });
});
