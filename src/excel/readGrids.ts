/**
 * Reads every sheet's used range into engine grids in a fixed number of context.sync calls:
 *   1. sheet names;  2. each sheet's used-range address, protection and merged areas;
 *   3. values and displayed text of every sheet, in row chunks packed into as few syncs as the
 *      payload budget allows (one sync for any ordinary workbook; a huge used range takes more,
 *      so that no response nears Excel's 5 MB payload limit).
 * No sync inside a loop over sheets: queue everything, sync once, then read ("split loop").
 */
import type { Cell, CellValue, Rect, SheetGrid, WorkbookGrids } from '../engine/grid/types';
import { columnLetters, parseRangeA1 } from '../engine/grid/a1';
import { isExcelErrorText } from '../engine/grid/numbers';
import type { ReadProgress } from '../taskpane/port';

/** Cells whose values + text one sync may load: ~80 bytes a cell stays well under 5 MB. */
export const CELLS_PER_SYNC = 60_000;

interface UsedArea {
  sheet: Excel.Worksheet;
  name: string;
  used: Excel.Range;
  protection: Excel.WorksheetProtection;
  merged?: Excel.RangeAreas;
}

interface Chunk {
  area: number; // index into areas
  top: number; // 0-based sheet row
  left: number;
  rows: number;
  cols: number;
  range?: Excel.Range;
}

export interface ReadOptions {
  /** ExcelApi 1.13: Range.getMergedAreasOrNullObject. */
  merges: boolean;
  onProgress?: (p: ReadProgress) => void;
}

function a1Rect(top: number, left: number, rows: number, cols: number): string {
  return `${columnLetters(left)}${top + 1}:${columnLetters(left + cols - 1)}${top + rows}`;
}

/** "Sheet1!A1:B2, 'My, sheet'!C3:D4" → rects (sheet prefixes dropped, quoted commas respected). */
export function parseAreasAddress(address: string): Rect[] {
  const out: Rect[] = [];
  for (const part of address.split(/,(?=(?:[^']*'[^']*')*[^']*$)/)) {
    const r = parseRangeA1(part.trim().replace(/\$/g, ''));
    if (r) out.push(r);
  }
  return out;
}

function toCell(value: unknown, text: string): Cell | undefined {
  if (value === '' || value === null || value === undefined) return text ? { value: text, text } : undefined;
  let v: CellValue;
  if (typeof value === 'number' || typeof value === 'boolean') v = value;
  else if (typeof value === 'string' && isExcelErrorText(value)) v = { error: value };
  else v = String(value);
  return { value: v, text: text ?? String(value) };
}

/** Splits each used range into row chunks of at most CELLS_PER_SYNC cells, then packs chunks into syncs. */
export function planChunks(areas: { top: number; left: number; rows: number; cols: number }[], budget = CELLS_PER_SYNC): Chunk[][] {
  const chunks: Chunk[] = [];
  areas.forEach((a, i) => {
    if (a.rows === 0 || a.cols === 0) return;
    const rowsPer = Math.max(1, Math.floor(budget / a.cols));
    for (let r = 0; r < a.rows; r += rowsPer) {
      chunks.push({ area: i, top: a.top + r, left: a.left, rows: Math.min(rowsPer, a.rows - r), cols: a.cols });
    }
  });
  const batches: Chunk[][] = [];
  let cur: Chunk[] = [];
  let cells = 0;
  for (const c of chunks) {
    const n = c.rows * c.cols;
    if (cur.length && cells + n > budget) {
      batches.push(cur);
      cur = [];
      cells = 0;
    }
    cur.push(c);
    cells += n;
  }
  if (cur.length) batches.push(cur);
  return batches;
}

export async function readWorkbookGrids(context: Excel.RequestContext, options: ReadOptions): Promise<WorkbookGrids> {
  const progress = options.onProgress ?? (() => {});
  // 1. Sheet names.
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  progress({ phase: 'sheets', done: 0, total: sheets.items.length });

  // 2. Used range, protection and merges of every sheet, queued together.
  const areas: UsedArea[] = sheets.items.map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
    const protection = sheet.protection;
    protection.load('protected');
    const area: UsedArea = { sheet, name: sheet.name, used, protection };
    if (options.merges) {
      area.merged = sheet.getRange().getMergedAreasOrNullObject();
      area.merged.load('address');
    }
    return area;
  });
  await context.sync();
  progress({ phase: 'ranges', done: 0, total: areas.length });

  const bounds = areas.map((a) =>
    a.used.isNullObject
      ? { top: 0, left: 0, rows: 0, cols: 0 }
      : { top: a.used.rowIndex, left: a.used.columnIndex, rows: a.used.rowCount, cols: a.used.columnCount },
  );

  // 3. Values and text, in as few syncs as the payload budget allows.
  const grids: SheetGrid[] = areas.map((a, i) => ({
    name: a.name,
    rowCount: bounds[i].top + bounds[i].rows,
    colCount: bounds[i].left + bounds[i].cols,
    rows: [],
    merges: a.merged && !a.merged.isNullObject ? parseAreasAddress(a.merged.address) : [],
    ...(a.protection.protected ? { protected: true } : {}),
  }));
  const batches = planChunks(bounds);
  let done = 0;
  for (const batch of batches) {
    for (const c of batch) {
      c.range = areas[c.area].sheet.getRange(a1Rect(c.top, c.left, c.rows, c.cols));
      c.range.load(['values', 'text']);
    }
    await context.sync(); // one sync per batch; every ordinary workbook is a single batch
    for (const c of batch) {
      const values = c.range!.values;
      const texts = c.range!.text;
      const rows = grids[c.area].rows;
      for (let r = 0; r < c.rows; r++) {
        const row = (rows[c.top + r] ??= []);
        for (let k = 0; k < c.cols; k++) {
          const cell = toCell(values[r]?.[k], texts[r]?.[k] ?? '');
          if (cell) row[c.left + k] = cell;
        }
      }
      c.range = undefined;
    }
    done += batch.length;
    progress({ phase: 'values', done, total: batches.reduce((n, b) => n + b.length, 0) });
  }
  for (const g of grids) for (let r = 0; r < g.rowCount; r++) g.rows[r] ??= [];
  return { sheets: grids };
}
