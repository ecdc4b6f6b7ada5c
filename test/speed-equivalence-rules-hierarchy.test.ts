/**
 * Issue 17, rules (seventh round): the hierarchy sums read a block's code tree once per template —
 * remembered by its lines' codes — and count the totals that agree exactly with their children in one
 * small loop, building nothing. Oracles, on random coded tables fed by fast-check: the tree built
 * afresh (a near-twin block read first, so a key that left out what the tree reads would answer for
 * the wrong block), and the rule taking the full way for every total (keeping its held equations:
 * effective parts looking through blank children, operands, comparisons) — the same findings and counts.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCodeTree, hierarchySum, rememberedCodeTree, type CodeTree } from '../src/engine/rules/hierarchy-sum';
import { RuleContext } from '../src/engine/rules/context';
import type { AmountValue, Column, Line, Table } from '../src/engine/recognize/types';

const CODES = ['201', '20101', '2010101', '2010102', '20102', '2010201', '202', '20201', '2020101', '2020102', '301', '30101', '30102'];

interface LineSpec {
  code?: string;
  project: boolean;
  role: Line['role'];
}

const lineSpec: fc.Arbitrary<LineSpec> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ code: fc.constantFrom(...CODES), project: fc.constantFrom(false, false, false, true), role: fc.constant<Line['role']>('data') }) },
  { weight: 1, arbitrary: fc.record({ code: fc.constantFrom('20', '2O1', '20１01', ''), project: fc.constant(false), role: fc.constant<Line['role']>('data') }) },
  { weight: 1, arbitrary: fc.record({ project: fc.constant(false), role: fc.constantFrom<Line['role']>('total', 'grand-total', 'subtotal', 'data') }) },
);

function toLines(specs: readonly LineSpec[]): Line[] {
  return specs.map((s, i) => ({
    row: i + 5,
    block: 0,
    role: s.role,
    label: s.code ? `科目${s.code}` : s.role === 'data' ? '其他' : '合计',
    amounts: {},
    ...(s.code !== undefined ? { code: s.code, codeSystem: s.code.startsWith('3') ? ('economic' as const) : ('function' as const) } : {}),
    ...(s.project ? { project: `项目${i}` } : {}),
  }));
}

/** The same block with one thing of one line changed. */
function twin(lines: readonly Line[], at: number, what: number): Line[] {
  return lines.map((l, i) => {
    if (i !== at % lines.length) return { ...l };
    if (what === 0) return { ...l, code: l.code === '201' ? '202' : '201' };
    if (what === 1) return l.project ? { ...l, project: undefined } : { ...l, project: '新项目' };
    if (what === 2) return { ...l, code: undefined, role: l.role === 'total' ? 'data' : 'total' };
    return { ...l, code: l.code ? `${l.code}01` : '20101' };
  });
}

/** A tree by positions, as plain data. */
const shapeOf = (tree: CodeTree) => {
  const node = (n: CodeTree['roots'][number]): unknown => ({ at: n.at, children: n.children.map(node) });
  return { roots: tree.roots.map(node), totals: tree.totals.map(node), rows: tree.rows.map(node) };
};

describe('the hierarchy sums read a code tree once per template', () => {
  it('the remembered tree answers as building it afresh (property)', () => {
    fc.assert(
      fc.property(fc.array(lineSpec, { maxLength: 16 }), fc.nat(), fc.nat(3), (specs, at, what) => {
        const lines = toLines(specs);
        if (lines.length) rememberedCodeTree(twin(lines, at, what));
        const fresh = shapeOf(buildCodeTree(lines));
        for (const copy of [lines.map((l) => ({ ...l })), lines.map((l) => ({ ...l }))]) expect(shapeOf(rememberedCodeTree(copy))).toEqual(fresh);
      }),
      { numRuns: 2000 },
    );
  });

  /** A cell: mostly a figure, sometimes blank, missing, 0 or unreadable. */
  const cell = fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 1, max: 40 }).map((n) => n / 4) },
    { weight: 2, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constant(0) },
    { weight: 1, arbitrary: fc.constant('text' as const) },
  );

  const COLUMNS: Column[] = ['合计', '基本支出', '项目支出'].map((label, i) => ({ id: `a${i}`, col: i + 2, role: 'amount', label, path: [label], block: 0 }));

  /**
   * A coded table whose totals are first made to add up (each the sum of its children's figures, so
   * most agree exactly; a blank one left blank, so its parent leaves out the figures below it), then
   * has some cells changed: totals that disagree, blank children with figures below them (looked
   * through), unreadable cells, blocks with nothing to compare.
   */
  const table = fc
    .record({
      specs: fc.array(lineSpec, { minLength: 1, maxLength: 16 }),
      columns: fc.integer({ min: 1, max: 3 }),
      cells: fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 16, maxLength: 16 }),
      addUp: fc.boolean(),
      changes: fc.array(fc.record({ line: fc.nat(15), column: fc.nat(2), to: cell }), { maxLength: 3 }),
    })
    .map(({ specs, columns, cells, addUp, changes }): Table => {
      const lines = toLines(specs);
      const cols = COLUMNS.slice(0, columns);
      const put = (line: Line, column: Column, v: number | null | undefined | 'text') => {
        if (v === undefined) delete line.amounts[column.id];
        else
          line.amounts[column.id] = {
            column: column.id,
            col: column.col,
            value: v === 'text' ? null : v,
            decimals: 2,
            text: v === 'text' ? '见说明' : String(v ?? ''),
            ...(v === 'text' ? { problem: 'text' } : {}),
          } as AmountValue;
      };
      lines.forEach((l, i) => cols.forEach((c, j) => put(l, c, cells[i][j])));
      if (addUp) {
        const tree = buildCodeTree(lines);
        // A blank total stays blank, and counts as 0 in its parent's sum: the figures below it are then left out above.
        for (const node of [...tree.totals, ...tree.rows])
          for (const c of cols) if (lines[node.at].amounts[c.id]?.value != null) put(lines[node.at], c, node.children.reduce((s, ch) => s + (lines[ch.at].amounts[c.id]?.value ?? 0), 0));
      }
      for (const ch of changes) if (ch.line < lines.length && ch.column < cols.length) put(lines[ch.line], cols[ch.column], ch.to);
      return {
        id: 'T!A1',
        sheet: 'T',
        kind: 'general-budget-expense',
        family: 'budget',
        unit: '万元',
        unitStated: true,
        rect: { top: 0, left: 0, bottom: lines.length + 5, right: 5 },
        range: 'A1:E30',
        headerRect: { top: 2, left: 0, bottom: 3, right: 5 },
        header: [],
        columns: cols,
        blocks: [{ index: 0, columns: cols.map((c) => c.id), codeColumns: [] }],
        lines,
        empty: false,
        evidence: [],
      } as unknown as Table;
    });

  it('counting agreeing totals in one loop finds and counts what judging each total the full way does (property)', () => {
    let failing = 0;
    fc.assert(
      fc.property(table, (t) => {
        const quick = new RuleContext([t]);
        quick.keepsHeld = false;
        const full = new RuleContext([t]);
        const outcome = hierarchySum.run(quick, t);
        expect(outcome).toEqual(hierarchySum.run(full, t));
        expect(JSON.stringify(quick.findings)).toBe(JSON.stringify(full.findings));
        expect(JSON.stringify(quick.failing)).toBe(JSON.stringify(full.failing));
        if (quick.findings.length) failing++;
      }),
      { numRuns: 3000 },
    );
    // Tables that fail, not only tables that add up.
    expect(failing).toBeGreaterThan(300);
  });
});
