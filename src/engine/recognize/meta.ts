/**
 * What is printed above a header: the title, the department (编制部门 / 单位名称 line, or a line such
 * as '306秦皇岛市海港区科技和工业信息化局'), the year (预算年度：2025, '2024年度', or the title's year) and
 * the unit (单位：万元).
 */
import { parseUnit } from '../grid/units';
import { normalizeLabel } from '../grid/text';
import type { Unit } from './types';
import type { SheetView } from './view';
import { rememberedByText } from '../grid/remembered';
import { isCaption, isExactHeaderWord, isHeaderWord, labelledDepartment, looksLikeOrganisation, looksLikeTitle, statedBudgetYear, withoutUnitAndYear, yearNamed } from './lexicon';

export interface TableMeta {
  title?: string;
  titleCell?: { row: number; col: number };
  department?: string;
  year?: number;
  unit?: Unit;
  /** First row of the table (title, or first meta line). */
  top?: number;
}


function yearOf(key: string): number | undefined {
  return statedBudgetYear(key) ?? yearNamed(key);
}

function departmentOf(rawText: string): string | undefined {
  const text = withoutUnitAndYear(rawText).trim();
  const key = normalizeLabel(text);
  if (!key) return undefined;
  if (labelledDepartment(key, true)) return text.replace(/^[^:：]*[:：]\s*/, '').trim() || undefined;
  if (key.length < 4 || key.length > 40 || /[:：，。]/.test(key) || key.includes('表')) return undefined;
  if (!looksLikeOrganisation(key)) return undefined;
  return text.replace(/^\s*\d+\s*/, '').trim();
}

/** What one cell above a header says, by its text (each department prints the same title, unit and year lines). */
interface MetaCell {
  caption: boolean;
  unit?: Unit;
  statedYear?: number;
  year?: number;
  titleLike: boolean;
  department?: string;
  headerWord: boolean;
}

const metaCellOf = rememberedByText((text): MetaCell => {
  const key = normalizeLabel(text);
  const titleLike = looksLikeTitle(key);
  return {
    caption: isCaption(key),
    unit: parseUnit(key),
    statedYear: statedBudgetYear(key),
    year: yearOf(key),
    titleLike,
    department: titleLike ? undefined : departmentOf(text),
    headerWord: isExactHeaderWord(key),
  };
});

/** The department a line near a title states ('编制部门：XX局', '306XX局'); undefined when it states none. */
export function departmentStated(text: string): string | undefined {
  return metaCellOf(text).department;
}

/** Reads the lines above `headerTop`, no higher than `floor` (the end of the previous table). */
export function readMeta(view: SheetView, headerTop: number, floor: number): TableMeta {
  const meta: TableMeta = {};
  let metaYear: number | undefined;
  let statedYear: number | undefined;
  const lowest = Math.max(floor, headerTop - 8);
  for (let r = headerTop - 1; r >= lowest; r--) {
    const cols = view.filledCols(r);
    if (cols.length === 0) {
      if (meta.title) break;
      continue;
    }
    let used = false;
    for (const c of cols) {
      const text = view.text(r, c);
      const cell = metaCellOf(text);
      if (cell.caption) {
        used = true;
        continue;
      }
      if (cell.unit && !meta.unit) {
        meta.unit = cell.unit;
        used = true;
      }
      statedYear = cell.statedYear ?? statedYear;
      if (cell.year && !cell.titleLike) {
        metaYear ??= cell.year;
        used = true;
      }
      const dept = cell.department;
      if (dept && !meta.department) {
        meta.department = dept;
        used = true;
      }
      if (!meta.title && !cell.unit && !dept && cell.titleLike && !cell.headerWord) {
        meta.title = text.trim();
        meta.titleCell = { row: r, col: c };
        used = true;
      }
    }
    // The group over the whole header typed in its first cell alone, unmerged ('财政拨款“三公”经费'): the title is above it.
    if (!used && r === headerTop - 1 && cols.length === 1 && isGroupOverHeaderText(view.key(r, cols[0]))) used = true;
    if (used && !meta.title && !isCaptionRow(view, r)) meta.top = r;
    if (meta.title) meta.top = meta.titleCell!.row;
    if (meta.title) break;
    if (!used) break;
  }
  const titleYear = meta.title ? yearOf(meta.title.replace(/\s+/g, '')) : undefined;
  const year = statedYear ?? titleYear ?? metaYear;
  if (year) meta.year = year;
  return meta;
}

/** A header word standing alone, no title and no 'label：' line. */
function isGroupOverHeaderText(key: string): boolean {
  return isHeaderWord(key) && !looksLikeTitle(key) && !/[:：]/.test(key);
}

function isCaptionRow(view: SheetView, row: number): boolean {
  const cols = view.filledCols(row);
  return cols.length === 1 && isCaption(view.key(row, cols[0]));
}
