/**
 * A table printed over two pages that landed on two sheets (or below a break with no repeated
 * title): '支出总表' holds the title, the header, 合计 and the first lines, '支出总表（续）' repeats the
 * header and holds the rest. Checked apart, the 合计 fails against the first page's 类 lines and every
 * line of the second page is "missing" from the other tables — false errors. The rules see the two
 * parts as one table: the first part's lines, then the next part's, each line keeping its own sheet.
 *
 * A table continues the one recognized just before it only when nothing else is likely: the same
 * family and amount columns, no title of its own (its kind then only guessed from the header) or a
 * 续 title or the same title repeated, no other unit, and not both parts with a 合计 — two complete
 * tables each have their own. A page in the middle has none; the 合计 may be on the first page or
 * the last.
 */
import type { Column, Line, Table } from './types';
import { saysContinued } from './lexicon';

function amountColumnsOf(table: Table): Column[] {
  return table.columns.filter((c) => c.role === 'amount').sort((a, b) => a.block - b.block || a.col - b.col);
}

const signature = (table: Table) =>
  amountColumnsOf(table)
    .map((c) => `${c.block}:${c.key ?? ''}:${c.measure ?? ''}`)
    .join('|');

const hasTotalLine = (table: Table) => table.lines.some((l) => !l.code && (l.role === 'total' || l.role === 'grand-total'));

function titledAsContinuation(head: Table, next: Table): boolean {
  if (!next.title) return true;
  return saysContinued(next.title) || next.title === head.title;
}

export function continues(head: Table, next: Table): boolean {
  if (next.family !== head.family || (next.title && next.kind !== head.kind)) return false;
  if (next.department && head.department && next.department !== head.department) return false;
  if (next.unitStated && next.unit !== head.unit) return false;
  if (next.empty || head.empty || !titledAsContinuation(head, next)) return false;
  if (signature(next) !== signature(head) || head.blocks.length !== next.blocks.length) return false;
  return !(hasTotalLine(head) && hasTotalLine(next));
}

/** The next part's line with its amounts under the head's column ids (same order of amount columns). */
function carriedLine(line: Line, from: Table, into: Table): Line {
  const target = amountColumnsOf(into);
  const amounts: Line['amounts'] = {};
  amountColumnsOf(from).forEach((c, i) => {
    const a = line.amounts[c.id];
    if (a) amounts[target[i].id] = { ...a, column: target[i].id };
  });
  return { ...line, sheet: line.sheet ?? from.sheet, amounts };
}

/**
 * The tables as the rules read them: each table followed by its continuations becomes one, holding
 * their lines (with their sheets) and naming their ranges in `range` ('A1:I16 及「表3（续）」A1:I15', not
 * an A1 range); the continuations are left out. Tables are not changed.
 */
export function joinContinuedTables(tables: Table[]): Table[] {
  const out: Table[] = [];
  for (const table of tables) {
    const head = out[out.length - 1];
    if (head && continues(head, table)) {
      // The range names every part, so the coverage ledger says what the check covered.
      const range = `${head.range} 及「${table.sheet}」${table.range}`;
      out[out.length - 1] = { ...head, range, lines: [...head.lines, ...table.lines.map((l) => carriedLine(l, table, head))] };
      continue;
    }
    out.push(table);
  }
  return out;
}
