/**
 * One table from its header anchor: header block, columns and blocks, body lines, what is printed
 * above (title, department, year, unit), the kind, and the line keys. Returns undefined when what
 * was found is not a standard budget table.
 */
import { rectToA1 } from '../grid/a1';
import { parseUnit } from '../grid/units';
import type { Rect } from '../grid/types';
import type { Column, Table } from './types';
import type { SheetView } from './view';
import { readHeader } from './remembered-header';
import { readBody } from './lines';
import { readMeta } from './meta';
import { decideKind, familyOf } from './kind';
import { assignLineKeys } from './items';
import { setAsideAmountsBeyondAnyBudget } from './beyond-budget';

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
export function isHorizontalThreePublic(columns: Column[]): boolean {
  const keys = new Set(columns.filter((c) => c.role === 'amount').map((c) => c.key));
  return keys.has('abroad') && keys.has('reception');
}

export function recognizeTableAt(view: SheetView, anchor: number, floor: number): Found {
  const { rect: header, columns, blocks, tree, words, layout } = readHeader(view, anchor);
  if (!columns.some((c) => c.role === 'amount')) return rejected(header);
  if (!blocks.some((b) => b.labelColumn || b.codeColumns.length) && !isHorizontalThreePublic(columns)) return rejected(header);
  const body = readBody(view, header, layout());
  const meta = readMeta(view, header.top, floor);
  // '价值（金额单位：万元）': a unit stated in a header cell when no 单位 line says it.
  meta.unit ??= parseUnit(words());
  const decision = decideKind(meta.title, columns, blocks, body.lines, words);
  if (!decision) return rejected(header, body.bottom);
  assignLineKeys(decision.kind, blocks, body.lines);
  if (body.columnNumbers) {
    for (const c of columns) {
      const n = body.columnNumbers.get(c.col);
      if (n !== undefined) c.columnNumber = n;
    }
  }
  const top = meta.top ?? header.top;
  const rect: Rect = { top: Math.min(top, header.top), left: header.left, bottom: Math.max(body.bottom, header.bottom), right: header.right };
  const table: Table = {
    id: `${view.sheet.name}!${rectToA1({ top: rect.top, left: rect.left, bottom: rect.top, right: rect.left })}`,
    sheet: view.sheet.name,
    kind: decision.kind,
    family: familyOf(meta.title, columns),
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
  if (meta.year) table.year = meta.year;
  if (body.note) table.note = body.note;
  return { table: body.mayHoldImplausible ? setAsideAmountsBeyondAnyBudget(table) : table, bottom: rect.bottom };
}
