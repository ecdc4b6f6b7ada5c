/**
 * Issue 17, rules (fifth round): a table's usual decimals counted in arrays answer as the counting
 * by Map it replaced (kept here as the oracle), on random tables of figures with 0–6 decimals, zeros
 * and blanks, fed by fast-check.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tablePrecisionOf } from '../src/engine/rules/context';
import type { AmountValue, Line, Table } from '../src/engine/recognize/types';

function oldMostCommon(counts: Map<number, number>): number {
  let best = 0;
  let bestCount = 0;
  for (const [d, n] of counts) {
    if (n > bestCount || (n === bestCount && d > best)) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

function oldTablePrecisionOf(table: Table): { fraction: number; whole: number } {
  const fraction = new Map<number, number>();
  const whole = new Map<number, number>();
  for (const line of table.lines) {
    for (const a of Object.values(line.amounts)) {
      if (a.value === null) continue;
      if (a.decimals > 0) fraction.set(a.decimals, (fraction.get(a.decimals) ?? 0) + 1);
      if (a.value !== 0) whole.set(a.decimals, (whole.get(a.decimals) ?? 0) + 1);
    }
  }
  return { fraction: oldMostCommon(fraction), whole: oldMostCommon(whole) };
}

const amount = fc.record({
  value: fc.oneof(fc.constant(null), fc.constant(0), fc.double({ noNaN: true, min: -1e6, max: 1e6 })),
  decimals: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom(0, 2, 2, 2, 4, 17)),
});

describe("a table's usual decimals", () => {
  it('counted in arrays are the counts by Map (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.option(amount, { nil: undefined }), { maxLength: 6 }), { maxLength: 25 }), (rows) => {
        const lines = rows.map((cells, row) => {
          const amounts: Record<string, AmountValue> = {};
          cells.forEach((a, i) => {
            if (a) amounts[`c${i}`] = { column: `c${i}`, col: i, text: '', ...a } as AmountValue;
          });
          return { row, label: '', amounts } as unknown as Line;
        });
        const table = { lines } as unknown as Table;
        expect(tablePrecisionOf(table)).toEqual(oldTablePrecisionOf(table));
      }),
      { numRuns: 3000 },
    );
  });
});
