/**
 * Which rows and columns of each sheet's used range are hidden, in few syncs.
 *
 * Range.rowHidden / Range.columnHidden (ExcelApi 1.2) answer for a whole range: true when every
 * row (column) of it is hidden, false when none is, null when some are
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-rowhidden-member,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-columnhidden-member).
 * The used range itself is asked first; a mixed answer is halved and asked again, every sheet's
 * halves in one sync, so a sheet with nothing hidden costs nothing more and one with hidden lines
 * about log2(its rows) syncs.
 */
import { columnLetters } from '../engine/grid/a1';

export interface Bounds {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

export interface HiddenLines {
  rows: number[];
  cols: number[];
}

type Axis = 'rows' | 'cols';

/** A run of rows or columns of one sheet whose hidden state is not known yet. */
interface Span {
  sheet: number;
  axis: Axis;
  start: number;
  count: number;
}

/** The state of the whole used range, as loaded with it: true, false or null (mixed). */
export interface UsedRangeHidden {
  rowHidden: boolean | null;
  columnHidden: boolean | null;
}

function spanAddress(span: Span, b: Bounds): string {
  const [top, rows, left, cols] = span.axis === 'rows' ? [span.start, span.count, b.left, b.cols] : [b.top, b.rows, span.start, span.count];
  return `${columnLetters(left)}${top + 1}:${columnLetters(left + cols - 1)}${top + rows}`;
}

function settle(span: Span, hidden: boolean | null, out: HiddenLines[], next: Span[]): void {
  if (hidden === true) for (let i = 0; i < span.count; i++) out[span.sheet][span.axis].push(span.start + i);
  else if (hidden === null && span.count > 1) {
    const half = Math.floor(span.count / 2);
    next.push({ ...span, count: half }, { ...span, start: span.start + half, count: span.count - half });
  }
}

export async function readHiddenLines(
  context: Excel.RequestContext,
  sheets: Excel.Worksheet[],
  bounds: Bounds[],
  used: (UsedRangeHidden | undefined)[],
): Promise<HiddenLines[]> {
  const out: HiddenLines[] = bounds.map(() => ({ rows: [], cols: [] }));
  let pending: Span[] = [];
  bounds.forEach((b, sheet) => {
    const state = used[sheet];
    if (!state || b.rows === 0 || b.cols === 0) return;
    settle({ sheet, axis: 'rows', start: b.top, count: b.rows }, state.rowHidden, out, pending);
    settle({ sheet, axis: 'cols', start: b.left, count: b.cols }, state.columnHidden, out, pending);
  });
  while (pending.length) {
    const probes = pending.map((span) => {
      const range = sheets[span.sheet].getRange(spanAddress(span, bounds[span.sheet]));
      range.load(span.axis === 'rows' ? 'rowHidden' : 'columnHidden');
      return range;
    });
    await context.sync();
    const next: Span[] = [];
    pending.forEach((span, i) => settle(span, span.axis === 'rows' ? probes[i].rowHidden : probes[i].columnHidden, out, next));
    pending = next;
  }
  for (const lines of out) {
    lines.rows.sort((a, b) => a - b);
    lines.cols.sort((a, b) => a - b);
  }
  return out;
}
