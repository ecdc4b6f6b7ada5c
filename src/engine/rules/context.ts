/**
 * What every rule module shares: reading an amount cell of a table as an operand, comparing a
 * total with its parts under the rounding policy, and turning a failed comparison into a Finding
 * (its sentence from rules/messages). The ledger of checks is kept by the runner (rules/index).
 */
import type { CellLocation, EngineOptions, Finding, FindingKind } from '../findings';
import type { AmountValue, Column, Line, Table, Unit } from '../recognize/types';
import type { UnreadTable } from '../recognize/unread';
import { FEN_PER_WAN_CENT, fromFen, halfUnitFen, judge, toFen, type Verdict } from '../model/money';
import { cellAt, linesByCode } from '../model/tables';
import { sumMessage } from './messages';

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

/**
 * The same operand moved to another line (and column) of its table: a rule comparing the same columns
 * on every line reads each line into the same objects (the context copies what it keeps).
 */
export function moveTo(op: Operand, line: Line, column: Column = op.column): void {
  const a = line.amounts[column.id];
  op.line = line;
  op.column = column;
  op.value = a ? a.value : null;
  op.decimals = a ? a.decimals : 0;
  op.problem = a?.problem;
}

/**
 * A cell's figure in 分 for a quick exact sum: 0 when blank, NaN when unreadable (a sum holding one
 * equals nothing, so the comparison goes the full way, which leaves such cells out).
 */
export function cellFen(a: AmountValue | undefined, unit: Unit): number {
  if (!a) return 0;
  if (a.problem) return NaN;
  return a.value === null ? 0 : toFen(a.value, unit);
}

/**
 * A line agrees exactly with the sum of other lines in one column, as printed, at least one of them holding a figure
 * and no cell unreadable: RuleContext.compare would find them equal (so, on a first run that keeps no held equation,
 * checkSum would report and keep nothing).
 */
export function linesAgreeExactly(total: Line, parts: readonly Line[], column: Column, unit: Unit): boolean {
  const id = column.id;
  let sum = 0;
  let filled = false;
  for (let i = 0; i < parts.length; i++) {
    const a = parts[i].amounts[id];
    if (a !== undefined && a.value !== null) filled = true;
    sum += cellFen(a, unit);
  }
  return filled && sum === cellFen(total.amounts[id], unit);
}

/** True when some operand holds a figure (blank cells read null). */
export function anyFigure(ops: readonly Operand[]): boolean {
  for (let i = 0; i < ops.length; i++) if (ops[i].value !== null) return true;
  return false;
}

export function cellOf(op: Operand): CellLocation {
  return cellAt(op.table, op.line, op.column);
}

/**
 * A rounding gap under 0.01 万元 (a 元 table's 1 元, kept in 分 and shown to the 元) changes no figure
 * of the publication as it is stated in 万元 — the 情况说明, the summary tables of most places — so it is
 * listed for information; a gap of 0.01 万元 or more is visible there and stays a warning.
 */
function roundingSeverity(c: Comparison): 'info' | 'warning' {
  return Math.abs(c.diffFen) < FEN_PER_WAN_CENT ? 'info' : 'warning';
}

/**
 * A total compared with its parts. Most comparisons agree exactly and are read only for their
 * verdict: the rounding allowance and the decimals of a message are worked out only when total and
 * parts differ, and the figures in the table's unit from 分 when a message asks.
 */
export class Comparison {
  constructor(
    private readonly ctx: RuleContext,
    readonly verdict: Verdict,
    /** The total as written (null: blank). */
    readonly actual: number | null,
    /** actual − expected, in 分 (for the most-likely-cell analysis). */
    readonly diffFen: number,
    /** The rounding allowance in 分 when total and parts differ; 0 when they agree exactly (nothing to allow for). */
    readonly toleranceFen: number,
    /** The total is itself a rounded figure (the same figure printed in another table). */
    readonly totalRounded: boolean,
    private readonly sumFen: number,
    private readonly table: Table,
    /** Decimals of the figures when they differ; undefined when they agree exactly (the table's usual ones). */
    private readonly shownDecimals: number | undefined,
  ) {}

  /** Decimals for printing the figures (the table's usual ones when total and parts agree exactly). */
  get decimals(): number {
    return this.shownDecimals ?? this.ctx.tablePrecision(this.table);
  }

  /** Σ parts, in the total's table unit. */
  get expected(): number {
    return fromFen(this.sumFen, this.table.unit);
  }

  /** actual − expected, in the total's table unit. */
  get diff(): number {
    return fromFen(this.diffFen, this.table.unit);
  }
}

/**
 * One equation the rules compared, as printed, that failed: total = Σ parts. Several failing ones
 * may be traced to the single cell that would satisfy them all (rules/likely-cell).
 */
export interface Identity {
  rule: string;
  kind: FindingKind;
  total: Operand;
  parts: Operand[];
  diffFen: number;
  toleranceFen: number;
}

/** What one cell of a held equation shares with all its others, or each cell's own (total first). */
type Shared<T> = T | T[];

/**
 * An equation that held, kept only as the cells it adds up (total first with coefficient +1, then
 * the parts with −1) and how far it was from failing: the most-likely-cell analysis must not blame
 * a cell whose change would upset it. A hierarchy sum shares its table and column, a column sum
 * its table and line, so most of these are three short lists (108,000 on a 100,000-line sheet).
 * Its rounding allowance is worked out from its cells when the analysis reads it (most never are).
 */
export class HeldEquation {
  constructor(
    private readonly ctx: RuleContext,
    readonly diffFen: number,
    private readonly totalRounded: boolean,
    readonly size: number,
    readonly tables: Shared<Table>,
    readonly lines: Shared<Line>,
    readonly columns: Shared<Column>,
  ) {}

  get toleranceFen(): number {
    const cells: Operand[] = [];
    for (let i = 0; i < this.size; i++) cells.push(operand(heldCell(this.tables, i), heldCell(this.lines, i), heldCell(this.columns, i)));
    return this.ctx.toleranceOf(cells[0], cells.slice(1), this.totalRounded);
  }
}

const tableOf = (op: Operand) => op.table;
const lineOf = (op: Operand) => op.line;
const columnOf = (op: Operand) => op.column;

/**
 * Each cell's table, line or column (total first). A list equal to the previous equation's is that
 * list: a hierarchy sum compares the same lines in each amount column, a column sum the same columns
 * on each line.
 */
function listOf<T>(pick: (op: Operand) => T, total: Operand, parts: readonly Operand[], previous: Shared<T> | undefined): T[] {
  if (Array.isArray(previous) && previous.length === parts.length + 1 && previous[0] === pick(total)) {
    let i = 0;
    while (i < parts.length && previous[i + 1] === pick(parts[i])) i++;
    if (i === parts.length) return previous;
  }
  const list = [pick(total)];
  for (let i = 0; i < parts.length; i++) list.push(pick(parts[i]));
  return list;
}

/**
 * An equation that held, as its cells (total first): each of table, line and column shared by all,
 * or listed one by one.
 */
function heldEquation(ctx: RuleContext, total: Operand, parts: readonly Operand[], c: Comparison, previous: HeldEquation | undefined): HeldEquation {
  let sameTable = true;
  let sameLine = true;
  let sameColumn = true;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p.table !== total.table) sameTable = false;
    if (p.line !== total.line) sameLine = false;
    if (p.column !== total.column) sameColumn = false;
  }
  return new HeldEquation(
    ctx,
    c.diffFen,
    c.totalRounded,
    parts.length + 1,
    sameTable ? total.table : listOf(tableOf, total, parts, previous?.tables),
    sameLine ? total.line : listOf(lineOf, total, parts, previous?.lines),
    sameColumn ? total.column : listOf(columnOf, total, parts, previous?.columns),
  );
}

export function heldCell<T>(field: Shared<T>, i: number): T {
  return Array.isArray(field) ? field[i] : field;
}

/**
 * The most frequent number of decimals in a count by decimals (`counts[d]`: how many figures show d
 * decimals; ties: the larger); 0 when none was counted.
 */
function mostCommon(counts: readonly number[]): number {
  let best = 0;
  let bestCount = 0;
  for (let d = 0; d < counts.length; d++) {
    const n = counts[d];
    if (n > 0 && n >= bestCount) {
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

/** Counts by decimals in arrays (a figure shows 0–300 decimals; a Map per table cost more than the reading). */
export function tablePrecisionOf(table: Table): Precision {
  const fraction: number[] = [];
  const whole: number[] = [];
  for (let l = 0; l < table.lines.length; l++) {
    const line = table.lines[l];
    for (const id in line.amounts) {
      const a = line.amounts[id];
      if (a.value === null) continue;
      const d = a.decimals;
      if (d > 0) fraction[d] = (fraction[d] ?? 0) + 1;
      if (a.value !== 0) whole[d] = (whole[d] ?? 0) + 1;
    }
  }
  return { fraction: mostCommon(fraction), whole: mostCommon(whole) };
}

/** How many figures in 元, none finer than the hundred, show they were rounded to it (a few round budgets do not). */
const ROUNDED_TO_HUNDREDS = 10;

/**
 * How many figures of a table in 元 end in 00 (0 and blanks not counted): undefined when the table prints decimals
 * ('200.00': read to the 分, it tells nothing), -1 when a whole figure is finer than the hundred.
 */
function wholeHundredsOf(table: Table): number | undefined {
  let hundreds = 0;
  let finer = false;
  for (let l = 0; l < table.lines.length; l++) {
    const amounts = table.lines[l].amounts;
    for (const id in amounts) {
      const a = amounts[id];
      if (a.value === null) continue;
      if (a.decimals > 0) return undefined;
      if (a.value === 0) continue;
      if (a.value % 100 !== 0) finer = true;
      else hundreds++;
    }
  }
  return finer ? -1 : hundreds;
}

/**
 * Whether the workbook's whole-元 figures were printed from 万元 to two decimals (1,092.80 万元 as 10,928,000 元): every
 * one of them ends in 00, and there are enough of them to tell. Their rounding is then half of 100 元, not half a 元.
 */
export function yuanRoundedToHundreds(tables: readonly Table[]): boolean {
  let hundreds = 0;
  for (let t = 0; t < tables.length; t++) {
    if (tables[t].unit !== '元') continue;
    const n = wholeHundredsOf(tables[t]);
    if (n === undefined) continue;
    if (n < 0) return false;
    hundreds += n;
  }
  return hundreds >= ROUNDED_TO_HUNDREDS;
}

/** A table's precision with the half units of its usual decimals, in 分 (most figures are rounded to them). */
interface Rounding extends Precision {
  fractionHalf: number;
  wholeHalf: number;
}

function roundingOfTable(table: Table, hundreds: boolean): Rounding {
  const read = tablePrecisionOf(table);
  const p = hundreds && table.unit === '元' && read.fraction === 0 && read.whole === 0 ? { ...read, whole: -2 } : read;
  return { ...p, fractionHalf: halfUnitFen(p.fraction, table.unit), wholeHalf: halfUnitFen(p.whole, table.unit) };
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

const TOTAL_ROUNDED = { totalRounded: true };
const TOTAL_EXACT = { totalRounded: false };

export class RuleContext {
  readonly findings: Finding[] = [];
  /** The findings that only report a sum off by no more than its rounding allows (the ledger tells them from warnings to look into). */
  readonly roundingGaps = new Set<Finding>();
  /** The equations compared as printed that failed, and those that held (advisory comparisons are none). */
  readonly failing: Identity[] = [];
  readonly held: HeldEquation[] = [];
  /**
   * False in the rules' first run: the held equations are most comparisons, and a failing cluster
   * needs almost none of them — the runner reads them again when there is one (rules/index).
   */
  keepsHeld = true;

  /**
   * Whether a sum within a table may count a comparison that agrees exactly without building it:
   * such a comparison reports nothing, and is recorded only as a held equation, kept only when
   * `keepsHeld` (the runner reads them again for a failing cluster, rules/index).
   */
  get countsAgreementAlone(): boolean {
    return !this.keepsHeld;
  }
  private readonly precision = new Map<Table, Rounding>();
  /** The workbook's figures in 元 were rounded to the hundred (yuanRoundedToHundreds), once asked. */
  private hundreds: boolean | undefined;
  /** 'sheet!A1' of every cell an error finding points at. */
  private readonly errorCells = new Set<string>();

  constructor(
    readonly tables: Table[],
    readonly options: EngineOptions = {},
    /** Sheets that look like a standard table but could not be read: there, yet not checked. */
    readonly unreadTables: readonly UnreadTable[] = [],
  ) {}

  /** The last table asked about: a rule compares the figures of one table at a time. */
  private lastTable: Table | undefined;
  private lastPrecision: Rounding | undefined;

  private precisionOf(table: Table): Rounding {
    if (table === this.lastTable) return this.lastPrecision!;
    let p = this.precision.get(table);
    if (p === undefined) {
      p = roundingOfTable(table, (this.hundreds ??= yuanRoundedToHundreds(this.tables)));
      this.precision.set(table, p);
    }
    this.lastTable = table;
    this.lastPrecision = p;
    return p;
  }

  /** The decimals a table's figures are usually printed with (for messages). */
  tablePrecision(table: Table): number {
    return this.precisionOf(table).fraction;
  }

  /** Decimals a comparison's figures are printed with: at least the total's table's usual precision. */
  private decimalsFor(total: Operand, parts: readonly Operand[]): number {
    const table = total.table;
    let d = this.tablePrecision(table);
    if (total.value !== null && total.decimals > d) d = total.decimals;
    for (const p of parts) if (p.table === table && p.value !== null && p.decimals > d) d = p.decimals;
    return d;
  }

  /**
   * Half a unit of the last decimal this figure was rounded to, in 分: a figure showing
   * decimals is rounded to them (at least to the table's usual ones: '1092.8' is 1092.80); one
   * showing none is rounded to what the table's figures usually show (whole 元 in a table printed
   * in 元, 0.01 in a table printed to 0.01 万元 whose '45' is 45.00).
   */
  private roundingOf(op: Operand): number {
    const p = this.precisionOf(op.table);
    if (op.decimals > p.fraction) return halfUnitFen(op.decimals, op.table.unit);
    return op.decimals > 0 ? p.fractionHalf : p.wholeHalf;
  }

  /**
   * Compares a total with the sum of its parts (`totalRounded`: the total is itself a rounded figure,
   * as when one table's figure is compared with the same figure printed in another, each rounded its
   * own way). Undefined when there is nothing to compare:
   * a cell holds an Excel error or text (reported by plausibility), or total and parts are all blank.
   */
  compare(total: Operand, parts: readonly Operand[], options: { totalRounded?: boolean } = TOTAL_EXACT): Comparison | undefined {
    if (total.problem) return undefined;
    const unit = total.table.unit;
    let filled = 0;
    let sum = 0;
    // By index: every comparison runs this loop, the first hundreds of them unoptimised (no iterator per step).
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (p.problem) return undefined;
      if (p.value === null) continue;
      filled++;
      sum += toFen(p.value, p.table.unit);
    }
    if (total.value === null && filled === 0) return undefined;
    const actualFen = total.value === null ? 0 : toFen(total.value, unit);
    const diffFen = actualFen - sum;
    const totalRounded = options.totalRounded === true;
    // Most comparisons agree exactly: no allowance, no decimals to print (nor the table's precision they read).
    if (diffFen === 0) return new Comparison(this, 'ok', total.value, 0, 0, totalRounded, sum, total.table, undefined);
    const tolerance = this.toleranceOf(total, parts, totalRounded);
    const decimals = this.decimalsFor(total, parts);
    // Figures stored finer than they are shown (万元 from 元: 194.6937 shown 194.69) may differ by less
    // than the last shown decimal: '应为 219.70，表中为 219.70，差 0.00' is nothing a reader can see.
    const invisible = Math.abs(diffFen) < halfUnitFen(decimals, unit);
    return new Comparison(this, invisible ? 'ok' : judge(diffFen, tolerance), total.value, diffFen, tolerance, totalRounded, sum, total.table, decimals);
  }

  /**
   * The rounding allowance of a comparison, in 分 (docs/design.md §4): each rounded part may be off by
   * half a unit of its own last printed decimal; the total adds its own half unit when it is printed
   * coarser than its parts (or in another unit), or is itself a rounded figure (`totalRounded`).
   */
  toleranceOf(total: Operand, parts: readonly Operand[], totalRounded: boolean): number {
    const unit = total.table.unit;
    if (this.options.tolerance !== undefined) return toFen(this.options.tolerance, unit);
    let filled = 0;
    let tolerance = 0;
    let finestPart = Infinity;
    let otherUnit = false;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (p.value === null) continue;
      filled++;
      const half = this.roundingOf(p);
      tolerance += half;
      if (half < finestPart) finestPart = half;
      if (p.table.unit !== unit) otherUnit = true;
    }
    const totalHalf = this.roundingOf(total);
    if (filled === 0) return totalHalf;
    return totalRounded || totalHalf > finestPart || otherUnit ? tolerance + totalHalf : tolerance;
  }

  /** Records an equation that was compared as printed (advisory comparisons are no equations). */
  recordIdentity(rule: string, kind: FindingKind, total: Operand, parts: readonly Operand[], c: Comparison): void {
    if (c.verdict === 'error') {
      // Copies: a rule may hand the same operand objects over again for its next line.
      this.failing.push({ rule, kind, total: { ...total }, parts: parts.map((p) => ({ ...p })), diffFen: c.diffFen, toleranceFen: c.toleranceFen });
      return;
    }
    if (this.keepsHeld) this.held.push(heldEquation(this, total, parts, c, this.held[this.held.length - 1]));
  }

  /**
   * Reports a failed comparison. `subject` names the figure that fails ("221 住房保障支出“合计”列");
   * the sentence is completed with what it should be, what it is and the difference.
   */
  reportSum(args: SumReport): void {
    const { comparison: c, total } = args;
    if (c.verdict === 'ok') return;
    const message = sumMessage({
      table: total.table,
      subject: args.subject,
      expected: c.expected,
      actual: c.actual,
      diff: c.diff,
      decimals: c.decimals,
      tone: args.severity === 'info' ? 'hint' : c.verdict === 'rounding' ? 'rounding' : 'error',
      note: args.note,
    });
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
    const finding: Finding = {
      rule: args.rule,
      kind: args.kind,
      severity: args.severity === 'info' ? 'info' : c.verdict === 'rounding' ? roundingSeverity(c) : (args.severity ?? 'error'),
      sheet: at.sheet,
      cell: at.cell,
      related,
      expected: c.expected,
      actual: c.actual ?? undefined,
      message,
    };
    this.report(finding);
    if (args.severity !== 'info' && c.verdict === 'rounding') this.roundingGaps.add(finding);
  }

  /**
   * Compares a total with its parts and reports a disagreement; false when there was nothing to
   * compare. The subject is only worded for a figure that fails (most agree: this is the hot path).
   * The note, too, is worked out only then.
   * Neither `args` nor its operands are kept: a rule may hand the same objects over for its next line.
   */
  checkSum(
    args: Omit<SumReport, 'comparison' | 'subject' | 'note'> & {
      subject: () => string;
      note?: () => string | undefined;
      /** Why this failure does not show which figure is wrong: it is then a warning with this note, and no failing equation. */
      uncertain?: (c: Comparison) => string | undefined;
    },
  ): boolean {
    const comparison = this.compare(args.total, args.parts, args.kind === 'cross-table' ? TOTAL_ROUNDED : TOTAL_EXACT);
    if (!comparison) return false;
    const uncertain = comparison.verdict === 'error' ? args.uncertain?.(comparison) : undefined;
    if (!args.severity && !uncertain) this.recordIdentity(args.rule, args.kind, args.total, args.parts, comparison);
    if (comparison.verdict !== 'ok') {
      const loudness = uncertain ? { severity: 'warning' as const, note: uncertain } : { note: args.note?.() };
      this.reportSum({ ...args, comparison, subject: args.subject(), ...loudness });
    }
    return true;
  }

  /** True when an earlier check already found this cell wrong (an error finding points at it). */
  hasErrorAt(op: Operand): boolean {
    if (this.errorCells.size === 0) return false;
    const at = cellOf(op);
    return this.errorCells.has(`${at.sheet}!${at.cell}`);
  }

  private readonly codedLines = new Map<Table, Map<number | undefined, ReadonlyMap<string, Line>>>();

  /** A table's coded lines by code (of one block), read once: several cross-table checks compare the same table. */
  linesByCode(table: Table, block?: number): ReadonlyMap<string, Line> {
    let byBlock = this.codedLines.get(table);
    if (!byBlock) this.codedLines.set(table, (byBlock = new Map()));
    let lines = byBlock.get(block);
    if (!lines) byBlock.set(block, (lines = linesByCode(table, block)));
    return lines;
  }

  /** Adds a finding that is not a sum (plausibility, disclosure). */
  report(f: Finding): void {
    this.findings.push(f);
    if (f.severity === 'error') this.errorCells.add(`${f.sheet}!${f.cell}`);
  }
}
