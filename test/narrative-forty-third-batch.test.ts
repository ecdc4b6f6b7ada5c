/**
 * What the forty-third held-out batch (texts 352–360, test/corpus/README.md) showed the checker calling wrong on correct figures.
 * - 352 L2 (2 errors): a 县's 决算 report, '其中:一般公共预算收入42100万元,完成预算49531万元的85.0%,短收7431万元,同比下降10.2%,
 *   减收4800万元;政府性基金收入3089万元,完成预算24850万元的12.4%,短收21761万元,同比减收31430万元,下降91.1%' — 短收, the
 *   revenue's shortfall against its budget, was not known as a difference of two figures of one year, so the shortfalls were
 *   summed as parts of the 大口径 total before them (42100 + 7431 + 3089 + 21761 ≠ 67955) and 21761 was taken for this year's
 *   基金 income in '同比减收31430万元,下降91.1%' (31430 ÷ 53191 = 59.09%).
 * Wordings and figures of the properties are invented variants.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';

const findings = (text: string) => checkNarrativeText(text).filter((f) => f.severity === 'error' || f.severity === 'warning');
const wan = (fen: number) => (fen / 100).toFixed(2);

describe('短收 / 超收 against the budget is a difference of one year, not a part nor this year’s amount (352 L2)', () => {
  it('the published 352 line raises nothing', () => {
    const line =
      '2024年,全县大口径财政收入累计完成67955万元,占预算101032万元的67.3%,较上年同期99895万元下降32.0%,减收31940万元。其中:一般公共预算收入42100万元,完成预算49531万元的85.0%,短收7431万元,同比下降10.2%,减收4800万元;政府性基金收入3089万元,完成预算24850万元的12.4%,短收21761万元,同比减收31430万元,下降91.1%。';
    expect(findings(line)).toEqual([]);
  });

  it('a 预算 document’s list: the budget of a completion rate is no part of a head that names no measure', () => {
    const line = '全县财政收入累计完成67955万元。其中:一般公共预算收入42100万元,完成预算49531万元的85.0%;政府性基金收入3089万元,完成预算24850万元的12.4%。';
    expect(findings(line)).toEqual([]);
  });

  it('property: parts with the budgets of their completion rates add up to the head without those budgets', () => {
    const part = fc.record({ actual: fc.integer({ min: 10_000, max: 50_000_000 }), ratePermille: fc.integer({ min: 300, max: 1_300 }) });
    fc.assert(
      fc.property(part, part, ({ actual: a, ratePermille: ra }, { actual: b, ratePermille: rb }) => {
        const budgetOf = (x: number, r: number) => Math.round((x * 1000) / r);
        const rateOf = (x: number, r: number) => ((x / budgetOf(x, r)) * 100).toFixed(1);
        const line = `全县财政收入累计完成${wan(a + b)}万元。其中:一般公共预算收入${wan(a)}万元,完成预算${wan(budgetOf(a, ra))}万元的${rateOf(a, ra)}%;政府性基金收入${wan(b)}万元,完成预算${wan(budgetOf(b, rb))}万元的${rateOf(b, rb)}%。`;
        expect(findings(line)).toEqual([]);
      }),
      { numRuns: 120 },
    );
  });

  it('property: a shortfall or excess that is the budget’s gap passes; one beyond rounding is an error on the difference', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100_000, max: 90_000_000 }),
        fc.integer({ min: 1_000, max: 5_000_000 }),
        fc.boolean(),
        fc.integer({ min: -50_000, max: 50_000 }),
        (budget, gapFen, short, slip) => {
          fc.pre(slip === 0 || Math.abs(slip) > 100);
          const actual = short ? budget - gapFen : budget + gapFen;
          fc.pre(actual > 0 && gapFen + slip > 0);
          const rate = ((actual / budget) * 100).toFixed(1);
          const word = short ? '短收' : '超收';
          const stated = wan(gapFen + slip);
          // The 甘谷 wording: the budget inside the completion rate, the gap after it; never a part of a sum.
          const inRate = `其中:税收收入${wan(actual)}万元,完成预算${wan(budget)}万元的${rate}%,${word}${wan(gapFen)}万元;非税收入${wan(budget)}万元。`;
          expect(findings(`全县收入${wan(actual + budget)}万元。${inRate}`)).toEqual([]);
          const found = findings(`2024年,全县税收收入决算数${wan(actual)}万元,预算数${wan(budget)}万元,${word}${stated}万元。`);
          if (slip === 0) expect(found).toEqual([]);
          else expect(found.map((f) => [f.severity, f.cell])).toEqual([['error', 'L1']]);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('a bare 0 among figures printed to the cent is exact, not a rounded whole 万元 (354 L8)', () => {
  it('the published 354 line: parts 0.10 over their total are an error, not a rounding question', () => {
    const line =
      '(一)收入预算:2025年年初预算数1211.02万元,其中:一般公共预算拨款224.10万元,政府性基金预算拨款 0万元,国有资本经营预算收入 0万元,事业收入986.92万元,事业单位经营收入0 万元,其他收入0.10万元。';
    expect(findings(line).map((f) => [f.rule, f.severity])).toEqual([['narrative/sum', 'error']]);
    expect(findings(line.replace('1211.02', '1211.12'))).toEqual([]);
  });

  it('property: with empty sources printed 0, a gap beyond the cents of the printed figures is an error; whole 万元 lists keep their rounding', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 9_000_000 }), { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 40 }), fc.boolean(), (amounts, zeros, gap, over) => {
        const parts = [...amounts.map((a, i) => `来源${'甲乙丙'[i]}${wan(a)}万元`), ...Array.from({ length: zeros }, (_, i) => `空来源${'丁戊己庚'[i]}0万元`)];
        const sum = amounts.reduce((acc, a) => acc + a, 0);
        const head = sum + (over ? -gap : gap);
        fc.pre(head > 0);
        const found = findings(`收入预算${wan(head)}万元,其中:${parts.join(',')}。`).map((f) => [f.rule, f.severity]);
        if (over) expect(found).toEqual([['narrative/sum', 'error']]);
        else expect(found.every(([rule]) => rule === 'narrative/sum')).toBe(true);
        // In whole 万元, the zeros and the parts may each be rounded: a gap of one 万元 is a question at most.
        const whole = amounts.map((a) => Math.round(a / 100));
        const wholeParts = [...whole.map((a, i) => `来源${'甲乙丙'[i]}${a}万元`), ...Array.from({ length: zeros }, (_, i) => `空来源${'丁戊己庚'[i]}0万元`)];
        const wholeSum = whole.reduce((acc, a) => acc + a, 0);
        fc.pre(wholeSum > 1);
        const wholeFound = findings(`收入预算${wholeSum - 1}万元,其中:${wholeParts.join(',')}。`);
        expect(wholeFound.every((f) => f.severity === 'warning')).toBe(true);
      }),
      { numRuns: 120 },
    );
  });
});
