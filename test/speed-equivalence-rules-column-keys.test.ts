/**
 * Issue 17, rules (fifteenth round): `columnsWithKey` remembers its answers by block and then by the
 * keys asked for (the key's own name when one is asked), no longer under a string of block and keys
 * built at every call. Asked again and again in random order — one key, several keys, the same keys in
 * another order, a block or the whole table — it answers as reading the columns afresh (the oracle
 * below: the amount columns of the block in sheet order, those with the first key that has any), on
 * random tables fed by fast-check.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { columnsWithKey } from '../src/engine/model/tables';
import type { Column, ColumnKey, Table } from '../src/engine/recognize/types';

const KEYS: ColumnKey[] = ['total', 'amount', 'basic', 'project', 'personnel', 'public', 'general-budget', 'carryover'];

function oracle(table: Table, keys: readonly ColumnKey[], block?: number): Column[] {
  const candidates = table.columns.filter((c) => c.role === 'amount' && (block === undefined || c.block === block)).sort((a, b) => a.col - b.col);
  for (const key of keys) {
    const found = candidates.filter((c) => c.key === key);
    if (found.length) return found;
  }
  return [];
}

const columnSpec = fc.record({
  role: fc.constantFrom<Column['role']>('amount', 'amount', 'amount', 'code', 'percent'),
  key: fc.constantFrom<ColumnKey | undefined>(undefined, ...KEYS),
  block: fc.nat(1),
  col: fc.nat(30),
});

function toTable(specs: { role: Column['role']; key?: ColumnKey; block: number; col: number }[]): Table {
  const columns: Column[] = specs.map((s, i) => ({ id: `c${i}`, col: s.col, role: s.role, key: s.key, path: [String(i)], label: String(i), block: s.block }));
  return { sheet: 'S', kind: 'expense-summary', unit: 'wan', columns, lines: [], blocks: [{ index: 0, columns: [] }, { index: 1, columns: [] }] } as unknown as Table;
}

describe('columnsWithKey remembered by block and keys', () => {
  it('answers every question as reading the columns afresh (property)', () => {
    const question = fc.record({ keys: fc.subarray(KEYS, { minLength: 0, maxLength: 3 }).chain((ks) => fc.shuffledSubarray(ks, { minLength: ks.length, maxLength: ks.length })), block: fc.constantFrom(undefined, 0, 1) });
    fc.assert(
      fc.property(fc.array(columnSpec, { maxLength: 12 }), fc.array(question, { minLength: 1, maxLength: 25 }), (specs, questions) => {
        const table = toTable(specs);
        for (const q of [...questions, ...questions]) {
          const asked = q.block === undefined ? columnsWithKey(table, q.keys) : columnsWithKey(table, q.keys, { block: q.block });
          expect(asked.map((c) => c.id)).toEqual(oracle(table, q.keys, q.block).map((c) => c.id));
        }
      }),
      { numRuns: 600 },
    );
  });
});
