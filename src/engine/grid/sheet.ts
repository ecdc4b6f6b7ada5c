/** Reading cells of a SheetGrid, with merged areas resolved to their top-left cell. */
import type { Cell, Rect, SheetGrid } from './types';
import { isErrorValue } from './numbers';
import { isChineseCharCode } from './text';

export function rawCell(sheet: SheetGrid, row: number, col: number): Cell | undefined {
  return sheet.rows[row]?.[col];
}

/**
 * Index of merges for fast lookup: each row's merges, by the rows they cover. A merge is indexed
 * once per row, not once per cell (a title merged over twelve columns is one entry, not twelve);
 * a row holds few merges, read from the last, which wins where merges overlap.
 */
export class MergeIndex {
  private readonly byRow: Rect[][] = [];
  // Merges may reach past colCount (Office.js reads the used range of values only, and a title is
  // often merged wider than the columns holding values): a row's list holds them whatever their columns.
  constructor(sheet: SheetGrid) {
    for (const m of sheet.merges) {
      // Guard against absurd merges (a whole column merged) so indexing stays linear in real cells.
      const area = (m.bottom - m.top + 1) * (m.right - m.left + 1);
      if (area > 200_000 || m.right < 0) continue;
      for (let r = Math.max(m.top, 0); r <= m.bottom; r++) (this.byRow[r] ??= []).push(m);
    }
  }
  at(row: number, col: number): Rect | undefined {
    if (col < 0) return undefined;
    const merges = this.byRow[row];
    if (merges === undefined) return undefined;
    for (let i = merges.length - 1; i >= 0; i--) {
      const m = merges[i];
      if (col >= m.left && col <= m.right) return m;
    }
    return undefined;
  }
}

/** The displayed text of a cell, trimmed; for a covered cell of a merge, '' (the text lives in the top-left). */
export function cellText(sheet: SheetGrid, row: number, col: number): string {
  return textOfCell(rawCell(sheet, row, col));
}

/** The displayed text of a cell already in hand, trimmed; an error value by its name ('#REF!'). */
export function textOfCell(c: Cell | undefined): string {
  if (!c) return '';
  if (c.text) return c.text.trim();
  const v = c.value;
  if (v === null || v === undefined) return '';
  if (isErrorValue(v)) return v.error;
  return String(v).trim();
}

export function cellHasContent(c: Cell): boolean {
  const t = c.text;
  if (t) {
    // Nearly every text starts with a visible ASCII or Chinese character: no need to trim it to know.
    const first = t.charCodeAt(0);
    if ((first > 0x20 && first < 0x7f) || isChineseCharCode(first) || t.trim() !== '') return true;
  }
  const v = c.value;
  return v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '');
}
