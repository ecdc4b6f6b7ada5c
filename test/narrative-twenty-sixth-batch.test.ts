/**
 * What the twenty-sixth held-out batch (texts 260–269, test/corpus/README.md) showed the checker misreading:
 * a city's monthly report (268) gives falls as '减少0.46亿元,负增长1.21%' — 负增长 is a fall, not the 增长 it ends
 * with; a news report (267) states a total in its lead and again after '…显示,2013年省级(包括…单位)“三公”经费…支出
 * 9.5亿元' — the year opening the figure's clause is its year, though the bracket's 包括 cuts the figure's own words
 * after it and a later paragraph names 2014. Wordings and figures are invented variants of those layouts.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';

const changeFindings = (text: string) =>
  checkNarrativeText(text)
    .filter((f) => f.rule === 'narrative/change' || f.rule === 'narrative/direction')
    .map((f) => `${f.severity} ${f.rule} ${f.cell}`);

const yi = (cents: number) => (cents / 100).toFixed(2);
const tenths = (t: number) => (t / 10).toFixed(1);

const KINDS = ['上划中央收入', '上划省级收入', '地方财政收入', '税收收入'];

describe('负增长 is a fall (twenty-sixth batch, 268)', () => {
  const fall = fc.record({
    kind: fc.constantFrom(...KINDS),
    current: fc.integer({ min: 1_000, max: 900_000 }),
    decrease: fc.integer({ min: 10, max: 50_000 }),
  });
  /** The rate of the fall to two decimals, from the exact figures. */
  const rateOf = (current: number, decrease: number) => ((decrease * 100) / (current + decrease)).toFixed(2);

  it('the published line: silent on 减少0.46亿元 with 负增长1.21% (1.203%, 1.216% at the rounding limits)', () => {
    expect(changeFindings('其中:上划中央收入完成37.78亿元,减少0.46亿元,负增长1.21%;上划省级收入完成8.09亿元,减少766万元,负增长0.94%.')).toEqual([]);
  });

  it('property: a decrease with its 负增长 rate makes no change or direction finding', () => {
    fc.assert(
      fc.property(fall, ({ kind, current, decrease }) => {
        const text = `${kind}完成${yi(current)}亿元,减少${yi(decrease)}亿元,负增长${rateOf(current, decrease)}%。`;
        expect(changeFindings(text)).toEqual([]);
      }),
      { seed: 2601, numRuns: 120 },
    );
  });

  it('property: an increase beside a 负增长 rate is an error of direction on its line', () => {
    fc.assert(
      fc.property(fall, ({ kind, current, decrease }) => {
        const text = `${kind}完成${yi(current)}亿元,增加${yi(decrease)}亿元,负增长${rateOf(current, decrease)}%。`;
        expect(changeFindings(text)).toEqual(['error narrative/direction L1']);
      }),
      { seed: 2602, numRuns: 120 },
    );
  });
});

describe("a year opening the figure's clause after a lead (twenty-sixth batch, 267)", () => {
  const report = fc
    .record({
      year: fc.integer({ min: 2012, max: 2024 }),
      prior: fc.integer({ min: 50, max: 900 }),
      fallShare: fc.integer({ min: 5, max: 60 }),
      budget: fc.integer({ min: 10, max: 900 }),
    })
    .map(({ year, prior, fallShare, budget }) => {
      const current = Math.max(1, Math.round((prior * (100 - fallShare)) / 100));
      return { year, prior, current, budget, rate: (((prior - current) * 100) / prior).toFixed(1) };
    });
  const stated = (year: number, current: number, rate: string) =>
    `财政厅晒出的“账本”显示,${year}年省级(包括省级行政单位、事业单位和其他单位)“三公”经费财政拨款支出${tenths(current)}亿元,下降${rate}%。`;
  const nextBudget = (year: number, budget: number) => `${year + 1}年省级各部门“三公”经费预算合计${tenths(budget)}亿元。`;

  it('the published layout: the total of the lead stated again is not last year\'s figure', () => {
    const text = [
      '  新华网郑州8月30日电(记者梁鹏) 河南省财政厅日前公布了2013年河南省财政收支决算情况,数字显示,河南省2013年省级“三公”经费财政拨款支出为9.5亿元,下降了13.4%;其中,公务接待费下降了36.4%。',
      '  河南省财政厅晒出的“账本”显示,2013年省级(包括省级行政单位、事业单位和其他单位)“三公”经费财政拨款支出9.5亿元,下降13.4%。其中,因公出国(境)费0.4亿元,下降30.9%;公务接待费2.3亿元,下降36.4%。',
      '  据介绍,按照河南省2014年的财政预算报告,2014年河南省级各部门“三公”经费预算按不高于2013年支出控制数编制,合计8.9亿元,比上年预算下降8.2%。',
    ].join('\n');
    expect(changeFindings(text)).toEqual([]);
  });

  it('property: the same year\'s total in the lead and after 显示 makes no change finding', () => {
    fc.assert(
      fc.property(report, ({ year, current, budget, rate }) => {
        const text = [`${year}年省级“三公”经费财政拨款支出为${tenths(current)}亿元,下降了${rate}%。`, stated(year, current, rate), nextBudget(year, budget)].join('\n');
        expect(changeFindings(text)).toEqual([]);
      }),
      { seed: 2603, numRuns: 100 },
    );
  });

  it("property: against last year's stated total the rate is checked — right is silent, ten points off is an error on its line", () => {
    fc.assert(
      fc.property(report, ({ year, prior, current, budget, rate }) => {
        const lead = `${year - 1}年省级“三公”经费财政拨款支出${tenths(prior)}亿元。`;
        expect(changeFindings([lead, stated(year, current, rate), nextBudget(year, budget)].join('\n'))).toEqual([]);
        const wrong = (Number(rate) + 10).toFixed(1);
        expect(changeFindings([lead, stated(year, current, wrong), nextBudget(year, budget)].join('\n'))).toEqual(['error narrative/change L2']);
      }),
      { seed: 2604, numRuns: 100 },
    );
  });
});

describe("a comparison naming 预算 takes a prior that names it (twenty-sixth batch, 267's 2014 line)", () => {
  const years = fc.record({
    year: fc.integer({ min: 2012, max: 2024 }),
    prior: fc.integer({ min: 50, max: 900 }),
    budget: fc.integer({ min: 10, max: 900 }),
    rate: fc.integer({ min: 1, max: 400 }),
  });
  const nextYear = (year: number, budget: number, rate: number) => `${year + 1}年省级各部门“三公”经费预算合计${tenths(budget)}亿元,比上年预算下降${tenths(rate)}%。`;

  it("property: last year's 支出 with no measure word is not taken for 上年预算 — silent whatever the rate", () => {
    fc.assert(
      fc.property(years, ({ year, prior, budget, rate }) => {
        const text = [`${year}年省级“三公”经费财政拨款支出为${tenths(prior)}亿元。`, nextYear(year, budget, rate)].join('\n');
        expect(changeFindings(text)).toEqual([]);
      }),
      { seed: 2605, numRuns: 100 },
    );
  });

  it("property: last year's 预算 stated as such is compared — a rate off by more than its rounding is an error on its line", () => {
    fc.assert(
      fc.property(
        years.filter(({ prior, budget }) => budget < prior),
        ({ year, prior, budget }) => {
          const exact = ((prior - budget) * 100) / prior;
          const text = (rate: string) => [`${year}年省级“三公”经费财政拨款预算为${tenths(prior)}亿元。`, nextYear(year, budget, Math.round(Number(rate) * 10))].join('\n');
          expect(changeFindings(text(exact.toFixed(1)))).toEqual([]);
          expect(changeFindings(text((exact + 5).toFixed(1)))).toEqual(['error narrative/change L2']);
        },
      ),
      { seed: 2606, numRuns: 100 },
    );
  });
});
