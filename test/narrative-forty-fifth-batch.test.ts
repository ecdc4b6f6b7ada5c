/**
 * What the forty-fifth held-out batch (texts 370–378, test/corpus/README.md) showed the checker calling wrong on correct figures.
 * - 370 L8 (3 errors) and 371 L4, L6, L7 (5 errors): the plan of a completion rate named '年计划' or '年度预算' ('占年计划34300万元的
 *   106.12%', '占年度预算22443万元的106.9%,较上年21012万元,增收2980万元') was not known as a completion base, so it was taken for
 *   this year's figure of the change after it, and the parts' plans were compared with the total's.
 * - 372 L6 (1 error): '收入1237万元,安排支出1169万元,结转下年使用68万元。其中:' then '1.福利彩票公益金498万元…' '2.体育彩票公益
 *   金739万元…' — the nearest figure, 68, was taken for the one broken down though the items make the 收入 1237.
 * Wordings and figures of the properties are invented variants.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';

const findings = (text: string) => checkNarrativeText(text).filter((f) => f.severity === 'error' || f.severity === 'warning');

describe('the plan of a completion rate named 年计划 or 年度预算 is not the amount reported (370 L8, 371 L4)', () => {
  it('the published 370 line raises nothing', () => {
    const line =
      '2021年,全县一般公共预算收入完成112853万元,占年计划100500万元的112.29%,同比增长21.41%。其中,上划中央收入完成36400万元,占年计划34300万元的106.12%,同比增长21.73%;上划省级收入完成8777万元,占年计划7855万元的111.74%,同比增长74.95%;一般公共预算地方收入完成67676万元,占年计划58345万元的115.99%,同比增长16.61%。';
    expect(findings(line)).toEqual([]);
  });

  it('the published 371 line raises nothing', () => {
    const line =
      '2021年全县财政总收入完成23992万元,占年度预算22443万元的106.9%,较上年21012万元,增收2980万元,增幅14.2%。其中:上划中、省、市收入完成12503万元,占年度预算10443万元的119.7%,较上年9040万元,增收3463万元,增幅38.3%。2021年,我县完成地方财政收入11489万元,占年度预算12000万元的95.7%,较上年决算11972万元,减收483万元,减幅4%。';
    expect(findings(line)).toEqual([]);
  });

  it('property: the change against the prior is checked on the amount, not on the plan; a wrong change is still an error', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000, max: 900_000 }),
        fc.integer({ min: 1_000, max: 900_000 }),
        fc.integer({ min: 1_000, max: 900_000 }),
        fc.constantFrom('年度预算', '年计划', '年初预算'),
        fc.integer({ min: 0, max: 3 }),
        (actual, plan, prior, planWord, slipChoice) => {
          fc.pre(actual !== prior && Math.abs(actual - prior) > 100);
          const slip = [0, 0, 37, -53][slipChoice];
          const change = Math.abs(actual - prior) + slip;
          fc.pre(change > 0);
          const [way, rateWord] = actual > prior ? ['增收', '增幅'] : ['减收', '减幅'];
          const rate = ((Math.abs(actual - prior) / prior) * 100).toFixed(1);
          const line = `全县财政总收入完成${actual}万元,占${planWord}${plan}万元的${((actual / plan) * 100).toFixed(1)}%,较上年${prior}万元,${way}${change}万元,${rateWord}${rate}%。`;
          const errors = findings(line).filter((f) => f.severity === 'error');
          if (slip === 0) expect(errors).toEqual([]);
          else expect(errors.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('a 其中 after a sentence of several figures breaks down the one its items make (372 L6)', () => {
  it('the published 372 lines raise nothing', () => {
    const text = [
      '地方留成彩票公益金,纳入政府性基金管理,专项用于社会福利、体育等社会公益事业。2021年市级彩票公益金收入1237万元,安排支出1169万元,结转下年使用68万元。其中:',
      '1.福利彩票公益金498万元,按照“扶老、助残、救孤、济困、赈灾”的宗旨,安排用于为养老、孤残人员、特殊困难人群等服务的社会福利事业286万元;下达西峰区144万元,主要用于西峰区社会福利事业项目;结余68万元,转下年度继续使用。',
      '2.体育彩票公益金739万元,主要用于公共体育场馆维修、群众体育运动、青少年和竞技体育发展项目、农村体育事业发展等532万元;下达西峰区207万元,主要用于组织开展全民健身活动等体育事业项目。',
    ].join('\n');
    expect(findings(text)).toEqual([]);
  });

  it('property: items making the first figure pass; items making none of the figures are still an error', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 90_000 }), fc.integer({ min: 100, max: 90_000 }), fc.integer({ min: 10, max: 5_000 }), fc.integer({ min: 0, max: 2 }), (a, b, carried, slipChoice) => {
        const income = a + b;
        fc.pre(carried < income);
        const spent = income - carried;
        const slip = [0, 0, 71][slipChoice];
        const text = [
          `2023年市级彩票公益金收入${income + slip}万元,安排支出${spent + slip}万元,结转下年使用${carried}万元。其中:`,
          `1.福利彩票公益金${a}万元,用于社会福利事业。`,
          `2.体育彩票公益金${b}万元,用于体育事业。`,
        ].join('\n');
        fc.pre(slip === 0 || (a + b !== spent + slip && a + b !== carried));
        const errors = findings(text).filter((f) => f.severity === 'error');
        if (slip === 0) expect(errors).toEqual([]);
        else expect(errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });
});
