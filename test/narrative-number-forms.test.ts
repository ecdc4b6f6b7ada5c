/**
 * A “三公” total and its parts with the numbers printed in every form 情况说明 texts use
 * (test/fixtures/narrative-number-forms.ts: plain, '1,234.56', full-width '１２３４．５６', spaced by a PDF
 * '1 234.56', the unit dropped on a part, nil parts as 0.00万元 / 0万元 / 无 / 未发生, in 万元 or 元): right
 * as written, nothing is said; a part that breaks the total is found (as a wrong sum, or as a unit slip
 * when 万元 read as 元 would make it add up) whenever every figure is read for certain, and where one is
 * not (a spaced number, a part without its unit), nothing is said.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';
import { scanFigures } from '../src/engine/narrative/text/figures';
import { allWordings, CERTAIN, numberPassage } from './fixtures/narrative-number-forms';

const WORDINGS = [...allWordings()];
const loud = (text: string) => checkNarrativeText(text).filter((f) => f.severity !== 'info');
const listed = (text: string) => checkNarrativeText(text).map((f) => `${f.severity} ${f.rule} ${f.message}`).join('\n');
const cents = fc.integer({ min: 100, max: 99_999_999 });

describe('a total and its parts, whatever form their numbers are printed in', () => {
  it(`right as written: no error, no warning (${WORDINGS.length} wordings)`, () => {
    fc.assert(
      fc.property(fc.constantFrom(...WORDINGS), cents, cents, (w, a, b) => {
        const text = numberPassage(w, a + b, [a, b]);
        expect(loud(text), text).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('a part that breaks the total is found when every figure is read for certain; otherwise nothing is said', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WORDINGS), cents, cents, fc.integer({ min: 10, max: 1_000_000 }), (w, a, b, slip) => {
        const text = numberPassage(w, a + b, [a + slip, b]);
        const found = loud(text);
        // A PDF spaces only numbers of four digits or more.
        const certain = CERTAIN.includes(w.form) || (w.form === 'pdf-spaces' && !/\d \d/.test(text));
        if (certain) expect(found.filter((f) => f.rule === 'narrative/sum' || f.rule === 'narrative/unit').length, `${text}\n${listed(text)}`).toBeGreaterThan(0);
        else expect(found, text).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  // The readings these forms found wrong, as a reader meets them.
  it('does not read the last digits of a number a PDF spaced (“1 000.00万元”) as an amount', () => {
    expect(loud('2024年支出预算1234.56万元，其中：基本支出1 000.00万元，项目支出234.56万元。')).toEqual([]);
    expect(scanFigures('项目支出2 345 678.00万元').map((f) => f.raw)).toEqual([]);
    // Figures of a table row spaced apart are still read (corpus text 104: '58557653.59 99.93%').
    expect(scanFigures('收入总计 58596771.09 元 117154424.68 元 99.93%').map((f) => f.raw)).toEqual(['58596771.09 元', '117154424.68 元', '99.93%']);
  });

  it('does not add up a list one of whose parts lost its unit', () => {
    expect(loud('2023年度“三公”经费财政拨款支出100.00万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费60.00，公务接待费40.00万元。')).toEqual([]);
  });
});
