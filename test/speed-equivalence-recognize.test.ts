/**
 * Issue 17, recognition: the readers rewritten for speed answer as the readings they replaced (the
 * old code kept here as the oracle). Random budgets (test/fixtures/random-budget.ts) with body cells
 * overwritten by what clerks type — codes with names, 合计 in a code cell, figures as text, dashes,
 * error values, units — are recognized, and every line the body reader produced is read again by
 * the old reader and compared as JSON (key order included: digests of tables are compared), after
 * amounts beyond any budget are set aside as they were, in every table afterwards.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Cell, SheetGrid } from '../src/engine/grid/types';
import { amountValueOf, parseAmountCell } from '../src/engine/grid/numbers';
import { labelMayChange, normalizeLabel } from '../src/engine/grid/text';
import { beyondAnyBudget } from '../src/engine/grid/units';
import { cellHasContent, textOfCell } from '../src/engine/grid/sheet';
import { recognizeSheet, type AmountValue, type Block, type Column, type Line, type LineRole } from '../src/engine/recognize';
import { codeFromLabel, joinSplitCode, parseCode, splitCodeAndName, type ParsedCode } from '../src/engine/recognize/codes';
import { columnKeyOf, isMeasureLabel, isNote, summaryRoleOf } from '../src/engine/recognize/lexicon';
import { regionAround } from '../src/engine/recognize/side-by-side';
import { SheetView } from '../src/engine/recognize/view';
import { budgetModelArb, buildBudgetWorkbook } from './fixtures/random-budget';
import { toGrids } from './fixtures';

// ---- the readings before the rewrite (oracles) ----

const oldSummaryRoleOf = (key: string) => (/^合计$|合计$/.test(key) ? 'total' : /^总计$|总计$/.test(key) ? 'grand-total' : /小计/.test(key) ? 'subtotal' : undefined);
const oldIsNote = (key: string) => /^(注|备注|说明|注释)\d*[:：]/.test(key);

const OLD_ECONOMIC_COLUMNS: [RegExp, string][] = [
  [/^工资福利支出$/, 'econ:301'],
  [/^商品和服务支出$/, 'econ:302'],
  [/^对个人和家庭的补助(支出)?$/, 'econ:303'],
  [/^债务利息及费用支出$/, 'econ:307'],
  [/^资本性支出\(基本建设\)$|^资本性支出（基本建设）$/, 'econ:309'],
  [/^资本性支出$/, 'econ:310'],
  [/^对企业补助\(基本建设\)$|^对企业补助（基本建设）$/, 'econ:311'],
  [/^对企业补助$/, 'econ:312'],
  [/^对社会保障基金补助$/, 'econ:313'],
  [/^其他支出$/, 'econ:399'],
];
const OLD_MEASURE_LABEL = /^(预算数|金额|决算数|年初预算数|调整预算数|全年预算数|上年预算数|本年预算数|上年决算数|预算金额|决算金额|执行数)$/;

/** columnKeyOf before: the 经济分类 patterns, then (unchanged) the rest of its reading. */
function oldEconomicOrMeasure(label: string): string | boolean | undefined {
  for (const [re, key] of OLD_ECONOMIC_COLUMNS) if (re.test(label)) return key;
  return OLD_MEASURE_LABEL.test(label);
}

function oldAmountValueOf(cell: Cell | undefined): number | null {
  if (!cell) return null;
  const v = cell.value;
  if (typeof v === 'number') return Number.isFinite(v) ? (v === 0 ? 0 : v) : null;
  const text = v === null || v === undefined ? cell.text : typeof v === 'string' ? v : undefined;
  if (!text || !/[0-9\uff10-\uff19]/.test(text)) return null;
  return parseAmountCell({ value: null, text }).value;
}

function oldSplitCodeAndName(text: string): { code: ParsedCode; name: string } | undefined {
  const m = /^[\s\u00a0]*[[［【(（]?[\s\u00a0]*(\d{3}(?:[\s\u00a0]*\d{2}){0,2})(?!\d)[\s\u00a0]*[\]］】)）]?[\s\u00a0]*([^\d\s.,，、．].*)$/s.exec(text);
  if (!m) return undefined;
  const code = parseCode(m[1]);
  return code ? { code, name: m[2].trim() } : undefined;
}

function oldRegion(sheet: SheetGrid, anchor: number, floor: number) {
  const view = new SheetView(sheet);
  let bottom = anchor;
  for (let r = anchor + 1; r < view.rowCount; r++) {
    if (!view.isBlank(r)) bottom = r;
    else if (r + 1 >= view.rowCount || view.isBlank(r + 1)) break;
  }
  const top = Math.min(floor, anchor);
  const used: boolean[] = [];
  for (let r = top; r <= bottom; r++) {
    const cells = sheet.rows[r];
    if (cells) for (let c = 0; c < cells.length; c++) if (!used[c] && cells[c] && cellHasContent(cells[c]!)) used[c] = true;
  }
  for (const m of sheet.merges) if (!(m.bottom < top || m.top > bottom)) for (let c = m.left; c <= m.right; c++) used[c] = true;
  const bands: { left: number; right: number }[] = [];
  for (let c = 0; c < used.length; c++) {
    if (!used[c]) continue;
    const last = bands[bands.length - 1];
    if (last && last.right === c - 1) last.right = c;
    else bands.push({ left: c, right: c });
  }
  return { top, bottom, bands: bands.length >= 2 ? bands : [] };
}

/** The old LineReader: a plan per block, then each row read into one Line per block, fields added one by one. */
function oldReader(columns: Column[], blocks: Block[]) {
  const byId = new Map(columns.map((c) => [c.id, c]));
  const previousCode = new Map<number, string>();
  const plans = blocks.map((block) => {
    const codeColumns = block.codeColumns.map((id) => byId.get(id)).filter((c): c is Column => !!c);
    const first = (role: string) => codeColumns.find((c) => c.role === role)?.col;
    const single = first('code');
    const figures = block.columns.map((id) => byId.get(id)!).filter((c) => ['project-name', 'amount', 'percent', 'quantity'].includes(c.role));
    return {
      index: block.index,
      labelCol: byId.get(block.labelColumn ?? '')?.col,
      coded: block.codeColumns.length > 0,
      single,
      lei: first('code-lei'),
      kuan: first('code-kuan'),
      xiang: first('code-xiang'),
      hasXiang: codeColumns.some((c) => c.role === 'code-xiang'),
      codeCols: single !== undefined ? [single] : codeColumns.map((c) => c.col),
      figures: figures.map((c) => ({ id: c.id, col: c.col, project: c.role === 'project-name' })),
    };
  });
  type Plan = (typeof plans)[number];
  const code = (plan: Plan, cells: (Cell | undefined)[] | undefined): { parsed?: ParsedCode; text: string } => {
    if (plan.codeCols.length === 0) return { text: '' };
    if (plan.single !== undefined) {
      const text = textOfCell(cells?.[plan.single]);
      const whole = parseCode(normalizeLabel(text));
      if (whole) return { parsed: whole, text: '' };
      const split = oldSplitCodeAndName(text);
      return split ? { parsed: split.code, text: split.name } : { text };
    }
    const part = (col: number | undefined) => (col === undefined ? '' : normalizeLabel(textOfCell(cells?.[col])));
    const lei = part(plan.lei);
    const kuan = part(plan.kuan);
    const parsed = joinSplitCode(lei, kuan, plan.hasXiang ? part(plan.xiang) : undefined, previousCode.get(plan.index));
    return { parsed, text: parsed ? '' : lei + kuan };
  };
  return (cells: (Cell | undefined)[] | undefined, row: number, block: number): Line => {
    const plan = plans.find((p) => p.index === block)!;
    let label = plan.labelCol !== undefined ? textOfCell(cells?.[plan.labelCol]) : '';
    const c = code(plan, cells);
    let parsed = c.parsed;
    if (!label && c.text) label = c.text;
    const key = normalizeLabel(label);
    if (!parsed && !plan.coded && key) parsed = codeFromLabel(key);
    const amounts: Record<string, AmountValue> = {};
    let anyValue = false;
    let anyText = false;
    let project: string | undefined;
    for (const f of plan.figures) {
      const cell = cells?.[f.col];
      const text = textOfCell(cell);
      if (f.project) {
        if (text) project = text;
        continue;
      }
      const p = parseAmountCell(cell);
      const v: AmountValue = { column: f.id, col: f.col, value: p.value, decimals: p.decimals, text };
      if (p.problem) v.problem = p.problem;
      if (p.value !== null) anyValue = true;
      if (text) anyText = true;
      amounts[f.id] = v;
    }
    const blank = !key && !parsed && !anyValue && !anyText && !project;
    const role: LineRole = blank ? 'blank' : parsed ? 'data' : (oldSummaryRoleOf(key) ?? 'data');
    const line: Line = { row, block: plan.index, role, label, amounts };
    if (plan.labelCol !== undefined) line.labelCol = plan.labelCol;
    if (plan.codeCols.length) line.codeCols = plan.codeCols;
    if (parsed) {
      line.code = parsed.code;
      line.codeSystem = parsed.system;
      line.level = parsed.level;
      if (plan.coded) previousCode.set(plan.index, parsed.code);
    }
    if (project) line.project = project;
    return line;
  };
}

// ---- what clerks type into body cells ----

const typed = fc.constantFrom(
  '2060101 行政运行', '[2060101]行政运行', '【206】科学技术支出', '206 01 01 行政运行', '2060101', '206', '20601', ' 201 ', '２０１',
  '合计', '总计', '小计', '本年支出合计', '其中：小计', '一、一般公共服务支出', '（一）行政运行', '注：本表无数据', '说明', '备注:',
  '1,234.50', ' 12.00 ', '-5', '(12.00)', '１２３．４', '293万元', '5元', '—', '-', '无', '#REF!', '不适用', '12,34', '1.2.3', '',
  '306秦皇岛市海港区科技局', '预算年度：2025', '“三公”经费', '科 目 编 码', '\u3000合\u3000计',
  '工资福利支出', '对个人和家庭的补助', '对个人和家庭的补助支出', '资本性支出(基本建设)', '资本性支出（基本建设）', '资本性支出', '对企业补助', '其他支出',
  '预算数', '决算数', '年初预算数', '执行数', '金额',
);
const typedCell = fc.oneof(
  typed.map((text): Cell => ({ value: text || null, text })),
  fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((v): Cell => ({ value: v, text: v.toFixed(2) })),
  // Beyond any budget in some units and not in others (10 万亿元 = 1e13 元 = 1e5 亿元).
  fc.constantFrom(2e13, -3e9, 1.5e5, 99_999, 1e300).map((v): Cell => ({ value: v, text: String(v) })),
);

/** The grids of a random budget with some body cells overwritten. */
const messyBudget = fc.tuple(budgetModelArb, fc.array(fc.tuple(fc.nat(), fc.nat(40), fc.nat(12), typedCell), { maxLength: 40 })).map(([model, edits]) => {
  const grids = toGrids(buildBudgetWorkbook(model).workbook);
  for (const [s, r, c, cell] of edits) {
    const sheet = grids.sheets[s % grids.sheets.length];
    const row = 4 + (r % Math.max(1, sheet.rows.length - 4));
    (sheet.rows[row] ??= [])[c] = cell;
  }
  return grids;
});

describe('recognition readers rewritten for speed', () => {
  it('the body reader gives every line the old reader gave, field for field and in the same order (property)', () => {
    fc.assert(
      fc.property(messyBudget, (grids) => {
        for (const sheet of grids.sheets) {
          for (const table of recognizeSheet(sheet)) {
            const read = oldReader(table.columns, table.blocks);
            // Lines the reader made (not the blank rows and 栏次 line readBody adds itself), row by row in order.
            const byRow = new Map<number, Line[]>();
            for (const l of table.lines) if (l.role !== 'column-number' && !(l.role === 'blank' && Object.keys(l.amounts).length === 0 && l.labelCol === undefined)) byRow.set(l.row, [...(byRow.get(l.row) ?? []), l]);
            for (const [row, lines] of byRow) {
              for (const line of lines) {
                const { key: _key, ...fromReader } = line;
                const old = read(sheet.rows[row], row, line.block);
                // What recognizeSheet did to every table afterwards: amounts beyond any budget set aside.
                for (const c of table.columns) {
                  const a = old.amounts[c.id];
                  if (c.role === 'amount' && a && a.value !== null && beyondAnyBudget(a.value, table.unit)) {
                    a.value = null;
                    a.problem = 'implausible';
                  }
                }
                expect(JSON.stringify(fromReader)).toBe(JSON.stringify(old));
              }
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('a table is empty when no line it read holds a value, as the walk over its lines said before (property)', () => {
    // The old walk ran before amounts beyond any budget were set aside: those count as values.
    const heldValue = (a: AmountValue) => a.value !== null || a.problem === 'implausible';
    let empty = 0;
    fc.assert(
      fc.property(messyBudget, fc.boolean(), (grids, blank) => {
        for (const sheet of grids.sheets) {
          // Half the time every figure wiped, so that empty tables are read too.
          if (blank) for (const row of sheet.rows) for (let c = 0; c < (row?.length ?? 0); c++) if (typeof row[c]?.value === 'number') row[c] = { value: null, text: '' };
          for (const table of recognizeSheet(sheet)) {
            expect(table.empty).toBe(!table.lines.some((l) => Object.values(l.amounts).some(heldValue)));
            if (table.empty) empty++;
          }
        }
      }),
      { numRuns: 40, seed: 1723 },
    );
    expect(empty).toBeGreaterThan(0);
  });

  it('amountValueOf, splitCodeAndName, summaryRoleOf, isNote, labelMayChange, the 经济分类 column keys and measure labels answer as the patterns did (property)', () => {
    const text = fc.oneof(typed, fc.string(), fc.string({ unit: 'binary' }), fc.array(typed, { maxLength: 3 }).map((xs) => xs.join('')));
    fc.assert(
      fc.property(text, (s) => {
        expect(amountValueOf({ value: s || null, text: s })).toBe(oldAmountValueOf({ value: s || null, text: s }));
        expect(amountValueOf({ value: null, text: s })).toBe(oldAmountValueOf({ value: null, text: s }));
        expect(splitCodeAndName(s)).toEqual(oldSplitCodeAndName(s));
        expect(summaryRoleOf(s)).toBe(oldSummaryRoleOf(s));
        expect(isNote(s)).toBe(oldIsNote(s));
        const economic = oldEconomicOrMeasure(s);
        if (typeof economic === 'string') expect(columnKeyOf(s, undefined)).toBe(economic);
        else expect(isMeasureLabel(s)).toBe(economic);
        expect(labelMayChange(s)).toBe(/[\s\u00a0\u200b“”„‟"＂‘’'\uff01-\uff5e\u3000]/.test(s));
      }),
      { numRuns: 5000 },
    );
  });

  it('regionAround finds the region and bands the two passes found (property)', () => {
    const cell = fc.option(fc.constantFrom<Cell>({ value: 'x', text: 'x' }, { value: null, text: ' ' }, { value: 3, text: '3' }, { value: '', text: '' }), { nil: undefined });
    const sheetArb = fc.record({
      rows: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 14 }),
      merges: fc.array(fc.record({ top: fc.nat(13), left: fc.nat(7), h: fc.nat(2), w: fc.nat(3) }).map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })), { maxLength: 3 }),
      anchor: fc.nat(13),
      floor: fc.nat(13),
    });
    fc.assert(
      fc.property(sheetArb, ({ rows, merges, anchor, floor }) => {
        const sheet: SheetGrid = { name: 's', rowCount: rows.length, colCount: 8, rows, merges };
        const a = Math.min(anchor, Math.max(rows.length - 1, 0));
        expect(regionAround(new SheetView(sheet), a, floor)).toEqual(oldRegion(sheet, a, floor));
      }),
      { numRuns: 3000 },
    );
  });
});
