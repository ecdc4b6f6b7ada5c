/**
 * Whose an unread table is, in a workbook holding several departments' table sets: the department
 * its sheet names (its 编制部门 line, or a title that holds one department's name), else the one the
 * read sheets on both sides of it belong to (the order the sets are grouped by). Where none of these
 * tells it for certain, it is no department's, and said so once.
 */
import type { Table } from './types';
import type { UnreadTable } from './unread';

export interface SheetReading {
  tables: readonly Table[];
  unread?: UnreadTable;
}

/** Sets `department` or `departmentUnknown` on each unread table; with one department (or none stated) it leaves them unset. */
export function tieUnreadToDepartments(sheets: readonly SheetReading[]): void {
  const named = new Set(sheets.flatMap((s) => s.tables.flatMap((t) => (t.department ? [t.department] : []))));
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
  for (const s of sheets) if (s.unread) tieByName(s.unread, named);
  // The department of the first read table after each sheet, from the end.
  let after: string | undefined;
  for (let i = sheets.length - 1; i >= 0; i--) {
    const u = sheets[i].unread;
    if (u && !u.department && !u.departmentUnknown) {
      const before = lastBefore[i];
      if (before && before === after) u.department = before;
      else u.departmentUnknown = true;
    }
    const first = sheets[i].tables[0];
    if (first) after = first.department ?? lastBefore[i];
  }
}

/**
 * The department its own lines name, when that is one of the read departments; else the one read department its title
 * holds ('XX局2025年部门支出总表'). A name on its lines that no read table states (a variant, another department) ties it
 * to none for certain.
 */
function tieByName(u: UnreadTable, named: ReadonlySet<string>): void {
  if (u.department) {
    if (!named.has(u.department)) {
      delete u.department;
      u.departmentUnknown = true;
    }
    return;
  }
  const inTitle = [...named].filter((d) => u.title.includes(d));
  if (inTitle.length === 1) u.department = inTitle[0];
}
