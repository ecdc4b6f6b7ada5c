/**
 * ExcelJS workbook → engine grids. Used by the CLI, the browser preview and the tests, so every
 * path reads a workbook the same way. No budget logic here.
 *
 * What a cell becomes:
 * - numbers, text, booleans as they are; rich text as its plain text; hyperlinks as their text;
 * - formulas (plain and shared) as their cached result, with the formula kept in `formula`
 *   (a shared formula is translated to the cell's own address, as Excel shows it);
 * - Excel errors (#REF! …, also as a formula result) as ErrorValue;
 * - dates as 'YYYY-MM-DD' text;
 * - the covered cells of a merged area stay empty (the value lives in the top-left cell);
 * - hidden rows (row.hidden) and columns (column.hidden) are listed, their cells read like any other.
 */
import type ExcelJS from 'exceljs';
import type { Cell, CellValue, Rect, SheetGrid, WorkbookGrids } from '../engine/grid/types';
import { formatWithNumFmt } from './numfmt';

type XCell = ExcelJS.Cell;

function richTextToString(parts: unknown): string {
  if (!Array.isArray(parts)) return '';
  return parts.map((p: { text?: unknown }) => (typeof p?.text === 'string' ? p.text : '')).join('');
}

function dateText(d: Date): string {
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10);
}

/** The plain value of an ExcelJS value (not a formula). */
function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return dateText(v);
  if (typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  if (typeof o.error === 'string') return { error: o.error };
  if (Array.isArray(o.richText)) return richTextToString(o.richText);
  if ('text' in o) {
    // hyperlink: { text, hyperlink }; its text may itself be rich text
    if (typeof o.text === 'string') return o.text;
    if (o.text && typeof o.text === 'object') return richTextToString((o.text as { richText?: unknown }).richText);
  }
  return null;
}

function isFormulaValue(v: unknown): v is { formula?: string; sharedFormula?: string; result?: unknown } {
  return typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v);
}

function cellFormula(x: XCell): string | undefined {
  try {
    const f = x.formula; // translated for shared formulas
    return typeof f === 'string' && f !== '' ? f : undefined;
  } catch {
    // a shared formula whose master cell is missing or unreadable
    const v = x.value as { sharedFormula?: unknown };
    return typeof v?.sharedFormula === 'string' ? v.sharedFormula : undefined;
  }
}

function displayText(value: CellValue, numFmt: string | undefined): string {
  if (value === null) return '';
  if (typeof value === 'number') return formatWithNumFmt(value, numFmt);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object') return value.error;
  return value;
}

/** One ExcelJS cell → an engine cell, or undefined for an empty cell / a covered cell of a merge. */
export function toGridCell(x: XCell): Cell | undefined {
  if (x.isMerged && x.master !== x) return undefined;
  const raw = x.value as unknown;
  let value: CellValue;
  let formula: string | undefined;
  if (isFormulaValue(raw)) {
    value = plainValue(raw.result);
    formula = cellFormula(x);
  } else {
    value = plainValue(raw);
  }
  if (value === null && !formula) return undefined;
  const cell: Cell = { value, text: displayText(value, x.numFmt) };
  if (formula) cell.formula = formula;
  return cell;
}

interface ExcelJSMerge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function mergesOf(ws: ExcelJS.Worksheet): Rect[] {
  // ExcelJS keeps merges in a private map keyed by the master address; the public
  // `model.merges` would rebuild the whole sheet model, which is slow on huge sheets.
  const raw = (ws as unknown as { _merges?: Record<string, ExcelJSMerge> })._merges ?? {};
  const merges: Rect[] = [];
  for (const m of Object.values(raw)) {
    if (!m) continue;
    merges.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
  }
  return merges;
}

function isProtected(ws: ExcelJS.Worksheet): boolean {
  const p = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
  return !!p && p.sheet !== false;
}

/** Columns hidden among the first `colCount` (0-based): only the columns the sheet defines, none created. */
function hiddenColumnsOf(ws: ExcelJS.Worksheet, colCount: number): number[] {
  const out: number[] = [];
  for (const column of ws.columns ?? []) {
    const n = column?.number;
    if (column?.hidden && n !== undefined && n <= colCount) out.push(n - 1);
  }
  return out.sort((a, b) => a - b);
}

/**
 * A sheet converted in slices of `rowsPerSlice` rows: the generator pauses after each slice (so
 * the browser preview can let the page paint between them) and returns the grid.
 */
export function* sheetToGridInSlices(ws: ExcelJS.Worksheet, rowsPerSlice = Infinity): Generator<void, SheetGrid> {
  const rows: (Cell | undefined)[][] = [];
  const hiddenRows: number[] = [];
  let colCount = 0;
  let rowCount = 0;
  const last = ws.rowCount;
  for (let start = 1; start <= last; start += rowsPerSlice) {
    const end = Math.min(last, start + rowsPerSlice - 1);
    for (let rowNumber = start; rowNumber <= end; rowNumber++) {
      // The rows ExcelJS's eachRow visits: defined and holding a value.
      const row = ws.findRow(rowNumber);
      if (!row || !row.hasValues) continue;
      if (row.hidden) hiddenRows.push(rowNumber - 1);
      // Sized to the row's cells at once: grown cell by cell, each row's array would keep room
      // for a dozen cells more than a five-column table row holds. (A row formatted out to the last
      // column has thousands of empty cells: such a row's array still grows as it is filled.)
      const cells: (Cell | undefined)[] = new Array(Math.min(row.cellCount, 256));
      let width = 0;
      row.eachCell({ includeEmpty: false }, (x, colNumber) => {
        const c = toGridCell(x);
        if (c) {
          cells[colNumber - 1] = c;
          if (colNumber > width) width = colNumber;
        }
      });
      cells.length = width;
      if (width > colCount) colCount = width;
      if (width) {
        rows[rowNumber - 1] = cells;
        if (rowNumber > rowCount) rowCount = rowNumber;
      }
    }
    if (end < last) yield;
  }
  const merges = mergesOf(ws);
  for (const m of merges) {
    if (m.right + 1 > colCount) colCount = m.right + 1;
    if (m.bottom + 1 > rowCount) rowCount = m.bottom + 1;
  }
  for (let r = 0; r < rowCount; r++) if (!rows[r]) rows[r] = [];
  const grid: SheetGrid = { name: ws.name, rowCount, colCount, rows, merges };
  if (isProtected(ws)) grid.protected = true;
  if (hiddenRows.length) grid.hiddenRows = hiddenRows;
  const hiddenCols = hiddenColumnsOf(ws, colCount);
  if (hiddenCols.length) grid.hiddenCols = hiddenCols;
  return grid;
}

export function sheetToGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const slices = sheetToGridInSlices(ws);
  for (;;) {
    const next = slices.next();
    if (next.done) return next.value;
  }
}

/** The worksheets in the order the grids list them (ExcelJS's eachSheet order). */
export function worksheetsOf(wb: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  const sheets: ExcelJS.Worksheet[] = [];
  wb.eachSheet((ws) => {
    sheets.push(ws);
  });
  return sheets;
}

export function workbookToGrids(wb: ExcelJS.Workbook, name?: string): WorkbookGrids {
  return { name, sheets: worksheetsOf(wb).map(sheetToGrid) };
}
