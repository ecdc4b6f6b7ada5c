/**
 * 类 = Σ 款, 款 = Σ 项 (by code prefix) in every amount column, for 功能分类 and 经济分类 codes
 * (301 = Σ 301xx), and the 合计 row = Σ 类. A missing level is skipped over (a 项 directly under
 * its 类 when the 款 line is absent), and a blank 款 line is looked through to its 项 lines, so
 * a table that adds up never raises an alarm.
 */
import type { Column, Line, Table, TableKind, Unit } from '../recognize/types';
import { anyFigure, cellFen, moveTo, operand, type Operand, type RuleContext } from './context';
import { ledger, subject as say } from './messages';
import { amountColumns, figureLines, isTotalLine, valueAt } from '../model/tables';
import { isBalanceKind } from './balance';
import { compared, notRun, type TableRule } from './rule';
import { isDigits } from '../recognize/codes';
import { rememberedByComparison } from '../grid/remembered';

/**
 * A node of a block's code tree, by its line's position in the block's figure lines: the same tree
 * serves every table printing the same codes in the same order (every department of a template).
 */
interface CodeNode {
  at: number;
  /** NO_CHILDREN until the first child is adopted (most nodes of a long table are leaves). */
  children: CodeNode[];
}

/** A block's code tree: its roots, and the nodes with children (the totals) in the order they are checked. */
export interface CodeTree {
  roots: CodeNode[];
  /** Post-order: a total after the totals below it (a wrong sub-total is known before its parent is judged). */
  totals: CodeNode[];
  /** The 合计 / 总计 rows without a code, each with the roots as its children. */
  rows: CodeNode[];
}

const NO_CHILDREN: readonly CodeNode[] = Object.freeze([]);

function adopt(parent: CodeNode, child: CodeNode): void {
  if (parent.children === NO_CHILDREN) parent.children = [child];
  else parent.children.push(child);
}

const ANCESTOR_LENGTHS = [5, 3];
const LEI_LENGTH = [3];
const NO_ANCESTOR: number[] = [];

/** Ancestor code lengths to try, nearest first: 2060101 → 20601, 206. */
function ancestorLengths(code: string): readonly number[] {
  return code.length > 5 ? ANCESTOR_LENGTHS : code.length > 3 ? LEI_LENGTH : NO_ANCESTOR;
}

/** A line's code when it is one of the tree's (three digits or more); undefined otherwise. */
function treeCode(line: Line): string | undefined {
  const code = line.code;
  return code && code.length >= 3 && isDigits(code) ? code : undefined;
}

/**
 * Builds the code tree of one block. A repeated code (a table continued over pages, several units
 * in one table) takes its children from the lines that follow it. In a 项目支出表 the project lines
 * printed under their 项 line repeat its code with a 项目名称: they are the 项's parts, not more 项.
 */
export function buildCodeTree(lines: readonly Line[]): CodeTree {
  /** The last node of each code: a later line of a repeated code takes the children that follow it. */
  const lastOf = new Map<string, CodeNode>();
  const roots: CodeNode[] = [];
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l];
    const code = treeCode(line);
    if (code === undefined) continue;
    const node: CodeNode = { at: l, children: NO_CHILDREN as CodeNode[] };
    const same = lastOf.get(code);
    if (same && !lines[same.at].project && line.project) {
      adopt(same, node);
      continue;
    }
    let parent: CodeNode | undefined;
    for (const len of ancestorLengths(code)) {
      parent = lastOf.get(code.slice(0, len));
      if (parent) break;
    }
    if (parent) adopt(parent, node);
    else roots.push(node);
    lastOf.set(code, node);
  }
  const totals: CodeNode[] = [];
  const postOrder = (node: CodeNode): void => {
    for (let i = 0; i < node.children.length; i++) postOrder(node.children[i]);
    if (node.children.length > 0) totals.push(node);
  };
  for (let i = 0; i < roots.length; i++) postOrder(roots[i]);
  const rows: CodeNode[] = [];
  for (let l = 0; l < lines.length; l++) if (isTotalRow(lines[l])) rows.push({ at: l, children: roots });
  return { roots, totals, rows };
}

function isTotalRow(line: Line): boolean {
  return !line.code && isTotalLine(line);
}

/** What the code tree reads of a line besides its code: it names a project, or it is a 合计 row. */
const PLAIN = 0;
const PROJECT = 1;
const TOTAL_ROW = 2;

function markOf(line: Line, code: string | undefined): number {
  if (code !== undefined) return line.project ? PROJECT : PLAIN;
  return isTotalRow(line) ? TOTAL_ROW : PLAIN;
}

/**
 * Everything of a block's lines the code tree reads: each line's code as printed, its tree code (treeCode of it) and
 * its mark.
 */
interface KeptCodes {
  printed: (string | undefined)[];
  codes: (string | undefined)[];
  marks: number[];
}

function keptCodes(lines: readonly Line[]): KeptCodes {
  const printed: (string | undefined)[] = [];
  const codes: (string | undefined)[] = [];
  const marks: number[] = [];
  for (let l = 0; l < lines.length; l++) {
    const code = treeCode(lines[l]);
    printed.push(lines[l].code);
    codes.push(code);
    marks.push(markOf(lines[l], code));
  }
  return { printed, codes, marks };
}

/** The same codes as printed give the same tree codes: each line's code is compared, not read again (treeCode). */
function sameCodes(lines: readonly Line[], kept: KeptCodes): boolean {
  if (lines.length !== kept.codes.length) return false;
  for (let l = 0; l < lines.length; l++) {
    if (lines[l].code !== kept.printed[l] || markOf(lines[l], kept.codes[l]) !== kept.marks[l]) return false;
  }
  return true;
}

/** A longer block is no template printed again: its tree is built afresh, not kept (nor compared). */
const LONGEST_REMEMBERED_BLOCK = 2000;

/**
 * Code trees remembered by the lines themselves under their count and first label (compared code by
 * code: a key string of every line's code, hashed at each lookup, cost more than the comparison).
 */
const treesByCodes = rememberedByComparison<readonly Line[], KeptCodes, CodeTree>(
  (lines) => (lines.length ? `${lines.length}|${lines[0].label}` : ''),
  keptCodes,
  sameCodes,
  buildCodeTree,
  1024,
);

/**
 * A block's code tree, remembered by its lines' codes (bounded, as grid/remembered): every
 * department's tables of a template print the same 科目 codes, and building the tree of each made it
 * hot enough for the JIT to compile.
 */
export function rememberedCodeTree(lines: readonly Line[]): CodeTree {
  if (lines.length > LONGEST_REMEMBERED_BLOCK) return buildCodeTree(lines);
  return treesByCodes(lines);
}

function anyValueBelow(lines: readonly Line[], node: CodeNode, column: Column): boolean {
  const children = node.children;
  for (let i = 0; i < children.length; i++) if (valueAt(lines[children[i].at], column) !== null || anyValueBelow(lines, children[i], column)) return true;
  return false;
}

/** A blank child with figures below it: its own children stand in for it. */
function looksThrough(lines: readonly Line[], child: CodeNode, column: Column): boolean {
  return valueAt(lines[child.at], column) === null && anyValueBelow(lines, child, column);
}

/**
 * The parts a total is compared with: its children, looking through blank children to theirs
 * (`children` itself, not a copy, when no child is looked through — callers only read the parts).
 */
function effectiveParts(lines: readonly Line[], children: CodeNode[], column: Column): CodeNode[] {
  let i = 0;
  while (i < children.length && !looksThrough(lines, children[i], column)) i++;
  if (i === children.length) return children;
  const out = children.slice(0, i);
  for (; i < children.length; i++) {
    const child = children[i];
    if (looksThrough(lines, child, column)) out.push(...effectiveParts(lines, child.children, column));
    else out.push(child);
  }
  return out;
}

function ruleFor(line: Line, table: Table): string {
  const economic = line.codeSystem ? line.codeSystem !== 'function' : table.kind === 'general-budget-basic-expense';
  if (economic) return 'hierarchy-sum/economic';
  return line.code!.length <= 3 ? 'hierarchy-sum/lei-kuan' : 'hierarchy-sum/kuan-xiang';
}

/**
 * The sum a total is judged by. A part that is itself a wrong total (its own parts disagree with it,
 * beyond rounding or within it) may be the only mistake: its parent then agrees with the part's own
 * parts, and is not flagged. A 合计 row is excused only by a wrong 类, not by a 类's rounding gap: it is
 * the figure a reader adds the 类 lines up to, and a 类 printed a cent off its 款 does not make the
 * column add up (合计 项目支出 6,215.76 over 类 adding to 6,215.75, one of them 207.40 over 款 of 207.41).
 */
class Derived {
  private readonly sums = new Map<Line, Map<string, { value: number; wrong: boolean }>>();
  set(line: Line, column: Column, value: number, wrong: boolean): void {
    const m = this.sums.get(line) ?? new Map<string, { value: number; wrong: boolean }>();
    m.set(column.id, { value, wrong });
    this.sums.set(line, m);
  }
  /** The parts with every wrong total (and, unless only `wrongOnly`, every total off by rounding) replaced by the sum of its own parts; undefined when none is. */
  substitute(parts: Operand[], wrongOnly: boolean): Operand[] | undefined {
    let changed = false;
    const out = parts.map((p) => {
      const d = this.sums.get(p.line)?.get(p.column.id);
      if (d === undefined || (wrongOnly && !d.wrong)) return p;
      changed = true;
      return { ...p, value: d.value };
    });
    return changed ? out : undefined;
  }
}

/** Names a failing total: worked out from its operands, only when it fails. */
type Subject = (total: Operand, parts: readonly Operand[]) => string;

const byCodeSubject: Subject = (total, parts) =>
  parts.length === 1 ? say.onlyChild(parts[0].line, total.line, total.column) : say.byChildren(total.line, total.column);

const TOTAL_ROW_RULE = 'hierarchy-sum/total-row';

const totalRowSubject: Subject = (total) => say.totalRow(total.line, total.column);

/**
 * Compares a total with its parts and reports it unless it agrees with them either as printed or
 * with wrong sub-totals replaced by their own sums. Returns false when nothing could be compared.
 */
function judgeTotal(ctx: RuleContext, derived: Derived, rule: string, total: Operand, parts: Operand[], subject: Subject): boolean {
  const printed = ctx.compare(total, parts);
  if (!printed) return false;
  ctx.recordIdentity(rule, 'hierarchy-sum', total, parts, printed);
  if (printed.verdict !== 'ok') {
    const substituted = derived.substitute(parts, rule === TOTAL_ROW_RULE);
    const alternative = substituted && ctx.compare(total, substituted);
    if (alternative && alternative.verdict === 'ok') return true;
    derived.set(total.line, total.column, printed.expected, printed.verdict === 'error');
    ctx.reportSum({ rule, kind: 'hierarchy-sum', total, parts, comparison: printed, subject: subject(total, parts) });
  }
  return true;
}

/**
 * The operands of a table's totals and parts, read into the same objects for every comparison (the
 * context copies what it keeps): a long table compares every line in every column.
 */
class Operands {
  private readonly total: Operand;
  private readonly pool: Operand[] = [];
  constructor(
    private readonly table: Table,
    column: Column,
  ) {
    this.total = operand(table, table.lines[0], column);
  }
  totalAt(line: Line, column: Column): Operand {
    moveTo(this.total, line, column);
    return this.total;
  }
  /** A new list of the pooled operands (emptying one list for reuse, `length = 0`, is a runtime call). */
  partsAt(lines: readonly Line[], nodes: readonly CodeNode[], column: Column): Operand[] {
    const parts: Operand[] = [];
    for (let i = 0; i < nodes.length; i++) {
      const line = lines[nodes[i].at];
      if (i === this.pool.length) this.pool.push(operand(this.table, line, column));
      else moveTo(this.pool[i], line, column);
      parts.push(this.pool[i]);
    }
    return parts;
  }
}

/**
 * The total agrees exactly with its parts in this column, as printed, at least one part holding a
 * figure and no cell unreadable: the comparison would pass with nothing to report (most totals).
 */
function agreesExactly(lines: readonly Line[], total: Line, parts: readonly CodeNode[], column: Column, unit: Unit): boolean {
  let sum = 0;
  let filled = false;
  for (let i = 0; i < parts.length; i++) {
    const a = lines[parts[i].at].amounts[column.id];
    if (a && a.value !== null) filled = true;
    sum += cellFen(a, unit);
  }
  return filled && sum === cellFen(total.amounts[column.id], unit);
}

/** One block's totals and parts, and what judging one of them needs. */
interface BlockSums {
  ctx: RuleContext;
  table: Table;
  lines: readonly Line[];
  derived: Derived;
  operands: Operands;
  quick: boolean;
}

/**
 * Judges a total against its children in one column, as they stand or looking through blank ones;
 * false when nothing was compared. Most totals agree exactly and never get here (childrenAgreeExactly).
 */
function judgeChildren(b: BlockSums, total: Line, children: CodeNode[], column: Column, subject: Subject, rule = ruleFor(total, b.table)): boolean {
  const nodes = effectiveParts(b.lines, children, column);
  if (b.quick && agreesExactly(b.lines, total, nodes, column, b.table.unit)) return true;
  const parts = b.operands.partsAt(b.lines, nodes, column);
  if (!anyFigure(parts)) return false;
  return judgeTotal(b.ctx, b.derived, rule, b.operands.totalAt(total, column), parts, subject);
}

/**
 * How many of these totals agree exactly with their children, as printed, column after column, at
 * least one child holding a figure (a total whose children are all blank, none with figures below it,
 * has nothing to compare: not counted); undefined when one must be judged — they differ, a cell is
 * unreadable, or a blank child with figures below it is looked through (effectiveParts). Most blocks
 * add up: this one small loop is all that runs for them, and all the JIT compiles of this rule.
 */
function countAgreeing(lines: readonly Line[], totals: readonly CodeNode[], columns: readonly Column[], unit: Unit): number | undefined {
  let n = 0;
  for (let t = 0; t < totals.length; t++) {
    const { at, children } = totals[t];
    for (let c = 0; c < columns.length; c++) {
      const id = columns[c].id;
      let sum = 0;
      let filled = false;
      for (let i = 0; i < children.length; i++) {
        const child = children[i];
        const a = lines[child.at].amounts[id];
        if (a === undefined || a.value === null) {
          if (child.children.length > 0 && anyValueBelow(lines, child, columns[c])) return undefined;
        } else filled = true;
        sum += cellFen(a, unit);
      }
      if (!filled) continue;
      if (sum !== cellFen(lines[at].amounts[id], unit)) return undefined;
      n++;
    }
  }
  return n;
}

/** Compares each of these totals with its parts in every column; returns how many were compared. */
function sumsWithin(b: BlockSums, totals: readonly CodeNode[], columns: readonly Column[], subject: Subject, rule?: string): number {
  if (b.quick) {
    const agreeing = countAgreeing(b.lines, totals, columns, b.table.unit);
    if (agreeing !== undefined) return agreeing;
  }
  let compared = 0;
  for (let t = 0; t < totals.length; t++) {
    const node = totals[t];
    for (let c = 0; c < columns.length; c++) if (judgeChildren(b, b.lines[node.at], node.children, columns[c], subject, rule)) compared++;
  }
  return compared;
}

/** Checks one table; returns how many totals were compared. */
function checkHierarchy(ctx: RuleContext, table: Table, options: { totalRows: boolean }): number {
  let compared = 0;
  const derived = new Derived();
  for (const block of table.blocks) {
    const lines = figureLines(table, block.index);
    const tree = rememberedCodeTree(lines);
    if (tree.roots.length === 0) continue;
    const columns = amountColumns(table, block.index);
    if (columns.length === 0) continue;
    const b: BlockSums = { ctx, table, lines, derived, operands: new Operands(table, columns[0]), quick: ctx.countsAgreementAlone };
    compared += sumsWithin(b, tree.totals, columns, byCodeSubject);
    if (options.totalRows) compared += sumsWithin(b, tree.rows, columns, totalRowSubject, TOTAL_ROW_RULE);
  }
  return compared;
}

/** Kinds printed by 科目编码: their hierarchy is checked even when empty (and then reads not-run). */
const CODED_KINDS: readonly TableKind[] = ['income-summary', 'expense-summary', 'general-budget-expense', 'general-budget-basic-expense', 'project-expense', 'gov-fund-expense', 'state-capital-expense'];

/**
 * 类 = Σ 款 = Σ 项 in coded tables. In a 收支总表 the 类 lines add up in the balance: only 款 / 项
 * lines printed under them are checked here, and not its 合计 rows.
 */
export const hierarchySum: TableRule = {
  id: 'hierarchy-sum',
  applies: (table) =>
    isBalanceKind(table.kind) ? table.lines.some((l) => l.level && l.level > 1) : table.lines.some((l) => l.code) || CODED_KINDS.includes(table.kind),
  run: (ctx, table) =>
    !isBalanceKind(table.kind) && !table.empty && !table.lines.some((l) => l.code)
      ? notRun(ledger.noCodes)
      : compared(checkHierarchy(ctx, table, { totalRows: !isBalanceKind(table.kind) })),
};
