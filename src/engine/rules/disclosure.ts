/**
 * What a publication must contain (warnings): every standard table of the set — a missing table is
 * a finding, not silence — and, for a table with no figures, the note that says why it is empty
 * (“本部门无政府性基金预算收支，故本表为空表”).
 */
import { toA1 } from '../grid/a1';
import { TABLE_KINDS, type Table, type TableKind } from '../recognize/types';
import { hasNonZeroFigure } from '../model/tables';
import { explainsEmptiness } from '../recognize/lexicon';
import { disclosure as say } from './messages';
import { compared, notRun, setRule, type TableRule } from './rule';
import type { TableSet } from './table-set';
import type { UnreadTable } from '../recognize/unread';

/** Kinds a publication may leave out: not in every 财政部 template. */
const OPTIONAL_KINDS: ReadonlySet<TableKind> = new Set(['project-expense', 'carryover', 'procurement', 'assets', 'performance']);

/** The tables every 部门预算 / 部门决算 publication carries (财政部 templates), in the standard order. */
const REQUIRED_KINDS: readonly TableKind[] = TABLE_KINDS.filter((k) => !OPTIONAL_KINDS.has(k));

/** A set with fewer of the standard tables than this is a working file, not a publication. */
const PUBLICATION_MINIMUM = 6;

/** What a table of this kind is empty of, for the example 空表 statement. */
const EMPTY_OF: Partial<Record<TableKind, string>> = {
  'gov-fund-expense': '政府性基金预算收支',
  'state-capital-expense': '国有资本经营预算收支',
  'three-public': '财政拨款“三公”经费支出',
  carryover: '上年结转结余',
  'project-expense': '项目支出',
  procurement: '政府采购预算',
  assets: '国有资产',
  performance: '绩效目标',
};

/** “本单位无国有资本经营预算收支，故本表为空表” — the statement an empty table of this kind carries. */
export function emptyStatementExample(kind: TableKind): string {
  return `本单位无${EMPTY_OF[kind] ?? '相关收支'}，故本表为空表`;
}

function anchorCell(table: Table): string {
  const at = table.titleCell ?? { row: table.rect.top, col: table.rect.left };
  return toA1(at.row, at.col);
}

/** The year most tables of a set state; undefined when fewer than two state one. */
function setYear(tables: Table[]): number | undefined {
  const counts = new Map<number, number>();
  for (const t of tables) if (t.year) counts.set(t.year, (counts.get(t.year) ?? 0) + 1);
  let best: number | undefined;
  let bestCount = 0;
  for (const [y, n] of counts) if (n > bestCount || (n === bestCount && best !== undefined && y > best)) [best, bestCount] = [y, n];
  return [...counts.values()].reduce((a, b) => a + b, 0) >= 2 ? best : undefined;
}

/** A table whose title or 预算年度 states another year than the rest of its set (a copied table not updated). */
export const tableYears = setRule({
  id: 'disclosure/year',
  advisory: true,
  needs: [],
  run: (ctx, _tables, { id, set }) => {
    const tables = [...set.values()];
    const year = setYear(tables);
    if (year === undefined) return notRun('注明年度的表不足两张，无从比较');
    for (const t of tables) {
      if (!t.year || t.year === year) continue;
      ctx.report({
        rule: id,
        kind: 'narrative',
        severity: 'warning',
        sheet: t.sheet,
        cell: anchorCell(t),
        related: [],
        expected: year,
        actual: t.year,
        message: say.yearMismatch(t, t.year, year),
      });
    }
    return compared(tables.filter((t) => t.year).length);
  },
});

/** The standard tables of the set that are there, in the order of REQUIRED_KINDS. */
function standardTables(set: TableSet): Table[] {
  return REQUIRED_KINDS.flatMap((k) => set.get(k) ?? []);
}

/** The department the set's tables name (the first that names one). */
function setDepartment(set: TableSet): string | undefined {
  for (const t of set.values()) if (t.department) return t.department;
  return undefined;
}

/** The unread table is this set's department's: one department in the workbook, or the department it was tied to is the set's. */
function isDepartmentsUnread(u: UnreadTable, set: TableSet): boolean {
  return !u.departmentUnknown && (u.department === undefined || u.department === setDepartment(set));
}

/** The unread table is this set's: its department's, and of its family when the workbook holds both (UnreadTable.family). */
function isSetsUnread(u: UnreadTable, set: TableSet): boolean {
  return isDepartmentsUnread(u, set) && !u.familyUnknown && (u.family === undefined || u.family === standardTables(set)[0]?.family);
}

function familyWord(set: TableSet): string {
  return standardTables(set)[0]?.family === 'final' ? '部门决算' : '部门预算';
}

/** Every standard table of a publication is there (a set that looks like one: most of them are). */
export const requiredTables = setRule({
  id: 'disclosure/required-tables',
  advisory: true,
  hintsAre: '张在工作簿中但没能识别，未核对',
  needs: [],
  applies: (set) => standardTables(set).length > 0,
  scope: (set) => `${standardTables(set)[0]?.department ?? ''}${familyWord(set)}公开表`,
  run: (ctx, _tables, { id, set }) => {
    const present = standardTables(set);
    if (present.length < PUBLICATION_MINIMUM) return notRun(`只识别到 ${present.length} 张标准表，不像完整的公开表，未检查缺表`);
    const first = present[0];
    let undecided = 0;
    for (const kind of REQUIRED_KINDS) {
      if (set.has(kind)) continue;
      const ofKind = ctx.unreadTables.filter((u) => u.kind === kind && !u.accountingStatement);
      const unread = ofKind.find((u) => isSetsUnread(u, set));
      if (unread) {
        // The table is in the workbook: saying it is missing would be false; it is there and not checked (a 提示, as recognition's note).
        ctx.report({ rule: id, kind: 'narrative', severity: 'info', sheet: unread.sheet, cell: unread.cell, related: [], message: say.unreadTable(kind, unread.sheet) });
        continue;
      }
      // An unread table of this kind no department can be told to own may be this set's: not missing for certain (recognition's note says so
      // once). Nor is one of its department tied to the other family: the set's own family may be the one misread.
      if (ofKind.some((u) => u.departmentUnknown || u.familyUnknown || isDepartmentsUnread(u, set))) {
        undecided++;
        continue;
      }
      ctx.report({
        rule: id,
        kind: 'narrative',
        severity: 'warning',
        sheet: first.sheet,
        cell: anchorCell(first),
        related: [],
        message: say.missingTable(kind, familyWord(set)),
      });
    }
    return compared(REQUIRED_KINDS.length - undecided);
  },
});

/** A table with no figures says why it is empty. */
export const emptyTableNote: TableRule = {
  id: 'disclosure/empty-table-note',
  advisory: true,
  applies: (table) => !hasNonZeroFigure(table),
  run: (ctx, table) => {
    if (!table.note || !explainsEmptiness(table.note.text)) {
      ctx.report({
        rule: 'disclosure/empty-table-note',
        kind: 'narrative',
        severity: 'warning',
        sheet: table.sheet,
        cell: anchorCell(table),
        related: [],
        message: say.emptyWithoutNote(table, emptyStatementExample(table.kind)),
      });
    }
    return compared(1);
  },
};
