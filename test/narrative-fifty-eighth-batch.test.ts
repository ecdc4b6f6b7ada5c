/**
 * What the fifty-eighth held-out batch (texts 487–495, test/corpus/README.md) showed the checker calling wrong on correct figures.
 * - 489 L8 (1 error): a 残联's '…;2、项目支出130万元.' ending its line with an ASCII full stop, and the next line's
 *   '按支出功能分类科目:一般公共服务支出361.06万元,保障住房支出15.53万元。' (the whole 376.59 by 功能) read as the parts of that
 *   项目支出: the two lines were joined as one wrapped sentence, the '.' after 万元 not taken for the full stop it is.
 * - 493 L32 (1 warning): a 中学's '项目支出…159.30万元…其中:贷款利息66.7万元、困难学生学费7.6万元、高中生均经费85万元' called short
 *   (66.70 + 7.60 = 74.30): '高中生均经费' read as an amount per pupil (生均) and left out of the sum, though it is a fund in 万元.
 * Wordings and figures of the properties are invented variants.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';
import { joinLines } from '../src/engine/narrative/text/join';

const loud = (text: string) => checkNarrativeText(text).filter((f) => f.severity !== 'info');
const errors = (text: string) => loud(text).filter((f) => f.severity === 'error');
const lines = (texts: readonly string[]) => texts.map((text, i) => ({ index: i, text, sheet: 'x', cell: `L${i + 1}` }));

const LINES_489 = [
  '(二)支出情况。本年度支出预算376.59万元,比上年减少4.89万元,减少的原因是项目经费减少。其中:',
  '按支出项目类别:1、基本支出246.59万元,包括:人员经费支出215.59万元,公用经费支出31万元;2、项目支出130万元.',
  '按支出功能分类科目:一般公共服务支出361.06万元,保障住房支出15.53万元。',
].join('\n');

describe('an ASCII full stop after a word ends its line’s sentence (489 L8)', () => {
  it('the published 489 lines: the 功能 list of the whole is not read as the parts of 项目支出', () => {
    expect(loud(LINES_489)).toEqual([]);
  });

  it('the nested 基本支出 list on the same line is still checked', () => {
    const found = errors(LINES_489.replace('人员经费支出215.59万元', '人员经费支出205.59万元'));
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('205.59 + 31.00 = 236.59万元');
  });

  it('property: a line ending with a word and “.” is a passage of its own; one ending with a digit and “.” still joins its cut number', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('项目支出130万元', '占比12.5%', '具体情况如下', '公用经费支出31万元', '共计8个'),
        fc.constantFrom('.', '．'),
        fc.constantFrom('按支出功能分类科目:一般公共服务支出361.06万元。', '其他支出0.20万元。', '本年度支出预算284.45万元。'),
        fc.integer({ min: 100, max: 99_999 }),
        (end, stop, next, n) => {
          const before = `本年度部门预算安排情况说明,其中基本支出和${end}${stop}`;
          expect(joinLines(lines([before, next]))).toHaveLength(2);
          // '…合计123.' / '45万元': a decimal point cut by the line break, not a full stop.
          expect(joinLines(lines([`本年度部门预算安排的支出合计${n}.`, `45万元,其中基本支出${n}万元。`]))).toHaveLength(1);
        },
      ),
      { numRuns: 200 },
    );
  });
});

const LINE_493 =
  '2018年年初预算数为159.30万元,是指单位为完成特定行政工作任务或事业发展目标而发生的支出,包括有关事业发展专项、专项业务费。其中:贷款利息66.7万元、困难学生学费7.6万元、高中生均经费85万元。';

describe('a fund named for what it pays per pupil, stated in 万元, is a part of its list (493 L32)', () => {
  it('the published 493 line: 66.7 + 7.6 + 85 = 159.3, nothing raised', () => {
    expect(loud(LINE_493)).toEqual([]);
  });

  it('the same list with a part misprinted is still called short, the 生均经费 counted', () => {
    const found = loud(LINE_493.replace('贷款利息66.7万元', '贷款利息56.7万元'));
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('56.70 + 7.60 + 85.00 = 149.30万元');
  });

  it('property: “…生均…经费 N万元” is summed with the other parts; a per-pupil standard in 元 is not', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('高中生均经费', '义务教育生均公用经费', '学前教育生均补助资金', '生均经费'),
        fc.integer({ min: 100, max: 50_000 }),
        fc.integer({ min: 100, max: 50_000 }),
        fc.integer({ min: 100, max: 50_000 }),
        fc.integer({ min: 300, max: 2_000 }),
        fc.boolean(),
        (fund, a, b, c, standard, wrong) => {
          const f = (n: number) => (n / 100).toFixed(2);
          const total = a + b + c + (wrong ? 1_000 : 0);
          const text = `2019年项目支出预算数为${f(total)}万元,其中:设备购置${f(a)}万元、校舍维修${f(b)}万元、${fund}${f(c)}万元。`;
          expect(loud(text)).toHaveLength(wrong ? 1 : 0);
          // A standard per pupil in 元 after the list is no part of it.
          const withStandard = `2019年公用经费预算数为${f(a + b)}万元,其中:办公费${f(a)}万元、水电费${f(b)}万元,生均公用经费${standard}元。`;
          expect(loud(withStandard)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
