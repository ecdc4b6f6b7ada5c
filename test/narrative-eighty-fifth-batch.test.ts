/**
 * What the eighty-fifth held-out batch (texts 701–709, test/corpus/README.md) showed the checker calling wrong.
 * - 701 L18, L20, L28 (3 false warnings): a 示范区's 公告 of its 教育经费 statistics ('示范区教育经费总投入为5024万元',
 *   '国家财政性教育经费…为4453万') was asked for the reasons of its per-pupil rises ('增长15.78%', '19.64%', '26.67%') as if
 *   it were a 部门's 说明: it names itself '示范区', never '全区', so nothing marked it as a report on a whole jurisdiction.
 *   The terms of the 教育经费 statistics ('教育经费总投入', '国家财政性教育经费') now mark it, as 全市 / 全县 do.
 * Wordings and figures of the properties are invented variants.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';
import { readGovernmentReport } from '../src/engine/narrative/text/checks/reasons';

const asked = (text: string) => checkNarrativeText(text).filter((f) => f.message.includes('未说明原因'));

const LINE_701_6 =
  '2017年,示范区教育经费总投入为5024万元,比上年的4883万元增加141万元,增长2.88%。其中,国家财政性教育经费(主要包括一般公共预算安排的教育经费,政府性基金预算安排的教育经费,社会服务收入用于教育的经费等)为4453万比去年4432万增长0.47%。';
const LINES_701_16_28 = [
  '2017年示范区普通小学、普通初中学校生均一般公共预算教育事业费支出情况是:',
  '(1)示范区普通小学为6497元,比上年的5612元增长15.78%。',
  '2)示范区普通初中为8477元,比上年的7085元增长19.64%。',
  '2017年示范区普通小学、普通初中学校生均一般公共预算公用经费支出情况是:',
  '1)示范区普通小学为1037元,比上年的1032元增长0.57%。',
  '2)示范区普通初中为1116元,比上年的881元增长26.67%。',
];
const text701 = (opening: string) => ['2017年示范区教育经费执行情况公告', '一、示范区教育经费情况', opening, ...LINES_701_16_28, ''].join('\n');

describe('the terms of the 教育经费 statistics mark a report on a whole jurisdiction (701 L18, L20, L28)', () => {
  it('the published 701 lines: no reason asked for the per-pupil rises', () => {
    expect(asked(text701(LINE_701_6))).toEqual([]);
  });

  it('without the statistics’ terms, and with a body’s own voice, the reasons are asked for', () => {
    const own = '2017年,本单位教育事业费支出为5024万元,比上年的4883万元增加141万元,增长2.88%。';
    expect(asked(text701(own)).map((f) => f.cell)).toEqual(['L5', 'L6', 'L9']);
  });

  it('property: a jurisdiction however named reports its 教育经费 statistics without reasons; a 部门 speaking of them still owes them', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('示范区', '开发区', '高新区', '新区', '经济技术开发区', '综合试验区'),
        fc.constantFrom('教育经费总投入为', '教育经费总收入', '国家财政性教育经费为', '国家财政性教育经费总投入'),
        fc.integer({ min: 100, max: 99_999 }),
        (place, term, amount) => {
          const report = `2020年,${place}${term}${amount}万元,比上年增长12.5%。`;
          expect(readGovernmentReport(report)).toBe(true);
          expect(readGovernmentReport(`${report}本单位基本支出${amount}万元。`)).toBe(false);
          expect(readGovernmentReport(`2020年,${place}教育经费${amount}万元,比上年增长12.5%。`)).toBe(false);
        },
      ),
    );
  });
});
