/**
 * Properties of the reconciliation rules on random consistent department budgets (all ten kinds,
 * one code column or split 类/款/项, 元 and 万元 table by table, text or numbers, merged or not):
 * - a consistent workbook gives no error and no warning;
 * - one figure changed beyond tolerance — a 项 leaf, a 款, a 类 of 收支总表 — is reported as the error
 *   at exactly that cell (the most likely wrong cell), the totals it upsets as related warnings;
 * - one figure changed by one unit of its last decimal, where the total adds several rounded
 *   parts, is a rounding warning, never an error.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toA1 } from '../src/engine/grid/a1';
import type { WorkbookGrids } from '../src/engine/grid/types';
import { recognizeWorkbook } from '../src/engine/recognize';
import type { Column, Line, Table } from '../src/engine/recognize/types';
import { runRules } from '../src/engine/rules';
import { analyzeWorkbook } from '../src/engine';
import { toGrids } from './fixtures';
import { budgetModelArb, buildBudgetWorkbook } from './fixtures/random-budget';

function analyze(grids: WorkbookGrids) {
  const tables = recognizeWorkbook(grids);
  return { tables, ...runRules(tables) };
}

const where = (t: Table, line: Line, column: Column) => `${t.sheet}!${toA1(line.row, line.amounts[column.id].col)}`;
const at = (f: { sheet: string; cell: string }) => `${f.sheet}!${f.cell}`;

function column(t: Table, key: string): Column {
  const c = t.columns.find((x) => x.key === key);
  if (!c) throw new Error(`${t.sheet} has no ${key} column`);
  return c;
}

/** A copy of the grids with one cell's number replaced (as the clerk would type it). */
function withValue(grids: WorkbookGrids, sheet: string, row: number, col: number, value: number): WorkbookGrids {
  return {
    ...grids,
    sheets: grids.sheets.map((s) => {
      if (s.name !== sheet) return s;
      const rows = s.rows.map((r) => [...r]);
      rows[row][col] = { value, text: value.toFixed(2) };
      return { ...s, rows };
    }),
  };
}

interface Target {
  /** The cell changed. */
  table: Table;
  line: Line;
  column: Column;
  /** The totals that must then be reported: sheet!A1. */
  expected: string[];
}

/** 项 lines of a coded table with a figure in `key`, and the totals each feeds. */
function xiangTargets(t: Table, key: string, rowTotalKey: string | undefined): Target[] {
  const c = column(t, key);
  const lines = t.lines.filter((l) => l.code?.length === 7 && l.amounts[c.id]?.value);
  return lines.map((line) => {
    const parent = t.lines.find((l) => l.code === line.code!.slice(0, 5)) as Line;
    const expected = [where(t, parent, c)];
    if (rowTotalKey) expected.push(where(t, line, column(t, rowTotalKey)));
    return { table: t, line, column: c, expected };
  });
}

function targetsOf(tables: Table[]): Target[] {
  const byKind = (k: string) => tables.find((t) => t.kind === k) as Table;
  const gbe = byKind('general-budget-expense');
  const expense = byKind('expense-summary');
  const income = byKind('income-summary');
  const summary = byKind('income-expense-summary');
  // A 款 line is a total and a part: it is reported as wrong by its 项 lines and its row's 合计,
  // while its 类 — which agrees with the 款's own 项 lines — is not.
  const basic = column(gbe, 'basic');
  const kuanTargets: Target[] = gbe.lines
    .filter((l) => l.code?.length === 5 && l.amounts[basic.id]?.value)
    .map((line) => ({ table: gbe, line, column: basic, expected: [where(gbe, line, basic), where(gbe, line, column(gbe, 'total'))] }));
  const targets = [
    ...kuanTargets,
    ...xiangTargets(gbe, 'basic', 'total'),
    // A 项's 项目支出 is also the sum of its projects in the 项目支出表: the changed cell itself is reported.
    ...xiangTargets(gbe, 'project', 'total').map((t) => ({ ...t, expected: [...t.expected, where(gbe, t.line, t.column)] })),
    ...xiangTargets(expense, 'basic', 'total'),
    // 财政拨款收入 adds into 本年收入 小计 (the 合计 = 小计 + 上年结转 stays true).
    ...xiangTargets(income, 'fiscal', 'current-income'),
  ];
  // A 类 line of 收支总表: 本年支出合计 no longer adds up, and the line differs from 支出总表.
  const expenseBlock = summary.blocks.find((b) => b.side === 'expense')!.index;
  const expenseColumn = summary.columns.find((c) => c.block === expenseBlock && c.role === 'amount')!;
  const expenseTotal = summary.lines.find((l) => l.key === 'expense-total')!;
  for (const line of summary.lines.filter((l) => l.block === expenseBlock && l.code && l.amounts[expenseColumn.id]?.value)) {
    targets.push({ table: summary, line, column: expenseColumn, expected: [where(summary, expenseTotal, expenseColumn), where(summary, line, expenseColumn)] });
  }
  return targets;
}

/** The seed is the run's (test/setup/fast-check.ts); PROPERTY_RUNS tries more budgets. */
const SETTINGS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 25) };

describe('random consistent budgets', () => {
  it('are recognized as ten tables and raise no error and no warning', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(budgetModelArb, (model) => {
        const { tables, findings, checks } = analyze(toGrids(buildBudgetWorkbook(model).workbook));
        expect(tables.map((t) => t.kind).sort()).toHaveLength(10);
        expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
        // Every standard check that could run passed.
        expect(checks.filter((c) => c.status === 'failed')).toEqual([]);
        expect(checks.some((c) => c.rule === 'cross-table/summary-expense' && c.status === 'passed')).toBe(true);
      }),
      SETTINGS,
    );
  });

  it('report one figure changed beyond tolerance as the error at that cell, the totals it upsets as related warnings of its problem', { timeout: 180_000 }, () => {
    fc.assert(
      fc.property(budgetModelArb, fc.nat(), fc.integer({ min: 100, max: 1_000_000 }), (model, pick, delta) => {
        const grids = toGrids(buildBudgetWorkbook(model).workbook);
        const targets = targetsOf(recognizeWorkbook(grids));
        const target = targets[pick % targets.length];
        const cell = target.line.amounts[target.column.id];
        // At least 1.00 万元, far beyond any rounding of any table it is compared with (元 or 万元).
        const change = (delta / 100) * (target.table.unit === '元' ? 10_000 : 1);
        const changed = withValue(grids, target.table.sheet, target.line.row, cell.col, (cell.value as number) + change);
        const findings = analyzeWorkbook(changed).findings.filter((f) => f.severity !== 'info');
        const changedCell = where(target.table, target.line, target.column);
        const errors = findings.filter((f) => f.severity === 'error');
        expect(errors.map(at)).toEqual([changedCell]);
        expect(errors[0].expected).toBeCloseTo(cell.value as number, 6);
        // Every total it upset is still shown, as a warning of the same problem, pointing at the changed cell.
        for (const total of target.expected.filter((c) => c !== changedCell)) {
          const f = findings.find((x) => at(x) === total);
          expect(f?.severity).toBe('warning');
          expect(f?.problem).toBe(errors[0].problem);
          expect(f?.related).toContainEqual({ sheet: target.table.sheet, cell: changedCell.split('!')[1] });
        }
        expect(findings.every((f) => f.problem === errors[0].problem)).toBe(true);
      }),
      SETTINGS,
    );
  });

  it('take a change of one unit of the last decimal inside a sum of several parts as rounding', { timeout: 180_000 }, () => {
    fc.assert(
      fc.property(budgetModelArb, fc.nat(), (model, pick) => {
        const grids = toGrids(buildBudgetWorkbook(model).workbook);
        const tables = recognizeWorkbook(grids);
        const gbe = tables.find((t) => t.kind === 'general-budget-expense')!;
        const [basic, project] = [column(gbe, 'basic'), column(gbe, 'project')];
        // A 项 whose 款 adds two or more 项 in this column and whose row adds 基本 + 项目: n ≥ 2 everywhere.
        const candidates = xiangTargets(gbe, 'basic', 'total').filter(({ line }) => {
          const siblings = gbe.lines.filter((l) => l.code?.length === 7 && l.code.startsWith(line.code!.slice(0, 5)) && l.amounts[basic.id]?.value);
          return siblings.length >= 2 && line.amounts[project.id]?.value;
        });
        fc.pre(candidates.length > 0);
        const target = candidates[pick % candidates.length];
        const cell = target.line.amounts[basic.id];
        const changed = withValue(grids, gbe.sheet, target.line.row, cell.col, (cell.value as number) + 0.01);
        const findings = analyze(changed).findings;
        expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
        // 0.01 万元 is visible in every figure stated in 万元: a warning; 0.01 元 is not: information.
        const severity = gbe.unit === '万元' ? 'warning' : 'info';
        const flagged = findings.filter((f) => f.message.includes('四舍五入'));
        expect(flagged.map((f) => `${f.sheet}!${f.cell}`).sort()).toEqual([...target.expected].sort());
        for (const f of flagged) expect(f.severity).toBe(severity);
        for (const f of findings) expect(f.message).toContain('四舍五入');
      }),
      SETTINGS,
    );
  });
});
