/**
 * A standard table that is in the workbook but could not be read (a header recognition cannot
 * make out) is never reported missing: the set's required-tables check says it is there and not
 * checked (one 提示, in place of recognition's own note). A kind is reported either missing or unread, never both.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { analyzeWorkbook, type Finding } from '../src/engine';
import { recognizeSheets } from '../src/engine/recognize';
import { KIND_NAMES } from '../src/engine/model/table-kinds';
import { quote } from '../src/engine/model/names';
import type { TableKind } from '../src/engine/recognize/types';
import { SEED001_TABLES, toGrids, writeTable } from './fixtures';

/** seed001's tables in order, each kind by the table it builds. */
const SPECS = SEED001_TABLES.map((make) => make());

/** A sheet titled as the table, over figures in rows no header explains (no 项目 / 预算数 words). */
function writeUnreadable(ws: ExcelJS.Worksheet, title: string): void {
  ws.getCell('A1').value = title;
  [1520.3, 880.12, 640.18, 12.5].forEach((v, i) => {
    ws.getCell(3 + i, 1).value = `第${i + 1}行`;
    ws.getCell(3 + i, 2).value = v;
  });
}

/** seed001 with the tables at `unread` written unreadably and those at `left` left out. */
function workbook(unread: ReadonlySet<number>, left: ReadonlySet<number> = new Set()): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  SPECS.forEach((spec, i) => {
    if (left.has(i)) return;
    const ws = wb.addWorksheet(spec.sheet);
    if (unread.has(i)) writeUnreadable(ws, `2025年部门${KIND_NAMES[kindAt(i)]}`);
    else writeTable(ws, spec);
  });
  return wb;
}

const KINDS: TableKind[] = recognizeSheets(toGrids(workbook(new Set()))).tables.map((t) => t.kind);
function kindAt(i: number): TableKind {
  return KINDS[i];
}

const required = (findings: Finding[]) => findings.filter((f) => f.rule === 'disclosure/required-tables');
const namesKind = (f: Finding, kind: TableKind) => f.message.includes(quote(KIND_NAMES[kind]));

describe('a standard table there but unread', () => {
  it('an unreadable 支出总表 is not reported missing, but as there and not checked', () => {
    const at = KINDS.indexOf('expense-summary');
    const wb = workbook(new Set([at]));
    const { unreadTables } = recognizeSheets(toGrids(wb));
    expect(unreadTables.map((u) => u.kind)).toEqual(['expense-summary']);
    const all = analyzeWorkbook(toGrids(wb));
    const found = required(all.findings);
    expect(found.map((f) => `${f.severity} ${f.sheet}!${f.cell}`)).toEqual([`info ${SPECS[at].sheet}!A1`]);
    expect(found[0].message).toContain(`“支出总表”在「${SPECS[at].sheet}」中，但没能识别`);
    expect(found[0].message).not.toContain('没有找到');
    // One finding on the sheet: recognition's own note is not said again beside it.
    expect(all.findings.filter((f) => f.sheet === SPECS[at].sheet).map((f) => f.rule)).toEqual(['disclosure/required-tables']);
    // All the standard tables are there: the check passes, with the 提示.
    const check = all.checks.filter((c) => c.rule === 'disclosure/required-tables');
    expect(check.map((c) => c.status)).toEqual(['passed']);
    expect(check[0].reason).toContain('1 张在工作簿中但没能识别，未核对');
  });

  it('a table left out is still reported missing', () => {
    const at = KINDS.indexOf('expense-summary');
    const found = required(analyzeWorkbook(toGrids(workbook(new Set(), new Set([at])))).findings);
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('没有找到“支出总表”')]);
  });

  it('for any tables unread or left out, a kind is never both missing and unread', () => {
    const index = fc.integer({ min: 0, max: SPECS.length - 1 });
    fc.assert(
      fc.property(fc.uniqueArray(index, { maxLength: 3 }), fc.uniqueArray(index, { maxLength: 3 }), (unreadAt, leftAt) => {
        const unread = new Set(unreadAt.filter((i) => !leftAt.includes(i)));
        const wb = workbook(unread, new Set(leftAt));
        const grids = toGrids(wb);
        const unreadKinds = new Set(recognizeSheets(grids).unreadTables.map((u) => u.kind));
        const findings = required(analyzeWorkbook(grids).findings);
        for (const kind of KINDS) {
          const missing = findings.filter((f) => namesKind(f, kind) && f.message.startsWith('没有找到'));
          const unreadFindings = findings.filter((f) => namesKind(f, kind) && f.message.includes('没能识别'));
          expect(missing.length > 0 && (unreadKinds.has(kind) || unreadFindings.length > 0)).toBe(false);
          expect(missing.length + unreadFindings.length).toBeLessThanOrEqual(1);
        }
        // Every kind left out of a publication-sized set is reported missing; every unread one, as unread.
        if (SPECS.length - unread.size - leftAt.length >= 6) {
          for (const i of leftAt) expect(findings.some((f) => namesKind(f, kindAt(i)) && f.message.startsWith('没有找到'))).toBe(true);
          for (const i of unread) expect(findings.some((f) => namesKind(f, kindAt(i)) && f.message.includes('没能识别'))).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });
});
