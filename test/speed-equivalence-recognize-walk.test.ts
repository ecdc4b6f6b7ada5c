/**
 * Issue 17, recognition (tenth round): the body walk asks whether a row repeats the header only when
 * the row's first filled column within the header is the first header row's first column and holds
 * its key — the first thing repeatsHeader compares, read again there. The test before the call must
 * never turn away a row repeatsHeader accepts: every row under every header of the fixtures' sheets,
 * with the header's first row copied in under it — whole, shifted, with a cell dropped, retyped or
 * added — is tested.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Cell, SheetGrid } from '../src/engine/grid/types';
import { isHeaderAnchor } from '../src/engine/recognize/header';
import { headerRowOf, repeatsHeader } from '../src/engine/recognize/lines';
import { readHeader } from '../src/engine/recognize/remembered-header';
import { SheetView } from '../src/engine/recognize/view';
import { FIXTURES, toGrids } from './fixtures';

const sheets: SheetGrid[] = Object.values(FIXTURES).flatMap((build) => toGrids(build().workbook).sheets);

/** The first header row of the sheet, and that row copied in at `at` after `change`. */
function withCopy(sheet: SheetGrid, anchor: number, at: number, change: { shift: number; drop: number; retype: number; add: number }): SheetGrid {
  const copy: (Cell | undefined)[] = [];
  const first = sheet.rows[anchor] ?? [];
  for (let c = 0; c < first.length; c++) if (first[c]) copy[c + change.shift] = first[c];
  const filled = copy.flatMap((x, c) => (x ? [c] : []));
  if (filled.length) {
    if (change.drop >= 0) copy[filled[change.drop % filled.length]] = undefined;
    if (change.retype >= 0) copy[filled[change.retype % filled.length]] = { value: '其他', text: '其他' };
  }
  if (change.add >= 0) copy[change.add] = { value: '合计', text: '合计' };
  const rows = sheet.rows.slice();
  rows.splice(at, 0, copy);
  return { ...sheet, rows, rowCount: sheet.rowCount + 1, merges: sheet.merges.map((m) => (m.top >= at ? { ...m, top: m.top + 1, bottom: m.bottom + 1 } : m)) };
}

function anchorsOf(sheet: SheetGrid): number[] {
  const view = new SheetView(sheet);
  const anchors: number[] = [];
  for (let r = 0; r < view.rowCount; r++) if (isHeaderAnchor(view, r)) anchors.push(r);
  return anchors;
}

/** Every row under the header at `anchor` that repeatsHeader accepts passes the walk's test first. */
function checkRows(sheet: SheetGrid, anchor: number): number {
  const view = new SheetView(sheet);
  const { rect: header } = readHeader(view, anchor);
  const first = headerRowOf(view, header);
  const firstHeaderCol = first.cols.length >= 2 ? first.cols[0] : -1;
  let repeats = 0;
  for (let row = header.bottom + 1; row < view.rowCount; row++) {
    const firstCol = view.firstFilledColIn(row, header.left, header.right);
    if (firstCol < 0) continue;
    if (!repeatsHeader(view, first, row, header)) continue;
    repeats++;
    expect(firstCol).toBe(firstHeaderCol);
    expect(view.key(row, firstCol)).toBe(first.keys[0]);
  }
  return repeats;
}

const headers = sheets.flatMap((sheet) => anchorsOf(sheet).map((anchor) => ({ sheet, anchor })));

describe('the walk tells a repeated header by its first cell first (speed equivalence)', () => {
  it('turns away no row of the fixtures that repeats its header', () => {
    let repeats = 0;
    for (const { sheet, anchor } of headers) repeats += checkRows(sheet, anchor);
    expect(repeats).toBeGreaterThan(0);
  });

  it('turns away no copy of the first header row, changed or not, that repeats it (property)', () => {
    const change = fc.record({ shift: fc.constantFrom(0, 0, 0, 1, 2), drop: fc.integer({ min: -16, max: 8 }), retype: fc.integer({ min: -16, max: 8 }), add: fc.integer({ min: -12, max: 12 }) });
    let repeats = 0;
    fc.assert(
      fc.property(fc.nat(headers.length - 1), fc.nat(60), change, (i, down, ch) => {
        const { sheet, anchor } = headers[i];
        const probe = new SheetView(sheet);
        const bottom = readHeader(probe, anchor).rect.bottom;
        const at = Math.min(bottom + 1 + down, sheet.rows.length);
        repeats += checkRows(withCopy(sheet, anchor, at, ch), anchor);
      }),
      { numRuns: 300 },
    );
    expect(repeats).toBeGreaterThan(20);
  });
});
