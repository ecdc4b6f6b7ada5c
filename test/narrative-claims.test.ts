/**
 * The wording families of real 情况说明 (the corpus and the seeds show them; the variants here are
 * written for these tests): for each, a right sentence that a naive checker misreads raises nothing,
 * and a wrong one is found with its arithmetic in the message. A sentence the checker cannot read
 * with certainty raises nothing and is counted as unchecked.
 */
import { describe, expect, it } from 'vitest';
import { checkNarrativeText, reviewNarrativeText } from '../src/engine/narrative';

const lines = (...ls: string[]) => ls.join('\n');
const brief = (text: string) => checkNarrativeText(text).map((f) => `${f.rule} ${f.severity} ${f.cell}`);

describe('figures a naive checker misreads', () => {
  it('a prior-year amount in the sentence is the base of the change, not this year’s figure', () => {
    const right = '2024年部门“三公”经费预算为86.50万元，较2023年的92.30万元减少5.80万元，下降6.3%，主要原因是压减公务接待。';
    expect(brief(right)).toEqual([]);
    const f = checkNarrativeText(right.replace('下降6.3%', '下降6.7%'));
    expect(f.map((x) => x.rule)).toEqual(['narrative/change']);
    expect(f[0].message).toContain('5.80 ÷ 92.30 = 6.28%');
  });

  it('a share of a named whole is checked against that whole, not the nearest total', () => {
    const text = lines(
      '2024年本年支出合计2500.00万元，其中：基本支出1500.00万元，占60.00%；项目支出1000.00万元，占40.00%。',
      '2024年一般公共预算财政拨款支出800.00万元，占本年支出合计的32.00%。',
    );
    expect(brief(text)).toEqual([]);
    const f = checkNarrativeText(text.replace('32.00%', '23.00%'));
    expect(f.map((x) => `${x.rule} ${x.cell}`)).toEqual(['narrative/share L2']);
    expect(f[0].message).toContain('800.00 ÷ 2,500.00 = 32.000%');
  });

  it('a change amount and a nested 其中 are not parts of the total; items of the next paragraph are', () => {
    expect(brief('财政拨款收入950.12万元，比上年增加0.46万元；事业收入262.00万元。')).toEqual([]);
    const nested = lines(
      '2024年“三公”经费预算数为37.91万元，比上年预算减少10万元。其中：',
      '（一）因公出国（境）费0万元，与上年持平。',
      '（二）公务用车购置及运行费36.56万元，其中：公务用车购置费15万元，公务用车运行费21.56万元。',
      '（三）公务接待费1.35万元，与上年持平。',
    );
    expect(brief(nested)).toEqual([]);
    const f = checkNarrativeText(nested.replace('公务接待费1.35万元', '公务接待费1.53万元'));
    expect(f.map((x) => `${x.rule} ${x.cell}`)).toEqual(['narrative/sum L1']);
    expect(f[0].message).toContain('0.00 + 36.56 + 1.53 = 38.09');
  });

  it('assets of other kinds after a 固定资产 breakdown are not its parts', () => {
    expect(brief('截至2023年12月31日，本部门固定资产3149.52万元，其中：车辆7辆，其他固定资产0万元。在建工程1项12277.73万元。无形资产471项234.37万元。')).toEqual([]);
  });

  it('a comparison year written as the report year is a slip; a 决算 compared with its own year’s 预算 is not', () => {
    const f = checkNarrativeText(lines('2025年部门预算编制说明', '2025年收入预算724.00万元，比2025年预算增加71.83万元。'));
    expect(f.map((x) => `${x.rule} ${x.cell}`)).toEqual(['narrative/year L2']);
    expect(checkNarrativeText(lines('2024年度部门决算情况说明', '2024年支出决算为9746.50万元，比2024年年初预算减少463.84万元。'))).toEqual([]);
  });
});

describe('completion rates and the words comparing 决算 with 预算', () => {
  it('finds a 完成预算 rate that is not 决算 ÷ 预算, with the arithmetic', () => {
    const right = '2023年度“三公”经费支出预算为4万元，支出决算为2.60万元，完成预算的65%，较上年减少0.40万元，下降13.3%。决算数小于预算数的主要原因是压减公务接待。';
    expect(brief(right)).toEqual([]);
    const f = checkNarrativeText(right.replace('完成预算的65%', '完成预算的35%'));
    expect(f.map((x) => x.rule)).toEqual(['narrative/completion']);
    expect(f[0].message).toContain('2.60 ÷ 4 = 65.0%，文中为35%');
  });

  it('a zero budget has no completion rate', () => {
    expect(brief('因公出国（境）费年初预算为0万元，决算为0万元，完成年初预算的0.00%。')).toEqual([]);
  });

  it('“决算数大于预算数” under a rate below 100% is a slip', () => {
    const f = checkNarrativeText('行政运行（项）年初预算为1115.48万元，支出决算为1092.80万元，完成年初预算的97.97%，决算数大于预算数的主要原因是人员增加。');
    expect(f.map((x) => `${x.rule} ${x.severity}`)).toEqual(['narrative/direction error']);
  });

  it('“持平” between two different figures is a slip', () => {
    const f = checkNarrativeText('1. “公共安全支出（类）司法（款）公共法律服务（项）”18.00万元，主要用于公共法律服务。2022年当年预算执行数为15.00万元，2023年预算安排18.00万元，比2022年预算执行数持平，主要原因是经费不变。');
    expect(f.map((x) => x.rule)).toEqual(['narrative/direction']);
  });
});

describe('changes', () => {
  it('增 / 减 that contradict each other are a slip', () => {
    expect(brief('商品和服务支出较上年减0.04万元，增0.01%，主要原因是工会经费增加。')).toEqual(['narrative/direction error L1']);
  });

  it('a change stated a sentence away from its amounts is checked against them, a one-hundredth gap as a warning', () => {
    const text = lines(
      '2024年度“三公”经费预算总计30.50万元，其中：因公出国（境）经费0万元，公务接待12.50万元，公务用车运行费用18.00万元。',
      '2023年度“三公”经费合计支出28.10万元，其中：因公出国（境）经费0万元，公务接待13.20万元，公务用车运行费用14.90万元。',
      '2024年度“三公”经费预算较2023年度增加2.40万元，其中公务接待较上年同期减少0.70万元，减少5.30%。公务用车运行费用较上年同期增加3.10万元，增长20.81%，主要原因是车辆老化。',
    );
    expect(brief(text)).toEqual([]);
    expect(brief(text.replace('减少0.70万元，减少5.30%', '减少0.69万元，减少5.23%'))).toEqual(['narrative/change warning L3']);
    const wrong = checkNarrativeText(text.replace('增加3.10万元，增长20.81%', '增加3.60万元，增长24.16%'));
    // The item change is wrong, and so the item changes no longer make the total change either.
    expect(wrong.map((x) => `${x.rule} ${x.severity}`).sort()).toEqual(['narrative/change error', 'narrative/sum error']);
    expect(wrong.find((x) => x.rule === 'narrative/change')!.message).toContain('18.00 − 14.90 = 3.10');
  });

  it('a total change that the numbered item changes after “如下” do not make is found', () => {
    const text = lines(
      '2019年基本支出预算较上年增12.5万元，增幅10.12%。主要变动原因如下：',
      '1.工资福利支出较上年增10.2万元，增11.36%。主要原因是调资。',
      '2.商品和服务支出较上年增3.3万元，增12.00%。主要原因是办公费增加。',
      '3.对个人和家庭的补助支出较上年减0.5万元，减幅5.00%。主要原因是退休人员减少。',
    );
    const f = checkNarrativeText(text);
    expect(f.map((x) => `${x.rule} ${x.cell}`)).toEqual(['narrative/sum L1']);
    expect(f[0].message).toContain('10.20 + 3.30 − 0.50 = 13.00');
    expect(brief(text.replace('增12.5万元，增幅10.12%', '增13.0万元，增幅10.12%'))).toEqual([]);
  });

  it('a part whose base would be more than the whole’s base is found (增加0.11万元, 增幅0.01% means 1100万元 last year)', () => {
    const text = lines(
      '2019年基本支出预算较上年增17.1万元，增幅17.18%。主要变动原因如下：',
      '1.工资福利支出较上年增18.67万元，增21.86%。主要原因是调资。',
      '2.商品和服务支出较上年减1.68万元，减幅8.00%。主要原因是压减支出。',
      '3.对个人和家庭补助支出较上年增加0.11万元，增幅0.01%。主要原因是职称变动。',
    );
    const f = checkNarrativeText(text);
    expect(f.map((x) => `${x.rule} ${x.cell}`)).toEqual(['narrative/change L4']);
    expect(f[0].message).toContain('0.11 ÷ 0.01% = 1,100.00万元');
  });

  it('an increase larger than what there is now is impossible', () => {
    const f = checkNarrativeText('政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元。');
    expect(f.map((x) => x.rule)).toEqual(['narrative/change']);
    expect(f[0].message).toContain('0.00 − 1,421.25 = -1,421.25');
  });

  it('a new item (上年为0) may say “增长100%”; “减少100%” means nothing is left', () => {
    expect(brief('2023年预算执行数为0万元，2024年预算安排60.13万元，比2023年预算执行数增加100.00%，主要原因是新增专项普查。')).toEqual([]);
    expect(brief('项目支出0元，同比减少47600元，下降100%，主要原因是经费并入基本支出。')).toEqual([]);
    expect(brief('项目支出5000元，同比减少47600元，下降100%，主要原因是经费并入基本支出。')).toEqual(['narrative/change error L1']);
  });

  it('“下降100%” with a little left: right at a precision of 0.01%, loose (a warning) at a whole percent', () => {
    // 199.99 ÷ 200.00 = 99.995%, printed 100.00%: the rounding is right, nothing to say.
    expect(brief('项目支出0.01万元，比上年200.00万元减少199.99万元，下降100.00%，主要原因是经费并入基本支出。')).toEqual([]);
    // 47600 ÷ 47800 = 99.58%, printed 100%: rounds to it, but reads as nothing left.
    const [f] = checkNarrativeText('项目支出200元，同比减少47600元，下降100%，主要原因是经费并入基本支出。');
    expect(`${f.rule} ${f.severity}`).toBe('narrative/change warning');
    expect(f.message).toContain('99.58%');
  });
});

describe('the same indicator twice, and words left out', () => {
  it('a 科目 whose amount is stated twice with different values (copied from the item above) is found', () => {
    const text = lines(
      '1. “社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）”441.25万元，主要用于养老保险。2022年当年预算执行数为274.85万元，2023年预算安排441.25万元，比2022年预算执行数增加60.54%。主要原因是基数调整。',
      '2. “社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）”220.63万元，主要用于职业年金。2022年当年预算执行数为132.59万元，2023年预算安排441.25万元，比2022年预算执行数增加66.40%。主要原因是基数调整。',
    );
    const f = checkNarrativeText(text);
    expect(f.map((x) => `${x.rule} ${x.cell}`)).toEqual(['narrative/change L2', 'narrative/duplicate L2']);
    expect(f[1].message).toContain('与上一条');
  });

  it('a share whose number is missing, an empty reason and a comparison without 增 or 减 are warnings', () => {
    expect(brief('商品和服务支出预算75800元，占基本支出预算%，同比增加2044.27元，增长2.77%。')).toEqual(['narrative/missing warning L1']);
    expect(brief('公务用车购置及运行费6.40万元，与2023年预算持平，主要原因是。')).toEqual(['narrative/reason warning L1']);
    expect(brief('财政拨款收入950.12万元，比上年预算0.46万元。')).toEqual(['narrative/direction warning L1']);
    expect(brief('财政拨款收入950.12万元，较上年3.5%。')).toEqual(['narrative/direction warning L1']);
  });

  it('a change of 10% or more needs a reason, in its sentence or in the breakdown that follows', () => {
    expect(brief('教育支出5,806,105.16元，同比增加3,520,772.45元，增长154.06%。')).toEqual(['narrative/reason warning L1']);
    const explained = lines(
      '本单位2023年度本年收入390.55万元，较2022年度决算数减少175.26万元，下降31%。收入具体情况如下。',
      '1.一般公共预算财政拨款收入382.17万元，较2022年度决算数减少157.86万元，下降29.2%，主要原因是人员减少。',
    );
    expect(brief(explained)).toEqual([]);
  });

  it('a reason that names another listed 科目 and not its own was copied', () => {
    const item = (n: number, kuan: string, xiang: string, reason: string) =>
      `${n}. “城乡社区支出（类）${kuan}（款）${xiang}（项）”10.00万元，主要用于${xiang}。2022年当年预算执行数为10.00万元，2023年预算安排10.00万元，比2022年预算执行数持平。主要原因是：${reason}。`;
    const text = lines(
      item(1, '城乡社区管理事务', '行政运行', '行政运行经费保持不变'),
      item(2, '城乡社区管理事务', '一般行政管理事务', '一般行政管理事务经费保持不变'),
      item(3, '城乡社区管理事务', '城管执法', '城乡社区管理事务一般行政管理事务经费保持不变'),
    );
    expect(brief(text)).toEqual(['narrative/reason warning L3']);
  });
});

describe('coverage', () => {
  it('counts the figures it checked and those it could not read with certainty', () => {
    const r = reviewNarrativeText(lines('支出预算724.00万元，其中：基本支出262.90万元，项目支出461.10万元。', '另有专项资金35.00万元，占比约4.8%。'));
    expect(r.coverage).toEqual({ figures: 5, checked: 3, unchecked: 2 });
    expect(r.checks).toEqual([{ rule: 'narrative/figures', status: 'passed', reason: '情况说明中共 5 处数字，核对 3 处，未发现错误；情况说明中 2 处数字未能核对（含义不能确定，或没有可对照的数字）' }]);
  });
});
