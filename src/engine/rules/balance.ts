/**
 * 收支总表 and 财政拨款收支总表 add up: 本年收入合计 = Σ income lines; 收入总计 = 本年收入合计 + 上年结转结余
 * (决算: + 使用非财政拨款结余); 本年支出合计 = Σ expense lines; 支出总计 = 本年支出合计 + 年终结转结余
 * (决算: + 结余分配); 收入总计 = 支出总计. A numbered item equals its numbered sub-items
 * (二、上年结转结余 = 1. 财政拨款结转 + 2. 非财政拨款结余), and a 其中 list cannot exceed its item.
 * Both layouts are read: 本年收入合计 printed under the items it adds up, or as "一、本年收入" above them.
 */
import type { Column, Line, LineKey, Table, TableKind } from '../recognize/types';
import { cellOf, linesAgreeExactly, moveTo, operand, type Operand, type RuleContext } from './context';
import { nestOutline, readOutline, type OutlineNode } from './outline';
import { amountColumns, byMeasure, figureLines } from '../model/tables';
import { ofWhichExceeds, subject as say } from './messages';
import { compared, notRun, type Outcome, type TableRule } from './rule';
import { rememberedByComparison } from '../grid/remembered';

/** The tables whose two sides balance: 收支总表 and 财政拨款收支总表. */
export function isBalanceKind(kind: TableKind): boolean {
  return kind === 'income-expense-summary' || kind === 'fiscal-summary';
}

export type Side = 'income' | 'expense';

const KEYS: Record<Side, { total: LineKey; grand: LineKey }> = {
  income: { total: 'current-income-total', grand: 'income-grand-total' },
  expense: { total: 'expense-total', grand: 'expense-grand-total' },
};

/**
 * One side of the table read as lines (`L`: a line, or its position among the side's lines): the
 * section total and its parts, the lines added after it, the grand total, and the outline's items.
 */
export interface SideOf<L> {
  /** 本年收入合计 / 本年支出合计 and the items it adds up (numbered style: its own sub-items). */
  total?: { line: L; parts: L[] };
  /** Top items beside the section total that make up the grand total (上年结转结余, 结余分配 …). */
  beside: L[];
  grand?: L;
  /** Each outline item with sub-items (item = Σ numbered sub-items) or a 其中 list (which cannot exceed it), in order. */
  items: { line: L; parts: L[]; ofWhich: L[] }[];
}

function mapSide<A, B>(s: SideOf<A>, f: (line: A) => B): SideOf<B> {
  const out: SideOf<B> = { beside: mapLines(s.beside, f), items: [] };
  if (s.total) out.total = { line: f(s.total.line), parts: mapLines(s.total.parts, f) };
  if (s.grand !== undefined) out.grand = f(s.grand);
  for (let i = 0; i < s.items.length; i++) {
    const item = s.items[i];
    out.items.push({ line: f(item.line), parts: mapLines(item.parts, f), ofWhich: mapLines(item.ofWhich, f) });
  }
  return out;
}

/** `lines.map(f)` by index: a side's reading is copied onto every table's lines that print its template. */
function mapLines<A, B>(lines: readonly A[], f: (line: A) => B): B[] {
  const out: B[] = [];
  for (let i = 0; i < lines.length; i++) out.push(f(lines[i]));
  return out;
}

interface SideStructure extends SideOf<Line> {
  side: Side;
  columns: Column[];
}

function sideOf(table: Table, block: number): Side | undefined {
  const b = table.blocks[block];
  if (b.side === 'income' || b.side === 'expense') return b.side;
  return table.blocks.length === 1 ? undefined : block === 0 ? 'income' : 'expense';
}

/** Coded lines deeper than the shallowest level are details of a 类 line (hierarchy-sum checks them). */
function withoutCodeDetails(lines: Line[]): Line[] {
  const levels = lines.filter((l) => l.code && l.level).map((l) => l.level as number);
  if (levels.length === 0) return lines;
  const top = Math.min(...levels);
  return lines.filter((l) => !l.code || !l.level || l.level === top);
}

/** The 上年结转结余 section: its head line and the lines under it (up to the next line keyed otherwise). */
function splitCarryover(lines: Line[]): { main: Line[]; sections: { head: Line; body: Line[] }[] } {
  const main: Line[] = [];
  const sections: { head: Line; body: Line[] }[] = [];
  let open: { head: Line; body: Line[] } | undefined;
  for (const line of lines) {
    if (line.key === 'carryover') {
      open = { head: line, body: [] };
      sections.push(open);
      continue;
    }
    if (open && (!line.key || line.key.startsWith('carryover.'))) {
      open.body.push(line);
      continue;
    }
    open = undefined;
    main.push(line);
  }
  return { main, sections };
}

/** Every node of the outline, each before its parts and its 其中 items. */
function flatten(nodes: readonly OutlineNode[], into: OutlineNode[] = []): OutlineNode[] {
  for (const n of nodes) {
    into.push(n);
    flatten(n.parts, into);
    flatten(n.ofWhich, into);
  }
  return into;
}

/** Reads one side's lines (the figure lines of its block) into its total, grand total and outline. */
export function readSideLines(figureLinesOfSide: Line[], side: Side): SideOf<Line> {
  const keys = KEYS[side];
  const all = withoutCodeDetails(figureLinesOfSide);
  const grands = all.filter((l) => l.key === keys.grand);
  const lines = all.filter((l) => l.key !== keys.grand);
  const { main, sections } = splitCarryover(lines);
  const structure: SideOf<Line> = { beside: [], items: [], grand: grands[grands.length - 1] };
  const nodes: OutlineNode[] = [];

  const carryTops: OutlineNode[] = [];
  for (const s of sections) {
    const parts = nestOutline(readOutline(s.body));
    const head: OutlineNode = { item: { line: s.head, text: '', ofWhich: false }, parts, ofWhich: [] };
    carryTops.push(head);
    flatten([head], nodes);
  }

  const totalAt = main.findIndex((l) => l.key === keys.total);
  const totalLine = totalAt >= 0 ? main[totalAt] : undefined;
  const numberedTotal = totalLine && readOutline([totalLine])[0].rank !== undefined;
  if (totalLine && !numberedTotal) {
    const before = nestOutline(readOutline(main.slice(0, totalAt)));
    const after = nestOutline(readOutline(main.slice(totalAt + 1)));
    structure.total = { line: totalLine, parts: before.map((n) => n.item.line) };
    structure.beside = [...after, ...carryTops].map((n) => n.item.line);
    flatten(before, nodes);
    flatten(after, nodes);
  } else {
    const tops = nestOutline(readOutline(main));
    const totalNode = tops.find((n) => n.item.line === totalLine);
    if (totalNode) structure.total = { line: totalNode.item.line, parts: totalNode.parts.map((n) => n.item.line) };
    structure.beside = [...tops.filter((n) => n !== totalNode), ...carryTops].map((n) => n.item.line);
    flatten(tops.filter((n) => n !== totalNode), nodes);
    // A numbered 本年收入 keeps its 其中 lists; its parts are checked as the section total.
    if (totalNode) {
      flatten(totalNode.parts, nodes);
      nodes.push({ ...totalNode, parts: [] });
    }
  }
  for (const n of nodes) {
    if (n.parts.length || n.ofWhich.length) structure.items.push({ line: n.item.line, parts: n.parts.map((p) => p.item.line), ofWhich: n.ofWhich.map((o) => o.item.line) });
  }
  return structure;
}

/** What of one line a side's reading reads: its key, code, level and label (its numbering). */
type KeptLine = Pick<Line, 'key' | 'code' | 'level' | 'label'>;

function sameLines(lines: readonly Line[], kept: readonly KeptLine[]): boolean {
  if (lines.length !== kept.length) return false;
  for (let i = 0; i < kept.length; i++) {
    const l = lines[i];
    const k = kept[i];
    if (l.label !== k.label || l.key !== k.key || l.code !== k.code || l.level !== k.level) return false;
  }
  return true;
}

const keptLine = (l: Line): KeptLine => ({ key: l.key, code: l.code, level: l.level, label: l.label });

function readSidePositions({ lines, side }: { lines: Line[]; side: Side }): SideOf<number> {
  const at = new Map(lines.map((l, i) => [l, i]));
  return mapSide(readSideLines(lines, side), (l) => at.get(l) as number);
}

/**
 * The readings of sides as positions, remembered by the lines themselves under their side and first
 * label (compared field by field: a key string of every line's fields, hashed at each lookup, cost
 * more than the comparison).
 */
const sidesByLines = rememberedByComparison<{ lines: Line[]; side: Side }, KeptLine[], SideOf<number>>(
  ({ lines, side }) => (lines.length ? side + lines[0].label : side),
  ({ lines }) => lines.map(keptLine),
  ({ lines }, kept) => sameLines(lines, kept),
  readSidePositions,
  256,
);

/**
 * One side of a 收支总表 (`readSideLines`), its reading remembered by its lines' text (bounded, as grid/remembered):
 * every department prints the same template, and reading the outline was most of this check.
 */
export function rememberedSideLines(lines: Line[], side: Side): SideOf<Line> {
  return mapSide(sidesByLines({ lines, side }), (i) => lines[i]);
}

function readSide(table: Table, block: number, side: Side): SideStructure {
  return { side, columns: amountColumns(table, block), ...rememberedSideLines(figureLines(table, block), side) };
}

/**
 * Checks total = Σ parts in every column of the side; returns how many figures were compared. One
 * total and one list of parts read column after column (moveTo; the context copies what it keeps).
 */
function sumLines(ctx: RuleContext, table: Table, s: SideStructure, rule: string, total: Line, parts: Line[], subject: (column: Column) => string): number {
  if (parts.length === 0 || s.columns.length === 0) return 0;
  let compared = 0;
  const quick = ctx.countsAgreementAlone;
  // The operands and the check are made for the first column that does not simply agree (most sides add up).
  let check: { rule: string; kind: 'balance'; total: Operand; parts: Operand[]; subject: () => string } | undefined;
  for (const column of s.columns) {
    if (quick && linesAgreeExactly(total, parts, column, table.unit)) {
      compared++;
      continue;
    }
    if (check === undefined) {
      const t = operand(table, total, column);
      check = { rule, kind: 'balance', total: t, parts: parts.map((p) => operand(table, p, column)), subject: () => subject(t.column) };
    }
    moveTo(check.total, total, column);
    for (let i = 0; i < parts.length; i++) moveTo(check.parts[i], parts[i], column);
    if (ctx.checkSum(check)) compared++;
  }
  return compared;
}

/** A 其中 list may leave items out, but cannot add up to more than its item. */
function ofWhichWithin(ctx: RuleContext, table: Table, s: SideStructure, item: Line, parts: Line[]): number {
  let compared = 0;
  for (const column of s.columns) {
    const t = operand(table, item, column);
    const ops = parts.map((p) => operand(table, p, column));
    const c = ctx.compare(t, ops);
    if (!c) continue;
    compared++;
    if (c.verdict !== 'error' || c.diff >= 0) continue;
    ctx.report({
      rule: 'balance/of-which',
      kind: 'balance',
      severity: 'error',
      ...cellOf(t),
      related: ops.filter((o) => o.value !== null).map(cellOf),
      expected: c.expected,
      actual: c.actual ?? undefined,
      message: ofWhichExceeds(table, item, column, c.actual, parts, c.expected, c.decimals),
    });
  }
  return compared;
}

function checkSide(ctx: RuleContext, table: Table, s: SideStructure): number {
  let compared = 0;
  for (const { line, parts, ofWhich } of s.items) {
    if (parts.length) compared += sumLines(ctx, table, s, 'balance/items', line, parts, (column) => say.items(line, column, parts));
    if (ofWhich.length) compared += ofWhichWithin(ctx, table, s, line, ofWhich);
  }
  if (s.total) {
    const rule = s.side === 'income' ? 'balance/current-income' : 'balance/expense-total';
    const total = s.total.line;
    compared += sumLines(ctx, table, s, rule, total, s.total.parts, (column) => say.side(total, column, s.side));
  }
  if (s.grand) {
    const parts = [...(s.total ? [s.total.line] : []), ...s.beside];
    const rule = s.side === 'income' ? 'balance/income-grand-total' : 'balance/expense-grand-total';
    const grand = s.grand;
    compared += sumLines(ctx, table, s, rule, grand, parts, (column) => (s.total ? say.items(grand, column, parts) : say.side(grand, column, s.side)));
  }
  return compared;
}

/** The column of a side that carries its grand total for a measure: 合计, else the only one. */
function totalColumnOf(columns: Column[]): Column | undefined {
  return columns.find((c) => c.key === 'total') ?? (columns.length === 1 ? columns[0] : undefined) ?? columns[0];
}

/** 收入总计 = 支出总计, per measure (年初预算数 with 年初预算数, 决算数 with 决算数). */
function incomeEqualsExpense(ctx: RuleContext, table: Table, income: SideStructure, expense: SideStructure): number {
  const [incomeGrand, expenseGrand] = [income.grand, expense.grand];
  if (!incomeGrand || !expenseGrand) return 0;
  let compared = 0;
  const expenseByMeasure = new Map(byMeasure(expense.columns).map((g) => [g[0].measure ?? '', g]));
  for (const group of byMeasure(income.columns)) {
    const incomeColumn = totalColumnOf(group);
    const expenseGroup = expenseByMeasure.get(group[0].measure ?? '');
    const expenseColumn = expenseGroup && totalColumnOf(expenseGroup);
    if (!incomeColumn || !expenseColumn) continue;
    const reported = ctx.checkSum({
      rule: 'balance/income-equals-expense',
      kind: 'balance',
      total: operand(table, incomeGrand, incomeColumn),
      parts: [operand(table, expenseGrand, expenseColumn)],
      subject: () => say.incomeEqualsExpense(incomeGrand, incomeColumn, expenseGrand),
    });
    if (reported) compared++;
  }
  return compared;
}

/**
 * Checks one 收支总表 / 财政拨款收支总表: how many figures were compared, or why it could not run. A side printed
 * more than one way (山东's 支出 by 支出类别, by both 经济分类 and by 功能分类, side by side) adds up in each.
 */
function checkBalance(ctx: RuleContext, table: Table): Outcome {
  const income: SideStructure[] = [];
  const expense: SideStructure[] = [];
  table.blocks.forEach((b) => {
    const side = sideOf(table, b.index);
    if (side) (side === 'income' ? income : expense).push(readSide(table, b.index, side));
  });
  if (income.length + expense.length === 0) return notRun('没有识别出收入和支出两栏');
  let n = 0;
  for (const s of [...income, ...expense]) n += checkSide(ctx, table, s);
  if (income.length) for (const e of expense) n += incomeEqualsExpense(ctx, table, income[0], e);
  return compared(n);
}

export const balance: TableRule = { id: 'balance', applies: (table) => isBalanceKind(table.kind), run: checkBalance };
