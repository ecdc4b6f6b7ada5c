/**
 * What the fifty-fifth held-out batch (texts 460–468, test/corpus/README.md) showed the checker calling wrong on correct figures.
 * - 460 L7 (1 error): an 自治州's '一般公共预算收入…完成29.2亿元,…其中,税收收入完成10.84亿元…,非税收入完成18.36亿元…,上级补助收入85.77亿元
 *   …,政府一般债券转贷收入6.52亿元' — the money from above and borrowed summed into the 其中, '10.84 + 18.36 + 85.77 + 6.52 = 121.49'.
 * - 461 L11 (1 error): a 旗's '…达拉特开发区32200万元),比人代会预算数增加60000万元(其中:旗本级58800万元,开发区1200万元)' — the
 *   bracket's parts of the change summed under the value before it, '58,800.00 + 1,200.00 = 60,000.00万元，文中为32,200.00万元'.
 * - 461 L13 (1 error): '减少25000万元,(其中:旗本级减少29100万元,开发区增加4100万元),下降35.7%' — the rate after the bracket paired
 *   with the part's 增加 inside it, '方向相反'.
 * - 462 L8 (1 error): a 国有资产 report's paragraph '其中,企业国有资产方面,…资产总额…,负债总额…,所有者权益…;金融类企业…' — every
 *   kind's 资产, 负债 and 权益 summed under the 结转9.61亿元 closing the paragraph before.
 * - 465 L15 (1 warning): '本级收入完成53.19亿元,…。其中,税收收入29.09亿元,…。非税收入24.1亿元,增长1.9%。加上…,收入总量为102.06亿元' —
 *   the additions counted from the 非税收入 24.1, standing in a sentence of its own, not from the 53.19 it is a part of.
 * Wordings and figures of the properties are invented variants.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';

const loud = (text: string) => checkNarrativeText(text).filter((f) => f.severity !== 'info');
const errorsWith = (text: string, words: string) => loud(text).filter((f) => f.severity === 'error' && f.message.includes(words));
const warningsWith = (text: string, words: string) => loud(text).filter((f) => f.severity === 'warning' && f.message.includes(words));

const OPENING_460 = '自治州人大常委会:\n根据《中华人民共和国预算法》等法律相关规定,现将2025年1—6月自治州及州本级财政预算执行情况报告如下。\n';
const LINE_460 =
  '1—6月,自治州一般公共预算收入(按照2024年相同口径,以下简称原口径)完成29.2亿元,完成预算的53.02%,比上年同期增加3.73亿元,同比增长14.6%。其中,税收收入完成10.84亿元、同比增长26.4%,非税收入完成18.36亿元、同比增长8.7%,上级补助收入85.77亿元、同比增长13.5%,政府一般债券转贷收入6.52亿元、同比增长48.2%。';

describe('a 其中 of a jurisdiction\'s revenue that runs on into the money added to it (460 L7)', () => {
  it('the published 460 lines: 上级补助收入 and 债券转贷收入 are not parts of the 29.2', () => {
    expect(errorsWith(OPENING_460 + LINE_460, '之和')).toEqual([]);
  });

  it('own parts that do not make the total are still an error', () => {
    expect(errorsWith(OPENING_460 + LINE_460.replace('税收收入完成10.84亿元', '税收收入完成12.84亿元'), '之和')).toHaveLength(1);
  });

  it('property: the parts before 上级补助 / 转贷 / 调入 revenue are the list, checked against the total', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9000 }),
        fc.integer({ min: 1000, max: 9000 }),
        fc.shuffledSubarray(['上级补助收入', '中央补助收入', '下级上解收入', '地方政府债务转贷收入', '调入资金', '动用预算稳定调节基金'], { minLength: 1, maxLength: 3 }),
        fc.constantFrom(0, 100, 250, 300),
        (tax, other, added, slip) => {
          const extras = added.map((name, i) => `,${name}${5000 + i * 700}万元`).join('');
          const text = `${OPENING_460}全县一般公共预算收入完成${tax + other + slip}万元,增长5%。其中,税收收入${tax}万元,非税收入${other}万元${extras}。`;
          expect(errorsWith(text, '之和').length > 0).toBe(slip > 0);
        },
      ),
    );
  });
});

const LINE_461_11 =
  '(一)全旗一般公共预算收入预算安排2022年,全旗一般公共预算收入安排290000万元(其中:旗本级257800万元,达拉特开发区32200万元),比人代会预算数增加60000万元(其中:旗本级58800万元,开发区1200万元),增长26.1%。(见附件1)';

describe('a bracket opened right on a change breaks that change down (461 L11)', () => {
  it('the published 461 line: 58800 + 1200 make the 60000 change, not the 32200 before it', () => {
    expect(errorsWith(LINE_461_11, '之和')).toEqual([]);
  });

  it('a value the bracket follows directly keeps its breakdown', () => {
    const text = '全旗收入安排290000万元(其中:旗本级257800万元,开发区32300万元),增长26.1%。';
    expect(errorsWith(text, '之和')).toHaveLength(1);
  });

  it('property: parts in a bracket right on a change are never summed under the value before the change', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9000 }), fc.integer({ min: 100, max: 900 }), fc.integer({ min: 20000, max: 90000 }), fc.integer({ min: 100, max: 999 }), (a, b, value, zone) => {
        const text = `全县收入安排${value + zone}万元(其中:县本级${value}万元,经济开发区${zone}万元),比人代会预算数增加${a + b}万元(其中:县本级${a}万元,开发区${b}万元),增长5%。`;
        expect(errorsWith(text, '之和')).toEqual([]);
      }),
    );
  });
});

const LINE_461_13 =
  '(二)全旗政府性基金收入预算2022年,全旗政府性基金收入预算安排45000万元(其中:旗本级35900万元,下降8%;开发区9100万元,下降2.8%),比人代会预算安排数减少25000万元,(其中:旗本级减少29100万元,开发区增加4100万元),下降35.7%。收入减少的原因主要是今年土地交易量减少。';

describe('a rate after a closed bracket is the change\'s outside it (461 L13)', () => {
  it('the published 461 line: 下降35.7% is the 25000\'s, not the 开发区\'s 增加4100', () => {
    expect(errorsWith(LINE_461_13, '方向相反')).toEqual([]);
  });

  it('the outer change\'s own direction is still checked against the rate', () => {
    expect(errorsWith(LINE_461_13.replace('),下降35.7%', '),增长35.7%'), '方向相反')).toHaveLength(1);
  });

  it('property: a part\'s change inside the bracket never meets the rate after it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9000 }), fc.integer({ min: 100, max: 900 }), (fall, rise) => {
        const whole = fall - rise;
        const rate = ((whole / 50000) * 100).toFixed(1);
        const text = `基金收入安排${50000 - whole}万元,比人代会预算数减少${whole}万元,(其中:县本级减少${fall}万元,开发区增加${rise}万元),下降${rate}%。主要原因是土地出让减少。`;
        expect(errorsWith(text, '方向相反')).toEqual([]);
      }),
    );
  });
});

const LINES_462 =
  '报告介绍了全省国有资产总体情况。截至2020年年底,三大类资产总额212930.94亿元,同比增长8.63%。负债总额123238.90亿元,同比增长6.45%。2020年,全省国有资本经营预算收入310.61亿元,加上转移性收入等收入后,总收入339.66亿元,总支出330.05亿元。收支相抵,结转9.61亿元。\n其中,企业国有资产方面,截至2020年年底,全省国有企业资产总额121732.52亿元,同比增长12.99%;负债总额73660.55亿元,同比增长15.60%;所有者权益48071.97亿元,同比增长9.21%;金融类企业国有资产方面,截至2020年年底,全省国有控参股金融类企业资产总额48954.94亿元,负债总额41607.13亿元,所有者权益总额7347.81亿元;行政事业性国有资产方面,截至2020年年底,全省行政事业性资产总额42243.48亿元,同比增长16.56%;负债总额7971.22亿元,同比增长8.05%;净资产总额34272.25亿元,同比增长18.74%。';

describe('a name that comes round again marks kinds by measures, not parts (462 L10)', () => {
  it('the published 462 paragraphs: every kind\'s 资产, 负债 and 权益 are not parts of the 结转 9.61', () => {
    expect(errorsWith(LINES_462, '之和')).toEqual([]);
  });

  it('a list of distinct names over its head is still an error', () => {
    expect(errorsWith('收支相抵,结转9.61亿元。\n其中,企业结转5.61亿元,金融企业结转4.2亿元,行政事业结转1.3亿元。', '之和')).toHaveLength(1);
  });

  it('property: kinds that each give the same measures are never summed; parts that make the head are still its parts', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 100, max: 900 }), fc.integer({ min: 10, max: 90 })), { minLength: 2, maxLength: 3 }), fc.boolean(), (kinds, balanced) => {
        const names = ['企业', '金融企业', '事业单位'];
        const items = kinds.map(([asset, debt], i) => `${names[i]}方面,资产总额${asset}亿元,负债总额${debt}亿元`).join(';');
        const sum = kinds.reduce((acc, [asset, debt]) => acc + asset + debt, 0);
        const text = `收支相抵,结转${balanced ? sum : 9.61}亿元。\n其中,${items}。`;
        expect(errorsWith(text, '之和')).toEqual([]);
      }),
    );
  });
});

const LINE_465 =
  '全区一般公共预算本级收入完成53.19亿元,增长22.1%,还原留抵退税口径后增长3.4%。其中,税收收入29.09亿元,增长46.2%,还原留抵退税口径后增长4.7%。非税收入24.1亿元,增长1.9%。加上中央及市级转移支付29.71亿元、动用预算稳定调节基金1.97亿元、调入资金3.29亿元、债务(转贷)收入5.11亿元、上年结转8.79亿元,收入总量为102.06亿元。';

describe('the figure added to may be the total a breakdown before it made (465 L15)', () => {
  it('the published 465 line: 53.19 + the additions make 102.06', () => {
    expect(warningsWith(LINE_465, '其前所加各项之和')).toEqual([]);
  });

  it('a 收入总量 that neither base makes is still asked about', () => {
    expect(warningsWith(LINE_465.replace('收入总量为102.06亿元', '收入总量为103.06亿元'), '其前所加各项之和')).toHaveLength(1);
  });

  it('property: with the last part in a sentence of its own, the sum counts from the total of the breakdown', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 900 }), fc.integer({ min: 100, max: 900 }), fc.array(fc.integer({ min: 10, max: 500 }), { minLength: 1, maxLength: 4 }), fc.constantFrom(0, 10, 30, 50), (tax, other, adds, slip) => {
        const names = ['上级补助收入', '调入资金', '债务转贷收入', '上年结转'];
        const added = adds.map((x, i) => `${names[i]}${x}亿元`).join('、');
        const total = tax + other + adds.reduce((a, b) => a + b, 0) + slip;
        const text = `全县一般公共预算本级收入完成${tax + other}亿元,增长5%。其中,税收收入${tax}亿元,增长4%。非税收入${other}亿元,增长6%。加上${added},收入总量为${total}亿元。`;
        expect(warningsWith(text, '其前所加各项之和').length > 0).toBe(slip > 0);
      }),
    );
  });
});
