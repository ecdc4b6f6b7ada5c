/**
 * A read-only view of one sheet for recognition: each cell's text as a label key (half-width, no
 * spaces), merged areas resolved, numbers told apart from text. Built lazily per cell so that
 * recognition stays linear in the cells actually looked at.
 */
import type { Cell, Rect, SheetGrid } from '../grid/types';
import { cellText, MergeIndex } from '../grid/sheet';
import { normalizeLabel } from '../grid/text';
import { parseAmountCell } from '../grid/numbers';

export class SheetView {
  readonly merges: MergeIndex;
  readonly rowCount: number;
  readonly colCount: number;
  constructor(readonly sheet: SheetGrid) {
    this.merges = new MergeIndex(sheet);
    this.rowCount = Math.max(sheet.rowCount, sheet.rows.length);
    this.colCount = sheet.colCount;
  }

  cell(row: number, col: number): Cell | undefined {
    return this.sheet.rows[row]?.[col];
  }

  /** Text as written (trimmed); '' for empty cells and for covered cells of a merge. */
  text(row: number, col: number): string {
    return cellText(this.sheet, row, col);
  }

  /** Label key of the cell (half-width, no whitespace). */
  key(row: number, col: number): string {
    const t = this.text(row, col);
    return t ? normalizeLabel(t) : '';
  }

  /** The merge area covering the cell, if any. */
  mergeAt(row: number, col: number): Rect | undefined {
    return this.merges.at(row, col);
  }

  /** Text of the cell or of the merge covering it. */
  mergedKey(row: number, col: number): string {
    const m = this.merges.at(row, col);
    return m ? this.key(m.top, m.left) : this.key(row, col);
  }

  /** Columns of the non-empty cells of a row, left to right. */
  filledCols(row: number): number[] {
    const cells = this.sheet.rows[row];
    const out: number[] = [];
    if (!cells) return out;
    for (let c = 0; c < cells.length; c++) {
      const x = cells[c];
      if (x && hasContent(x)) out.push(c);
    }
    return out;
  }

  isBlank(row: number): boolean {
    const cells = this.sheet.rows[row];
    if (!cells) return true;
    for (let c = 0; c < cells.length; c++) {
      const x = cells[c];
      if (x && hasContent(x)) return false;
    }
    return true;
  }

  /** True when the cell holds a number (a real one or a numeric text such as '2,274,700.00'). */
  isNumber(row: number, col: number): boolean {
    const c = this.cell(row, col);
    if (!c) return false;
    return parseAmountCell(c).value !== null;
  }
}

function hasContent(c: Cell): boolean {
  if (c.text && c.text.trim() !== '') return true;
  const v = c.value;
  return v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '');
}
