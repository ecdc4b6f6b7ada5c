/**
 * A new level in words, not an amount of change: '普通高等学校由上年的17916.00元增加到21360.17元,增长19.22%' (text 131,
 * a 市教育局's report on 生均 spending) — the figure after the way word is this year's, the one before it the prior of
 * the year it names. Before, 增加到 read the second figure as a change and the first as a value: the rate was never
 * checked (8 of 131's 28 figures read), a '其中' list counted the prior as a part, and '较上年100万元增加至120万元' was
 * called a comparison without its way. The other lines here are wordings of the same form; their figures are invented.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';
import { paragraphsOfText, reviewParagraphs } from '../src/engine/narrative/text/check';

const findings = (text: string) => checkNarrativeText(text).filter((f) => f.severity === 'error' || f.severity === 'warning');
const coverage = (text: string) => reviewParagraphs(paragraphsOfText(text, 't')).coverage;

/** Text 131 as published: its L11–L21 are six such lines. */
const PUBLISHED = readFileSync('test/corpus/narrative/texts/131.txt', 'utf8');

describe('由上年 X 增加到 Y，增长 Z%: Y is this year, X the prior, Z = (Y − X) ÷ X (131)', () => {
  it('the published lines are read, checked and pass', () => {
    expect(findings(PUBLISHED)).toEqual([]);
    // The six lines, three figures each, and the total's change of L5 (8 figures read before).
    expect(coverage(PUBLISHED).checked).toBe(26);
  });

  it('a wrong rate is an error with the expected rate', () => {
    const found = findings(PUBLISHED.replace('增长10.23%', '增长12.23%'));
    expect(found.map((f) => [f.rule, f.severity, f.cell])).toEqual([['narrative/change', 'error', 'L15']]);
    expect(found[0].expected).toBe(10.23);
    expect(found[0].message).toBe('按本年27,100.44元、上年24,586.43元计，增加2,514.01元，变动率为2,514.01 ÷ 24,586.43 = 10.225%，文中为12.23%。');
  });

  it('the new level is the part of a 其中 list, its prior no part', () => {
    const right = '2025年部门预算支出200万元，其中：基本支出由上年的100万元增加为120万元，项目支出80万元。';
    expect(findings(right)).toEqual([]);
    const wrong = findings(right.replace('增加为120万元', '增加为130万元'));
    expect(wrong.map((f) => [f.rule, f.severity])).toEqual([['narrative/sum', 'error']]);
    expect(wrong[0].message).toContain('130.00 + 80.00 = 210.00万元');
  });

  it('a new level that is a total keeps its 其中 list', () => {
    const text = '2025年部门预算支出由上年的150万元增加为200万元，其中：基本支出120万元，项目支出80万元。';
    expect(findings(text)).toEqual([]);
  });

  it('较上年 X 增至 Y: the way is stated', () => {
    expect(findings('2025年“三公”经费预算20万元，其中：公务接待费较上年8.5万元增加至12.5万元，公务用车运行维护费7.5万元。')).toEqual([]);
  });

  it('the way words against the two figures, and a change after them', () => {
    const against = findings('公用经费由上年的10.50万元减少到12.30万元。');
    expect(against.map((f) => [f.rule, f.severity])).toEqual([['narrative/direction', 'error']]);
    const change = findings('公用经费较上年50.00万元增至60.00万元，增加12.00万元，增长20%，主要原因是人员增加。');
    expect(change.map((f) => [f.rule, f.severity, f.expected])).toEqual([['narrative/change', 'error', 10]]);
  });

  it('a budget adjusted is still read as one', () => {
    const found = findings('一般公共预算支出由年初预算69126.53万元调整为70101.74万元,调增975.12万元。');
    expect(found.map((f) => f.message)).toEqual(['“一般公共预算支出由年初预算69126.53万元”调整为70101.74万元，调整额应为70,101.74 − 69,126.53 = 975.21万元，文中为“增加975.12万元”。']);
  });

  it('property: any consistent prior, level and rate → no finding; a wrong rate → one error with the expected rate', () => {
    const words = fc.record({
      subject: fc.constantFrom('公用经费', '基本支出', '一般公共预算支出', '普通高中生均经费'),
      from: fc.constantFrom('由上年的', '由上年', '从上年的', '由2024年的', '较上年'),
      up: fc.constantFrom('增加为', '增加到', '增至', '增长到', '上升到', '提高到'),
      down: fc.constantFrom('减少为', '减少到', '减至', '下降到', '降至', '压减到'),
    });
    const amount = fc.integer({ min: 10_000, max: 100_000_000 });
    fc.assert(
      fc.property(words, amount, amount, fc.boolean(), (w, prior, level, slip) => {
        fc.pre(prior !== level);
        const up = level > prior;
        const exact = (Math.abs(level - prior) * 100) / prior;
        fc.pre(exact >= 0.5);
        const rate = Math.round(exact * 100) / 100;
        // A slip well past the rounding of the printed figures (both to 0.01万元).
        const printed = slip ? rate + Math.max(1, rate / 2) : rate;
        const yuan = (fen: number) => (fen / 100).toFixed(2);
        const text = `2025年${w.subject}${w.from}${yuan(prior)}万元${up ? w.up : w.down}${yuan(level)}万元,${up ? '增长' : '下降'}${printed.toFixed(2)}%,主要原因是业务量变化。`;
        const found = findings(text);
        if (!slip) return found.length === 0;
        return found.length === 1 && found[0].severity === 'error' && found[0].rule === 'narrative/change' && Math.abs(Number(found[0].expected) - exact) < 0.01;
      }),
    );
  });
});
