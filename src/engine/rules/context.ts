/**
 * What every rule module shares: reading an amount cell of a table as an operand, comparing a
 * total with its parts under the rounding policy, turning a failed comparison into a Finding, and
 * recording each standard check in the coverage ledger.
 */
import type { CellLocation, CheckStatus, EngineOptions, Finding, FindingKind } from '../findings';
import { toA1 } from '../grid/a1';
import type { AmountValue, Column, Line, Table } from '../recognize/types';
import { formatAmount, fromMicro, halfUnitMicro, judge, toMicro, type Verdict } from './money';
import { tableName } from './names';

/** One amount cell of one table, ready to be compared. */
export interface Operand {
  table: Table;
  line: Line;
  column: Column;
  value: number | null;
  decimals: number;
  problem?: AmountValue['problem'];
}

export function operand(table: Table, line: Line, column: Column): Operand {
  const a = line.amounts[column.id];
  return {
    table,
    line,
    column,
    value: a ? a.value : null,
    decimals: a ? a.decimals : 0,
    problem: a?.problem,
  };
}

export function cellOf(op: Operand): CellLocation {
  const col = op.line.amounts[op.column.id]?.col ?? op.column.col;
  return { sheet: op.line.sheet ?? op.table.sheet, cell: toA1(op.line.row, col) };
}

export interface Comparison {
  verdict: Verdict;
  /** Σ parts, in the total's table unit. */
  expected: number;
  /** The total as written (null: blank). */
  actual: number | null;
  /** actual − expected, in the total's table unit. */
  diff: number;
  /** Decimals for printing the figures. */
  decimals: number;
  /** actual − expected and the rounding allowance, in micro-yuan (for the most-likely-cell analysis). */
  diffMicro: number;
  toleranceMicro: number;
}

/**
 * One equation the rules compared, as printed: total = Σ parts. Kept (passing or not) so that
 * several failing ones can be traced to the single cell that would satisfy them all.
 */
export interface Identity {
  rule: string;
  kind: FindingKind;
  total: Operand;
  parts: Operand[];
  diffMicro: number;
  toleranceMicro: number;
  failing: boolean;
}

/** Most common number of decimals among the amounts that `count` accepts (ties: the larger). */
function mostCommonDecimals(table: Table, count: (a: AmountValue) => boolean): number {
  const counts = new Map<number, number>();
  for (const line of table.lines) {
    for (const a of Object.values(line.amounts)) {
      if (a.value !== null && count(a)) counts.set(a.decimals, (counts.get(a.decimals) ?? 0) + 1);
    }
  }
  let best = 0;
  let bestCount = 0;
  for (const [d, n] of counts) {
    if (n > bestCount || (n === bestCount && d > best)) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

/**
 * How a table prints its amounts: `fraction` — the usual decimals of the amounts that show any
 * (2 for '1,234.56', so a '1092.8' of the same table is read as 1092.80); `whole` — the usual
 * decimals of all non-zero amounts, 0 in a table printed in whole 元 with a few cents here and there.
 */
interface Precision {
  fraction: number;
  whole: number;
}

function tablePrecisionOf(table: Table): Precision {
  return {
    fraction: mostCommonDecimals(table, (a) => a.decimals > 0),
    whole: mostCommonDecimals(table, (a) => a.value !== 0),
  };
}

/** A total compared with its parts, and how to say it when they disagree. */
export interface SumReport {
  rule: string;
  kind: FindingKind;
  total: Operand;
  parts: Operand[];
  comparison: Comparison;
  /** Names the figure that fails ("221 住房保障支出“合计”列"); the sentence is completed with the figures. */
  subject: string;
  /**
   * Overrides the severity: 'warning' for a beyond-tolerance difference of an advisory cross-check;
   * 'info' for a hint (two figures that usually, not always, agree), whatever the difference.
   */
  severity?: 'warning' | 'info';
  /** A clause added to the sentence (a likely cause). */
  note?: string;
}

export interface CheckScope {
  rule: string;
  scope: string;
  compared: number;
  failedReason?: string;
}

/** Rules whose findings are only warnings: any finding fails the check. */
const WARNING_ONLY = /^(cross-table\/three-public-vs-basic|plausibility\/|disclosure\/)/;

export class RuleContext {
  readonly findings: Finding[] = [];
  readonly checks: CheckStatus[] = [];
  readonly identities: Identity[] = [];
  private readonly precision = new Map<Table, Precision>();
  /** 'sheet!A1' of every cell an error finding points at. */
  private readonly errorCells = new Set<string>();

  constructor(
    readonly tables: Table[],
    readonly options: EngineOptions = {},
  ) {}

  private precisionOf(table: Table): Precision {
    let p = this.precision.get(table);
    if (p === undefined) {
      p = tablePrecisionOf(table);
      this.precision.set(table, p);
    }
    return p;
  }

  /** The decimals a table's figures are usually printed with (for messages). */
  tablePrecision(table: Table): number {
    return this.precisionOf(table).fraction;
  }

  /** Decimals a figure of this table is printed with: at least the table's usual precision. */
  private decimalsFor(table: Table, ops: Operand[]): number {
    let d = this.tablePrecision(table);
    for (const op of ops) if (op.table === table && op.value !== null) d = Math.max(d, op.decimals);
    return d;
  }

  /**
   * Half a unit of the last decimal this figure was rounded to, in micro-yuan: a figure showing
   * decimals is rounded to them (at least to the table's usual ones: '1092.8' is 1092.80); one
   * showing none is rounded to what the table's figures usually show (whole 元 in a table printed
   * in 元, 0.01 in a table printed to 0.01 万元 whose '45' is 45.00).
   */
  private roundingOf(op: Operand): number {
    const p = this.precisionOf(op.table);
    const decimals = op.decimals > 0 ? Math.max(op.decimals, p.fraction) : p.whole;
    return halfUnitMicro(decimals, op.table.unit);
  }

  /**
   * Compares a total with the sum of its parts (`totalRounded`: the total is itself a rounded figure,
   * as when one table's figure is compared with the same figure printed in another, each rounded its
   * own way). Undefined when there is nothing to compare:
   * a cell holds an Excel error or text (reported by plausibility), or total and parts are all blank.
   */
  compare(total: Operand, parts: Operand[], options: { totalRounded?: boolean } = {}): Comparison | undefined {
    if (total.problem || parts.some((p) => p.problem)) return undefined;
    const filled = parts.filter((p) => p.value !== null);
    if (total.value === null && filled.length === 0) return undefined;
    const unit = total.table.unit;
    let sum = 0;
    // docs/design.md §4: each rounded part may be off by half a unit of its own last printed decimal; the
    // total adds its own half unit when it is printed coarser than its parts (or in another unit).
    let tolerance = 0;
    let finestPart = Infinity;
    for (const p of filled) {
      sum += toMicro(p.value as number, p.table.unit);
      const half = this.roundingOf(p);
      tolerance += half;
      finestPart = Math.min(finestPart, half);
    }
    const totalHalf = this.roundingOf(total);
    if (filled.length === 0) tolerance = totalHalf;
    else if (options.totalRounded || totalHalf > finestPart || filled.some((p) => p.table.unit !== unit)) tolerance += totalHalf;
    if (this.options.tolerance !== undefined) tolerance = toMicro(this.options.tolerance, unit);
    const actualMicro = total.value === null ? 0 : toMicro(total.value, unit);
    const diffMicro = actualMicro - sum;
    const decimals = this.decimalsFor(total.table, [total, ...filled.filter((p) => p.table === total.table)]);
    // Figures stored finer than they are shown (万元 from 元: 194.6937 shown 194.69) may differ by less
    // than the last shown decimal: '应为 219.70，表中为 219.70，差 0.00' is nothing a reader can see.
    const invisible = Math.abs(diffMicro) < halfUnitMicro(decimals, unit);
    return {
      verdict: invisible ? 'ok' : judge(diffMicro, tolerance),
      expected: fromMicro(sum, unit),
      actual: total.value,
      diff: fromMicro(diffMicro, unit),
      decimals,
      diffMicro,
      toleranceMicro: tolerance,
    };
  }

  /** Records an equation that was compared as printed (advisory comparisons are no equations). */
  recordIdentity(rule: string, kind: FindingKind, total: Operand, parts: Operand[], c: Comparison): void {
    this.identities.push({ rule, kind, total, parts, diffMicro: c.diffMicro, toleranceMicro: c.toleranceMicro, failing: c.verdict === 'error' });
  }

  /**
   * Reports a failed comparison. `subject` names the figure that fails ("221 住房保障支出“合计”列");
   * the sentence is completed with what it should be, what it is and the difference.
   */
  reportSum(args: SumReport): void {
    const { comparison: c, total } = args;
    if (c.verdict === 'ok') return;
    const d = c.decimals;
    const where = `${tableName(total.table)}中，`;
    let message =
      c.actual === null
        ? `${where}${args.subject}应为 ${formatAmount(c.expected, d)}，表中却是空白`
        : `${where}${args.subject}应为 ${formatAmount(c.expected, d)}，表中为 ${formatAmount(c.actual, d)}，差 ${formatAmount(c.diff, d)}`;
    if (args.severity === 'info') message += `，${args.note ?? '两者通常相等，但不要求相等，仅供参考'}`;
    else if (c.verdict === 'rounding') message += '，差额在四舍五入允许范围内，可能是尾数舍入所致';
    else if (args.note) message += `，${args.note}`;
    const related: CellLocation[] = [];
    const seen = new Set<string>();
    for (const p of args.parts) {
      const loc = cellOf(p);
      const k = `${loc.sheet}!${loc.cell}`;
      if (!seen.has(k)) {
        seen.add(k);
        related.push(loc);
      }
    }
    const at = cellOf(total);
    this.report({
      rule: args.rule,
      kind: args.kind,
      severity: args.severity === 'info' ? 'info' : c.verdict === 'rounding' ? 'warning' : (args.severity ?? 'error'),
      sheet: at.sheet,
      cell: at.cell,
      related,
      expected: c.expected,
      actual: c.actual ?? undefined,
      message: message + '。',
    });
  }

  /**
   * Compares a total with its parts and reports a disagreement; false when there was nothing to
   * compare. The subject is only worded for a figure that fails (most agree: this is the hot path).
   */
  checkSum(args: Omit<SumReport, 'comparison' | 'subject'> & { subject: () => string }): boolean {
    const comparison = this.compare(args.total, args.parts, { totalRounded: args.kind === 'cross-table' });
    if (!comparison) return false;
    if (!args.severity) this.recordIdentity(args.rule, args.kind, args.total, args.parts, comparison);
    if (comparison.verdict !== 'ok') this.reportSum({ ...args, comparison, subject: args.subject() });
    return true;
  }

  /** True when an earlier check already found this cell wrong (an error finding points at it). */
  hasErrorAt(op: Operand): boolean {
    const at = cellOf(op);
    return this.errorCells.has(`${at.sheet}!${at.cell}`);
  }

  /** Adds a finding that is not a sum (plausibility, disclosure). */
  report(f: Finding): void {
    this.findings.push(f);
    if (f.severity === 'error') this.errorCells.add(`${f.sheet}!${f.cell}`);
  }

  /**
   * Runs one standard check over one scope (a table or a pair of tables) and records it in the
   * ledger: 'failed' when it produced an error (or any finding, for advisory rules), 'passed' when it
   * compared at least one figure, 'not-run' (with the reason) when there was nothing it could compare.
   */
  check(rule: string, scope: string, run: () => number | string): void {
    const before = this.findings.length;
    const result = run();
    const produced = this.findings.slice(before).filter((f) => f.rule === rule || f.rule.startsWith(rule + '/'));
    if (typeof result === 'string') {
      this.checks.push({ rule, status: produced.length ? 'failed' : 'not-run', reason: `${scope}：${result}` });
      return;
    }
    const errors = produced.filter((f) => f.severity === 'error').length;
    const warnings = produced.filter((f) => f.severity === 'warning').length;
    const advisory = WARNING_ONLY.test(rule + '/');
    if (errors > 0 || (advisory && warnings > 0)) {
      const n = errors + (advisory ? warnings : 0);
      this.checks.push({ rule, status: 'failed', reason: `${scope}：发现 ${n} 处不符` });
    } else if (result === 0) {
      this.checks.push({ rule, status: 'not-run', reason: `${scope}：没有可核对的数字` });
    } else {
      const hints = produced.filter((f) => f.severity === 'info').length;
      const agreed = hints > 0 ? `，${hints} 处不同（不要求相等，仅供参考）` : '，全部相符';
      const note = warnings > 0 ? `，另有 ${warnings} 处尾数舍入差异` : '';
      this.checks.push({ rule, status: 'passed', reason: `${scope}：核对 ${result} 处${agreed}${note}` });
    }
  }

  notRun(rule: string, reason: string): void {
    this.checks.push({ rule, status: 'not-run', reason });
  }
}
