/**
 * Checking 情况说明 prose on its own (no tables): the seeds' genuine slips are found, their right
 * sentences raise nothing, and generated right/wrong breakdowns behave as they should.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText, largestRemainderShares } from '../src/engine/narrative';
import { formatAmount } from '../src/engine/model/money';
import { SEED001_NARRATIVE, SEED003_NARRATIVE } from './fixtures';
import { SEED000_NARRATIVE, SEED002_NARRATIVE } from './narrative-helpers';

const text = (paras: readonly string[]) => paras.join('\n');
const rules = (fs: { rule: string }[]) => fs.map((f) => f.rule).sort();

describe('the seeds’ own explanation text', () => {
  it('seed 003: finds 基本支出 149.07 against its parts 145.07 and 增加0.4万元 for 0.43; its 1.87% is a group made to add up', () => {
    const findings = checkNarrativeText(text(SEED003_NARRATIVE), [], { source: '003.txt' });
    expect(rules(findings)).toEqual(['narrative/change', 'narrative/sum']);
    const sum = findings.find((f) => f.rule === 'narrative/sum')!;
    expect(sum).toMatchObject({ severity: 'error', expected: 145.07, actual: 149.07, sheet: '003.txt' });
    expect(SEED003_NARRATIVE[Number(sum.cell.slice(1)) - 1]).toContain('基本支出149.07万元');
    expect(sum.message).toContain('141.44 + 3.63 = 145.07');
    const change = findings.find((f) => f.rule === 'narrative/change')!;
    expect(change).toMatchObject({ expected: 0.43, actual: 0.4 });
    expect(change.message).toContain('0.43');
    // 4.23 ÷ 225.47 = 1.876% printed 1.87: one hundredth down so that 90.83 + 4.67 + 1.87 + 2.63 = 100.00.
    // Rounding to the printed precision is never a finding (the corpus keys the same adjustment, 16.txt L8, as correct).
    expect(findings.some((f) => f.rule === 'narrative/share')).toBe(false);
  });

  it('seed 000: a performance budget of 2820.57 is not 100% of 项目支出 2827.22', () => {
    const findings = checkNarrativeText(text(SEED000_NARRATIVE));
    expect(findings.map((f) => f.rule)).toEqual(['narrative/share', 'narrative/sections']);
    expect(findings[0]).toMatchObject({ expected: 99.76, actual: 100, cell: 'L17', severity: 'error' });
    expect(findings[0].message).toContain('2827.22');
    // Its 第二部分 never explains 基本支出 (only 名词解释 defines it): an info note, not an error.
    expect(findings[1]).toMatchObject({ severity: 'info', cell: 'L1' });
    expect(findings[1].message).toContain('没有找到关于基本支出的说明');
  });

  it('seed 002: the same sentence with equal figures (1597.07 = 100% of 1597.07) raises nothing, nor does 截至2023年 in a 2024 budget', () => {
    const findings = checkNarrativeText(text(SEED002_NARRATIVE));
    // The excerpt leaves out parts 二 and 五: only that note, at info.
    expect(findings.map((f) => `${f.rule} ${f.severity}`)).toEqual(['narrative/sections info']);
    expect(findings[0].message).toContain('“三公”经费');
  });

  it('a whole explanation covering every part has no sections note; a short text is not judged for sections', () => {
    expect(checkNarrativeText(text(SEED001_NARRATIVE)).filter((f) => f.rule === 'narrative/sections')).toEqual([]);
    expect(checkNarrativeText(text(SEED003_NARRATIVE)).filter((f) => f.rule === 'narrative/sections')).toEqual([]);
    expect(checkNarrativeText('2025年支出预算724.00万元。')).toEqual([]);
  });

  it('seed 001 text alone: every sum (724 = 431 + … + 293; 262.90 = 246 + 16.90; 16.90 = seven items; signed changes) checks out', () => {
    // Its one slip (a project listed as 5万元 where the 绩效目标表 says 8.00) needs the tables: see narrative-check.
    expect(checkNarrativeText(text(SEED001_NARRATIVE))).toEqual([]);
  });
});

describe('sums, shares and changes in prose', () => {
  it('accepts the right sentences of the seeds, checked one by one', () => {
    const right = [
      '2025年预算收入724.00万元，其中：一般公共预算收入431.00万元，基金预算收入0.00万元，上年结转结余293.00万元。',
      '支出预算3658.95万元（含项目支出2827.22万元），其中工资福利和对个人家庭补助支出807.99万元，商品和服务支出821.64万元，对企业补助2029.32万元。',
      '2025年预算收支安排724.00万元，较2024年预算增加71.83万元，其中：基本支出减少5.07万元，主要为人员经费减少1.42万元；公用经费减少3.65万元。项目支出增加76.90万元。',
      '比2024年预算数增加558.21万元，其中工资福利支出增加137.99万元，商品和服务支出增加590.9万元，对企业补助支出减少170.68万元。',
      '一般公共预算 225.47 万元，占 100%，比上年预算增加 61.48 万元，增长 37.49%，主要原因是基本工资增加。',
      '机关运行经费财政拨款预算 3.63 万元，比上年预算减少 2.61 万元，下降 41.89%。根据 2025 年预算编制要求，公用经费统一标识为“保运转”。',
    ];
    for (const s of right) expect(checkNarrativeText(s), s).toEqual([]);
  });

  it('flags a breakdown that does not add up, with the sum it should be', () => {
    const f = checkNarrativeText('2025年支出预算724.00万元，其中基本支出262.90万元，项目支出451.10万元。');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'narrative/sum', expected: 714, actual: 724, cell: 'L1' });
  });

  it('flags a change whose direction words disagree', () => {
    const f = checkNarrativeText('基本支出145.07万元，比上年增加44.23万元，下降43.86%，主要原因是人员增加。');
    expect(rules(f)).toEqual(['narrative/direction']);
  });

  it('flags a wrong growth rate and computes the right one from the stated figures', () => {
    const f = checkNarrativeText('基本支出145.07万元，比上年增加44.23万元，增长45.86%，主要原因是人员增加。');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'narrative/change', expected: 43.86 });
  });

  it('asks for a reason when a change of 10% or more has none', () => {
    const f = checkNarrativeText('项目支出80.4万元，比上年预算增加16.8万元，增长26.41%。');
    expect(rules(f)).toEqual(['narrative/reason']);
    expect(f[0].severity).toBe('warning');
  });

  it('finds a 元 written for 万元 inside a breakdown', () => {
    const f = checkNarrativeText('机关运行经费16.90万元，包括：办公费3.20万元、邮电费4.20元、其他费用9.50万元。');
    expect(rules(f)).toEqual(['narrative/unit']);
  });

  it('calls a part a unit slip only when, read in the other unit, it makes the total within that unit\'s rounding', () => {
    // 9850.00元 is exact to the fen: 1.00 + 0.985 = 1.985 is 0.015 from 2.00, more than the printed figures' rounding.
    const sum = checkNarrativeText('项目支出总计2.00万元，包括：信息化建设经费9850.00万元、维修改造项目1.00万元。');
    expect(rules(sum)).toEqual(['narrative/sum']);
    expect(sum[0].message).toContain('9,851.00');
    // 9950.00元 = 0.995万元: 1.00 + 0.995 = 1.995 rounds to 2.00.
    expect(rules(checkNarrativeText('项目支出总计2.00万元，包括：信息化建设经费9950.00万元、维修改造项目1.00万元。'))).toEqual(['narrative/unit']);
  });

  it('finds placeholders left in the text, and wrong years', () => {
    const f = checkNarrativeText(
      ['2025年部门预算', '2025年一般公共预算拨款XX万元。', '本部门x,xxx个项目待填。', '2024年预算数为194.69万元。'].join('\n'),
    );
    expect(rules(f)).toEqual(['narrative/placeholder', 'narrative/placeholder', 'narrative/year']);
    expect(f.find((x) => x.rule === 'narrative/year')).toMatchObject({ expected: 2025, actual: 2024, cell: 'L4' });
  });

  it('prose naming another year’s 部门预算 without a figure of it is a warning; a title line with it stays an error', () => {
    const stale = checkNarrativeText(['2016年部门预算编制说明', '纳入2015年部门预算编报的单位共1个，属完全中学。编制2016年部门预算时，在职人数214人。'].join('\n'));
    expect(stale.map((x) => `${x.rule} ${x.severity} ${x.cell}`)).toEqual(['narrative/year warning L2']);
    const title = checkNarrativeText(['2016年部门预算编制说明', '2015年部门预算公开', '2016年收入预算2796.76万元。'].join('\n'));
    expect(title.filter((x) => x.rule === 'narrative/year').map((x) => `${x.severity} ${x.cell}`)).toEqual(['error L2']);
  });

  it('the year before’s 决算 named as this 决算’s own scope is a stale year; spoken of, it is not', () => {
    const scope = (year: string) =>
      ['某卫生院2023年度部门决算', '从单位构成看，本部门决算由本级决算和0个下属单位决算组成。', `纳入某卫生院${year}年度部门决算编制范围的二级预算单位包括：`, '2023年度收、支总计均为4680.58万元。'].join('\n');
    expect(checkNarrativeText(scope('2022')).map((x) => `${x.rule} ${x.severity} ${x.cell}`)).toEqual(['narrative/year warning L3']);
    expect(checkNarrativeText(scope('2023'))).toEqual([]);
    expect(checkNarrativeText(['某卫生院2023年度部门决算', '本年支出较2022年度部门决算数增加20万元，增长5%。'].join('\n')).filter((x) => x.rule === 'narrative/year')).toEqual([]);
  });

  it('the execution of another year’s budget is spoken of, not a year written wrongly', () => {
    expect(checkNarrativeText(['2016年部门预算编制说明', '根据2015年部门预算执行情况，2016年收入预算2796.76万元。'].join('\n'))).toEqual([]);
  });

  it('a final account as of the previous year is a slip; a budget as of the previous year-end is not', () => {
    expect(rules(checkNarrativeText('2024年部门决算\n截至2023年12月31日，部门共有车辆2辆。'))).toEqual(['narrative/year']);
    expect(checkNarrativeText('2024年部门预算\n截至2023年12月31日，部门共有车辆2辆。')).toEqual([]);
  });

  it('a date after the report\'s year is a question (the time of publishing), not a proven slip', () => {
    const later = checkNarrativeText('2023年度部门决算\n截至2024年8月末，本部门政府采购合同金额120.00万元。').filter((x) => x.rule === 'narrative/year');
    expect(later.map((x) => x.severity)).toEqual(['warning']);
    const earlier = checkNarrativeText('2023年度部门决算\n截至2022年12月31日，部门共有车辆2辆。').filter((x) => x.rule === 'narrative/year');
    expect(earlier.map((x) => x.severity)).toEqual(['error']);
  });

  it('a date is checked only against a stated year, never one guessed from the years a report speaks of', () => {
    // A 区's 政府采购 news: no title names the year; '2022年' is the year of a figure it compares with.
    const report = [
      '截至2023年6月末，区直单位执行政府采购预算23220.01万元，实际采购支出金额23082.39万元，节约资金137.62万元。',
      '2022年财政一般公共预算支出为190461万元，政府采购支出占一般公共预算支出的比重为12%。',
    ];
    expect(checkNarrativeText(report.join('\n')).filter((x) => x.rule === 'narrative/year')).toEqual([]);
    expect(checkNarrativeText(['2021年度部门决算', '截至2019年12月31日，部门共有车辆3辆。'].join('\n')).map((x) => x.rule)).toEqual(['narrative/year']);
  });
});

describe('amounts in 亿元 are rounded figures', () => {
  const report = (total: string, parts: [string, string, string], unit = '亿元') =>
    `据财政部消息，2023年全国政府采购规模为${total}${unit}。其中，货物、工程、服务政府采购规模分别为${parts[0]}${unit}、${parts[1]}${unit}和${parts[2]}${unit}。`;

  it('three kinds 0.1 亿元 over their total, each printed to 0.1 亿元, is rounding: nothing to report', () => {
    expect(checkNarrativeText(report('33929.6', ['7738.1', '14486.8', '11704.8'])).filter((f) => f.rule === 'narrative/sum')).toEqual([]);
  });

  // 万元 to one decimal are rounded too (a sum kept to the 千元 by no ledger: 287's 彩票公益金 notice); whole 万元 may be an
  // exact budget, and 元 are kept to the 分.
  it('a gap beyond the rounding of 亿元 figures is still reported, and so is one in whole 万元 or 0.1 in 元, which may be exact', () => {
    expect(checkNarrativeText(report('33929.6', ['7738.1', '14486.8', '11705.1'])).map((f) => f.rule)).toContain('narrative/sum');
    expect(checkNarrativeText(report('33929.6', ['7738.1', '14486.8', '11704.8'], '万元')).filter((f) => f.rule === 'narrative/sum')).toEqual([]);
    expect(checkNarrativeText(report('33930', ['7738', '14487', '11706'], '万元')).map((f) => `${f.rule} ${f.severity}`)).toEqual(['narrative/sum warning']);
    expect(checkNarrativeText(report('33929.6', ['7738.1', '14486.8', '11704.8'], '元')).map((f) => `${f.rule} ${f.severity}`)).toEqual(['narrative/sum warning']);
  });

  it('property: kinds and their total each rounded to 0.1 亿元 from exact amounts never make a sum finding', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5_000_000 }), { minLength: 3, maxLength: 3 }), (cents) => {
        const tenths = (c: number) => (Math.round(c / 10) / 10).toFixed(1); // 0.01 亿元 units → printed to 0.1
        const total = cents.reduce((a, b) => a + b, 0);
        const text = report(tenths(total), [tenths(cents[0]), tenths(cents[1]), tenths(cents[2])]);
        expect(checkNarrativeText(text).filter((f) => f.rule === 'narrative/sum')).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('properties', () => {
  const amount = fc.integer({ min: 1, max: 9_999_999 }); // in 0.01 万元
  const w = (n: number) => (n / 100).toFixed(2);

  it('a right breakdown "X万元，其中：A万元，B万元…" never raises a finding', () => {
    fc.assert(
      fc.property(fc.array(amount, { minLength: 2, maxLength: 8 }), (parts) => {
        const total = parts.reduce((s, p) => s + p, 0);
        const s = `2025年支出预算${w(total)}万元，其中：${parts.map((p, i) => `第${i + 1}项支出${w(p)}万元`).join('，')}。`;
        expect(checkNarrativeText(s)).toEqual([]);
      }),
    );
  });

  it('changing one part by more than the rounding allowance is always found', () => {
    fc.assert(
      fc.property(fc.array(amount, { minLength: 2, maxLength: 6 }), fc.nat(), fc.integer({ min: 10, max: 100_000 }), (parts, pick, delta) => {
        const total = parts.reduce((s, p) => s + p, 0);
        const i = pick % parts.length;
        const wrong = parts.map((p, j) => (j === i ? p + delta : p));
        // A prefix of the parts that already makes the total is read as the whole breakdown (as a clerk would).
        fc.pre(wrong.every((_, k) => wrong.slice(0, k + 1).reduce((s, p) => s + p, 0) !== total));
        const s = `支出预算${w(total)}万元，其中：${wrong.map((p, j) => `第${j + 1}项${w(p)}万元`).join('；')}。`;
        const f = checkNarrativeText(s);
        expect(f.map((x) => x.rule)).toEqual(['narrative/sum']);
        expect(Math.round(f[0].expected! * 100)).toBe(total + delta);
      }),
    );
  });

  it('shares rounded half up, truncated or adjusted by largest remainder are accepted', () => {
    fc.assert(
      fc.property(fc.array(amount, { minLength: 2, maxLength: 6 }), fc.constantFrom('round', 'truncate', 'largest-remainder'), (parts, how) => {
        const total = parts.reduce((s, p) => s + p, 0);
        const shares =
          how === 'largest-remainder'
            ? largestRemainderShares(parts).map((x) => x / 100)
            : parts.map((p) => (how === 'round' ? Math.round((p * 10_000) / total) : Math.floor((p * 10_000) / total)) / 100);
        const line = `支出预算${w(total)}万元，其中：${parts.map((p, i) => `第${i + 1}项${w(p)}万元，占${shares[i].toFixed(2)}%`).join('；')}。`;
        // A truncated group may miss 100% by a few hundredths: a warning at most, never an error.
        expect(checkNarrativeText(line).filter((f) => f.severity === 'error')).toEqual([]);
        if (how !== 'truncate') expect(checkNarrativeText(line)).toEqual([]);
      }),
    );
  });

  it('a share two hundredths or more beyond what the rounded figures allow is an error with the right share', () => {
    const big = fc.integer({ min: 100_000, max: 9_999_999 }); // 1,000.00 – 99,999.99 万元: rounding moves a share by < 0.001
    fc.assert(
      fc.property(fc.array(big, { minLength: 2, maxLength: 6 }), fc.integer({ min: 2, max: 500 }), fc.boolean(), (parts, hundredths, up) => {
        const total = parts.reduce((s, p) => s + p, 0);
        const exact = (parts[0] * 10_000) / total;
        const wrong = Math.round(exact) + (up ? hundredths : -hundredths);
        fc.pre(wrong > 0 && wrong < 10_000);
        const shares = parts.map((p, i) => (i === 0 ? wrong : Math.round((p * 10_000) / total)) / 100);
        const line = `支出预算${w(total)}万元，其中：${parts.map((p, i) => `第${i + 1}项${w(p)}万元，占${shares[i].toFixed(2)}%`).join('；')}。`;
        const f = checkNarrativeText(line);
        expect(f.map((x) => `${x.rule} ${x.severity}`)).toEqual(['narrative/share error']);
        expect(f[0].expected).toBe(Math.round(exact) / 100);
        expect(f[0].message).toContain(`${formatAmount(parts[0] / 100, 2)} ÷ ${formatAmount(total / 100, 2)}`);
      }),
    );
  });

  it('a share one hundredth off, in a group that then misses 100%, is a warning', () => {
    const f = checkNarrativeText(
      '基本支出预算 881300.39 元,其中:工资福利支出预算 716052.51 元,占基本支出预算81.25%;商品和服务支出预算 165247.88 元,占基本支出预算18.76%。',
    );
    expect(f.map((x) => `${x.rule} ${x.severity}`)).toEqual(['narrative/share warning']);
    expect(f[0].message).toContain('18.75');
    expect(f[0].message).toContain('100.01%');
  });
});
