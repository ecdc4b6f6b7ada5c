/**
 * The workbook port inside Excel. The only code in the project that calls Excel.run.
 * One Excel.run per user action; reads are queued and synced together; bulk writes suspend screen
 * updating (ExcelApi 1.9, when supported). Later API sets are used only after isSetSupported.
 */
import type { WorkbookGrids } from '../engine/grid/types';
import {
  DRAFT_SHEET_NAME,
  DraftSheetExistsError,
  FORMULA_SKIP,
  MARK_FILL,
  PortError,
  type CellMark,
  type DraftSheetLine,
  type NameWriteRequest,
  type ReadProgress,
  type WorkbookPort,
  type WriteReport,
} from '../taskpane/port';
import { toPortError } from './errors';
import { readWorkbookGrids } from './readGrids';

/** What the adapter needs from Office; injected so tests can pass a fake object model. */
export interface OfficeDeps {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
}

/** A marked cell's previous look, so clearing restores it exactly. */
export interface SavedLook {
  sheet: string;
  cell: string;
  /** Previous fill colour; null: the cell had no fill. */
  color: string | null;
  /** True when the add-in added a note to the cell (and must remove it). */
  note: boolean;
}

interface SavedName {
  sheet: string;
  cell: string;
  before: string | number | boolean;
  written: string;
}

/** Workbook setting holding the saved looks, so marks can be cleared after the pane is reopened. */
export const MARKS_SETTING = 'budgetCheck.marks';

const PROTECTED_SKIP = '工作表受保护，未改动。';

export function officeDeps(): OfficeDeps {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}

export class OfficePort implements WorkbookPort {
  readonly host = 'excel' as const;
  private saved: SavedLook[] = [];
  private lastWrite: SavedName[] = [];

  constructor(private readonly deps: OfficeDeps = officeDeps()) {}

  private supports(version: string): boolean {
    return this.deps.isSetSupported('ExcelApi', version);
  }

  private async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.deps.run(batch);
    } catch (e) {
      throw toPortError(e);
    }
  }

  private suspendScreen(context: Excel.RequestContext): void {
    if (this.supports('1.9')) context.application.suspendScreenUpdatingUntilNextSync();
  }

  readGrids(onProgress?: (p: ReadProgress) => void): Promise<WorkbookGrids> {
    return this.run((context) => readWorkbookGrids(context, { merges: this.supports('1.13'), onProgress }));
  }

  /** Restores `looks`: notes the add-in added are removed only if still there (one sync), fills are queued. */
  private async restore(context: Excel.RequestContext, looks: SavedLook[]): Promise<void> {
    const notes = this.supports('1.18');
    const ours = notes
      ? looks
          .filter((s) => s.note)
          .map((s) => {
            const note = context.workbook.worksheets.getItem(s.sheet).notes.getItemOrNullObject(s.cell);
            note.load('content');
            return note;
          })
      : [];
    if (ours.length) await context.sync();
    for (const note of ours) if (!note.isNullObject) note.delete();
    for (const s of looks) {
      const range = context.workbook.worksheets.getItem(s.sheet).getRange(s.cell);
      if (s.color === null) range.format.fill.clear();
      else range.format.fill.color = s.color;
    }
  }

  private queueSaveLooks(context: Excel.RequestContext, looks: SavedLook[]): void {
    context.workbook.settings.add(MARKS_SETTING, JSON.stringify(looks));
  }

  async applyMarks(marks: CellMark[]): Promise<number> {
    const unique = new Map<string, CellMark>();
    for (const m of marks) if (!unique.has(`${m.sheet}!${m.cell}`)) unique.set(`${m.sheet}!${m.cell}`, m);
    const list = [...unique.values()];
    const notes = this.supports('1.18');
    const pattern = this.supports('1.9');
    return this.run(async (context) => {
      // Earlier marks go first, so the looks read below are the user's own.
      const previous = await this.loadSaved(context);
      await this.restore(context, previous);
      const sheets = new Map<string, Excel.WorksheetProtection>();
      const reads = list.map((m) => {
        const ws = context.workbook.worksheets.getItem(m.sheet);
        if (!sheets.has(m.sheet)) {
          const p = ws.protection;
          p.load('protected');
          sheets.set(m.sheet, p);
        }
        const fill = ws.getRange(m.cell).format.fill;
        fill.load(pattern ? ['color', 'pattern'] : ['color']);
        const note = notes ? ws.notes.getItemOrNullObject(m.cell) : undefined;
        note?.load('content');
        return { m, ws, fill, note };
      });
      await context.sync();
      this.suspendScreen(context);
      const saved: SavedLook[] = [];
      for (const { m, ws, fill, note } of reads) {
        if (sheets.get(m.sheet)!.protected) continue;
        const none = pattern ? fill.pattern === 'None' : /^#?FFFFFF$/i.test(fill.color ?? '');
        const addNote = !!note && note.isNullObject; // never overwrite the user's own note
        saved.push({ sheet: m.sheet, cell: m.cell, color: none ? null : fill.color, note: addNote });
        fill.color = MARK_FILL[m.severity];
        if (addNote) ws.notes.add(m.cell, m.note);
      }
      this.queueSaveLooks(context, saved);
      await context.sync();
      this.saved = saved;
      if (saved.length === 0 && list.length > 0) throw new PortError('问题所在的工作表都受保护，无法标记：请先撤消工作表保护。');
      return saved.length;
    });
  }

  /** Saved looks: the ones in memory, else the ones stored in the workbook by an earlier session. */
  private async loadSaved(context: Excel.RequestContext): Promise<SavedLook[]> {
    if (this.saved.length) return this.saved;
    const item = context.workbook.settings.getItemOrNullObject(MARKS_SETTING);
    item.load('value');
    await context.sync();
    if (item.isNullObject) return [];
    try {
      const v = typeof item.value === 'string' ? JSON.parse(item.value) : item.value;
      return Array.isArray(v) ? (v as SavedLook[]) : [];
    } catch {
      return [];
    }
  }

  async clearMarks(): Promise<number> {
    return this.run(async (context) => {
      const looks = await this.loadSaved(context);
      if (looks.length === 0) return 0;
      await this.restore(context, looks);
      this.suspendScreen(context);
      this.queueSaveLooks(context, []);
      await context.sync();
      this.saved = [];
      return looks.length;
    });
  }

  markedCount(): number {
    return this.saved.length;
  }

  async writeNames(writes: NameWriteRequest[]): Promise<WriteReport> {
    return this.run(async (context) => {
      const report: WriteReport = { written: 0, skipped: [] };
      const protections = new Map<string, Excel.WorksheetProtection>();
      const reads = writes.map((w) => {
        const ws = context.workbook.worksheets.getItem(w.sheet);
        if (!protections.has(w.sheet)) {
          const p = ws.protection;
          p.load('protected');
          protections.set(w.sheet, p);
        }
        const range = ws.getRange(w.cell);
        range.load(['values', 'text', 'formulas']);
        return { w, range };
      });
      await context.sync();
      const undo: SavedName[] = [];
      this.suspendScreen(context);
      for (const { w, range } of reads) {
        const before = range.values[0][0] as string | number | boolean;
        const text = String(range.text[0][0] ?? '').trim();
        if (protections.get(w.sheet)!.protected) {
          report.skipped.push({ sheet: w.sheet, cell: w.cell, reason: PROTECTED_SKIP });
          continue;
        }
        const formula = range.formulas[0][0];
        if (typeof formula === 'string' && formula.startsWith('=')) {
          // A lookup formula that shows nothing reads as '' but is the user's: never replace it.
          report.skipped.push({ sheet: w.sheet, cell: w.cell, reason: FORMULA_SKIP });
          continue;
        }
        const ok = w.replaces === undefined ? before === '' || (typeof before === 'string' && before.trim() === '') : text === w.replaces.trim();
        if (!ok) {
          report.skipped.push({ sheet: w.sheet, cell: w.cell, reason: '单元格已有内容且与预览时不同，未改动。' });
          continue;
        }
        range.values = [[w.name]];
        undo.push({ sheet: w.sheet, cell: w.cell, before, written: w.name });
      }
      if (undo.length) await context.sync();
      report.written = undo.length;
      if (undo.length) this.lastWrite = undo;
      return report;
    });
  }

  async undoNames(): Promise<number> {
    const last = this.lastWrite;
    if (!last.length) return 0;
    const n = await this.run(async (context) => {
      const reads = last.map((s) => {
        const range = context.workbook.worksheets.getItem(s.sheet).getRange(s.cell);
        range.load('values');
        return { s, range };
      });
      await context.sync();
      this.suspendScreen(context);
      let restored = 0;
      for (const { s, range } of reads) {
        if (range.values[0][0] !== s.written) continue; // changed by the user since: leave it
        range.values = [[s.before]];
        restored++;
      }
      await context.sync();
      return restored;
    });
    this.lastWrite = [];
    return n;
  }

  canUndoNames(): boolean {
    return this.lastWrite.length > 0;
  }

  select(sheet: string, cell: string): Promise<void> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }

  /**
   * The draft sheet, written afresh: an earlier one is deleted first (only with `replace`), so no
   * old line survives a shorter draft.
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)
   */
  insertDraftSheet(lines: DraftSheetLine[], options: { replace?: boolean } = {}): Promise<string> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const existing = sheets.getItemOrNullObject(DRAFT_SHEET_NAME);
      existing.load('name');
      await context.sync();
      if (!existing.isNullObject) {
        if (!options.replace) throw new DraftSheetExistsError();
        existing.delete();
      }
      const ws = sheets.add(DRAFT_SHEET_NAME);
      if (lines.length > 0) {
        const range = ws.getRange(`A1:A${lines.length}`);
        range.values = lines.map((l) => [l.text]);
        range.format.wrapText = true;
        range.format.columnWidth = 600;
        range.format.verticalAlignment = 'Top';
        lines.forEach((l, i) => {
          if (l.role !== 'body') ws.getRange(`A${i + 1}`).format.font.bold = true;
        });
      }
      ws.activate();
      await context.sync();
      return DRAFT_SHEET_NAME;
    });
  }
}
