/**
 * One figure compared with the same figure in another table: the finding lands where the error
 * most likely is, names both tables, and says when the two differ by a 元/万元 factor.
 */
import type { Column, Line, Table } from '../recognize/types';
import { cellFen, cellOf, operand, type Operand, type RuleContext } from './context';
import { UNIT_SLIP_FACTORS, toFen } from '../model/money';
import { figureAgainst, missingLine, subject, unitSlip } from './messages';

/** How close a ratio must come to a unit factor to read as a unit slip (0.1 %). */
const SLIP_RATIO_TOLERANCE = 0.001;

/** Two figures a unit factor apart (10,000 倍) are a 元/万元 slip, not an arithmetic one. */
function unitSlipNote(a: Operand, b: Operand[]): string | undefined {
  if (b.length !== 1 || a.value === null || b[0].value === null || a.value === 0 || b[0].value === 0) return undefined;
  const ratio = toFen(a.value, a.table.unit) / toFen(b[0].value, b[0].table.unit);
  for (const k of UNIT_SLIP_FACTORS) {
    for (const r of [k, 1 / k]) {
      if (Math.abs(ratio / r - 1) < SLIP_RATIO_TOLERANCE) return unitSlip(k);
    }
  }
  return undefined;
}

/** One figure of a table, and how a finding names it (worded only for a finding). */
export class FigureRef {
  constructor(
    readonly op: Operand,
    /** Names the figure otherwise than by its line and column (a project by its name). */
    private readonly named?: () => string,
  ) {}

  /** '206 科学技术支出“合计”列' — what the figure is, inside its table. */
  describe(): string {
    return this.named ? this.named() : subject.figure(this.op.line, this.op.column);
  }
}

/**
 * Reports `a` unless it equals the sum of `b`. The finding lands on `a` — or on the single `b`
 * when only `b` was already found wrong inside its own table, so the error is shown once, where it is.
 */
export function compareFigures(ctx: RuleContext, rule: string, a: FigureRef, b: FigureRef[], severity?: 'warning' | 'info', note?: string): boolean {
  const swap = b.length === 1 && !ctx.hasErrorAt(a.op) && ctx.hasErrorAt(b[0].op);
  const target = swap ? b[0] : a;
  const others = swap ? [a] : b;
  const parts = others.map((o) => o.op);
  return ctx.checkSum({
    rule,
    kind: 'cross-table',
    total: target.op,
    parts,
    subject: () => figureAgainst(target.describe(), others.map((o) => ({ table: o.op.table, describe: o.describe() }))),
    severity,
    note: () => note ?? unitSlipNote(target.op, parts),
  });
}

/**
 * Two cells that agree exactly as printed — neither unreadable, not both blank (a blank reads 0) —
 * whose comparison (compareFigures) would pass with nothing to report; on the first run, which keeps
 * no held equation (RuleContext.countsAgreementAlone), nothing to keep either.
 */
export function agreeExactly(ctx: RuleContext, tableA: Table, lineA: Line, colA: Column, tableB: Table, lineB: Line, colB: Column): boolean {
  if (!ctx.countsAgreementAlone) return false;
  const a = lineA.amounts[colA.id];
  const b = lineB.amounts[colB.id];
  if ((a === undefined || a.value === null) && (b === undefined || b.value === null)) return false;
  // An unreadable cell reads NaN: no difference is then 0.
  return cellFen(a, tableA.unit) - cellFen(b, tableB.unit) === 0;
}

/**
 * One figure compared with the same figure in another table (compareFigures of two cells). Most agree
 * exactly, and are counted without building the comparison (operands, references, closures).
 */
export function comparePair(ctx: RuleContext, rule: string, tableA: Table, lineA: Line, colA: Column, tableB: Table, lineB: Line, colB: Column): boolean {
  if (agreeExactly(ctx, tableA, lineA, colA, tableB, lineB, colB)) return true;
  return compareFigures(ctx, rule, ref(tableA, lineA, colA), [ref(tableB, lineB, colB)]);
}

/**
 * A figure whose line the other table does not have at all. A table that prints only the 项 lines
 * of a 款 (or the 类 line without its 款) has the figure in its details: that is a layout, not a gap.
 */
export function reportMissingLine(ctx: RuleContext, rule: string, a: FigureRef, other: Table): void {
  if (a.op.value === null || a.op.value === 0 || a.op.problem) return;
  const code = a.op.line.code;
  if (code && other.lines.some((l) => l.code && l.code !== code && (l.code.startsWith(code) || code.startsWith(l.code)))) return;
  const d = Math.max(ctx.tablePrecision(a.op.table), a.op.decimals);
  ctx.report({
    rule,
    kind: 'cross-table',
    severity: 'error',
    ...cellOf(a.op),
    related: [],
    expected: 0,
    actual: a.op.value,
    message: missingLine(a.op.table, a.describe(), a.op.value, d, other),
  });
}

/**
 * reportMissingLine of one cell, its reference made only for a figure it could report: most cells of a line the
 * other table lacks are blank or 0 there (2,200 of the bench workbook's, none reported), and each was an operand and
 * a reference made to be dropped.
 */
export function reportMissingCell(ctx: RuleContext, rule: string, table: Table, line: Line, column: Column, other: Table): void {
  const a = line.amounts[column.id];
  if (a === undefined || a.value === null || a.value === 0 || a.problem) return;
  reportMissingLine(ctx, rule, ref(table, line, column), other);
}

export function ref(table: Table, line: Line, column: Column): FigureRef {
  return new FigureRef(operand(table, line, column));
}

