/**
 * Issue 17, recognition (tenth round): a header whose region is one band whatever its bottom
 * (`isOneBand`: the rows above the anchor mark every column up to the last any row reaches) is read
 * without scanning its region for column bands, and the region's bottom is read (`regionBottom`)
 * only when another header is met on the sheet. recognizeSheet must find what it found when it
 * scanned every region (kept here as the oracle): on the fixtures' sheets, two of them placed side
 * by side with a gap of zero to three columns and a vertical offset, shifted right, with stray cells
 * and merges beyond the tables, and on random small sheets.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Cell, Rect, SheetGrid } from '../src/engine/grid/types';
import { recognizeSheet, type Table } from '../src/engine/recognize';
import { isHeaderAnchor } from '../src/engine/recognize/header';
import { recognizeTableAt } from '../src/engine/recognize/table';
import { bandSheet, isOneBand, regionAround, regionBottom, type Region } from '../src/engine/recognize/side-by-side';
import { SheetView } from '../src/engine/recognize/view';
import { FIXTURES, toGrids } from './fixtures';
import { buildSideBySide } from './fixtures/elsewhere';

// ---- recognizeSheet scanning every region (oracle) ----

function oldTablesSideBySide(sheet: SheetGrid, region: Region): Table[] | undefined {
  const tables: Table[] = [];
  for (const band of region.bands) {
    const inBand = oldRecognizeSheet(bandSheet(sheet, band, region.top, region.bottom));
    if (!inBand.length || !inBand[0].title) return undefined;
    tables.push(...inBand);
  }
  return tables;
}

function oldRecognizeSheet(sheet: SheetGrid): Table[] {
  const view = new SheetView(sheet);
  const tables: Table[] = [];
  let floor = 0;
  let regionChecked = -1;
  for (let row = 0; row < view.rowCount; row++) {
    if (!isHeaderAnchor(view, row)) continue;
    if (row > regionChecked) {
      const region = regionAround(view, row, floor);
      regionChecked = region.bottom;
      const sideBySide = region.bands.length ? oldTablesSideBySide(sheet, region) : undefined;
      if (sideBySide) {
        tables.push(...sideBySide);
        row = region.bottom;
        floor = region.bottom + 1;
        continue;
      }
    }
    const found = recognizeTableAt(view, row, floor);
    row = Math.max(row, found.bottom);
    if (!found.table) continue;
    tables.push(found.table);
    floor = found.bottom + 1;
  }
  return tables;
}

// ---- sheets ----

const fixtureSheets: SheetGrid[] = [
  ...Object.values(FIXTURES).flatMap((build) => toGrids(build().workbook).sheets),
  ...toGrids(buildSideBySide().workbook).sheets,
  ...toGrids(buildSideBySide(1, 3).workbook).sheets,
];

const widthOf = (s: SheetGrid) => s.rows.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);

function shifted(s: SheetGrid, right: number, down: number): SheetGrid {
  const rows: (Cell | undefined)[][] = [];
  for (let r = 0; r < down; r++) rows.push([]);
  for (const cells of s.rows) {
    const row: (Cell | undefined)[] = [];
    if (cells) for (let c = 0; c < cells.length; c++) if (cells[c]) row[c + right] = cells[c];
    rows.push(row);
  }
  const merges = s.merges.map((m) => ({ top: m.top + down, left: m.left + right, bottom: m.bottom + down, right: m.right + right }));
  return { ...s, rowCount: s.rowCount + down, colCount: s.colCount + right, rows, merges };
}

/** `b` printed right of `a`, `gap` blank columns between them. */
function beside(a: SheetGrid, b: SheetGrid, gap: number, down: number): SheetGrid {
  const left = Math.max(widthOf(a), a.colCount) + gap;
  const moved = shifted(b, left, down);
  const rows: (Cell | undefined)[][] = [];
  for (let r = 0; r < Math.max(a.rows.length, moved.rows.length); r++) {
    const row: (Cell | undefined)[] = [];
    const x = a.rows[r];
    const y = moved.rows[r];
    if (x) for (let c = 0; c < x.length; c++) if (x[c]) row[c] = x[c];
    if (y) for (let c = 0; c < y.length; c++) if (y[c]) row[c] = y[c];
    rows.push(row);
  }
  return { ...a, rowCount: rows.length, colCount: Math.max(a.colCount, moved.colCount), rows, merges: [...a.merges, ...moved.merges] };
}

function withStray(s: SheetGrid, cells: { row: number; col: number; text: string }[], merges: Rect[]): SheetGrid {
  const rows = s.rows.map((r) => (r ? r.slice() : []));
  for (const { row, col, text } of cells) {
    while (rows.length <= row) rows.push([]);
    rows[row][col] = { value: text, text };
  }
  return { ...s, rowCount: Math.max(s.rowCount, rows.length), rows, merges: [...s.merges, ...merges] };
}

const json = (tables: Table[]) => JSON.stringify(tables);

describe('one-band regions told from the rows above the anchor (speed equivalence)', () => {
  it('recognizes every fixture sheet as scanning every region did', () => {
    for (const sheet of fixtureSheets) expect(json(recognizeSheet(sheet))).toBe(json(oldRecognizeSheet(sheet)));
  });

  it('recognizes fixture sheets placed side by side, shifted, with stray cells and merges, as scanning every region did (property)', () => {
    const index = fc.nat(fixtureSheets.length - 1);
    const stray = fc.record({ row: fc.nat(80), col: fc.nat(30), text: fc.constantFrom('x', '合计', '注：单位万元', '12.5', ' ') });
    const merge = fc.record({ top: fc.nat(80), left: fc.integer({ min: -1, max: 30 }), h: fc.nat(2), w: fc.nat(4) }).map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w }));
    const arb = fc.record({
      a: index,
      b: fc.option(index, { nil: undefined }),
      gap: fc.nat(3),
      down: fc.nat(4),
      right: fc.nat(3),
      stray: fc.array(stray, { maxLength: 3 }),
      merges: fc.array(merge, { maxLength: 2 }),
    });
    fc.assert(
      fc.property(arb, ({ a, b, gap, down, right, stray, merges }) => {
        let sheet = shifted(fixtureSheets[a], right, 0);
        if (b !== undefined) sheet = beside(sheet, fixtureSheets[b], gap, down);
        sheet = withStray(sheet, stray, merges);
        expect(json(recognizeSheet(sheet))).toBe(json(oldRecognizeSheet(sheet)));
      }),
      { numRuns: 150 },
    );
  });

  it('isOneBand only where the region has no bands, and regionBottom is the region’s bottom (property)', () => {
    const cell = fc.option(fc.constantFrom<Cell>({ value: 'x', text: 'x' }, { value: null, text: ' ' }, { value: 3, text: '3' }, { value: '', text: '' }), { nil: undefined, freq: 3 });
    const sheetArb = fc.record({
      rows: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 14 }),
      merges: fc.array(fc.record({ top: fc.nat(13), left: fc.integer({ min: -1, max: 9 }), h: fc.nat(2), w: fc.nat(3) }).map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })), { maxLength: 3 }),
      colCount: fc.nat(10),
    });
    let oneBand = 0;
    fc.assert(
      fc.property(sheetArb, ({ rows, merges, colCount }) => {
        const sheet: SheetGrid = { name: 's', rowCount: rows.length, colCount, rows, merges };
        const view = new SheetView(sheet);
        for (let anchor = 0; anchor < rows.length; anchor++) {
          for (let floor = 0; floor <= anchor + 1; floor++) {
            const top = Math.min(floor, anchor);
            const region = regionAround(view, anchor, floor);
            expect(regionBottom(view, anchor)).toBe(region.bottom);
            if (isOneBand(view, top, anchor)) {
              oneBand++;
              expect(region.bands).toEqual([]);
            }
          }
        }
      }),
      { numRuns: 1500 },
    );
    expect(oneBand).toBeGreaterThan(100);
  });
});
