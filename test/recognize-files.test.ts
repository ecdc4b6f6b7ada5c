import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recognizeWorkbook } from '../src/engine/recognize';
import type { Cell, SheetGrid } from '../src/engine/grid/types';
import { loadXlsx } from '../src/xlsx/load';
import { FIXTURES, toGrids, writeAllFixtures } from './fixtures';

describe('fixtures written as .xlsx and read back', () => {
  let dir = '';
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('recognizes every file exactly as the workbook it was written from', async () => {
    dir = await mkdtemp(join(tmpdir(), 'recognize-fixtures-'));
    const paths = await writeAllFixtures(dir);
    expect(paths.map((p) => basename(p, '.xlsx')).sort()).toEqual(Object.keys(FIXTURES).sort());
    for (const path of paths) {
      const name = basename(path, '.xlsx');
      const fromFile = recognizeWorkbook(toGrids(await loadXlsx(await readFile(path))));
      const expected = FIXTURES[name]().expected;
      expect(fromFile.map((t) => [t.sheet, t.range, t.kind, t.unit, t.year]), name).toEqual(expected.map((e) => [e.sheet, e.range, e.kind, e.unit, e.year]));
      const lines = fromFile.flatMap((t) => t.lines.filter((l) => l.code).map((l) => `${t.sheet}!${l.row}:${l.code}`));
      const want = expected.flatMap((e) => e.lines.filter((l) => l.code).map((l) => `${e.sheet}!${l.row}:${l.code}`));
      expect(lines, name).toEqual(want);
    }
  });
});

describe('size', () => {
  /** A 一般公共预算支出表 with `n` 项 lines under 类/款 lines, built as a grid directly. */
  function longSheet(n: number): SheetGrid {
    const text = (s: string): Cell => ({ value: s, text: s });
    const num = (v: number): Cell => ({ value: v, text: v.toFixed(2) });
    const rows: (Cell | undefined)[][] = [
      [text('一般公共预算支出表')],
      [text('单位：万元')],
      [text('科目编码'), text('科目名称'), text('合计'), text('基本支出'), text('项目支出')],
    ];
    for (let i = 0; i < n; i++) {
      const lei = 201 + (Math.floor(i / 1000) % 30);
      const kuan = String(1 + (Math.floor(i / 50) % 20)).padStart(2, '0');
      const xiang = String(1 + (i % 50)).padStart(2, '0');
      rows.push([text(`${lei}${kuan}${xiang}`), text('行政运行'), num(3), num(2), num(1)]);
    }
    return { name: 'Sheet1', rowCount: rows.length, colCount: 5, rows, merges: [{ top: 0, left: 0, bottom: 0, right: 4 }] };
  }

  // Speed and growth are measured by `npm run bench`; here the timeouts only guard against a hang.
  it('reads a 100,000-line sheet completely', { timeout: 30_000 }, () => {
    const [b] = recognizeWorkbook({ sheets: [longSheet(100_000)] });
    expect(b.lines.length).toBe(100_000);
    expect(b.lines[99_999]).toMatchObject({ level: 3, role: 'data' });
    expect(b.lines.every((l) => l.role === 'data' && l.code?.length === 7)).toBe(true);
  });

  it('reads a 200-sheet workbook', { timeout: 30_000 }, () => {
    const sheets = Array.from({ length: 200 }, (_, i) => ({ ...longSheet(40), name: `表${i + 1}` }));
    const tables = recognizeWorkbook({ sheets });
    expect(tables).toHaveLength(200);
    expect(new Set(tables.map((t) => t.sheet)).size).toBe(200);
  });
});

describe('pathological sheets', () => {
  // Every row looks like a header: a rejected candidate must skip the rows it read, or the sheet
  // is read once per row (quadratic — minutes at this size).
  it('gives no table for 50,000 rows that all look like a header', { timeout: 30_000 }, () => {
    const text = (s: string): Cell => ({ value: s, text: s });
    const rows = Array.from({ length: 50_000 }, () => [text('项目'), text('合计'), text('备注')]);
    const sheet: SheetGrid = { name: 'S', rowCount: rows.length, colCount: 3, rows, merges: [] };
    expect(recognizeWorkbook({ sheets: [sheet] })).toEqual([]);
  });
});
