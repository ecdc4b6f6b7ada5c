/**
 * Issue 17, recognition: a header remembered by what its readers read (recognize/remembered-header)
 * answers as reading it afresh — headerRect, readColumns, headerTree, the body layout and the header's words, the
 * last as table.ts joined them before (kept here as the oracle). Every header of the fixtures'
 * sheets is read after a near twin of its sheet was read first: one cell's text or value changed,
 * a merge added, dropped or widened, a column shifted, a unit written into a header cell, the row
 * under the header changed, a column hidden, the sheet ending under the header, a merge from the
 * row above into the header labelled differently above it. A remembered
 * reading the twin left must never answer for the sheet itself.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Cell, Rect, SheetGrid } from '../src/engine/grid/types';
import { headerRect, headerTree, isHeaderAnchor } from '../src/engine/recognize/header';
import { readColumns } from '../src/engine/recognize/columns';
import { readHeader } from '../src/engine/recognize/remembered-header';
import type { Column } from '../src/engine/recognize/types';
import { bodyLayout } from '../src/engine/recognize/lines';
import { SheetView } from '../src/engine/recognize/view';
import { FIXTURES, toGrids } from './fixtures';

// ---- the reading afresh (oracle) ----

function oldHeaderText(view: SheetView, header: Rect): string {
  let s = '';
  for (let r = header.top; r <= header.bottom; r++) for (const c of view.filledCols(r)) if (c >= header.left && c <= header.right) s += view.key(r, c) + '|';
  return s;
}

function afresh(sheet: SheetGrid, anchor: number) {
  const view = new SheetView(sheet);
  const rect = headerRect(view, anchor);
  const { columns, blocks } = readColumns(view, rect);
  return JSON.stringify({ rect, columns, blocks, tree: headerTree(view, rect), words: oldHeaderText(view, rect), layout: bodyLayout(view, rect, columns, blocks) });
}

function remembered(sheet: SheetGrid, anchor: number) {
  const h = readHeader(new SheetView(sheet), anchor);
  return JSON.stringify({ rect: h.rect, columns: h.columns, blocks: h.blocks, tree: h.tree(), words: h.words(), layout: h.layout() });
}

// ---- the fixtures' headers and their near twins ----

interface Header {
  sheet: SheetGrid;
  anchor: number;
  /** The header's last row, read afresh. */
  bottom: number;
  left: number;
  right: number;
}

const headers: Header[] = [];

beforeAll(() => {
  for (const build of Object.values(FIXTURES)) {
    for (const sheet of toGrids(build().workbook).sheets) {
      const view = new SheetView(sheet);
      for (let row = 0; row < view.rowCount; row++) {
        if (!isHeaderAnchor(view, row)) continue;
        const rect = headerRect(view, row);
        headers.push({ sheet, anchor: row, bottom: rect.bottom, left: rect.left, right: rect.right });
      }
    }
  }
});

const copyOf = (sheet: SheetGrid): SheetGrid => structuredClone(sheet);

const WORDS = ['合计', '金额', '基本支出', '项目支出', '科目编码', '科目名称', '类', '款', '项', '人员经费', '小计', '价值（金额单位：元）', '单位：万元', '1', ''];

function setCell(sheet: SheetGrid, row: number, col: number, cell: Cell | undefined): void {
  while (sheet.rows.length <= row) sheet.rows.push([]);
  sheet.rows[row][col] = cell;
  sheet.rowCount = Math.max(sheet.rowCount, row + 1);
  sheet.colCount = Math.max(sheet.colCount, col + 1);
}

/** The sheet with a merge from the row above into the header's cell at `col`, the merge's text above the header. */
function mergedFromAbove(h: Header, col: number): SheetGrid {
  const sheet = copyOf(h.sheet);
  sheet.merges.push({ top: h.anchor - 1, left: col, bottom: h.anchor, right: col });
  setCell(sheet, h.anchor - 1, col, { value: '单位表', text: '单位表' });
  return sheet;
}

/** The sheet with one thing changed in or around the header's rows (what = which thing, at / word = where and what). */
function twin(h: Header, what: number, at: number, word: string): SheetGrid {
  const sheet = copyOf(h.sheet);
  const rows = h.bottom - h.anchor + 2; // the header's rows and the row under it
  const row = h.anchor + (at % rows);
  const col = h.left + (at % (h.right - h.left + 1));
  switch (what) {
    case 0: // one cell's text
      setCell(sheet, row, col, word ? { value: word, text: word } : undefined);
      break;
    case 1: // the same text, stored as a number or as text
      setCell(sheet, row, col, { value: 1, text: sheet.rows[row]?.[col]?.text || '1' });
      break;
    case 2: // a merge added over two cells of a row
      sheet.merges.push({ top: row, left: col, bottom: row, right: col + 1 });
      break;
    case 3: // a merge dropped, or widened one column
      if (sheet.merges.length) {
        const i = at % sheet.merges.length;
        if (word) sheet.merges[i] = { ...sheet.merges[i], right: sheet.merges[i].right + 1 };
        else sheet.merges.splice(i, 1);
      }
      break;
    case 4: // every cell and merge from a column on shifted one column right
      for (const cells of sheet.rows) if (cells && cells.length > col) cells.splice(col, 0, undefined);
      sheet.merges = sheet.merges.map((m) => (m.left >= col ? { ...m, left: m.left + 1, right: m.right + 1 } : m));
      sheet.colCount++;
      break;
    case 5: // a column hidden
      sheet.hiddenCols = [...(sheet.hiddenCols ?? []), col];
      break;
    case 6: // the sheet ends with the header
      sheet.rows = sheet.rows.slice(0, h.bottom + 1);
      sheet.rowCount = h.bottom + 1;
      break;
    case 7: // a merge from the row above into the header, its text (above the header) changed
      if (h.anchor === 0) break;
      sheet.merges.push({ top: h.anchor - 1, left: col, bottom: h.anchor, right: col });
      setCell(sheet, h.anchor - 1, col, { value: `${word}表`, text: `${word}表` });
      break;
    default: // a cell of a row further down the header's columns: read by no reader of the header
      setCell(sheet, h.bottom + 2 + (at % 3), col, { value: word, text: word });
  }
  return sheet;
}

describe('a header remembered by what its readers read', () => {
  it('answers as reading it afresh, after a near twin of its sheet was read', () => {
    expect(headers.length).toBeGreaterThan(40);
    fc.assert(
      fc.property(fc.nat(), fc.nat(8), fc.nat(), fc.constantFrom(...WORDS), (pick, what, at, word) => {
        const h0 = headers[pick % headers.length];
        // The merge from above differs from its twin's in the text above the header alone.
        const h = what === 7 && h0.anchor > 0 ? { ...h0, sheet: mergedFromAbove(h0, h0.left + (at % (h0.right - h0.left + 1))) } : h0;
        const other = twin(h0, what, at, word);
        const otherView = new SheetView(other);
        if (h.anchor < otherView.rowCount && isHeaderAnchor(otherView, h.anchor)) {
          expect(remembered(other, h.anchor)).toBe(afresh(other, h.anchor));
        }
        const expected = afresh(h.sheet, h.anchor);
        expect(remembered(h.sheet, h.anchor)).toBe(expected);
        // A copy (other objects, the same cells): the remembered reading.
        expect(remembered(copyOf(h.sheet), h.anchor)).toBe(expected);
      }),
      { numRuns: 600 },
    );
  });

  it("sets the 栏次 numbers in a table's own columns as setting them on copies did, key order included (property)", () => {
    fc.assert(
      fc.property(fc.nat(), fc.array(fc.tuple(fc.nat(20), fc.integer({ min: 1, max: 30 })), { maxLength: 12 }), (at, pairs) => {
        const h = headers[at % headers.length];
        const numbers = new Map(pairs);
        const reading = readHeader(new SheetView(h.sheet), h.anchor);
        const before = reading.columns.map((c) => ({ ...c, path: c.path.slice() }));
        for (const c of before) {
          const n = numbers.get(c.col);
          if (n !== undefined) c.columnNumber = n;
        }
        expect(JSON.stringify(reading.ownColumns(numbers))).toBe(JSON.stringify(before));
      }),
      { numRuns: 300 },
    );
  });

  it('gives each table columns and blocks of its own; the shared tree cannot be changed', () => {
    const h = headers[0];
    const first = readHeader(new SheetView(h.sheet), h.anchor);
    first.ownColumns()[0].columnNumber = 99;
    first.ownColumns(new Map([[first.columns[0].col, 7]]))[0].measure = 'final';
    expect(() => {
      (first.columns[0] as Column).columnNumber = 99;
    }).toThrow();
    first.blocks[0].columns.push('x');
    first.rect.bottom += 5;
    const again = readHeader(new SheetView(h.sheet), h.anchor);
    expect(JSON.stringify({ rect: again.rect, columns: again.ownColumns(), blocks: again.blocks })).toBe(
      JSON.stringify((({ rect, columns, blocks }) => ({ rect, columns, blocks }))(JSON.parse(afresh(h.sheet, h.anchor)))),
    );
    const tree = again.tree();
    expect(tree).toBe(readHeader(new SheetView(h.sheet), h.anchor).tree());
    expect(() => tree[0].children.push({ label: 'x', rect: h.sheet.merges[0] ?? { top: 0, left: 0, bottom: 0, right: 0 }, children: [] })).toThrow();
  });
});
