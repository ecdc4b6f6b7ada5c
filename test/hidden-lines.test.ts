/**
 * Hidden rows and columns, as budget systems export them: carried into the grid from ExcelJS
 * (column.hidden, row.hidden) and from Office.js (Range.rowHidden / columnHidden, the fake in
 * test/excel.fake.ts following the documentation), and read for the clerk: a hidden column of
 * figures is not part of the printed table, a hidden code column still gives each line its code.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { analyzeWorkbook } from '../src/engine';
import type { Finding } from '../src/engine/findings';
import { columnLetters } from '../src/engine/grid/a1';
import { loadXlsx } from '../src/xlsx/load';
import { workbookToGrids } from '../src/xlsx/grids';
import { OfficePort } from '../src/excel/officePort';
import { writeTable } from './fixtures';
import { seed001GeneralBudgetExpense } from './fixtures/seed001';
import { FakeBook, fakeOffice, type FakeSheetSpec } from './excel.fake';

const SHEET = '表5';

/**
 * Seed 001's 表5 (A:F) with a helper column G the exporting system left beside it: '上年预算数'
 * under the header, the same 10.00 on every line, so that no 类 equals its 款 in that column.
 */
function withHelperColumn(hideHelper: boolean): { workbook: ExcelJS.Workbook; helperCells: string[] } {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(SHEET);
  const expected = writeTable(ws, seed001GeneralBudgetExpense(SHEET));
  const headerTop = expected.lines[0].row - 3; // two header rows and the 栏次 row above the 合计 line
  ws.mergeCells(headerTop + 1, 7, headerTop + 2, 7);
  ws.getCell(headerTop + 1, 7).value = '上年预算数';
  ws.getCell(headerTop + 3, 7).value = '6';
  const helperCells: string[] = [];
  for (const line of expected.lines) {
    ws.getCell(line.row + 1, 7).value = 10;
    helperCells.push(`G${line.row + 1}`);
  }
  if (hideHelper) ws.getColumn(7).hidden = true;
  return { workbook, helperCells };
}

async function throughXlsx(wb: ExcelJS.Workbook) {
  const buffer = await wb.xlsx.writeBuffer();
  return workbookToGrids(await loadXlsx(new Uint8Array(buffer as ArrayBuffer)));
}

const columnOf = (a1: string) => a1.replace(/\d+$/, '');
const inColumn = (letter: string) => (f: Finding) => columnOf(f.cell) === letter || f.related.some((r) => columnOf(r.cell) === letter);

describe('hidden rows and columns in the grid from an .xlsx file (ExcelJS)', () => {
  it('lists the hidden column and rows, 0-based, and still reads their cells', async () => {
    const { workbook } = withHelperColumn(true);
    const ws = workbook.getWorksheet(SHEET)!;
    ws.getRow(9).hidden = true;
    const grid = (await throughXlsx(workbook)).sheets[0];
    expect(grid.hiddenCols).toEqual([6]);
    expect(grid.hiddenRows).toEqual([8]);
    expect(grid.rows[8][6]?.value).toBe(10);
  });

  it('a sheet with nothing hidden carries no hidden lists', async () => {
    const grid = (await throughXlsx(withHelperColumn(false).workbook)).sheets[0];
    expect(grid.hiddenCols).toBeUndefined();
    expect(grid.hiddenRows).toBeUndefined();
  });
});

describe('a hidden column of figures is not part of the printed table', () => {
  it('shown, the helper column that does not add up is reported; hidden, nothing rests on it', async () => {
    const shown = analyzeWorkbook(await throughXlsx(withHelperColumn(false).workbook));
    expect(shown.findings.filter((f) => f.severity === 'error').some(inColumn('G'))).toBe(true);

    const hidden = analyzeWorkbook(await throughXlsx(withHelperColumn(true).workbook));
    expect(hidden.tables.map((t) => t.kind)).toEqual(['general-budget-expense']);
    expect(hidden.tables[0].columns.filter((c) => c.role === 'amount').map((c) => c.col)).toEqual([3, 4, 5]);
    expect(hidden.findings.filter(inColumn('G'))).toEqual([]);
    expect(hidden.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a slip in a printed column beside the hidden one is still found at its cell', async () => {
    const { workbook } = withHelperColumn(true);
    const ws = workbook.getWorksheet(SHEET)!;
    const grid0 = await throughXlsx(workbook);
    const line = analyzeWorkbook(grid0).tables[0].lines.find((l) => l.code === '2060101')!;
    ws.getCell(line.row + 1, 5).value = 190.69;
    const errors = analyzeWorkbook(await throughXlsx(workbook)).findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.cell)).toContain(`E${line.row + 1}`);
  });

  it('a hidden code column still gives each line its code', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet(SHEET);
    const expected = writeTable(ws, seed001GeneralBudgetExpense(SHEET));
    ws.getColumn(2).hidden = true;
    const grids = await throughXlsx(workbook);
    expect(grids.sheets[0].hiddenCols).toEqual([1]);
    const { tables, checks, findings } = analyzeWorkbook(grids);
    const codes = expected.lines.filter((l) => l.code).map((l) => l.code);
    expect(codes.length).toBeGreaterThan(10);
    expect(tables[0].lines.filter((l) => l.code).map((l) => l.code)).toEqual(codes);
    expect(checks.find((c) => c.rule === 'hierarchy-sum')?.status).toBe('passed');
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

/** A small sheet of `rows` × `cols` numbers with the given rows / columns hidden (1-based rows, letters). */
function sheetWithHidden(rows: number, cols: number, hiddenRows: number[], hiddenCols: number[]): FakeSheetSpec {
  const cells: NonNullable<FakeSheetSpec['cells']> = {};
  for (let r = 1; r <= rows; r++) for (let c = 0; c < cols; c++) cells[`${columnLetters(c)}${r}`] = r * 100 + c;
  return { name: '表1', cells, hiddenRows: hiddenRows.map((r) => r + 1), hiddenCols: hiddenCols.map(columnLetters) };
}

describe('hidden rows and columns in the grid from the pane (Office.js)', () => {
  it('nothing hidden: no sync more than the ordinary read, no hidden lists', async () => {
    const office = fakeOffice(new FakeBook([sheetWithHidden(40, 6, [], [])]), '1.13');
    const grids = await new OfficePort(office.deps).readGrids();
    expect(office.last().syncCount).toBe(3);
    expect(grids.sheets[0].hiddenRows).toBeUndefined();
    expect(grids.sheets[0].hiddenCols).toBeUndefined();
  });

  it('finds exactly the hidden rows and columns, in about log2(rows) syncs more', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.nat(), { maxLength: 20 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        async (rows, cols, rowPicks, colPicks) => {
          const hiddenRows = [...new Set(rowPicks.map((p) => p % rows))].sort((a, b) => a - b);
          const hiddenCols = [...new Set(colPicks.map((p) => p % cols))].sort((a, b) => a - b);
          const office = fakeOffice(new FakeBook([sheetWithHidden(rows, cols, hiddenRows, hiddenCols)]), '1.13');
          const sheet = (await new OfficePort(office.deps).readGrids()).sheets[0];
          expect(sheet.hiddenRows ?? []).toEqual(hiddenRows);
          expect(sheet.hiddenCols ?? []).toEqual(hiddenCols);
          expect(office.last().syncCount).toBeLessThanOrEqual(3 + Math.ceil(Math.log2(Math.max(rows, cols))) + 1);
        },
      ),
      { numRuns: 60 },
    );
  });
});
