/**
 * A table's header read once per template. Every department of a 主管部门 workbook prints the same
 * nine tables, so the header rectangle, the columns and blocks, the header tree, the header's
 * words and how the body under it is read (lines.ts bodyLayout) come out the same, table after table: the first reading is remembered by exactly what the
 * readers read, and the later tables get copies of its columns and blocks (a table's own: the body
 * reader's 栏次 numbers are set in them) and share its header tree, frozen. A header met once is read
 * as before — plus one key.
 *
 * What the readers read, from the anchor row `top` down to the header's bottom row `bottom`:
 * headerRect lists every filled cell of rows top … bottom + 1 (the row under the header may
 * continue it), their merges and the label of each merge's top-left cell, and stops at the sheet's
 * last row; the columns, the tree and the words read the areas of the header's cells and whether a
 * column is hidden. A reading is kept with copies of all of that — each cell of those rows (value
 * and text), each merge over them with its top-left cell, where the sheet ends, the hidden columns —
 * and answers for a sheet holding the same, compared cell by cell (no key string is built: a header
 * of the 200-sheet bench made ~6 KB of them). Bounded as grid/remembered: emptied when full.
 */
import type { Cell, Rect } from '../grid/types';
import type { Block, Column, HeaderNode } from './types';
import type { SheetView } from './view';
import { headerRect, headerTree } from './header';
import { readColumns } from './columns';
import { bodyLayout, type BodyLayout } from './lines';

/** The header as a table reads it. `tree` and `words` are worked out only when a table asks. */
export interface HeaderReading {
  rect: Rect;
  /** The header's columns, shared by the tables of a template (frozen): a table keeps `ownColumns`. */
  columns: readonly Column[];
  /** The table's own copies of the columns, with the 栏次 number printed over each (by sheet column), when there is one. */
  ownColumns(numbers?: ReadonlyMap<number, number>): Column[];
  blocks: Block[];
  tree(): HeaderNode[];
  words(): string;
  /** How the body under this header is read: worked out once per template, shared (read-only). */
  layout(): BodyLayout;
}

/** Copies of what the readers read: rows anchor … last, the merges over them with their top-left cells, the hidden columns. */
interface Snapshot {
  last: number;
  rows: Row[];
  merges: { rect: Rect; corner: Cell | undefined }[];
  hiddenCols: number[];
}

/** What is kept of a header: its reading, tree and words added when first asked for. */
interface Remembered {
  bottom: number;
  read: Snapshot;
  rect: Rect;
  columns: Column[];
  blocks: Block[];
  tree?: HeaderNode[];
  words?: string;
  layout?: BodyLayout;
}

const LIMIT = 1024;
let known = new Map<string, Remembered[]>();
let count = 0;

type Row = readonly (Cell | undefined)[];

/** Two cells the readers cannot tell apart: the same value (an error value only as the same object) and text. */
function sameCell(x: Cell | undefined, y: Cell | undefined): boolean {
  if (!x || !y) return !x && !y;
  return x.value === y.value && x.text === y.text;
}

function sameRow(cells: Row | undefined, kept: Row): boolean {
  if ((cells?.length ?? 0) !== kept.length) return false;
  for (let c = 0; c < kept.length; c++) if (!sameCell(cells![c], kept[c])) return false;
  return true;
}

function copyCell(cell: Cell | undefined): Cell | undefined {
  return cell && { value: cell.value, text: cell.text };
}

function copyRow(cells: Row | undefined): Row {
  const copy: (Cell | undefined)[] = [];
  if (cells) for (let c = 0; c < cells.length; c++) copy.push(copyCell(cells[c]));
  return copy;
}

/** The merges over rows `top` … `last`, in the sheet's order (a later one wins a shared cell). */
function mergesOver(view: SheetView, top: number, last: number): Rect[] {
  const over: Rect[] = [];
  const merges = view.sheet.merges;
  for (let i = 0; i < merges.length; i++) {
    const m = merges[i];
    if (m.bottom >= top && m.top <= last) over.push(m);
  }
  return over;
}

const cornerOf = (view: SheetView, m: Rect) => view.sheet.rows[m.top]?.[m.left];

/** The last row the readers read: the row under the header, unless the sheet ends before it. */
const lastRead = (view: SheetView, bottom: number) => Math.min(bottom + 1, view.rowCount - 1);

function snapshot(view: SheetView, top: number, bottom: number): Snapshot {
  const last = lastRead(view, bottom);
  const rows: Row[] = [];
  for (let r = top; r <= last; r++) rows.push(copyRow(view.sheet.rows[r]));
  const merges = mergesOver(view, top, last).map((m) => ({ rect: { ...m }, corner: copyCell(cornerOf(view, m)) }));
  return { last, rows, merges, hiddenCols: (view.sheet.hiddenCols ?? []).slice() };
}

/** The sheet holds, from `top` down, what the snapshot kept: every cell, merge and hidden column the readers read. */
function holds(view: SheetView, top: number, bottom: number, kept: Snapshot): boolean {
  if (lastRead(view, bottom) !== kept.last) return false;
  for (let r = top; r <= kept.last; r++) if (!sameRow(view.sheet.rows[r], kept.rows[r - top])) return false;
  const hidden = view.sheet.hiddenCols ?? [];
  if (hidden.length !== kept.hiddenCols.length) return false;
  for (let i = 0; i < hidden.length; i++) if (hidden[i] !== kept.hiddenCols[i]) return false;
  const merges = mergesOver(view, top, kept.last);
  if (merges.length !== kept.merges.length) return false;
  for (let i = 0; i < merges.length; i++) {
    const m = merges[i];
    const k = kept.merges[i];
    if (m.top !== k.rect.top || m.left !== k.rect.left || m.bottom !== k.rect.bottom || m.right !== k.rect.right || !sameCell(cornerOf(view, m), k.corner)) return false;
  }
  return true;
}

/** Where a header's readings are looked for: its row, and the anchor row's width and first and last cells' text. */
function placeOf(view: SheetView, anchor: number): string {
  const cells = view.sheet.rows[anchor];
  const n = cells?.length ?? 0;
  return `${anchor}|${n}|${cells?.[0]?.text ?? ''}|${n ? (cells![n - 1]?.text ?? '') : ''}`;
}

/**
 * A table's copy of a column, with its 栏次 number (undefined for none: the copy keeps the column's one shape).
 * Every field named, in draftColumn's order, not `{ ...c }`: the remembered columns are frozen, and spreading
 * a frozen object takes V8's slow path, a runtime property definition per field of every column of every table.
 */
export function copyColumn(c: Column, numbers: ReadonlyMap<number, number> | undefined): Column {
  return { id: c.id, col: c.col, role: c.role, path: c.path.slice(), label: c.label, block: c.block, key: c.key, measure: c.measure, columnNumber: numbers?.get(c.col) };
}

function copyBlock(b: Block): Block {
  return { ...b, columns: b.columns.slice(), codeColumns: b.codeColumns.slice() };
}

/** The tree is shared by the tables of a template: frozen, so that no reader can change another table's. */
function frozen(nodes: HeaderNode[]): HeaderNode[] {
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    frozen(n.children);
    Object.freeze(n.rect);
    Object.freeze(n);
  }
  return Object.freeze(nodes) as HeaderNode[];
}

function headerWords(view: SheetView, header: Rect): string {
  let s = '';
  for (let r = header.top; r <= header.bottom; r++) for (const c of view.filledCols(r)) if (c >= header.left && c <= header.right) s += view.key(r, c) + '|';
  return s;
}

function readingOf(view: SheetView, kept: Remembered): HeaderReading {
  return {
    rect: { ...kept.rect },
    columns: kept.columns,
    ownColumns: (numbers) => kept.columns.map((c) => copyColumn(c, numbers)),
    blocks: kept.blocks.map(copyBlock),
    tree: () => (kept.tree ??= frozen(headerTree(view, kept.rect))),
    words: () => (kept.words ??= headerWords(view, kept.rect)),
    layout: () => (kept.layout ??= bodyLayout(view, kept.rect, kept.columns, kept.blocks)),
  };
}

/** The header that starts at `anchor`: remembered when a header read before is the same in every cell its readers read. */
export function readHeader(view: SheetView, anchor: number): HeaderReading {
  const place = placeOf(view, anchor);
  const candidates = known.get(place);
  if (candidates) {
    for (let i = 0; i < candidates.length; i++) {
      const kept = candidates[i];
      if (holds(view, anchor, kept.bottom, kept.read)) return readingOf(view, kept);
    }
  }
  const rect = headerRect(view, anchor);
  const { columns, blocks } = readColumns(view, rect);
  for (let i = 0; i < columns.length; i++) Object.freeze(columns[i]);
  const kept: Remembered = { bottom: rect.bottom, read: snapshot(view, anchor, rect.bottom), rect, columns, blocks };
  if (count >= LIMIT) {
    known = new Map();
    count = 0;
  }
  if (candidates && known.has(place)) candidates.push(kept);
  else known.set(place, [kept]);
  count++;
  return readingOf(view, kept);
}
