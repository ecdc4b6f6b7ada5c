/**
 * Amounts no budget can hold (more than 10 万亿元 in the table's unit) are set aside as soon as a
 * table is read: the value becomes null with problem 'implausible', so no rule, fact or draft adds
 * it up, and plausibility reports the cell. The workbook itself is never touched.
 */
import { beyondAnyBudget } from '../grid/units';
import type { Table } from './types';

export function setAsideAmountsBeyondAnyBudget(table: Table): Table {
  const amountColumns = table.columns.filter((c) => c.role === 'amount').map((c) => c.id);
  for (const line of table.lines) {
    for (const id of amountColumns) {
      const a = line.amounts[id];
      if (!a || a.value === null || !beyondAnyBudget(a.value, table.unit)) continue;
      a.value = null;
      a.problem = 'implausible';
    }
  }
  return table;
}
