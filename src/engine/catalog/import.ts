/**
 * Importing the official 《政府收支分类科目》 a finance office receives each year, from sheet grids
 * (an .xlsx read by an adapter) or from CSV text. Usual layouts are read: one 科目编码 column
 * (2010101) or split 类/款/项 columns whose child rows leave the parent part blank, a code written in
 * front of the name in one cell ("201 一般公共服务支出"), with or without a header row. The system
 * (功能 / 部门经济 / 政府经济) follows from the code's first digit, so one file may hold several.
 * Pure: the pane and the CLI both call it.
 */
import type { ImportedCatalog } from '../findings';
import type { SheetGrid, WorkbookGrids } from '../grid/types';
import { levelOfCode, systemOfCode } from './codes';
import { csvToGrid } from './csv';
import { toHalfWidthDigits } from '../grid/text';
import { isCatalogCodeHeader, isCatalogNameHeader, YEAR_IN_TITLE } from '../recognize/lexicon';

export type ImportedSystem = ImportedCatalog['entries'][number]['system'];

export interface CatalogImportOptions {
  /** Edition year; when absent it is read from a title such as 2025年政府收支分类科目. */
  year?: number;
  /** Shown as the source of every imported entry, e.g. '2025年政府收支分类科目.xlsx（2026-03-01 导入）'. */
  source: string;
}

export interface CatalogImport {
  catalog: ImportedCatalog;
  counts: Record<ImportedSystem, number>;
  /** Codes listed twice with different names (the first one is kept). */
  duplicates: string[];
  /** Rows with a code that belongs to no supported system or has a wrong length. */
  skipped: number;
}

export class CatalogImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CatalogImportError';
  }
}

function cellText(sheet: SheetGrid, r: number, c: number | undefined): string {
  if (c === undefined) return '';
  const cell = sheet.rows[r]?.[c];
  if (!cell) return '';
  if (typeof cell.value === 'number') return String(cell.value);
  return (cell.text || (typeof cell.value === 'string' ? cell.value : '')).trim();
}

function digits(text: string): string {
  const t = toHalfWidthDigits(text.replace(/[\s\u3000]/g, ''));
  return /^\d+$/.test(t) ? t : '';
}

/** A 款/项 part: '1' written as a number means '01'. */
function part(text: string): string {
  const d = digits(text);
  return d.length === 1 ? `0${d}` : d;
}

interface Layout {
  headerRow: number; // last header row (-1: none)
  code?: number;
  lei?: number;
  kuan?: number;
  xiang?: number;
  name: number;
}

/** The first column of row `r` whose text (without spaces) passes `test`. */
function columnWhere(sheet: SheetGrid, r: number, test: (text: string) => boolean): number | undefined {
  const row = sheet.rows[r] ?? [];
  for (let c = 0; c < row.length; c++) if (test(cellText(sheet, r, c).replace(/\s+/g, ''))) return c;
  return undefined;
}

const is = (word: string) => (text: string) => text === word;

/** The 类 / 款 / 项 columns of a split code in row `r`, when there are 类 and 款. */
function levelColumns(sheet: SheetGrid, r: number): { lei: number; kuan: number; xiang?: number } | undefined {
  const lei = columnWhere(sheet, r, is('类'));
  const kuan = columnWhere(sheet, r, is('款'));
  if (lei === undefined || kuan === undefined) return undefined;
  const xiang = columnWhere(sheet, r, is('项'));
  return { lei, kuan, ...(xiang !== undefined ? { xiang } : {}) };
}

function headerLayout(sheet: SheetGrid): Layout | undefined {
  const limit = Math.min(sheet.rowCount, 25);
  for (let r = 0; r < limit; r++) {
    const levels = levelColumns(sheet, r);
    if (levels) {
      let name = columnWhere(sheet, r, isCatalogNameHeader);
      for (let up = r - 1; name === undefined && up >= Math.max(0, r - 3); up--) {
        name = columnWhere(sheet, up, (t) => isCatalogNameHeader(t) && !isCatalogCodeHeader(t));
      }
      name ??= Math.max(levels.lei, levels.kuan, levels.xiang ?? -1) + 1;
      return { headerRow: r, ...levels, name };
    }
    const code = columnWhere(sheet, r, isCatalogCodeHeader);
    const name = columnWhere(sheet, r, isCatalogNameHeader);
    if (code !== undefined && name !== undefined && code !== name) {
      // A split header may sit on a row below, under a merged 科目编码 cell.
      for (let below = r + 1; below <= Math.min(r + 2, limit - 1); below++) {
        const split = levelColumns(sheet, below);
        if (split) return { headerRow: below, ...split, name };
      }
      return { headerRow: r, code, name };
    }
  }
  return undefined;
}

/** No header: the column where most cells look like codes, and the text column to its right. */
function guessedLayout(sheet: SheetGrid): Layout | undefined {
  const codeHits: number[] = [];
  const inlineHits: number[] = [];
  for (let r = 0; r < sheet.rowCount; r++) {
    const row = sheet.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const t = cellText(sheet, r, c);
      if (levelOfCode(digits(t))) codeHits[c] = (codeHits[c] ?? 0) + 1;
      else if (/^\d{3,7}\s*[^\d\s]/.test(t)) inlineHits[c] = (inlineHits[c] ?? 0) + 1;
    }
  }
  const best = (hits: number[]): number | undefined => {
    let col: number | undefined;
    for (let c = 0; c < hits.length; c++) if ((hits[c] ?? 0) > 0 && (col === undefined || hits[c] > hits[col])) col = c;
    return col;
  };
  const code = best(codeHits);
  const inline = best(inlineHits);
  if (code !== undefined && (inline === undefined || codeHits[code] >= inlineHits[inline])) return { headerRow: -1, code, name: code + 1 };
  if (inline !== undefined) return { headerRow: -1, name: inline };
  return undefined;
}

interface Row {
  code: string;
  name: string;
}

function readRows(sheet: SheetGrid, layout: Layout): Row[] {
  const rows: Row[] = [];
  let lei = '';
  let kuan = '';
  let lastLength = 0;
  for (let r = layout.headerRow + 1; r < sheet.rowCount; r++) {
    let name = cellText(sheet, r, layout.name);
    let code = '';
    if (layout.lei !== undefined) {
      const l = part(cellText(sheet, r, layout.lei));
      const k = part(cellText(sheet, r, layout.kuan));
      const x = part(cellText(sheet, r, layout.xiang));
      if (l.length === 3) {
        lei = l;
        kuan = '';
      }
      if (k.length === 5) kuan = k;
      else if (k.length === 2) kuan = (l || lei) + k;
      if (x.length === 7) code = x;
      else if (x.length === 2 && kuan) code = kuan + x;
      else if (k) code = kuan;
      else if (l) code = l;
    } else {
      const written = layout.code !== undefined ? digits(cellText(sheet, r, layout.code)) : '';
      if (written) code = written;
      else {
        const inline = /^(\d{2,7})\s*(.+)$/.exec(name);
        if (inline) {
          code = inline[1];
          name = inline[2].trim();
        }
      }
      if (code.length === 2) {
        // A lone part under the code above: 款 under a 类, 项 under a 款 (function codes only).
        const economic = lei.startsWith('3') || lei.startsWith('5');
        code = lastLength === 3 || economic ? lei + code : kuan + code;
      }
      if (code.length === 3) {
        lei = code;
        kuan = '';
      } else if (code.length === 5) {
        lei = code.slice(0, 3);
        kuan = code;
      }
    }
    if (!code || !name) continue;
    lastLength = code.length;
    rows.push({ code, name: name.replace(/\s+/g, ' ').trim() });
  }
  return rows;
}

function validFor(system: ImportedSystem, code: string): boolean {
  return system === 'function' ? [3, 5, 7].includes(code.length) : [3, 5].includes(code.length);
}

function yearFromTitles(wb: WorkbookGrids): number | undefined {
  for (const sheet of wb.sheets) {
    for (let r = 0; r < Math.min(sheet.rowCount, 5); r++) {
      for (let c = 0; c < (sheet.rows[r]?.length ?? 0); c++) {
        const m = YEAR_IN_TITLE.exec(cellText(sheet, r, c));
        if (m) return Number(m[1]);
      }
    }
    const m = /(20\d\d)/.exec(sheet.name);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** Reads an official catalog from sheet grids. Throws CatalogImportError (Chinese) when nothing usable is found. */
export function importCatalogFromGrids(wb: WorkbookGrids, options: CatalogImportOptions): CatalogImport {
  const year = options.year ?? yearFromTitles(wb);
  if (year === undefined) throw new CatalogImportError('无法确定目录年份：请指明这是哪一年的《政府收支分类科目》（例如 --year 2025）。');
  const entries: ImportedCatalog['entries'] = [];
  const seen = new Map<string, string>();
  const duplicates: string[] = [];
  const counts: Record<ImportedSystem, number> = { function: 0, economic: 0, 'gov-economic': 0 };
  let skipped = 0;
  for (const sheet of wb.sheets) {
    const layout = headerLayout(sheet) ?? guessedLayout(sheet);
    if (!layout) continue;
    for (const row of readRows(sheet, layout)) {
      const system = systemOfCode(row.code);
      if (!system || system === 'revenue' || !validFor(system, row.code)) {
        skipped++;
        continue;
      }
      const k = `${system}:${row.code}`;
      const before = seen.get(k);
      if (before !== undefined) {
        if (before !== row.name) duplicates.push(`${row.code} ${before} / ${row.name}`);
        continue;
      }
      seen.set(k, row.name);
      entries.push({ system, code: row.code, name: row.name });
      counts[system]++;
    }
  }
  if (entries.length === 0) {
    throw new CatalogImportError('文件中没有找到科目编码和科目名称：请确认它是《政府收支分类科目》的表格（有“科目编码”或“类/款/项”列和“科目名称”列）。');
  }
  return { catalog: { year, source: options.source, complete: true, entries }, counts, duplicates, skipped };
}

/** Reads an official catalog from CSV (or tab-separated) text. */
export function importCatalogFromCsv(text: string, options: CatalogImportOptions): CatalogImport {
  return importCatalogFromGrids({ name: options.source, sheets: [csvToGrid(text)] }, options);
}
