/**
 * Wording families of the real 情况说明 added to the corpus after the checker was first tuned (县级
 * “三公” pages, 梧州 决算 pasted from PDF, 上海 决算 text layers, 临沧 increases and decreases): for
 * each, the sentence as real documents write it raises nothing it should not, and a slip in it is
 * found with its arithmetic. The sentences are written for these tests in those wordings.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { checkNarrativeText, reviewNarrativeText } from '../src/engine/narrative';
import { recognizeWorkbook } from '../src/engine/recognize';
import { SEED001_TABLES, toGrids, writeTable } from './fixtures';

const lines = (...ls: string[]) => ls.join('\n');
const brief = (text: string) => checkNarrativeText(text).map((f) => `${f.rule} ${f.severity} ${f.cell}`);

describe('a prior figure written after the comparison', () => {
  const right = '2021年“三公”经费支出512万元，比上年累计支出530万元减少18万元，下降3.40%，主要原因是压减开支。其中，公务接待支出120万元，比上年累计支出150万元下降30万元，下降20%，下降原因是减少接待。';

  it('is last year’s figure and the base of the change, not this year’s', () => {
    expect(brief(right)).toEqual([]);
  });

  it('is the prior the change is checked against', () => {
    const f = checkNarrativeText(right.replace('比上年累计支出150万元', '比上年累计支出160万元'));
    expect(f.map((x) => `${x.rule} ${x.severity}`)).toEqual(['narrative/change error', 'narrative/change warning']);
    expect(f[0].message).toContain('120.00 − 160.00 = -40.00万元');
    // 30 ÷ 160 = 18.75%: “下降20%” is one printed unit off.
    expect(f[1].message).toContain('30.00 ÷ 160.00 = 18.8%');
  });
});

describe('a change whose subject is named by a clause without figures', () => {
  const text = lines(
    '2021年度“三公”经费支出决算中，公务用车购置及运行费支出决算6.00万元，公务接待费支出决算2.00万元。',
    '2021年度“三公”经费支出决算总额为8.00万元，比去年增加2.00万元，增长33.3%。其中，公务用车购置支出决算比预算无增减变化，比去年无增减变化；公务用车运行维护费支出决算比预算无增减变化，比去年增加1.50万元，增长50%，增加原因主要是检测任务增加；公务接待费支出决算比预算无增减变化，比去年增加0.50万元，增长33.3%，增加原因主要是接待增加。',
    '（二）公务用车购置及运行费支出6.00万元。其中：公务用车购置支出1.50万元，公务用车运行支出4.50万元。',
  );

  it('takes that subject: 公务用车运行 4.50 − 1.50 = 3.00 last year, +50% ✓; never the “三公” total before 其中', () => {
    expect(brief(text)).toEqual([]);
  });

  it('is checked against that subject’s own figure', () => {
    const f = checkNarrativeText(text.replace('增长50%', '增长30%'));
    expect(f.map((x) => `${x.rule} ${x.severity} ${x.cell}`)).toEqual(['narrative/change error L2']);
    expect(f[0].message).toContain('1.50 ÷ 3.00');
  });

  it('is not checked when nothing names it (a figure after 其中 is a part, never the total)', () => {
    const bare = '2021年度“三公”经费支出决算总额为8.00万元，比去年增加2.00万元，增长33.3%，主要原因是检测任务增加。其中，比去年增加1.50万元，增长75%，增加原因主要是检测任务增加。';
    expect(brief(bare)).toEqual([]);
  });
});

describe('numbered 科目 items of a 决算 pasted from a PDF', () => {
  // Each item runs over several passages: a PDF line that ends a sentence ends the passage, not the item.
  const text = lines(
    '2024年度部门决算情况说明',
    '一般公共预算财政拨款支出年初预算为 300.00 万元，支',
    '出决算为 250.00 万元，完成年初预算的 83.33%。决算数小于预',
    '算数的主要原因：部分项目按工作实际调减经费。其中：',
    '1、一般公共服务支出（类）统计信息事务（款）专项普查',
    '活动（项）40.00 万元。',
    '主要用于：全国经济普查。年初预算为 70.00 万元，支出决算为',
    '40.00 万元。决算数小于预算数的主要原因：根据项目实际情况支出。',
    '2、一般公共服务支出（类）群众团体事务（款）一般行政',
    '管理事务（项）60.00 万元。主要用于：妇女儿童工作的支出。',
    '年初预算为 80.00 万元，支出决算为 60.00 万元。决算数小于预',
    '算数的主要原因：减少支出，厉行节约。',
    '3、城乡社区支出（类）城乡社区管理事务（款）行政运行（项）',
    '150.00 万元。主要用于：机关日常运转。年初预算为 150.00 万元，',
    '支出决算为 150.00 万元。决算数与预算数持平。',
  );

  it('are all parts of the total: 40.00 + 60.00 + 150.00 = 250.00, never only the first two', () => {
    expect(brief(text)).toEqual([]);
  });

  it('a wrong item is found against the total, with every item in the sum', () => {
    const f = checkNarrativeText(text.replace('管理事务（项）60.00 万元', '管理事务（项）66.00 万元'));
    const sum = f.find((x) => x.rule === 'narrative/sum');
    expect(sum?.severity).toBe('error');
    expect(sum!.message).toContain('40.00 + 66.00 + 150.00 = 256.00');
  });

  it('numbers that mark only the first 科目 of each 类 do not mark the items: nothing is summed', () => {
    const perClass = text
      .replace('2、一般公共服务支出（类）群众团体事务（款）一般行政', '一般公共服务支出（类）群众团体事务（款）一般行政')
      .replace('3、城乡社区支出（类）', '2、城乡社区支出（类）')
      .replace('150.00 万元。主要用于', '100.00 万元。主要用于')
      .replace('支出决算为 150.00 万元。决算数与预算数持平', '支出决算为 100.00 万元。决算数小于预算数');
    expect(brief(perClass)).toEqual([]);
  });

  it('an item with no figure of its own makes a list of headings, not of amounts', () => {
    const headings = lines(
      '2023 年本年一般公共预算拨款支出 700.00 元,其中:基本支出 700.00 元,项目支出 0元,具体支出预算如下:',
      '(一)一般公共预算支出按支出功能分类科目划分。',
      '初中教育支出 300.00 元,其中:基本支出 300.00 元,项目支出 0元。',
      '高中教育支出 400.00 元,其中:基本支出 400.00 元,项目支出 0元。',
    );
    expect(brief(headings)).toEqual([]);
  });
});

describe('a numbered item whose text runs over several passages', () => {
  const text = lines(
    '2024年度部门决算情况说明',
    '3. “一般公共服务支出（类）群众团体事务（款）一般行政管理事',
    '务（项）”45.41万元，主要用于群众团体事务。',
    '年初预算为50.00万元，支出决算为45.41万元，完成年初预算的',
    '90.82%。',
    '4. “城乡社区支出（类）城乡社区管理事务（款）城管执法（项）”',
    '693.76万元，主要用于城管执法。',
    '年初预算为700.00万元，支出决算为693.76万元，完成年初预算的99.11%。',
  );

  it('goes on about its 科目: the completion rate of the passage after is checked', () => {
    expect(brief(text)).toEqual([]);
    const f = checkNarrativeText(text.replace('90.82%', '95.82%'));
    expect(f.map((x) => `${x.rule} ${x.severity} ${x.cell}`)).toEqual(['narrative/completion error L5']);
    expect(f[0].message).toContain('45.41 ÷ 50.00');
  });

  it('its figure stated again in the passage after must be the same', () => {
    expect(brief(text.replace('支出决算为45.41万元', '支出决算为45.42万元').replace('90.82%', '90.84%'))).toEqual(['narrative/duplicate warning L4']);
  });

  it('the next numbered item does not go on about the one before', () => {
    const f = checkNarrativeText(text.replace('693.76万元，主要用于城管执法。', '主要用于城管执法。'));
    expect(f.filter((x) => x.severity === 'error')).toEqual([]);
  });
});

describe('“主要变动原因如下：” in a passage of its own', () => {
  const text = lines(
    '2018年基本支出预算较上年增 59.11万元,增幅22% 。',
    '主要变动原因如下:',
    '1.工资福利支出较上年增74.23万元,增44 %。主要原因是:增资。',
    '2.商品和服务支出较上年增1.11万元,增3.6%。主要原因是:新增人员。',
    '3.对个人和家庭补助支出较上年(减少)16.23万元,减幅 71 %。主要原因是:退休人员减少。',
  );

  it('breaks down the change before it when its items are parts of it', () => {
    expect(brief(text)).toEqual([]);
    expect(brief(text.replace('增74.23万元', '增94.22万元'))).toEqual(['narrative/sum error L1']);
  });

  it('breaks down nothing when its items are not parts of the figure before it', () => {
    const other = text.replace('2018年基本支出预算较上年增 59.11万元', '2018年项目支出预算较上年增 59.11万元').replace('增74.23万元', '增94.22万元');
    expect(brief(other)).toEqual([]);
  });
});

describe('具体情况如下 after the last item of a sentence', () => {
  it('lists the “三公” items, not parts of the 公务接待费 just before it', () => {
    const text = lines(
      '2025 年度“三公”经费财政拨款支出决算为 37.35 万元。',
      '“三公”经费财政拨款支出决算中，因公出国（境）费支出',
      '决算 0 万元，占 0%；公务用车购置及运行维护费支出决算 37.35',
      '万元，占 100%；公务接待费支出决算 0 万元，占 0%。具体情况',
      '如下：',
      '1、因公出国（境）费支出 0 万元。全年安排因公出国（境）',
      '团组 0 个、累计 0 人次。',
      '2、公务用车购置及运行维护费支出 37.35 万元。其中：',
      '公务用车购置支出为 25 万元。主要用于新购一辆公车。',
      '公务用车运行维护支出 12.35 万元。主要用于汽油费、保险',
      '费、维修费。',
      '3、公务接待费支出 0 万元。',
    );
    expect(brief(text)).toEqual([]);
  });
});

describe('direction words run together by a PDF extraction', () => {
  const text = lines(
    '2025 年度“三公”经费财政拨款支出决算数比 2024 年度减',
    '增加 21.90 万元，增长 141.75%，其中：公务用车购置及运行维护费支出决算增加 21.90 万元，增长 141.75%。公务用车购置及运行维护费支出增加的主要原因是新购置一辆公车。',
  );

  it('are one warning on the words; the change is not checked and no reason is asked for', () => {
    const f = checkNarrativeText(text);
    expect(f.map((x) => `${x.rule} ${x.severity} ${x.cell}`)).toEqual(['narrative/direction warning L1']);
    expect(f[0].message).toContain('“减增加”');
  });

  it('“决算数大小于预算数” is unreadable too', () => {
    const f = checkNarrativeText('支出决算为 19,044.27 万元，完成年初预算的 87.10%。决算数大小于预算数的主要原因：调减项目经费。');
    expect(f.map((x) => `${x.rule} ${x.severity}`)).toEqual(['narrative/direction warning']);
    expect(f[0].message).toContain('大于还是小于');
  });

  it('“无增减变化” is no garble', () => {
    expect(brief('公务用车购置支出决算比预算无增减变化，比去年无增减变化。')).toEqual([]);
  });
});

describe('directions in brackets', () => {
  const text = lines(
    '2018年基本支出预算较上年增 59.11万元,增幅22% 。主要变动原因如下:',
    '1.工资福利支出较上年增74.23万元,增44 %。主要原因是:增资。',
    '2.商品和服务支出较上年增1.11万元,增3.6%。主要原因是:新增人员。',
    '3.对个人和家庭补助支出较上年(减少)16.23万元,减幅 71 %。主要原因是:退休人员减少。',
  );

  it('(减少) reads as 减少: the three classes make the change of 基本支出', () => {
    expect(brief(text)).toEqual([]);
  });

  it('a change of 基本支出 the classes do not make is found', () => {
    const f = checkNarrativeText(text.replace('增74.23万元', '增94.22万元'));
    expect(f.map((x) => `${x.rule} ${x.severity} ${x.cell}`)).toEqual(['narrative/sum error L1']);
    expect(f[0].message).toContain('94.22 + 1.11 − 16.23 = 79.10');
  });
});

describe('reasons given after the change', () => {
  it('for each item: the total needs none of its own', () => {
    const text = lines(
      '2022年“三公”经费支出预算为79万元,比上年预算减少49万元,下降38.28%。其中:因公出国(境)费支出预算为0万元,公务接待费支出预算为4万元,公务用车购置及运行费支出预算为75万元。具体情况如下:',
      '(一)因公出国(境)费支出预算0万元,与2021年预算一致。',
      '(二)公务接待费支出预算4万元,比2021年预算减少4万元,下降50%,下降原因主要是压缩开支。',
      '(三)公务用车购置及运行费支出预算75万元,比2021年预算减少45万元,下降37.5%,下降原因主要是少购车辆。',
    );
    expect(brief(text)).toEqual([]);
  });

  it('for the whole at the end: its items need none of their own', () => {
    const text = lines(
      '2020年“三公”经费决算总额为1023万元,较年初预算减少32%。其中:',
      '一、因公出国(境)经费',
      '2020年因公出国(境)决算支出0万元。',
      '二、公务用车购置及运行维护费',
      '2020年公务用车购置及运行费决算支出785万元,较年初预算减少28%其中:公务用车购置费274万元,公务用车运行维护费511万元。',
      '三、公务接待费',
      '2020年公务接待费决算支出238万元,较年初预算下降42%。',
      '2020年“三公”经费决算支出总额较年初预算减少的主要原因是厉行节约,压减一般性支出。',
    );
    expect(brief(text)).toEqual([]);
  });

  it('but a change of 10% or more with no reason anywhere still gets its warning', () => {
    const f = checkNarrativeText('2024年公务接待费支出预算4万元,比2023年预算减少4万元,下降50%。2024年因公出国(境)费支出预算0万元。');
    expect(f.map((x) => `${x.rule} ${x.severity}`)).toEqual(['narrative/reason warning']);
  });
});

describe('figures printed to whole 万元', () => {
  it('a part list one 万元 off is a rounding warning, not an error', () => {
    const f = checkNarrativeText('2016年公车购置及运行费995万元(其中公务用车购置费38万元,公务用车运行费958万元)。');
    expect(f.map((x) => `${x.rule} ${x.severity}`)).toEqual(['narrative/sum warning']);
    expect(f[0].message).toContain('38.00 + 958.00 = 996.00');
  });

  it('a change one 万元 off the two figures is a rounding warning; further off, an error', () => {
    const text = '2024年“三公”经费预算为20万元，比上年预算数25万元减少5万元，下降20%，主要原因是厉行节约。';
    expect(brief(text)).toEqual([]);
    expect(brief(text.replace('减少5万元', '减少4万元')).filter((x) => x.startsWith('narrative/change') && x.includes('error'))).toEqual([]);
    expect(brief(text.replace('减少5万元', '减少4万元'))[0]).toBe('narrative/change warning L1');
    expect(brief(text.replace('减少5万元', '减少8万元'))[0]).toBe('narrative/change error L1');
  });

  it('a list further off than the rounding is an error', () => {
    const f = checkNarrativeText('2016年公车购置及运行费995万元(其中公务用车购置费38万元,公务用车运行费960万元)。');
    expect(f.map((x) => `${x.rule} ${x.severity}`)).toEqual(['narrative/sum error']);
  });
});

describe('rates one printed unit off', () => {
  const text = '(一)文化旅游体育与传媒支出类科目 850088.30 元,同比减少 54357.12 元,下降 6.01 %,主要原因是项目减少。';

  it('the exact rate is silent', () => {
    expect(brief(text)).toEqual([]);
  });

  it('one unit off (6.00% for 6.0100%) is a warning', () => {
    const f = checkNarrativeText(text.replace('6.01 %', '6.00 %'));
    expect(f.map((x) => `${x.rule} ${x.severity}`)).toEqual(['narrative/change warning']);
    expect(f[0].message).toContain('54,357.12 ÷ 904,445.42 = 6.010%');
  });

  it('further off is an error', () => {
    const f = checkNarrativeText(text.replace('6.01 %', '6.10 %'));
    expect(f.map((x) => `${x.rule} ${x.severity}`)).toEqual(['narrative/change error']);
  });
});

describe('the same figure stated twice in an item', () => {
  const text = '2025年度部门决算情况说明\n15、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）269.86 万元，主要用于:职业年金缴费。年初预算为 285.33 万元，支出决算为 269.86 万元。';

  it('in the same digits is silent', () => {
    expect(brief(text)).toEqual([]);
  });

  it('0.01 apart is a warning; further apart an error', () => {
    expect(brief(text.replace('（项）269.86', '（项）269.85'))).toEqual(['narrative/duplicate warning L2']);
    expect(brief(text.replace('（项）269.86', '（项）296.86'))).toEqual(['narrative/duplicate error L2']);
  });
});

describe('a change of a 决算 figure', () => {
  it('is of this year’s 决算, not of its 年初预算 stated in another paragraph', () => {
    const text = lines(
      '2025年度部门决算情况说明',
      '一般公共预算财政拨款支出 20218.21 万元，占本年支出合计的 99.48%。与 2024 年度相比，一般公共预算财政拨款支出减少 929.49 万元，下降 4.40%。主要原因：基建项目支出减少。',
      '一般公共预算财政拨款支出年初预算为 20707.11 万元，支出决算为 20218.21 万元，完成年初预算的 98%。',
    );
    expect(brief(text)).toEqual([]);
    const f = checkNarrativeText(text.replace('下降 4.40%', '下降 4.35%'));
    expect(f.map((x) => `${x.rule} ${x.severity} ${x.cell}`)).toEqual(['narrative/change error L2']);
    expect(f[0].message).toContain('929.49 ÷ 21,147.70');
  });
});

describe('what each figure was read as', () => {
  it('a garbled change counts as a figure that could not be checked', () => {
    const r = reviewNarrativeText('2025 年度“三公”经费财政拨款支出决算数比 2024 年度减增加 21.90 万元，增长 141.75%。');
    expect(r.coverage.checked).toBe(0);
    expect(r.coverage.unchecked).toBe(r.coverage.figures);
  });
});

describe('against the tables (seed 001, 万元 to two decimals)', () => {
  const wb = new ExcelJS.Workbook();
  for (const make of SEED001_TABLES) {
    const spec = make();
    writeTable(wb.addWorksheet(spec.sheet), spec);
  }
  const tables = recognizeWorkbook(toGrids(wb, 'book.xlsx'));
  const check = (text: string) => checkNarrativeText(text, tables, { source: 'text.txt' }).map((f) => `${f.rule} ${f.severity}`);

  it('a 类 named without its 支出 (“科学技术（类）”) is the table’s 科学技术支出; a 款 with another name is not', () => {
    expect(check('1.科学技术（类）科学技术管理事务（款）行政运行（项）194.69万元，主要用于机关运转。')).toEqual([]);
    expect(check('1.科学技术支出（类）科技管理事务（款）行政运行（项）194.69万元，主要用于机关运转。')).toEqual(['narrative/name warning']);
  });

  it('a figure printed to whole 万元 agrees with the table’s figure rounded; cut off, it is a warning; further off, an error', () => {
    expect(check('2025年收支总预算724万元。科学技术支出（类）228万元。')).toEqual([]);
    expect(check('科学技术支出（类）227万元。')).toEqual(['narrative/amount warning']);
    expect(check('科学技术支出（类）225万元。')).toEqual(['narrative/amount error']);
  });

  it('printed to two decimals like the table, 0.01 apart is a warning', () => {
    expect(check('科学技术支出（类）科学技术管理事务（款）行政运行（项）194.68万元。')).toEqual(['narrative/amount warning']);
  });

  it('年初财政拨款结转和结余 is the carryover, not the income before it', () => {
    expect(check('2025年收入预算724.00万元，其中：一般公共预算拨款收入431.00万元，年初财政拨款结转和结余293.00万元。')).toEqual([]);
  });
});

describe('a change stated again after the paragraph that gave its reason', () => {
  const page = (income: string) =>
    [
      '广水市某卫生院2023年度部门决算',
      '一、收入支出决算总体情况说明',
      '2023年度收、支总计均为4680.58万元。与2022年度相比，收、支总计各减少2415.45万元，下降34%，主要原因是事业收入减少。',
      '二、收入决算情况说明',
      `2023年度收入合计4680.58万元，与2022年度相比，收入合计减少${income}万元，下降34%。其中：财政拨款收入2982.61万元。`,
    ].join('\n');
  const reasons = (text: string) => checkNarrativeText(text).filter((f) => f.rule === 'narrative/reason').map((f) => f.cell);

  it('has that reason: the same amount and rate repeated ask for nothing', () => {
    expect(reasons(page('2415.45'))).toEqual([]);
  });

  it('another change of the same rate still owes its own reason', () => {
    expect(reasons(page('2415.40'))).toEqual(['L5']);
  });

  it('a change first stated without a reason owes one wherever it is repeated', () => {
    expect(reasons(page('2415.45').replace('，主要原因是事业收入减少', ''))).toEqual(['L3', 'L5']);
  });
});

describe('a change ending its passage, and the passage after', () => {
  const page = (next: string) =>
    [
      '某管委会2024年一般公共预算“三公”经费预算情况说明',
      '(二)公务用车购置及运行费支出预算78.7万元，比2023年预算减少7.3万元，下降8.49%。其中：公务用车运行费35.7万元，比2023年预算减少1.3万元，下降3.5%，下降原因主要是落实减碳要求。公务用车购置费43万元，比2023年预算减少6万元，下降12.24%。',
      next,
    ].join('\n');
  const reasons = (text: string) => checkNarrativeText(text).filter((f) => f.rule === 'narrative/reason').map((f) => f.cell);

  it('a passage opening with a reason gives it', () => {
    expect(reasons(page('主要原因是车辆更新周期未到，减少购置安排。'))).toEqual([]);
  });

  it('a passage stating a change of its own first gives its reason to that change, not to the one before', () => {
    expect(reasons(page('(三)公务接待费支出预算240万元，比2023年预算减少10万元，下降4%，下降原因主要是厉行节约。'))).toEqual(['L2']);
  });
});
