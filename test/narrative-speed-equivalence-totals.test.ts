/**
 * Issue 17, sixteenth round: the facts' totals (facts.ts readTotals) loop over the lines found by small
 * scans (narrative/total-lines.ts) instead of testing every line of a table in their own loop. The old
 * per-line tests are the oracles: on random lines (keys of the summaries and the 三公 table, none or
 * empty; every role), the lines each case went on to read are, in order, those it reads from its scan.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTotalLine } from '../src/engine/model/tables';
import { keyedLines, keyedOrTotalLines, totalLines } from '../src/engine/narrative/total-lines';
import type { Line, Table } from '../src/engine/recognize/types';

const KEYS = ['income-grand-total', 'general-budget', 'expense-total', 'expense-grand-total', 'carryover', 'abroad', 'reception', 'admin-operating', 'three-public', 'other'];
const ROLES = ['data', 'total', 'grand-total', 'subtotal', 'blank', 'column-number', 'note'];

const line = fc.record({ key: fc.option(fc.constantFrom('', ...KEYS), { nil: undefined }), role: fc.constantFrom(...ROLES), n: fc.nat() });
const table = fc.array(line, { maxLength: 30 }).map((lines) => ({ lines }) as unknown as Table);
/** A key → what it names, as SUMMARY_LINE_KEYS / FISCAL_LINE_KEYS / THREE_PUBLIC_COLUMNS are: some keys only. */
const dictionary = fc.subarray(KEYS).map((ks) => Object.fromEntries(ks.map((k) => [k, [k]])) as Record<string, string[] | undefined>);

describe('the lines the totals are read from, found by a scan', () => {
  it('a summary: the lines with keys it names, or its expense totals, are among the keyed lines', () => {
    fc.assert(
      fc.property(table, dictionary, fc.boolean(), (t, keys, fiscal) => {
        const read = (l: Line) => Boolean((l.key && keys[l.key]) || (fiscal && (l.key === 'expense-total' || l.key === 'expense-grand-total')));
        expect(keyedLines(t).filter(read)).toEqual(t.lines.filter(read));
      }),
      { numRuns: 2000 },
    );
  });

  it('the 收入总表 and 基本支出表: their total lines', () => {
    fc.assert(
      fc.property(table, (t) => {
        expect(totalLines(t)).toEqual(t.lines.filter((l) => l.role === 'total' || l.role === 'grand-total'));
      }),
      { numRuns: 2000 },
    );
  });

  it('the vertical 三公 table: the lines with a key it names or a total role', () => {
    fc.assert(
      fc.property(table, dictionary, (t, columns) => {
        const read = (l: Line) => Boolean(l.key ? columns[l.key] : isTotalLine(l));
        expect(keyedOrTotalLines(t).filter(read)).toEqual(t.lines.filter(read));
      }),
      { numRuns: 2000 },
    );
  });
});
