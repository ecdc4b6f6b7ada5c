/**
 * What the sixty-ninth held-out batch (texts 567–575, test/corpus/README.md) showed the checker calling wrong on correct figures.
 * - 567 L10 (1 error): a 法院's '本部门2020年度收入总计3759.2万元,其中年初结转和结余1366.76万元,较2019年增加197.03万元,增加5.5%' — the
 *   change of the 收入总计 (197.03 ÷ 3562.17 = 5.53%) given to the one part the 其中 names, '197.03 ÷ 1,169.73 = 16.84%，文中为5.5%'.
 * - 568 L4 (1 error): a 农业农村局's “三公” '比2021年增加231,448.10元…其中:因公出国(境)费支出决算增加0元,增长0%;公务用车购置及运行费
 *   支出决算174,732.10元,增长176.55%;公务接待费支出决算增加56,716.00元' — the middle item's increase, printed without '增加', left out of
 *   the parts, '0.00 + 56,716.00 = 56,716.00元，文中为231,448.10元'.
 * Wordings and figures of the properties are invented variants.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';

const loud = (text: string) => checkNarrativeText(text).filter((f) => f.severity !== 'info');
const errors = (text: string) => loud(text).filter((f) => f.severity === 'error');
const errorsWith = (text: string, words: string) => errors(text).filter((f) => f.message.includes(words));

/** Hundredths of 万元 (or 元) printed to two decimals. */
const cents = (n: number) => (n / 100).toFixed(2);
const grouped = (n: number) => (n / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

const LINE_567 =
  '本部门2020年度收入总计3759.2万元,其中年初结转和结余1366.76万元,较2019年增加197.03万元,增加5.5%;本年一般公共预算财政拨款收入2392.44万元。';

describe('a change after a 其中 of one part may be the whole’s (567 L10)', () => {
  it('the published 567 line raises no error: 197.03 ÷ (3759.2 − 197.03) = 5.53%', () => {
    expect(errors(LINE_567)).toEqual([]);
  });

  it('a rate neither the whole nor the part makes is still an error', () => {
    expect(errorsWith(LINE_567.replace('增加5.5%', '增加9.5%'), '9.5%')).toHaveLength(1);
  });

  it('property: “T，其中C，较上年增加X，增加P%” is silent when P is the whole’s or the part’s rate, an error when it is neither', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200_000, max: 5_000_000 }),
        fc.integer({ min: 20, max: 60 }),
        fc.integer({ min: 2, max: 30 }),
        fc.constantFrom('whole', 'part', 'neither'),
        (total, partPercent, changePercent, reading) => {
          const part = Math.floor((total * partPercent) / 100);
          const change = Math.floor((part * changePercent) / 100);
          const wholeRate = (change * 100) / (total - change);
          const partRate = (change * 100) / (part - change);
          // Two readings a tenth of a point apart cannot be told from a slip; keep them apart.
          fc.pre(partRate - wholeRate > 2);
          const rate = reading === 'whole' ? wholeRate : reading === 'part' ? partRate : partRate + 1;
          const text = `本部门2020年度收入总计${cents(total)}万元,其中年初结转和结余${cents(part)}万元,较2019年增加${cents(change)}万元,增加${rate.toFixed(2)}%。`;
          expect(errors(text)).toHaveLength(reading === 'neither' ? 1 : 0);
        },
      ),
      { numRuns: 150 },
    );
  });
});

const LINE_568 =
  '2022年度一般公共预算财政拨款“三公”经费支出决算数比2021年增加231,448.10元,增长145.87%。其中:因公出国(境)费支出决算增加0元,增长0%;公务用车购置及运行费支出决算174,732.10元,增长176.55%;公务接待费支出决算增加56,716.00元,增长95.00%。';

describe('in a list of changes, an item printed as its figure and its rate is an item all the same (568 L4)', () => {
  it('the published 568 line raises no sum error', () => {
    expect(errorsWith(LINE_568, '之和')).toEqual([]);
  });

  it('with the item’s 增加 printed, the list is read whole: right, it is silent; a cent short, an error', () => {
    const whole = LINE_568.replace('支出决算174,732.10元', '支出决算增加174,732.10元');
    expect(errorsWith(whole, '之和')).toEqual([]);
    expect(errorsWith(whole.replace('增加231,448.10元', '增加231,448.20元'), '之和')).toHaveLength(1);
  });

  it('property: “比上年增加T元…其中:A增加a元;B支出决算b元,增长R%;C增加c元” never sums two of the three; with B’s 增加 it is an error iff a + b + c ≠ T', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.integer({ min: 100, max: 50_000_000 }),
        fc.integer({ min: 100, max: 5_000_000 }),
        fc.constantFrom(0, 0, 1_000, -1_000),
        fc.boolean(),
        (a, b, c, off, worded) => {
          const total = a + b + c + off;
          fc.pre(total > 0);
          const item = worded ? `公务用车购置及运行费支出决算增加${grouped(b)}元` : `公务用车购置及运行费支出决算${grouped(b)}元`;
          const text = `2022年度一般公共预算财政拨款“三公”经费支出决算数比2021年增加${grouped(total)}元,增长45.00%。其中:因公出国(境)费支出决算增加${grouped(a)}元,增长10.00%;${item},增长60.00%;公务接待费支出决算增加${grouped(c)}元,增长20.00%。`;
          expect(errorsWith(text, '之和')).toHaveLength(worded && off !== 0 ? 1 : 0);
        },
      ),
      { numRuns: 150 },
    );
  });
});
