/**
 * grid → Table[]: finds every standard budget table in a workbook, wherever it starts on a sheet,
 * however many share a sheet. A sheet with no budget table gives nothing; no input makes it throw.
 */
import type { SheetGrid, WorkbookGrids } from '../grid/types';
import type { Table } from './types';
import { SheetView } from './view';
import { isHeaderAnchor } from './header';
import { recognizeTableAt } from './table';
import { setAsideAmountsBeyondAnyBudget } from './beyond-budget';

export * from './types';

/** The tables of one sheet, top to bottom. */
export function recognizeSheet(sheet: SheetGrid): Table[] {
  const view = new SheetView(sheet);
  const tables: Table[] = [];
  let floor = 0;
  for (let row = 0; row < view.rowCount; row++) {
    if (!isHeaderAnchor(view, row)) continue;
    const found = recognizeTableAt(view, row, floor);
    row = Math.max(row, found.bottom);
    if (!found.table) continue;
    tables.push(setAsideAmountsBeyondAnyBudget(found.table));
    floor = found.bottom + 1;
  }
  return tables;
}

export function recognizeWorkbook(wb: WorkbookGrids): Table[] {
  const tables: Table[] = [];
  for (const sheet of wb.sheets) {
    try {
      tables.push(...recognizeSheet(sheet));
    } catch {
      // A sheet whose layout defeats recognition yields no tables rather than stopping the workbook.
    }
  }
  return tables;
}
