/**
 * What the eighty-fourth held-out batch (texts 692–700, test/corpus/README.md) showed the checker calling wrong.
 * - 692 L9, L10, L12 (3 warnings for a wrong reason): a 市教育局's 公告 of the city's 教育经费 statistics, '全市地方教育经费
 *   总投入132.65亿元', asked for the reasons of its falls ('下降13.86%', '88.29%', '18.02%') as if it were a 部门's 说明. The
 *   公告 speaks of the whole city, but its per-student figures, '生均一般公共预算公用经费' and '按在校学生人数平均的一般公共预算
 *   公用经费支出为3058.95元', sounded like a 部门's own 公用经费 and hid that. A 公用经费 named per head is now no 部门's voice.
 * Wordings and figures of the properties are invented variants.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';
import { readGovernmentReport } from '../src/engine/narrative/text/checks/reasons';

const findings = (text: string) => checkNarrativeText(text).filter((f) => f.severity === 'error' || f.severity === 'warning');

const LINES_692_9_12 = [
  '(二)民办学校中举办者投入0.42亿元,比上年减少0.07亿元,下降13.86%。',
  '(三)捐赠收入0.01亿元,比上年减少0.03亿元, 下降88.29%。',
  '(四)事业收入13.94亿元,比上年减少0.77亿元,下降5.17%。其中:学费收入12.84亿元,比上年减少0.76亿元,下降5.6%。',
  '(五)其他收入2.57亿元,比上年减少0.56亿元,下降18.02%。',
];
const LINE_692_6 = '2024年,全市地方教育经费总投入132.65亿元,比上年减少2.95亿元,下降2.18%。具体为:';
const LINES_692_20_21 = [
  '(四)生均一般公共预算公用经费支出情况',
  '2024年,全市按在校学生人数平均的一般公共预算公用经费支出为3058.95元,比上年增长2.92%。',
];
const text692 = (perStudent: string[]) => ['一、全市地方教育经费情况', LINE_692_6, ...LINES_692_9_12, '二、一般公共预算教育经费情况', ...perStudent, ''].join('\n');

describe('a 公用经费 named per head is no 部门’s voice (692 L9, L10, L12)', () => {
  it('the published 692 lines: no reason asked for; the 事业收入’s rate slip (L11) is still found', () => {
    const found = findings(text692(LINES_692_20_21));
    expect(found.filter((f) => f.message.includes('未说明原因'))).toEqual([]);
    expect(found.map((f) => f.cell)).toEqual(['L5']);
    expect(found[0].message).toContain('0.77 ÷ 14.71 = 5.235%');
  });

  it('with the city’s own 公用经费 instead of the per-student one, the falls’ reasons are asked for again', () => {
    const own = ['(四)公用经费支出情况', '2024年,本局公用经费支出为3058.95万元,比上年增长2.92%。'];
    const asked = findings(text692(own)).filter((f) => f.message.includes('未说明原因'));
    expect(asked.map((f) => f.cell)).toEqual(['L3', 'L4', 'L6']);
  });

  it('property: a report on the whole city stays a government’s with a per-head 公用经费, and becomes a 部门’s with its own', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('生均', '人均', '平均的', '按在校学生人数平均的', '年人均'),
        fc.constantFrom('', '一般公共预算', '义务教育'),
        fc.integer({ min: 100, max: 99_999 }),
        (perHead, between, amount) => {
          const opening = `全市地方教育经费总投入${amount}万元。`;
          expect(readGovernmentReport(`${opening}${perHead}${between}公用经费为${amount}元。`)).toBe(true);
          expect(readGovernmentReport(`${opening}公用经费${amount}万元,${perHead}${between}标准不变。`)).toBe(false);
        },
      ),
    );
  });
});
