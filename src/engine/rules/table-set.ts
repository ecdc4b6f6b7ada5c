/**
 * The tables that belong together — one department's set of publication tables — and how two of
 * them are compared: column by column of the same measure. Grouping is linear in the number of
 * tables, so a 200-department workbook does not compare every table with every other.
 */
import type { Column, Measure, Table, TableKind } from '../recognize/types';

export type TableSet = Map<TableKind, Table>;

/**
 * Groups tables by family and department. A workbook with one department (or none stated) is one
 * set; a table without a department joins the set of the table before it. When a kind occurs
 * twice in a group (部门 and 单位 versions, one set after another), the n-th table of each kind
 * forms the n-th set.
 */
export function tableSets(tables: Table[]): TableSet[] {
  const departments = new Set(tables.map((t) => t.department).filter(Boolean));
  const groups = new Map<string, Table[]>();
  let lastDepartment = '';
  for (const t of tables) {
    if (t.department) lastDepartment = t.department;
    const dept = departments.size > 1 ? (t.department ?? lastDepartment) : '';
    const key = `${t.family}|${dept}`;
    const list = groups.get(key) ?? [];
    list.push(t);
    groups.set(key, list);
  }
  const sets: TableSet[] = [];
  for (const list of groups.values()) {
    const seen = new Map<TableKind, number>();
    const local: TableSet[] = [];
    for (const t of list) {
      const n = seen.get(t.kind) ?? 0;
      seen.set(t.kind, n + 1);
      while (local.length <= n) local.push(new Map());
      local[n].set(t.kind, t);
    }
    sets.push(...local);
  }
  return sets;
}

/** The measure a figure of this family is compared in when the other table has only one. */
function preferredMeasure(table: Table): (Measure | undefined)[] {
  return table.family === 'final' ? ['final', 'adjusted-budget', undefined, 'budget'] : [undefined, 'budget', 'initial-budget', 'current'];
}

/**
 * Pairs the columns of two tables that hold the same measure: 决算数 with 决算数, 年初预算数 with
 * 年初预算数; a table with a single measure is compared with the other's main one.
 */
export function pairColumns(a: Table, colsA: Column[], b: Table, colsB: Column[]): [Column, Column][] {
  if (colsA.length === 0 || colsB.length === 0) return [];
  if (colsA.length > 1 && colsB.length > 1) {
    const pairs: [Column, Column][] = [];
    for (const ca of colsA) {
      const cb = colsB.find((c) => c.measure === ca.measure);
      if (cb) pairs.push([ca, cb]);
    }
    return pairs;
  }
  const pick = (table: Table, cols: Column[]): Column => {
    for (const m of preferredMeasure(table)) {
      const c = cols.find((x) => x.measure === m);
      if (c) return c;
    }
    return cols[0];
  };
  return [[pick(a, colsA), pick(b, colsB)]];
}
