/**
 * A total's change explained by the changes of every part its breakdown names (437 L12): '2026年年初预算数582.44万元,其中:
 * 文化旅游体育与传媒支出预算462.99万元,社会保障和就业支出预算82.92万元,卫生健康支出预算18.17万元,住房保障支出预算18.35万元。
 * 支出预算比2025年增加140.86万元,主要是文化旅游体育与传媒支出增加135.66万元、社会保障和就业支出增加1.84万元、卫生健康支出增加
 * 1.65万元、住房保障支出增加1.83万元': a '主要是' list names the main changes only, but this one names every part of the figure
 * — the parts that make 582.44 — so its changes make the total's, 140.98 against 140.86. A part of last year's that is gone
 * this year (no figure in the breakdown) would explain the gap: a warning, which says so.
 *
 * Read only when the changes' items are exactly the breakdown's (one change each, by subject), the breakdown adds up to its
 * figure within the rounding of its parts, and that figure heads the paragraph the total's change stands in, before it.
 */
import { printedRoundingOf } from '../figures';
import { amountsBeforeInParagraph, amountText, amountValue, decimalsFor, markChecked, quote, type Doc } from '../document';
import { signedFen, type SumList } from '../structure';
import type { AmountToken } from '../tokens';
import { partsArithmetic } from './sums';

/** The breakdown of values, before `head` in its paragraph, whose parts are the items of `changes` one for one. */
function breakdownNamingEvery(doc: Doc, head: AmountToken, changes: readonly AmountToken[]): SumList | undefined {
  const ids = new Set(changes.map((c) => c.subject.id));
  if (ids.size !== changes.length || ids.has(undefined)) return undefined;
  // In its passage, or in one before that a copy's line cut from the same paragraph at a 。 (Passage.goesOn).
  const before = amountsBeforeInParagraph(doc, head.para, head.start);
  return doc.structure.lists.find((l) => {
    const figure = l.head;
    if (!figure || figure.role !== 'value' || !before.includes(figure) || figure.year !== head.year || l.parts.length !== changes.length) return false;
    if (!l.parts.every((p) => p.role === 'value' && !p.inReason && ids.has(p.subject.id) && p.unit === figure.unit)) return false;
    if (new Set(l.parts.map((p) => p.subject.id)).size !== l.parts.length) return false;
    const sum = l.parts.reduce((acc, p) => acc + p.fen, 0);
    return Math.abs(figure.fen - sum) <= printedRoundingOf(figure, ...l.parts);
  });
}

export function checkEveryPartChanges(doc: Doc): void {
  for (const list of doc.structure.lists) {
    const head = list.head;
    // A complete list of changes is the sums' to check; a list of the main ones is this check's when it names every part.
    if (!head || head.role !== 'change' || list.kind === 'complete' || list.parts.length < 2 || head.garbled || !head.direction || head.inReason) continue;
    const parts = list.parts;
    if (!parts.every((p) => p.role === 'change' && p.direction && !p.garbled && !p.difference && p.unit === head.unit && p.base?.year === head.base?.year)) continue;
    if (doc.out.hasError(head)) continue;
    const breakdown = breakdownNamingEvery(doc, head, parts);
    if (!breakdown) continue;
    const sum = parts.reduce((acc, p) => acc + signedFen(p), 0);
    const diff = signedFen(head) - sum;
    if (Math.abs(diff) <= printedRoundingOf(head, ...parts)) continue;
    markChecked(doc, head, ...parts);
    const d = decimalsFor(head, ...parts);
    doc.out.add(
      'sum',
      'warning',
      head,
      `${quote(head)}与其后所列各项的增减之和不一致：所列${parts.length}项正是${quote(breakdown.head!)}的全部组成部分，${partsArithmetic(parts, head.unit, d)} = ${amountText(sum, head.unit, d)}${head.unit}（差${amountText(diff, head.unit, d)}${head.unit}）；除非有上年有、本年已无的项目，请核对合计或各项的增减。`,
      { expected: amountValue(sum, head.unit, d), actual: head.direction === -1 ? -head.value : head.value, key: `every-part${head.start}`, about: head },
    );
  }
}
