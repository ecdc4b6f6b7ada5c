/**
 * What a draft left blank (masked before the text is read). An amount (【请填写金额】): a sum through one has
 * nothing certain to say — what it makes moot is its own sentence and any list that runs through it. A reason
 * (【请填写原因】): it is the reason of the change it stands by, left to fill, not one missing. The other
 * sentences of the paragraph are checked as any others.
 */
import type { Passage } from './join';
import type { SumList } from './structure';
import { sentenceBounds } from './tokens';

/** Whether an amount left blank stands in the sentences from the list's first figure to its last one. */
export function listHoldsBlank(passages: readonly Passage[], list: SumList): boolean {
  const at = [list.opener, ...(list.head ? [list.head] : []), ...list.parts];
  let first = at[0];
  let last = at[0];
  for (const t of at) {
    if (t.para < first.para || (t.para === first.para && t.start < first.start)) first = t;
    if (t.para > last.para || (t.para === last.para && t.end > last.end)) last = t;
  }
  for (let para = first.para; para <= last.para; para++) {
    const p = passages[para];
    if (!p?.blanks) continue;
    const from = para === first.para ? sentenceBounds(p.text, first.start).start : 0;
    const to = para === last.para ? sentenceBounds(p.text, last.end).end : p.text.length;
    if (p.blanks.some((b) => b >= from && b <= to)) return true;
  }
  return false;
}

/** Whether a reason left blank stands in passage `p` from `from` to `to`: the reason there is the draft's, left to fill. */
export function reasonLeftBlank(p: Passage, from: number, to: number): boolean {
  return !!p.reasonBlanks?.some((b) => b >= from && b <= to);
}
