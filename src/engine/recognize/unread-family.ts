/**
 * Which set an unread table is, in a workbook whose read tables hold both a 部门预算 and a 部门决算 set: the
 * family its title (else its sheet's name) names for certain — 决算, or a 预算 of its own words (not a fund's
 * name, not a budget's 执行). Where neither tells it, it is neither set's, and said so once: a set's family may
 * itself be misread (a 决算 read as a 预算), so no set calls the kind missing on its account.
 */
import { namesBudget, namesFinal } from './lexicon';
import type { Family } from './types';
import type { SheetReading } from './unread-department';
import type { UnreadTable } from './unread';

/** The family a name says for certain: one of 预算 / 决算, not both. */
function familyNamed(name: string): Family | undefined {
  const final = namesFinal(name);
  const budget = namesBudget(name);
  if (final === budget) return undefined;
  return final ? 'final' : 'budget';
}

/** The family its title names, else its sheet's name; undefined when they disagree or neither names one. */
function familyOfUnread(u: UnreadTable): Family | undefined {
  const byTitle = familyNamed(u.title);
  const bySheet = familyNamed(u.sheet);
  if (byTitle && bySheet && byTitle !== bySheet) return undefined;
  return byTitle ?? bySheet;
}

/** Sets `family` or `familyUnknown` on each unread table when both families are read; otherwise leaves them unset. */
export function tieUnreadToFamilies(sheets: readonly SheetReading[]): void {
  const families = new Set(sheets.flatMap((s) => s.tables.map((t) => t.family)));
  for (const s of sheets) {
    const u = s.unread;
    if (!u || families.size < 2) continue;
    const family = familyOfUnread(u);
    if (family) u.family = family;
    else u.familyUnknown = true;
  }
}
