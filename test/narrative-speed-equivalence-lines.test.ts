/**
 * Issue 17, narrative, thirteenth round: the facts index groups the 功能分类 lines (FunctionLine) by
 * name, class name and code, and builds a line's figures only when a key it is under is looked up;
 * it grouped every figure of every line, all built first. The grouping of all the figures
 * (facts.functionWitnesses, of facts read apart) is the oracle, for every key of the tables of real
 * workbooks (the corpus) and of a workbook of three departments, and for arbitrary words: the same
 * figures in the same order, or none. A figure looked up is the very one functionWitnesses lists.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFacts, type LineWitness } from '../src/engine/narrative/facts';
import { indexOf } from '../src/engine/narrative/text/facts-index';
import { classKeyOfNameKey, nameKey } from '../src/engine/narrative/text/subjects';
import type { Table } from '../src/engine/recognize/types';
import { factsOracleTables } from './narrative-helpers';

/** The old index: every figure, grouped by key in the facts' order. */
function grouped(ws: readonly LineWitness[], keyOf: (w: LineWitness) => string): Map<string, LineWitness[]> {
  const out = new Map<string, LineWitness[]>();
  for (const w of ws) out.set(keyOf(w), [...(out.get(keyOf(w)) ?? []), w]);
  return out;
}

const KEYS = {
  witnessesByName: (w: { name: string }) => nameKey(w.name),
  witnessesByClassName: (w: { name: string; level: number }) => `${w.level}|${classKeyOfNameKey(nameKey(w.name))}`,
  witnessesByCode: (w: { code: string }) => w.code,
} as const;

/** Plain objects, for comparing the figures of facts read apart. */
const plain = (ws: LineWitness[] | undefined) => ws?.map((w) => ({ ...w, source: { sheet: w.source.sheet, cell: w.source.cell, table: w.source.table } }));

const workbooks: { id: string; tables: Table[] }[] = [];

beforeAll(async () => {
  workbooks.push(...(await factsOracleTables()));
});

describe('the 功能分类 lines, their figures built when looked up', () => {
  it('answers every key as the grouping of all the figures did', () => {
    let keys = 0;
    for (const { id, tables } of workbooks) {
      const all = readFacts(tables).functionWitnesses;
      expect(all.length, id).toBeGreaterThan(10);
      for (const [map, keyOf] of Object.entries(KEYS) as [keyof typeof KEYS, (w: LineWitness) => string][]) {
        const old = grouped(all, keyOf);
        const lazy = readFacts(tables);
        const index = indexOf(lazy);
        // Keys of lines without any figure too: undefined, as the old map had no entry for them.
        const asked = new Set([...old.keys(), ...lazy.functionLines.map((l) => keyOf(l as unknown as LineWitness))]);
        for (const key of asked) {
          expect(plain(index[map].get(key)), `${id} ${map} ${key}`).toEqual(plain(old.get(key)));
          keys++;
        }
        fc.assert(
          fc.property(fc.string({ maxLength: 8 }), (key) => {
            expect(plain(index[map].get(key))).toEqual(plain(old.get(key)));
          }),
          { seed: 31, numRuns: 200 },
        );
      }
    }
    expect(keys).toBeGreaterThan(300);
  });

  it('looks up the very figures functionWitnesses lists, in its order', () => {
    for (const { id, tables } of workbooks) {
      const facts = readFacts(tables);
      const index = indexOf(facts);
      const looked = facts.functionLines.flatMap((l) => index.witnessesByCode.get(l.code) ?? []);
      const all = facts.functionWitnesses;
      for (const w of looked) expect(all.includes(w), id).toBe(true);
      const byCode = grouped(all, KEYS.witnessesByCode);
      for (const [code, ws] of byCode) {
        const got = index.witnessesByCode.get(code)!;
        expect(got.length, `${id} ${code}`).toBe(ws.length);
        got.forEach((w, i) => expect(w, `${id} ${code} #${i}`).toBe(ws[i]));
      }
    }
  });
});
