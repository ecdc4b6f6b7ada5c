import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { recognizeSheet, recognizeWorkbook } from '../src/engine/recognize';
import { rectToA1 } from '../src/engine/grid/a1';
import type { Cell, Rect, SheetGrid } from '../src/engine/grid/types';
import { FIXTURES, toGrids } from './fixtures';

/** Words that steer recognition into every branch: header words, codes, item labels, notes, titles. */
const WORDS = [
  '序号', '项目', '项 目', '合计', '合 计', '总计', '小计', '科目编码', '科目名称', '功能分类科目', '类', '款', '项',
  '基本支出', '项目支出', '人员经费', '公用经费', '本年收入', '上年结转', '收入', '支出', '预算数', '决算数', '年初预算数',
  '财政拨款', '一般公共预算', '政府性基金', '国有资本经营', '栏次', '206', '20601', '2060101', '301', '30101', '04', '4',
  '一、一般公共预算拨款收入', '本年收入合计', '收入总计', '支出总计', '六、科学技术支出', '206 科学技术支出', '因公出国（境）费',
  '公务接待费', '注：空表列示。', '备注：无', '表 1', '部门预算收支总表', '单位：万元', '单位：元', '预算年度：2025',
  '编制部门：某局', '2024年度', '#REF!', '1,234.50', '—', '-', '', '   ', '项目名称', '资金性质', '“三公”经费小计',
];

const cellArb: fc.Arbitrary<Cell | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(...WORDS).map((w) => ({ value: w, text: w })),
  fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((n) => ({ value: n, text: String(n) })),
  fc.integer({ min: 0, max: 40 }).map((n) => ({ value: n, text: String(n) })),
  fc.constantFrom('#REF!', '#VALUE!', '#DIV/0!').map((e) => ({ value: { error: e }, text: e })),
  fc.string({ maxLength: 12 }).map((s) => ({ value: s, text: s })),
  fc.boolean().map((b) => ({ value: b, text: String(b) })),
  fc.constant({ value: null, text: '' }),
);

const sheetArb: fc.Arbitrary<SheetGrid> = fc
  .record({
    rows: fc.array(fc.array(cellArb, { maxLength: 10 }), { maxLength: 30 }),
    merges: fc.array(
      fc.record({ top: fc.integer({ min: 0, max: 32 }), left: fc.integer({ min: 0, max: 12 }), h: fc.integer({ min: 0, max: 4 }), w: fc.integer({ min: 0, max: 5 }) }),
      { maxLength: 8 },
    ),
  })
  .map(({ rows, merges }) => ({
    name: 'Sheet1',
    rowCount: rows.length,
    colCount: Math.max(0, ...rows.map((r) => r.length)),
    rows,
    merges: merges.map((m): Rect => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })),
  }));

function checkInvariants(sheet: SheetGrid) {
  const tables = recognizeSheet(sheet);
  let previousBottom = -1;
  for (const t of tables) {
    expect(t.range).toBe(rectToA1(t.rect));
    expect(t.rect.top).toBeGreaterThan(previousBottom);
    expect(t.rect.top).toBeLessThanOrEqual(t.rect.bottom);
    for (const l of t.lines) {
      expect(l.row).toBeGreaterThanOrEqual(t.rect.top);
      expect(l.row).toBeLessThanOrEqual(t.rect.bottom);
      expect(l.block).toBeLessThan(t.blocks.length);
      for (const a of Object.values(l.amounts)) if (a.value !== null) expect(Number.isFinite(a.value)).toBe(true);
    }
    for (const c of t.columns) expect(t.blocks[c.block].columns).toContain(c.id);
    previousBottom = t.rect.bottom;
  }
}

describe('recognition on arbitrary grids (property)', () => {
  it('never throws and keeps tables consistent on random grids with merges and error values', () => {
    fc.assert(fc.property(sheetArb, (sheet) => checkInvariants(sheet)), { numRuns: 500 });
  });

  it('never throws when a real table is damaged cell by cell', () => {
    const real = toGrids(FIXTURES.seed003().workbook).sheets;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: real.length - 1 }),
        fc.array(fc.record({ r: fc.nat(40), c: fc.nat(16), cell: cellArb }), { maxLength: 25 }),
        (i, edits) => {
          const base = real[i];
          const rows = base.rows.map((r) => [...r]);
          for (const e of edits) {
            rows[e.r] ??= [];
            rows[e.r][e.c] = e.cell;
          }
          const sheet: SheetGrid = { ...base, rows, rowCount: Math.max(base.rowCount, rows.length), colCount: Math.max(base.colCount, 17) };
          checkInvariants(sheet);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives no table for a workbook without sheets or with blank sheets', () => {
    expect(recognizeWorkbook({ sheets: [] })).toEqual([]);
    expect(recognizeWorkbook({ sheets: [{ name: 'A', rowCount: 0, colCount: 0, rows: [], merges: [] }] })).toEqual([]);
    const sparse: SheetGrid = { name: 'B', rowCount: 5000, colCount: 3, rows: [], merges: [{ top: 0, left: 0, bottom: 1_048_575, right: 2 }] };
    expect(recognizeWorkbook({ sheets: [sparse] })).toEqual([]);
  });
});

describe('tables start anywhere (property)', () => {
  const fixtures = ['seed001', 'seed003', 'stacked', 'final-accounts', 'unmerged'].map((n) => toGrids(FIXTURES[n]().workbook));

  function shift(sheet: SheetGrid, dr: number, dc: number): SheetGrid {
    const rows: (Cell | undefined)[][] = Array.from({ length: sheet.rowCount + dr }, () => []);
    sheet.rows.forEach((r, i) => {
      r?.forEach((cell, c) => {
        if (cell) rows[i + dr][c + dc] = cell;
      });
    });
    const merges = sheet.merges.map((m) => ({ top: m.top + dr, left: m.left + dc, bottom: m.bottom + dr, right: m.right + dc }));
    return { ...sheet, rows, merges, rowCount: sheet.rowCount + dr, colCount: sheet.colCount + dc };
  }

  it('finds the same tables, lines and keys wherever the sheet content is moved to', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: fixtures.length - 1 }), fc.nat(12), fc.nat(6), (f, dr, dc) => {
        for (const sheet of fixtures[f].sheets) {
          const before = recognizeSheet(sheet);
          const after = recognizeSheet(shift(sheet, dr, dc));
          const summary = (ts: typeof before, r0: number, c0: number) =>
            ts.map((t) => ({
              kind: t.kind,
              rect: { top: t.rect.top - r0, left: t.rect.left - c0, bottom: t.rect.bottom - r0, right: t.rect.right - c0 },
              keys: t.columns.map((c) => c.key ?? c.role),
              lines: t.lines.map((l) => `${l.row - r0}/${l.block}/${l.role}/${l.code ?? ''}/${l.key ?? ''}`),
            }));
          expect(summary(after, dr, dc)).toEqual(summary(before, 0, 0));
        }
      }),
      { numRuns: 40 },
    );
  });
});
