/**
 * What the sixty-fourth held-out batch (texts 523–531, test/corpus/README.md) showed the checker calling wrong on correct figures.
 * - 525 L26 (1 warning): a 新区's 决算 report, '决算数9.40亿元,…,其中土地出让收入和城市建设配套费翘尾入库6.75亿元。加上级补助收入
 *   153.43亿元、债务转贷收入108.11亿元、上年结转收入0.65亿元后,收入总量为271.59亿元' — the additions counted from the one item of the
 *   其中, '6.75 + 153.43 + 108.11 + 0.65 = 268.94亿元', not from the 9.40 it qualifies.
 * - 526 L5 ×2, L7 ×2, L11 (5 warnings): a 县 审计局's 审计结果公告 restating the year's 预算执行 figures ('增幅10.95%', '增幅69.52%'),
 *   asked for the reason of each change — an audit of a jurisdiction's budget owes none; its '“三公经费' had hidden the government's voice.
 * And what it left unread: 530 L14, '一般公共预算本级支出年初预算为84亿元,…,决算数为136.6亿元,…。加上解上级0.6亿元、…,支出总量为173亿元' —
 *   the figure added to named only '决算数', its side (支出) given by the sentence's subject, so the additions were not summed.
 * Wordings and figures of the properties are invented variants.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';

const loud = (text: string) => checkNarrativeText(text).filter((f) => f.severity !== 'info');
const warningsWith = (text: string, words: string) => loud(text).filter((f) => f.severity === 'warning' && f.message.includes(words));

const LINE_525 =
  '  2021年,两江新区政府性基金预算本级收入年初无预算,调整预算数6.75亿元,变动预算数6.75亿元,决算数9.40亿元,同比下降97.8%,为预算的139.3%,其中土地出让收入和城市建设配套费翘尾入库6.75亿元。加上级补助收入153.43亿元、债务转贷收入108.11亿元、上年结转收入0.65亿元后,收入总量为271.59亿元。';

describe('the figure added to is not the one item of a 其中 (525 L26)', () => {
  it('the published 525 line: 9.40 + the additions make 271.59', () => {
    expect(warningsWith(LINE_525, '其前所加各项之和')).toEqual([]);
  });

  it('a 收入总量 the 9.40 does not make is still asked about, counted from the 9.40', () => {
    const found = warningsWith(LINE_525.replace('收入总量为271.59亿元', '收入总量为272.59亿元'), '其前所加各项之和');
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('9.40 + 153.43 + 108.11 + 0.65 = 271.59亿元');
  });

  it('property: with a lone 其中 after the figure, the sum counts from the figure; a slip is still found', () => {
    fc.assert(
      fc.property(fc.integer({ min: 200, max: 900 }), fc.integer({ min: 10, max: 199 }), fc.array(fc.integer({ min: 10, max: 500 }), { minLength: 1, maxLength: 3 }), fc.constantFrom(0, 10, 30), (whole, item, adds, slip) => {
        const names = ['上级补助收入', '债务转贷收入', '上年结转收入'];
        const added = adds.map((x, i) => `${names[i]}${x}万元`).join('、');
        const total = whole + adds.reduce((a, b) => a + b, 0) + slip;
        const text = `全区政府性基金预算本级收入决算数${whole}万元,为预算的101.2%,其中土地出让收入${item}万元。加上${added}后,收入总量为${total}万元。`;
        expect(warningsWith(text, '其前所加各项之和').length > 0).toBe(slip > 0);
      }),
    );
  });
});

const OPENING_526 =
  '根据《中华人民共和国审计法》的规定,麻阳苗族自治县审计局对2019年度县本级财政预算执行及其他财政收支情况实施了审计。现将审计结果公告如下:\n';
const LINES_526 =
  '2019年全县实现一般公共预算财政总收入380,869万元,完成年初预算391,267万元的97.34%,比上年增加了37,581万元,增幅10.95%。一般公共预算财政总支出379,347万元,完成年初预算391,267万元的96.95%,比上年增加39,010万元,增幅11.46%。当年收支结余1,522万元。\n' +
  '国有资产(资本)经营收入完成220万元,完成年初预算150万元的146.67%,完成调整预算的100%,比上年120万元增加100万元,增长83.33%。国有资产(资本)经营收入220万元全部调出至一般公共预算统筹使用。\n' +
  '审计结果表明,2019年全县财政工作在县委、县人民政府的领导下,完成了预算收支目标,基本实现了收支平衡。整体评价如下:\n' +
  '2019年县财政部门围绕县委、县人民政府的整体工作布局,科学分配财政资金,不断优化支出结构,压减了各单位的“三公经费';

describe('an audit of a jurisdiction\'s budget restates its figures and owes no reasons (526)', () => {
  it('the published 526 lines: no 未说明原因', () => {
    expect(warningsWith(OPENING_526 + LINES_526, '未说明原因')).toEqual([]);
  });

  it('a 部门\'s own 决算 with the same changes is still asked for reasons', () => {
    const own = '本部门2019年收入380,869万元,比上年增加了37,581万元,增幅10.95%。支出379,347万元,比上年增加39,010万元,增幅11.46%。';
    expect(warningsWith(own, '未说明原因').length).toBeGreaterThan(0);
  });

  it('property: an 审计局 部门决算 naming the audit among its duties, without an 审计结果, still owes its reasons', () => {
    fc.assert(
      fc.property(fc.integer({ min: 200, max: 900 }), fc.integer({ min: 30, max: 90 }), fc.boolean(), (prior, rise, audited) => {
        const current = prior + Math.round((prior * rise) / 100);
        const duty = '主要职责:负责对县级财政预算执行情况和其他财政收支情况进行审计监督。';
        const result = audited ? '审计结果表明,全县预算执行情况总体较好。' : '';
        const text = `${duty}${result}\n本单位2019年支出${current}万元,比上年${prior}万元增加${current - prior}万元,增长${(((current - prior) / prior) * 100).toFixed(2)}%。`;
        expect(warningsWith(text, '未说明原因').length > 0).toBe(!audited);
      }),
    );
  });
});

const LINE_530 =
  '一般公共预算本级支出年初预算为84亿元,调整预算数为146.3亿元,决算数为136.6亿元,同比增长66.4%,为调整预算的93.4%。加上解上级0.6亿元、安排预算稳定调节基金2.6亿元、结转下年9.9亿元、债务还本支出23.3亿元,支出总量为173亿元。';

describe('a figure named by its sentence\'s subject is of the 总量\'s side (530 L14)', () => {
  it('the published 530 line: 136.6 + the additions make 173', () => {
    expect(warningsWith(LINE_530, '其前所加各项之和')).toEqual([]);
  });

  it('a 支出总量 the figures do not make is asked about', () => {
    const found = warningsWith(LINE_530.replace('支出总量为173亿元', '支出总量为175亿元'), '其前所加各项之和');
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('136.60 + 0.60 + 2.60 + 9.90 + 23.30 = 173.00亿元');
  });

  it('property: the 决算数 of a named 支出 is summed with its additions; a 收入 subject is not of the 支出 side', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 900 }), fc.array(fc.integer({ min: 1, max: 90 }), { minLength: 1, maxLength: 3 }), fc.constantFrom(0, 5), fc.boolean(), (spent, adds, slip, income) => {
        const names = ['上解上级支出', '结转下年', '债务还本支出'];
        const added = adds.map((x, i) => `${names[i]}${x}亿元`).join('、');
        const total = spent + adds.reduce((a, b) => a + b, 0) + slip;
        const text = `一般公共预算本级${income ? '收入' : '支出'}年初预算为${spent - 10}亿元,决算数为${spent}亿元,为预算的101.1%。加上${added},支出总量为${total}亿元。`;
        expect(warningsWith(text, '其前所加各项之和').length > 0).toBe(!income && slip > 0);
      }),
    );
  });
});
