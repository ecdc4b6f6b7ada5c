/**
 * A workbook of several departments (sheets named '单位001表1' … '单位001情况说明', as the bench's and
 * real collected workbooks are): each 情况说明 is checked against its own department's tables when the
 * sheet names tell the department for certain, and against every table, as before, when they do not.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { recognizeSheets } from '../src/engine/recognize';
import { reviewNarrative } from '../src/engine/narrative';
import { departmentsOfTexts } from '../src/engine/narrative/departments';
import { SEED001_NARRATIVE, SEED001_TABLES, toGrids, writeNarrativeSheet, writeTable } from './fixtures';
import { seed001ThreePublic } from './fixtures/seed001';
import type { TableSpec } from './fixtures';

/** The 三公 table with 公务接待费 (and so the 三公 total) of 0.08 万元 instead of the seed's 0.06. */
function threePublicOf008(sheet: string): TableSpec {
  const spec = seed001ThreePublic(sheet);
  return { ...spec, body: spec.body.map((r) => ({ ...r, cells: r.cells.map((c) => (c === 0.06 ? 0.08 : c)) })) };
}

/**
 * Two departments with the seed's tables and text; the second's 三公 table says 0.08 万元 where its
 * text (the seed's) says 0.06 — the first department's figure. `names(d, i)` names table i of department d.
 */
function twoDepartments(names: { table: (d: number, i: number) => string; text: (d: number) => string }, extraSheet?: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const d of [1, 2]) {
    SEED001_TABLES.forEach((make, i) => {
      const ws = wb.addWorksheet(names.table(d, i + 1));
      const spec = d === 2 && i === SEED001_TABLES.length - 1 ? threePublicOf008(ws.name) : make();
      writeTable(ws, { ...spec, sheet: ws.name });
    });
    writeNarrativeSheet(wb, SEED001_NARRATIVE, names.text(d));
  }
  if (extraSheet) writeTable(wb.addWorksheet(extraSheet), { ...SEED001_TABLES[0](), sheet: extraSheet });
  return wb;
}

function review(wb: ExcelJS.Workbook) {
  const grids = toGrids(wb);
  const { tables } = recognizeSheets(grids);
  return { tables, review: reviewNarrative(grids, tables, {}) };
}

const receptionErrors = (findings: ReturnType<typeof reviewNarrative>['findings'], sheet: string) =>
  findings.filter((f) => f.sheet === sheet && f.rule === 'narrative/amount' && f.severity === 'error' && f.message.includes('公务接待费'));

const byDepartment = { table: (d: number, i: number) => `单位00${d}表${i}`, text: (d: number) => `单位00${d}情况说明` };

describe('情况说明 of several departments in one workbook', () => {
  it('checks each text against its own department’s tables when the sheet names tell the department', () => {
    const { tables, review: r } = review(twoDepartments(byDepartment));
    expect(departmentsOfTexts(['单位001情况说明', '单位002情况说明'], tables)).toEqual(
      new Map([
        ['单位001情况说明', '单位001'],
        ['单位002情况说明', '单位002'],
      ]),
    );
    // The first department's text agrees with its tables; the second's 0.06 is not its table's 0.08.
    expect(receptionErrors(r.findings, '单位001情况说明')).toEqual([]);
    const wrong = receptionErrors(r.findings, '单位002情况说明');
    expect(wrong.length).toBeGreaterThan(0);
    for (const f of wrong) {
      expect(f.expected).toBe(0.08);
      expect(f.actual).toBe(0.06);
      expect(f.related.every((c) => c.sheet.startsWith('单位002'))).toBe(true);
    }
  });

  it('checks every text against every table when the sheet names do not split the workbook', () => {
    const apart = { table: byDepartment.table, text: (d: number) => `情况说明${d}` };
    const nested = { table: (d: number, i: number) => `单位${d === 1 ? '1' : '12'}表${i}`, text: (d: number) => `单位${d === 1 ? '1' : '12'}情况说明` };
    const cases: [string, typeof byDepartment, string?][] = [
      // Text sheets that share no beginning with the tables' sheets.
      ['texts named apart', apart],
      // A sheet of tables that belongs to neither department.
      ['a table of no department', byDepartment, '汇总表'],
      // One department's name is the beginning of another's.
      ['one name begins another', nested],
    ];
    for (const [what, names, extra] of cases) {
      const { tables, review: r } = review(twoDepartments(names, extra));
      expect(r.checks.length, what).toBe(2);
      expect(departmentsOfTexts([names.text(1), names.text(2)], tables), what).toBeUndefined();
      // As before scoping: the second text's 0.06 agrees with the first department's table.
      expect(r.findings.filter((f) => f.rule === 'narrative/amount' && f.severity === 'error' && f.message.includes('公务接待费')), what).toEqual([]);
    }
  });
});
