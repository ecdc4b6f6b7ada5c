/**
 * The workbook port: everything the task pane needs from a workbook, and nothing more.
 * Two implementations satisfy it — Office.js inside Excel (`src/excel/`) and ExcelJS in the browser
 * preview (`src/preview/`). Components receive a port as a prop and never call Excel.* themselves,
 * so the UI is tested with a fake port (Office-Addin-TaskPane-React habit).
 */
import type { WorkbookGrids } from '../engine/grid/types';
import type { CellMark } from '../engine/model/marks';

export type { CellMark } from '../engine/model/marks';

/** One line of the draft sheet: its text and how it is set (title, headings bold). */
export interface DraftSheetLine {
  text: string;
  role: 'title' | 'heading' | 'subheading' | 'body';
}

/** One name to write into a 科目名称 cell. */
export interface NameWriteRequest {
  sheet: string;
  cell: string;
  name: string;
  /** The text the cell holds now when this is a confirmed replacement; absent: the cell must be blank. */
  replaces?: string;
}

export interface WriteReport {
  written: number;
  /** Cells left alone, with the reason in Chinese (not blank any more, protected sheet …). */
  skipped: { sheet: string; cell: string; reason: string }[];
}

export interface ReadProgress {
  done: number;
  total: number;
  phase: 'sheets' | 'ranges' | 'values';
}

export interface WorkbookPort {
  readonly host: 'excel' | 'preview';
  /** Every sheet's used range as grids (values, displayed text, merged areas). */
  readGrids(onProgress?: (p: ReadProgress) => void): Promise<WorkbookGrids>;
  /** What the last readGrids could not read for certain (Chinese sentences), to show beside the results. */
  readNotices?(): string[];
  /** Highlights the cells (replacing marks made earlier by the add-in); returns the number of cells marked. */
  applyMarks(marks: CellMark[]): Promise<number>;
  /** Removes every mark the add-in made, restoring each cell's previous fill and note; returns the count. */
  clearMarks(): Promise<number>;
  /** Number of cells currently marked by the add-in. */
  markedCount(): number;
  /** Writes names: blank cells only, unless `replaces` matches the cell's current text; never over a formula. Undoable. */
  writeNames(writes: NameWriteRequest[]): Promise<WriteReport>;
  /** Undoes the last writeNames call (cells the user changed since are left alone); returns cells restored. */
  undoNames(): Promise<number>;
  canUndoNames(): boolean;
  /** Activates the sheet and selects the cell. */
  select(sheet: string, cell: string): Promise<void>;
  /**
   * Writes the draft into the draft sheet (DRAFT_SHEET_NAME), one line per row; returns the sheet's
   * name. An existing draft sheet is replaced only with `replace` (the pane asks first); without it,
   * a DraftSheetExistsError and nothing is written.
   */
  insertDraftSheet(lines: DraftSheetLine[], options?: { replace?: boolean }): Promise<string>;
}

/** An error whose message is ready to show to the user (Chinese, one sentence). */
export class PortError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PortError';
  }
}

export const DRAFT_SHEET_NAME = '情况说明（草稿）';

/** The draft sheet is there already: the pane asks before replacing it. */
export class DraftSheetExistsError extends PortError {
  constructor() {
    super(`已有“${DRAFT_SHEET_NAME}”工作表：确认替换后才会写入新草稿。`);
    this.name = 'DraftSheetExistsError';
  }
}

/** Why a name was not written into a cell that holds a formula (even one that shows nothing). */
export const FORMULA_SKIP = '单元格含公式，未改动。';
