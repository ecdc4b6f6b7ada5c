/**
 * Reads every sheet's used range into engine grids with few context.sync calls:
 *   1. sheet names;  2. each sheet's used-range address, protection, merged areas and whether its
 *      rows / columns are hidden (a mixed answer is narrowed down in readHidden.ts);
 *   3. values and displayed text, in batches sized by the bytes they are expected to bring back, so
 *      that no response nears Excel's 5 MB limit (one batch for any ordinary workbook).
 * No sync inside a loop over sheets on the ordinary path: queue everything, sync once, then read
 * ("split loop"). Two things Excel can refuse are handled where they happen:
 *   - more than 512 merged areas on a sheet (getMergedAreasOrNullObject fails): merges are then read
 *     sheet by sheet, each in its own try, and a sheet that still fails is read without merges and
 *     named in a notice;
 *   - a response over the payload limit (text-heavy cells weigh far more than numbers): the batch is
 *     halved and retried, and later batches are sized by the bytes per cell measured so far.
 */
import type { Cell, CellValue, Rect, SheetGrid, WorkbookGrids } from '../engine/grid/types';
import { columnLetters, parseRangeA1 } from '../engine/grid/a1';
import { isExcelErrorText } from '../engine/grid/numbers';
import type { ReadProgress } from '../port';
import { scriptHas } from './capabilities';
import { readHiddenLines, type Bounds } from './readHidden';

/** Bytes one sync may bring back: well under the 5 MB limit of Excel on the web. */
export const BYTES_PER_SYNC = 3 * 1024 * 1024;
/** Bytes per cell (values + text) assumed before any is measured: a short number, twice. */
export const FIRST_BYTES_PER_CELL = 48;

export interface ReadOptions {
  /** ExcelApi 1.13 (Range.getMergedAreasOrNullObject) reported by the host. */
  merges: boolean;
  onProgress?: (p: ReadProgress) => void;
}

export interface ReadResult {
  grids: WorkbookGrids;
  /** What could not be read for certain, in Chinese, one sentence each. */
  notices: string[];
}

/** A block of rows of one sheet's used range. */
export interface Chunk extends Bounds {
  area: number; // index of the sheet
}

function a1Rect(top: number, left: number, rows: number, cols: number): string {
  return `${columnLetters(left)}${top + 1}:${columnLetters(left + cols - 1)}${top + rows}`;
}

/** "Sheet1!A1:B2, 'My, sheet'!C3:D4" → rects (sheet prefixes dropped, quoted commas respected). */
export function parseAreasAddress(address: string): Rect[] {
  const out: Rect[] = [];
  for (const part of address.split(/,(?=(?:[^']*'[^']*')*[^']*$)/)) {
    const r = parseRangeA1(part.trim().replace(/\$/g, ''));
    if (r) out.push(r);
  }
  return out;
}

function toCell(value: unknown, text: string): Cell | undefined {
  if (value === '' || value === null || value === undefined) return text ? { value: text, text } : undefined;
  let v: CellValue;
  if (typeof value === 'number' || typeof value === 'boolean') v = value;
  else if (typeof value === 'string' && isExcelErrorText(value)) v = { error: value };
  else v = String(value);
  return { value: v, text: text ?? String(value) };
}

/** UTF-8 length of a string, as it travels in a JSON response. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * Takes from the front of `queue` as many rows as fit in `maxCells` (at least one row), splitting
 * the chunk it stops in. Mutates `queue`.
 */
export function takeBatch(queue: Chunk[], maxCells: number): Chunk[] {
  const out: Chunk[] = [];
  let cells = 0;
  while (queue.length) {
    const c = queue[0];
    const fit = Math.floor((maxCells - cells) / c.cols);
    const rows = Math.min(c.rows, out.length ? fit : Math.max(1, fit));
    if (rows <= 0) break;
    out.push({ ...c, rows });
    cells += rows * c.cols;
    if (rows === c.rows) queue.shift();
    else {
      queue[0] = { ...c, top: c.top + rows, rows: c.rows - rows };
      break;
    }
  }
  return out;
}

const errorCode = (e: unknown) => (e as { code?: unknown })?.code;

interface SheetArea {
  sheet: Excel.Worksheet;
  name: string;
  used: Excel.Range;
  protection: Excel.WorksheetProtection;
  merged?: Excel.RangeAreas;
}

function queueAreas(sheets: Excel.Worksheet[], withMerges: boolean): SheetArea[] {
  return sheets.map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'rowHidden', 'columnHidden']);
    const protection = sheet.protection;
    protection.load('protected');
    const area: SheetArea = { sheet, name: sheet.name, used, protection };
    if (withMerges) {
      area.merged = sheet.getRange().getMergedAreasOrNullObject();
      area.merged.load('address');
    }
    return area;
  });
}

const tooManyMerges = (sheet: string) =>
  `工作表“${sheet}”的合并单元格超过 Excel 一次能读出的 512 处：该表按没有合并单元格读取，表头可能识别不全，相关结果请人工复核。`;

/** Merged areas of each sheet, one sync per sheet: used only after the all-sheets read failed. */
async function mergesSheetBySheet(context: Excel.RequestContext, areas: SheetArea[], bounds: Bounds[], notices: string[]): Promise<Rect[][]> {
  const out: Rect[][] = [];
  for (let i = 0; i < areas.length; i++) {
    const b = bounds[i];
    out.push([]);
    if (b.rows === 0) continue;
    const merged = areas[i].sheet.getRange(a1Rect(b.top, b.left, b.rows, b.cols)).getMergedAreasOrNullObject();
    merged.load('address');
    try {
      await context.sync(); // on purpose inside the loop: one sheet's refusal must not fail the others
      if (!merged.isNullObject) out[i] = parseAreasAddress(merged.address);
    } catch {
      notices.push(tooManyMerges(areas[i].name));
    }
  }
  return out;
}

export async function readWorkbookGrids(context: Excel.RequestContext, options: ReadOptions): Promise<ReadResult> {
  const progress = options.onProgress ?? (() => {});
  const notices: string[] = [];
  // 1. Sheet names.
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const items = sheets.items;
  progress({ phase: 'sheets', done: 0, total: items.length });

  // 2. Used range, protection and merges of every sheet, queued together.
  const withMerges = options.merges && items.length > 0 && scriptHas(items[0].getRange(), 'getMergedAreasOrNullObject');
  let areas = queueAreas(items, withMerges);
  let mergesFailed = false;
  try {
    await context.sync();
  } catch (e) {
    if (!withMerges) throw e;
    mergesFailed = true; // a sheet with more than 512 merged areas fails the whole request
    areas = queueAreas(items, false);
    await context.sync();
  }
  progress({ phase: 'ranges', done: 0, total: areas.length });
  const bounds: Bounds[] = areas.map((a) =>
    a.used.isNullObject
      ? { top: 0, left: 0, rows: 0, cols: 0 }
      : { top: a.used.rowIndex, left: a.used.columnIndex, rows: a.used.rowCount, cols: a.used.columnCount },
  );
  const merges = withMerges && mergesFailed
    ? await mergesSheetBySheet(context, areas, bounds, notices)
    : areas.map((a) => (a.merged && !a.merged.isNullObject ? parseAreasAddress(a.merged.address) : []));

  const hidden = await readHiddenLines(
    context,
    areas.map((a) => a.sheet),
    bounds,
    areas.map((a) => (a.used.isNullObject ? undefined : { rowHidden: a.used.rowHidden, columnHidden: a.used.columnHidden })),
  );
  const grids: SheetGrid[] = areas.map((a, i) => ({
    name: a.name,
    rowCount: bounds[i].top + bounds[i].rows,
    colCount: bounds[i].left + bounds[i].cols,
    rows: [],
    merges: merges[i],
    ...(a.protection.protected ? { protected: true } : {}),
    ...(hidden[i].rows.length ? { hiddenRows: hidden[i].rows } : {}),
    ...(hidden[i].cols.length ? { hiddenCols: hidden[i].cols } : {}),
  }));

  // 3. Values and text, in batches sized by the bytes they are expected to bring back.
  await readValues(context, areas, bounds, grids, progress);
  for (const g of grids) for (let r = 0; r < g.rowCount; r++) g.rows[r] ??= [];
  return { grids: { sheets: grids }, notices };
}

async function readValues(
  context: Excel.RequestContext,
  areas: SheetArea[],
  bounds: Bounds[],
  grids: SheetGrid[],
  progress: (p: ReadProgress) => void,
): Promise<void> {
  const queue: Chunk[] = bounds.map((b, area) => ({ ...b, area })).filter((c) => c.rows > 0 && c.cols > 0);
  const total = queue.reduce((n, c) => n + c.rows * c.cols, 0);
  let done = 0;
  let bytesPerCell = FIRST_BYTES_PER_CELL;
  let cap = Infinity; // cells per batch, lowered after a payload refusal
  while (queue.length) {
    const maxCells = Math.max(1, Math.min(cap, Math.floor(BYTES_PER_SYNC / bytesPerCell)));
    const batch = takeBatch(queue, maxCells);
    const ranges = batch.map((c) => {
      const range = areas[c.area].sheet.getRange(a1Rect(c.top, c.left, c.rows, c.cols));
      range.load(['values', 'text']);
      return range;
    });
    const cells = batch.reduce((n, c) => n + c.rows * c.cols, 0);
    try {
      await context.sync();
    } catch (e) {
      const singleRow = batch.length === 1 && batch[0].rows === 1;
      if (errorCode(e) !== 'ResponsePayloadSizeLimitExceeded' || singleRow) throw e;
      cap = Math.max(1, Math.floor(cells / 2));
      queue.unshift(...batch);
      continue;
    }
    let bytes = 0;
    batch.forEach((c, i) => {
      const { values, text } = ranges[i];
      bytes += utf8Length(JSON.stringify(values)) + utf8Length(JSON.stringify(text));
      const rows = grids[c.area].rows;
      for (let r = 0; r < c.rows; r++) {
        const row = (rows[c.top + r] ??= []);
        for (let k = 0; k < c.cols; k++) {
          const cell = toCell(values[r]?.[k], text[r]?.[k] ?? '');
          if (cell) row[c.left + k] = cell;
        }
      }
    });
    bytesPerCell = Math.max(bytesPerCell, bytes / cells);
    done += cells;
    progress({ phase: 'values', done, total });
  }
}
