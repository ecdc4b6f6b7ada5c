/**
 * Differences of two figures of one year, as the held-out 决算 “三公” pages write them: an unsigned
 * 差值 / 差额 after a 支出 and its 年初预算 (县级 “三公” 决算 pages), and a 决算 − 预算 with its way in the
 * words ("决算数大于预算数55.93万元", 甘肃 决算). A difference is neither a part of the list after it
 * nor a change on last year; it is checked against its two figures, and a signed one gives the budget
 * of a completion rate. The sentences are written for these tests in those wordings.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText, reviewNarrativeText } from '../src/engine/narrative';

const lines = (...ls: string[]) => ls.join('\n');
const brief = (text: string) => checkNarrativeText(text).map((f) => `${f.rule} ${f.severity} ${f.cell}`);

describe('an unsigned 差值 after a 支出 and its 年初预算', () => {
  const text = lines(
    '二、“三公”经费财政拨款支出与年初预算对比情况。',
    '2023年度本单位一般公共预算财政拨款安排的“三公”经费支出6.40万元，年初预算为8.00万元，差值为1.60万元。其中：因公出国（境）支出0万元，年初预算为0万元，差值为0万元；公务用车运行维护费支出3.90万元，年初预算为5.50万元，差值为1.60万元，原因为压减开支；公务接待费支出2.50万元，年初预算为2.50万元，差值为0万元。',
  );

  it('is neither the total of the list after it nor a part of it: the 支出 are their own breakdown', () => {
    expect(brief(text)).toEqual([]);
    const review = reviewNarrativeText(text);
    // Every 差值 is checked against its two figures, the 支出 against their parts.
    expect(review.coverage.unchecked).toBeLessThanOrEqual(4);
  });

  it('is written unsigned: a 支出 over its budget (接待 2.50 vs 2.00 → 差值0.50) while the total is under is right', () => {
    const over = text
      .replace('公务接待费支出2.50万元，年初预算为2.50万元，差值为0万元', '公务接待费支出2.50万元，年初预算为2.00万元，差值为0.50万元')
      .replace('年初预算为8.00万元，差值为1.60万元', '年初预算为7.50万元，差值为1.10万元');
    expect(brief(over)).toEqual([]);
  });

  it('that is not the gap between its two figures is an error with the subtraction', () => {
    const f = checkNarrativeText(text.replace('年初预算为8.00万元，差值为1.60万元', '年初预算为8.00万元，差值为1.06万元'));
    expect(f.map((x) => `${x.rule} ${x.severity} ${x.cell}`)).toEqual(['narrative/change error L2']);
    expect(f[0].message).toContain('8.00 − 6.40 = 1.60万元');
    expect(f[0].message).toContain('差值1.06万元');
  });

  it('差额 and 相差 are the same word', () => {
    const right = '2022年“三公”经费支出决算12.30万元，年初预算为15.00万元，相差2.70万元，主要原因是减少公务接待。';
    expect(brief(right)).toEqual([]);
    expect(brief(right.replace('相差2.70万元', '差额为2.70万元'))).toEqual([]);
    expect(brief(right.replace('相差2.70万元', '差额为3.70万元'))).toEqual(['narrative/change error L1']);
  });

  it('a 支出 breakdown that does not add up is still found', () => {
    const f = checkNarrativeText(text.replace('公务用车运行维护费支出3.90万元', '公务用车运行维护费支出4.90万元'));
    expect(f.map((x) => `${x.rule} ${x.severity}`)).toContain('narrative/sum error');
    expect(f.find((x) => x.rule === 'narrative/sum')!.message).toContain('0.00 + 4.90 + 2.50 = 7.40万元');
  });
});

describe('决算数大于 / 小于预算数 with the gap', () => {
  const text = lines(
    '2017年度部门决算情况说明',
    '三、一般公共预算财政拨款支出决算情况。',
    '2017年度，本单位一般公共预算财政拨款支出总计1741.75万元，与上年相比减少53.7万元，降低2.99%；完成年初预算103.32%，决算数大于预算数55.93万元，主要原因：职工工资调标。',
  );

  it('gives the budget of the completion rate: 1741.75 − 55.93 = 1685.82, 103.32% ✓', () => {
    expect(brief(text)).toEqual([]);
  });

  it('a completion rate that does not follow from it is an error with that arithmetic', () => {
    const f = checkNarrativeText(text.replace('完成年初预算103.32%', '完成年初预算100%'));
    expect(f.map((x) => `${x.rule} ${x.severity} ${x.cell}`)).toEqual(['narrative/completion error L3']);
    expect(f[0].message).toContain('1,741.75 − 55.93 = 1,685.82万元');
    expect(f[0].message).toContain('1,741.75 ÷ 1,685.82 = 103.3%');
  });

  it('is checked against a budget the sentence states, signed: 决算 − 预算', () => {
    const stated = '2022年度“三公”经费年初预算为20.00万元，支出决算为16.50万元，完成年初预算的82.50%，决算数小于预算数3.50万元，主要原因是压减开支。';
    expect(brief(stated)).toEqual([]);
    const f = checkNarrativeText(stated.replace('决算数小于预算数3.50万元', '决算数大于预算数3.50万元'));
    expect(f.map((x) => `${x.rule} ${x.severity}`)).toContain('narrative/change error');
    expect(f.find((x) => x.rule === 'narrative/change')!.message).toContain('16.50 − 20.00 = -3.50万元');
  });

  it('without its gap, a rate of 100% beside 大于 may be rounded down: nothing is said', () => {
    const item = '1. 教育支出1595.95万元，主要用于保教工作，完成年初预算100%，决算数大于预算数，主要原因：职工工资调标。';
    expect(brief(item)).toEqual([]);
    // A rate that cannot round to 100 still contradicts the words.
    expect(brief(item.replace('完成年初预算100%', '完成年初预算97%'))).toEqual(['narrative/direction error L1']);
  });
});

describe('a text that compares with 年初预算', () => {
  it('reports 决算 even when it never says 决算: its plain figures are what was spent', () => {
    // '…年初预算为0.95万元' items: a part of the 支出 list only when it is a 支出, never its budget.
    const text = '2018年度本部门一般公共预算财政拨款安排的“三公”经费支出2.05万元，年初预算为2.95万元。其中：公务用车运行维护费支出0万元，年初预算为0.95万元；公务接待费支出2.05万元，年初预算为2万元。';
    expect(brief(text)).toEqual([]);
    expect(brief(text.replace('公务接待费支出2.05万元', '公务接待费支出3.05万元'))).toEqual(['narrative/sum error L1']);
  });
});

describe('a difference printed coarser than its two figures', () => {
  const right = '2022年“三公”经费支出决算12.30万元，年初预算为15.00万元，相差2.70万元，主要原因是减少公务接待。';
  const changes = (text: string) => checkNarrativeText(text).filter((f) => f.rule === 'narrative/change');

  it('is their gap rounded to its own digit: 2.70 printed “相差3万元” or “相差2.7万元” is right, not a rounding question', () => {
    expect(changes(right.replace('相差2.70万元', '相差3万元'))).toEqual([]);
    expect(changes(right.replace('相差2.70万元', '相差2.7万元'))).toEqual([]);
    expect(changes('2022年度“三公”经费年初预算为117.12万元，支出决算为120.37万元，决算数大于预算数3万元。')).toEqual([]);
  });

  it('one printed unit off that rounding is still found: “相差2万元” for 2.70 is an error', () => {
    const f = changes(right.replace('相差2.70万元', '相差2万元'));
    expect(f.map((x) => x.severity)).toEqual(['error']);
    expect(f[0].message).toContain('15.00 − 12.30 = 2.70万元');
  });

  it('property: a 差额 in whole 万元 or to 0.1 万元 that is the cents’ gap rounded is silent; one unit more is found', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000, max: 999_999 }), fc.integer({ min: 1, max: 500_000 }), fc.constantFrom(0, 1), (budgetCents, gapCents, decimals) => {
        const finalCents = budgetCents + gapCents;
        const unitCents = decimals === 0 ? 100 : 10;
        const rounded = Math.round(gapCents / unitCents) * unitCents;
        const text = (differenceCents: number) =>
          `2022年“三公”经费支出决算${(finalCents / 100).toFixed(2)}万元，年初预算为${(budgetCents / 100).toFixed(2)}万元，相差${(differenceCents / 100).toFixed(decimals)}万元。`;
        expect(changes(text(rounded))).toEqual([]);
        expect(changes(text(rounded + unitCents))).toHaveLength(1);
      }),
    );
  });
});

describe('a difference printed in another unit than its two figures', () => {
  const changes = (text: string) => checkNarrativeText(text).filter((f) => f.rule === 'narrative/change');

  it('shows the subtraction in the difference’s unit with every digit the figures have: 120万元 − 100万元 is 0.0120 − 0.0100 亿元, not 0.01 − 0.01', () => {
    const f = changes('2022年“三公”经费支出决算120万元，年初预算为100万元，相差0.23亿元。');
    expect(f.map((x) => x.severity)).toEqual(['error']);
    expect(f[0].message).toContain('0.0120 − 0.0100 = 0.0020亿元');
    expect(f[0].expected).toBe(0.002);
  });

  it('property: the subtraction shown is the figures’ own, exactly, in the difference’s unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 999_999 }), fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 1, max: 99 }), (budgetCents, gapCents, statedHundredths) => {
        const finalCents = budgetCents + gapCents;
        // 0.01亿元 is 100万元 (10,000 cents of 万元): the stated gap is off by more than its own half unit
        fc.pre(Math.abs(statedHundredths * 10_000 - gapCents) > 5_001);
        const f = changes(`2022年“三公”经费支出决算${(finalCents / 100).toFixed(2)}万元，年初预算为${(budgetCents / 100).toFixed(2)}万元，相差${(statedHundredths / 100).toFixed(2)}亿元。`);
        expect(f).toHaveLength(1);
        const yi = (cents: number) => (cents / 1_000_000).toFixed(6);
        expect(f[0].message).toContain(`${yi(finalCents)} − ${yi(budgetCents)} = ${yi(gapCents)}亿元`);
      }),
    );
  });
});
