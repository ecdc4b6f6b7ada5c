/**
 * Readings of 情况说明 sentences that list several figures at once (the fifth held-out batch showed
 * them misread): shares stated respectively ("分别为A、B和C，占…X%、Y%和Z%"), the items of one list
 * whose names share words, a sentence whose year is written before its first figure, a rate that
 * repeats the change's comparison, and reasons written before the figure or listed after a colon.
 * Wordings are invented variants of the real ones (corpus texts 82, 83, 88 and 93–95, test/corpus/README.md).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';
import type { Finding } from '../src/engine/findings';

const lineOf = (f: Finding) => Number(f.cell.slice(1));
const shown = (fs: Finding[]) => fs.map((f) => `${f.cell} ${f.severity} ${f.rule} ${f.message}`).join('\n');
const loud = (text: string) => checkNarrativeText(text).filter((f) => f.severity !== 'info');
const errors = (text: string) => checkNarrativeText(text).filter((f) => f.severity === 'error');

/** 2 decimals, half away from zero, on integers of 分 (no float drift). */
const share2 = (partFen: number, wholeFen: number) => Math.round((partFen * 10000) / wholeFen) / 100;
const yuan2 = (fen: number) => (fen / 100).toFixed(2);

describe('shares stated respectively', () => {
  const PURCHASE = [
    '四、政府采购支出情况说明',
    '2023年度本部门政府采购支出总额520.00万元，其中：政府采购货物支出、工程支出、服务支出分别为120.00万元、300.00万元和100.00万元，占政府采购支出总额的23.08%、57.69%和19.23%。',
  ];

  it('pairs the shares with the amounts in order: right as written, nothing said', () => {
    expect(loud(PURCHASE.join('\n'))).toEqual([]);
  });

  it('finds the share that is wrong, on the amount it is of', () => {
    const found = errors(PURCHASE.join('\n').replace('57.69%', '75.69%'));
    expect(found, shown(found)).toHaveLength(1);
    expect(found[0].message).toContain('300.00');
    expect(found[0].message).toContain('57.69');
    expect(lineOf(found[0])).toBe(2);
  });

  it('reads 和 between two shares, as the national figures are written', () => {
    const text = '2019年全国政府采购规模为33067.0亿元。中央预算单位、地方预算单位政府采购规模分别为2666.3亿元和30400.7亿元，占全国政府采购规模的8.1%和91.9%。';
    expect(loud(text)).toEqual([]);
    expect(errors(text.replace('8.1%和91.9%', '9.1%和91.9%'))[0]?.message).toContain('2666.3');
  });

  it('stays silent when the amounts and the shares cannot be paired one to one', () => {
    const text = '货物、工程、服务采购金额分别为120.00万元、300.00万元和100.00万元，占采购总额的23.08%和57.69%。';
    expect(errors(text)).toEqual([]);
  });

  it('keeps one amount with two shares of different wholes as two shares of that amount', () => {
    const text = '2023年本年支出合计1000.00万元，其中基本支出600.00万元，占本年支出合计的60.00%，占财政拨款支出的75.00%。';
    expect(errors(text)).toEqual([]);
  });

  it('property: correctly rounded shares of any respective list raise nothing; one share a point off is an error on its own amount', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1_000, max: 9_999_999 }), { minLength: 2, maxLength: 4 }),
        fc.nat(),
        (parts, pick) => {
          const whole = parts.reduce((s, p) => s + p, 0);
          const shares = parts.map((p) => share2(p, whole));
          const list = (xs: string[]) => `${xs.slice(0, -1).join('、')}和${xs[xs.length - 1]}`;
          const names = ['货物', '工程', '服务', '其他'].slice(0, parts.length);
          const write = (ss: number[]) =>
            `2023年度政府采购支出总额${yuan2(whole)}万元，其中${names.join('、')}采购分别为${list(parts.map((p) => `${yuan2(p)}万元`))}，占政府采购支出总额的${list(ss.map((s) => `${s.toFixed(2)}%`))}。`;
          expect(errors(write(shares))).toEqual([]);
          const i = pick % parts.length;
          const off = shares.map((s, n) => (n === i ? s + (s >= 50 ? -1 : 1) : s));
          const found = errors(write(off));
          expect(found.some((f) => f.message.includes(yuan2(parts[i])))).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('a head and its parts before as many shares stated respectively', () => {
  const HEADS: { head: string; parts: string[] }[] = [
    { head: '一般公共预算拨款支出', parts: ['基本支出', '项目支出'] },
    { head: '基本支出', parts: ['人员经费', '公用经费'] },
    { head: '“三公”经费', parts: ['因公出国（境）费', '公务用车购置及运行费', '公务接待费'] },
  ];

  it('property: the shares are of one whole the head is part of, not of the head — left unchecked, never an error', () => {
    // '一般公共预算拨款支出80万元，其中基本支出50万元、项目支出30万元，分别占80%、50%、30%' (of 支出预算 100):
    // paired one to one, the parts' shares were read as of the head (50 ÷ 80 = 62.50% for 50%), a false error.
    fc.assert(
      fc.property(
        fc.constantFrom(...HEADS),
        fc.array(fc.integer({ min: 1_000, max: 999_999 }), { minLength: 3, maxLength: 3 }),
        fc.integer({ min: 1, max: 999_999 }),
        fc.constantFrom('其中', '其中：', '包括'),
        fc.constantFrom('、', '，'),
        fc.constantFrom('分别占', '占比分别为', '分别占支出总额的'),
        fc.boolean(),
        (group, amounts, rest, opens, sep, say, stated) => {
          const parts = amounts.slice(0, group.parts.length);
          const head = parts.reduce((s, p) => s + p, 0);
          const total = head + rest;
          const shares = [head, ...parts].map((x) => `${share2(x, total).toFixed(2)}%`);
          const text =
            (stated ? `2025年本部门支出总额${yuan2(total)}万元。` : '') +
            `${group.head}${yuan2(head)}万元，${opens}${group.parts.map((n, i) => `${n}${yuan2(parts[i])}万元`).join(sep)}，${say}${shares.slice(0, -1).join('、')}和${shares.at(-1)}。`;
          const found = errors(text);
          expect(found, shown(found)).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the parts alone before as many shares are still paired and checked', () => {
    const text = '2025年本部门支出总额100.00万元。其中基本支出60.00万元、项目支出40.00万元，分别占支出总额的60.00%和35.00%。';
    const found = errors(text);
    expect(found, shown(found)).toHaveLength(1);
    expect(found[0].message).toContain('40.00');
  });
});

describe('a change after its item’s figures of two years, the later year first', () => {
  // Text 127 L2: '公务接待费2016年预算8万元,2015年预算12.5万元;对比减少4.35万元' — the change was read as of the
  // 2015 figure (the last year named): 12.5 − 8 = 4.5 went unseen, and an increase larger than the earlier
  // figure ('2016年预算30万元,2015年预算10万元;对比增加20万元') was called impossible, a false error.
  const ITEMS = ['公务接待费', '因公出国（境）费', '公务用车购置及运行费', '“三公”经费'];
  const figures = fc.record({
    item: fc.constantFrom(...ITEMS),
    year: fc.integer({ min: 2014, max: 2025 }),
    later: fc.integer({ min: 100, max: 999_999 }),
    earlier: fc.integer({ min: 100, max: 999_999 }),
    measure: fc.constantFrom('预算', '预算数', '决算数', ''),
    compare: fc.constantFrom('对比', '与上年对比', '相比', '比上年', '较上年'),
    sep: fc.constantFrom(',', '，', ';', '；'),
  });
  const write = (v: { item: string; year: number; later: number; earlier: number; measure: string; compare: string; sep: string }, change: number) =>
    `${v.item}${v.year}年${v.measure}${yuan2(v.later)}万元,${v.year - 1}年${v.measure}${yuan2(v.earlier)}万元${v.sep}${v.compare}${change >= 0 ? '增加' : '减少'}${yuan2(Math.abs(change))}万元。`;
  const changeFindings = (text: string) => checkNarrativeText(text).filter((f) => f.rule === 'narrative/change' || f.rule === 'narrative/direction');

  it('property: the right change raises nothing; a change 1.00万元 off is an error stating both years’ figures', () => {
    fc.assert(
      fc.property(figures, (v) => {
        fc.pre(v.later !== v.earlier);
        const right = write(v, v.later - v.earlier);
        expect(changeFindings(right), shown(changeFindings(right))).toEqual([]);
        const off = v.later - v.earlier + (v.later > v.earlier ? 100 : -100);
        const found = changeFindings(write(v, off));
        expect(found, shown(found)).toHaveLength(1);
        expect(found[0]).toMatchObject({ severity: 'error', rule: 'narrative/change' });
        expect(found[0].message).toContain(yuan2(v.later));
        expect(found[0].message).toContain(yuan2(v.earlier));
      }),
      { numRuns: 200 },
    );
  });

  it('a comparison the change names itself, or a third figure of the item, leaves the reading as it was', () => {
    // '比2015年决算数减少': the change says what it is compared with; the two budgets are not paired by their years.
    const named = '公务接待费2016年预算8.00万元,2015年预算12.50万元,比2015年决算数减少2.00万元。';
    expect(changeFindings(named).filter((f) => f.message.includes('12.50') && f.message.includes('8.00'))).toEqual([]);
    const three = '公务接待费2016年预算8.00万元,2015年预算12.50万元,2014年预算10.00万元,对比减少4.50万元。';
    expect(errors(three).filter((f) => f.rule === 'narrative/change' && f.message.includes('8.00'))).toEqual([]);
  });
});

describe('the items of one list whose names share words', () => {
  it('are different items: no “same item, different figure” error', () => {
    const text = [
      '（一）一般公共预算收支决算情况。',
      '2023年本级一般公共预算收入决算数1200万元，加上级补助收入300万元，待偿债置换一般债券上年结余20万元，上年结转结余收入150万元，国债转贷资金上年结余5万元，收入总计1675万元。',
    ].join('\n');
    const found = checkNarrativeText(text).filter((f) => f.rule === 'narrative/duplicate');
    expect(found, shown(found)).toEqual([]);
  });

  it('the same 科目 restated in the next sentence with another figure is still an error', () => {
    const text = '2025年度部门决算情况说明\n15、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）269.86万元，主要用于职业年金缴费。年初预算为285.33万元，支出决算为296.86万元。';
    const found = errors(text).filter((f) => f.rule === 'narrative/duplicate');
    expect(found, shown(errors(text))).toHaveLength(1);
  });
});

describe('a sentence whose year is written before its first figure', () => {
  const TWO_YEARS = [
    '2023年一般公共预算“三公”经费决算执行情况说明',
    '本区2023年的“三公”经费决算数合计为104.50万元，其中：公务用车购置费40.00万元、公务用车运行维护费52.00万元、公务接待费12.50万元。2022年的“三公”经费决算数合计为90.00万元，其中：公务用车购置费30.00万元、公务用车运行维护费48.00万元、公务接待费12.00万元。',
  ];

  it('gives the figures of that sentence its year: two years listed side by side are not one item twice', () => {
    expect(errors(TWO_YEARS.join('\n'))).toEqual([]);
  });

  it('does so when the total is written in a bare 万 the checker does not read', () => {
    const text = TWO_YEARS.join('\n').replace('104.50万元，', '104.50万，').replace('90.00万元，', '90.00万，');
    expect(errors(text)).toEqual([]);
  });

  it('a sentence opening with the report year still shows a figure restated differently', () => {
    const text = '2025年度部门决算情况说明\n15、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）269.86万元，主要用于职业年金缴费。2025年年初预算为285.33万元，2025年支出决算为296.86万元。';
    expect(errors(text).filter((f) => f.rule === 'narrative/duplicate')).toHaveLength(1);
  });
});

describe('reasons', () => {
  const reasonWarnings = (text: string) => checkNarrativeText(text).filter((f) => f.rule === 'narrative/reason');

  it.each([
    ['因', '因实施公务用车制度改革，全区公务用车购置费比上年减少12.00万元，下降60.00%。'],
    ['由于', '由于车辆到期更新，公务用车购置费比上年增加12.00万元，增长150.00%。'],
    ['受…影响', '受疫情防控影响，公务接待费比上年减少4.00万元，下降40.00%。'],
    ['随着 (the sentence before)', '随着政府购买服务改革的推进，服务类采购增长迅速。服务类采购金额193.43万元，比上年增长26.1%。'],
  ])('a cause written before the change explains it (%s)', (_w, text) => {
    expect(reasonWarnings(text), shown(reasonWarnings(text))).toEqual([]);
  });

  it.each([
    ['因公出国', '因公出国（境）费比上年减少3.00万元，下降60.00%。'],
    ['因此', '本年压减一般性支出。因此公务接待费比上年减少4.00万元，下降40.00%。'],
    ['no cause', '公务接待费比上年减少4.00万元，下降40.00%。'],
  ])('a change with no cause still needs its reason (%s)', (_w, text) => {
    expect(reasonWarnings(text)).toHaveLength(1);
  });

  it('“主要原因是：” closing its passage, with the reasons numbered after it, is not empty', () => {
    const text = [
      '2023年“三公”经费决算数比上年增加27.00万元，主要原因是：',
      '1、公务用车购置费增加20.00万元，原因是执法执勤用车使用年限到期，更换车辆。',
      '2、公务用车运行维护费增加7.00万元，原因是车辆维修费上升。',
    ].join('\n');
    expect(reasonWarnings(text), shown(reasonWarnings(text))).toEqual([]);
  });

  it.each([
    ['降幅较大的主要原因是', '去年省级“三公”经费决算支出5亿元，比上年减少3.3亿元，下降39.8%。主要支出情况是：公务用车购置费0.1亿元，下降77.8%；公务接待费0.9亿元，下降37.8%。据省财政厅分析，“三公”经费降幅较大的主要原因是部分部门下划至市县管理。'],
    ['增幅较大的原因', '2024年“三公”经费预算40.00万元，比上年增加12.00万元，增长42.86%。其中公务接待费20.00万元，增长66.67%。“三公”经费增幅较大的原因是承办业务培训班。'],
    ['同口径比…下降的主要原因是', '2019年，市本级“三公”经费预算为3328万元。其中：因公出国（境）费同口径比2018年减少9万元，下降15.3%；公务用车购置费同口径比2018年减少334万元，下降90%。公务用车运行费同口径比2018年减少449万元，下降14%。\n市本级一般公共预算安排的“三公”经费下降的主要原因是严格执行中央八项规定。'],
  ])('a reason given afterwards for the whole (“三公”经费%s) explains the changes of its items', (_w, text) => {
    expect(reasonWarnings(text), shown(reasonWarnings(text))).toEqual([]);
  });

  it('a reason given afterwards for another subject does not explain a change', () => {
    const text = (who: string) =>
      `公务接待费20.00万元，比上年增加8.00万元，增长66.67%。公务用车运行维护费20.00万元，与上年持平。本年无因公出国（境）费。\n${who}增幅较大的原因是承办业务培训班。`;
    expect(reasonWarnings(text('公务接待费'))).toEqual([]);
    expect(reasonWarnings(text('会议费'))).toHaveLength(1);
  });

  it('“主要原因是：” with nothing after it is still an empty reason', () => {
    const text = ['2023年“三公”经费决算数比上年增加27.00万元，主要原因是：', '二、政府性基金预算支出情况', '本单位无政府性基金预算支出。'].join('\n');
    expect(reasonWarnings(text).some((f) => f.message.includes('后没有写原因'))).toBe(true);
  });
});
describe('a rate that repeats the comparison of its change', () => {
  it.each([
    ['同比', '2018年收入总预算317.6万元，同比增加8.25万元，同比增长2.8%。'],
    ['较上年', '2018年收入总预算317.6万元，较上年增加8.25万元，较上年增长2.8%。'],
    ['比上年', '2024年支出预算317.6万元，比上年增加8.25万元，比上年增长2.8%。'],
  ])('is the rate of that change (%s): a rate impossible for its amounts is an error', (_w, text) => {
    const found = errors(text);
    expect(found, shown(found)).toHaveLength(1);
    expect(found[0].message).toContain('309.35');
    expect(found[0].message).toContain('2.67');
    expect(loud(text.replace('2.8%', '2.67%'))).toEqual([]);
  });

  it('a rate against another year than its change is not taken for its rate', () => {
    const text = '2018年收入总预算317.6万元，同比增加8.25万元，比2016年增长2.8%。';
    expect(errors(text)).toEqual([]);
  });
});

describe('amounts per head or per year after a 其中', () => {
  const sums = (text: string) => loud(text).filter((f) => f.rule === 'narrative/sum');

  it.each([
    ['年人均 / 车年均', '2016年基本支出2748.76万元，其中：人员支出2638.20万元，日常公用经费110.56万元，其中，年人均办公费387元，车年均保险费4500元。'],
    ['生均', '2024年公用经费预算85.00万元，其中：生均公用经费800元，每生每年取暖费120元。'],
    ['每辆', '公务用车运行维护费12.00万元，其中每辆车年均运行费2.40万元。'],
  ])('are not parts of the total before them (%s)', (_w, text) => {
    expect(sums(text), shown(sums(text))).toEqual([]);
  });

  it('the real parts of the same list are still added up', () => {
    const text = '2016年基本支出2748.76万元，其中：人员支出2638.20万元，日常公用经费100.56万元，年人均办公费387元。';
    expect(sums(text).map((f) => f.message).join('\n')).toContain('2,738.76');
  });

  it('property: a per-head amount of any size beside parts that add up raises nothing', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 9_000_000 }), fc.integer({ min: 100, max: 9_000_000 }), fc.integer({ min: 1, max: 99_999 }), (a, b, perHead) => {
        const text = `2024年公用经费预算${yuan2(a + b)}万元，其中：办公费${yuan2(a)}万元，水电费${yuan2(b)}万元，人均办公费${perHead}元。`;
        expect(sums(text)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('a list of items one a line, running to the end of the text', () => {
  const sums = (text: string) => loud(text).filter((f) => f.rule === 'narrative/sum');
  const LIST = ['一、一般公共服务支出1659.94万元，其中：', '1、人大事务支出32.34万元，占年初预算100%。', '2、政府办公室及相关机构支出1455.79万元，占年初预算91.38%。', '3、党委办公厅（室）及相关机构事务支出115.28万元。'];

  it('falling short of its total may go on beyond the text as given: nothing is said', () => {
    expect(sums(LIST.join('\n')), shown(sums(LIST.join('\n')))).toEqual([]);
  });

  it('falling short with more text after it still asks for the missing items', () => {
    const text = [...LIST, '二、公共安全支出50.00万元。'].join('\n');
    expect(sums(text).map((f) => f.severity)).toEqual(['warning']);
  });

  it('exceeding its total is still an error, cut or not', () => {
    const text = LIST.join('\n').replace('115.28万元', '215.28万元');
    expect(sums(text).map((f) => f.severity)).toEqual(['error']);
  });
});
