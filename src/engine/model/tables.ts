/**
 * Reading a recognized table, the same way for the rules, the narrative checks and the draft: its
 * lines that carry figures, its 合计 line, a line by key or code, its amount columns by key, and the
 * figure and cell where a line meets a column.
 */
import type { CellLocation } from '../findings';
import { toA1 } from '../grid/a1';
import { beyondAnyBudget } from '../grid/units';
import { toFen } from './money';
import type { Column, ColumnKey, Line, LineKey, Table } from '../recognize/types';
import { namesChange, namesLastYearsFigure } from '../recognize/lexicon';

/**
 * What every check reads of a table again and again — its figure lines and amount columns, whole
 * (WHOLE) or by block — filtered once, on first use, and shared: callers read them, never change them. Recognition has
 * finished a table before anyone reads it. A class, not an object literal: the literal's allocation site
 * was switched to old space in a warm run (the readings live as long as their table), and the switch
 * threw away all optimised code that had inlined readingsOf.
 */
class TableReadings {
  readonly figureLines = new Map<number, Line[]>();
  readonly amountColumns = new Map<number, Column[]>();
  /** By block, then by the keys asked for (no `where`): every cross-table check asks for the same value columns. */
  readonly columnsWithKey = new Map<number, Map<string, Column[]>>();
  readonly totalLine = new Map<number, Line | undefined>();
}

const WHOLE = -1;
const readings = new WeakMap<Table, TableReadings>();

function readingsOf(table: Table): TableReadings {
  let r = readings.get(table);
  if (!r) readings.set(table, (r = new TableReadings()));
  return r;
}

/** Lines of a block (of the whole table without one) that can carry figures: no 栏次 or blank rows. */
export function figureLines(table: Table, block?: number): Line[] {
  const byBlock = readingsOf(table).figureLines;
  let lines = byBlock.get(block ?? WHOLE);
  if (!lines) {
    lines = table.lines.filter((l) => (block === undefined || l.block === block) && l.role !== 'column-number' && l.role !== 'blank');
    byBlock.set(block ?? WHOLE, lines);
  }
  return lines;
}

/** Amount columns of a table (or of one block of it), in sheet order. */
export function amountColumns(table: Table, block?: number): Column[] {
  const byBlock = readingsOf(table).amountColumns;
  let columns = byBlock.get(block ?? WHOLE);
  if (!columns) {
    const filtered = table.columns.filter((c) => c.role === 'amount' && (block === undefined || c.block === block));
    // Recognition lists them in sheet order: a sort (and the work array it allocates) only when it did not.
    columns = inSheetOrder(filtered) ? filtered : filtered.sort((a, b) => a.col - b.col);
    byBlock.set(block ?? WHOLE, columns);
  }
  return columns;
}

function inSheetOrder(columns: readonly Column[]): boolean {
  for (let i = 1; i < columns.length; i++) if (columns[i - 1].col > columns[i].col) return false;
  return true;
}

/**
 * A column of changes on last year or of their reasons, by its head or a group above it ('增减', '增、减额',
 * '2023年预算数增减', '比上年增、减情况', '增减原因'): never a figure of the year, whatever measure it sits under.
 */
export function isChangeColumn(c: Column): boolean {
  return c.path.some((label) => namesChange(label.replace(/[、\s]/g, '')));
}

/** A column of last year's figures, marked so or headed so ('上年决算数' over a 决算 measure): never the year's. */
export function isLastYearsColumn(c: Column): boolean {
  return c.measure === 'prior-year' || c.path.some((label) => namesLastYearsFigure(label.replace(/\s/g, '')));
}

/** A 合计 or 总计 line (its role; whether it has a code is the caller's question). */
export function isTotalLine(l: Line): boolean {
  return l.role === 'total' || l.role === 'grand-total';
}

/**
 * The 合计 / 总计 line a table's total is read from — not a 小计, not a keyed item line — in a block,
 * or the table's first.
 */
export function totalLine(table: Table, block?: number): Line | undefined {
  const byBlock = readingsOf(table).totalLine;
  if (byBlock.has(block ?? WHOLE)) return byBlock.get(block ?? WHOLE);
  const lines = figureLines(table, block).filter((l) => !l.code && !l.key);
  const total = lines.find((l) => l.role === 'total') ?? lines.find((l) => l.role === 'grand-total');
  byBlock.set(block ?? WHOLE, total);
  return total;
}

/** The first line with this key (in a block, when given). */
export function lineByKey(table: Table, key: LineKey, block?: number): Line | undefined {
  return table.lines.find((l) => l.key === key && (block === undefined || l.block === block));
}

/** Coded lines of a table by code (the first line of each code). */
export function linesByCode(table: Table, block?: number): Map<string, Line> {
  const out = new Map<string, Line>();
  for (const l of figureLines(table, block)) if (l.code && !out.has(l.code)) out.set(l.code, l);
  return out;
}

/** The block of the 收入 or 支出 side of a two-sided summary table. */
export function blockOfSide(table: Table, side: 'income' | 'expense'): number | undefined {
  const b = table.blocks.find((x) => x.side === side);
  if (b) return b.index;
  if (table.blocks.length === 2) return side === 'income' ? 0 : 1;
  return undefined;
}

/**
 * The block of a summary's 支出 side that lists its 功能分类 类 (a 3-digit code, or the 类 named): the first such,
 * else blockOfSide's. A side printed several ways (支出类别 | 经济分类 | 功能分类 side by side) names its 类 once.
 */
export function expenseBlockByClass(table: Table): number | undefined {
  const first = blockOfSide(table, 'expense');
  for (const b of table.blocks) {
    if (b.side !== 'expense' && b.index !== first) continue;
    if (figureLines(table, b.index).some((l) => l.code?.length === 3)) return b.index;
  }
  return first;
}

export interface ColumnQuery {
  block?: number;
  /** Only columns that pass (e.g. not the prior year's). */
  where?: (column: Column) => boolean;
}

/** The amount columns with the first of `keys` that has any (all its measures), in sheet order; shared (callers read them). */
export function columnsWithKey(table: Table, keys: readonly ColumnKey[], query: ColumnQuery = {}): Column[] {
  if (query.where) return firstWithKey(amountColumns(table, query.block).filter(query.where), keys);
  const byBlock = readingsOf(table).columnsWithKey;
  const block = query.block ?? WHOLE;
  let known = byBlock.get(block);
  if (!known) byBlock.set(block, (known = new Map()));
  // Most callers ask for one key: its name is the entry's, with no string built per call.
  const asked = keys.length === 1 ? keys[0] : keys.join('|');
  let columns = known.get(asked);
  if (!columns) known.set(asked, (columns = firstWithKey(amountColumns(table, query.block), keys)));
  return columns;
}

function firstWithKey(candidates: readonly Column[], keys: readonly ColumnKey[]): Column[] {
  for (const key of keys) {
    const cols = candidates.filter((c) => c.key === key);
    if (cols.length) return cols;
  }
  return [];
}

/** The figure where a line meets a column, in the table's unit; null when blank or unreadable. */
export function valueAt(line: Line, column: Column): number | null {
  return line.amounts[column.id]?.value ?? null;
}

/** The figure where a line meets a column, in 分; undefined when blank, unreadable or beyond any budget. */
export function fenAt(table: Table, line: Line, column: Column | undefined): number | undefined {
  const v = column ? valueAt(line, column) : null;
  return v === null || beyondAnyBudget(v, table.unit) ? undefined : toFen(v, table.unit);
}

/** The grid column of the cell where a line meets a column (a figure read from a merged or shifted cell keeps its own). */
export function cellColumn(line: Line, column: Column): number {
  return line.amounts[column.id]?.col ?? column.col;
}

/** The cell where a line meets a column. */
export function cellAt(table: Table, line: Line, column: Column): CellLocation {
  return { sheet: line.sheet ?? table.sheet, cell: toA1(line.row, cellColumn(line, column)) };
}

/** Whether a line holds any figure (for…in: Object.values of a line's amounts was ~8× slower). */
export function holdsFigure(line: Line): boolean {
  const amounts = line.amounts;
  for (const id in amounts) if (amounts[id].value !== null) return true;
  return false;
}

export function hasValue(line: Line, column: Column): boolean {
  return valueAt(line, column) !== null;
}

/** True when some line carries a non-zero figure (a table whose cells are all 0 counts as empty). */
export function hasNonZeroFigure(table: Table): boolean {
  // for…in: no array of values per line (every table is asked, by the disclosure check).
  for (let i = 0; i < table.lines.length; i++) {
    const amounts = table.lines[i].amounts;
    for (const id in amounts) {
      const v = amounts[id].value;
      if (v !== null && v !== 0) return true;
    }
  }
  return false;
}

/** Groups columns by their measure (年初预算数 / 决算数 …): totals are compared within one measure. */
export function byMeasure(columns: readonly Column[]): Column[][] {
  const groups = new Map<string, Column[]>();
  for (const c of columns) {
    const k = c.measure ?? '';
    const list = groups.get(k) ?? [];
    list.push(c);
    groups.set(k, list);
  }
  return [...groups.values()];
}
