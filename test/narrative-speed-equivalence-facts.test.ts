/**
 * Issue 17, narrative, ninth round: the facts' 三公 totals tell whether their table holds a non-zero
 * figure once per table (hasNonZeroFigure, a for…in over each line's amounts), where they asked every
 * line's Object.values for each keyed line and column; a line holds a figure by holdsFigure (for…in),
 * not Object.values. The old readings are the oracles, on random lines of blank, zero, negative-zero
 * and other figures. A total listed twice is told by the cell's row and column, not its A1 name: the
 * A1 names are the oracle (they name the same cell exactly when row and column agree). A newspaper's
 * dateline and a report to the congress are looked for only in a text holding a word every match
 * holds: the patterns alone are the oracles.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellAt, hasNonZeroFigure, holdsFigure } from '../src/engine/model/tables';
import type { Column, Line } from '../src/engine/recognize/types';
import { newsDateline } from '../src/engine/narrative/text/checks/reasons';
import { NEWS_DATELINE, REPORT_TO_CONGRESS } from '../src/engine/narrative/text/words';
import type { Table } from '../src/engine/recognize/types';

const oldNonZero = (t: Table) => t.lines.some((x) => Object.values(x.amounts).some((a) => a.value !== null && a.value !== 0));

const figure = fc.oneof(fc.constant(null), fc.constant(0), fc.constant(-0), fc.double({ noNaN: true }), fc.integer({ min: -5, max: 5 }));
const amounts = fc.dictionary(fc.constantFrom('total', 'amount', 'abroad', 'reception', 'vehicle', 'c5'), figure.map((value) => ({ value, decimals: 2 })));
const table = fc.array(amounts, { maxLength: 8 }).map((lines) => ({ lines: lines.map((a) => ({ amounts: a })) }) as unknown as Table);

describe('a table with a non-zero figure, told once', () => {
  it('agrees with every line asked for its values', () => {
    fc.assert(fc.property(table, (t) => hasNonZeroFigure(t) === oldNonZero(t)));
  });

  it('tells a blank or all-zero table from one figure that is not zero', () => {
    const of = (...values: (number | null)[]) => ({ lines: values.map((value) => ({ amounts: { total: { value, decimals: 2 } } })) }) as unknown as Table;
    expect(hasNonZeroFigure(of(null, 0, -0))).toBe(false);
    expect(hasNonZeroFigure(of(null, 0, 0.06))).toBe(true);
  });
});

describe('a line that holds a figure, by for…in', () => {
  it('agrees with Object.values', () => {
    fc.assert(fc.property(amounts, (a) => holdsFigure({ amounts: a } as unknown as Line) === Object.values(a).some((x) => x.value !== null)));
  });
});

describe('the same cell, by row and column', () => {
  it('agrees with comparing A1 names', () => {
    const t = { sheet: '表9' } as unknown as Table;
    const place = fc.record({ row: fc.nat(20000), col: fc.nat(800), own: fc.option(fc.nat(800), { nil: undefined }) });
    const cellOf = (p: { row: number; col: number; own?: number }) => {
      const column = { id: 'c', col: p.col } as unknown as Column;
      const line = { row: p.row, amounts: p.own === undefined ? {} : { c: { value: 1, decimals: 2, col: p.own } } } as unknown as Line;
      return { line, column };
    };
    fc.assert(
      fc.property(place, place, (p, q) => {
        const a = cellOf(p);
        const b = cellOf(q);
        const byA1 = cellAt(t, a.line, a.column).cell === cellAt(t, b.line, b.column).cell;
        const byPlace = p.row === q.row && (p.own ?? p.col) === (q.own ?? q.col);
        return byA1 === byPlace;
      }),
    );
  });
});

describe('a newspaper dateline, looked for only where its words stand', () => {
  const WORDS = ['讯', '日电', '新华社', '本报', '记者', '（', '(', ' ', '8', '30', '日', '电', '草案', '决算', '部门', '预算', '支出', '，'];
  const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 24 }).map((ws) => ws.join(''));

  it('agrees with NEWS_DATELINE alone', () => {
    fc.assert(fc.property(text, (t) => newsDateline(t) === NEWS_DATELINE.test(t)));
    expect(newsDateline('本报北京8月30日电（记者王某）')).toBe(true);
    expect(newsDateline('部门预算支出')).toBe(false);
  });

  it('every REPORT_TO_CONGRESS match holds 草案', () => {
    fc.assert(fc.property(text, (t) => !REPORT_TO_CONGRESS.test(t) || t.includes('草案')));
  });
});
