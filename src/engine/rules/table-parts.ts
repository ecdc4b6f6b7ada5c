/** Small readers over a recognized Table that several rule modules share. */
import type { Column, Line, Table } from '../recognize/types';

/** Amount columns of a table (or of one block of it), in sheet order. */
export function amountColumns(table: Table, block?: number): Column[] {
  return table.columns
    .filter((c) => c.role === 'amount' && (block === undefined || c.block === block))
    .sort((a, b) => a.col - b.col);
}

/** Lines of one block that can carry figures (no 栏次 or blank rows). */
export function figureLines(table: Table, block: number): Line[] {
  return table.lines.filter((l) => l.block === block && l.role !== 'column-number' && l.role !== 'blank');
}

export function hasValue(line: Line, column: Column): boolean {
  const a = line.amounts[column.id];
  return !!a && a.value !== null;
}

/** True when some line carries a non-zero figure (a table whose cells are all 0 counts as empty). */
export function hasNonZeroFigure(table: Table): boolean {
  return table.lines.some((l) => Object.values(l.amounts).some((a) => a.value !== null && a.value !== 0));
}

/** Groups columns by their measure (年初预算数 / 决算数 …): totals are compared within one measure. */
export function byMeasure(columns: Column[]): Column[][] {
  const groups = new Map<string, Column[]>();
  for (const c of columns) {
    const k = c.measure ?? '';
    const list = groups.get(k) ?? [];
    list.push(c);
    groups.set(k, list);
  }
  return [...groups.values()];
}
