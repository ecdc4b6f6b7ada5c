/**
 * Issue 17, recognition (thirteenth round): the body walk finds a row's first filled column within
 * the header's columns and whether it is the only one in one scan of the row (recognize/lines.ts
 * BodyWalk.walk), where it asked SheetView.firstFilledColIn twice. Oracle: those two calls, kept by
 * the view. What the walk does with the answer shows in the table: a title alone in the header's
 * columns ends the table, the same title beside another filled cell is read as a line, a row blank
 * there is passed over. A row of random cells — blanks, spaces, figures, the title — before, inside
 * and past the header's columns is put among a table's lines, fed by fast-check.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Cell, SheetGrid } from '../src/engine/grid/types';
import { recognizeSheet } from '../src/engine/recognize';
import { SheetView } from '../src/engine/recognize/view';

const text = (t: string): Cell => ({ value: t, text: t });
const num = (n: number): Cell => ({ value: n, text: n.toFixed(2) });
const line = (code: string, name: string): (Cell | undefined)[] => [text(code), text(name), num(10), num(6), num(4)];

const TITLE = '一般公共预算支出表';
/** Where the random row goes, and the header's columns (0 … 4) it is scanned within. */
const AT = 5;
const LEFT = 0;
const RIGHT = 4;

function sheetWith(row: (Cell | undefined)[]): SheetGrid {
  const rows: (Cell | undefined)[][] = [
    [text(TITLE)],
    [text('单位：万元')],
    [text('科目编码'), text('科目名称'), text('合计'), text('基本支出'), text('项目支出')],
    line('201', '一般公共服务支出'),
    line('20101', '人大事务'),
    row,
    line('2010101', '行政运行'),
    line('2010102', '一般行政管理事务'),
    [text('合计'), undefined, num(10), num(6), num(4)],
  ];
  return { name: '表5', rowCount: rows.length, colCount: 7, rows, merges: [] };
}

const cell = fc.constantFrom<Cell | undefined>(undefined, undefined, { value: null, text: '' }, { value: null, text: '  ' }, num(3), text(TITLE));

describe("the body walk's scan of a row", () => {
  it('reads a row as the two calls of firstFilledColIn told it (property)', () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 7 }), (row) => {
        const sheet = sheetWith(row);
        const view = new SheetView(sheet);
        const first = view.firstFilledColIn(AT, LEFT, RIGHT);
        const alone = first >= 0 && view.firstFilledColIn(AT, first + 1, RIGHT) < 0;
        const tables = recognizeSheet(sheet);
        expect(tables).toHaveLength(1);
        const endsHere = alone && view.key(AT, first) === TITLE;
        // Ended by the title alone: the table's last row is above it; else the walk went on past it.
        expect(tables[0].rect.bottom < AT).toBe(endsHere);
        if (!endsHere) expect(tables[0].lines.some((l) => l.row === AT && l.role !== 'blank')).toBe(first >= 0);
      }),
      { numRuns: 2000 },
    );
  });
});
