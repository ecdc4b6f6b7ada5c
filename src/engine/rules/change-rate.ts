/**
 * 上年 | 本年 | 增减金额 | 增减幅度: the rate of change is (本年 − 上年) ÷ 上年, to the decimals it prints. Checked only where
 * the block's header gives the change identity (column-sum's changeIdentity) and one percent column of change beside it.
 */
import type { AmountValue, Column, Line, Table } from '../recognize/types';
import { namesRateOfChange } from '../recognize/lexicon';
import { amountColumns, figureLines, valueAt } from '../model/tables';
import { toA1 } from '../grid/a1';
import { differenceIdentity } from './column-sum';
import { rateMessage } from './messages';
import { operand, type RuleContext } from './context';
import { compared, type Outcome, type TableRule } from './rule';

/** What float arithmetic leaves of an exact comparison of rates, in percentage points. */
const FLOAT_NOISE = 1e-9;

interface RateColumns {
  prior: Column;
  current: Column;
  change: Column;
  rate: Column;
}

/** The block's columns of a rate of change, when its 增减额 reads as 本年 − 上年 (as column-sum reads it). */
function rateColumnsOf(table: Table, block: number): RateColumns | undefined {
  // The rate column first: few tables print one, and the header's identities cost more to read.
  const rates = table.columns.filter((c) => c.role === 'percent' && c.block === block && namesRateOfChange(c.label));
  if (rates.length !== 1) return undefined;
  const change = differenceIdentity(table, amountColumns(table, block), figureLines(table, block));
  if (!change) return undefined;
  return { prior: change.parts[0], current: change.total, change: change.parts[1], rate: rates[0] };
}

/** The decimals a rate is printed with ('2.40%' → 2, '22%' → 0). */
function printedDecimals(cell: AmountValue): number {
  return /\.(\d+)\s*[%％]?$/.exec(cell.text.trim())?.[1].length ?? 0;
}

/**
 * The decimals most of a column's rates print (ties to the fewer): a '2.40%' among one-decimal rates says no more than
 * 2.4 does.
 */
function usualDecimals(lines: readonly Line[], rate: Column): number {
  const counts: number[] = [];
  for (const line of lines) {
    const cell = line.amounts[rate.id];
    if (!cell || cell.value === null) continue;
    const d = printedDecimals(cell);
    counts[d] = (counts[d] ?? 0) + 1;
  }
  let best = 0;
  counts.forEach((n, d) => {
    if (n > (counts[best] ?? 0)) best = d;
  });
  return best;
}

/**
 * The printed rate as the percentages it may mean: '22%' is 22; a figure without '%' (a '0', or 12.5 under a 增长率 head)
 * may be percentages or a fraction, so both readings are kept.
 */
export function readingsOf(cell: AmountValue, usual: number): { values: number[]; decimals: number } | undefined {
  if (cell.value === null) return undefined;
  const shown = cell.text.trim();
  const values = shown.endsWith('%') || shown.endsWith('％') ? [cell.value * 100] : [cell.value, cell.value * 100];
  return { values, decimals: Math.min(printedDecimals(cell), usual) };
}

/**
 * How far a rate (percentage points) may move with the rounding of its figures: 上年 and 本年 printed to `decimals` may
 * each be half a unit off, and a rate on a small 上年 moves much with them — (本年 ÷ 上年 − 1) changes by 1 ÷ 上年 per unit
 * of 本年 and 本年 ÷ 上年² per unit of 上年.
 */
export function roundingSlack(prior: number, current: number, decimals: number): number {
  const half = 10 ** -decimals / 2;
  return 100 * half * (1 / prior + Math.abs(current) / (prior * prior));
}

/** How far the printed rate is from the rate of its figures: 'ok', one unit of its last digit off, or more. */
export function rateAgreement(printed: number, decimals: number, exact: number, slack = 0): 'ok' | 'last-digit' | 'wrong' {
  const unit = 10 ** -decimals;
  if (Math.abs(printed - exact) <= unit / 2 + slack + FLOAT_NOISE) return 'ok';
  // One unit of the last digit beyond what the rounding allows.
  return Math.abs(printed - exact) <= unit * 1.5 + slack + FLOAT_NOISE ? 'last-digit' : 'wrong';
}

/**
 * The change a line's rate may be of: 本年 − 上年, and the printed 增减额 when it says otherwise — unless an earlier check
 * already found that 增减额 wrong (its items add to another figure), when the rate must follow the years. Which figure
 * of the three is wrong is otherwise column-sum's finding to tell; the rate agreeing with either is no second slip.
 */
function changesToRate(ctx: RuleContext, table: Table, line: Line, c: RateColumns, prior: number): number[] {
  const current = valueAt(line, c.current);
  const printed = valueAt(line, c.change);
  if (current === null) return printed === null ? [] : [printed];
  const byYears = current - prior;
  if (printed === null) return [byYears];
  const half = 10 ** -(line.amounts[c.change.id]?.decimals ?? 0) / 2;
  if (Math.abs(printed - byYears) <= half + FLOAT_NOISE || ctx.hasErrorAt(operand(table, line, c.change))) return [byYears];
  return [byYears, printed];
}

/** A rate column with no negative rate beside falling lines prints the size of each change, its way shown by the 增减额. */
function printsMagnitudes(lines: readonly Line[], c: RateColumns): boolean {
  let falls = false;
  for (const line of lines) {
    const rate = line.amounts[c.rate.id]?.value ?? null;
    if (rate !== null && rate < 0) return false;
    const [prior, current] = [valueAt(line, c.prior), valueAt(line, c.current)];
    if (prior !== null && current !== null && current < prior) falls = true;
  }
  return falls;
}

function checkLine(ctx: RuleContext, table: Table, line: Line, c: RateColumns, usual: number, magnitudes: boolean): boolean {
  const prior = valueAt(line, c.prior);
  const cell = line.amounts[c.rate.id];
  const printed = cell && readingsOf(cell, usual);
  if (prior === null || prior <= 0 || !printed) return false;
  const changes = changesToRate(ctx, table, line, c, prior).map((ch) => (magnitudes ? Math.abs(ch) : ch));
  if (changes.length === 0) return false;
  const change = changes[0];
  const exact = (change / prior) * 100;
  const figureDecimals = Math.max(line.amounts[c.prior.id]?.decimals ?? 0, line.amounts[c.current.id]?.decimals ?? 0);
  const slack = roundingSlack(prior, valueAt(line, c.current) ?? prior + change, figureDecimals);
  const agreement = (ch: number) => printed.values.map((v) => rateAgreement(v, printed.decimals, (ch / prior) * 100, slack));
  if (changes.some((ch) => agreement(ch).includes('ok'))) return true;
  const lastDigit = agreement(change).includes('last-digit');
  const sheet = line.sheet ?? table.sheet;
  reportRate(ctx, {
    sheet,
    cell: toA1(line.row, cell.col),
    related: [c.prior, c.current].map((col) => ({ sheet, cell: toA1(line.row, line.amounts[col.id]?.col ?? col.col) })),
    exact,
    printed: printed.values[0],
    lastDigit,
    message: rateMessage({ table, line, rate: c.rate, prior: c.prior, current: c.current, change, priorValue: prior, exact, shown: cell.text, lastDigit, decimals: printed.decimals }),
  });
  return true;
}

/** A printed rate its figures do not give: off in its last digit only, a warning; further, an error. */
export function reportRate(
  ctx: RuleContext,
  r: { sheet: string; cell: string; related: { sheet: string; cell: string }[]; exact: number; printed: number; lastDigit: boolean; message: string },
): void {
  ctx.report({
    rule: 'column-sum/change-rate',
    kind: 'column-sum',
    severity: r.lastDigit ? 'warning' : 'error',
    sheet: r.sheet,
    cell: r.cell,
    related: r.related,
    expected: r.exact,
    actual: r.printed,
    message: r.message,
  });
}

function checkChangeRates(ctx: RuleContext, table: Table): Outcome {
  let n = 0;
  for (const block of table.blocks) {
    const columns = rateColumnsOf(table, block.index);
    if (!columns) continue;
    const lines = figureLines(table, block.index);
    const usual = usualDecimals(lines, columns.rate);
    const magnitudes = printsMagnitudes(lines, columns);
    for (const line of lines) if (checkLine(ctx, table, line, columns, usual, magnitudes)) n++;
  }
  return compared(n);
}

/** Applies where a block prints a rate of change beside its change identity. */
export const changeRate: TableRule = {
  id: 'column-sum/change-rate',
  applies: (table) => table.blocks.some((b) => rateColumnsOf(table, b.index) !== undefined),
  run: checkChangeRates,
};
