/**
 * Issue 17, recognition (sixth round): the header areas read without spreading a merge, and header
 * labels compacted without a pattern when they hold no whitespace, answer as the readings they
 * replaced (kept here as oracles) on random headers — labels with spaces, full-width spaces and
 * quotes, merges across rows and columns.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Cell, Rect, SheetGrid } from '../src/engine/grid/types';
import { SheetView, type Area } from '../src/engine/recognize/view';
import { headerTree } from '../src/engine/recognize/header';
import type { HeaderNode } from '../src/engine/recognize/types';
import { labelMayChange } from '../src/engine/grid/text';

// ---- the readings before the rewrite (oracles) ----

function oldArea(view: SheetView, row: number, col: number): Area | undefined {
  const m = view.mergeAt(row, col);
  if (m) return { ...m, label: view.key(m.top, m.left) };
  const label = view.key(row, col);
  return label ? { top: row, left: col, bottom: row, right: col, label } : undefined;
}

function oldHeaderTree(view: SheetView, header: Rect): HeaderNode[] {
  const idOf = (a: Area) => a.top * (header.right + 1) + a.left;
  const nodes = new Map<number, { node: HeaderNode; area: Area }>();
  for (let r = header.top; r <= header.bottom; r++) {
    for (let c = header.left; c <= header.right; c++) {
      const a = oldArea(view, r, c);
      if (!a) continue;
      c = Math.max(c, a.right);
      if (!a.label) continue;
      const id = idOf(a);
      if (!nodes.has(id)) {
        const text = view.text(a.top, a.left).replace(/\s+/g, '');
        nodes.set(id, { node: { label: text, rect: { top: a.top, left: a.left, bottom: a.bottom, right: a.right }, children: [] }, area: a });
      }
    }
  }
  const roots: HeaderNode[] = [];
  for (const { node, area } of nodes.values()) {
    let parent: HeaderNode | undefined;
    for (let r = area.top - 1; r >= header.top && !parent; r--) {
      const above = oldArea(view, r, area.left);
      if (above && above.label && above.left <= area.left && above.right >= area.right) parent = nodes.get(idOf(above))?.node;
    }
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

// ---- random headers ----

const word = fc.constantFrom('科目编码', '科目名称', '合计', '基本支出', '项目支出', '人员经费', '公用经费', '一般公共预算', '2025年预算数', '因公出国(境)费', '“三公”经费', '类', '款', '项', '');
const spacing = fc.constantFrom('', ' ', '\u3000', '\u00a0', '\t', '\n', '\u2003', '\ufeff', '  ');
const label = fc.tuple(spacing, word, spacing, word, spacing).map((parts) => parts.join(''));

const ROWS = 4;
const COLS = 6;

const header = fc
  .record({
    labels: fc.array(fc.array(fc.option(label, { nil: undefined }), { minLength: COLS, maxLength: COLS }), { minLength: ROWS, maxLength: ROWS }),
    merges: fc.array(fc.record({ top: fc.nat(ROWS - 1), left: fc.nat(COLS - 1), height: fc.nat(2), width: fc.nat(3) }), { maxLength: 4 }),
  })
  .map(({ labels, merges }): SheetGrid => {
    // Merges that do not overlap, as a workbook holds them.
    const taken = new Set<number>();
    const kept: Rect[] = [];
    for (const m of merges) {
      const rect = { top: m.top, left: m.left, bottom: Math.min(ROWS - 1, m.top + m.height), right: Math.min(COLS - 1, m.left + m.width) };
      const cells: number[] = [];
      for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) cells.push(r * COLS + c);
      if (cells.length < 2 || cells.some((x) => taken.has(x))) continue;
      for (const x of cells) taken.add(x);
      kept.push(rect);
    }
    const rows: (Cell | undefined)[][] = labels.map((row) => row.map((text) => (text === undefined ? undefined : { value: text, text })));
    return { name: '表1', rowCount: ROWS, colCount: COLS, rows, merges: kept };
  });

/** Two cells side by side in a row with the same label and height (a head repeated instead of merged). */
function repeatsAHead(view: SheetView): boolean {
  for (let r = 0; r < ROWS; r++) {
    for (let c = 0; c + 1 < COLS; c++) {
      const a = oldArea(view, r, c);
      const b = oldArea(view, r, c + 1);
      if (a && b && a.label && a.label === b.label && a.top === b.top && a.bottom === b.bottom && a.right + 1 === b.left) return true;
    }
  }
  return false;
}

describe('header areas and the header tree, read without spreads and needless patterns', () => {
  it('every cell has the area it had when a merge was spread into it (property)', () => {
    fc.assert(
      fc.property(header, (sheet) => {
        const view = new SheetView(sheet);
        for (let r = 0; r < ROWS; r++) for (let c = 0; c < COLS; c++) expect(JSON.stringify(view.area(r, c))).toBe(JSON.stringify(oldArea(view, r, c)));
      }),
      { numRuns: 2000, seed: 1723 },
    );
  });

  it('the header tree is the one built with a pattern over every label, as JSON (property)', () => {
    fc.assert(
      fc.property(header, (sheet) => {
        const rect = { top: 0, left: 0, bottom: ROWS - 1, right: COLS - 1 };
        // A group head typed again beside itself is one node since the metamorphic round (test/tables-metamorphic.test.ts
        // checks it); the oracle predates that, so such headers are left to that test.
        fc.pre(!repeatsAHead(new SheetView(sheet)));
        expect(JSON.stringify(headerTree(new SheetView(sheet), rect))).toBe(JSON.stringify(oldHeaderTree(new SheetView(sheet), rect)));
      }),
      { numRuns: 2000, seed: 1723 },
    );
  });

  it('a text labelMayChange passes holds no whitespace (property)', () => {
    fc.assert(
      fc.property(fc.oneof(label, fc.string(), fc.string({ unit: 'binary' })), (s) => {
        if (!labelMayChange(s)) expect(/\s/.test(s)).toBe(false);
      }),
      { numRuns: 20000, seed: 1723 },
    );
  });
});
