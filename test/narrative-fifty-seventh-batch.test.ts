/**
 * What the fifty-seventh held-out batch (texts 478–486, test/corpus/README.md) showed the checker calling wrong on correct figures.
 * - 478 L2, L3 (2 errors): a 市's 1–5月 report, '全市一般公共预算收入完成856.8亿元,…其中:税收收入完成579.9亿元,…;全市一般公共预算支出完成
 *   1611.9亿元' — the 支出 after the '；' summed into the 收入's 其中 ('579.90 + 1,611.90 = 2,191.80亿元'), the names read with no
 *   known side ('…收入完成' is no 收入 the subjects know).
 * - 480 L14 (1 error): a 区's 预算调整 report, '②项目支出年初预算为39221万元,增加69973万元,调整为10' — the budget taken for this year's
 *   figure of a change on last year, '上年将为…-30,752.00万元，不可能为负数'. Read as an adjustment written change first, its change is
 *   now checked against what the budget came to when that is printed.
 * - 481 L12 (1 error): '非税收入由95,000万元调增为178,000万元,调增83,000万元' — the figure after '调增为' read as the change.
 * - 479 L8 (1 error on a keyed warning): '一般公共预算支出完成255,325万元,比上年同期增支14,484元,增长6.01%' — the change's unit
 *   mistyped (元 for 万元) above the figure's last printed unit, read as printed: the rate checked on 1.45万元.
 * Wordings and figures of the properties are invented variants.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';

const loud = (text: string) => checkNarrativeText(text).filter((f) => f.severity !== 'info');
const errors = (text: string) => loud(text).filter((f) => f.severity === 'error');
const errorsWith = (text: string, words: string) => errors(text).filter((f) => f.message.includes(words));
const warningsWith = (text: string, words: string) => loud(text).filter((f) => f.severity === 'warning' && f.message.includes(words));

const LINES_478 = [
  '一、财政收支执行概况',
  '全市一般公共预算收入完成856.8亿元,下降15.2%,其中:税收收入完成579.9亿元,下降20.8%;全市一般公共预算支出完成1611.9亿元,下降3.5%。',
  '全市基金预算收入完成607.1亿元,下降8.4%,其中国有土地使用权出让收入完成557.4亿元,增长5.1%;全市基金预算支出完成823.6亿元,增长23.4%。',
].join('\n');

describe('the other side of the same account, named with the head’s own words, is no part of its 其中 (478 L2, L3)', () => {
  it('the published 478 lines: the 支出 is not summed into the 收入’s 其中', () => {
    expect(errorsWith(LINES_478, '之和')).toEqual([]);
  });

  it('own parts that exceed the whole are still an error, naming only them', () => {
    const text = LINES_478.replace('其中:税收收入完成579.9亿元,下降20.8%', '其中:税收收入完成579.9亿元,非税收入完成296.9亿元');
    const found = errorsWith(text, '之和');
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('579.90 + 296.90 = 876.80亿元');
  });

  it('property: “X收入…其中:…;X支出…” never sums the 支出 under the 收入; parts above the whole still are an error', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('全市', '全县', '全区', '全省', '全州'),
        fc.constantFrom('一般公共预算', '政府性基金预算', '基金预算', '国有资本经营预算', '社保基金预算'),
        fc.constantFrom('完成', '', '累计完成'),
        fc.constantFrom('税收收入', '保险费收入', '国有土地使用权出让收入', '利润收入'),
        fc.integer({ min: 2_000, max: 90_000 }),
        fc.integer({ min: 10, max: 95 }),
        fc.integer({ min: 1_000, max: 200_000 }),
        fc.boolean(),
        (place, fund, verb, partName, wholeTenths, percent, expenseTenths, over) => {
          const part = Math.floor((wholeTenths * percent) / 100);
          const tenth = (n: number) => (n / 10).toFixed(1);
          const second = over ? `,其他收入${verb}${tenth(wholeTenths - part + 50)}亿元` : '';
          const text = `${place}${fund}收入${verb}${tenth(wholeTenths)}亿元,其中:${partName}${verb}${tenth(part)}亿元${second};${place}${fund}支出${verb}${tenth(expenseTenths)}亿元。`;
          const found = errorsWith(text, '之和');
          expect(found).toHaveLength(over ? 1 : 0);
          for (const f of found) expect(f.message).not.toContain(`${(expenseTenths / 10).toLocaleString('en-US', { minimumFractionDigits: 2 })}`);
        },
      ),
      { numRuns: 150 },
    );
  });
});

const LINES_480 = [
  '2.支出预算调整',
  '(1)一般公共预算支出:年初预算为110127万元,增加72595万元,调整为182722万元(其中:①基本支出年初预算为70906万元,增加2622万元,调整为73528万元。主要是工资正常晋升、调整社区干部基本报酬标准等增加。②项目支出年初预算为39221万元,增加69973万元,调整为10',
].join('\n');

describe('a budget stated, then its change, then what it came to (480 L14)', () => {
  it('the published 480 line, cut by the copy after 调整为: the 年初预算 is the change’s base, not this year’s figure', () => {
    expect(errors(LINES_480)).toEqual([]);
  });

  it('the changes of the parts still make the whole’s (2622 + 69973 = 72595), and each its own adjustment', () => {
    const found = errors(LINES_480.replace('增加2622万元', '增加3622万元')).map((f) => f.message);
    expect(found).toHaveLength(2);
    expect(found.some((m) => m.includes('3,622.00 + 69,973.00 = 73,595.00万元'))).toBe(true);
    expect(found.some((m) => m.includes('调整额应为73,528.00 − 70,906.00 = 2,622.00万元'))).toBe(true);
  });

  it('a 年初预算 with a change and no adjusted figure is read as before', () => {
    expect(errorsWith('项目支出年初预算为39221万元,增加69973万元。', '不可能为负数')).toHaveLength(1);
  });

  it('the change stated first is checked against what the budget came to', () => {
    const found = errors('(1)地方一般公共预算收入:年初预算为50000万元,增加37000万元,调整为88000万元。');
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('调整额应为88,000.00 − 50,000.00 = 38,000.00万元');
  });

  it('property: “年初预算为A万元,增加/减少B万元,调整为C万元” raises nothing on any size of change, and an error only when C − A ≠ B', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('一般公共预算支出', '项目支出', '①基本支出', '(2)财力性转移支付收入', '专项转移支付收入'),
        fc.constantFrom('年初预算为', '年初预算数为', '原预算为'),
        fc.integer({ min: 100, max: 500_000 }),
        fc.integer({ min: 1, max: 900_000 }),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom(0, 0, 0, 1_000),
        (name, words, budget, change, up, cut, slip) => {
          fc.pre(up || change + slip < budget);
          const adjusted = (up ? budget + change : budget - change) + slip;
          const end = cut ? String(adjusted).slice(0, 2) : `${adjusted}万元。`;
          const text = `${name}:${words}${budget}万元,${up ? '增加' : '减少'}${change}万元,调整为${end}`;
          expect(errors(text)).toHaveLength(slip !== 0 && !cut ? 1 : 0);
        },
      ),
      { numRuns: 150 },
    );
  });
});

const LINE_481 =
  '一般公共预算收入由362,000万元调整为416,000万元,调增54,000万元,增长18.3%。其中:税收收入由267,000万元调减为238,000万元,调减29,000万元,下降9.7%;非税收入由95,000万元调增为178,000万元,调增83,000万元,增长102.1%。';

describe('the figure after 调增为 / 调减为 is the budget adjusted to, not the change (481 L12)', () => {
  it('the published 481 line raises nothing', () => {
    expect(errors(LINE_481)).toEqual([]);
  });

  it('a wrong adjustment after 调增为 is named with the right difference', () => {
    const found = errors(LINE_481.replace('调增83,000万元', '调增93,000万元'));
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('178,000.00 − 95,000.00 = 83,000.00万元');
  });

  it('property: “由A万元调增为/调减为B万元,调增/调减C万元” is checked as B − A = C', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('非税收入', '税收收入', '上级补助收入', '一般公共预算支出'),
        fc.integer({ min: 1_000, max: 900_000 }),
        fc.integer({ min: 1_000, max: 900_000 }),
        fc.constantFrom(0, 0, 1_000, -500),
        fc.constantFrom('为', '至'),
        (name, from, to, slip, word) => {
          fc.pre(from !== to && Math.abs(to - from) + slip > 0);
          const way = to > from ? '增' : '减';
          const money = (n: number) => n.toLocaleString('en-US');
          const text = `${name}由${money(from)}万元调${way}${word}${money(to)}万元,调${way}${money(Math.abs(to - from) + slip)}万元。`;
          expect(errors(text).length > 0).toBe(slip !== 0);
        },
      ),
      { numRuns: 150 },
    );
  });
});

const LINE_479 =
  '上半年,市本级一般公共预算总收入完成249,735万元,比上年同期增收79,369万元,增长46.59%,其中:上划中央收入完成112,312万元,比上年同期增长60.16%;地方一般公共预算收入完成137,423万元,比上年同期增收37,183万元,增长37.09%。一般公共预算支出完成255,325万元,比上年同期增支14,484元,增长6.01%,占省级核定一般公共预算支';

describe('a change in 元 above its figure’s last unit whose digits in 万元 make the rate: the unit is mistyped (479 L8)', () => {
  it('the published 479 line: one unit warning stating the rate in 万元, no error', () => {
    expect(errors(LINE_479)).toEqual([]);
    const found = warningsWith(LINE_479, '单位元疑为万元之误');
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('÷ 240,841.00 = 6.014%');
  });

  it('property: the digits read in 万元 make the rate → a unit warning only; a rate they do not make is no unit slip', () => {
    fc.assert(
      fc.property(fc.integer({ min: 30_000, max: 900_000 }), fc.integer({ min: 10_000, max: 200_000 }), fc.boolean(), (current, change, rightRate) => {
        fc.pre(change * 3 < current);
        const exact = (change / (current - change)) * 100;
        const rate = rightRate ? exact.toFixed(2) : (exact + 1.3).toFixed(2);
        const text = `一般公共预算支出完成${current.toLocaleString('en-US')}万元,比上年同期增支${change.toLocaleString('en-US')}元,增长${rate}%。`;
        const unit = warningsWith(text, '疑为万元之误');
        if (rightRate) {
          expect(unit).toHaveLength(1);
          expect(errors(text)).toEqual([]);
        } else {
          expect(unit).toEqual([]);
          expect(errors(text)).toHaveLength(1);
        }
      }),
      { numRuns: 150 },
    );
  });
});
