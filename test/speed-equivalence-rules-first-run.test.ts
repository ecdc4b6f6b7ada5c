/**
 * Issue 17, recognition and rules on many small tables (twenty-third look): each shortcut answers as the code it
 * replaced — the old readings kept here as oracles, compared over every table of the corpus workbooks and over
 * tables and labels made by fast-check.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { recognizeWorkbook } from '../src/engine/recognize';
import type { Line, Table } from '../src/engine/recognize/types';
import { workbookToGrids } from '../src/xlsx/grids';
import { loadXlsx } from '../src/xlsx/load';
import { rateLinesOf } from '../src/engine/rules/change-rate-row';
import { namesRateLine, yearsNamed } from '../src/engine/recognize/lexicon';
import { figureLines } from '../src/engine/model/tables';
import { buildCodeTree, rememberedCodeTree } from '../src/engine/rules/hierarchy-sum';
import { amountCells, isSubHeadOnTotalLine } from '../src/engine/rules/plausibility';
import { plainAmountCells } from '../src/engine/recognize/plain-figures';
import { namesBalance, namesChange, SENTENCE_PUNCTUATION } from '../src/engine/recognize/lexicon';
import { toGrids } from './fixtures';
import { budgetModelArb, buildBudgetWorkbook } from './fixtures/random-budget';
import type { WorkbookGrids } from '../src/engine/grid/types';
import { linesAgreeExactly, operand, RuleContext } from '../src/engine/rules/context';
import { ref, reportMissingCell, reportMissingLine } from '../src/engine/rules/figures';
import type { Column } from '../src/engine/recognize/types';
import { nameKey } from '../src/engine/catalog/names';
import { isChineseCharCode, toHalfWidth } from '../src/engine/grid/text';
import { OF_WHICH } from '../src/engine/recognize/lexicon';

const DIR = join(__dirname, 'corpus', 'tables', 'workbooks');

let corpusTables: Table[] = [];
beforeAll(async () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.xlsx'))) {
    corpusTables = corpusTables.concat(recognizeWorkbook(workbookToGrids(await loadXlsx(readFileSync(join(DIR, file))), file)));
  }
}, 120_000);

// ---- the readings before the shortcuts (oracles) ----

const OLD_YEAR_LINE = /^(\d{4})年度?(预算数?|决算数?|执行数)?$/;

function oldRateLinesOf(table: Table): { prior: Line; current: Line; rate: Line } | undefined {
  const lines = figureLines(table);
  const years: { line: Line; year: number }[] = [];
  const rates: Line[] = [];
  for (const line of lines) {
    const label = line.label.replace(/\s+/g, '');
    const m = OLD_YEAR_LINE.exec(label);
    if (m) years.push({ line, year: Number(m[1]) });
    else if (namesRateLine(label)) rates.push(line);
  }
  if (years.length !== 2 || rates.length !== 1 || years[0].year === years[1].year) return undefined;
  const [prior, current] = years[0].year < years[1].year ? years : [years[1], years[0]];
  const named = yearsNamed(rates[0].label);
  if (named.some((y) => y !== prior.year && y !== current.year)) return undefined;
  return { prior: prior.line, current: current.line, rate: rates[0] };
}

/** Labels of tables turned on their side, and of ordinary lines. */
const rowLabel = fc.oneof(
  fc.constantFrom('2015年', '2016年', '2016 年度', '2017年决算数', '2016年预算', '2016年比2015年增减%', '增长率', '增减（%）', '比上年增长', '占比%', '合计', '一般公共服务支出', ' 2015年 ', '2018年执行数', '同比增幅', ''),
  fc.string({ maxLength: 10 }),
);

function tableOf(labels: string[]): Table {
  const lines = labels.map((label, row) => ({ row, block: 0, role: 'data', label, amounts: {} }) as unknown as Line);
  return { sheet: '表', lines, columns: [], blocks: [] } as unknown as Table;
}

describe('the rate lines of a table turned on its side', () => {
  it('are found on every corpus table as the old reading found them', () => {
    expect(corpusTables.length).toBeGreaterThan(50);
    for (const table of corpusTables) expect(rateLinesOf(table)).toEqual(oldRateLinesOf(table));
  });
  it('are found as the old reading found them, labels read again from memory (property)', () => {
    fc.assert(
      fc.property(fc.array(rowLabel, { maxLength: 8 }), (labels) => {
        const table = tableOf(labels);
        const again = tableOf(labels);
        expect(rateLinesOf(table)).toEqual(oldRateLinesOf(table));
        expect(rateLinesOf(again)).toEqual(oldRateLinesOf(again));
      }),
    );
  });
});

describe('a line the other table lacks', () => {
  const column: Column = { id: 'c2', col: 2, role: 'amount', key: 'total', path: ['合计'], label: '合计', block: 0 };
  const cell = fc.option(
    fc.record({
      value: fc.option(fc.constantFrom(0, -0, 1.5, -3, 120.25, 1e9), { nil: null }),
      decimals: fc.integer({ min: 0, max: 4 }),
      problem: fc.option(fc.constantFrom('error', 'text', 'implausible' as const), { nil: undefined }),
    }),
    { nil: undefined },
  );
  const code = fc.constantFrom(undefined, '201', '20101', '2010101', '205', '2050201');
  it('is reported by reportMissingCell as reportMissingLine reported its reference (property)', () => {
    fc.assert(
      fc.property(cell, code, fc.array(code, { maxLength: 4 }), (a, lineCode, otherCodes) => {
        const line = { row: 3, block: 0, role: 'data', label: '行', code: lineCode, amounts: a ? { c2: { column: 'c2', col: 2, text: String(a.value), ...a } } : {} } as unknown as Line;
        const table = { sheet: '表1', kind: 'general-budget-expense', unit: '万元', range: 'A1:C9', lines: [line], columns: [column] } as unknown as Table;
        const other = { sheet: '表2', kind: 'expense-summary', unit: '万元', range: 'A1:C9', lines: otherCodes.map((c, row) => ({ row, block: 0, role: 'data', label: '行', code: c, amounts: {} })), columns: [column] } as unknown as Table;
        const before = new RuleContext([table, other], {});
        const after = new RuleContext([table, other], {});
        reportMissingLine(before, 'cross-table/summary-expense', ref(table, line, column), other);
        reportMissingCell(after, 'cross-table/summary-expense', table, line, column, other);
        expect(after.findings).toEqual(before.findings);
      }),
    );
  });
});

// The name key before its scan was written out (catalog/names).
const OLD_BRACKETS: Record<string, string> = { '【': '(', '】': ')', '[': '(', ']': ')', '〔': '(', '〕': ')', '﹙': '(', '﹚': ')' };
function oldNameKey(name: string): string {
  const mayChange = (() => {
    const first = name.charCodeAt(0);
    if (first === 0x2d || first === 0x5176) return true;
    for (let i = 0; i < name.length; i++) {
      const c = name.charCodeAt(i);
      if (isChineseCharCode(c)) continue;
      if (c >= 0x80 || c <= 0x20 || c === 0x22 || c === 0x27 || c === 0x5b || c === 0x5d) return true;
    }
    return false;
  })();
  if (!mayChange) return name;
  const half = toHalfWidth(name);
  if (!/[\s\u00a0\u200b【】[\]〔〕﹙﹚“”"'‘’]|^[-—–·•]/.test(half) && !OF_WHICH.test(half)) return half;
  return half
    .replace(/[\s\u00a0\u200b]+/g, '')
    .replace(/[【】[\]〔〕﹙﹚]/g, (ch) => OLD_BRACKETS[ch] ?? ch)
    .replace(OF_WHICH, '')
    .replace(/^[-—–·•]+/, '')
    .replace(/[“”"'‘’]/g, '');
}

describe('a 科目名称 as a key', () => {
  const nameChar = fc.constantFrom('一', '般', '公', '共', '服', '务', '支', '出', '其', '中', '：', ':', ' ', '\u3000', '（', '）', '(', ')', '【', '】', '[', ']', '-', '—', '"', '“', 'a', '1', '\u4e00', '\u9fff', '\u9fa5', '\ua000', '\u4dff');
  it('is the old key for names of template characters and any text (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(nameChar, { maxLength: 12 }).map((xs) => xs.join('')), fc.string({ maxLength: 12 })), (name) => {
        expect(nameKey(name)).toBe(oldNameKey(name));
      }),
      { numRuns: 3000 },
    );
  });
  it('is the old key for every line label of the corpus tables', () => {
    for (const table of corpusTables) for (const line of table.lines) expect(nameKey(line.label)).toBe(oldNameKey(line.label));
  });
});

describe('a 收支总表 line that agrees exactly with its parts', () => {
  const column: Column = { id: 'c2', col: 2, role: 'amount', key: 'total', path: ['合计'], label: '合计', block: 0 };
  const amount = fc.option(
    fc.record({
      value: fc.option(fc.oneof(fc.constantFrom(0, -0, 0.1, 0.2, 0.3, 100, 1e9), fc.double({ noNaN: true, min: -1e7, max: 1e7 }), fc.integer({ min: -1000, max: 1000 }).map((n) => n / 100)), { nil: null }),
      decimals: fc.integer({ min: 0, max: 4 }),
      problem: fc.option(fc.constantFrom('error', 'text' as const), { nil: undefined }),
    }),
    { nil: undefined },
  );
  const lineOf = (a: unknown, row: number) => ({ row, block: 0, role: 'data', label: `行${row}`, amounts: a ? { c2: { column: 'c2', col: 2, text: '', ...(a as object) } } : {} }) as unknown as Line;
  it('is one RuleContext.compare finds equal, so checkSum would report and keep nothing on a first run (property)', () => {
    fc.assert(
      fc.property(amount, fc.array(amount, { minLength: 1, maxLength: 5 }), fc.constantFrom('万元', '元'), (t, ps, unit) => {
        const total = lineOf(t, 0);
        const parts = ps.map((p, i) => lineOf(p, i + 1));
        const table = { sheet: '表1', unit, lines: [total, ...parts], columns: [column] } as unknown as Table;
        const ctx = new RuleContext([table], {});
        ctx.keepsHeld = false; // a first run (rules/index)
        expect(ctx.countsAgreementAlone).toBe(true);
        if (!linesAgreeExactly(total, parts, column, table.unit)) return;
        const c = ctx.compare(
          operand(table, total, column),
          parts.map((p) => operand(table, p, column)),
        );
        expect(c?.verdict).toBe('ok');
      }),
      { numRuns: 3000 },
    );
  });
  it('is found where the parts add up to the total (a property that can fail)', () => {
    const total = lineOf({ value: 3, decimals: 0 }, 0);
    const parts = [lineOf({ value: 1, decimals: 0 }, 1), lineOf({ value: 2, decimals: 0 }, 2)];
    expect(linesAgreeExactly(total, parts, column, '万元')).toBe(true);
    expect(linesAgreeExactly(total, parts.slice(1), column, '万元')).toBe(false);
    expect(linesAgreeExactly(lineOf(undefined, 0), [lineOf(undefined, 1)], column, '万元')).toBe(false);
  });
});


describe('a block\'s code tree remembered by its printed codes', () => {
  const codeOf = fc.constantFrom(undefined, '201', '20101', '2010101', '2010102', '202', '20201', ' 201', '201a', '2O1', '30101', '12');
  const lineArb = fc.record({ code: codeOf, project: fc.constantFrom(undefined, '', '某项目'), role: fc.constantFrom('data', 'total', 'grand-total', 'subtotal') });
  const linesOf = (xs: { code?: string; project?: string; role: string }[]) =>
    xs.map((x, row) => ({ row, block: 0, role: x.role, label: row === 0 ? '合计' : `行${row}`, amounts: {}, code: x.code, project: x.project }) as unknown as Line);
  it('is the tree built afresh, block after block of the same count and first label (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(lineArb, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 6 }), (blocks) => {
        for (const b of blocks) {
          const lines = linesOf(b);
          expect(rememberedCodeTree(lines)).toEqual(buildCodeTree(lines));
        }
      }),
      { numRuns: 2000 },
    );
  });
  it('is the tree built afresh for every block of the corpus tables', () => {
    for (const table of corpusTables) {
      for (const block of table.blocks) {
        const lines = figureLines(table, block.index);
        expect(rememberedCodeTree(lines)).toEqual(buildCodeTree(lines));
      }
    }
  });
});

// Plausibility's reading of every amount cell before recognition told the plain tables (rules/plausibility).
function oldAmountCells(table: Table, emit: (f: unknown) => void): number {
  const mayBeNegative = (label: string) => namesChange(label) || namesBalance(label);
  const isWrittenRemark = (text: string) => SENTENCE_PUNCTUATION.test(text) && (text.match(/\p{Script=Han}/gu)?.length ?? 0) >= 4;
  let n = 0;
  const unreadable: unknown[] = [];
  const negative: unknown[] = [];
  const yuan = table.unit === '元';
  let manyDecimals = 0;
  let first: unknown;
  const byId = new Map(table.columns.filter((c) => c.role === 'amount').map((c) => [c.id, c]));
  for (const line of table.lines) {
    if (line.role === 'blank' || line.role === 'column-number') continue;
    for (const id in line.amounts) {
      const column = byId.get(id);
      if (column === undefined) continue;
      n++;
      const a = line.amounts[id];
      if (a.problem && !(a.problem === 'text' && (isWrittenRemark(a.text) || isSubHeadOnTotalLine(table, line, column, a.text)))) unreadable.push([line.row, id, a.problem]);
      if (a.value === null) continue;
      if (a.value < 0 && !mayBeNegative(column.label) && !mayBeNegative(line.label)) negative.push([line.row, id]);
      if (yuan && a.decimals >= 3) {
        manyDecimals++;
        first ??= [line.row, id];
      }
    }
  }
  for (const u of unreadable) emit(['unreadable', u]);
  for (const x of negative) emit(['negative', x]);
  if (first) emit(['decimals', manyDecimals, first]);
  return n;
}

/** Emitted findings reduced to what the old reading's oracle records: the rule and the cell. */
function newCells(table: Table): { n: number; found: string[] } {
  const found: string[] = [];
  const n = amountCells(table, (f) => found.push(`${f.rule} ${f.cell}`));
  return { n, found };
}

function oldCells(table: Table): { n: number; reported: number } {
  let reported = 0;
  const n = oldAmountCells(table, () => reported++);
  return { n, reported };
}

function checkTables(tables: Table[]): number {
  let plain = 0;
  for (const table of tables) {
    const now = newCells(table);
    const before = oldCells(table);
    expect(now.n, table.id).toBe(before.n);
    expect(now.found.length, table.id).toBe(before.reported);
    if (plainAmountCells(table) !== undefined) plain++;
  }
  return plain;
}

/** A copy of the grids with one cell replaced. */
function withCell(grids: WorkbookGrids, sheet: number, row: number, col: number, cell: { value: unknown; text: string }): WorkbookGrids {
  return {
    ...grids,
    sheets: grids.sheets.map((s, i) => (i !== sheet ? s : { ...s, rows: s.rows.map((r, ri) => (ri !== row || !r ? r : r.map((c, ci) => (ci === col ? (cell as never) : c)))) })),
  };
}

describe('the amount cells plausibility counts and reports', () => {
  it('are those of the old reading on every corpus table (most of them plain)', () => {
    expect(checkTables(corpusTables)).toBeGreaterThan(20);
  });
  it('are those of the old reading on random budgets, one cell made negative, unreadable, 3 decimals or blank (property)', () => {
    const odd = fc.constantFrom(
      { value: -12.5, text: '-12.50' },
      { value: 1.2345, text: '1.2345' },
      { value: '#REF!', text: '#REF!' },
      { value: null, text: '见说明' },
      { value: null, text: '   ' },
      { value: 0, text: '0' },
      { value: 1e15, text: '1000000000000000' },
    );
    fc.assert(
      fc.property(budgetModelArb, fc.nat(), fc.nat(), fc.nat(), odd, (model, s, r, c, cell) => {
        const grids = toGrids(buildBudgetWorkbook(model).workbook);
        const sheet = s % grids.sheets.length;
        const rows = grids.sheets[sheet].rows;
        const row = r % Math.max(rows.length, 1);
        const width = rows[row]?.length ?? 0;
        const changed = width ? withCell(grids, sheet, row, c % width, cell) : grids;
        checkTables(recognizeWorkbook(grids));
        checkTables(recognizeWorkbook(changed));
      }),
      { numRuns: 40 },
    );
  });
});
