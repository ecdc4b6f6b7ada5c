/**
 * 类 = Σ 款, 款 = Σ 项 (by code prefix) in every amount column, for 功能分类 and 经济分类 codes
 * (301 = Σ 301xx), and the 合计 row = Σ 类. A missing level is skipped over (a 项 directly under
 * its 类 when the 款 line is absent), and a blank 款 line is looked through to its 项 lines, so
 * a table that adds up never raises an alarm.
 */
import type { Column, Line, Table, TableKind, Unit } from '../recognize/types';
import { anyFigure, cellFen, moveTo, operand, type Operand, type RuleContext } from './context';
import { ledger, subject as say } from './messages';
import { amountColumns, figureLines, valueAt } from '../model/tables';
import { isBalanceKind } from './balance';
import { compared, notRun, type TableRule } from './rule';
import { isDigits } from '../recognize/codes';

interface CodeNode {
  line: Line;
  code: string;
  /** NO_CHILDREN until the first child is adopted (most nodes of a long table are leaves). */
  children: CodeNode[];
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

/**
 * Builds the code tree of one block. A repeated code (a table continued over pages, several units
 * in one table) takes its children from the lines that follow it. In a 项目支出表 the project lines
 * printed under their 项 line repeat its code with a 项目名称: they are the 项's parts, not more 项.
 */
function buildCodeTree(lines: Line[]): CodeNode[] {
  /** The last node of each code: a later line of a repeated code takes the children that follow it. */
  const lastOf = new Map<string, CodeNode>();
  const roots: CodeNode[] = [];
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l];
    if (!line.code || line.code.length < 3 || !isDigits(line.code)) continue;
    const node: CodeNode = { line, code: line.code, children: NO_CHILDREN as CodeNode[] };
    const same = lastOf.get(line.code);
    if (same && !same.line.project && line.project) {
      adopt(same, node);
      continue;
    }
    let parent: CodeNode | undefined;
    for (const len of ancestorLengths(line.code)) {
      parent = lastOf.get(line.code.slice(0, len));
      if (parent) break;
    }
    if (parent) adopt(parent, node);
    else roots.push(node);
    lastOf.set(line.code, node);
  }
  return roots;
}

function anyValueBelow(node: CodeNode, column: Column): boolean {
  const children = node.children;
  for (let i = 0; i < children.length; i++) if (valueAt(children[i].line, column) !== null || anyValueBelow(children[i], column)) return true;
  return false;
}

/** A blank child with figures below it: its own children stand in for it. */
function looksThrough(child: CodeNode, column: Column): boolean {
  return valueAt(child.line, column) === null && anyValueBelow(child, column);
}

/**
 * The parts a total is compared with: its children, looking through blank children to theirs
 * (`children` itself, not a copy, when no child is looked through — callers only read the parts).
 */
function effectiveParts(children: CodeNode[], column: Column): CodeNode[] {
  let i = 0;
  while (i < children.length && !looksThrough(children[i], column)) i++;
  if (i === children.length) return children;
  const out = children.slice(0, i);
  for (; i < children.length; i++) {
    const child = children[i];
    if (looksThrough(child, column)) out.push(...effectiveParts(child.children, column));
    else out.push(child);
  }
  return out;
}

function ruleFor(node: CodeNode, table: Table): string {
  const economic = node.line.codeSystem ? node.line.codeSystem !== 'function' : table.kind === 'general-budget-basic-expense';
  if (economic) return 'hierarchy-sum/economic';
  return node.code.length <= 3 ? 'hierarchy-sum/lei-kuan' : 'hierarchy-sum/kuan-xiang';
}

/**
 * The sum a total is judged by. A part that is itself a wrong total (its own parts disagree with it,
 * beyond rounding or within it) may be the only mistake: its parent then agrees with the part's own
 * parts, and is not flagged.
 */
class Derived {
  private readonly sums = new Map<Line, Map<string, number>>();
  set(line: Line, column: Column, value: number): void {
    const m = this.sums.get(line) ?? new Map<string, number>();
    m.set(column.id, value);
    this.sums.set(line, m);
  }
  /** The parts with every wrong total replaced by the sum of its own parts; undefined when none is. */
  substitute(parts: Operand[]): Operand[] | undefined {
    let changed = false;
    const out = parts.map((p) => {
      const v = this.sums.get(p.line)?.get(p.column.id);
      if (v === undefined) return p;
      changed = true;
      return { ...p, value: v };
    });
    return changed ? out : undefined;
  }
}

/** Names a failing total: worked out from its operands, only when it fails. */
type Subject = (total: Operand, parts: readonly Operand[]) => string;

const byCodeSubject: Subject = (total, parts) =>
  parts.length === 1 ? say.onlyChild(parts[0].line, total.line, total.column) : say.byChildren(total.line, total.column);

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
    const substituted = derived.substitute(parts);
    const alternative = substituted && ctx.compare(total, substituted);
    if (alternative && alternative.verdict === 'ok') return true;
    derived.set(total.line, total.column, printed.expected);
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
  partsAt(nodes: readonly CodeNode[], column: Column): Operand[] {
    const parts: Operand[] = [];
    for (let i = 0; i < nodes.length; i++) {
      if (i === this.pool.length) this.pool.push(operand(this.table, nodes[i].line, column));
      else moveTo(this.pool[i], nodes[i].line, column);
      parts.push(this.pool[i]);
    }
    return parts;
  }
}

/**
 * The total agrees exactly with its parts in this column, as printed, at least one part holding a
 * figure and no cell unreadable: the comparison would pass with nothing to report (most totals).
 */
function agreesExactly(total: Line, parts: readonly CodeNode[], column: Column, unit: Unit): boolean {
  let sum = 0;
  let filled = false;
  for (let i = 0; i < parts.length; i++) {
    const a = parts[i].line.amounts[column.id];
    if (a && a.value !== null) filled = true;
    sum += cellFen(a, unit);
  }
  return filled && sum === cellFen(total.amounts[column.id], unit);
}

/** Checks one table; returns how many totals were compared. */
function checkHierarchy(ctx: RuleContext, table: Table, options: { totalRows: boolean }): number {
  let compared = 0;
  const derived = new Derived();
  const quick = ctx.countsAgreementAlone;
  for (const block of table.blocks) {
    const lines = figureLines(table, block.index);
    const roots = buildCodeTree(lines);
    if (roots.length === 0) continue;
    const columns = amountColumns(table, block.index);
    if (columns.length === 0) continue;
    const operands = new Operands(table, columns[0]);
    // Indexed loops: this walk runs for every block of every coded table, mostly before the JIT has
    // compiled it, and each for…of step of unoptimised code allocates an iterator result.
    const visit = (node: CodeNode): void => {
      const children = node.children;
      for (let i = 0; i < children.length; i++) visit(children[i]);
      if (children.length === 0) return;
      const rule = ruleFor(node, table);
      for (let c = 0; c < columns.length; c++) {
        const column = columns[c];
        const nodes = effectiveParts(node.children, column);
        if (quick && agreesExactly(node.line, nodes, column, table.unit)) {
          compared++;
          continue;
        }
        const parts = operands.partsAt(nodes, column);
        if (!anyFigure(parts)) continue;
        if (judgeTotal(ctx, derived, rule, operands.totalAt(node.line, column), parts, byCodeSubject)) compared++;
      }
    };
    for (const root of roots) visit(root);

    const totalLines = !options.totalRows ? [] : lines.filter((l) => !l.code && (l.role === 'total' || l.role === 'grand-total'));
    for (const totalLine of totalLines) {
      for (const column of columns) {
        const nodes = effectiveParts(roots, column);
        if (quick && agreesExactly(totalLine, nodes, column, table.unit)) {
          compared++;
          continue;
        }
        const parts = operands.partsAt(nodes, column);
        if (!anyFigure(parts)) continue;
        if (judgeTotal(ctx, derived, 'hierarchy-sum/total-row', operands.totalAt(totalLine, column), parts, totalRowSubject)) compared++;
      }
    }
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
