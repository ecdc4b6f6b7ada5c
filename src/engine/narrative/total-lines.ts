/**
 * The lines the facts' totals are read from (facts.ts readTotals), each kind found by a scan of its
 * own. With the scans over every line in it, readTotals was hot in the second run and compiled by
 * TurboFan with every case's witness reading inlined (32 ms); it now loops over a handful of lines a
 * table. The scans are the builtin filter with a small test: written as loops, the first of them was
 * hot, and compiled, in the first run.
 */
import type { Line, Table } from '../recognize/types';
import { isTotalLine } from '../model/tables';

const hasKey = (l: Line) => Boolean(l.key);
const hasKeyOrTotal = (l: Line) => Boolean(l.key) || isTotalLine(l);

/** The lines with a key (a summary's 收入总计, 一般公共预算 …; a 三公 item), in order. */
export function keyedLines(t: Table): Line[] {
  return t.lines.filter(hasKey);
}

/** The 合计 / 总计 lines, in order. */
export function totalLines(t: Table): Line[] {
  return t.lines.filter(isTotalLine);
}

/** The lines with a key or a total's role, in order. */
export function keyedOrTotalLines(t: Table): Line[] {
  return t.lines.filter(hasKeyOrTotal);
}
