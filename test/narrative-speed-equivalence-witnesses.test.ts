/**
 * Issue 17, narrative, tenth round: a 科目 line's witness is built once (a LineFigure), where it was
 * a Witness from witnessAt copied into a LineWitness. The copy is the oracle, for every line and
 * amount column of the tables of real workbooks (the corpus) and of a workbook of three departments:
 * the same figure, cell, measure and rounding, the same line, fund and column — or none for both.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { lineWitnessAt, witnessAt, type LineWitness } from '../src/engine/narrative/facts';
import { amountColumns } from '../src/engine/model/tables';
import { subjectName } from '../src/engine/model/names';
import type { Column, Line, Table } from '../src/engine/recognize/types';
import type { Fund } from '../src/engine/narrative/text/subjects';
import { factsOracleTables } from './narrative-helpers';

function copiedWitness(t: Table, l: Line, c: Column, fund: Fund, column: LineWitness['column']): LineWitness | undefined {
  if (!l.code || !l.level) return undefined;
  const w = witnessAt(t, l, c);
  return w && { fen: w.fen, source: w.source, measure: w.measure, halfUnit: w.halfUnit, code: l.code, level: l.level, name: subjectName(l), fund, column };
}

const workbooks: { id: string; tables: Table[] }[] = [];

beforeAll(async () => {
  workbooks.push(...(await factsOracleTables()));
});

describe('a 科目 line witness, built once', () => {
  it('is the witness of the cell copied with the line, fund and column', () => {
    let compared = 0;
    let built = 0;
    for (const { id, tables } of workbooks) {
      for (const t of tables) {
        for (const l of t.lines) {
          const blocks = new Set(t.columns.map((c) => c.block));
          for (const block of blocks) {
            for (const c of amountColumns(t, block)) {
              const fresh = lineWitnessAt(t, l, c, 'general-budget', 'total');
              const copy = copiedWitness(t, l, c, 'general-budget', 'total');
              expect({ id, witness: fresh && { ...fresh, source: { ...fresh.source, cell: fresh.source.cell } } }).toEqual({
                id,
                witness: copy && { ...copy, source: { ...copy.source, cell: copy.source.cell } },
              });
              compared++;
              if (fresh) built++;
            }
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
    expect(built).toBeGreaterThan(200);
  });
});
