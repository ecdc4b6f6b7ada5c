/**
 * The 在职 by the kinds of staff its 其中 / 包括 lists (599 L54): '在职人数 61 人,包括行政人员26人、全部补助事业人员33人、
 * 自收自支事业人员21人' — 行政, 事业, 工勤 and 自收自支 staff are apart, so they make the 在职: 80, not 61. Which figure is wrong
 * the text cannot tell: a warning. A 在职 split by anything else (在编 and 临聘, 职称, 退休 beside it, a bracket) is not read.
 * Wordings and figures of the properties are invented variants.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';

const serving = (text: string) => checkNarrativeText(text).filter((f) => f.rule === 'narrative/sum' && f.message.includes('与在职人数不符'));

describe('the 在职 against the kinds of staff it lists (599)', () => {
  const PUBLISHED_599 =
    '中畈乡人民政府共有预算单位4个,包括本级和3个所属二级预算单位。编制人数63人,其中行政编制27人、全部补助事业编制36人;实有人数 63 人,在职人数 61 人,包括行政人员26人、全部补助事业人员33人、自收自支事业人员21人;退休人员15人、聘用人员26人,遗属对象4人。';

  it('599: 26 + 33 + 21 = 80 against 61 — a warning with the sum', () => {
    const found = serving(PUBLISHED_599);
    expect(found.map((f) => [f.severity, f.cell])).toEqual([['warning', 'L1']]);
    expect(found[0].message).toContain('26 + 33 + 21 = 80人，文中为61人');
  });

  it('lists that are no kinds of staff, or that add up, are left alone (corpus lines)', () => {
    for (const line of [
      '在职人员48人,包括行政人员22人,全部补助事业人员26人。',
      '在职人数38人,其中:事业编制36人,工勤人员2人。',
      '在职职工共33人,其中在编职工17人,临聘人员16人,其中高级职称0名、中级职称5人。',
      '在职人数92人,其中行政编制29人、全部补助事业编制29人、退休人员22人。',
      '在职人数39人,包括行政人员39人(含转隶人员6人)。',
    ])
      expect(serving(line)).toEqual([]);
  });

  it('property: a warning exactly when the kinds do not make the 在职', () => {
    const KINDS = ['行政人员', '全部补助事业人员', '差额补助事业人员', '自收自支事业人员', '工勤人员', '事业编制'];
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...KINDS), { minLength: 2, maxLength: 4 }),
        fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 4, maxLength: 4 }),
        fc.integer({ min: -5, max: 5 }),
        fc.constantFrom('其中', '包括', '其中:'),
        fc.constantFrom('、', ',', '，'),
        (kinds, counts, slip, opener, sep) => {
          const sum = kinds.reduce((s, _, i) => s + counts[i], 0);
          fc.pre(sum + slip >= 0);
          const text = `本单位在职人数${sum + slip}人,${opener}${kinds.map((k, i) => `${k}${counts[i]}人`).join(sep)};退休人员3人。`;
          expect(serving(text).length).toBe(slip === 0 ? 0 : 1);
        },
      ),
    );
  });
});
