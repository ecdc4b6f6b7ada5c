/**
 * Issue 17, recognition (ninth round): MergeIndex keeps each row's merges instead of one map entry
 * per covered cell. It must answer `at` as the cell map it replaced (kept here as the oracle) on
 * random merges — overlapping ones (the last listed wins), merges reaching past colCount or above
 * row 0, empty and absurdly large ones — for every cell in and around the sheet.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Rect, SheetGrid } from '../src/engine/grid/types';
import { MergeIndex } from '../src/engine/grid/sheet';

// ---- the index before the rewrite (oracle) ----

class CellMapMergeIndex {
  private readonly byCell = new Map<number, Rect>();
  private readonly width: number;
  constructor(sheet: SheetGrid) {
    let right = sheet.colCount;
    for (const m of sheet.merges) if (m.right + 1 > right) right = m.right + 1;
    this.width = Math.max(right, 1) + 1;
    for (const m of sheet.merges) {
      const area = (m.bottom - m.top + 1) * (m.right - m.left + 1);
      if (area > 200_000) continue;
      for (let r = Math.max(m.top, 0); r <= m.bottom; r++) for (let c = Math.max(m.left, 0); c <= m.right; c++) this.byCell.set(r * this.width + c, m);
    }
  }
  at(row: number, col: number): Rect | undefined {
    if (col < 0 || col >= this.width) return undefined;
    return this.byCell.get(row * this.width + col);
  }
}

const rect = fc
  .record({ top: fc.integer({ min: -2, max: 12 }), left: fc.integer({ min: -2, max: 14 }), height: fc.integer({ min: -1, max: 4 }), width: fc.integer({ min: -1, max: 6 }) })
  .map(({ top, left, height, width }) => ({ top, left, bottom: top + height, right: left + width }));

/** A merge over a whole column (more cells than any sheet indexes). */
const absurd = fc.integer({ min: 0, max: 8 }).map((col) => ({ top: 0, left: col, bottom: 300_000, right: col }));

const sheet = fc
  .record({ colCount: fc.integer({ min: 0, max: 10 }), merges: fc.array(fc.oneof({ weight: 12, arbitrary: rect }, { weight: 1, arbitrary: absurd }), { maxLength: 12 }) })
  .map(({ colCount, merges }): SheetGrid => ({ name: 'S', rowCount: 14, colCount, rows: [], merges }));

describe('MergeIndex by rows (speed equivalence)', () => {
  it('answers every cell as the map of covered cells did (property)', () => {
    fc.assert(
      fc.property(sheet, (s) => {
        const now = new MergeIndex(s);
        const before = new CellMapMergeIndex(s);
        for (let r = -3; r <= 18; r++) for (let c = -3; c <= 24; c++) expect(now.at(r, c)).toBe(before.at(r, c));
      }),
      { numRuns: 400 },
    );
  });

  it('finds the merge of a title wider than the columns holding values, and the later of two overlapping merges', () => {
    const title = { top: 0, left: 0, bottom: 0, right: 11 };
    const first = { top: 2, left: 0, bottom: 3, right: 1 };
    const second = { top: 3, left: 1, bottom: 3, right: 2 };
    const index = new MergeIndex({ name: 'S', rowCount: 5, colCount: 4, rows: [], merges: [title, first, second] });
    expect(index.at(0, 11)).toBe(title);
    expect(index.at(0, 12)).toBeUndefined();
    expect(index.at(2, 1)).toBe(first);
    expect(index.at(3, 0)).toBe(first);
    expect(index.at(3, 1)).toBe(second);
    expect(index.at(1, 0)).toBeUndefined();
  });
});
