/**
 * Every table of every real corpus workbook (test/corpus/tables: one table per sheet, as published)
 * is recognized with the kind and unit its key gives, and its range runs from the title (a '表1' caption
 * line above it stays outside, as in test/fixtures) to the last thing printed on the sheet — its
 * 收入总计 / 支出总计 or 合计 after blank template rows, and its 注.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recognizeWorkbook } from '../src/engine/recognize';
import { isCaption } from '../src/engine/recognize/lexicon';
import type { SheetGrid } from '../src/engine/grid/types';
import { workbookToGrids } from '../src/xlsx/grids';
import { loadXlsx } from '../src/xlsx/load';
import { KEY_CORRECTIONS } from './accuracy/key-corrections';

const DIR = join(__dirname, 'corpus', 'tables');

/** The last row of the sheet with anything written in it (0-based). */
function lastFilledRow(sheet: SheetGrid): number {
  for (let r = sheet.rows.length - 1; r >= 0; r--) {
    if ((sheet.rows[r] ?? []).some((c) => c && ((c.text ?? '').trim() !== '' || (c.value !== null && c.value !== undefined && String(c.value).trim() !== '')))) return r;
  }
  return -1;
}

/** The row of the title: the first row with anything written in it, past a '表1' caption line above it. */
function titleRow(sheet: SheetGrid): number {
  const texts = (r: number) => (sheet.rows[r] ?? []).map((c) => (c?.text ?? String(c?.value ?? '')).trim()).filter(Boolean);
  let r = 0;
  while (r < sheet.rows.length && texts(r).length === 0) r++;
  const only = texts(r);
  return only.length === 1 && isCaption(only[0]) ? r + 1 : r;
}

const keys = readdirSync(join(DIR, 'keys')).filter((f) => f.endsWith('.json'));

describe('the corpus workbooks, table by table', () => {
  for (const keyFile of keys) {
    const key = JSON.parse(readFileSync(join(DIR, 'keys', keyFile), 'utf8')) as { workbook: string; tables: { sheet: string; kind: string; unit?: string }[] };
    it(`${key.workbook}: every table with its kind, unit and whole range`, async () => {
      const grids = workbookToGrids(await loadXlsx(readFileSync(join(DIR, 'workbooks', key.workbook))), key.workbook);
      const tables = recognizeWorkbook(grids);
      for (const expected of key.tables.map((t) => KEY_CORRECTIONS.table(key.workbook, t))) {
        const found = tables.filter((t) => t.sheet === expected.sheet);
        expect(found.map((t) => t.kind), expected.sheet).toEqual([expected.kind]);
        const [t] = found;
        if (expected.unit) expect(t.unit, expected.sheet).toBe(expected.unit);
        const sheet = grids.sheets.find((s) => s.name === expected.sheet)!;
        expect([t.rect.top, t.rect.bottom], expected.sheet).toEqual([titleRow(sheet), lastFilledRow(sheet)]);
      }
    });
  }
});
