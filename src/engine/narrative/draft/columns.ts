/**
 * Finding a figure's column by meaning and measure. A 决算 table prints the same figure under several
 * measures (年初预算数 | 全年预算数 | 决算数, or 预算数 | 决算数 in the 三公 table), and a column's measure
 * may sit on its own header cell or on a group above it; keys repeated under measure groups come
 * qualified ('amount.total'), so a column is matched on its key's last part.
 */
import type { Column, Measure, Table } from '../../recognize/types';
import { figureKey, type PlainColumnKey } from '../../model/keys';
import { isPlainBudgetLabel, measureOf } from '../../recognize/lexicon';
import { isChangeColumn, isLastYearsColumn } from '../../model/tables';

/** What the draft asks a column for: the report's own figure, one of the 决算 comparisons, or last year's figure printed beside it. */
export type Want = 'current' | 'budget' | 'initial' | 'adjusted' | 'prior';

type ColumnMeasure = Measure | 'plain-budget';

function measureOfLabel(label: string): ColumnMeasure | undefined {
  return measureOf(label) ?? (isPlainBudgetLabel(label) ? 'plain-budget' : undefined);
}

/** The measure of a column: its own, or the nearest one written on it or above it. */
export function columnMeasure(c: Column): ColumnMeasure | undefined {
  if (isLastYearsColumn(c)) return 'prior-year';
  if (c.measure) return c.measure;
  for (let i = c.path.length - 1; i >= 0; i--) {
    const m = measureOfLabel(c.path[i]);
    if (m) return m;
  }
  return undefined;
}


function accepts(t: Table, m: ColumnMeasure | undefined, want: Want): boolean {
  if (want === 'prior') return m === 'prior-year';
  if (m === 'prior-year') return false;
  switch (want) {
    case 'current':
      return t.family === 'final' ? m === 'final' || m === undefined : m !== 'final';
    case 'budget':
      return m === 'plain-budget' || m === 'adjusted-budget' || m === 'initial-budget';
    case 'initial':
      return m === 'initial-budget';
    case 'adjusted':
      return m === 'adjusted-budget';
  }
}

/**
 * Preference among acceptable measures: the report's own figure is the column its family names (决算数, 预算数) before
 * an unmarked one ('2017年预算数' before a '2016年执行数' the table's year does not mark as last year's).
 */
function rank(t: Table, m: ColumnMeasure | undefined, want: Want): number {
  if (want === 'current') {
    const own = t.family === 'final' ? m === 'final' : m === 'plain-budget' || m === 'budget';
    return own ? 0 : m === undefined ? 1 : 2;
  }
  if (want === 'budget') return m === 'plain-budget' ? 0 : m === 'adjusted-budget' ? 1 : 2;
  return 0;
}

const found = new WeakMap<Table, Map<string, Column | undefined>>();

/** The amount column of `block` whose key is one of `keys` (first key that has one) under the wanted measure. */
export function findColumn(t: Table, block: number, keys: readonly PlainColumnKey[], want: Want = 'current'): Column | undefined {
  // Asked once per line of long tables: remembered per table.
  let memo = found.get(t);
  if (!memo) found.set(t, (memo = new Map()));
  const id = `${block}|${want}|${keys.join(',')}`;
  if (memo.has(id)) return memo.get(id);
  const column = searchColumn(t, block, keys, want);
  memo.set(id, column);
  return column;
}

function searchColumn(t: Table, block: number, keys: readonly PlainColumnKey[], want: Want): Column | undefined {
  for (const k of keys) {
    const candidates = t.columns
      .filter((c) => c.block === block && c.role === 'amount' && c.key && figureKey(c.key) === k && !isChangeColumn(c))
      .map((c) => ({ c, m: columnMeasure(c) }))
      .filter(({ m }) => accepts(t, m, want))
      .sort((a, b) => rank(t, a.m, want) - rank(t, b.m, want) || a.c.col - b.c.col);
    if (candidates.length > 0) return candidates[0].c;
  }
  return undefined;
}

/** The first amount column of a block under the wanted measure (the value column of summary item lines). */
export function firstColumn(t: Table, block: number, want: Want = 'current'): Column | undefined {
  return (
    findColumn(t, block, ['amount', 'total', 'subtotal'], want) ??
    t.columns.find((c) => c.block === block && c.role === 'amount' && !isChangeColumn(c) && accepts(t, columnMeasure(c), want))
  );
}
