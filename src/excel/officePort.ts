/**
 * The workbook port inside Excel. The only code in the project that calls Excel.run.
 * One Excel.run per user action; reads are queued and synced together; bulk writes suspend screen
 * updating (ExcelApi 1.9, when supported). Later API sets are used only after isSetSupported.
 */
import type { WorkbookGrids } from '../engine/grid/types';
import { DRAFT_SHEET_NAME, DraftSheetExistsError, FORMULA_SKIP, PortError } from '../port';
import type { CellMark, DraftSheetLine, NameWriteRequest, ReadProgress, WorkbookPort, WriteReport } from '../port';
import { scriptHas } from './capabilities';
import { toPortError } from './errors';
import {
  applyMarks as applyMarksIn,
  clearMarks as clearMarksIn,
  liveSheets,
  type MarkCapabilities,
  type SavedLook,
} from './marks';
import { readWorkbookGrids } from './readGrids';

export { MARKS_SETTING, type SavedLook } from './marks';

/** What the adapter needs from Office; injected so tests can pass a fake object model. */
export interface OfficeDeps {
  run<T>(options: { delayForCellEdit: boolean }, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
}

interface SavedName {
  sheet: string;
  cell: string;
  before: string | number | boolean;
  written: string;
}

const PROTECTED_SKIP = '工作表受保护，未改动。';
const MISSING_SKIP = '找不到该工作表（可能已改名或删除），未改动。';

export function officeDeps(): OfficeDeps {
  return {
    run: (options, batch) => Excel.run(options, batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}

export class OfficePort implements WorkbookPort {
  readonly host = 'excel' as const;
  private saved: SavedLook[] = [];
  private savedLoaded = false;
  private lastWrite: SavedName[] = [];
  private notices: string[] = [];

  constructor(private readonly deps: OfficeDeps = officeDeps()) {}

  private supports(version: string): boolean {
    return this.deps.isSetSupported('ExcelApi', version);
  }

  /** One Excel.run per user action; a batch waits while the user is typing in a cell (delayForCellEdit). */
  private async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.deps.run({ delayForCellEdit: true }, batch);
    } catch (e) {
      throw toPortError(e);
    }
  }

  private suspendScreen(context: Excel.RequestContext): void {
    const app = context.application;
    if (this.supports('1.9') && scriptHas(app, 'suspendScreenUpdatingUntilNextSync')) app.suspendScreenUpdatingUntilNextSync();
  }

  private markCaps(): MarkCapabilities {
    return { notes: this.supports('1.18'), pattern: this.supports('1.9') };
  }

  async readGrids(onProgress?: (p: ReadProgress) => void): Promise<WorkbookGrids> {
    const { grids, notices } = await this.run((context) => readWorkbookGrids(context, { merges: this.supports('1.13'), onProgress }));
    this.notices = notices;
    return grids;
  }

  readNotices(): string[] {
    return this.notices;
  }

  /** The looks saved by this pane, or undefined: read them from the workbook (an earlier session's). */
  private knownLooks(): SavedLook[] | undefined {
    return this.savedLoaded ? this.saved : undefined;
  }

  private remember(looks: SavedLook[]): void {
    this.saved = looks;
    this.savedLoaded = true;
  }

  async applyMarks(marks: CellMark[]): Promise<number> {
    const unique = new Map<string, CellMark>();
    for (const m of marks) if (!unique.has(`${m.sheet}!${m.cell}`)) unique.set(`${m.sheet}!${m.cell}`, m);
    const list = [...unique.values()];
    return this.run(async (context) => {
      // Earlier marks are restored first, so the looks read are the user's own.
      const result = await applyMarksIn(context, list, this.knownLooks(), this.markCaps(), () => this.suspendScreen(context));
      this.remember(result.saved);
      const count = list.length - result.skippedProtected - result.missing;
      if (count === 0 && list.length > 0) {
        throw new PortError(
          result.missing === list.length
            ? '问题所在的工作表已改名或删除，无法标记：请重新校核。'
            : '问题所在的工作表都受保护，无法标记：请先撤消工作表保护。',
        );
      }
      return count;
    });
  }

  async clearMarks(): Promise<number> {
    return this.run(async (context) => {
      const { restored, kept } = await clearMarksIn(context, this.knownLooks(), this.markCaps(), () => this.suspendScreen(context));
      this.remember(kept);
      if (restored === 0 && kept.length > 0) throw new PortError('标记所在的工作表受保护，无法清除标记：请先撤消工作表保护。');
      return restored;
    });
  }

  markedCount(): number {
    return this.saved.length;
  }

  async writeNames(writes: NameWriteRequest[]): Promise<WriteReport> {
    return this.run(async (context) => {
      const report: WriteReport = { written: 0, skipped: [] };
      const sheets = await liveSheets(context);
      const reads = writes.flatMap((w) => {
        const sheet = sheets.get(w.sheet);
        const reason = !sheet ? MISSING_SKIP : sheet.protected ? PROTECTED_SKIP : undefined;
        if (reason) {
          report.skipped.push({ sheet: w.sheet, cell: w.cell, reason });
          return [];
        }
        const range = sheet!.ws.getRange(w.cell);
        range.load(['values', 'text', 'formulas']);
        return [{ w, range }];
      });
      await context.sync();
      const undo: SavedName[] = [];
      this.suspendScreen(context);
      for (const { w, range } of reads) {
        const before = range.values[0][0] as string | number | boolean;
        const text = String(range.text[0][0] ?? '').trim();
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
      const sheets = await liveSheets(context);
      const reads = last.flatMap((s) => {
        const sheet = sheets.get(s.sheet);
        if (!sheet || sheet.protected) return []; // renamed, deleted or protected since: leave it
        const range = sheet.ws.getRange(s.cell);
        range.load('values');
        return [{ s, range }];
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
        // Text format first: a line starting with "=", "+" or "-" would otherwise become a formula.
        range.numberFormat = lines.map(() => ['@']);
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
