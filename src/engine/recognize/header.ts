/**
 * The header block of a table: where it starts (a row of header words), how deep it goes (merged
 * group cells, split 类/款/项 rows, un-merged sub-header rows), how wide it is, the header tree, and
 * the label path of every column.
 */
import type { Rect } from '../grid/types';
import type { HeaderNode } from './types';
import type { Area, SheetView } from './view';
import { labelMayChange } from '../grid/text';
import { columnRoleOf, isColumnNumberRowCell, isColumnNumberWord, isHeaderWord, isSubHeaderWord, isTotalLineLabel, isUnitListHead, labelsColumnNumbers, looksLikeTitle, namesAColumn, opensColumnNumberRow } from './lexicon';

/**
 * A row that opens a header: no number, and two or more header words — or a header word beside
 * group cells (merged across columns) such as '科目' | '支出预算' above the real column labels.
 */
export function isHeaderAnchor(view: SheetView, row: number): boolean {
  const cols = view.filledCols(row);
  if (cols.length === 1) return isGroupOverHeader(view, row, cols[0]);
  if (cols.length < 2) return false;
  // Body rows, nearly every row, hold a number: told before any label is read.
  for (const c of cols) if (view.isNumber(row, c)) return false;
  let words = 0;
  let groups = 0;
  let unitHeads = 0;
  for (const c of cols) {
    const k = view.key(row, c);
    if (isHeaderWord(k)) words++;
    else if (isUnitListHead(k)) unitHeads++;
    else if (k.length <= 20 && !/[:：]/.test(k) && (isGroupCell(view, row, c) || isUnmergedGroupCell(view, row, c))) groups++;
  }
  return words >= 2 || (words + unitHeads >= 1 && groups >= 1 && nextRowIsHeader(view, row));
}

/**
 * One group cell over the whole header ('财政拨款“三公”经费' merged across every column, the real
 * labels in the rows under it) opens the header; a title merged the same way does not.
 */
function isGroupOverHeader(view: SheetView, row: number, col: number): boolean {
  const m = view.mergeAt(row, col);
  if (!m || m.right - m.left < 2) return false;
  const k = view.key(row, col);
  if (!isHeaderWord(k) || looksLikeTitle(k) || /[:：]/.test(k)) return false;
  return nextRowIsHeader(view, m.bottom);
}

function isGroupCell(view: SheetView, row: number, col: number): boolean {
  const m = view.mergeAt(row, col);
  return !!m && m.top === row && m.left === col && m.right > m.left;
}

/**
 * A group head typed once over the first of its columns, the cell to its right left blank instead of merged (a copy
 * from a PDF: '项目 | | | | 收入预算' over '功能分类科目编码 | … | 合计 | 财政拨款收入 | …'): the row under it labels both.
 */
function isUnmergedGroupCell(view: SheetView, row: number, col: number): boolean {
  if (view.mergeAt(row, col) || view.text(row, col + 1) || view.mergeAt(row, col + 1)) return false;
  return !!view.text(row + 1, col) && !!view.text(row + 1, col + 1) && !view.isNumber(row + 1, col + 1);
}

/** The row under a group row carries header words itself. */
function nextRowIsHeader(view: SheetView, row: number): boolean {
  let words = 0;
  for (const c of view.filledCols(row + 1)) {
    if (view.isNumber(row + 1, c)) return false;
    if (isHeaderWord(view.key(row + 1, c))) words++;
  }
  return words >= 2;
}

/** A column is still open below `row` when nothing is written above it there, or a group spans it. */
function openBelow(view: SheetView, row: number, col: number): boolean {
  const a = view.area(row, col);
  if (!a || !a.label) return true;
  return a.right > a.left && a.bottom === row;
}

/**
 * The table's total line, labelled 合计 / 总计 in the column the header names its lines in ('功能分类科目编码', '项目'): a
 * line of the body even where a column group's sub-heads are printed on it (合计 | … | 合计 | 基本支出 | 项目支出 under 本年支出).
 */
function isTotalLineUnderLabels(view: SheetView, bottom: number, row: number, col: number): boolean {
  if (!isTotalLineLabel(view.key(row, col))) return false;
  const above = view.area(bottom, col);
  if (!above || !above.label) return false;
  const role = columnRoleOf(above.label, []);
  return role === 'code' || role === 'name' || role === 'item';
}

export function isContinuationRow(view: SheetView, bottom: number, row: number): boolean {
  // A '栏次' cell beside the lowest labels labels the column numbers: the labels beside it go on.
  const cols = view.filledCols(row).filter((c) => view.isNumber(row, c) || !labelsColumnNumbers(view.key(row, c)));
  if (cols.length === 0) return false;
  if (isTotalLineUnderLabels(view, bottom, row, cols[0])) return false;
  let allOpen = true;
  for (const c of cols) {
    const k = view.key(row, c);
    if (!k || view.isNumber(row, c)) return false;
    if (!isSubHeaderWord(k)) return false;
    if (!openBelow(view, bottom, c)) allOpen = false;
  }
  return allOpen || cols.length >= 2;
}

/** The header rectangle that starts at `anchor`. */
export function headerRect(view: SheetView, anchor: number): Rect {
  const cols = view.filledCols(anchor);
  let left = cols[0];
  let right = cols[cols.length - 1];
  let bottom = anchor;
  const grow = (r: number) => {
    const cols = view.filledCols(r);
    for (let i = 0; i < cols.length; i++) {
      const c = cols[i];
      if (c < left - 1 || c > right + 1) continue;
      const m = view.mergeAt(r, c);
      // A malformed merge may reach left of column A (left −1): the header starts at A at the most.
      left = Math.min(left, m ? Math.max(m.left, 0) : c);
      right = Math.max(right, m ? m.right : c);
      if (m && m.top >= anchor) bottom = Math.max(bottom, m.bottom);
    }
  };
  grow(anchor);
  // Whether some row read here widened the header: rows read before it, narrower, may reach further now.
  let widenedBelow = false;
  for (let r = anchor; r <= bottom && r < view.rowCount; r++) {
    const leftBefore = left;
    const rightBefore = right;
    grow(r);
    if (left !== leftBefore || right !== rightBefore) widenedBelow = true;
    if (r === bottom && r + 1 < view.rowCount && isContinuationRow(view, bottom, r + 1)) bottom = r + 1;
  }
  // A head right of a group typed once over blank cells (基本支出 | (blank) | 项目支出, the blank reached only by the
  // 人员经费 | 公用经费 row under it) joins once a lower row has widened the header up to it. Not folded into the pass
  // above: that pass settles the bottom row by row (a continuation row is judged under the bottom of its time), and
  // reading the rows above again as it goes would grow rows and judge continuations this pass never does. When no row
  // widened the header, every row was read at its final width and changed nothing, so reading them again is skipped.
  for (let widened = right; widenedBelow && bottom > anchor; widened = right) {
    for (let r = anchor; r < bottom; r++) grow(r);
    if (right === widened) break;
  }
  return { top: anchor, left, bottom, right };
}

/** Some header row under `row` labels the column itself. */
function labelledBelow(view: SheetView, header: Rect, row: number, col: number): boolean {
  for (let r = row + 1; r <= header.bottom; r++) {
    const a = view.area(r, col);
    if (a && a.label && a.top > row) return true;
  }
  return false;
}

/**
 * A group label typed once above the first of its columns, the cells to its right left blank
 * instead of merged ('财政拨款（补助）' over 小计 | 一般公共预算 | …): the blank cell belongs to the
 * nearest label on its left when that label heads a column with labels under it (a group), and
 * every column in between is labelled lower down too.
 */
function unmergedGroupAt(view: SheetView, header: Rect, row: number, col: number): Area | undefined {
  if (row >= header.bottom || !labelledBelow(view, header, row, col)) return undefined;
  for (let c = col - 1; c >= header.left; c--) {
    const a = view.area(row, c);
    if (!a || !a.label) {
      if (!labelledBelow(view, header, row, c)) return undefined;
      continue;
    }
    if (a.bottom > row || !labelledBelow(view, header, row, a.right) || newHeadAbove(view, header, row, a.left, col)) return undefined;
    return a;
  }
  return undefined;
}

/**
 * A head above `row` that starts in a column after `left` up to `col` ('公务接待费' over the blank under it, right of
 * 公务用车运行维护费): `col` is under another group than the label at `left`, which cannot span it.
 */
function newHeadAbove(view: SheetView, header: Rect, row: number, left: number, col: number): boolean {
  for (let r = header.top; r < row; r++) {
    for (let c = left + 1; c <= col; c++) {
      const a = view.area(r, c);
      if (a && a.label && a.left === c && a.top === r) return true;
    }
  }
  return false;
}

/** Label path of a column from the top header row down (each merged group counted once). */
export function columnPath(view: SheetView, header: Rect, col: number): string[] {
  const path: string[] = [];
  let last: Area | undefined;
  for (let r = header.top; r <= header.bottom; r++) {
    const a = view.area(r, col) ?? unmergedGroupAt(view, header, r, col);
    if (!a || !a.label || labelsColumnNumbers(a.label)) continue;
    if (last && last.top === a.top && last.left === a.left) continue;
    path.push(a.label);
    last = a;
  }
  return path;
}

/** The text without whitespace; a text normalizing leaves alone has none, so no pattern runs over it. */
function withoutSpaces(text: string): string {
  return labelMayChange(text) ? text.replace(/\s+/g, '') : text;
}

/**
 * A group head repeated cell by cell ('2017年决算比上年增减情况' over 增加额 and again over 增加幅度, where another
 * copy merges it across both): the same text right beside the cell before, as tall, over columns labelled lower down.
 */
function isRepeatedGroup(view: SheetView, header: Rect, before: Area, a: Area, beforeText: string, text: string): boolean {
  if (text !== beforeText || before.top !== a.top || before.bottom !== a.bottom || before.right + 1 !== a.left) return false;
  return labelledBelow(view, header, a.bottom, before.left) && labelledBelow(view, header, a.bottom, a.left);
}

/** The header tree: every labelled header cell with the cells under it. */
export function headerTree(view: SheetView, header: Rect): HeaderNode[] {
  // A header cell by its top-left corner, as a number (no column of an area is right of the header's).
  const idOf = (a: Area) => a.top * (header.right + 1) + a.left;
  const nodes = new Map<number, HeaderNode>();
  // The cells in the order found, to link each to its parent by index (no iterator over the Map).
  const found: { node: HeaderNode; area: Area }[] = [];
  for (let r = header.top; r <= header.bottom; r++) {
    for (let c = header.left; c <= header.right; c++) {
      const a = view.area(r, c);
      if (!a) continue;
      // The rest of the merge's cells in this row are the same area.
      c = Math.max(c, a.right);
      if (!a.label) continue;
      const id = idOf(a);
      if (!nodes.has(id)) {
        const text = withoutSpaces(view.text(a.top, a.left));
        const before = found[found.length - 1];
        if (before && isRepeatedGroup(view, header, before.area, a, before.node.label, text)) {
          // One group head typed again in each of its columns instead of merged: the same node, wider.
          before.node.rect.right = a.right;
          before.area = { ...before.area, right: a.right };
          nodes.set(id, before.node);
          continue;
        }
        const node: HeaderNode = { label: text, rect: { top: a.top, left: a.left, bottom: a.bottom, right: a.right }, children: [] };
        nodes.set(id, node);
        found.push({ node, area: a });
      }
    }
  }
  const roots: HeaderNode[] = [];
  for (let i = 0; i < found.length; i++) {
    const { node, area } = found[i];
    let parent: HeaderNode | undefined;
    for (let r = area.top - 1; r >= header.top && !parent; r--) {
      const above = view.area(r, area.left);
      if (above && above.label && above.left <= area.left && above.right >= area.right) parent = nodes.get(idOf(above));
    }
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** The 列次 letters of the text columns, in order ('甲 | 乙 | 1 | 2 …'). */
const COLUMN_LETTERS = '甲乙丙丁戊己';

/**
 * '栏次' row (also '类 | 款 | 项 | 栏次 | 1 | 2 …' of the national 决算 template), or consecutive
 * column numbers 1, 2, 3 …, after the 列次 letters 甲, 乙 … of the text columns when printed.
 */
export function isColumnNumberRow(view: SheetView, row: number): boolean {
  const cols = view.filledCols(row);
  if (cols.length === 0) return false;
  // '栏次 | … | 增加额 | 增加幅度': the lowest header labels, with 栏次 written in the item column.
  if (opensColumnNumberRow(view.key(row, cols[0]))) return !cols.slice(1).some((c) => !view.isNumber(row, c) && namesAColumn(view.key(row, c)));
  if (cols.some((c) => isColumnNumberWord(view.key(row, c))) && cols.every((c) => isColumnNumberRowCell(view.key(row, c)))) return true;
  if (cols.length < 3) return false;
  let letters = 0;
  while (letters < cols.length && view.key(row, cols[letters]) === COLUMN_LETTERS[letters]) letters++;
  return letters < cols.length && cols.slice(letters).every((c, i) => view.key(row, c) === String(i + 1));
}
