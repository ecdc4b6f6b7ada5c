/**
 * Hardening of the engine's one entry point (issue 7): analyzeWorkbook never throws, never hangs and
 * never writes into the grids it is given, and every finding points at a cell that exists — on
 * arbitrary grids, on random budget workbooks laid out in the ways real publications vary, and on
 * the seed fixtures damaged the ways clerks damage them. The 情况说明 drafter never throws on random
 * tables and never prints NaN / undefined. Each property has a bounded number of runs; how fast the
 * engine is stays the business of `npm run bench`.
 * (Recognition alone has its own properties in recognize-property.test.ts.)
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeWorkbook, type Finding } from '../src/engine';
import type { Cell, Rect, SheetGrid, WorkbookGrids } from '../src/engine/grid/types';
import { MergeIndex } from '../src/engine/grid/sheet';
import { recognizeWorkbook } from '../src/engine/recognize';
import type { Table } from '../src/engine/recognize/types';
import { draftLines, draftNarrative, draftToMarkdown } from '../src/engine/narrative';
import { shareGroupSums } from './draft-helpers';
import { FIXTURES, SEED001_NARRATIVE, SEED001_TABLES, SEED003_NARRATIVE, SEED003_TABLES, toGrids, writeNarrativeSheet, writeTable, type TableSpec } from './fixtures';
import { rowAfter } from './fixtures/layout';
import { analysisProblems, anyCell, anyWorkbook, deepFreeze, findingProblems } from './hardening-helpers';

type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;

/** Analyzes a frozen workbook (so writing into the input throws) and returns its problems. */
function analyzeAndCheck(wb: WorkbookGrids): { problems: string[]; findings: number } {
  const analysis = analyzeWorkbook(deepFreeze(wb));
  return { problems: analysisProblems(wb, analysis), findings: analysis.findings.length };
}

describe('the checks themselves', () => {
  const wb: WorkbookGrids = { sheets: [{ name: '表1', rowCount: 10, colCount: 4, rows: [], merges: [] }] };
  const good: Finding = { rule: 'column-sum/total', kind: 'column-sum', severity: 'error', sheet: '表1', cell: 'D10', related: [{ sheet: '表1', cell: 'A1' }], expected: 5.92, actual: 5.9, message: '合计应为 5.92，实为 5.90（差 0.02）' };

  it('accept a finding on a cell of the workbook and flag every way one can point elsewhere', () => {
    expect(findingProblems(wb, [good])).toEqual([]);
    const bad: Partial<Finding>[] = [
      { sheet: '表2' },
      { cell: 'E10' },
      { cell: 'D11' },
      { cell: '$D$10' },
      { cell: 'd10' },
      { related: [{ sheet: '表1', cell: 'A11' }] },
      { related: [{ sheet: '', cell: 'A1' }] },
      { expected: NaN },
      { actual: Infinity },
      { message: '合计应为 undefined' },
      { message: '合计应为 Infinity，差 -Infinity' },
      { message: 'total is wrong' },
      { kind: 'sum' as Finding['kind'] },
    ];
    for (const b of bad) expect(findingProblems(wb, [{ ...good, ...b }]), JSON.stringify(b)).toHaveLength(1);
  });

  it('deepFreeze makes a write into the grid throw', () => {
    const sheet = deepFreeze({ name: 'S', rowCount: 1, colCount: 1, rows: [[{ value: 1, text: '1' }]], merges: [] } as SheetGrid);
    expect(() => {
      (sheet.rows[0] as (Cell | undefined)[])[0] = undefined;
    }).toThrow(TypeError);
  });
});

describe('found by fuzzing', () => {
  it('a merge past the last value column does not alias the first cells of the next row', () => {
    // Office.js reads the used range of values only, so merged titles often reach past colCount.
    const sheet: SheetGrid = { name: '表1', rowCount: 3, colCount: 2, rows: [], merges: [{ top: 0, left: 3, bottom: 0, right: 4 }] };
    const index = new MergeIndex(sheet);
    expect(index.at(1, 0)).toBeUndefined();
    expect(index.at(1, 1)).toBeUndefined();
    expect(index.at(0, 4)).toEqual(sheet.merges[0]);
    // …so recognition reads the same table whether or not colCount covers the merge.
    const rows: SheetGrid['rows'] = [
      [{ value: '项目支出表', text: '项目支出表' }],
      [{ value: '科目编码', text: '科目编码' }, { value: '科目名称', text: '科目名称' }],
      [{ value: '合计', text: '合计' }],
    ];
    const narrow = recognizeWorkbook({ sheets: [{ ...sheet, rows }] });
    const wide = recognizeWorkbook({ sheets: [{ ...sheet, rows, colCount: 5 }] });
    expect(narrow.map((t) => [t.kind, t.range, t.lines.length])).toEqual(wide.map((t) => [t.kind, t.range, t.lines.length]));
  });
});

describe('analyzeWorkbook on arbitrary grids (property)', () => {
  it('never throws, never writes into its input, and points every finding at a cell of the workbook', () => {
    let findings = 0;
    fc.assert(
      fc.property(anyWorkbook, (wb) => {
        const r = analyzeAndCheck(wb);
        expect(r.problems).toEqual([]);
        findings += r.findings;
      }),
      { numRuns: 150 },
    );
    // Random grids rarely make a whole table, but the catalog and narrative checks do raise findings on them.
    expect(findings).toBeGreaterThan(0);

  }, 120_000);

  it('handles the degenerate workbooks: no sheets, blank sheets, a sheet of one huge merge', () => {
    const blank = (name: string, rowCount = 0, colCount = 0): SheetGrid => ({ name, rowCount, colCount, rows: [], merges: [] });
    for (const wb of [
      { sheets: [] },
      { sheets: [blank('A'), blank('B', 3, 3)] },
      { sheets: [{ ...blank('C', 1_048_576, 16_384), merges: [{ top: 0, left: 0, bottom: 1_048_575, right: 16_383 }] }] },
      { sheets: [{ ...blank('D', 2, 2), rows: [[{ value: '合计', text: '合计' }, { value: 1, text: '1' }]], merges: [{ top: 5, left: 5, bottom: 1, right: 1 }] }] },
    ]) {
      const a = analyzeWorkbook(deepFreeze(wb));
      expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(analysisProblems(wb, a)).toEqual([]);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Random budget workbooks from the fixture builder: any subset of the seed tables, each on its own
// sheet or stacked on one, at an offset, with or without merged headers, title, department / unit
// line, caption and note, amounts as numbers or as text in 元, continued over a page break.

const SPECS: (() => TableSpec)[] = [...SEED001_TABLES, ...SEED003_TABLES];

interface Layout {
  spec: number;
  row: number;
  col: number;
  unmerged: boolean;
  noTitle: boolean;
  noMeta: boolean;
  noCaption: boolean;
  noNote: boolean;
  text: 0 | 1 | 10_000;
  repeatAt: number | null;
}

const layoutArb: fc.Arbitrary<Layout> = fc.record({
  spec: fc.nat(SPECS.length - 1),
  row: fc.nat(4),
  col: fc.nat(3),
  unmerged: fc.boolean(),
  noTitle: fc.boolean(),
  noMeta: fc.boolean(),
  noCaption: fc.boolean(),
  noNote: fc.boolean(),
  text: fc.constantFrom<0 | 1 | 10_000>(0, 0, 1, 10_000),
  repeatAt: fc.option(fc.nat(30), { nil: null }),
});

const workbookLayoutArb = fc.record({
  tables: fc.array(layoutArb, { minLength: 1, maxLength: 6 }),
  stacked: fc.boolean(),
  narrative: fc.constantFrom<'none' | '001' | '003'>('none', '001', '003'),
});

function buildRandomWorkbook(layout: ValueOf<typeof workbookLayoutArb>): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const stackSheet = layout.stacked ? wb.addWorksheet('预算公开表') : undefined;
  let cursor = 0;
  layout.tables.forEach((l, i) => {
    const spec = SPECS[l.spec]();
    const ws = stackSheet ?? wb.addWorksheet(`${spec.sheet}-${i + 1}`);
    spec.sheet = ws.name;
    spec.at = { row: (stackSheet ? cursor : 0) + l.row, col: l.col };
    if (l.unmerged) spec.unmergedHeader = true;
    if (l.noTitle) delete spec.title;
    if (l.noMeta) spec.meta = [];
    if (l.noCaption) delete spec.caption;
    if (l.noNote) delete spec.note;
    if (l.text) spec.textAmounts = { scale: l.text };
    if (l.repeatAt !== null && l.repeatAt > 0 && l.repeatAt < spec.body.length) {
      spec.repeatHeaderBefore = l.repeatAt;
      if (spec.title) spec.continuedTitle = `${spec.title}（续）`;
    }
    const written = writeTable(ws, spec);
    cursor = rowAfter(written, 2);
  });
  if (layout.narrative !== 'none') writeNarrativeSheet(wb, layout.narrative === '001' ? SEED001_NARRATIVE : SEED003_NARRATIVE);
  return wb;
}

describe('random budget workbooks (property)', () => {
  it('recognizes tables and points every finding at a cell of the workbook, whatever the layout', () => {
    let recognized = 0;
    let findings = 0;
    fc.assert(
      fc.property(workbookLayoutArb, (layout) => {
        const grids = toGrids(buildRandomWorkbook(layout), 'random.xlsx');
        const analysis = analyzeWorkbook(deepFreeze(grids));
        expect(analysisProblems(grids, analysis)).toEqual([]);
        recognized += analysis.tables.length;
        findings += analysis.findings.length;
        // Whatever the layout, the drafter writes a draft from what was recognized.
        const md = draftToMarkdown(draftNarrative(analysis.tables));
        expect(md).not.toMatch(/undefined|NaN|Infinity|\[object /);
      }),
      { numRuns: 40 },
    );
    // The generator does produce budget tables (and findings on them), not noise.
    expect(recognized).toBeGreaterThan(40);
    expect(findings).toBeGreaterThan(0);
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------
// The fixtures damaged the ways a clerk damages a sheet: a number changed, a cell blanked, a row or
// a column inserted, a header cell deleted, text typed into an amount cell, a row deleted.

const BASES = Object.entries(FIXTURES).map(([name, build]) => {
  const grids = toGrids(build().workbook, `${name}.xlsx`);
  return { name, grids, tables: recognizeWorkbook(grids) };
});

type Mutation =
  | { op: 'number'; pick: number; value: number }
  | { op: 'blank'; pick: number }
  | { op: 'text'; pick: number; text: string }
  | { op: 'header'; pick: number; unmerge: boolean }
  | { op: 'insert-row'; pick: number }
  | { op: 'insert-col'; pick: number }
  | { op: 'delete-row'; pick: number }
  | { op: 'cell'; pick: number; cell: Cell | undefined };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('number' as const), pick: fc.nat(), value: fc.oneof(fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100), fc.constantFrom(1e15, -1e15, -0, 0.005, 1e-9)) }),
  fc.record({ op: fc.constant('blank' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('text' as const), pick: fc.nat(), text: fc.constantFrom('一百万', '待填', 'XX', '1,2,3', '12.5万元', 'abc', '（空）', '#N/A', '-', '—', '  ', '5.92 ') }),
  fc.record({ op: fc.constant('header' as const), pick: fc.nat(), unmerge: fc.boolean() }),
  fc.record({ op: fc.constant('insert-row' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('insert-col' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('delete-row' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('cell' as const), pick: fc.nat(), cell: anyCell }),
);

function shiftMerges(merges: Rect[], at: number, axis: 'row' | 'col', by: 1 | -1): Rect[] {
  const [lo, hi] = axis === 'row' ? (['top', 'bottom'] as const) : (['left', 'right'] as const);
  const out: Rect[] = [];
  for (const m of merges) {
    const r = { ...m };
    if (by === -1 && r[lo] === at && r[hi] === at) continue; // a merge inside the deleted row goes with it
    if (r[lo] > at || (by === 1 && r[lo] === at)) r[lo] += by;
    if (r[hi] >= at) r[hi] += by;
    out.push(r);
  }
  return out;
}

/** Applies one mutation to a copy-on-write sheet; `tables` (of the unmutated sheet) aim it at amounts and headers. */
function mutate(sheet: SheetGrid, tables: Table[], m: Mutation): SheetGrid {
  // Array.from, not map: map skips the holes of a sparse rows array, and a hole would stay undefined.
  const rows = Array.from(sheet.rows, (r) => (r ? [...r] : []));
  let { merges, rowCount, colCount } = sheet;
  const amounts = tables.flatMap((t) => t.lines.flatMap((l) => Object.values(l.amounts).map((a) => ({ row: l.row, col: a.col }))));
  const headers = tables.flatMap((t) => {
    const h = t.headerRect;
    const cells: { row: number; col: number }[] = [];
    for (let r = h.top; r <= h.bottom; r++) for (let c = h.left; c <= h.right; c++) cells.push({ row: r, col: c });
    return cells;
  });
  const anyAt = (pick: number) => ({ row: pick % Math.max(rowCount, 1), col: Math.floor(pick / 7) % Math.max(colCount, 1) });
  const at = (list: { row: number; col: number }[], pick: number) => (list.length ? list[pick % list.length] : anyAt(pick));
  const set = (p: { row: number; col: number }, cell: Cell | undefined) => {
    rows[p.row] ??= [];
    rows[p.row][p.col] = cell;
    rowCount = Math.max(rowCount, p.row + 1);
    colCount = Math.max(colCount, p.col + 1);
  };
  switch (m.op) {
    case 'number':
      set(at(amounts, m.pick), { value: m.value, text: m.value.toFixed(2) });
      break;
    case 'blank':
      set(anyAt(m.pick), undefined);
      break;
    case 'text':
      set(at(amounts, m.pick), { value: m.text, text: m.text });
      break;
    case 'header': {
      const p = at(headers, m.pick);
      set(p, undefined);
      if (m.unmerge) merges = merges.filter((g) => !(g.top <= p.row && p.row <= g.bottom && g.left <= p.col && p.col <= g.right));
      break;
    }
    case 'insert-row': {
      const r = m.pick % (rowCount + 1);
      rows.splice(r, 0, []);
      merges = shiftMerges(merges, r, 'row', 1);
      rowCount++;
      break;
    }
    case 'insert-col': {
      const c = m.pick % (colCount + 1);
      for (const row of rows) if (row.length > c) row.splice(c, 0, undefined);
      merges = shiftMerges(merges, c, 'col', 1);
      colCount++;
      break;
    }
    case 'delete-row': {
      if (rowCount === 0) break;
      const r = m.pick % rowCount;
      rows.splice(r, 1);
      merges = shiftMerges(merges, r, 'row', -1).filter((g) => g.top <= g.bottom);
      rowCount--;
      break;
    }
    case 'cell':
      set(anyAt(m.pick), m.cell);
      break;
  }
  return { ...sheet, rows, merges, rowCount, colCount };
}

describe('mutated seed fixtures (property)', () => {
  it('every fixture, damaged by up to eight edits, analyzes without throwing and with findings on real cells', () => {
    let count = 0;
    fc.assert(
      fc.property(fc.nat(BASES.length - 1), fc.nat(), fc.array(mutationArb, { minLength: 1, maxLength: 8 }), (b, sheetPick, mutations) => {
        const base = BASES[b];
        const index = sheetPick % base.grids.sheets.length;
        const original = base.grids.sheets[index];
        const own = base.tables.filter((t) => t.sheet === original.name);
        let sheet = original;
        for (const m of mutations) sheet = mutate(sheet, own, m);
        const sheets = base.grids.sheets.map((s, i) => (i === index ? sheet : s));
        const wb: WorkbookGrids = { name: base.grids.name, sheets };
        const a = analyzeWorkbook(wb);
        expect(findingProblems(wb, a.findings)).toEqual([]);
        count += a.findings.length;
      }),
      { numRuns: 120 },
    );
    expect(count).toBeGreaterThan(60); // the damage is found, so the locations above were really checked
  }, 120_000);

  it('inserting a row above a table moves its findings down by one row and changes nothing else', () => {
    // A real damage check with a known answer: seed 003's tables carry the seed's own errors.
    const base = BASES.find((x) => x.name === 'seed003')!;
    const before = analyzeWorkbook(base.grids).findings;
    expect(before.length).toBeGreaterThan(0);
    const sheetName = before[0].sheet;
    const index = base.grids.sheets.findIndex((s) => s.name === sheetName);
    const shifted = mutate(base.grids.sheets[index], [], { op: 'insert-row', pick: 0 });
    const after = analyzeWorkbook({ ...base.grids, sheets: base.grids.sheets.map((s, i) => (i === index ? shifted : s)) }).findings;
    const down = (sheet: string, cell: string) => {
      if (sheet !== sheetName) return `${sheet}!${cell}`;
      const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
      return `${sheet}!${m[1]}${Number(m[2]) + 1}`;
    };
    const key = (f: (typeof before)[number], move: boolean) =>
      `${f.rule}|${move ? down(f.sheet, f.cell) : `${f.sheet}!${f.cell}`}|${f.related.map((r) => (move ? down(r.sheet, r.cell) : `${r.sheet}!${r.cell}`)).join(',')}|${f.expected}|${f.actual}`;
    expect(after.map((f) => key(f, false)).sort()).toEqual(before.map((f) => key(f, true)).sort());
  });
});

// ---------------------------------------------------------------------------------------------
// The drafter on random tables: real recognized tables whose figures, keys, units, kinds and lines
// are scrambled, with and without prior-year tables.

const REAL_TABLES = BASES.flatMap((b) => b.tables);

const tableEditArb = fc.record({
  values: fc.array(fc.oneof(fc.constant(null), fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100), fc.constantFrom(0, -0, 1e15, -1e15, 0.001)), { minLength: 1, maxLength: 30 }),
  dropLines: fc.array(fc.nat(), { maxLength: 10 }),
  dropKeys: fc.boolean(),
  unit: fc.constantFrom<Table['unit']>('元', '千元', '万元', '亿元'),
  kindFrom: fc.nat(),
  year: fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: undefined }),
  department: fc.option(fc.constantFrom('', '某局', '<b>局</b>', '局'.repeat(300)), { nil: undefined }),
});

function scramble(t: Table, e: ValueOf<typeof tableEditArb>, n: number): Table {
  const drop = new Set(e.dropLines.map((d) => d % Math.max(t.lines.length, 1)));
  let k = n;
  const lines = t.lines
    .filter((_, i) => !drop.has(i))
    .map((l) => ({
      ...l,
      key: e.dropKeys ? undefined : l.key,
      amounts: Object.fromEntries(Object.entries(l.amounts).map(([id, a]) => [id, { ...a, value: e.values[k++ % e.values.length] }])),
    }));
  return { ...t, lines, unit: e.unit, kind: REAL_TABLES[e.kindFrom % REAL_TABLES.length].kind, year: e.year ?? t.year, department: e.department ?? t.department };
}

describe('draftNarrative on random tables (property)', () => {
  it('never throws and never writes NaN, undefined or Infinity into the draft', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(REAL_TABLES.length - 1), tableEditArb), { minLength: 0, maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(REAL_TABLES.length - 1), tableEditArb), { maxLength: 4 }),
        fc.boolean(),
        (current, prior, withPrior) => {
          const tables = current.map(([i, e], n) => scramble(REAL_TABLES[i], e, n));
          const priorTables = prior.map(([i, e], n) => scramble(REAL_TABLES[i], e, n));
          const draft = draftNarrative(tables, withPrior ? { prior: priorTables } : {});
          const text = draftLines(draft)
            .map((l) => l.text)
            .join('\n');
          expect(text).not.toMatch(/undefined|NaN|Infinity|\[object /);
          // Every group of shares adds up to exactly 100.00%, whatever the tables hold.
          for (const l of draftLines(draft)) {
            const sums = shareGroupSums(l.spans);
            expect(sums).toEqual(sums.map(() => 10_000));
          }
          expect(typeof draftToMarkdown(draft)).toBe('string');
        },
      ),
      { numRuns: 200 },
    );
  }, 120_000);
});
