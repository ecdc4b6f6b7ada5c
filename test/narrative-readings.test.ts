/**
 * Sentences of real 情况说明 that can be read two ways: the checker reads them as a clerk does, and
 * where a figure could belong to either of two totals it reports only what neither reading explains.
 * Paragraphs are invented in the wordings of published documents (事业运行经费 of a 民政局 budget, a
 * 乡镇 收入预算, 车辆运行维护费 against last year).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkNarrativeText } from '../src/engine/narrative';
import { subjectOf } from '../src/engine/narrative/text/subjects';

const problems = (text: string) => checkNarrativeText(text).filter((f) => f.severity !== 'info');
const brief = (text: string) => problems(text).map((f) => `${f.cell} ${f.severity} ${f.rule} ${f.message}`);

const RUNNING_COSTS = [
  '另外，下属事业单位事业运行经费总预算安排 8650000 元，其中：基本支出预算 650000 元，项目支出预算 8000000 元，同比增加 2650000 元，增长 44.17%，主要原因是新增养老服务补贴项目。',
];

const INCOME_WITH_NESTED_BREAKDOWN = [
  '（一）收入预算情况',
  '2024年本部门收入预算总额为 2350.6 万元，其中：财政拨款收入 1350.6 万元，占收入预算总额的 57.46%，包括一般公共预算收入 1350.6 万元；事业收入 1000 万元，占收入预算总额的 42.54%。',
];

const INCOME_AFTER_NUMBERED_REASONS = [
  '（一）收入预算情况',
  '2023年收入预算总额为 980.5 万元，比上年增加 420.5 万元，增长 75.09%，主要原因：1、人员增加，经费拨款相应增加；2、新增专项业务经费 400 万元。其中：财政拨款收入 580.5 万元，占收入预算总额的 59.20%；其他收入 400 万元，占收入预算总额的 40.80%。',
];

const CORRECT = { RUNNING_COSTS, INCOME_WITH_NESTED_BREAKDOWN, INCOME_AFTER_NUMBERED_REASONS };

describe('correct paragraphs raise nothing', () => {
  it.each(Object.entries(CORRECT))('%s', (_name, lines) => {
    expect(brief(lines.join('\n'))).toEqual([]);
  });
});

describe('a change right after a breakdown that adds up, naming no figure of its own', () => {
  const text = (rate: string) => RUNNING_COSTS[0].replace('增长 44.17%', `增长 ${rate}`);

  it('may be the total’s (2650000 ÷ 6000000 = 44.17%) or the last part’s (2650000 ÷ 5350000 = 49.53%): either agrees', () => {
    expect(brief(text('44.17%'))).toEqual([]);
    expect(brief(text('49.53%'))).toEqual([]);
  });

  it('is an error when neither reading agrees', () => {
    const found = problems(text('52.00%'));
    expect(found.map((f) => `${f.cell} ${f.severity} ${f.rule}`)).toEqual(['L1 error narrative/change']);
  });

  it('is the last part’s when the other parts state changes of their own: an increase larger than its 0 is still wrong', () => {
    const lines = [
      '支出预算 1200 万元，其中：财政拨款支出预算 1200 万元，比 2023 年预算增加 150 万元。',
      '财政拨款支出预算中，一般公共预算拨款支出预算 1200 万元，比 2023 年预算增加 150 万元；政府性基金拨款支出预算 0 万元，比 2023 年预算增加 150 万元。',
    ];
    const found = problems(lines.join('\n'));
    expect(found.map((f) => `${f.cell} ${f.severity} ${f.rule}`)).toEqual(['L2 error narrative/change']);
    expect(found[0].message).toContain('不可能为负数');
  });
});

// A 卫生院's 收入决算 item as clerks write it: the head figure, some of its components, then a change
// naming no subject — the nearest component cannot be its base, the head may be.
const INCOME_ITEM_WITH_COMPONENTS = (change: string, unit = '万元') =>
  `1.财政拨款收入276.0605${unit},在职职工工资性收入18.6973${unit},退休职工工资性收入0.625${unit},财政对基本养老保险基金的补助收入14.0723${unit},较上年度决算数增加${change}${unit},主要原因是公共卫生服务经费增加。`;

describe('a change naming no subject after several figures of different subjects', () => {
  it('is not called impossible for the nearest figure when an earlier one could own it', () => {
    expect(brief(INCOME_ITEM_WITH_COMPONENTS('42.1949'))).toEqual([]);
    expect(brief(INCOME_ITEM_WITH_COMPONENTS('42194.9', '元').replace(/\.(\d{4})元/g, '$1元'))).toEqual([]);
    expect(brief('公务接待费2.5万元，公务用车运行维护费3.2万元，比上年增加4.1万元，主要原因是新增执法车辆。')).toEqual([]);
  });

  it('is still impossible when the nearest figure is the only one of its clause', () => {
    const found = problems('2024年政府性基金拨款支出预算0万元，比2023年预算增加150万元，主要原因是新增专项债券项目。');
    expect(found.map((f) => `${f.cell} ${f.severity} ${f.rule}`)).toEqual(['L1 error narrative/change']);
    expect(found[0].message).toContain('不可能为负数');
  });

  it('never calls a change impossible over a component when a head of another subject precedes it (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100_000, max: 9_999_999 }),
        fc.array(fc.integer({ min: 1, max: 9_999 }), { minLength: 1, maxLength: 3 }),
        (head, components) => {
          const names = ['在职职工工资性收入', '退休职工工资性收入', '财政对基本养老保险基金的补助收入'];
          const parts = components.map((c, i) => `${names[i]}${(c / 100).toFixed(2)}万元`).join(',');
          const change = (Math.max(...components) + 1 + (head % 1000)) / 100;
          const text = `1.财政拨款收入${(head / 100).toFixed(2)}万元,${parts},较上年度决算数增加${change.toFixed(2)}万元。`;
          return !brief(text).some((m) => m.includes('不可能为负数'));
        },
      ),
    );
  });
});

// A “三公” 预算对比 as a 经信局 printed it: both years' totals, then each item with both years' figures.
const BOTH_YEARS = (cur: [number, number], prior: [number, number]) =>
  `2016年三公经费预算拨入${(cur[0] + cur[1]).toFixed(2)}万元,2015年三公经费预算拨入${(prior[0] + prior[1]).toFixed(2)}万元,主要原因是八项规定厉行节约及公务用车改革。其中:1、公务接待费2016年预算${cur[0].toFixed(2)}万元,2015年预算${prior[0].toFixed(2)}万元,原因执行八项规定厉行节约。2、公务车辆运行2016年预算${cur[1].toFixed(2)}万元,2015年预算${prior[1].toFixed(2)}万元,原因是公车改革。`;

describe('items that state two years under a total of one', () => {
  it('are not parts of the other year’s total', () => {
    expect(brief(BOTH_YEARS([8, 25], [12.35, 45.2]))).toEqual([]);
  });

  it('still finds a one-year 其中 list that does not add up', () => {
    const found = problems('2016年三公经费预算33万元,其中:公务接待费8万元,公务用车运行费26万元。');
    expect(found.map((f) => `${f.cell} ${f.rule}`)).toEqual(['L1 narrative/sum']);
    expect(found[0].message).toContain('8.00 + 26.00 = 34.00');
  });

  it('never sums figures of two years as parts of one total (property)', () => {
    const money = fc.integer({ min: 1, max: 99_999 }).map((n) => n / 100);
    fc.assert(
      fc.property(money, money, money, money, (a, b, c, d) => {
        return !brief(BOTH_YEARS([a, b], [c, d])).some((m) => m.includes('之和'));
      }),
    );
  });
});

describe('a rate printed to four decimals', () => {
  const ITEM = (rate: string) => `1.财政拨款收入364.6552万元,较上年度决算数减少24.1522万元,下降${rate},主要是公共卫生财政拨款减少。`;

  it('is not a slip when cut rather than rounded (24.1522 ÷ 388.8074 = 6.21187%, printed 6.2118%)', () => {
    expect(brief(ITEM('6.2118%'))).toEqual([]);
    expect(brief(ITEM('6.2119%'))).toEqual([]);
  });

  it('is still wrong when neither rounded nor cut', () => {
    for (const rate of ['6.2120%', '6.2117%', '6.5118%']) expect(problems(ITEM(rate)).map((f) => `${f.severity} ${f.rule}`)).toEqual(['error narrative/change']);
  });

  it('a two-decimal rate cut rather than rounded stays a slip (38.2877% printed 38.28%)', () => {
    const found = problems('支出总计4143.91万元,较上年减少2570.97万元,下降38.28%,主要原因是项目完成。');
    expect(found.map((f) => `${f.severity} ${f.rule}`)).toEqual(['warning narrative/change']);
  });
});

describe('breakdowns inside breakdowns', () => {
  it('a single part equal to its head closes at the ；: the next figure is the outer list’s', () => {
    expect(brief(INCOME_WITH_NESTED_BREAKDOWN.join('\n'))).toEqual([]);
  });

  it('a nested breakdown that does not add up is still wrong', () => {
    const lines = [INCOME_WITH_NESTED_BREAKDOWN[0], INCOME_WITH_NESTED_BREAKDOWN[1].replace('包括一般公共预算收入 1350.6 万元', '包括一般公共预算收入 1300.6 万元、政府性基金收入 60 万元')];
    const found = problems(lines.join('\n'));
    expect(found.map((f) => `${f.cell} ${f.severity} ${f.rule}`)).toEqual(['L2 error narrative/sum']);
    expect(found[0].message).toContain('1,300.60 + 60.00 = 1,360.60');
  });

  it('a figure in the second of numbered reasons ("原因：1、…；2、…400万元") is a reason, not the head of the next 其中', () => {
    expect(brief(INCOME_AFTER_NUMBERED_REASONS.join('\n'))).toEqual([]);
    const wrongShare = INCOME_AFTER_NUMBERED_REASONS.join('\n').replace('40.80%', '44.80%');
    expect(problems(wrongShare).map((f) => `${f.cell} ${f.severity} ${f.rule}`)).toEqual(['L2 error narrative/share']);
  });
});

describe('a comparison whose way follows the figure compared with', () => {
  it('"比上年4.10万元少0.58万元" and "比去年1.8万元多0.5万元" say which way', () => {
    expect(brief('公务用车运行维护费 3.52 万元，比上年 4.10 万元少 0.58 万元，主要原因是车辆减少。')).toEqual([]);
    expect(brief('公务接待费 2.3 万元，比去年1.8万元多0.5万元。')).toEqual([]);
  });

  it('"比上年4.10万元" alone still lacks its way', () => {
    const found = problems('公务用车运行维护费 3.52 万元，比上年 4.10 万元。');
    expect(found.map((f) => `${f.severity} ${f.rule}`)).toEqual(['warning narrative/direction']);
  });
});

describe('a completion rate beside 决算数大于预算数', () => {
  const item = (budget: string, rate: string) =>
    `5.城乡社区支出(类)城乡社区管理事务(款)其他城乡社区管理事务支出(项)。年初预算为${budget}万元，支出决算为35.00万元，完成年初预算的${rate}。决算数大于年初预算数的主要原因是年中追加疫情防控经费。`;

  it('"0%" for a budget of 0 is how the missing rate is written: no contradiction', () => {
    expect(brief(item('0', '0%'))).toEqual([]);
    expect(brief(item('0.00', '0.00%'))).toEqual([]);
  });

  it('a rate under 100% for a budget that was there still contradicts 大于', () => {
    const found = problems(item('50.00', '70.00%'));
    expect(found.map((f) => `${f.severity} ${f.rule}`)).toEqual(['error narrative/direction']);
    expect(found[0].message).toContain('完成率为70.00%');
  });
});

describe('a share whose own words name another subject than the figure before it', () => {
  const shareErrors = (text: string) => problems(text).filter((f) => f.rule === 'narrative/share');

  it.each([
    ['包括…等工资福利支出占', '2016年基本支出2748.76万元，其中：用于保障正常运转的人员支出2638.2万元，包括基本工资、津贴补贴等工资福利支出占基本支出的94.3%；日常公用经费110.56万元，占基本支出的4%。'],
    ['其中人员经费占', '2024年一般公共预算基本支出1180.00万元，其中人员经费占基本支出的91.50%，主要包括基本工资、津贴补贴、绩效工资。'],
    ['主要是公务接待费占', '“三公”经费支出决算12.40万元，主要是公务接待费占“三公”经费的75.00%。'],
  ])('is not checked against that figure (%s): the part it is a share of has no amount printed', (_w, text) => {
    expect(shareErrors(text), brief(text).join('\n')).toEqual([]);
  });

  it('a share naming the figure’s own subject is still checked', () => {
    const text = '2024年支出预算2796.76万元，其中：基本支出2748.76万元，基本支出占支出预算的96.3%；项目支出48万元，占支出预算的1.7%。';
    expect(shareErrors(text).map((f) => f.message).join('\n')).toContain('98.3%');
  });

  it('property: whatever the figures, a share of a named part without an amount is never called wrong', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('人员经费', '公用经费', '工资福利支出', '商品和服务支出'),
        fc.integer({ min: 10_000, max: 99_999_999 }),
        fc.integer({ min: 1, max: 9999 }),
        (part, cents, basisPoints) => {
          const text = `2024年支出预算${(cents / 50).toFixed(2)}万元，其中：基本支出${(cents / 100).toFixed(2)}万元。用于保障正常运转的日常支出${(Math.floor(cents * 0.9) / 100).toFixed(2)}万元，包括基本工资、津贴补贴等${part}占基本支出的${(basisPoints / 100).toFixed(2)}%。`;
          expect(shareErrors(text)).toEqual([]);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('a share without words of its own before 占 is still paired with the figure before it', () => {
    const text = '2024年支出预算2796.76万元，其中：基本支出2748.76万元，占支出预算的96.3%；项目支出48万元，占支出预算的1.7%。';
    expect(shareErrors(text).map((f) => f.message).join('\n')).toContain('98.3%');
  });
});

describe('a change in the sentence after a breakdown, naming nothing of its own', () => {
  const changeErrors = (text: string) => problems(text).filter((f) => f.rule === 'narrative/change');

  it.each([
    ['“三公” 预算', '2019年“三公”经费预算为3328万元。其中：因公出国（境）费50万元，公务接待费478万元，公务用车购置及运行费2800万元。比2018年减少830万元，下降20%。'],
    ['机关运行经费', '2024年机关运行经费预算为120.00万元，其中：办公费30.00万元，印刷费10.00万元，水电费80.00万元。较上年增加20.00万元，增长20%。'],
  ])('may be the total’s or the last item’s: it is not taken for the last item’s (%s)', (_w, text) => {
    expect(changeErrors(text), brief(text).join('\n')).toEqual([]);
  });

  it('a sentence that names its item is still checked against it (20.00 ÷ 60.00 = 33.3%)', () => {
    const text = '2024年机关运行经费预算为120.00万元，其中：办公费30.00万元，印刷费10.00万元，水电费80.00万元。水电费较上年增加20.00万元，增长20%。';
    expect(changeErrors(text).map((f) => f.message).join('\n')).toContain('33.3%');
  });

  it('property: a change of the total stated after its breakdown is never called wrong for the last item', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 900_000 }), fc.integer({ min: 100, max: 900_000 }), fc.integer({ min: 1, max: 50 }), (a, b, pct) => {
        const total = a + b;
        const change = Math.round((total * pct) / (100 + pct));
        const rate = ((change * 100) / (total - change)).toFixed(2);
        const text = `2024年公用经费预算为${(total / 100).toFixed(2)}万元，其中：办公费${(a / 100).toFixed(2)}万元，水电费${(b / 100).toFixed(2)}万元。较上年增加${(change / 100).toFixed(2)}万元，增长${rate}%。`;
        expect(changeErrors(text)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('a like-for-like comparison (同口径比2018年)', () => {
  const changeErrors = (text: string) => problems(text).filter((f) => f.rule === 'narrative/change');
  const text = (rate: string) =>
    `2019年，市本级“三公”经费预算为3328万元。其中，因公出国（境）费50万元，公务接待费478万元，公务用车购置及运行费2800万元。其中：因公出国（境）费同口径比2018年减少9万元，下降${rate}。`;

  it('is a change of the item named before 同口径: its rate is checked against that item (9 ÷ 59 = 15.3%)', () => {
    expect(changeErrors(text('15.3%'))).toEqual([]);
    expect(changeErrors(text('25%')).map((f) => f.message).join('\n')).toContain('15');
  });

  it('property: any item, amount and consistent rate written 同口径比 raise no change error', () => {
    fc.assert(
      fc.property(fc.constantFrom('公务接待费', '因公出国（境）费', '公务用车运行维护费'), fc.integer({ min: 100, max: 90_000 }), fc.integer({ min: 1, max: 90_000 }), (item, now, fall) => {
        const rate = ((fall * 100) / (now + fall)).toFixed(2);
        const t = `2019年${item}预算为${(now / 100).toFixed(2)}万元，${item}同口径比2018年减少${(fall / 100).toFixed(2)}万元，下降${rate}%，主要原因是压减开支。`;
        expect(changeErrors(t)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('a school’s name in front of what its figure is of', () => {
  const changeErrors = (text: string) => problems(text).filter((f) => f.rule === 'narrative/change');

  it.each(['某县第一中学', '四川省南部县定水中学', '城关镇中心小学', '县机关幼儿园', '某市职业技术大学'])(
    '“%s2018年度一般公共预算财政拨款支出” is the 一般公共预算财政拨款支出: a rate on the wrong denominator is found',
    (unit) => {
      const text = `2018年部门预算编制说明\n${unit}2018年度一般公共预算财政拨款支出1312.20万元。与2017年相比，一般公共预算财政拨款支出增加140.01万元，增长10.67%。主要原因是人员经费中的工资增长。`;
      expect(changeErrors(text).map((f) => f.message).join('\n')).toContain('11.944%');
      expect(changeErrors(text.replace('10.67%', '11.94%'))).toEqual([]);
    },
  );

  it('property: a unit name ending in 中学 / 小学 / 大学 / 幼儿园 and a year before a known total leave the total', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[县区镇城关第一二三实验民族]{2,8}$/),
        fc.constantFrom('中学', '小学', '大学', '幼儿园'),
        fc.constantFrom('一般公共预算财政拨款支出', '基本支出', '财政拨款收支总计', '“三公”经费', '项目支出'),
        (name, suffix, total) => {
          expect(subjectOf(`${name}${suffix}2018年度${total}`).id).toBe(subjectOf(total).id);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('“收、支总计各” is the 收支总计, in the words of a figure too', () => {
    expect(subjectOf('财政拨款收、支总计各').id).toBe(subjectOf('财政拨款收支总计').id);
    const text = '2018年部门预算编制说明\n某县第一中学2018年度财政拨款收支预算总计1312.20万元。与2017年相比，财政拨款收、支总计各增加140.01万元，增长10.67%。主要原因是人员经费中的工资增长。';
    expect(changeErrors(text).map((f) => f.message).join('\n')).toContain('11.944%');
    expect(changeErrors(text.replace('10.67%', '11.94%'))).toEqual([]);
  });
});
