/**
 * A table's header read once per template. Every department of a 主管部门 workbook prints the same
 * nine tables, so the header rectangle, the columns and blocks, the header tree and the header's
 * words come out the same, table after table: the first reading is remembered by exactly what the
 * readers read, and the later tables get copies of its columns and blocks (a table's own: the body
 * reader sets column numbers on them) and share its header tree, frozen. A header met once is read
 * as before — plus one key.
 *
 * What the readers read, from the anchor row `top` down to the header's bottom row `bottom`:
 * headerRect lists every filled cell of rows top … bottom + 1 (the row under the header may
 * continue it), their merges and the label of each merge's top-left cell, and stops at the sheet's
 * last row; the columns, the tree and the words read the areas of the header's cells and whether a
 * column is hidden. The key is all of that: each cell of those rows (value and text), each merge
 * over them with its top-left cell, the rows the sheet has there, and the hidden columns. Bounded
 * as grid/remembered: emptied when full.
 */
import type { Cell, Rect } from '../grid/types';
import type { Block, Column, HeaderNode } from './types';
import type { SheetView } from './view';
import { headerRect, headerTree } from './header';
import { readColumns } from './columns';

/** The header as a table reads it. `tree` and `words` are worked out only when a table asks. */
export interface HeaderReading {
  rect: Rect;
  columns: Column[];
  blocks: Block[];
  tree(): HeaderNode[];
  words(): string;
}

/** What is kept of a header: its reading, tree and words added when first asked for. */
interface Remembered {
  bottom: number;
  /** Key of rows top + 1 … bottom + 1 (the anchor row's is the Map's key). */
  rest: string;
  rect: Rect;
  columns: Column[];
  blocks: Block[];
  tree?: HeaderNode[];
  words?: string;
}

const LIMIT = 1024;
let known = new Map<string, Remembered[]>();
let count = 0;

function valueKey(v: Cell['value'] | undefined): string {
  if (v === null) return 'z';
  if (v === undefined) return 'u';
  if (typeof v === 'number') return `n${v}`;
  if (typeof v === 'string') return `s${v.length}:${v}`;
  if (typeof v === 'boolean') return v ? 'T' : 'F';
  const s = JSON.stringify(v);
  return `o${s.length}:${s}`;
}

function cellKey(c: number, cell: Cell): string {
  return `${c}${valueKey(cell.value)}|${cell.text.length}:${cell.text};`;
}

function rowKey(view: SheetView, row: number): string {
  const cells = view.sheet.rows[row];
  let s = `${row}[`;
  if (cells) {
    for (let c = 0; c < cells.length; c++) {
      const x = cells[c];
      if (x) s += cellKey(c, x);
    }
  }
  return s + ']';
}

/** The merges over rows `top` … `last`, in the sheet's order (a later one wins a shared cell), each with its top-left cell. */
function mergesKey(view: SheetView, top: number, last: number): string {
  const merges = view.sheet.merges;
  let s = '';
  for (let i = 0; i < merges.length; i++) {
    const m = merges[i];
    if (m.bottom < top || m.top > last) continue;
    const corner = view.sheet.rows[m.top]?.[m.left];
    s += `<${m.top},${m.left},${m.bottom},${m.right}${corner ? cellKey(m.left, corner) : ''}>`;
  }
  return s;
}

/** Key of rows top + 1 … bottom + 1 with the merges over rows top … bottom + 1: the rest of what the readers read. */
function restKey(view: SheetView, top: number, bottom: number): string {
  const last = Math.min(bottom + 1, view.rowCount - 1);
  let s = `${last}/${view.sheet.hiddenCols?.join(',') ?? ''}/`;
  for (let r = top + 1; r <= last; r++) s += rowKey(view, r);
  return s + mergesKey(view, top, last);
}

function copyColumn(c: Column): Column {
  return { ...c, path: c.path.slice() };
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
    columns: kept.columns.map(copyColumn),
    blocks: kept.blocks.map(copyBlock),
    tree: () => (kept.tree ??= frozen(headerTree(view, kept.rect))),
    words: () => (kept.words ??= headerWords(view, kept.rect)),
  };
}

/** The header that starts at `anchor`: remembered when a header read before is the same in every cell its readers read. */
export function readHeader(view: SheetView, anchor: number): HeaderReading {
  const first = rowKey(view, anchor);
  const candidates = known.get(first);
  if (candidates) {
    for (let i = 0; i < candidates.length; i++) {
      const kept = candidates[i];
      if (kept.rest === restKey(view, anchor, kept.bottom)) return readingOf(view, kept);
    }
  }
  const rect = headerRect(view, anchor);
  const { columns, blocks } = readColumns(view, rect);
  const kept: Remembered = { bottom: rect.bottom, rest: restKey(view, anchor, rect.bottom), rect, columns, blocks };
  if (count >= LIMIT) {
    known = new Map();
    count = 0;
  }
  if (candidates && known.has(first)) candidates.push(kept);
  else known.set(first, [kept]);
  count++;
  return readingOf(view, kept);
}
