/**
 * The false warnings the corpus still raised after the thirtieth batch (test/corpus, `npm run accuracy -- --details`):
 * - 287 L6, L7: a 彩票公益金 notice's '全区筹集彩票公益金371445.8万元,其中,上缴中央189135.8万元;自治区本级留成89215.8万元;
 *   地州市留成93094.3万元' — three parts and their total printed to one decimal, 0.1 apart, within the ±0.05 each of them may
 *   carry; the sum check still asked, as it does of whole-万元 figures that may be exact budgets.
 * - 272 L9: a 部门预算 whose copy stops in the first section of its second part — '第二部分…' / '一、部门收支预算总体情况' and
 *   then '…比2012年预算增加755.18万元,增长20.32%。' as its last sentence — was asked for the change's reason, which the page
 *   gives in the sentence the copy left out.
 * Wordings and figures of the properties are invented variants.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';

const findings = (text: string) => checkNarrativeText(text).filter((f) => f.severity === 'error' || f.severity === 'warning');
const sumFindings = (text: string) => findings(text).filter((f) => f.rule === 'narrative/sum');

describe('parts and their total printed to one decimal are rounded (287)', () => {
  const PUBLISHED =
    '二、彩票公益金分配情况\n' +
    '2023年,全区筹集彩票公益金371445.8万元,其中,上缴中央189135.8万元;自治区本级留成89215.8万元;地州市留成93094.3万元。\n' +
    '——筹集福利彩票公益金215763.4万元,其中,上缴中央111909.5万元;自治区本级留成50195.2万元;地州市留成53658.8万元;\n' +
    '——筹集体育彩票公益金155682.4万元,其中,上缴中央77226.3万元;自治区本级留成39020.6万元;地州市留成39435.5万元。';

  it('the published passage raises no sum finding', () => {
    expect(sumFindings(PUBLISHED)).toEqual([]);
  });

  const tenths = (hundredths: number) => (Math.round(hundredths / 10) / 10).toFixed(1);
  const NAMES = ['上缴中央', '本级留成', '下级留成', '基本支出', '项目支出', '其他支出'];
  const list = fc.record({
    parts: fc.array(fc.integer({ min: 1_000, max: 9_000_000 }), { minLength: 2, maxLength: 5 }),
    opener: fc.constantFrom('其中,', '其中:', '其中：'),
    joiner: fc.constantFrom(';', ',', '；', '，'),
    head: fc.constantFrom('全区筹集彩票公益金', '本年支出合计', '收入总计'),
  });
  const sentence = (head: string, total: string, opener: string, joiner: string, parts: string[]) =>
    `${head}${total}万元,${opener}${parts.map((p, i) => `${NAMES[i]}${p}万元`).join(joiner)}。`;

  it('property: figures rounded to 0.1万元 from exact amounts, beside an item of 0, are never called off their sum', () => {
    fc.assert(
      fc.property(list, fc.option(fc.nat({ max: 5 })), ({ parts, opener, joiner, head }, zeroAt) => {
        const total = parts.reduce((a, b) => a + b, 0);
        const printed = parts.map(tenths);
        fc.pre([tenths(total), ...printed].every((x) => !x.endsWith('.0')));
        if (zeroAt !== null) printed.splice(Math.min(zeroAt, printed.length), 0, '0');
        fc.pre(printed.length <= NAMES.length);
        expect(sumFindings(sentence(head, tenths(total), opener, joiner, printed))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('the same list in 元, where an amount is kept to the 分, still asks about 0.1', () => {
    const text = '本年支出合计371445.8元,其中:基本支出189135.8元;项目支出89215.8元;其他支出93094.3元。';
    expect(sumFindings(text).length).toBe(1);
  });

  it('property: a gap wider than n + 1 halves of a tenth is still asked about', () => {
    fc.assert(
      // Heads of a 部门's own account: a jurisdiction's ('全区…') 其中 may name only its main lines when short.
      fc.property(list, fc.integer({ min: 1, max: 50 }), fc.constantFrom('本年支出合计', '收入总计'), ({ parts, opener, joiner }, extra, head) => {
        const printed = parts.map(tenths);
        const sum = printed.reduce((a, p) => a + Math.round(Number(p) * 10), 0);
        const gap = Math.floor((parts.length + 1) / 2) + extra;
        const total = ((sum + gap) / 10).toFixed(1);
        fc.pre([total, ...printed].every((x) => !x.endsWith('.0')));
        expect(sumFindings(sentence(head, total, opener, joiner, printed)).length).toBe(1);
      }),
      { numRuns: 200 },
    );
  });
});

const reasonWarnings = (text: string) => findings(text).filter((f) => f.rule === 'narrative/reason');

describe('a change in the last sentence of a text that stops in the first section of a new part (272)', () => {
  const PUBLISHED =
    '第一部分自治区人民政府机关事务管理局概况\n' +
    '一、主要职能\n' +
    '负责自治区人民政府办公区及办公区公用设施的规划、建设和管理工作。\n' +
    '二、单位基本情况\n' +
    '自治区政府机关事务管理局属参公管理事业单位,现有人员编制115人,其中:参照公务员管理事业编制71人,事业编制44人。另有事业控制编制13人。\n' +
    '第二部分自治区人民政府机关事务管理局部门预算安排情况说明\n' +
    '一、部门收支预算总体情况\n' +
    '机管局2013年收支总预算4,471.22万元,含区泾河源山庄管理处经费250万元,政府机关幼儿园经费537.31万元;比2012年预算增加755.18万元,增长20.32%。';

  it('the published lines ask no reason', () => {
    expect(reasonWarnings(PUBLISHED)).toEqual([]);
  });

  const summary = fc.record({
    year: fc.integer({ min: 2012, max: 2025 }),
    total: fc.integer({ min: 100_000, max: 90_000_000 }),
    rate: fc.integer({ min: 11, max: 80 }),
    up: fc.boolean(),
    heading: fc.constantFrom('部门收支预算总体情况', '收入支出预算总体情况', '部门预算收支增减变化情况'),
    ordinal: fc.constantFrom('、', '.', '．'),
    subject: fc.constantFrom('收支总预算', '2024年收入预算', '本部门支出预算'),
    sections: fc.integer({ min: 2, max: 5 }),
  });
  const CN = ['一', '二', '三', '四', '五'];
  /** A first part of `sections` numbered sections, each with a sentence. */
  const firstPart = (v: { sections: number; ordinal: string }) =>
    ['第一部分部门概况', ...CN.slice(0, v.sections).flatMap((n) => [`${n}${v.ordinal}基本情况`, '本部门设7个处室。'])].join('\n');
  const passage = (v: { year: number; total: number; rate: number; up: boolean; subject: string }) => {
    const before = Math.round(v.total / (1 + ((v.up ? 1 : -1) * v.rate) / 100));
    const change = Math.abs(v.total - before);
    return `${v.subject}${(v.total / 100).toFixed(2)}万元,比${v.year - 1}年预算${v.up ? '增加' : '减少'}${(change / 100).toFixed(2)}万元,${v.up ? '增长' : '下降'}${((change / before) * 100).toFixed(2)}%。`;
  };

  it('property: its last sentence, a change, in the 一 of a part after numbered ones asks no reason', () => {
    fc.assert(
      fc.property(summary, (v) => {
        expect(reasonWarnings(`${firstPart(v)}\n第二部分部门预算安排情况说明\n一${v.ordinal}${v.heading}\n${passage(v)}`)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('property: the same change in a text of one section, under a later section, or with a sentence after it, is still asked its reason', () => {
    fc.assert(
      fc.property(summary, (v) => {
        const later = CN[v.sections - 1];
        expect(reasonWarnings(`一${v.ordinal}${v.heading}\n${passage(v)}`).length).toBe(1);
        expect(reasonWarnings(`${firstPart({ ...v, sections: v.sections - 1 })}\n${later}${v.ordinal}${v.heading}\n${passage(v)}`).length).toBe(1);
        expect(reasonWarnings(`${firstPart(v)}\n第二部分部门预算安排情况说明\n一${v.ordinal}${v.heading}\n${passage(v)}本部门将继续厉行节约。`).length).toBe(1);
      }),
      { numRuns: 150 },
    );
  });
});
