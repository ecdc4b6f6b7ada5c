/**
 * The changes of a balanced budget's two sides (582 L12): '(一)收入预算:2025年年初预算数1165.79万元,…收入较去年减少59.04万元' and
 * '(二)支出预算:2025年年初预算数1165.79万元,…支出较去年减少92.43万元'. A budget's 收入 and 支出 are one figure; stated so this
 * year, last year's budget balanced the same way, and the two changes on it are one change. Which of the two is wrong the words
 * cannot tell, nor that last year's figures were of the same kind: a warning.
 *
 * Read only in a budget, for the whole 收入 and 支出 (all funds), each change on the same year and measure, each total the figure
 * its change is of (its link's) or the unnamed total its passage opens with ('2025年年初预算数'), the two totals printed alike.
 */
import { amountsBeforeInParagraph, amountText, decimalsFor, markChecked, quote, type Doc, figureOfChange } from '../document';
import { startsBefore, type AmountToken } from '../tokens';
import { changeGap, plainChange } from './repeated-changes';

/** How many passages after the 收入's change the 支出's may stand: the two sections follow each other. */
const SECTION_SPAN = 3;

function totalChange(a: AmountToken, id: string): boolean {
  return a.subject.id === id && !a.inReason && plainChange(a);
}

/** The total a change of the whole 收入 / 支出 is of: its link's figure when named as it is, else the unnamed total heading its paragraph's breakdown. */
function totalOf(doc: Doc, c: AmountToken): AmountToken | undefined {
  const current = figureOfChange(doc, c);
  if (current && current.subject.id === c.subject.id) return current;
  // The paragraph's, over a 。 a copy's line ended a passage on (Passage.goesOn): '…其他收入0万元。' / '收入较去年减少59.04万元'.
  const first = amountsBeforeInParagraph(doc, c.para, c.start).find((a) => a.role === 'value' && !a.inReason);
  if (!first || first.year !== c.year) return undefined;
  if (first.subject.id !== c.subject.id && first.subject.core !== undefined) return undefined;
  return doc.structure.lists.some((l) => l.head === first) ? first : undefined;
}

export function checkBalancedChanges(doc: Doc): void {
  if (doc.family !== 'budget') return;
  const { amounts } = doc.structure;
  const incomes = amounts.filter((a) => totalChange(a, 'income@all'));
  if (incomes.length === 0) return;
  const expenses = amounts.filter((a) => totalChange(a, 'expense@all'));
  for (const inc of incomes) {
    const exp = expenses.find((e) => startsBefore(inc, e) && e.para <= inc.para + SECTION_SPAN);
    if (!exp || exp.year !== inc.year || exp.base?.year !== inc.base?.year || exp.base?.measure !== inc.base?.measure) continue;
    const incTotal = totalOf(doc, inc);
    const expTotal = totalOf(doc, exp);
    if (!incTotal || !expTotal || incTotal === expTotal || incTotal.fen <= 0 || incTotal.unit !== expTotal.unit || incTotal.fen !== expTotal.fen) continue;
    const gap = changeGap(inc, exp);
    // Changes that agree are left as the other checks counted them: this one only speaks when they do not.
    if (gap === undefined) continue;
    markChecked(doc, inc, exp, incTotal, expTotal);
    const d = decimalsFor(inc, exp, incTotal);
    const total = `${amountText(incTotal.fen, incTotal.unit, d)}${incTotal.unit}`;
    doc.out.add(
      'change',
      'warning',
      exp,
      `收入与支出同为${total}，两者的增减应相同，但收入${quote(inc)}、支出${quote(exp)}（相差${amountText(Math.abs(gap), inc.unit, d)}${inc.unit}），请核对哪一个有误。`,
      { key: `balanced${exp.start}`, about: exp },
    );
  }
}
