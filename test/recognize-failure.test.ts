/**
 * A sheet that makes recognition fail is never silence: the workbook's other sheets are still
 * recognized and checked, and the failed sheet gets a 提示 naming it ("此工作表未能识别：…") — in the
 * findings the pane lists and the report `check` prints — instead of reading as "no tables".
 * The failure is brought about the way a host adapter bug would: a grid whose sheet comes without
 * its list of merged areas (SheetGrid.merges missing), which the recognizer cannot read.
 */
import { describe, expect, it } from 'vitest';
import { analyzeWorkbook } from '../src/engine';
import type { WorkbookGrids } from '../src/engine/grid/types';
import { recognizeSheets } from '../src/engine/recognize';
import { formatHumanReport } from '../src/cli/report';
import { summarizeTable } from '../src/cli/analyze';
import { FIXTURES, toGrids } from './fixtures';

/** Seed 001 with one sheet handed over without its merged areas. */
function withBrokenSheet(sheet: string): WorkbookGrids {
  const grids = toGrids(FIXTURES.seed001().workbook, 'seed001.xlsx');
  const broken = grids.sheets.find((s) => s.name === sheet)!;
  (broken as { merges: unknown }).merges = undefined;
  return grids;
}

describe('recognition failures are said, per sheet', () => {
  it('names the sheet it failed on and goes on with the others', () => {
    const whole = recognizeSheets(toGrids(FIXTURES.seed001().workbook));
    expect(whole.failedSheets).toEqual([]);
    const broken = recognizeSheets(withBrokenSheet('表2'));
    expect(broken.failedSheets).toEqual(['表2']);
    expect(broken.tables.map((t) => t.sheet)).toEqual(whole.tables.map((t) => t.sheet).filter((s) => s !== '表2'));
  });

  it('is an info finding naming the sheet, and the rest of the workbook is checked as before', () => {
    const analysis = analyzeWorkbook(withBrokenSheet('表2'));
    const said = analysis.findings.filter((f) => f.message.startsWith('此工作表未能识别'));
    expect(said).toEqual([
      expect.objectContaining({ severity: 'info', kind: 'plausibility', sheet: '表2', cell: 'A1', message: expect.stringContaining('「表2」') }),
    ]);
    expect(analysis.tables).toHaveLength(8);
    expect(analysis.checks.length).toBeGreaterThan(10);
    // Without 表2 (the 收入总表), the check that needs it says it could not run — not "passed".
    expect(analysis.checks.find((c) => c.rule === 'cross-table/summary-income')?.status).toBe('not-run');
  });

  it('reaches the check report as a 提示 on the sheet', () => {
    const analysis = analyzeWorkbook(withBrokenSheet('表2'));
    const text = formatHumanReport([{ file: 'seed001.xlsx', tables: analysis.tables.map(summarizeTable), findings: analysis.findings, checks: analysis.checks }]);
    expect(text).toMatch(/提示（\d+ 个问题）[\s\S]*「表2」A1 {2}此工作表未能识别：读取「表2」中的表格时程序出错/);
  });
});
