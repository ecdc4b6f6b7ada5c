/**
 * The listed-totals check (narrative/text/checks/listed-totals) reads a passage's figures only when one search finds
 * 收入 / 支出 with 总计 / 总量 / 合计 in it (SIDE_TOTAL_WORDS): every total it checks has a label that SIDE_TOTAL takes, and
 * a label is a slice of its passage. The oracle is that implication, over the labels before every figure of the corpus
 * texts and over arbitrary labels built from the words of a side's total.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SIDE_TOTAL } from '../src/engine/narrative/text/checks/additions';
import { SIDE_TOTAL_WORDS } from '../src/engine/narrative/text/checks/listed-totals';
import { corpusLines } from './narrative-helpers';

const labelsBeforeFigures = (): string[] => corpusLines().flatMap((l) => [...l.matchAll(/\d/g)].map((m) => l.slice(0, m.index)));

describe('listed totals: the passage gate', () => {
  it('a label SIDE_TOTAL takes holds what SIDE_TOTAL_WORDS looks for', () => {
    const labels = labelsBeforeFigures();
    const taken = labels.filter((l) => SIDE_TOTAL.test(l));
    expect(taken.length).toBeGreaterThan(10);
    for (const label of taken) expect(SIDE_TOTAL_WORDS.test(label), label).toBe(true);
    const words = ['收入', '支出', '总计', '总量', '合计', '本年', '为', '是', '达', ' ', '、', '一般公共预算', '万元', '2023年'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 8 }).map((xs) => xs.join('')), (label) => {
        if (SIDE_TOTAL.test(label)) expect(SIDE_TOTAL_WORDS.test(label)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
