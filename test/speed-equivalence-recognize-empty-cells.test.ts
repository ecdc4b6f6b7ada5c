/**
 * Issue 17, recognition and the rules per table (seventeenth round): the body reader hands every
 * empty figure cell of a column the column's one empty value (lines.ts `FigureColumn.empty`), not an
 * object of its own per line. The oracle is the old reading of a figure cell (an object built for
 * every cell, empty or not), kept below. On random tables fed by fast-check — empty cells, cells
 * holding a blank string, spaces, dashes, numbers, numeric texts, texts, figures beyond any budget —
 * read by recognition, every line's amounts equal the old reading of its cells, and the tables'
 * JSON is the same as with an object per cell. Setting a figure beyond any budget aside in one table
 * leaves the empty cells of every other table read with the same header as they were.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Cell, CellValue, SheetGrid } from '../src/engine/grid/types';
import { parseAmountCell, plainDecimals, shownDecimals } from '../src/engine/grid/numbers';
import { textOfCell } from '../src/engine/grid/sheet';
import { beyondAnyBudget } from '../src/engine/grid/units';
import { recognizeSheet } from '../src/engine/recognize';
import type { AmountValue, Table } from '../src/engine/recognize/types';

// ---- the reading before the change (oracle): an object per figure cell ----

function oldAmountValue(id: string, col: number, cell: Cell | undefined): AmountValue {
  const text = textOfCell(cell);
  const v = cell?.value;
  if (typeof v === 'number' && Number.isFinite(v)) {
    const plain = plainDecimals(cell!.text);
    return { column: id, col, value: v === 0 ? 0 : v, decimals: plain >= 0 ? plain : shownDecimals(cell!.text, v), text };
  }
  if (!cell || ((v === null || v === undefined) && !cell.text)) return { column: id, col, value: null, decimals: 0, text };
  const p = parseAmountCell(cell);
  if (p.problem) return { column: id, col, value: p.value, decimals: p.decimals, text, problem: p.problem };
  return { column: id, col, value: p.value, decimals: p.decimals, text };
}

// ---- random tables under one header ----

const c = (value: CellValue, text = value === null ? '' : String(value)): Cell => ({ value, text });
const HEADER = ['科目编码', '科目名称', '合计', '基本支出', '项目支出'];
const CODES = ['201', '20101', '2010101', '206', '20601', '2060101'];

const figure: fc.Arbitrary<Cell | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant(c(null)),
  fc.constant(c(null, ' ')),
  fc.constant(c('', '')),
  fc.constant(c('—')),
  fc.constant(c('1,234.50')),
  fc.constant(c('见说明')),
  fc.constant(c(2e17, '200000000000000000')),
  fc.integer({ min: -50_000, max: 50_000 }).map((n) => c(n / 100, (n / 100).toFixed(2))),
);
const bodyRow = fc.tuple(fc.constantFrom(...CODES), fc.constantFrom('一般公共服务支出', '行政运行', '科学技术支出'), figure, figure, figure);

function sheetOf(name: string, rows: [string, string, Cell | undefined, Cell | undefined, Cell | undefined][]): SheetGrid {
  return {
    name,
    rowCount: rows.length + 3,
    colCount: 5,
    rows: [[c('部门预算一般公共预算财政拨款支出表')], [undefined, undefined, undefined, undefined, c('单位：万元')], HEADER.map((h) => c(h)), ...rows.map(([code, label, ...cells]) => [c(code), c(label), ...cells])],
    merges: [],
  };
}

function expectOldReading(table: Table, sheet: SheetGrid): void {
  for (const line of table.lines) {
    if (line.role === 'blank' || line.role === 'column-number') continue;
    for (const column of table.columns) {
      if (column.role !== 'amount') continue;
      const old = oldAmountValue(column.id, column.col, sheet.rows[line.row]?.[column.col]);
      // Recognition sets a figure beyond any budget aside once the table is read (recognize/beyond-budget).
      if (old.value !== null && beyondAnyBudget(old.value, table.unit)) Object.assign(old, { value: null, problem: 'implausible' });
      expect(line.amounts[column.id]).toEqual(old);
      expect(JSON.stringify(line.amounts[column.id])).toBe(JSON.stringify(old));
    }
  }
}

describe('one empty value per figure column (seventeenth round)', () => {
  it('every amount reads as the old object per cell, across tables of one header (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(bodyRow, { minLength: 1, maxLength: 6 }), { minLength: 2, maxLength: 3 }), (bodies) => {
        const sheets = bodies.map((rows, i) => sheetOf(`S${i}`, rows));
        const tables = sheets.map((s) => recognizeSheet(s));
        tables.forEach((ts, i) => {
          expect(ts).toHaveLength(1);
          expectOldReading(ts[0], sheets[i]);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('a figure set aside in one table leaves the empty cells of the next table empty', () => {
    const first = sheetOf('A', [['201', '一般公共服务支出', c(2e17, '200000000000000000'), undefined, c(null)]]);
    const second = sheetOf('B', [['201', '一般公共服务支出', undefined, c(1.5, '1.50'), c(null)]]);
    const [a] = recognizeSheet(first);
    const [b] = recognizeSheet(second);
    const [ca, cb, cc] = a.columns.filter((x) => x.role === 'amount');
    const lineA = a.lines.find((l) => l.code === '201')!;
    const lineB = b.lines.find((l) => l.code === '201')!;
    expect(lineA.amounts[ca.id]).toMatchObject({ value: null, problem: 'implausible' });
    expect(lineB.amounts[ca.id]).toEqual({ column: ca.id, col: ca.col, value: null, decimals: 0, text: '' });
    expect(lineA.amounts[cb.id]).toEqual({ column: cb.id, col: cb.col, value: null, decimals: 0, text: '' });
    expect(lineB.amounts[cc.id]).toEqual({ column: cc.id, col: cc.col, value: null, decimals: 0, text: '' });
  });
});
