/**
 * Which tables a 情况说明 speaks of in a workbook of several departments. Such workbooks name each
 * department's sheets with its name first — '单位001表1' … '单位001表9', '单位001情况说明' — so a
 * 情况说明 sheet's department is the longest beginning its name shares with a table's sheet. It is
 * taken as certain only when the names split the workbook cleanly: two or more 情况说明 sheets, each
 * with a department of its own that is no beginning of another's, the rest of each name still naming
 * an explanation, every sheet with a table (or a 项目 card) under exactly one department, every
 * department with a table, and no department whose tables name two different 编制单位. Otherwise
 * every text is checked against every table, as with one department.
 */
import type { Table } from '../recognize/types';
import { isNarrativeSheetName } from '../recognize/lexicon';

/** How many characters `a` and `b` begin with alike. */
function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/**
 * How many characters `name` shares at most with a beginning of one of `sortedNames` (in code-unit
 * order, as sort() leaves them): the most is shared with a neighbour of where `name` would sort, so
 * two names are compared instead of every sheet of the workbook.
 */
export function longestSharedStart(name: string, sortedNames: readonly string[]): number {
  let lo = 0;
  let hi = sortedNames.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sortedNames[mid] < name) lo = mid + 1;
    else hi = mid;
  }
  const before = lo > 0 ? sharedStart(name, sortedNames[lo - 1]) : 0;
  const after = lo < sortedNames.length ? sharedStart(name, sortedNames[lo]) : 0;
  return Math.max(before, after);
}

/** The department of a 情况说明 sheet: the longest beginning of its name shared with a sheet of tables (`sortedTableSheets` sorted). */
function departmentOfName(sheet: string, sortedTableSheets: readonly string[]): string {
  return sheet.slice(0, longestSharedStart(sheet, sortedTableSheets));
}

/**
 * The one department whose sheets begin `sheet`'s name, if one. `sortedDepartments` (in code-unit
 * order) holds no beginning of another: then a department that begins the name is the last one
 * sorting no later than it (one sorting between would begin with it), so one comparison tells it.
 */
export function departmentOfSheet(sheet: string, sortedDepartments: readonly string[]): string | undefined {
  let lo = 0;
  let hi = sortedDepartments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sortedDepartments[mid] <= sheet) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && sheet.startsWith(sortedDepartments[lo - 1]) ? sortedDepartments[lo - 1] : undefined;
}

/**
 * The department (a beginning of sheet names) of each 情况说明 sheet among `textSheets`, when the
 * workbook's sheet names tell it for certain; undefined otherwise. `otherSheets`: further sheets
 * holding figures a text is checked against (the 项目 cards of 绩效目标表).
 */
export function departmentsOfTexts(textSheets: readonly string[], tables: readonly Table[], otherSheets: readonly string[] = []): Map<string, string> | undefined {
  const texts = [...new Set(textSheets.filter(isNarrativeSheetName))];
  if (texts.length < 2) return undefined;
  const tableSheets = [...new Set(tables.map((t) => t.sheet))].sort();
  const byText = new Map<string, string>();
  for (const sheet of texts) {
    if (tableSheets.includes(sheet)) return undefined;
    const department = departmentOfName(sheet, tableSheets);
    if (!department || !isNarrativeSheetName(sheet.slice(department.length))) return undefined;
    byText.set(sheet, department);
  }
  const departments = [...byText.values()].sort();
  if (departments.some((d, i) => departments.some((e, j) => i !== j && e.startsWith(d)))) return undefined;
  const withTables = new Set<string>();
  const units = new Map<string, string>();
  for (const t of tables) {
    const d = departmentOfSheet(t.sheet, departments);
    if (d === undefined) return undefined;
    withTables.add(d);
    if (t.department) {
      if ((units.get(d) ?? t.department) !== t.department) return undefined;
      units.set(d, t.department);
    }
  }
  if (withTables.size !== departments.length) return undefined;
  if (otherSheets.some((s) => departmentOfSheet(s, departments) === undefined)) return undefined;
  return byText;
}

/** Whether `sheet` is one of the department's (its name begins with the department's). */
export function inDepartment(sheet: string, department: string): boolean {
  return sheet.startsWith(department);
}
