/**
 * Tables printed side by side on one sheet (a 支出表 at A1, a 基本支出表 from column I, blank columns
 * between): the sheet's region around a header is cut into column bands where a column is blank in
 * every row of the region and no merged area crosses it. Recognition then reads each band as a
 * sheet of its own. Whether the cut is certain (each band a table with its own title) is decided
 * by the caller, which keeps the whole-width reading otherwise.
 */
import type { Cell, SheetGrid } from '../grid/types';
import { cellHasContent } from '../grid/sheet';
import type { SheetView } from './view';

export interface Band {
  left: number;
  right: number;
}

export interface Region {
  /** First and last row of the region: from the floor down to the row before two blank rows. */
  top: number;
  bottom: number;
  /** Two or more column bands, left to right; empty when the region is one band. */
  bands: Band[];
}

/** Marks the columns of the row's non-empty cells in `used`; false when the row is blank. */
function markFilled(cells: readonly (Cell | undefined)[] | undefined, used: boolean[]): boolean {
  let filled = false;
  if (cells) {
    for (let c = 0; c < cells.length; c++) {
      const x = cells[c];
      if (x && !(filled && used[c]) && cellHasContent(x)) {
        used[c] = true;
        filled = true;
      }
    }
  }
  return filled;
}

/**
 * The last row of the run of content that holds `anchor` (the body ends at two blank rows), with
 * the columns holding content, or covered by a merged area, from `top` down to it: one pass.
 */
function regionFrom(view: SheetView, top: number, anchor: number): { bottom: number; used: boolean[] } {
  const used: boolean[] = [];
  for (let r = top; r <= anchor; r++) markFilled(view.sheet.rows[r], used);
  let bottom = anchor;
  for (let r = anchor + 1; r < view.rowCount; r++) {
    if (markFilled(view.sheet.rows[r], used)) bottom = r;
    else if (r + 1 >= view.rowCount || view.isBlank(r + 1)) break;
  }
  const merges = view.sheet.merges;
  for (let i = 0; i < merges.length; i++) {
    const m = merges[i];
    if (m.bottom < top || m.top > bottom) continue;
    for (let c = m.left; c <= m.right; c++) used[c] = true;
  }
  return { bottom, used };
}

function bandsOf(used: boolean[]): Band[] {
  const bands: Band[] = [];
  for (let c = 0; c < used.length; c++) {
    if (!used[c]) continue;
    const last = bands[bands.length - 1];
    if (last && last.right === c - 1) last.right = c;
    else bands.push({ left: c, right: c });
  }
  return bands.length >= 2 ? bands : [];
}

/**
 * The region around a header at `anchor` is one band whatever its bottom: the rows from `top` to
 * the anchor, with the merges over them, mark every column from the first or second one to the
 * last any row of the sheet reaches, and no merge that may lie in the region reaches beyond them —
 * so no column the rows below could leave blank lies between two marked ones. Reads the rows above
 * the anchor, not the region below it: a sheet's one table is not read twice to find no band.
 */
export function isOneBand(view: SheetView, top: number, anchor: number): boolean {
  const width = view.cellWidth;
  const used: boolean[] = [];
  for (let r = top; r <= anchor; r++) markFilled(view.sheet.rows[r], used);
  const merges = view.sheet.merges;
  for (let i = 0; i < merges.length; i++) {
    const m = merges[i];
    if (m.bottom < top) continue;
    if (m.left < 0 || m.right >= width) return false;
    if (m.top <= anchor) for (let c = m.left; c <= m.right; c++) used[c] = true;
  }
  let c = 0;
  while (c < width && !used[c]) c++;
  if (c > 1) return false;
  for (; c < width; c++) if (!used[c]) return false;
  return true;
}

/** The bottom of the region around a header at `anchor`, as regionAround finds it: the row before two blank rows. */
export function regionBottom(view: SheetView, anchor: number): number {
  let bottom = anchor;
  for (let r = anchor + 1; r < view.rowCount; r++) {
    if (!view.isBlank(r)) bottom = r;
    else if (r + 1 >= view.rowCount || view.isBlank(r + 1)) break;
  }
  return bottom;
}

/** The region of the sheet a header at `anchor` belongs to, and its column bands. */
export function regionAround(view: SheetView, anchor: number, floor: number): Region {
  const top = Math.min(floor, anchor);
  const { bottom, used } = regionFrom(view, top, anchor);
  return { top, bottom, bands: bandsOf(used) };
}

/** The band's cells of rows top..bottom as a sheet of its own: same name, same cell addresses. */
export function bandSheet(sheet: SheetGrid, band: Band, top: number, bottom: number): SheetGrid {
  const rows: SheetGrid['rows'] = [];
  for (let r = 0; r <= bottom; r++) {
    const cells = r >= top ? sheet.rows[r] : undefined;
    const kept: SheetGrid['rows'][number] = [];
    if (cells) for (let c = band.left; c <= Math.min(band.right, cells.length - 1); c++) if (cells[c]) kept[c] = cells[c];
    rows.push(kept);
  }
  const merges = sheet.merges.filter((m) => m.left >= band.left && m.right <= band.right && m.top >= top && m.bottom <= bottom);
  const grid: SheetGrid = { ...sheet, rowCount: bottom + 1, colCount: band.right + 1, rows, merges };
  return grid;
}
