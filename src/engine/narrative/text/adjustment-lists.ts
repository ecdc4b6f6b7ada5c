/**
 * A budget adjustment's total and its sources, each adjusted the same way in a numbered passage of its own:
 * '一般公共预算总收入由年初预算79552.91万元调整为82513.70万元…' and then '1、一般公共预算收入由年初预算12981.26万元调整为
 * 13250.10万元…', '2、上级补助收入由…', '3、调入资金由…', '4、上年结余年初预算9792.21万元不变。' The sources add to the total
 * both before and after the adjustment: two lists, one of the budgets adjusted from, one of those adjusted to.
 */
import type { Passage } from './join';
import { markerOf, type SumList } from './structure';
import type { AmountToken, OpenerToken } from './tokens';

/** '…年初预算9792.21万元不变': a source the adjustment leaves as it was. */
const UNCHANGED_AFTER = /^\s*(?:保持)?不变/;

interface Source {
  from: AmountToken;
  to: AmountToken;
}

/** The first figure of passage `para`, read as an adjusted source: its budget before and after. */
function sourceOf(amounts: readonly AmountToken[], passages: readonly Passage[], para: number): Source | undefined {
  const first = amounts.find((a) => a.para === para);
  if (!first || first.inReason) return undefined;
  const to = amounts.find((a) => a.adjustedFrom === first);
  if (to) return { from: first, to };
  const unchanged = first.role === 'value' && first.measure === 'initial-budget' && UNCHANGED_AFTER.test(passages[para].half.slice(first.end));
  return unchanged ? { from: first, to: first } : undefined;
}

function listOf(head: AmountToken, parts: AmountToken[]): SumList {
  const opener: OpenerToken = { type: 'opener', para: head.para, start: head.end, end: head.end, depth: head.depth, sentence: head.sentence, word: '', kind: 'complete', enumeration: true, atSentenceEnd: true };
  return { head, opener, kind: 'complete', parts, etc: false, covers: false };
}

/**
 * The lists of every adjusted total followed by its sources numbered 1, 2, 3… (at least two), each adjusted
 * (or left 不变) the same way. Read only when a passage follows the last source: a text that ends there may
 * have been cut before the rest of its sources.
 */
export function adjustmentLists(amounts: readonly AmountToken[], passages: readonly Passage[]): SumList[] {
  const lists: SumList[] = [];
  for (const to of amounts) {
    const from = to.adjustedFrom;
    // The total: the first figure of its passage, in a passage that is no numbered source itself.
    if (!from || amounts.find((a) => a.para === to.para) !== from) continue;
    const style = markerOf(passages[to.para].text)?.style;
    const sources: Source[] = [];
    /** Whether the run of sources ended at a passage that is none of them (not at the text's end, nor at a numbered item of another kind). */
    let ended = false;
    for (let para = to.para + 1; para < passages.length; para++) {
      const marker = markerOf(passages[para].text);
      if (!marker || marker.style === style || marker.n !== sources.length + 1) {
        ended = true;
        break;
      }
      const source = sourceOf(amounts, passages, para);
      if (!source) break;
      sources.push(source);
    }
    if (!ended || sources.length < 2) continue;
    lists.push(listOf(from, sources.map((s) => s.from)), listOf(to, sources.map((s) => s.to)));
  }
  return lists;
}
