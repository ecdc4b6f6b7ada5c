/**
 * A read-only view of one sheet for recognition: each cell's text as a label key (half-width, no
 * spaces), merged areas resolved, numbers told apart from text. Built lazily per cell so that
 * recognition stays linear in the cells actually looked at.
 */
import type { Cell, Rect, SheetGrid } from '../grid/types';
import { cellHasContent, cellText, MergeIndex } from '../grid/sheet';
import { labelMayChange, normalizeLabel } from '../grid/text';
import { amountValueOf } from '../grid/numbers';
import { rememberedByText } from '../grid/remembered';

/** A labelled area of the sheet: a merge with the key of its top-left cell, or one cell with its key. */
export interface Area extends Rect {
  label: string;
}

/** The key of a text normalizing changes ('项  目', '预算年度：2025'): the same header words and lines above them on every department's sheets. */
const keyOfChangingText = rememberedByText(normalizeLabel);

/** A cell's text (trimmed) as a label key: normalizeLabel's answer, each text that needs it normalized once. */
export function labelKey(text: string): string {
  return text && labelMayChange(text) ? keyOfChangingText(text) : text;
}

/**
 * The length of the longest row. A loop of its own: run over every row of every sheet it soon gets
 * optimised, which costs little for this loop alone and much for the constructor around it.
 */
function widestRow(rows: readonly ((Cell | undefined)[] | undefined)[]): number {
  let width = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r && r.length > width) width = r.length;
  }
  return width;
}

export class SheetView {
  readonly merges: MergeIndex;
  readonly rowCount: number;
  readonly colCount: number;
  /** One past the last column any row of the sheet holds a cell in (colCount may say more or less). */
  readonly cellWidth: number;
  /**
   * Keys that normalizing changed, by cell: header cells are read many times over (anchor, header
   * rectangle, column paths, header tree). Each text is normalized once for every sheet (labelKey's
   * memory): every department prints the same '项  目' and '预算年度：2025'.
   */
  private readonly rebuiltKeys = new Map<number, string>();
  private readonly stride: number;
  /** Areas by cell (null: a blank cell outside any merge), and each merge's one area. */
  private readonly areas = new Map<number, Area | null>();
  private readonly mergeAreas = new Map<Rect, Area>();
  private readonly hiddenCols: ReadonlySet<number>;
  constructor(readonly sheet: SheetGrid) {
    this.hiddenCols = new Set(sheet.hiddenCols ?? []);
    this.merges = new MergeIndex(sheet);
    this.rowCount = Math.max(sheet.rowCount, sheet.rows.length);
    this.colCount = sheet.colCount;
    this.cellWidth = widestRow(sheet.rows);
    this.stride = Math.max(this.cellWidth, sheet.colCount) + 1;
  }

  cell(row: number, col: number): Cell | undefined {
    return this.sheet.rows[row]?.[col];
  }

  /** Text as written (trimmed); '' for empty cells and for covered cells of a merge. */
  text(row: number, col: number): string {
    return cellText(this.sheet, row, col);
  }

  /** Label key of the cell (half-width, no whitespace): labelKey, remembered by cell. */
  key(row: number, col: number): string {
    const t = this.text(row, col);
    if (!t || !labelMayChange(t)) return t;
    const at = row * this.stride + col;
    let k = this.rebuiltKeys.get(at);
    if (k === undefined) {
      k = keyOfChangingText(t);
      this.rebuiltKeys.set(at, k);
    }
    return k;
  }

  /** The merge area covering the cell, if any. */
  mergeAt(row: number, col: number): Rect | undefined {
    return this.merges.at(row, col);
  }

  /**
   * The merge covering the cell with the key of its top-left cell (the label may be ''), or the
   * cell alone when it has a key; undefined for a blank cell outside any merge. Read-only: one
   * object per merge and per cell, handed out again on every call.
   */
  area(row: number, col: number): Area | undefined {
    const at = row * this.stride + col;
    let a = this.areas.get(at);
    if (a === undefined) {
      const m = this.merges.at(row, col);
      if (m) {
        a = this.mergeAreas.get(m);
        if (!a) {
          // A literal, not `{ ...m }`: spreading the merge was the costliest line of this reader.
          a = { top: m.top, left: m.left, bottom: m.bottom, right: m.right, label: this.key(m.top, m.left) };
          this.mergeAreas.set(m, a);
        }
      } else {
        const label = this.key(row, col);
        a = label ? { top: row, left: col, bottom: row, right: col, label } : null;
      }
      this.areas.set(at, a);
    }
    return a ?? undefined;
  }

  /** Text of the cell or of the merge covering it. */
  mergedKey(row: number, col: number): string {
    const m = this.merges.at(row, col);
    return m ? this.key(m.top, m.left) : this.key(row, col);
  }

  /**
   * Columns of the non-empty cells of a row, left to right. A loop of its own: asked of nearly every
   * row, it was a call of filledColsIn with no right bound, and the JIT compiled both (the second with
   * the first inlined) in the first department's tables.
   */
  filledCols(row: number): number[] {
    const cells = this.sheet.rows[row];
    const out: number[] = [];
    if (!cells) return out;
    for (let c = 0; c < cells.length; c++) {
      const x = cells[c];
      if (x && cellHasContent(x)) out.push(c);
    }
    return out;
  }

  /**
   * The first column from `left` to `right` holding something, or -1: a body row's tests need its
   * first cell and whether it is alone, not a list of its columns.
   */
  firstFilledColIn(row: number, left: number, right: number): number {
    const cells = this.sheet.rows[row];
    if (!cells) return -1;
    const end = Math.min(cells.length - 1, right);
    for (let c = Math.max(left, 0); c <= end; c++) {
      const x = cells[c];
      if (x && cellHasContent(x)) return c;
    }
    return -1;
  }

  /** Columns of the non-empty cells of a row from `left` to `right`, left to right (rare rows of a body: notes, repeated headers). */
  filledColsIn(row: number, left: number, right: number): number[] {
    return this.filledCols(row).filter((c) => c >= left && c <= right);
  }

  isBlank(row: number): boolean {
    const cells = this.sheet.rows[row];
    if (!cells) return true;
    for (let c = 0; c < cells.length; c++) {
      const x = cells[c];
      if (x && cellHasContent(x)) return false;
    }
    return true;
  }

  /** The workbook hides the column: it is not printed. */
  isColumnHidden(col: number): boolean {
    return this.hiddenCols.has(col);
  }

  /** True when the cell holds a number (a real one or a numeric text such as '2,274,700.00'). */
  isNumber(row: number, col: number): boolean {
    return amountValueOf(this.cell(row, col)) !== null;
  }
}

