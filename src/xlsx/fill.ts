/**
 * Applies the engine's name writes to an ExcelJS workbook: each name goes into its cell only when
 * the cell is still blank. Nothing else is touched (the cell keeps its style; no other cell changes).
 */
import type ExcelJS from 'exceljs';
import type { NameWrite } from '../engine/catalog';

export interface FillResult {
  applied: NameWrite[];
  /** Writes left out, with the reason (Chinese). */
  skipped: { write: NameWrite; reason: string }[];
}

function isBlank(cell: ExcelJS.Cell): boolean {
  const v = cell.value;
  if (v === null || v === undefined) return true;
  return typeof v === 'string' && v.trim() === '';
}

export function applyNameWrites(wb: ExcelJS.Workbook, writes: readonly NameWrite[]): FillResult {
  const result: FillResult = { applied: [], skipped: [] };
  for (const w of writes) {
    const ws = wb.getWorksheet(w.sheet);
    if (!ws) {
      result.skipped.push({ write: w, reason: `找不到工作表“${w.sheet}”` });
      continue;
    }
    const cell = ws.getCell(w.cell);
    const target = cell.isMerged ? cell.master : cell;
    if (!isBlank(target)) {
      result.skipped.push({ write: w, reason: `${w.sheet}!${w.cell} 已有内容，未覆盖` });
      continue;
    }
    target.value = w.name;
    result.applied.push(w);
  }
  return result;
}
