/**
 * Shared checks of the hardening tests: what any correct analysis of any workbook must satisfy,
 * whatever rules exist and however many findings they raise.
 */
import fc from 'fast-check';
import { parseA1 } from '../src/engine/grid/a1';
import type { Cell, Rect, SheetGrid, WorkbookGrids } from '../src/engine/grid/types';
import type { Analysis, Finding } from '../src/engine';

const KINDS = new Set(['hierarchy-sum', 'column-sum', 'balance', 'cross-table', 'code-name', 'unknown-code', 'blank-name', 'narrative', 'plausibility']);
const SEVERITIES = new Set(['error', 'warning', 'info']);

/** Why `sheet!cell` is not a cell of the workbook, or undefined when it is. */
function locationProblem(wb: WorkbookGrids, sheet: string, cell: string): string | undefined {
  const grid = wb.sheets.find((s) => s.name === sheet);
  if (!grid) return `no sheet “${sheet}”`;
  const at = typeof cell === 'string' && /^[A-Z]{1,3}[1-9]\d{0,6}$/.test(cell) ? parseA1(cell) : undefined;
  if (!at) return `“${cell}” is not a plain A1 address`;
  if (at.row > 1_048_575 || at.col > 16_383) return `${cell} is beyond Excel's last cell`;
  const { rows, cols } = sheetBounds(grid);
  if (at.row >= rows || at.col >= cols) return `${cell} is outside the sheet's ${rows}×${cols} used area`;
  return undefined;
}

/**
 * The area a finding may point into: the used area, widened by merged areas (Office.js reads the
 * used range of values only, so a title merged wider than the values reaches past colCount), and
 * at least A1 (a finding about a whole sheet may point at A1 even when the sheet is blank).
 */
export function sheetBounds(grid: SheetGrid): { rows: number; cols: number } {
  let rows = Math.max(grid.rowCount, 1);
  let cols = Math.max(grid.colCount, 1);
  for (const m of grid.merges) {
    if (m.top < 0 || m.left < 0 || m.bottom < m.top || m.right < m.left) continue;
    rows = Math.max(rows, m.bottom + 1);
    cols = Math.max(cols, m.right + 1);
  }
  return { rows, cols };
}

/** Every way the findings break the Finding contract (docs/design.md §5) or point outside the workbook. */
export function findingProblems(wb: WorkbookGrids, findings: readonly Finding[]): string[] {
  const problems: string[] = [];
  for (const f of findings) {
    const where = `${f.rule} at ${f.sheet}!${f.cell}`;
    const p = locationProblem(wb, f.sheet, f.cell);
    if (p) problems.push(`${where}: ${p}`);
    if (!Array.isArray(f.related)) problems.push(`${where}: related is not an array`);
    else {
      for (const r of f.related) {
        const q = locationProblem(wb, r.sheet, r.cell);
        if (q) problems.push(`${where}: related ${r.sheet}!${r.cell}: ${q}`);
      }
    }
    if (!KINDS.has(f.kind)) problems.push(`${where}: kind “${f.kind}”`);
    if (!SEVERITIES.has(f.severity)) problems.push(`${where}: severity “${f.severity}”`);
    if (typeof f.rule !== 'string' || !/^[a-z0-9-]+(\/[a-z0-9.:-]+)*$/.test(f.rule)) problems.push(`${where}: rule id`);
    for (const k of ['expected', 'actual'] as const) {
      const v = f[k];
      if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v))) problems.push(`${where}: ${k} = ${String(v)}`);
    }
    if (typeof f.message !== 'string' || !/[\u4e00-\u9fff]/.test(f.message)) problems.push(`${where}: message without Chinese text`);
    else if (/undefined|\[object |NaN(?![A-Za-z])|Infinity/.test(f.message)) problems.push(`${where}: message “${f.message}”`);
  }
  return problems;
}

/** Problems of the coverage ledger and of the tables' own ranges. */
export function analysisProblems(wb: WorkbookGrids, a: Analysis): string[] {
  const problems = findingProblems(wb, a.findings);
  for (const c of a.checks) {
    if (!['passed', 'failed', 'not-run'].includes(c.status)) problems.push(`check ${c.rule}: status ${c.status}`);
  }
  for (const t of a.tables) {
    const sheet = wb.sheets.find((s) => s.name === t.sheet);
    if (!sheet) {
      problems.push(`table ${t.id}: no sheet “${t.sheet}”`);
      continue;
    }
    const { rows, cols } = sheetBounds(sheet);
    if (t.rect.top < 0 || t.rect.left < 0 || t.rect.bottom >= rows || t.rect.right >= cols) {
      problems.push(`table ${t.id}: range ${t.range} outside the sheet's ${rows}×${cols}`);
    }
  }
  return problems;
}

/** Freezes a value and everything under it, so an engine that writes into its input throws. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Arbitrary cells and sheets, wider than recognition's own property test: every shape a cell can
// take in the grid type, including ones no adapter produces (NaN, ±Infinity, −0).

/** Header, code, item and note words that steer recognition and the rules into their branches. */
export const BUDGET_WORDS = [
  '科目编码', '科目名称', '功能分类科目编码', '类', '款', '项', '合计', '合 计', '总计', '小计', '基本支出', '项目支出',
  '人员经费', '公用经费', '本年收入', '上年结转', '上年结转结余', '年终结转结余', '收入总计', '支出总计', '本年收入合计',
  '本年支出合计', '一般公共预算拨款收入', '政府性基金预算拨款收入', '财政拨款', '一般公共预算', '预算数', '决算数',
  '年初预算数', '栏次', '行次', '项目', '项目名称', '金额', '因公出国（境）费', '公务用车购置及运行维护费', '购置费',
  '运行维护费', '公务接待费', '“三公”经费合计', '部门收支总表', '部门收入总表', '部门支出总表', '财政拨款收支总表',
  '一般公共预算支出表', '一般公共预算基本支出表', '项目支出表', '“三公”经费支出表', '上年结转结余情况表',
  '单位：万元', '单位：元', '金额单位：万元', '预算年度：2025', '编制部门：某局', '2025年部门预算', '注：本表无数据，空表列示。',
  '206', '20601', '2060101', '208', '20805', '2080505', '221', '2210201', '301', '30101', '30108', '30113', '302', '30201',
  '201 一般公共服务支出', '科学技术支出', '行政运行', '一、一般公共预算拨款收入', '二、政府性基金预算拨款收入',
  '收入预算 225.47 万元，比上年增加 12.30 万元，增长 5.77%。', '其中：基本支出 145.07 万元，占 64.34%；项目支出 80.40 万元。',
  '“三公”经费预算 3.20 万元，其中：公务接待费 1.20 万元，公务用车运行维护费 2.00 万元。', 'XX万元', '××', '待填',
];

const TEXT_NUMBERS = ['1,234.50', '１２３．４５', '(12.00)', '-', '—', '－', '1e5', ' 12 ', '12.345.6', '5.92万元', '0.00', '-0', '1 234', '¥100', '100%', '12,', '.5'];
const ERRORS = ['#REF!', '#VALUE!', '#DIV/0!', '#N/A', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!'];
const CONTROL = ['\u0000', '\t', '\r\n', '\n合计', '\u200b', '\ufeff206', '\u202e合计', '\u3000\u3000', '\ud800', '合\u0007计'];

/** A number cell; NaN and ±Infinity (which no adapter produces) are shown as Excel shows a bad number. */
function numberCell(n: number): Cell {
  return { value: n, text: Number.isFinite(n) ? n.toFixed(2) : '#NUM!' };
}

export const anyCell: fc.Arbitrary<Cell | undefined> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 4, arbitrary: fc.constantFrom(...BUDGET_WORDS).map((w): Cell => ({ value: w, text: w })) },
  { weight: 3, arbitrary: fc.integer({ min: -2_000_000, max: 99_999_999 }).map((n) => numberCell(n / 100)) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(1e15, -1e15, 999_999_999_999_999.9, 1e-12, -0, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, 1e308, NaN, Infinity, -Infinity)
      .map(numberCell),
  },
  { weight: 1, arbitrary: fc.double({ noDefaultInfinity: false }).map(numberCell) },
  { weight: 2, arbitrary: fc.constantFrom(...TEXT_NUMBERS).map((t): Cell => ({ value: t, text: t })) },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS).map((e): Cell => ({ value: { error: e }, text: e })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('SUM(C5:C9)', 'C4+D4', 'A1', '1/0', 'Sheet2!B3*2', '"合计"'), fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant('合计'), fc.constant({ error: '#REF!' })))
      .map(([formula, v]): Cell => ({ value: v, text: typeof v === 'object' ? v.error : String(v), formula })),
  },
  { weight: 1, arbitrary: fc.constantFrom(...CONTROL).map((t): Cell => ({ value: t, text: t })) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom('合计', '科目编码', '2060101', '一', 'a'), fc.integer({ min: 1000, max: 20_000 })).map(([w, n]): Cell => {
      const s = w.repeat(Math.ceil(n / w.length)).slice(0, n);
      return { value: s, text: s };
    }),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 16, unit: 'binary' }).map((s): Cell => ({ value: s, text: s })) },
  { weight: 1, arbitrary: fc.boolean().map((b): Cell => ({ value: b, text: b ? 'TRUE' : 'FALSE' })) },
  { weight: 1, arbitrary: fc.constant<Cell>({ value: null, text: '' }) },
  // text and value that disagree, as a custom number format shows them
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 99_999 }).map((n): Cell => ({ value: n / 100, text: '***' })) },
);

/** Merged areas: ordinary, overlapping, inverted (bottom above top), and reaching past the sheet. */
const anyMerge: fc.Arbitrary<Rect> = fc
  .record({ top: fc.integer({ min: -2, max: 45 }), left: fc.integer({ min: -1, max: 14 }), h: fc.integer({ min: -2, max: 6 }), w: fc.integer({ min: -2, max: 8 }) })
  .map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w }));

const SHEET_NAMES = ['表1', '表 2', '收支总表', '情况说明', "O'Brien", 'Sheet1', '支出（续）', '一般公共预算支出表-2025', 'x'];

export function anySheet(name: fc.Arbitrary<string> = fc.constantFrom(...SHEET_NAMES)): fc.Arbitrary<SheetGrid> {
  return fc
    .record({
      name,
      rows: fc.array(fc.array(anyCell, { maxLength: 12 }), { maxLength: 40 }),
      merges: fc.array(anyMerge, { maxLength: 10 }),
      protected: fc.boolean(),
    })
    .map(({ name: n, rows, merges, protected: p }) => ({
      name: n,
      rowCount: rows.length,
      colCount: Math.max(0, ...rows.map((r) => r.length)),
      rows,
      merges,
      protected: p,
    }));
}

/** A workbook of 1–4 arbitrary sheets with distinct names. */
export const anyWorkbook: fc.Arbitrary<WorkbookGrids> = fc
  .uniqueArray(anySheet(), { minLength: 1, maxLength: 4, selector: (s) => s.name })
  .map((sheets) => ({ name: 'fuzz.xlsx', sheets }));
