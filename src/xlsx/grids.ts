/**
 * ExcelJS workbook → engine grids. Used by the CLI, the browser preview and the tests, so every
 * path reads a workbook the same way. No budget logic here.
 */
import type ExcelJS from 'exceljs';
import type { Cell, CellValue, Rect, SheetGrid, WorkbookGrids } from '../engine/grid/types';
import { formatWithNumFmt } from './numfmt';

type XCell = ExcelJS.Cell;

function plainValue(v: ExcelJS.CellValue): { value: CellValue; formula?: string } {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return { value: v };
  if (v instanceof Date) return { value: v.toISOString().slice(0, 10) };
  const o = v as unknown as Record<string, unknown>;
  if (typeof o.error === 'string') return { value: { error: o.error } };
  if (Array.isArray(o.richText)) {
    return { value: (o.richText as { text?: string }[]).map((p) => p.text ?? '').join('') };
  }
  if ('formula' in o || 'sharedFormula' in o) {
    const inner = o.result === undefined ? { value: null } : plainValue(o.result as ExcelJS.CellValue);
    const formula = typeof o.formula === 'string' ? o.formula : typeof o.sharedFormula === 'string' ? o.sharedFormula : undefined;
    return { value: inner.value, formula };
  }
  if (typeof o.text === 'string') return { value: o.text }; // hyperlink
  return { value: null };
}

function toCell(x: XCell): Cell | undefined {
  if (x.isMerged && x.master !== x) return undefined; // the master holds the value
  const { value, formula } = plainValue(x.value);
  if (value === null && !formula) return undefined;
  let text: string;
  if (typeof value === 'number') text = formatWithNumFmt(value, x.numFmt);
  else if (value === null) text = '';
  else if (typeof value === 'object') text = value.error;
  else text = String(value);
  const cell: Cell = { value, text };
  if (formula) cell.formula = formula;
  return cell;
}

export function sheetToGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const rows: (Cell | undefined)[][] = [];
  let colCount = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: (Cell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (x, colNumber) => {
      const c = toCell(x);
      if (c) {
        cells[colNumber - 1] = c;
        if (colNumber > colCount) colCount = colNumber;
      }
    });
    if (cells.length) rows[rowNumber - 1] = cells;
  });
  const merges: Rect[] = [];
  const raw = (ws as unknown as { _merges: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges ?? {};
  for (const m of Object.values(raw)) {
    merges.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
    colCount = Math.max(colCount, m.right);
  }
  const rowCount = Math.max(rows.length, ...merges.map((m) => m.bottom + 1), 0);
  for (let r = 0; r < rowCount; r++) if (!rows[r]) rows[r] = [];
  const grid: SheetGrid = { name: ws.name, rowCount, colCount, rows, merges };
  if ((ws as unknown as { sheetProtection?: unknown }).sheetProtection) grid.protected = true;
  return grid;
}

export function workbookToGrids(wb: ExcelJS.Workbook, name?: string): WorkbookGrids {
  const sheets: SheetGrid[] = [];
  wb.eachSheet((ws) => {
    sheets.push(sheetToGrid(ws));
  });
  return { name, sheets };
}
