/**
 * A whole's change on its budget worked out from its 决算 and budget, against its kinds' changes (text 148, a 法院's 2021
 * “三公” 决算): '“三公”经费支出预算为89.90万元,支出决算为57.53万元' and then, under each kind's heading, '…支出决算数比预算数
 * 减少17.54万元', '…减少4.82万元' and the template's '增加(减少)0万元' for 因公出国 — −22.36 against 57.53 − 89.90 = −32.37, so
 * the items' budgets (0 + 74.90 + 5.00 = 79.90) are not the 89.90 stated. No sentence stated the whole's change, so the
 * part-changes check, which compares stated changes, had nothing to hold the kinds' changes against.
 * The properties' figures are invented.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';

const changeFindings = (text: string) => checkNarrativeText(text).filter((f) => f.rule === 'narrative/change' && f.severity !== 'info');

/** Text 148, L14–L37 as published (blank lines left out). */
const PUBLISHED = [
  '一、一般公共预算财政拨款“三公”经费支出决算总体情况说明。',
  '2021年度一般公共预算财政拨款“三公”经费支出预算为89.90万元,支出决算为57.53万元,完成预算的63.99%。',
  '二、一般公共预算财政拨款“三公”经费支出决算具体情况说明。',
  '2021年度一般公共预算财政拨款“三公”经费支出决算中,因公出国(境)费支出决算0万元,占0%;公务用车购置及运行费支出决算57.36万元,占99.70%;公务接待费支出决算0.18万元,占0.30%。具体情况如下:',
  '(一)因公出国(境)费支出0万元。全年安排因公出国(境)团组0个,因公出国(境)0人次。',
  '因公出国(境)费支出决算比预算数增加(减少)0万元,增长(下降)0%。主要原因是全年未能安排因公出国(境)团组人员。',
  '(二)公务用车购置及运行费支出57.36万元。其中:',
  '公务用车购置支出0万元,全年购置公务用车0辆,年末公务用车保有量38辆,其中:公务用车4辆,执勤执法用车34辆。',
  '公务用车(含执勤执法用车)运行支出57.36万元,主要用于公务用车运行及维护费。',
  '公务用车购置及运行费支出决算数比预算数减少17.54万元,下降23.42%。主要原因是加强公务用车的管理。',
  '(三)公务接待费支出0.18万元,其中:',
  '国内接待费支出0.18万元,国内公务接待3批次,接待16人次;主要用于审判业务交流及上级相关业务部门来我院检查和指导工作支出。',
  '公务接待费支出决算数比预算数减少4.82万元,下降96.40%。主要原因是加强了公务接待管理费用支出减少有所致。',
].join('\n');

describe('a whole’s 决算 less its budget against its kinds’ changes on their budgets (148)', () => {
  it('the published text: the kinds’ changes make −22.36, the whole’s figures −32.37 — a warning on the total', () => {
    const found = changeFindings(PUBLISHED);
    expect(found.map((f) => [f.severity, f.cell])).toEqual([['warning', 'L2']]);
    expect(found[0].message).toContain('57.53 − 89.90 = -32.37万元，但文中各项的决算比预算变动合计为0.00 − 4.82 − 17.54 = -22.36万元（差-10.01万元）');
  });

  it('with the budget the kinds give (79.90) nothing is raised', () => {
    expect(changeFindings(PUBLISHED.replace('预算为89.90万元', '预算为79.90万元').replace('完成预算的63.99%', '完成预算的72.00%'))).toEqual([]);
  });

  it('a kind that states no change on its budget leaves the whole unchecked', () => {
    expect(changeFindings(PUBLISHED.replace('公务接待费支出决算数比预算数减少4.82万元,下降96.40%。', ''))).toEqual([]);
  });

  it('property: the kinds’ changes are held against the whole’s 决算 − 预算, a warning only beyond the rounding', () => {
    const kind = fc.record({ final: fc.integer({ min: 0, max: 500_000 }), under: fc.integer({ min: 0, max: 200_000 }) });
    fc.assert(
      fc.property(kind, kind, kind, fc.integer({ min: -50_000, max: 50_000 }), (abroad, vehicle, reception, slip) => {
        const yuan = (fen: number) => (fen / 100).toFixed(2);
        const kinds = [
          ['因公出国(境)费', abroad],
          ['公务用车购置及运行费', vehicle],
          ['公务接待费', reception],
        ] as const;
        const final = abroad.final + vehicle.final + reception.final;
        const budget = final + abroad.under + vehicle.under + reception.under + slip;
        fc.pre(budget > 0);
        const text = [
          `2021年度“三公”经费支出预算为${yuan(budget)}万元,支出决算为${yuan(final)}万元。`,
          `2021年度“三公”经费支出决算中,${kinds.map(([name, k]) => `${name}支出决算${yuan(k.final)}万元`).join(';')}。`,
          ...kinds.map(([name, k]) => `${name}支出决算数比预算数减少${yuan(k.under)}万元。`),
        ].join('\n');
        const found = changeFindings(text).filter((f) => f.message.includes('决算比预算变动'));
        // Five figures printed to 0.01 (half a cent each): a gap of up to two cents is rounding.
        if (Math.abs(slip) <= 2) expect(found).toEqual([]);
        else expect(found.map((f) => [f.severity, f.cell])).toEqual([['warning', 'L1']]);
      }),
    );
  });
});
