/**
 * One figure of one item written twice with the same digits under two units ('公务接待费1.58元' and
 * '公务接待费为1.58万元'): one of the units is mistyped. The wordings follow the “三公” 决算 增减说明 of a
 * 甘肃 department (corpus text 138); the sentences here are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';

const lines = (...ls: string[]) => ls.join('\n');
const brief = (text: string) => checkNarrativeText(text).map((f) => `${f.rule} ${f.severity} ${f.cell}`);

const clean = lines(
  '一、2023年部门决算“三公”经费增减变化情况说明',
  '2023年“三公”经费合计12.46万元,其中:公务接待费2.36万元,公务用车运行维护费10.10万元,因公出国(境)费0万元。',
  '1、公务接待费',
  '2023年部门决算公开公务接待费2.36万元,经核查,2023年度我单位支出公务接待费为2.36万元,较2022年减少0.40万元(本单位接待18批次、140人)。',
  '2、公车运行费',
  '2023年度单位公务用车保有量为3辆,无新购车辆。公务用车运行维护费10.10万元,较2022年度增加1.20万元,原因为:车辆老化维修增加。',
);

describe('the same figure of one item under two units', () => {
  it('raises nothing when both are written in 万元, or a nil item in 元 beside 万元', () => {
    expect(brief(clean)).toEqual([]);
    expect(brief(clean.replace('因公出国(境)费0万元', '因公出国(境)费0元'))).toEqual([]);
  });

  it('is a warning on the odd unit when one sentence writes 元 and then 万元', () => {
    const f = checkNarrativeText(clean.replace('公开公务接待费2.36万元', '公开公务接待费2.36元'));
    expect(f.map((x) => `${x.rule} ${x.severity} ${x.cell}`)).toEqual(['narrative/duplicate warning L4']);
    expect(f[0].message).toContain('“2.36元”的单位写错（应为万元？）');
  });

  it('finds it across the sentences of one item, on the figure after the one in the document’s unit', () => {
    const f = checkNarrativeText(clean.replace('原因为:车辆老化维修增加。', '原因为:车辆老化维修增加。全年公务用车运行维护费支出10.10元。'));
    expect(f.map((x) => `${x.rule} ${x.severity} ${x.cell}`)).toEqual(['narrative/duplicate warning L6']);
    expect(f[0].message).toContain('10.10元');
  });

  it('leaves alone two different items that happen to share digits', () => {
    const text = lines(
      '2023年一般公共预算财政拨款基本支出35.60万元,其中:人员经费30.20万元,公用经费5.40万元。',
      '公用经费中,人均办公费5.40元/天,主要用于日常办公。',
    );
    expect(brief(text).filter((b) => b.startsWith('narrative/duplicate'))).toEqual([]);
  });

  it('is found for any non-nil amount written in 元 and again in 万元, and never for the same unit twice', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_999_99 }), fc.constantFrom<[string, string]>(['元', '万元'], ['万元', '元'], ['万元', '亿元']), (cents, [u1, u2]) => {
        const x = (cents / 100).toFixed(2);
        const text = `2023年部门决算公开公务接待费${x}${u1},经核查,2023年度我单位支出公务接待费为${x}${u2},较2022年减少0.40${u2}。`;
        const slips = checkNarrativeText(text).filter((f) => f.message.includes('两种单位'));
        expect(slips).toHaveLength(1);
        const same = checkNarrativeText(text.replace(`${x}${u1}`, `${x}${u2}`)).filter((f) => f.message.includes('两种单位'));
        expect(same).toHaveLength(0);
      }),
      { numRuns: 60 },
    );
  });
});
