/**
 * What the thirty-ninth held-out batch (texts 316–324, test/corpus/README.md) showed the checker misreading.
 * - A news report of the 2013 社会保险基金 决算 (322): '本年收支结余4091亿元,年末滚存结余26900亿元。其中,基本养老保险费收入
 *   17002亿元,增长13%;支出16090亿元,增长20%' — the fund's income and its spending after '其中' were summed as two parts of
 *   the 滚存结余 before them and the stock called wrong (17002 + 16090 = 33092 ≠ 26900), at error level.
 * - A 幼儿园's 2021 决算 (323), its copy cut inside the 收入 list: '本年收入合计1,151.41万元;包括财政拨款收入1,077.36万元(…),
 *   占收入合计93.57%;上级补助收入0万元,…;事业收入0万元,…;经营收入' — the list short of its total was asked for its other items,
 *   which the copy had cut away.
 * - A 幼儿园's 2021年度部门决算情况说明 (324): '从预算单位构成看,纳入本部门2020年度决算编制的二级预算单位主要包括…' — the template's
 *   scope sentence left with the year before; the year check read the scope only as '2020年度部门决算编制范围' (部门 before the
 *   year), so this wording of it was passed over.
 * Wordings and figures of the properties are invented variants.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';

const findings = (text: string) => checkNarrativeText(text).filter((f) => f.severity === 'error' || f.severity === 'warning');
const sumFindings = (text: string) => findings(text).filter((f) => f.rule === 'narrative/sum');

describe('a 收入 and a 支出 after 其中 are not parts of one figure (322)', () => {
  const PUBLISHED =
    '  报告显示,2013年,全国社会保险基金总收入35994亿元,比上年增长15%;总支出28744亿元,比上年增长20%;本年收支结余7250亿元。\n' +
    '  各项基金中,最大头的是企业职工基本养老保险基金。决算报告显示,2013年这部分基金收入20790亿元,同比增长14%,完成预算的111%;支出16699亿元,同比增长20%,完成预算的101%。本年收支结余4091亿元,年末滚存结余26900亿元。其中,基本养老保险费收入17002亿元,增长13%;支出16090亿元,增长20%。';

  it('the published passage raises nothing', () => {
    expect(findings(PUBLISHED)).toEqual([]);
  });

  it('parts that are all 收入 are still summed against their total', () => {
    const text = '本年收入合计100万元,其中:财政拨款收入100万元,事业收入10万元。';
    expect(sumFindings(text).map((f) => f.severity)).toEqual(['error']);
  });

  it('parts that are all 支出 are still summed against their total', () => {
    const text = '本年支出合计120万元,其中:基本支出100万元,项目支出10万元。';
    expect(sumFindings(text).map((f) => f.severity)).toEqual(['error']);
  });

  const account = fc.record({
    stock: fc.integer({ min: 1_000, max: 90_000 }),
    income: fc.integer({ min: 100, max: 90_000 }),
    spending: fc.integer({ min: 100, max: 90_000 }),
    fund: fc.constantFrom('企业职工基本养老保险基金', '城镇职工基本医疗保险基金', '失业保险基金'),
    incomeName: fc.constantFrom('基本养老保险费收入', '保险费收入', '财政补贴收入'),
    spendingName: fc.constantFrom('支出', '基本养老金支出', '待遇支出'),
  });

  it('property: a balance followed by its fund\'s income and spending is never called short or long', () => {
    fc.assert(
      fc.property(account, ({ stock, income, spending, fund, incomeName, spendingName }) => {
        fc.pre(income + spending !== stock);
        const text = `${fund}年末滚存结余${stock}亿元。其中,${incomeName}${income}亿元,增长5%;${spendingName}${spending}亿元,增长6%。`;
        expect(sumFindings(text)).toEqual([]);
      }),
      { seed: 3901, numRuns: 150 },
    );
  });

  it('property: two incomes that exceed their total are still an error', () => {
    fc.assert(
      fc.property(account, ({ stock, income }) => {
        const total = stock + income - 50;
        const text = `本年收入合计${total}万元,其中:财政拨款收入${stock}万元,事业收入${income}万元。`;
        expect(sumFindings(text).map((f) => f.severity)).toEqual(['error']);
      }),
      { seed: 3902, numRuns: 100 },
    );
  });
});

describe('a list the text stops in the middle of is not called short (323)', () => {
  const PUBLISHED =
    '(一)收入支出决算总体情况说明\n' +
    '2021年度收入总计1,151.41万元,支出总计1,151.41万元,与2020年度相比,各增加29.6万元,增长2.57%。主要原因是:人员工资、项目经费增加。\n' +
    '(二)收入决算情况说明\n' +
    '本年收入合计1,151.41万元;包括财政拨款收入1,077.36万元(其中,一般公共预算1,077.36万元,政府性基金预算0万元,国有资本经营预算0万元),占收入合计93.57%;上级补助收入0万元,占收入合计0%;事业收入0万元,占收入合计0%;经营收入';

  it('the published passage raises only the keyed rate (2.57% for 29.6 ÷ 1,121.81)', () => {
    const found = findings(PUBLISHED);
    expect(found.map((f) => [f.severity, f.cell, f.rule])).toEqual([['error', 'L2', 'narrative/change']]);
    expect(found[0].message).toContain('29.60 ÷ 1,121.81 = 2.639%');
  });

  it('the same list closed by a full stop is still short of its total', () => {
    const text = '本年收入合计1,151.41万元;包括财政拨款收入1,077.36万元,上级补助收入0万元,事业收入0万元。';
    expect(sumFindings(text).map((f) => f.severity)).toEqual(['warning']);
  });

  it('a list cut in a passage that is not the last one is still short of its total', () => {
    const text = '本年收入合计1,151.41万元;包括财政拨款收入1,077.36万元,上级补助收入0万元,事业收入0万元,经营收入\n(三)支出决算情况说明';
    expect(sumFindings(text).map((f) => f.severity)).toEqual(['warning']);
  });

  it('a text that ends without its full stop after a whole item is not a cut list', () => {
    // The last line of narrative 174, as its copy ends: the note on the short 其中 list stays.
    const text =
      '大冶市殷祖卫生院本级2023部门预算总收入预计1335.34万元(0个下属二级事业单位与机关统一核算),比上年增加6.53万元,增长0.49%。其中:财政拨款(补助)448.87万元,占总收入的33.61%;非税收入拨款0万元,占总收入的0.00%;其他收入0万元,占总收入0.00%';
    expect(checkNarrativeText(text).filter((f) => f.rule === 'narrative/sum').map((f) => f.severity)).toEqual(['info']);
  });

  const cut = fc.record({
    first: fc.integer({ min: 100, max: 9_000 }),
    second: fc.integer({ min: 0, max: 900 }),
    missing: fc.integer({ min: 50, max: 900 }),
    tail: fc.constantFrom('经营收入', '其他收入', '附属单位上缴收入', '用事业基金弥补收支差额'),
  });

  it('property: a short 包括 list the text ends inside raises no sum finding; closed, it is asked for the rest', () => {
    fc.assert(
      fc.property(cut, ({ first, second, missing, tail }) => {
        const total = first + second + missing;
        const list = `本年收入合计${total}万元;包括财政拨款收入${first}万元,事业收入${second}万元,`;
        expect(sumFindings(`${list}${tail}`)).toEqual([]);
        expect(sumFindings(`${list}其他收入0万元。`).map((f) => f.severity)).toEqual(['warning']);
      }),
      { seed: 3903, numRuns: 150 },
    );
  });
});

describe("the scope sentence's year, written after 部门, is the report's own (324)", () => {
  const PUBLISHED =
    '重庆市大足区昌州幼儿园 2021年度部门决算情况说明\n' +
    '一、部门基本情况\n' +
    '(三)单位构成。\n' +
    '从预算单位构成看,纳入本部门2020年度决算编制的二级预算单位主要包括昌州幼儿园本部,进士家园分部。\n' +
    '二、部门决算情况说明\n' +
    '1.总体情况。2021年度收入总计638.32万元,支出总计638.32万元。收支较上年决算数减少545.59万元、减少46.1%,主';
  const yearFindings = (text: string) => findings(text).filter((f) => f.rule === 'narrative/year');

  it('the published passage: the stale 2020 is a warning on its line, and nothing else is raised', () => {
    const found = findings(PUBLISHED);
    expect(found.map((f) => [f.severity, f.cell, f.rule])).toEqual([['warning', 'L4', 'narrative/year']]);
    expect(found[0].message).toContain('写的是2020年，本报告是2021年');
  });

  it('the same sentence with the report\'s own year raises nothing', () => {
    expect(yearFindings(PUBLISHED.replace('本部门2020年度', '本部门2021年度'))).toEqual([]);
  });

  const scope = fc.record({
    year: fc.integer({ min: 2015, max: 2025 }),
    offset: fc.constantFrom(-2, -1, 0, 1),
    family: fc.constantFrom('决算', '预算'),
    tail: fc.constantFrom('的二级预算单位主要包括本级。', '的主体为本单位。', '范围的单位包括本级。'),
    lead: fc.constantFrom('从预算单位构成看,纳入本部门', '从预算单位构成看,'),
  });

  it('property: the scope sentence is a year warning exactly when its year is not the report\'s', () => {
    fc.assert(
      fc.property(scope, ({ year, offset, family, tail, lead }) => {
        const text = `某某单位${year}年度部门${family}情况说明\n${lead}${year + offset}年度${family}编制${tail}`;
        const found = yearFindings(text);
        expect(found.map((f) => f.severity)).toEqual(offset === 0 ? [] : ['warning']);
      }),
      { seed: 3904, numRuns: 150 },
    );
  });
});
