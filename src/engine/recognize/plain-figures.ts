/**
 * Tables whose figures recognition read all readable, none negative and none printed to 3 decimals or more, with how
 * many amount cells their lines hold: plausibility has nothing to report of their cells, and counts them without
 * reading each again. Only the table objects recognition returned are known (a copy, such as a worker's structured
 * clone, is read cell by cell).
 */
import type { Table } from './types';

const plain = new WeakMap<Table, number>();

export function rememberPlainFigures(table: Table, amountCells: number): void {
  plain.set(table, amountCells);
}

/** The amount cells of a table with plain figures only; undefined when its cells must be read. */
export function plainAmountCells(table: Table): number | undefined {
  return plain.get(table);
}
