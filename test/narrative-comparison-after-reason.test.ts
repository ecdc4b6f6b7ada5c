/**
 * A second comparison of one figure after the reason of the first (578 L47): '…决算收入合计373.21万元,较上年612.33万元减少了
 * 239.12万元,减少比例39%,主要原因是减少基本建设资金和省无线覆盖专项资金,和2018年预算310.88万元比,增加62.22万元,增加20%,
 * 主要原因是当年有省级运维专款' — the comparison opened by 和 and closed by a bare 比 was not read, and the clause was taken
 * for a part of the first reason. 373.21 − 310.88 = 62.33, not 62.22.
 * Wordings and figures of the properties are invented variants.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';

const changeFindings = (text: string) => checkNarrativeText(text).filter((f) => f.rule === 'narrative/change' && (f.severity === 'error' || f.severity === 'warning'));
const wan = (fen: number) => (fen / 100).toFixed(2);
/** As a message prints it: thousands separated. */
const shown = (fen: number) => (fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

describe('a comparison with the budget after the reason of a change on last year (578)', () => {
  const PUBLISHED_578 = [
    '随州市电视调频台2018年部门决算',
    '(一)收入决算情况说明',
    '随州市电视调频台2018年决算收入合计373.21万元,较上年612.33万元减少了239.12万元,减少比例39%,主要原因是减少基本建设资金和省无线覆盖专项资金,和2018年预算310.88万元比,增加62.22万元,增加20%,主要原因是当年有省级运维专款。',
  ].join('\n');

  it('578 L47: 373.21 − 310.88 = 62.33 against the printed 62.22 — an error with the arithmetic', () => {
    const found = changeFindings(PUBLISHED_578);
    expect(found.map((f) => [f.severity, f.cell])).toEqual([['error', 'L3']]);
    expect(found[0].message).toContain('373.21 − 310.88 = 62.33万元');
    expect(found[0].message).toContain('增加62.22万元');
  });

  it('with the right change, nothing', () => {
    expect(changeFindings(PUBLISHED_578.replace('增加62.22万元', '增加62.33万元'))).toEqual([]);
  });

  it('a comparison inside a reason that names its own item stays the reason’s (219), as do figures of items after the reason (421)', () => {
    const text219 =
      '1.总体情况。2019年度收入总计13,826.42万元,支出总计13,826.42万元。收支较上年决算数增加7,101.31万元、增长105.59%,主要原因:一是2019年年初预算收入7031.72万元,比2018年年初预算收入2724.44万元增加4307.28万元;二是2019年年中追加了一般性项目经费132.12万元。';
    expect(changeFindings(text219)).toEqual([]);
    const text421 =
      '2017年度基本支出279万元,2016年度基本支出230万元,2017年比上年基本支出增加49万元,增加原因是2017人员工资及五险相应增加,2017年项目支出2626万元,2016年项目支出398万元,与上年相比增了2228万元,增加的原因是2017年比2016年增加了移民后期扶持资金项目。';
    expect(changeFindings(text421).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('property: the change on the budget after the first reason is checked against the figure and the budget, whatever opens the comparison', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20_000, max: 900_000 }),
        fc.integer({ min: 1_000, max: 19_000 }),
        fc.integer({ min: 1_000, max: 19_000 }),
        fc.integer({ min: -500, max: 500 }),
        fc.constantFrom(['和', '比'], ['与', '比'], ['和', '相比'], ['与', '相比']),
        fc.constantFrom('2018年预算', '2018年年初预算'),
        (current, lastYearDrop, overBudget, slip, [open, close], budgetWords) => {
          const prior = current + lastYearDrop;
          const budget = current - overBudget;
          const printed = overBudget + slip;
          fc.pre(printed > 0);
          const text = [
            '某单位2018年部门决算',
            `某单位2018年决算收入合计${wan(current)}万元,较上年${wan(prior)}万元减少了${wan(lastYearDrop)}万元,主要原因是减少基本建设资金,${open}${budgetWords}${wan(budget)}万元${close},增加${wan(printed)}万元,主要原因是当年有运维专款。`,
          ].join('\n');
          const errors = changeFindings(text).filter((f) => f.severity === 'error');
          // A gap of one printed unit (0.01) is a rounding warning; more is an error.
          expect(errors.length).toBe(Math.abs(slip) > 1 ? 1 : 0);
          for (const e of errors) expect(e.message).toContain(`${shown(current)} − ${shown(budget)} = ${shown(overBudget)}万元`);
        },
      ),
    );
  });
});
