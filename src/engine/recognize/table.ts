/**
 * One table from its header anchor: header block, columns and blocks, body lines, what is printed
 * above (title, department, year, unit), the kind, and the line keys. Returns undefined when what
 * was found is not a standard budget table.
 */
import { rectToA1 } from '../grid/a1';
import { parseUnit } from '../grid/units';
import type { Rect } from '../grid/types';
import type { Column, Family, Table } from './types';
import type { SheetView } from './view';
import { readHeader } from './remembered-header';
import { readBody } from './lines';
import { readMeta } from './meta';
import { decideKind, familyOf } from './kind';
import { assignLineKeys } from './items';
import { setAsideAmountsBeyondAnyBudget } from './beyond-budget';
import { rememberPlainFigures } from './plain-figures';
import { readUnitCodes } from './unit-codes';
import { namesAccountingBalance, namesChange, yearNamed } from './lexicon';

export interface Found {
  /** The table, or undefined when the header led to no standard table. */
  table?: Table;
  /** Last row to skip: the table's last row, or for a rejected candidate the rows it consumed. */
  bottom: number;
}

/** A rejected candidate with a long body skips it (a new table would have ended it); a short one only its header. */
function rejected(header: Rect, bodyBottom?: number): Found {
  const long = bodyBottom !== undefined && bodyBottom - header.bottom >= 20;
  return { bottom: long ? bodyBottom : header.bottom };
}

/**
 * The horizontal “三公”经费 table: its header names the figures (合计 | 因公出国（境）费 | 公务接待费 |
 * 公务用车购置及运行费 …) and the rows under it carry them — one row, often with no label column at
 * all, or one row a year ('2025年预算数' | '2024年预算数') beside a 项目 column.
 */
export function isHorizontalThreePublic(columns: readonly Column[]): boolean {
  // A loop, not a Set of the amount columns' keys: asked of every table by two rules and by recognition.
  let abroad = false;
  let reception = false;
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i];
    if (c.role !== 'amount') continue;
    if (c.key === 'abroad') abroad = true;
    else if (c.key === 'reception') reception = true;
  }
  return abroad && reception;
}

/**
 * The table's year: the one stated above it, unless its own figures name a later year — '2017年决算数 | 2018年决算数'
 * under '红河县2017年“三公”经费决算统计表', a title not updated — when it is the latest year its columns of the
 * table's own measure (决算数 in a 决算, 预算数 in a 预算) name. With none stated above it: yearOfFigureColumns.
 */
function tableYear(stated: number | undefined, columns: Column[], family: Family): number | undefined {
  if (stated === undefined) return yearOfFigureColumns(columns, family);
  const own = family === 'final' ? 'final' : 'budget';
  let latest = stated;
  for (const c of columns) {
    if (c.role !== 'amount' || c.measure !== own) continue;
    const y = yearNamed(c.label);
    if (y !== undefined && y > latest) latest = y;
  }
  return latest;
}

/**
 * A table with no year stated above it ('单位:万元' over '2022年预算数 | 2023年预算数'): the latest year its columns of
 * figures name — only when every one of them names a year, since beside an unnamed '预算数' a named '2022年预算数'
 * may be last year's. Columns of changes ('2023年预算数增减', '增减原因') and of another measure are not the figures.
 */
function yearOfFigureColumns(columns: Column[], family: Family): number | undefined {
  const own = family === 'final' ? 'final' : 'budget';
  let latest: number | undefined;
  for (const c of columns) {
    if (c.role !== 'amount' || namesChange(c.label)) continue;
    if (c.measure !== own && !(own === 'budget' && c.measure === undefined)) continue;
    const y = yearNamed(c.label);
    if (y === undefined) return undefined;
    if (latest === undefined || y > latest) latest = y;
  }
  return latest;
}

/**
 * Columns of figures that name a year before the table's ('2016年预算数' over its own group in a 2017 预算, '2017年决算数'
 * beside '2018年决算数'): last year's figures, not the report's own — a change against that year is not one of them.
 */
function markEarlierYears(columns: Column[], year: number): void {
  for (const c of columns) {
    if (c.role !== 'amount' || namesChange(c.label)) continue;
    const named = yearNamed(c.label);
    if (named !== undefined && named < year) c.measure = 'prior-year';
  }
}

export function recognizeTableAt(view: SheetView, anchor: number, floor: number): Found {
  const { rect: header, columns: shared, ownColumns, blocks, tree, words, layout } = readHeader(view, anchor);
  if (!shared.some((c) => c.role === 'amount')) return rejected(header);
  if (!blocks.some((b) => b.labelColumn || b.codeColumns.length) && !isHorizontalThreePublic(shared)) return rejected(header);
  const body = readBody(view, header, layout());
  const meta = readMeta(view, header.top, floor);
  // '价值（金额单位：万元）': a unit stated in a header cell when no 单位 line says it.
  meta.unit ??= parseUnit(words());
  const decision = decideKind(meta.title, shared, blocks, body.lines, words);
  if (!decision) return rejected(header, body.bottom);
  // An accounting statement (年初预算数 | 期末数) is named as such by the unread-table note, never read as a budget table;
  // a 国有资产占有表 may print its 期末数 and stays one.
  if (decision.kind !== 'assets' && shared.some((c) => c.path.some(namesAccountingBalance))) return rejected(header, body.bottom);
  assignLineKeys(decision.kind, blocks, body.lines);
  const columns = ownColumns(body.columnNumbers);
  readUnitCodes(view, columns, body.lines);
  const top = meta.top ?? header.top;
  const rect: Rect = { top: Math.min(top, header.top), left: header.left, bottom: Math.max(body.bottom, header.bottom), right: header.right };
  const family = familyOf(meta.title, columns);
  const table: Table = {
    id: `${view.sheet.name}!${rectToA1({ top: rect.top, left: rect.left, bottom: rect.top, right: rect.left })}`,
    sheet: view.sheet.name,
    kind: decision.kind,
    family,
    unit: meta.unit ?? '万元',
    unitStated: meta.unit !== undefined,
    rect,
    range: rectToA1(rect),
    headerRect: header,
    header: tree(),
    columns,
    blocks,
    lines: body.lines,
    empty: !body.holdsValue,
    evidence: decision.evidence,
  };
  if (meta.title) {
    table.title = meta.title;
    table.titleCell = meta.titleCell;
  }
  if (meta.department) table.department = meta.department;
  const year = tableYear(meta.year, columns, family);
  if (year) {
    table.year = year;
    markEarlierYears(columns, year);
  }
  if (body.note) table.note = body.note;
  if (body.mayHoldImplausible) return { table: setAsideAmountsBeyondAnyBudget(table), bottom: rect.bottom };
  if (!body.unusualFigure) rememberPlainFigures(table, body.amountCells);
  return { table, bottom: rect.bottom };
}
