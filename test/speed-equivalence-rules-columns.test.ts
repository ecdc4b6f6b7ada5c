/**
 * Issue 17, rules (fifth round): the header tree and the amount columns read with fewer copies and
 * sorts answer as the code they replaced — kept here as oracles — on random multi-level headers in
 * and out of sheet order, fed by fast-check.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildHeaderTree, changeIdentity, columnIdentities, headerIdentities, type HeaderGroup } from '../src/engine/rules/column-sum';
import { amountColumns } from '../src/engine/model/tables';
import { normalizeLabel } from '../src/engine/grid/text';
import type { Column, Table } from '../src/engine/recognize/types';

// ---- the readings before (oracles) ----

function oldPathOf(c: Column, byId: Map<string, Column>): string[] {
  const path = (c.path.length ? c.path : [c.label]).map(normalizeLabel);
  const parent = c.parent ? byId.get(c.parent) : undefined;
  if (parent) {
    const pp = (parent.path.length ? parent.path : [parent.label]).map(normalizeLabel);
    const nested = pp.length < path.length && pp.every((p, i) => path[i] === p);
    if (!nested) return [...pp, path[path.length - 1]];
  }
  return path;
}

function oldBuildHeaderTree(columns: Column[]): HeaderGroup {
  const root: HeaderGroup = { label: '', children: [] };
  const byId = new Map(columns.map((c) => [c.id, c]));
  const paths = new Map(columns.map((c) => [c, oldPathOf(c, byId)]));
  const ordered = [...columns].sort((a, b) => paths.get(a)!.length - paths.get(b)!.length || a.col - b.col);
  for (const c of ordered) {
    const path = paths.get(c)!;
    let node = root;
    path.forEach((label, i) => {
      const last = i === path.length - 1;
      const existing = [...node.children].reverse().find((ch) => ch.label === label);
      if (last) {
        if (existing && !existing.column) existing.column = c;
        else node.children.push({ label, column: c, children: [] });
      } else if (existing) {
        node = existing;
      } else {
        const created: HeaderGroup = { label, children: [] };
        node.children.push(created);
        node = created;
      }
    });
  }
  const sortTree = (g: HeaderGroup): number => {
    const cols = g.children.map(sortTree);
    const order = g.children.map((ch, i) => ({ ch, at: cols[i] }));
    order.sort((a, b) => a.at - b.at);
    g.children = order.map((o) => o.ch);
    return Math.min(g.column?.col ?? Infinity, ...cols);
  };
  sortTree(root);
  return root;
}

const oldAmountColumns = (table: Table, block?: number) =>
  table.columns.filter((c) => c.role === 'amount' && (block === undefined || c.block === block)).sort((a, b) => a.col - b.col);

// ---- random headers as templates print them ----

const word = fc.constantFrom('合计', '基本支出', '项目支出', '人员经费', '公用经费', '小计', '本年收入', '上年结转', '其中', '合 计', '（一）', '');

/** Columns with paths of one to three header cells, in a random order of sheet columns, some under a parent. */
const columns = fc
  .array(fc.record({ path: fc.array(word, { minLength: 0, maxLength: 3 }), role: fc.constantFrom('amount', 'amount', 'amount', 'label'), block: fc.integer({ min: 0, max: 1 }), parentOf: fc.option(fc.nat(8), { nil: undefined }) }), { maxLength: 9 })
  .chain((specs) => fc.tuple(fc.constant(specs), fc.shuffledSubarray([...Array(specs.length).keys()], { minLength: specs.length, maxLength: specs.length })))
  .map(([specs, order]) =>
    specs.map(
      (s, i): Column => ({
        id: `c${i}`,
        col: order[i] + 1,
        role: s.role as Column['role'],
        path: s.path,
        label: s.path.join('/') || `列${i}`,
        block: s.block,
        parent: s.parentOf !== undefined && s.parentOf < specs.length && s.parentOf !== i ? `c${s.parentOf}` : undefined,
      }),
    ),
  );

describe('column readings with fewer copies', () => {
  it('buildHeaderTree groups and orders as the copying reading did (property)', () => {
    fc.assert(
      fc.property(columns, (cols) => {
        expect(buildHeaderTree(cols)).toEqual(oldBuildHeaderTree(cols));
      }),
      { numRuns: 2000 },
    );
  });

  it('amountColumns sorts only out of order, with the same answer (property)', () => {
    fc.assert(
      fc.property(columns, fc.option(fc.integer({ min: 0, max: 1 }), { nil: undefined }), (cols, block) => {
        const table = { columns: cols } as unknown as Table;
        expect(amountColumns(table, block)).toEqual(oldAmountColumns(table, block));
      }),
      { numRuns: 2000 },
    );
  });

  it('headerIdentities, remembered by the header, answers as reading the header afresh, with the columns it is given (property)', () => {
    const changeWord = fc.constantFrom('合计', '基本支出', '项目支出', '小计', '上年预算数', '本年预算数', '比上年增减', '2023年决算数', '2024年决算数', '增减额', '上年结转');
    const keyed = fc
      .array(
        fc.record({
          path: fc.array(changeWord, { minLength: 1, maxLength: 2 }),
          key: fc.constantFrom(undefined, 'total', 'subtotal', 'basic', 'project'),
          measure: fc.constantFrom(undefined, 'budget', 'final'),
          parentOf: fc.option(fc.nat(6), { nil: undefined }),
        }),
        { maxLength: 7 },
      )
      .map((specs) =>
        specs.map(
          (s, i): Column => ({
            id: `c${i}`,
            col: i + 2,
            role: 'amount',
            key: s.key as Column['key'],
            measure: s.measure as Column['measure'],
            path: s.path,
            label: s.path.join('/'),
            block: 0,
            parent: s.parentOf !== undefined && s.parentOf < specs.length && s.parentOf !== i ? `c${s.parentOf}` : undefined,
          }),
        ),
      );
    /** The same header with one thing of one column changed: read first, it must not answer for the header itself. */
    const twin = (cols: Column[], at: number, what: number): Column[] =>
      cols.map((c, i) => {
        if (i !== at % cols.length) return { ...c };
        if (what === 0) return { ...c, key: c.key === 'total' ? undefined : 'total' };
        if (what === 1) return { ...c, measure: c.measure === 'final' ? 'budget' : 'final' };
        if (what === 2) return { ...c, parent: c.parent ? undefined : `c${(i + 1) % cols.length}` };
        if (what === 3) return { ...c, col: c.col + 20 };
        if (what === 4) return { ...c, id: `x${i}` };
        if (what === 7) return { ...c, path: ['合计', ...c.path] };
        const path = [...c.path.slice(0, -1), '比上年增减'];
        return what === 5 ? { ...c, path } : { ...c, label: path.join('/') };
      });
    fc.assert(
      fc.property(keyed, fc.nat(), fc.nat(7), (cols, at, what) => {
        if (cols.length) headerIdentities(twin(cols, at, what));
        const fresh = { ...columnIdentities(cols), change: changeIdentity(cols) };
        // Twice over copies (other objects, the same header): the second answer is the remembered one.
        for (const copy of [structuredClone(cols), structuredClone(cols)]) {
          const remembered = headerIdentities(copy);
          expect({ ...remembered, change: remembered.change }).toEqual(fresh);
          const own = new Set(copy);
          for (const id of [...remembered.identities, ...(remembered.change ? [remembered.change] : [])]) {
            expect(own.has(id.total) && id.parts.every((p) => own.has(p))).toBe(true);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
