/**
 * Issue 17, rules (thirteenth round): a figure compared with the same figure in another table is
 * counted without building the comparison when the two cells agree exactly (figures.ts
 * `agreeExactly`, used by `comparePair`). Oracle: the comparison itself (RuleContext.compare, as
 * compareFigures runs it, either cell as the total) on random pairs of cells — blank, absent,
 * unreadable, zero and negative zero, figures in 元 and 万元 that agree or differ by a 分 — fed by
 * fast-check: agreeing exactly is a comparison made with no difference, and such a comparison on a
 * first run (which keeps no held equation) reports nothing and keeps nothing.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { operand, RuleContext } from '../src/engine/rules/context';
import { agreeExactly, compareFigures, comparePair, ref } from '../src/engine/rules/figures';
import type { AmountValue, Column, Line, Table, Unit } from '../src/engine/recognize/types';

const column: Column = { id: 'c1', col: 2, role: 'amount', key: 'total', path: ['合计'], label: '合计', block: 0 };

const figure = fc.oneof(
  fc.constantFrom(0, -0, 1, 1.5, 10_000, 0.01, 123.45),
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => n / 100),
);

/** One cell: absent from the line, blank, a figure, or unreadable (with or without a value). */
const cell = fc.oneof(
  fc.constant(undefined),
  fc.constant<AmountValue>({ column: 'c1', col: 2, value: null, decimals: 0, text: '' }),
  figure.map((value): AmountValue => ({ column: 'c1', col: 2, value, decimals: 2, text: String(value) })),
  fc.tuple(fc.option(figure, { nil: null }), fc.constantFrom('text', 'error', 'implausible')).map(
    ([value, problem]): AmountValue => ({ column: 'c1', col: 2, value, decimals: 0, text: 'x', problem: problem as AmountValue['problem'] }),
  ),
);

function tableWith(sheet: string, unit: Unit, a: AmountValue | undefined): { table: Table; line: Line } {
  const line: Line = { row: 4, block: 0, role: 'data', label: '一般公共服务支出', code: '201', amounts: a ? { c1: a } : {} };
  const table = { id: `${sheet}!A1`, sheet, kind: 'general-budget-expense', unit, lines: [line], columns: [column], blocks: [] } as unknown as Table;
  return { table, line };
}

/** A first-run context: it keeps no held equation (rules/index sets this for every pass). */
function firstRun(tables: Table[]): RuleContext {
  const ctx = new RuleContext(tables);
  ctx.keepsHeld = false;
  return ctx;
}

describe('a pair of figures that agree exactly, counted without the comparison', () => {
  it('agrees exactly when, and only when, the comparison finds no difference, either cell the total (property)', () => {
    fc.assert(
      fc.property(cell, cell, fc.constantFrom<Unit>('元', '万元'), fc.constantFrom<Unit>('元', '万元'), fc.boolean(), (x, y, ux, uy, cent) => {
        // A figure in 万元 against the same in 元, now and then off by one 分.
        const shifted = y && y.value !== null && ux !== uy ? { ...y, value: (ux === '万元' ? y.value * 10_000 : y.value / 10_000) + (cent ? 0.01 : 0) } : y;
        const a = tableWith('表1', ux, x);
        const b = tableWith('表2', uy, shifted);
        const ctx = firstRun([a.table, b.table]);
        const agrees = agreeExactly(ctx, a.table, a.line, column, b.table, b.line, column);
        for (const [total, part] of [
          [a, b],
          [b, a],
        ]) {
          const c = ctx.compare(operand(total.table, total.line, column), [operand(part.table, part.line, column)], { totalRounded: true });
          expect(agrees).toBe(c !== undefined && c.diffFen === 0);
        }
        // The pair as it was compared before (compareFigures), and as it is now: the same answer and the same findings.
        const before = firstRun([a.table, b.table]);
        const now = firstRun([a.table, b.table]);
        expect(comparePair(now, 'cross-table/test', a.table, a.line, column, b.table, b.line, column)).toBe(
          compareFigures(before, 'cross-table/test', ref(a.table, a.line, column), [ref(b.table, b.line, column)]),
        );
        expect([now.findings, now.failing, now.held]).toEqual([before.findings, before.failing, before.held]);
        if (agrees) expect([before.findings, before.failing, before.held]).toEqual([[], [], []]);
      }),
      { numRuns: 3000 },
    );
  });

  it('is never taken where every held equation is kept (the oracle runs and the second reading)', () => {
    const a = tableWith('表1', '万元', { column: 'c1', col: 2, value: 5, decimals: 2, text: '5.00' });
    const b = tableWith('表2', '万元', { column: 'c1', col: 2, value: 5, decimals: 2, text: '5.00' });
    const keeping = new RuleContext([a.table, b.table]);
    expect(agreeExactly(keeping, a.table, a.line, column, b.table, b.line, column)).toBe(false);
    expect(comparePair(keeping, 'cross-table/test', a.table, a.line, column, b.table, b.line, column)).toBe(true);
    expect(keeping.held).toHaveLength(1);
  });
});
