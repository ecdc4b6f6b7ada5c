/**
 * A budget adjustment read as a change (text 331, a 镇's 预算调整方案 of the fortieth batch): '由年初预算79552.91万元
 * 调整为82513.70万元,调增2960.79万元' — the first figure is the budget compared with, the second the adjusted budget,
 * the third their difference. The sentence was read as three unrelated figures (the 调增 as a change on 上年 of a
 * subject named '调'), so none of 331's 28 figures was checked.
 * The variants beside the published lines are wordings of the same form on other 预算调整 reports
 * ('从年初预算的…调整为…，比年初预算增加…', '…调整为…，减少…'); their figures are invented.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';
import { paragraphsOfText, reviewParagraphs } from '../src/engine/narrative/text/check';

const findings = (text: string) => checkNarrativeText(text).filter((f) => f.severity === 'error' || f.severity === 'warning');
const coverage = (text: string) => reviewParagraphs(paragraphsOfText(text, 't')).coverage;

/** Text 331, L5–L12, as published. */
const PUBLISHED = [
  '一、一般公共预算调整情况',
  '(一)一般公共预算总收入调整情况。一般公共预算总收入由年初预算79552.91万元调整为82513.70万元,调增2960.79万元。',
  '1、一般公共预算收入由年初预算12981.26万元调整为13250.10万元,调增268.84万元。其中:税收分成收入年初预算9407.22万元不变;非税收入由年初预算3574.04万元调整为3842.88万元,主要由于:(1)镇属企业利润上缴调增49.16万元;(2)根据上半年非税收入情况,多项行政事业性收费收入和罚没收入高于预期,调增228.96万元;(3)落实疫情期间减免租金政策,调减国有资源有偿使用收入9.29万元。',
  '2、上级补助收入由年初预算17282.07万元调整为20401.66万元,调增3119.59万元,主要由于:专项转移支付收入调增1824.59万元,其他一般性转移支付收入调增1295万元。均衡性转移支付收入和临时救助金优先保障“三保”支出项目。',
  '3、调入资金由年初预算39497.37万元调整为39069.73万元,调减427.64万元。',
  '4、上年结余年初预算9792.21万元不变。',
  '(二)一般公共预算总支出调整情况。一般公共预算总支出由年初预算79526.02万元调整为82486.88万元,调增2960.86万元。',
  '1、一般公共预算支出由年初预算69126.53万元调整为70101.74万元,调增975.21万元。',
].join('\n');

describe('由年初预算 X 调整为 Y，调增 / 调减 Z: Z is Y − X (331)', () => {
  it('the published adjustments are read, checked and pass', () => {
    expect(findings(PUBLISHED)).toEqual([]);
    // The six from → to changes, three figures each.
    expect(coverage(PUBLISHED).checked).toBeGreaterThanOrEqual(18);
  });

  it('a wrong change is an error with the arithmetic', () => {
    const wrong = PUBLISHED.replace('调减427.64万元', '调减472.64万元');
    const found = findings(wrong);
    expect(found.map((f) => [f.rule, f.severity, f.cell])).toEqual([['narrative/change', 'error', 'L5']]);
    expect(found[0].message).toBe('“调入资金由年初预算39497.37万元”调整为39069.73万元，调整额应为39,069.73 − 39,497.37 = -427.64万元，文中为“减少472.64万元”。');
    expect(found[0].expected).toBe(-427.64);
  });

  it('the variants: 从…调整为…，比年初预算增加…; 由…调整为…，减少…', () => {
    const right = ['全县一般公共预算支出从年初预算的356000万元调整为368500万元,比年初预算增加12500万元。', '政府性基金预算支出由年初预算12000万元调整为11500万元，减少500万元，主要是土地出让收入减少。'];
    expect(findings(right.join('\n'))).toEqual([]);
    expect(coverage(right.join('\n')).checked).toBe(6);
    const wrong = findings('全县一般公共预算支出从年初预算的356000万元调整为368500万元,比年初预算增加12000万元。');
    expect(wrong.map((f) => [f.severity, f.expected])).toEqual([['error', 12500]]);
  });

  it('two adjustments in one sentence, the first without its change, are each read', () => {
    const text = '一般公共预算收入由年初预算12981.26万元调整为13250.10万元,上级补助收入由年初预算17282.07万元调整为20401.66万元,调增3191.59万元。';
    const found = findings(text);
    expect(found.map((f) => [f.severity, f.expected])).toEqual([['error', 3119.59]]);
    expect(found[0].message).toContain('“上级补助收入由年初预算17282.07万元”调整为20401.66万元');
  });

  it('a change on another period after an adjustment is not read as the adjustment', () => {
    // '比上年增加': the change is on last year's figure, which the sentence does not give.
    const text = '一般公共预算支出由年初预算69126.53万元调整为70101.74万元,比上年增加5000万元。';
    expect(findings(text)).toEqual([]);
  });

  it('property: the change of an adjustment is checked against the two budgets, whichever way it goes', () => {
    const words = fc.record({
      subject: fc.constantFrom('一般公共预算收入', '上级补助收入', '调入资金', '一般公共预算支出', '政府性基金预算支出'),
      from: fc.constantFrom('由年初预算', '从年初预算', '由年初预算数', '由'),
      to: fc.constantFrom('调整为', '调整到', '调整至', '调为'),
      way: fc.constantFrom(['调增', '调减'], ['增加', '减少'], ['比年初预算增加', '比年初预算减少']),
    });
    const amount = fc.integer({ min: 1_000, max: 10_000_000 });
    fc.assert(
      fc.property(words, amount, amount, fc.integer({ min: -50_000, max: 50_000 }), (w, before, after, slip) => {
        fc.pre(before !== after);
        const change = Math.abs(after - before) + slip;
        fc.pre(change > 0);
        const yuan = (fen: number) => (fen / 100).toFixed(2);
        const text = `${w.subject}${w.from}${yuan(before)}万元${w.to}${yuan(after)}万元,${after > before ? w.way[0] : w.way[1]}${yuan(change)}万元。`;
        const found = findings(text);
        // Each figure rounded to 0.01 万元 (half a unit each): a gap of a unit is a slip of rounding, a warning at most.
        if (slip === 0) expect(found).toEqual([]);
        else if (Math.abs(slip) === 1) expect(found.every((f) => f.severity === 'warning')).toBe(true);
        else {
          expect(found.map((f) => [f.rule, f.severity])).toEqual([['narrative/change', 'error']]);
          expect(found[0].message).toContain(`调整额应为${(after / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })} − `);
        }
        expect(coverage(text).checked).toBe(3);
      }),
    );
  });
});

describe('the sources of an adjusted total, numbered one a passage, add to it before and after the adjustment (331)', () => {
  const sumFindings = (text: string) => findings(text).filter((f) => f.rule === 'narrative/sum');

  it('the published sources add to both totals; the 不变 source counts on both sides', () => {
    expect(sumFindings(PUBLISHED)).toEqual([]);
    // 79552.91, 82513.70 and the 不变 9792.21 are read by the two sums (the others by the adjustments already).
    expect(coverage(PUBLISHED).checked).toBe(19);
  });

  it('a source too large is an error on the total it overruns', () => {
    const over = PUBLISHED.replace('调整为20401.66万元,调增3119.59万元', '调整为20501.66万元,调增3219.59万元');
    const found = sumFindings(over);
    expect(found.map((f) => [f.severity, f.cell])).toEqual([['error', 'L2']]);
    expect(found[0].message).toContain('13,250.10 + 20,501.66 + 39,069.73 + 9,792.21 = 82,613.70万元，文中为82,513.70万元');
  });

  it('sources that run to the end of the text as given are not summed (the copy may be cut)', () => {
    const cut = PUBLISHED.split('\n').slice(0, 5).join('\n').replace('调整为20401.66万元,调增3119.59万元', '调整为20501.66万元,调增3219.59万元');
    expect(sumFindings(cut)).toEqual([]);
  });

  it('property: sources adjusted one a passage are summed on both sides — over their total is an error, short of it never is', () => {
    const NAMES = ['一般公共预算收入', '上级补助收入', '调入资金', '债务转贷收入', '上年结余'];
    fc.assert(
      fc.property(
        fc.array(fc.record({ before: fc.integer({ min: 0, max: 5_000_000 }), change: fc.integer({ min: -100_000, max: 100_000 }) }), { minLength: 2, maxLength: 5 }),
        fc.integer({ min: -30_000, max: 30_000 }),
        fc.boolean(),
        (sources, gap, gapBefore) => {
          const yuan = (fen: number) => (fen / 100).toFixed(2);
          fc.pre(sources.every((s) => s.before + s.change >= 0));
          // A gap within the rounding of the printed figures (half a cent each) is no slip.
          fc.pre(gap === 0 || Math.abs(gap) > sources.length + 1);
          const before = sources.reduce((a, s) => a + s.before, 0) + (gapBefore ? gap : 0);
          const after = sources.reduce((a, s) => a + s.before + s.change, 0) + (gapBefore ? 0 : gap);
          fc.pre(before > 0 && after > 0 && before !== after);
          const line = (name: string, x: number, y: number) =>
            y === x ? `${name}年初预算${yuan(x)}万元不变。` : `${name}由年初预算${yuan(x)}万元调整为${yuan(y)}万元,${y > x ? '调增' : '调减'}${yuan(Math.abs(y - x))}万元。`;
          const text = [
            `(一)收入调整情况。${line('一般公共预算总收入', before, after)}`,
            ...sources.map((s, i) => `${i + 1}、${line(NAMES[i], s.before, s.before + s.change)}`),
            '(二)支出调整情况。',
          ].join('\n');
          const found = sumFindings(text);
          if (gap === 0) expect(found).toEqual([]);
          else if (gap < 0) {
            // The total is smaller than its sources: proven wrong, whichever side.
            expect(found.map((f) => [f.severity, f.cell])).toEqual([['error', 'L1']]);
          } else expect(found.filter((f) => f.severity === 'error')).toEqual([]);
        },
      ),
    );
  });
});
