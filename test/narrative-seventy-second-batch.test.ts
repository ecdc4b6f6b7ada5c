/**
 * What the seventy-second held-out batch (texts 594–602, test/corpus/README.md) showed the checker missing.
 * - 598 L25 and 602 L8 (two keyed warnings missed): a 乡镇's 编制 and the kinds of 编制 its 其中 lists do not add —
 *   '核定编制79人,其中:行政编制32人,事业编制53人,工勤编制0人,自收自支 2 人' (87), '编制人数42,其中:行政编制人数19、…、
 *   自收自支编制人数13人' (55). Head counts were read only as a list with its 共计 after it; a total of 编制 with its
 *   其中 of kinds of 编制 is read too. A 其中 of 实有 or 在职, which may list the retired and the 遗属 beside the serving
 *   (600 L55), is not.
 * Wordings and figures of the properties are invented variants.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';

const STAFFING = '各类编制之和与编制总数不符';
const staffing = (text: string) => checkNarrativeText(text).filter((f) => f.message.includes(STAFFING));
const line = (n: number, l: number) => readFileSync(join(__dirname, 'corpus', 'narrative', 'texts', `${n}.txt`), 'utf8').split('\n')[l - 1];

describe('a 编制 total and the kinds of 编制 its 其中 lists (598 L25, 602 L8)', () => {
  it('the published 598 line: 32 + 53 + 0 + 2 = 87 against 核定编制79人, one warning', () => {
    const found = staffing(line(598, 25));
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('warning');
    expect(found[0].message).toContain('32 + 53 + 0 + 2 = 87人，文中为79人');
  });

  it('the published 602 line: counts after 人数 without 人, 19 + 0 + 23 + 0 + 13 = 55 against 42', () => {
    const found = staffing(line(602, 8));
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('19 + 0 + 23 + 0 + 13 = 55人，文中为42人');
  });

  it('the batch\'s 编制 that add up draw nothing (599 L54: 63 = 27 + 36; 600 L55: 77 = 36 + 41)', () => {
    expect(staffing(line(599, 54))).toEqual([]);
    expect(staffing(line(600, 55))).toEqual([]);
  });

  it('a 其中 of 实有 or 在职 is not read: 600 L55 lists the retired and, after a semicolon, the 遗属 in its 92', () => {
    expect(staffing('赣县区沙地镇人民政府实有在职人数92人,其中行政编制29人、全部补助事业编制29人、退休人员22人;遗属补助12人。')).toEqual([]);
  });

  it('a list with anything but kinds of 编制 in it is not read', () => {
    expect(staffing('核定编制15人,其中:行政编制10人,事业编制3人,实有人数14人。')).toEqual([]);
    expect(staffing('核定编制15人,其中:行政编制10人,事业编制3人(含工勤2人)。')).toEqual([]);
    expect(staffing('编制数15人,其中行政编制10人、事业编制5人、工勤人员2人。')).toEqual([]);
  });

  it('property: the kinds of 编制 are checked against their total, and only a total they do not make is named', () => {
    const kinds = ['行政编制', '事业编制', '工勤编制', '全额拨款事业编制', '参公编制'];
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 2, maxLength: 5 }),
        fc.integer({ min: -15, max: 15 }),
        fc.constantFrom('核定编制', '编制人数', '编制数', '人员编制'),
        fc.constantFrom('、', ',', '，'),
        fc.boolean(),
        (counts, slip, head, sep, withUnit) => {
          const total = counts.reduce((a, b) => a + b, 0) + slip;
          fc.pre(total >= 0);
          const unit = withUnit ? '人' : '';
          const text = `本单位${head}${total}${unit},其中:${counts.map((n, i) => `${kinds[i]}${n}人`).join(sep)}。实有人数${total + 3}人。`;
          expect(staffing(text).length).toBe(slip === 0 ? 0 : 1);
        },
      ),
    );
  });
});
