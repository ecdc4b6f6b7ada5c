/**
 * A table turned on its side — one line a year ('2015年', '2016年') and a line of rates under them ('2016年比2015年增减%') —
 * prints each column's rate of change as (本年 − 上年) ÷ 上年 to the decimals it shows, as change-rate reads a rate column.
 */
import type { Column, Line, Table } from '../recognize/types';
import { namesRateLine, yearsNamed } from '../recognize/lexicon';
import { amountColumns, figureLines, valueAt } from '../model/tables';
import { toA1 } from '../grid/a1';
import { rowRateMessage } from './messages';
import { rateAgreement, readingsOf, reportRate, roundingSlack } from './change-rate';
import type { RuleContext } from './context';
import { compared, type Outcome, type TableRule } from './rule';
import { rememberedByText } from '../grid/remembered';

/** A line that is a year and nothing else: '2015年', '2016年度', '2016年决算数'. */
const YEAR_LINE = /^(\d{4})年度?(预算数?|决算数?|执行数)?$/;

/** What a line's label is to this rule: a year line's year, RATE_LINE, or NEITHER. */
const RATE_LINE = -1;
const NEITHER = -2;

function readLabel(label: string): number {
  const bare = label.replace(/\s+/g, '');
  const m = YEAR_LINE.exec(bare);
  if (m) return Number(m[1]);
  return namesRateLine(bare) ? RATE_LINE : NEITHER;
}

/**
 * Each label read once for every table (every table of every department asks this of every line: three pattern
 * runs a line, most of this rule's work, for the few tables turned on their side).
 */
const rateReadingOf = rememberedByText(readLabel);

interface RateLines {
  prior: Line;
  current: Line;
  rate: Line;
}

/** Two year lines and one line of rates that names no other years: undefined when the table is not laid out so. */
export function rateLinesOf(table: Table): RateLines | undefined {
  const lines = figureLines(table);
  const years: { line: Line; year: number }[] = [];
  const rates: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const reading = rateReadingOf(line.label);
    if (reading >= 0) years.push({ line, year: reading });
    else if (reading === RATE_LINE) rates.push(line);
  }
  if (years.length !== 2 || rates.length !== 1 || years[0].year === years[1].year) return undefined;
  const [prior, current] = years[0].year < years[1].year ? years : [years[1], years[0]];
  const named = yearsNamed(rates[0].label);
  if (named.some((y) => y !== prior.year && y !== current.year)) return undefined;
  return { prior: prior.line, current: current.line, rate: rates[0] };
}

function checkColumn(ctx: RuleContext, table: Table, c: RateLines, column: Column): boolean {
  const prior = valueAt(c.prior, column);
  const current = valueAt(c.current, column);
  const cell = c.rate.amounts[column.id];
  const printed = cell && readingsOf(cell, Infinity);
  if (prior === null || current === null || prior <= 0 || !printed) return false;
  const exact = ((current - prior) / prior) * 100;
  const figureDecimals = Math.max(c.prior.amounts[column.id]?.decimals ?? 0, c.current.amounts[column.id]?.decimals ?? 0);
  const slack = roundingSlack(prior, current, figureDecimals);
  const agreement = printed.values.map((v) => rateAgreement(v, printed.decimals, exact, slack));
  if (agreement.includes('ok')) return true;
  const lastDigit = agreement.includes('last-digit');
  reportRate(ctx, {
    sheet: table.sheet,
    cell: toA1(c.rate.row, cell.col),
    related: [c.prior, c.current].map((line) => ({ sheet: table.sheet, cell: toA1(line.row, line.amounts[column.id]?.col ?? column.col) })),
    exact,
    printed: printed.values[0],
    lastDigit,
    message: rowRateMessage({ table, column, prior: c.prior, current: c.current, rate: c.rate, priorValue: prior, currentValue: current, exact, shown: cell.text, lastDigit, decimals: printed.decimals }),
  });
  return true;
}

function checkRowRates(ctx: RuleContext, table: Table): Outcome {
  const lines = rateLinesOf(table);
  if (!lines) return compared(0);
  let n = 0;
  for (const column of amountColumns(table)) if (checkColumn(ctx, table, lines, column)) n++;
  return compared(n);
}

/** Applies where a table's lines are two years and their rate of change: the same check as change-rate's, turned. */
export const changeRateByRow: TableRule = {
  id: 'column-sum/change-rate',
  applies: (table) => rateLinesOf(table) !== undefined,
  run: checkRowRates,
};
