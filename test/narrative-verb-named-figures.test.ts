/**
 * The seventy-fourth held-out batch's 614 L2 (test/corpus/README.md): a news item's '…收入突破5000亿元,达到5026.71亿元' and
 * '…支出突破7000亿元,达到7175.90亿元,…比上年增长7.3%' — two figures named only by the verb '达到' before them, of two
 * years as read, are no one item's two years: the 收入 is not the 支出's prior.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';

const changes = (text: string) => checkNarrativeText(text).filter((f) => f.rule === 'narrative/change' && f.severity === 'error');
const shown = (text: string) => changes(text).map((f) => `${f.cell} ${f.message}`).join('\n');
const yi = (cents: number) => (cents / 100).toFixed(2);

const REAL = [
  '本报济南1月27日讯今天提交省十二届人大四次会议审查的关于山东省2014年预算执行情况和2015年预算草案的报告显示,2014年,全省经济社会持续健康发展,财政运行情况良好。报告提出,2015年全省地方一般公共预算收入安排5504.25亿元,比上年增长9.5%;省级一般公共预算收入安排194.89亿元,比上年下降2.9%。',
  '报告说,2014年全省地方一般公共预算收入突破5000亿元,达到5026.71亿元,完成汇总预算的101.0%,比上年增长10.2%(其中经常性收入增长7.4%)。全省一般公共预算支出突破7000亿元,达到7175.90亿元,完成汇总预算的105.0%,比上年增长7.3%。',
].join('\n');

describe('figures named only by the verb before them', () => {
  it("does not take the 收入 'reached' for the 支出's prior (the real lines)", () => {
    expect(changes(REAL), shown(REAL)).toEqual([]);
  });

  it('stays silent whatever the two figures and the rate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100_000, max: 900_000 }), fc.integer({ min: 100_000, max: 900_000 }), fc.integer({ min: 1, max: 200 }), (income, spending, tenths) => {
        const text = `2015年全省地方一般公共预算收入安排6000.00亿元,比上年增长9.5%;省级一般公共预算收入安排194.89亿元,比上年下降2.9%。\n2014年全省地方一般公共预算收入突破1000亿元,达到${yi(income)}亿元,比上年增长10.2%。全省一般公共预算支出突破1000亿元,达到${yi(spending)}亿元,比上年增长${(tenths / 10).toFixed(1)}%。`;
        expect(changes(text), shown(text)).toEqual([]);
      }),
    );
  });

  it("still checks a rate against the same item's figure of the year before", () => {
    fc.assert(
      fc.property(fc.constantFrom('一般公共预算支出', '公务接待费', '陆港大道东段工程'), fc.integer({ min: 100_000, max: 900_000 }), fc.integer({ min: 5, max: 30 }), (item, prior, pct) => {
        const current = Math.round((prior * (100 + pct)) / 100);
        const text = `2014年${item}${yi(prior)}万元。2015年${item}${yi(current)}万元,比上年增长${pct + 5}.0%。`;
        expect(changes(text), shown(text)).toHaveLength(1);
      }),
    );
  });
});
