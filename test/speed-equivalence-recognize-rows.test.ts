/**
 * Issue 17, recognition (thirteenth round): a row's filled columns listed by a loop of their own
 * (SheetView.filledCols), and those between two columns read from that list (filledColsIn), answer
 * as the bounded scan both were before (kept here as the oracle), on random rows of what cells hold —
 * nothing, blanks, spaces, figures, text, error values — with bounds before, inside, past the row
 * and unbounded, fed by fast-check.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Cell, SheetGrid } from '../src/engine/grid/types';
import { cellHasContent } from '../src/engine/grid/sheet';
import { SheetView } from '../src/engine/recognize/view';

/** The scan before: columns from `left` to `right` holding something. */
function oldFilledColsIn(sheet: SheetGrid, row: number, left: number, right: number): number[] {
  const cells = sheet.rows[row];
  const out: number[] = [];
  if (!cells) return out;
  const end = Math.min(cells.length - 1, right);
  for (let c = Math.max(left, 0); c <= end; c++) {
    const x = cells[c];
    if (x && cellHasContent(x)) out.push(c);
  }
  return out;
}

const cell: fc.Arbitrary<Cell | undefined> = fc.constantFrom<Cell | undefined>(
  undefined,
  { value: null, text: '' },
  { value: null, text: '   ' },
  { value: null, text: '\u3000' },
  { value: ' ', text: '' },
  { value: 0, text: '0' },
  { value: 12.5, text: '12.50' },
  { value: 7, text: '' },
  { value: '合计', text: '合计' },
  { value: null, text: ' 注：本表' },
  { value: { error: '#REF!' }, text: '#REF!' },
);

const sheet = fc.array(fc.option(fc.array(cell, { maxLength: 12 }), { nil: undefined }), { maxLength: 6 }).map(
  (rows): SheetGrid => ({ name: '表1', rowCount: rows.length, colCount: 12, rows: rows as (Cell | undefined)[][], merges: [] }),
);

const bound = fc.oneof(fc.integer({ min: -2, max: 14 }), fc.constant(Infinity));

describe("a row's filled columns", () => {
  it('listed whole and between two columns, as the bounded scan listed them (property)', () => {
    fc.assert(
      fc.property(sheet, fc.nat(7), bound, bound, (s, row, left, right) => {
        const view = new SheetView(s);
        expect(view.filledCols(row)).toEqual(oldFilledColsIn(s, row, 0, Infinity));
        expect(view.filledColsIn(row, left, right)).toEqual(oldFilledColsIn(s, row, left, right));
      }),
      { numRuns: 3000 },
    );
  });
});
