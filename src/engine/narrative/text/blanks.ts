/**
 * Amounts a draft left blank (【请填写金额】, masked before the text is read): a sum through one has nothing
 * certain to say. What a blank makes moot is its own sentence and any list that runs through it — the other
 * sentences of its paragraph are checked as any others.
 */
import type { Passage } from './join';
import type { SumList } from './structure';

const SENTENCE_END = /[。!?！？]/;

function sentenceStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !SENTENCE_END.test(text[i - 1])) i--;
  return i;
}

function sentenceEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && !SENTENCE_END.test(text[i])) i++;
  return i;
}

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
    const from = para === first.para ? sentenceStart(p.text, first.start) : 0;
    const to = para === last.para ? sentenceEnd(p.text, last.end) : p.text.length;
    if (p.blanks.some((b) => b >= from && b <= to)) return true;
  }
  return false;
}
