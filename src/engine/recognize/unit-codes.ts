/**
 * A table listed by budget unit (单位编码 | 单位名称 | …, one row a unit under a 合计 row): each line's unit code, read
 * from the 单位编码 column. Units nest by the code's prefix ('304' the 部门, '304001' its 本级), which is what makes the
 * 合计 row's sum over the units certain.
 */
import type { Column, Line } from './types';
import type { SheetView } from './view';

const UNIT_CODE_HEAD = /^(单位|部门)(编码|代码)$/;

function isUnitCodeColumn(c: Column): boolean {
  return c.role === 'text' && UNIT_CODE_HEAD.test(c.path[c.path.length - 1] ?? '');
}

/** Sets `unitCode` on the lines whose 单位编码 cell holds digits alone. */
export function readUnitCodes(view: SheetView, columns: readonly Column[], lines: Line[]): void {
  const column = columns.find(isUnitCodeColumn);
  if (!column) return;
  for (const line of lines) {
    if (line.sheet !== undefined) continue;
    const code = view.key(line.row, column.col);
    if (/^\d+$/.test(code)) line.unitCode = code;
  }
}

/** Whether the table is listed by unit: some line carries a unit code. */
export function listsUnits(lines: readonly Line[]): boolean {
  return lines.some((l) => l.unitCode !== undefined);
}

/** The one 合计 row of a table listed by unit — the department's figures — or undefined when there is not exactly one. */
export function unitListTotal(lines: readonly Line[]): Line | undefined {
  const totals = lines.filter((l) => l.role === 'total');
  return totals.length === 1 ? totals[0] : undefined;
}
