/**
 * The header's width (src/engine/recognize/header.ts headerRect): the rows above are read again, to let a lower row's
 * widening reach their heads (基本支出 | (blank) | 项目支出 over 人员经费 | 公用经费), only when some row of the first pass
 * widened the header. The reading that always read them again is the oracle, on every row of the fixtures' sheets and
 * on random header blocks of header words, blanks and merges.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell, Rect, SheetGrid } from '../src/engine/grid/types';
import { headerRect, isContinuationRow } from '../src/engine/recognize/header';
import { SheetView } from '../src/engine/recognize/view';
import { FIXTURES, toGrids } from './fixtures';

/** headerRect as it was: the rows above read again whenever the header is more than one row deep. */
function oldHeaderRect(view: SheetView, anchor: number): Rect {
  const cols = view.filledCols(anchor);
  let left = cols[0];
  let right = cols[cols.length - 1];
  let bottom = anchor;
  const grow = (r: number) => {
    for (const c of view.filledCols(r)) {
      if (c < left - 1 || c > right + 1) continue;
      const m = view.mergeAt(r, c);
      left = Math.min(left, m ? Math.max(m.left, 0) : c);
      right = Math.max(right, m ? m.right : c);
      if (m && m.top >= anchor) bottom = Math.max(bottom, m.bottom);
    }
  };
  grow(anchor);
  for (let r = anchor; r <= bottom && r < view.rowCount; r++) {
    grow(r);
    if (r === bottom && r + 1 < view.rowCount && isContinuationRow(view, bottom, r + 1)) bottom = r + 1;
  }
  for (let widened = right; bottom > anchor; widened = right) {
    for (let r = anchor; r < bottom; r++) grow(r);
    if (right === widened) break;
  }
  return { top: anchor, left, bottom, right };
}

function expectSameOnEveryRow(sheet: SheetGrid): number {
  const view = new SheetView(sheet);
  let read = 0;
  for (let row = 0; row < view.rowCount; row++) {
    if (view.filledCols(row).length === 0) continue;
    expect(headerRect(view, row), `${sheet.name} row ${row}`).toEqual(oldHeaderRect(view, row));
    read++;
  }
  return read;
}

const WORDS = ['项目', '科目编码', '科目名称', '合计', '基本支出', '项目支出', '人员经费', '公用经费', '小计', '类', '款', '项', '栏次', '1', '12.5', '本年支出', '一般公共预算'];
const cell = fc.option(fc.constantFrom(...WORDS), { nil: undefined, freq: 2 }).map((w): Cell | undefined => (w === undefined ? undefined : { value: /^[\d.]+$/.test(w) ? Number(w) : w, text: w }));
const merge = fc.record({ top: fc.nat(5), left: fc.nat(7), height: fc.nat(2), width: fc.nat(3) });

/** A block of up to six rows and eight columns, with merges that overlap none before them. */
const sheet = fc.record({ rows: fc.array(fc.array(cell, { maxLength: 8 }), { minLength: 1, maxLength: 6 }), merges: fc.array(merge, { maxLength: 4 }) }).map(({ rows, merges }): SheetGrid => {
  const kept: Rect[] = [];
  for (const m of merges) {
    const r = { top: m.top, left: m.left, bottom: m.top + m.height, right: m.left + m.width };
    if (r.bottom === r.top && r.right === r.left) continue;
    if (kept.some((k) => r.left <= k.right && k.left <= r.right && r.top <= k.bottom && k.top <= r.bottom)) continue;
    kept.push(r);
  }
  return { name: 'random', rowCount: rows.length, colCount: 8, rows, merges: kept };
});

describe('the header widened by a lower row, its rows above read again only then', () => {
  it('every row of the fixtures’ sheets: the same rectangle', () => {
    let read = 0;
    for (const build of Object.values(FIXTURES)) for (const s of toGrids(build().workbook).sheets) read += expectSameOnEveryRow(s);
    expect(read).toBeGreaterThan(100);
  });

  it('random blocks of header words, blanks and merges: the same rectangle', () => {
    fc.assert(
      fc.property(sheet, (s) => {
        expectSameOnEveryRow(s);
      }),
      { numRuns: 3000 },
    );
  });

  it('基本支出 | (blank) | 项目支出 under 本年支出: 项目支出 joins once 人员经费 | 公用经费 under the blank widen the header', () => {
    const t = (text: string): Cell => ({ value: text, text });
    const s: SheetGrid = {
      name: 'widened',
      rowCount: 3,
      colCount: 5,
      rows: [
        [t('项目'), t('本年支出')],
        [undefined, t('合计'), t('基本支出'), undefined, t('项目支出')],
        [undefined, undefined, t('人员经费'), t('公用经费')],
      ],
      merges: [{ top: 0, left: 0, bottom: 2, right: 0 }],
    };
    const view = new SheetView(s);
    expect(headerRect(view, 0)).toEqual({ top: 0, left: 0, bottom: 2, right: 4 });
    expect(oldHeaderRect(view, 0)).toEqual(headerRect(view, 0));
  });
});
