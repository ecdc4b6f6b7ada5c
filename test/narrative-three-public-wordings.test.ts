/**
 * “三公” paragraphs in 384 wordings (test/fixtures/narrative-three-public-wordings.ts: 预算 / 决算 × 其中 / one kind a
 * sentence / '1.' / '（一）' / '一是' / a 合计 after × 4 ways to write a nil kind × counts beside the money or not ×
 * 4 comparisons of the total), fast-check: right → no error, no warning (counts are never added to money); a
 * kind over the total → found, stating the total and the kinds' sum, wherever the kinds are read as its parts;
 * where they are not (a 合计 after a list with no opener, a numbered kind with no figure) → nothing.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';
import { allWordings, readable, threePublicPassage, totalOf, wan, type ThreePublicAmounts } from './fixtures/narrative-three-public-wordings';

const WORDINGS = [...allWordings()];
const loud = (text: string) => checkNarrativeText(text).filter((f) => f.severity !== 'info');
const listed = (text: string) => checkNarrativeText(text).map((f) => `${f.severity} ${f.rule} ${f.message}`).join('\n');
// Cents of 万元: a kind of 0.10 to 300万元, or nil. (Kinds of 0.01万元 each are within the rounding of their
// total — 0.01 + 0.01 against 0.03 — so a list of them may be taken as complete before its last kind.)
const money = fc.integer({ min: 10, max: 30_000_00 });
const kindAmount = fc.oneof(fc.constant(0), money);
const amounts: fc.Arbitrary<ThreePublicAmounts> = fc.record({ abroad: kindAmount, purchase: kindAmount, operation: money, reception: money });
// The figure compared with: 0.5 to 1.5 times the total.
const priorShare = fc.integer({ min: 50, max: 150 });

describe('a “三公” total and its kinds, however the paragraph is laid out', () => {
  it(`right as written: no error, no warning (${WORDINGS.length} wordings)`, () => {
    fc.assert(
      fc.property(fc.constantFrom(...WORDINGS), amounts, priorShare, (w, m, share) => {
        const total = totalOf(m);
        const text = threePublicPassage(w, m, total, Math.max(1, Math.round((total * share) / 100)));
        expect(loud(text), `${text}\n${listed(text)}`).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('a kind over the total is found, stating both figures, wherever the kinds are read; elsewhere nothing is said', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WORDINGS), amounts, fc.integer({ min: 1_00, max: 50_00 }), (w, m, slip) => {
        const total = totalOf(m);
        const text = threePublicPassage(w, { ...m, reception: m.reception + slip }, total, total);
        const found = loud(text);
        if (!readable(w, m)) {
          expect(found, `${text}\n${listed(text)}`).toEqual([]);
          return;
        }
        const sums = found.filter((f) => f.rule === 'narrative/sum');
        expect(sums, `${text}\n${listed(text)}`).toHaveLength(1);
        // Messages group thousands ('1,000.00万元').
        const message = sums[0].message.replace(/,/g, '');
        expect(message).toContain(`${wan(total)}万元`);
        expect(message).toContain(`${wan(total + slip)}万元`);
      }),
      { numRuns: 500 },
    );
  });

  // The readings these wordings found missing, as a reader meets them.
  it('reads the kinds numbered or one a sentence after the total, with no 其中', () => {
    const numbered = ['2025年“三公”经费财政拨款预算510.12万元。', '1.因公出国（境）费27.11万元。', '2.公务用车购置及运行维护费430.56万元。', '3.公务接待费62.45万元。'];
    expect(loud(numbered.join('\n')).map((f) => `${f.severity} ${f.rule}`)).toEqual(['error narrative/sum']);
    expect(loud(numbered.join('\n').replace('62.45', '52.45'))).toEqual([]);
    const sentences = '2025年“三公”经费财政拨款预算510.12万元，比上年减少10.00万元，下降1.92%。因公出国（境）费27.11万元。公务用车购置及运行维护费430.56万元。公务接待费62.45万元。';
    expect(loud(sentences).map((f) => `${f.severity} ${f.rule}`)).toEqual(['error narrative/sum']);
    // Figures after the total that are not its kinds are no breakdown of it.
    expect(loud('2025年“三公”经费财政拨款预算510.12万元。机关运行经费预算62.45万元。公务接待费52.45万元。')).toEqual([]);
  });

  it('a kind written nil without a figure (“为0”) does not end a 一是 list at its ；', () => {
    const text = '2025年“三公”经费财政拨款预算510.12万元。其中：一是因公出国（境）费为0；二是公务用车购置及运行维护费430.56万元；三是公务接待费42.45万元。';
    expect(loud(text).map((f) => `${f.severity} ${f.rule}`)).toEqual(['warning narrative/sum']);
    expect(loud(text.replace('42.45', '79.56'))).toEqual([]);
  });
});
