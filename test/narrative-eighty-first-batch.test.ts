/**
 * What the eighty-first held-out batch (texts 674–682, test/corpus/README.md) showed the checker missing.
 * - 675 L8 (a keyed error missed): a 乡's 2023 决算, '2023年度收、支总计均为1,145.52万元。与2022年度相比,收、支总计各增加342万元,
 *   增长29.86%' — 29.86% is 342 ÷ 1,145.52, the rise over this year's total; over last year's 803.52 it is 42.56%. The 均 of
 *   '总计均为' stayed in the figure's subject ('收支总计均'), so the change said of '收支总计' found no figure to stand on and none of
 *   the three figures was read. 均 / 都 before 为 now go with the other fillers, as 各 does; 人均, 年均 … keep theirs.
 * Wordings and figures of the properties are invented variants.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';
import { subjectWords } from '../src/engine/narrative/text/subjects';

const findings = (text: string) => checkNarrativeText(text).filter((f) => f.severity === 'error' || f.severity === 'warning');

const LINE_675_8 =
  '2023年度收、支总计均为1,145.52万元。与2022年度相比,收、支总计各增加342万元,增长29.86%。主要变动原因是社会保障就业支出和城乡社区支出的增加。';
const text675 = (line: string) => `第二部分2023年度单位决算情况说明\n一、收入支出决算总体情况说明\n${line}\n(图1:收、支决算总计变动情况图)\n`;

describe('a total said of 收 and 支 with 均为 / 都为 is the figure its change stands on (675 L8)', () => {
  it('the published 675 line: the rate taken over this year’s total is an error, with last year’s 803.52', () => {
    const found = findings(text675(LINE_675_8));
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('error');
    expect(found[0].message).toContain('342.00 ÷ 803.52 = 42.563%，文中为29.86%');
  });

  it('the same line with the rate over last year’s total: no finding', () => {
    expect(findings(text675(LINE_675_8.replace('29.86%', '42.56%')))).toEqual([]);
  });

  it('人均 / 年均 keep their 均: a figure per head is not the total', () => {
    expect(subjectWords('收、支总计均为')).toBe('收支总计');
    expect(subjectWords('收支总计都为')).toBe('收支总计');
    expect(subjectWords('在职职工人均为')).toBe('在职职工人均');
    expect(subjectWords('公用经费年均为')).toBe('公用经费年均');
  });

  it('property: “收、支总计{均|都|各}为T万元 … 各{增加|减少}D万元,{增长|下降}R%” — an error iff R is the change over this year’s total', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10_000, max: 9_999_999 }),
        fc.integer({ min: 5, max: 45 }),
        fc.constantFrom('均', '都', '各'),
        fc.boolean(),
        fc.boolean(),
        (cents, percent, adverb, up, wrongBase) => {
          const total = cents / 100;
          const change = Math.round(total * percent) / 100;
          const last = up ? total - change : total + change;
          const rate = ((wrongBase ? change / total : change / last) * 100).toFixed(2);
          const line = `2023年度收、支总计${adverb}为${total.toFixed(2)}万元。与2022年度相比,收、支总计各${up ? '增加' : '减少'}${change.toFixed(2)}万元,${up ? '增长' : '下降'}${rate}%。主要变动原因是项目支出${up ? '增加' : '减少'}。`;
          const found = findings(text675(line));
          expect(found.filter((f) => f.severity === 'warning')).toEqual([]);
          expect(found.filter((f) => f.severity === 'error')).toHaveLength(wrongBase ? 1 : 0);
        },
      ),
    );
  });
});
