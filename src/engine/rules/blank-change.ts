/**
 * 上年 | 本年 | 增减额: a change left blank beside two figures that differ (因公出国 4.20 over a blank 上年, its
 * 增加额 blank where the column prints every other line's change). A warning — an unfilled cell, not a wrong
 * figure — and only where the blank cannot be the template's: the line prints a figure that differs from the
 * other (a blank one of the two read as nothing), and the change column, and a blank figure's own column,
 * print figures on other lines. A line whose figures are blank, or equal, says nothing; neither does a change
 * column blank throughout. The 本年 = 上年 + 增减额 sum (column-sum) leaves such a line to this warning: a blank
 * change read as 0 would call the 本年 figure wrong.
 */
import type { AmountValue, Column, Line, Table } from '../recognize/types';
import { toA1 } from '../grid/a1';
import { toFen } from '../model/money';
import { hasValue } from '../model/tables';
import type { ColumnIdentity } from './column-sum';
import type { RuleContext } from './context';
import { blankChange as say } from './messages';

/** An empty cell: no text at all ('-', '—' or '0' say something, and are not read here). */
export function isEmptyCell(cell: AmountValue | undefined): boolean {
  return !cell || (cell.value === null && !cell.problem && cell.text.trim() === '');
}

/** Another line of the block prints a figure in this column. */
const printedElsewhere = (lines: readonly Line[], line: Line, column: Column) => lines.some((l) => l !== line && hasValue(l, column));

/** An empty change cell of a line whose two figures differ, where the column and the figures' own columns print elsewhere. */
export interface BlankChange {
  line: Line;
  figures: { column: Column; cell: AmountValue | undefined }[];
  then: number;
  now: number;
}

/** The empty change cells a change identity's lines leave (see the module's comment), and how many lines were read. */
export function blankChanges(table: Table, lines: readonly Line[], id: ColumnIdentity): { read: number; blanks: BlankChange[] } {
  const current = id.total;
  const [prior, change] = id.parts;
  let read = 0;
  const blanks: BlankChange[] = [];
  for (const line of lines) {
    if (!isEmptyCell(line.amounts[change.id])) continue;
    const figures = [prior, current].map((c) => ({ column: c, cell: line.amounts[c.id] }));
    if (figures.some((f) => !isEmptyCell(f.cell) && f.cell?.value === null)) continue; // a dash or an unreadable cell
    if (figures.every((f) => isEmptyCell(f.cell))) continue;
    read++;
    if (!printedElsewhere(lines, line, change)) continue;
    if (figures.some((f) => isEmptyCell(f.cell) && !printedElsewhere(lines, line, f.column))) continue;
    const [then, now] = figures.map((f) => f.cell?.value ?? 0);
    if (toFen(now, table.unit) === toFen(then, table.unit)) continue;
    blanks.push({ line, figures, then, now });
  }
  return { read, blanks };
}

/** Warns at each empty change cell whose line's figures differ; returns how many lines it read. */
export function reportBlankChanges(ctx: RuleContext, table: Table, lines: readonly Line[], id: ColumnIdentity): number {
  const [prior, change] = id.parts;
  const { read, blanks } = blankChanges(table, lines, id);
  for (const { line, figures, then, now } of blanks) {
    const d = Math.max(...figures.map((f) => f.cell?.decimals ?? 0));
    const expected = Number((now - then).toFixed(d));
    ctx.report({
      rule: 'column-sum/change/blank',
      kind: 'column-sum',
      severity: 'warning',
      sheet: table.sheet,
      cell: toA1(line.row, change.col),
      related: figures.map((f) => ({ sheet: table.sheet, cell: toA1(line.row, f.column.col) })),
      expected,
      message: say(table, line, { prior, current: id.total, change }, [then, now], expected, d),
    });
  }
  return read;
}
