/**
 * A sheet as the engine sees it: a rectangular matrix of cells plus merged areas.
 * Adapters (Office.js, ExcelJS) build these; the engine never reads a workbook itself.
 * Rows and columns are 0-based everywhere inside the engine; A1 strings only at the edges.
 */

/** An Excel error value such as #REF! or #VALUE!, kept distinct from text and numbers. */
export interface ErrorValue {
  error: string; // '#REF!', '#VALUE!', '#DIV/0!', '#N/A', '#NAME?', '#NUM!', '#NULL!'
}

export type CellValue = number | string | boolean | ErrorValue | null;

export interface Cell {
  /** The stored value (a number for numeric cells, text for text cells, the cached result for formulas). */
  value: CellValue;
  /** The text Excel displays (number format applied). Empty string for empty cells. */
  text: string;
  /** The formula without '=' when the cell holds one. */
  formula?: string;
}

/** An inclusive rectangle of cells, 0-based. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /** Number of rows / columns of the used area starting at A1 (rows[r] may be shorter than colCount). */
  rowCount: number;
  colCount: number;
  /** rows[r][c]; missing or undefined entries are empty cells. */
  rows: (Cell | undefined)[][];
  /** Merged areas; the value lives in the top-left cell. */
  merges: Rect[];
  /** True when the sheet is protected (writes will fail); reading is unaffected. */
  protected?: boolean;
  /** Rows the workbook hides (0-based, ascending); absent or empty when none is. */
  hiddenRows?: number[];
  /** Columns the workbook hides (0-based, ascending); absent or empty when none is. */
  hiddenCols?: number[];
}

export interface WorkbookGrids {
  /** File name or workbook title, for messages only. */
  name?: string;
  sheets: SheetGrid[];
}
