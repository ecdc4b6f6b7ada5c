/**
 * grid → Table[]: finds every standard budget table in a workbook, wherever it starts on a sheet,
 * however many share a sheet. A sheet with no budget table gives nothing; no input makes it throw:
 * a sheet whose layout defeats recognition (a bug) is named, so that the clerk is told it was not
 * checked instead of reading "no tables".
 */
import type { Finding } from '../findings';
import type { SheetGrid, WorkbookGrids } from '../grid/types';
import type { Table } from './types';
import { SheetView } from './view';
import { isHeaderAnchor } from './header';
import { recognizeTableAt } from './table';
import { bandSheet, isOneBand, regionAround, regionBottom, type Region } from './side-by-side';
import { unreadTableOf, type UnreadTable } from './unread';
import { tieUnreadToDepartments, type SheetReading } from './unread-department';
import { tieUnreadToFamilies } from './unread-family';

export * from './types';

/**
 * The tables of a region printed in column bands, when the cut is certain: every band holds a
 * table whose title is printed in that band. Otherwise undefined, and the region is read whole.
 */
function tablesSideBySide(sheet: SheetGrid, region: Region): Table[] | undefined {
  const tables: Table[] = [];
  for (const band of region.bands) {
    const inBand = recognizeSheet(bandSheet(sheet, band, region.top, region.bottom));
    if (!inBand.length || !inBand[0].title) return undefined;
    tables.push(...inBand);
  }
  return tables;
}

/** The tables of one sheet, top to bottom (side by side ones left to right). */
export function recognizeSheet(sheet: SheetGrid): Table[] {
  const view = new SheetView(sheet);
  const tables: Table[] = [];
  let floor = 0;
  let regionChecked = -1;
  // The anchor of a one-band region whose bottom is read only when another header is met (-1: none).
  let oneBandAnchor = -1;
  for (let row = 0; row < view.rowCount; row++) {
    if (!isHeaderAnchor(view, row)) continue;
    if (oneBandAnchor >= 0) {
      regionChecked = regionBottom(view, oneBandAnchor);
      oneBandAnchor = -1;
    }
    if (row > regionChecked && isOneBand(view, Math.min(floor, row), row)) {
      oneBandAnchor = row;
      regionChecked = row;
    } else if (row > regionChecked) {
      const region = regionAround(view, row, floor);
      regionChecked = region.bottom;
      const sideBySide = region.bands.length ? tablesSideBySide(sheet, region) : undefined;
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

export interface Recognition {
  tables: Table[];
  /** Sheets on which recognition failed: they yield no tables, and must not pass for sheets without any. */
  failedSheets: string[];
  /** Sheets titled as a standard table, with figures, where no table was found: not checked, and said so. */
  unreadTables: UnreadTable[];
}

/** The tables of every sheet; a sheet that makes recognition fail is set aside and named, the others go on. */
export function recognizeSheets(wb: WorkbookGrids): Recognition {
  const result: Recognition = { tables: [], failedSheets: [], unreadTables: [] };
  const readings: SheetReading[] = [];
  for (const sheet of wb.sheets) {
    try {
      const tables = recognizeSheet(sheet);
      result.tables.push(...tables);
      const unread = tables.length === 0 ? unreadTableOf(sheet) : undefined;
      if (unread) result.unreadTables.push(unread);
      readings.push({ tables, unread });
    } catch {
      result.failedSheets.push(sheet.name);
    }
  }
  tieUnreadToDepartments(readings);
  tieUnreadToFamilies(readings);
  return result;
}

export function recognizeWorkbook(wb: WorkbookGrids): Table[] {
  return recognizeSheets(wb).tables;
}

/** What the clerk is told about a sheet recognition failed on (a 提示 at its first cell). */
export function recognitionFailureMessage(sheet: string): string {
  return `此工作表未能识别：读取「${sheet}」中的表格时程序出错，其中的表没有核对（不等于没有问题）；请把工作簿报告给维护者。`;
}

export function recognitionFailureFinding(sheet: string): Finding {
  return {
    rule: 'plausibility/unrecognized-sheet',
    kind: 'plausibility',
    severity: 'info',
    sheet,
    cell: 'A1',
    related: [],
    message: recognitionFailureMessage(sheet),
  };
}
