/**
 * Issue 17, recognition and the rules per table (seventeenth round):
 * - a cell's key (SheetView.key) and a line's label key (recognize/lines.ts) are normalized once per
 *   text for every sheet (view.ts `labelKey`), not once per cell of each sheet. The oracle is the old
 *   reading, normalizeLabel of the cell's trimmed text; fed by fast-check sheets that share their texts
 *   (labels with spaces of every kind, full-width forms, quotes), read by several views in random order,
 *   each cell asked more than once — a memory keyed by the cell's place instead of its text, or one
 *   view's key handed to another's cell, fails it;
 * - isHorizontalThreePublic reads the amount columns' keys in a loop, not through a Set of them. The
 *   oracle is the Set; random columns of every role with the 三公 keys among others.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Cell, SheetGrid } from '../src/engine/grid/types';
import { cellText } from '../src/engine/grid/sheet';
import { normalizeLabel } from '../src/engine/grid/text';
import { labelKey, SheetView } from '../src/engine/recognize/view';
import { isHorizontalThreePublic } from '../src/engine/recognize/table';
import type { Column, ColumnKey, ColumnRole } from '../src/engine/recognize/types';

// ---- the readings before the change (oracles) ----

const oldKey = (sheet: SheetGrid, row: number, col: number): string => normalizeLabel(cellText(sheet, row, col));

function oldIsHorizontalThreePublic(columns: readonly Column[]): boolean {
  const keys = new Set(columns.filter((c) => c.role === 'amount').map((c) => c.key));
  return keys.has('abroad') && keys.has('reception');
}

// ---- random sheets sharing their texts ----

const word = fc.constantFrom('项目', '科目编码', '预算年度：2025', '单位：万元', '合计', '“三公”经费', '一般公共预算', '因公出国（境）费', '2060101', '12.50', '注：', 'a', '');
const spacing = fc.constantFrom('', ' ', '  ', '\u3000', '\u00a0', '\t', '\u200b', '＂', "'", '’');
const text = fc.tuple(spacing, word, spacing, word, spacing).map((parts) => parts.join(''));
const cell: fc.Arbitrary<Cell | undefined> = fc.oneof(
  fc.constant(undefined),
  text.map((t) => ({ value: t, text: t })),
  fc.integer({ min: -99, max: 9999 }).map((n) => ({ value: n, text: String(n) })),
);
const ROWS = 4;
const COLS = 5;
const sheet: fc.Arbitrary<SheetGrid> = fc.array(fc.array(cell, { minLength: COLS, maxLength: COLS }), { minLength: ROWS, maxLength: ROWS }).map((rows) => ({ name: 'S', rowCount: ROWS, colCount: COLS, rows, merges: [] }));
const asks = fc.array(fc.tuple(fc.nat(2), fc.nat(ROWS - 1), fc.nat(COLS - 1)), { minLength: 1, maxLength: 60 });

describe('keys normalized once per text (seventeenth round)', () => {
  it('SheetView.key answers as normalizeLabel of the cell text, across views sharing texts (property)', () => {
    fc.assert(
      fc.property(fc.array(sheet, { minLength: 3, maxLength: 3 }), asks, (sheets, asked) => {
        const views = sheets.map((s) => new SheetView(s));
        for (const [v, r, c] of asked) expect(views[v].key(r, c)).toBe(oldKey(sheets[v], r, c));
      }),
      { numRuns: 400 },
    );
  });

  it('labelKey answers as normalizeLabel of a trimmed text (property)', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 20 }), (texts) => {
        for (const t of [...texts, ...texts]) expect(labelKey(t.trim())).toBe(normalizeLabel(t.trim()));
      }),
      { numRuns: 400 },
    );
  });

  it('a key is the text normalized, not the first cell that held it', () => {
    const a: SheetGrid = { name: 'A', rowCount: 1, colCount: 2, rows: [[{ value: '项  目', text: '项  目' }, { value: '预算年度：2025', text: '预算年度：2025' }]], merges: [] };
    const b: SheetGrid = { name: 'B', rowCount: 1, colCount: 2, rows: [[{ value: '单位：万元', text: '单位：万元' }, { value: '项  目', text: '项  目' }]], merges: [] };
    const [va, vb] = [new SheetView(a), new SheetView(b)];
    expect([va.key(0, 0), va.key(0, 1), vb.key(0, 0), vb.key(0, 1)]).toEqual(['项目', '预算年度:2025', '单位:万元', '项目']);
  });
});

const ROLES: ColumnRole[] = ['amount', 'amount', 'amount', 'percent', 'item', 'code', 'seq'];
const KEYS: (ColumnKey | undefined)[] = ['abroad', 'reception', 'vehicle', 'total', 'basic', undefined];
const column = fc.record({ role: fc.constantFrom(...ROLES), key: fc.constantFrom(...KEYS) });

describe('isHorizontalThreePublic by a loop (seventeenth round)', () => {
  it('answers as the Set of the amount columns keys (property)', () => {
    fc.assert(
      fc.property(fc.array(column, { maxLength: 8 }), (specs) => {
        const columns = specs.map((s, i) => ({ id: `c${i}`, col: i, block: 0, label: '', path: [], role: s.role, key: s.key }) as unknown as Column);
        expect(isHorizontalThreePublic(columns)).toBe(oldIsHorizontalThreePublic(columns));
      }),
      { numRuns: 2000 },
    );
  });
});
