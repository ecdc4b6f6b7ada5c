/**
 * Amounts no budget can hold (fuzzing found 1e308, which made totals read "应为 Infinity"): a cell
 * beyond 10 万亿元 is a warning of its own and stays out of every sum, so no finding, report, ledger
 * entry or draft ever prints Infinity or NaN, whatever the numbers in the cells or the prose.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeWorkbook, type Analysis, type Table } from '../src/engine';
import { checkNarrativeText, draftNarrative } from '../src/engine/narrative';
import { beyondAnyBudget, UNIT_IN_YUAN } from '../src/engine/grid/units';
import { toA1 } from '../src/engine/grid/a1';
import type { Cell, WorkbookGrids } from '../src/engine/grid/types';
import { analyzeXlsxFile } from '../src/cli/analyze';
import { formatHumanReport, formatJsonReport } from '../src/cli/report';
import { buildSeed001Fixture, toGrids, writeFixture } from './fixtures';
import { findingProblems } from './hardening-helpers';
import { addSeed001PerformanceCards } from './narrative-helpers';

const NOT_A_NUMBER = /Infinity|NaN|e\+\d/;

/** Everything a user can read of an analysis: findings, the ledger and the draft of the 情况说明. */
function everythingShown(a: Analysis): string {
  const draft = draftNarrative(a.tables);
  return JSON.stringify({ findings: a.findings, checks: a.checks }, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v)) + JSON.stringify(draft);
}

/** The amount cells of the recognized tables: where a number can be typed. */
function amountCells(tables: Table[]): { sheet: string; row: number; col: number; unit: Table['unit'] }[] {
  const out: { sheet: string; row: number; col: number; unit: Table['unit'] }[] = [];
  for (const t of tables) {
    const amountIds = new Set(t.columns.filter((c) => c.role === 'amount').map((c) => c.id));
    for (const line of t.lines) {
      for (const a of Object.values(line.amounts)) if (amountIds.has(a.column) && a.value !== null) out.push({ sheet: t.sheet, row: line.row, col: a.col, unit: t.unit });
    }
  }
  return out;
}

/** The grids with the given cells' values replaced, as a number typed into the cell shows. */
function withNumbers(wb: WorkbookGrids, changes: { sheet: string; row: number; col: number; value: number }[]): WorkbookGrids {
  return {
    ...wb,
    sheets: wb.sheets.map((s) => {
      const mine = changes.filter((c) => c.sheet === s.name);
      if (!mine.length) return s;
      const rows = s.rows.map((r) => (r ? [...r] : r));
      for (const c of mine) rows[c.row]![c.col] = { value: c.value, text: String(c.value) } satisfies Cell;
      return { ...s, rows };
    }),
  };
}

const seed001 = buildSeed001Fixture();
const seedGrids = toGrids(seed001.workbook, 'seed001.xlsx');
const seedAnalysis = analyzeWorkbook(seedGrids);
const cells = amountCells(seedAnalysis.tables);

describe('a workbook with 1e308 in a cell', () => {
  const work = mkdtempSync(join(tmpdir(), 'budget-huge-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('warns about that cell, keeps it out of the totals and prints no Infinity anywhere', async () => {
    // 表1 一、一般公共预算拨款收入 (431.00 万元): it feeds 本年收入合计 and the same line of 表4.
    const table = seed001.expected.find((t) => t.kind === 'income-expense-summary')!;
    const line = table.lines.find((l) => l.key === 'general-budget')!;
    const ws = seed001.workbook.getWorksheet(table.sheet)!;
    const cell = ws.getRow(line.row + 1).getCell(3);
    expect(cell.value).toBe(431);
    cell.value = 1e308;
    const path = join(work, '部门预算-1e308.xlsx');
    await writeFixture(seed001.workbook, path);

    const { report, tables } = await analyzeXlsxFile(path, {});
    const shown = formatHumanReport([report]) + formatJsonReport([report]) + JSON.stringify(draftNarrative(tables));
    expect(shown).not.toMatch(/Infinity|NaN/);
    expect(findingProblems(seedGrids, report.findings)).toEqual([]);

    // The seed reconciles: the only finding beyond the catalog notes is the cell itself.
    const notes = report.findings.filter((f) => f.severity !== 'info');
    expect(notes).toEqual([expect.objectContaining({ rule: 'plausibility/beyond-any-budget', severity: 'warning', sheet: table.sheet, cell: cell.address })]);
    expect(notes[0]!.message).toMatch(/超过 10 万亿元.*含它的合计无法核对/);
    // Its totals are not judged with it, and the other totals of the workbook still are.
    expect(report.checks.filter((c) => c.status === 'passed').length).toBeGreaterThan(10);
  });
});

describe('amounts beyond any budget', () => {
  it('the limit is 10 万亿元 in the table’s unit, Infinity included', () => {
    expect(beyondAnyBudget(1e13, '元')).toBe(false);
    expect(beyondAnyBudget(1e13 + 1, '元')).toBe(true);
    expect(beyondAnyBudget(1e9, '万元')).toBe(false);
    expect(beyondAnyBudget(-1.000001e9, '万元')).toBe(true);
    expect(beyondAnyBudget(1e5, '亿元')).toBe(false);
    expect(beyondAnyBudget(Infinity, '元')).toBe(true);
    expect(beyondAnyBudget(NaN, '元')).toBe(true);
  });

  it('in the 情况说明 prose: a figure of 400 digits or a growth of 1e400% prints no Infinity', () => {
    const huge = '9'.repeat(400);
    const text = [
      `2025年收入预算${huge}万元，其中：一般公共预算拨款收入${huge}万元，政府性基金预算拨款收入${huge}.00万元。`,
      `基本支出${huge}万元，比上年增加${huge}万元，增长${huge}%，占${huge}%。`,
    ].join('\n');
    for (const findings of [checkNarrativeText(text), checkNarrativeText(text, seedAnalysis.tables)]) {
      expect(JSON.stringify(findings, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v))).not.toMatch(NOT_A_NUMBER);
    }
  });

  it('in a 绩效目标表 project card: a 预算数 of 300 digits is no project amount, and nothing prints Infinity', () => {
    const { workbook } = buildSeed001Fixture();
    const cards = addSeed001PerformanceCards(workbook);
    const budget = cards.getCell(4, 3);
    expect(budget.value).toBe(293);
    budget.value = '9'.repeat(300);
    const grids = toGrids(workbook, 'cards.xlsx');
    const a = analyzeWorkbook(grids);
    expect(everythingShown(a)).not.toMatch(/Infinity|NaN/);
    expect(findingProblems(grids, a.findings)).toEqual([]);
  });

  it('any numbers typed into any amount cells (property): no Infinity or NaN shown, each cell beyond any budget warned about', () => {
    expect(cells.length).toBeGreaterThan(100);
    const oddNumber = fc.oneof(
      fc.constantFrom(1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE, 9.99e307, 1e21, 1e16, 1e13 + 0.01, 1e9, 1e-300, Number.MIN_VALUE, -0, Number.MAX_SAFE_INTEGER),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.double({ min: -1e10, max: 1e10, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.nat({ max: cells.length - 1 }), oddNumber), { minLength: 1, maxLength: 6, selector: ([i]) => i }), (picks) => {
        const changes = picks.map(([i, value]) => ({ ...cells[i]!, value }));
        const grids = withNumbers(seedGrids, changes);
        const a = analyzeWorkbook(grids);
        expect(everythingShown(a)).not.toMatch(/Infinity|NaN/);
        expect(findingProblems(grids, a.findings)).toEqual([]);
        const warned = new Set(a.findings.filter((f) => f.rule === 'plausibility/beyond-any-budget').map((f) => `${f.sheet}!${f.cell}`));
        const beyond = changes.filter((c) => beyondAnyBudget(c.value, c.unit));
        expect([...warned].sort()).toEqual([...new Set(beyond.map((c) => `${c.sheet}!${toA1(c.row, c.col)}`))].sort());
        // Set aside, such a cell is never the reason for an error: with only such changes the seed stays clean.
        if (beyond.length === changes.length) expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('an amount at the limit is still a figure: 1e9 万元 in place of 431.00 is an error of the totals it feeds', () => {
    const target = cells.find((c) => c.sheet === '表1' && seedGrids.sheets.find((s) => s.name === '表1')!.rows[c.row]![c.col]!.value === 431)!;
    const a = analyzeWorkbook(withNumbers(seedGrids, [{ ...target, value: 1e9 }]));
    expect(UNIT_IN_YUAN[target.unit] * 1e9).toBe(1e13);
    const errors = a.findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.map((f) => f.message).join('\n')).toContain('1,000,000,000.00');
    expect(a.findings.some((f) => f.rule === 'plausibility/beyond-any-budget')).toBe(false);
  });
});
