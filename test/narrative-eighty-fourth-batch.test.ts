/**
 * What the eighty-fourth held-out batch (texts 692–700, test/corpus/README.md) showed the checker calling wrong.
 * - 692 L9, L10, L12 (3 warnings for a wrong reason): a 市教育局's 公告 of the city's 教育经费 statistics, '全市地方教育经费
 *   总投入132.65亿元', asked for the reasons of its falls ('下降13.86%', '88.29%', '18.02%') as if it were a 部门's 说明. The
 *   公告 speaks of the whole city, but its per-student figures, '生均一般公共预算公用经费' and '按在校学生人数平均的一般公共预算
 *   公用经费支出为3058.95元', sounded like a 部门's own 公用经费 and hid that. A 公用经费 named per head is now no 部门's voice.
 * - 692 L11 (an error on a keyed warning): '事业收入13.94亿元,比上年减少0.77亿元,下降5.17%' — 0.77 ÷ 14.71 = 5.235%, and even at the
 *   rounding of the printed figures 5.20%–5.27%; but a change printed as the difference of the two years' rounded figures
 *   (14.705 − 13.944 = 0.761 printed 14.71 − 13.94 = 0.77) beside a rate worked on the unrounded ones gives 5.175%: a slip a
 *   rounding explains, a warning that says under what condition the rate holds.
 * - 692 L10 (keyed warning, found only beside L11): '捐赠收入0.01亿元,比上年减少0.03亿元, 下降88.29%' — the prior worked out as
 *   0.01 + 0.03 was allowed its own rounding beside the two figures it is made of, which let the rate reach 116%; taken
 *   together, 0.035 ÷ (0.005 + 0.035) = 87.5% at most: a warning that the printed figures and rate cannot all be right.
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
    expect(found.map((f) => f.cell)).toEqual(['L4', 'L5']);
    expect(found[1].message).toContain('0.77 ÷ 14.71 = 5.235%');
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

describe('a rate that holds only for a change printed as the difference of two rounded figures is a warning (692 L11)', () => {
  const changeFindings = (text: string) => checkNarrativeText(text).filter((f) => f.rule === 'narrative/change');
  const LINE_692_11 = '(四)事业收入13.94亿元,比上年减少0.77亿元,下降5.17%。其中:学费收入12.84亿元,比上年减少0.76亿元,下降5.6%。';

  it('the published 692 L11: a warning saying the condition, not a one-digit slip', () => {
    const found = changeFindings(LINE_692_11);
    expect(found.map((f) => `${f.severity} ${f.cell}`)).toEqual(['warning L1']);
    expect(found[0].message).toBe('按本年13.94亿元、上年14.71亿元计，减少0.77亿元，变动率为0.77 ÷ 14.71 = 5.235%，文中为5.17%，只有在减少额是两年数字取整后相减所得、实际减少0.76至0.78亿元时才说得通，请核对。');
  });

  it('a rate no rounding of the two years reaches is still an error; one within the printed rounding is silent', () => {
    expect(changeFindings(LINE_692_11.replace('下降5.17%', '下降5.07%')).map((f) => f.severity)).toEqual(['error']);
    expect(changeFindings(LINE_692_11.replace('下降5.17%', '下降5.23%'))).toEqual([]);
  });

  it('property: a rate worked on unrounded figures beside their rounded difference is never an error; one a fifth and 0.1 point off is', () => {
    // Figures near the ends of their rounding, where the rounded difference is furthest from the true one.
    const edge = fc.tuple(fc.double({ min: 0.3, max: 0.4999, noNaN: true }), fc.boolean()).map(([size, up]) => (up ? size : -size));
    fc.assert(
      fc.property(fc.integer({ min: 500, max: 5_000 }), fc.integer({ min: 20, max: 400 }), edge, edge, fc.boolean(), (nowUnits, changeUnits, nowOff, priorOff, down) => {
        // Hundredths of 亿元: the two years as printed, and the unrounded figures they stand for.
        const priorUnits = down ? nowUnits + changeUnits : nowUnits - changeUnits;
        const exact = (Math.abs(priorUnits + priorOff - (nowUnits + nowOff)) * 100) / (priorUnits + priorOff);
        const line = (rate: number) =>
          `事业收入${(nowUnits / 100).toFixed(2)}亿元,比上年${down ? '减少' : '增加'}${(changeUnits / 100).toFixed(2)}亿元,${down ? '下降' : '增长'}${rate.toFixed(2)}%。`;
        expect(changeFindings(line(exact)).filter((f) => f.severity === 'error')).toEqual([]);
        expect(changeFindings(line(exact * 1.2 + 0.1)).map((f) => f.severity)).toEqual(['error']);
      }),
    );
  });
});

describe('a prior worked out from this year’s figure and the change moves with them (692 L10)', () => {
  const changeFindings = (text: string) => checkNarrativeText(text).filter((f) => f.rule === 'narrative/change');

  it('the published 692 L10: 88.29% is beyond what 0.01 and 0.03 rounded allow, a warning', () => {
    const found = changeFindings('(三)捐赠收入0.01亿元,比上年减少0.03亿元, 下降88.29%。');
    expect(found.map((f) => `${f.severity} ${f.cell}`)).toEqual(['warning L1']);
    expect(found[0].message).toBe(
      '按本年0.01亿元、上年0.04亿元计，减少0.03亿元，变动率为0.03 ÷ 0.04 = 75.000%，文中为88.29%，即使本年数与减少额各按所印位数四舍五入，变动率也只能在62.500%至87.500%之间，所印各数与文中变动率不能都对，请核对。',
    );
    expect(changeFindings('(三)捐赠收入0.01亿元,比上年减少0.03亿元, 下降80.29%。')).toEqual([]);
  });

  it('property: a rate of the unrounded figures is silent; one beyond both rounded together is found', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
        fc.double({ min: -0.4999, max: 0.4999, noNaN: true }),
        fc.double({ min: -0.4999, max: 0.4999, noNaN: true }),
        (nowUnits, changeUnits, nowOff, changeOff) => {
          // Hundredths of 亿元, falling: the prior is this year's figure plus the change.
          const line = (rate: number) => `捐赠收入${(nowUnits / 100).toFixed(2)}亿元,比上年减少${(changeUnits / 100).toFixed(2)}亿元,下降${rate.toFixed(2)}%。`;
          const now = nowUnits + nowOff;
          const change = changeUnits + changeOff;
          expect(changeFindings(line((change * 100) / (now + change)))).toEqual([]);
          const most = ((changeUnits + 0.5) * 100) / (nowUnits + changeUnits);
          expect(changeFindings(line(most + 0.02))).toHaveLength(1);
        },
      ),
    );
  });
});
