/**
 * Issue 17, narrative, ninth round: the facts' 三公 totals tell whether their table holds a non-zero
 * figure once per table (hasNonZeroFigure, a for…in over each line's amounts), where they asked every
 * line's Object.values for each keyed line and column. The old reading is the oracle, on random lines
 * of blank, zero, negative-zero and other figures.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasNonZeroFigure } from '../src/engine/model/tables';
import type { Table } from '../src/engine/recognize/types';

const oldNonZero = (t: Table) => t.lines.some((x) => Object.values(x.amounts).some((a) => a.value !== null && a.value !== 0));

const figure = fc.oneof(fc.constant(null), fc.constant(0), fc.constant(-0), fc.double({ noNaN: true }), fc.integer({ min: -5, max: 5 }));
const amounts = fc.dictionary(fc.constantFrom('total', 'amount', 'abroad', 'reception', 'vehicle', 'c5'), figure.map((value) => ({ value, decimals: 2 })));
const table = fc.array(amounts, { maxLength: 8 }).map((lines) => ({ lines: lines.map((a) => ({ amounts: a })) }) as unknown as Table);

describe('a table with a non-zero figure, told once', () => {
  it('agrees with every line asked for its values', () => {
    fc.assert(fc.property(table, (t) => hasNonZeroFigure(t) === oldNonZero(t)));
  });

  it('tells a blank or all-zero table from one figure that is not zero', () => {
    const of = (...values: (number | null)[]) => ({ lines: values.map((value) => ({ amounts: { total: { value, decimals: 2 } } })) }) as unknown as Table;
    expect(hasNonZeroFigure(of(null, 0, -0))).toBe(false);
    expect(hasNonZeroFigure(of(null, 0, 0.06))).toBe(true);
  });
});
