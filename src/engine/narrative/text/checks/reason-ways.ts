/**
 * A reason that names the way of the change it explains ('财政拨款收入支出增加的主要原因是…') while every change the text
 * has stated for that subject goes the other way ('财政拨款收入7,630.61万元，比2025年预算减少2,163.37万元'): the way word is a
 * slip. Said only when the sentence states no figure of its own before the reason (its own change would be the one meant) and
 * the subject is named in the reason's own words.
 */
import { foundInWhole, quote, wholeText, type Doc } from '../document';
import type { ChangeLink } from '../structure';
import { subjectOf, type Subject } from '../subjects';
import { sentenceAt } from '../tokens';
import { AMOUNT_OR_PERCENT, POSSESSIVE_END, UP_WORD, WAY_BEFORE_REASON, type Direction } from '../words';
import { sentenceStartBefore } from './reasons';

/** How far back a change still counts as the one a reason explains: the passages of one item or section. */
const EARLIER_PASSAGES = 4;

/** The change a link states and its way; a change whose way words contradict each other has none. */
function wayOf(link: ChangeLink): Direction | undefined {
  if (link.change) return link.change.garbled ? undefined : link.change.direction;
  return link.rate?.direction;
}

function subjectOfLink(link: ChangeLink): Subject | undefined {
  return link.change?.subject ?? link.current?.subject;
}

/** The reason's subject is the change's, or names 收入 and 支出 together ('收入支出增加的原因') of the same fund. */
function explains(reason: Subject, changed: Subject | undefined): boolean {
  if (!changed?.id) return false;
  if (reason.id === changed.id) return true;
  return reason.core === 'income-expense' && reason.fund === changed.fund && (changed.core === 'income' || changed.core === 'expense');
}

export function checkReasonWays(doc: Doc): void {
  // Unanchored, with no look-around: a passage's match is one of the whole text's too.
  if (!foundInWhole(WAY_BEFORE_REASON, wholeText(doc))) return;
  for (const p of doc.passages) {
    WAY_BEFORE_REASON.lastIndex = 0;
    for (let m = WAY_BEFORE_REASON.exec(p.text); m; m = WAY_BEFORE_REASON.exec(p.text)) {
      const from = sentenceStartBefore(p.text, m.index);
      const words = p.text.slice(from, m.index);
      if (AMOUNT_OR_PERCENT.test(words)) continue;
      const subject = subjectOf(words.replace(POSSESSIVE_END, ''));
      if (!subject.id || subject.bare || !subject.core) continue;
      const stated = doc.structure.changes.filter((l) => {
        const t = l.change ?? l.rate;
        if (!t || t.para < p.index - EARLIER_PASSAGES || t.para > p.index || (t.para === p.index && t.start >= from)) return false;
        return explains(subject, subjectOfLink(l)) && wayOf(l) !== undefined;
      });
      const way: Direction = UP_WORD.test(m[1]) ? 1 : -1;
      if (stated.length === 0 || stated.some((l) => wayOf(l) === way)) continue;
      const shown = stated[stated.length - 1].change;
      doc.out.add(
        'reason',
        'warning',
        { para: p.index, start: m.index },
        `“${sentenceAt(p.text, m.index)}”说的是${m[1]}的原因，但前文${shown ? quote(shown) : '所述变动'}是${way === 1 ? '减少' : '增加'}，请核对增减方向。`,
        { key: `way${m.index}` },
      );
    }
  }
}
