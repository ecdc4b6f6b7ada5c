/**
 * The workbook port over an ExcelJS workbook: the browser preview (and tests) run the same pane
 * against it. Marks are fills plus notes; every change remembers what it replaced so it can be undone.
 */
import type ExcelJS from 'exceljs';
import type { SheetGrid, WorkbookGrids } from '../engine/grid/types';
import { sheetToGridInSlices, worksheetsOf } from '../xlsx/grids';
import { markFill } from '../xlsx/marks';
import { uiSlices } from '../port/yield-to-ui';
import { DRAFT_SHEET_NAME, DraftSheetExistsError, FORMULA_SKIP, PortError } from '../port';
import type { CellMark, DraftSheetLine, NameWriteRequest, ReadProgress, WorkbookPort, WriteReport } from '../port';

interface SavedLook {
  sheet: string;
  cell: string;
  fill: ExcelJS.Fill | undefined;
  note: ExcelJS.Comment | string | undefined;
}

interface SavedValue {
  sheet: string;
  cell: string;
  before: ExcelJS.CellValue;
  written: string;
}

/** Rows converted between two looks at the clock. */
const ROWS_PER_SLICE = 500;

export interface PreviewSelection {
  sheet: string;
  cell: string;
}

/** A mark as the grid view shows it. */
export interface PreviewMark extends CellMark {}

function isBlank(v: ExcelJS.CellValue): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

function isFormula(v: ExcelJS.CellValue): boolean {
  return typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v);
}

/**
 * Restores a cell's note as it was before marking. ExcelJS has no public way to delete a note:
 * `cell.note = undefined` leaves an empty comment that Excel shows (and saves) as a blank note box.
 */
function restoreNote(c: ExcelJS.Cell, note: ExcelJS.Comment | string | undefined): void {
  if (note === undefined) delete (c as unknown as { _comment?: unknown })._comment;
  else c.note = note as string;
}

function cellTextOf(c: ExcelJS.Cell): string {
  const v = c.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && !(v instanceof Date)) return c.text ?? '';
  return String(v);
}

export class ExcelJsPort implements WorkbookPort {
  readonly host = 'preview' as const;
  private saved: SavedLook[] = [];
  private marks: CellMark[] = [];
  private lastWrite: SavedValue[] = [];
  private listeners = new Set<() => void>();
  selection: PreviewSelection | undefined;
  /** Bumped on every change so views can re-render. */
  version = 0;

  constructor(
    readonly workbook: ExcelJS.Workbook,
    readonly fileName: string,
  ) {}

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }

  currentMarks(): readonly CellMark[] {
    return this.marks;
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw new PortError(`找不到工作表“${name}”，可能已被改名或删除，请重新校核。`);
    return ws;
  }

  /** The grids, read a slice of rows at a time so the page keeps painting and answering (what workbookToGrids reads). */
  async readGrids(onProgress?: (p: ReadProgress) => void): Promise<WorkbookGrids> {
    const worksheets = worksheetsOf(this.workbook);
    const total = worksheets.length;
    const sheets: SheetGrid[] = [];
    const nextSlice = uiSlices();
    for (const ws of worksheets) {
      onProgress?.({ phase: 'values', done: sheets.length, total });
      const slices = sheetToGridInSlices(ws, ROWS_PER_SLICE);
      for (;;) {
        const next = slices.next();
        await nextSlice();
        if (next.done) {
          sheets.push(next.value);
          break;
        }
      }
    }
    onProgress?.({ phase: 'values', done: total, total });
    return { name: this.fileName, sheets };
  }

  async applyMarks(marks: CellMark[]): Promise<number> {
    this.restoreLooks();
    const seen = new Set<string>();
    const kept: CellMark[] = [];
    for (const m of marks) {
      const key = `${m.sheet}!${m.cell}`;
      if (seen.has(key)) continue; // the first (most severe) finding of a cell decides its colour
      seen.add(key);
      const ws = this.workbook.getWorksheet(m.sheet);
      if (!ws) continue;
      const c = ws.getCell(m.cell);
      this.saved.push({ sheet: m.sheet, cell: m.cell, fill: c.style.fill, note: c.note });
      c.style = { ...c.style, fill: markFill(m.severity) };
      c.note = m.note;
      kept.push(m);
    }
    this.marks = kept;
    this.changed();
    return kept.length;
  }

  private restoreLooks(): number {
    const n = this.saved.length;
    for (const s of this.saved.reverse()) {
      const ws = this.workbook.getWorksheet(s.sheet);
      if (!ws) continue;
      const c = ws.getCell(s.cell);
      const style = { ...c.style };
      if (s.fill) style.fill = s.fill;
      else delete style.fill;
      c.style = style;
      restoreNote(c, s.note);
    }
    this.saved = [];
    this.marks = [];
    return n;
  }

  async clearMarks(): Promise<number> {
    const n = this.restoreLooks();
    this.changed();
    return n;
  }

  markedCount(): number {
    return this.marks.length;
  }

  async writeNames(writes: NameWriteRequest[]): Promise<WriteReport> {
    const report: WriteReport = { written: 0, skipped: [] };
    const undo: SavedValue[] = [];
    for (const w of writes) {
      const ws = this.sheet(w.sheet);
      const c = ws.getCell(w.cell);
      if (isFormula(c.value)) {
        // A lookup formula that shows nothing looks blank, but it is the user's: never replace it.
        report.skipped.push({ sheet: w.sheet, cell: w.cell, reason: FORMULA_SKIP });
        continue;
      }
      const now = cellTextOf(c).trim();
      const ok = w.replaces === undefined ? isBlank(c.value) : now === w.replaces.trim();
      if (!ok) {
        report.skipped.push({ sheet: w.sheet, cell: w.cell, reason: '单元格已有内容且与预览时不同，未改动。' });
        continue;
      }
      undo.push({ sheet: w.sheet, cell: w.cell, before: c.value, written: w.name });
      c.value = w.name;
      report.written++;
    }
    if (undo.length) this.lastWrite = undo;
    this.changed();
    return report;
  }

  async undoNames(): Promise<number> {
    let n = 0;
    for (const s of this.lastWrite) {
      const c = this.sheet(s.sheet).getCell(s.cell);
      if (c.value !== s.written) continue; // the user typed something since: leave it
      c.value = s.before;
      n++;
    }
    this.lastWrite = [];
    this.changed();
    return n;
  }

  canUndoNames(): boolean {
    return this.lastWrite.length > 0;
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.sheet(sheet);
    this.selection = { sheet, cell };
    this.changed();
  }

  async insertDraftSheet(lines: DraftSheetLine[], options: { replace?: boolean } = {}): Promise<string> {
    const existing = this.workbook.getWorksheet(DRAFT_SHEET_NAME);
    if (existing) {
      if (!options.replace) throw new DraftSheetExistsError();
      this.workbook.removeWorksheet(existing.id);
    }
    const ws = this.workbook.addWorksheet(DRAFT_SHEET_NAME);
    ws.getColumn(1).width = 100;
    lines.forEach((l, i) => {
      const c = ws.getCell(i + 1, 1);
      c.value = l.text;
      c.alignment = { wrapText: true, vertical: 'top' };
      if (l.role === 'title') c.font = { bold: true, size: 14 };
      else if (l.role !== 'body') c.font = { bold: true };
    });
    this.changed();
    return DRAFT_SHEET_NAME;
  }

  /** The workbook as .xlsx bytes, marks included (the preview's "download the marked copy"). */
  async toXlsx(): Promise<Uint8Array> {
    const buf = await this.workbook.xlsx.writeBuffer();
    return new Uint8Array(buf as ArrayBuffer);
  }
}
