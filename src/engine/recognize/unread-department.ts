/**
 * Whose an unread table is, in a workbook holding several departments' table sets: the department
 * its sheet names, else the one the read sheets on both sides of it belong to (the order the sets
 * are grouped by). Where neither tells it for certain, it is no department's, and said so once.
 */
import type { Table } from './types';
import type { UnreadTable } from './unread';

export interface SheetReading {
  tables: readonly Table[];
  unread?: UnreadTable;
}

/** Sets `department` or `departmentUnknown` on each unread table; with one department (or none stated) it leaves them unset. */
export function tieUnreadToDepartments(sheets: readonly SheetReading[]): void {
  const named = new Set(sheets.flatMap((s) => s.tables.map((t) => t.department)).filter(Boolean));
  if (named.size <= 1) {
    for (const s of sheets) if (s.unread) delete s.unread.department;
    return;
  }
  // A table that names no department belongs to the one before it, as the sets are grouped.
  const lastBefore: (string | undefined)[] = [];
  let last: string | undefined;
  for (const s of sheets) {
    lastBefore.push(last);
    for (const t of s.tables) last = t.department ?? last;
  }
  // The department of the first read table after each sheet, from the end.
  let after: string | undefined;
  for (let i = sheets.length - 1; i >= 0; i--) {
    const u = sheets[i].unread;
    if (u && !u.department) {
      const before = lastBefore[i];
      if (before && before === after) u.department = before;
      else u.departmentUnknown = true;
    }
    const first = sheets[i].tables[0];
    if (first) after = first.department ?? lastBefore[i];
  }
}
