/**
 * How a message names a table, a column and a line — the names a finance clerk knows them by —
 * for every check (rules, narrative), so the same table is called the same everywhere.
 */
import type { Column, Line, Table } from '../recognize/types';
import { isBareSummary, isComparisonCaption, isMeasureLabel, stripItemPrefix, titleWithoutCaptionAndYear, withoutChineseOrdinal } from '../recognize/lexicon';
import { normalizeLabel } from '../grid/text';
import { rememberedByText } from '../grid/remembered';
import { KIND_NAMES } from './table-kinds';

/**
 * The table as a clerk knows it: its own title when short, else the standard name of its kind. The
 * year in front ('2026年部门收入预算总表') and a caption number ('表1、') are left out: one set has one year.
 */
export function tableName(table: Table): string {
  const title = table.title ? titleWithoutCaptionAndYear(table.title) : '';
  if (title && title.length <= 16 && !isComparisonCaption(title)) return title;
  return KIND_NAMES[table.kind];
}

/** “text”, or 「text」 when the text carries its own quotes (“三公”经费支出表). */
export function quote(text: string): string {
  return /[“”"]/.test(text) ? `「${text}」` : `“${text}”`;
}

/** A cell as a message points at it: '「表3」D12'. */
export function cellRef(sheet: string, cell: string): string {
  return `「${sheet}」${cell}`;
}

/**
 * '合计', or '财政拨款（补助）小计' when the column's own header is a bare 小计; a 预算数 | 决算数 column
 * under a named figure is named by both: '公务接待费（决算数）'.
 */
export function columnName(column: Column): string {
  const path = column.path.length ? column.path : [column.label];
  const last = path[path.length - 1] ?? column.label;
  if (column.key && column.key !== 'amount' && isMeasureLabel(last) && path.length > 1) {
    return `${columnName({ ...column, path: path.slice(0, -1) })}（${last}）`;
  }
  if (isBareSummary(last) && path.length > 1) return `${path[path.length - 2]}${last}`;
  return last;
}

/** '221 住房保障支出' (also for a line printed '二十、住房保障支出'), or the item text for uncoded lines. */
export function lineName(line: Line): string {
  const label = line.label.trim();
  if (!line.code) return label || `第 ${line.row + 1} 行`;
  if (label.startsWith(line.code)) return label;
  return `${line.code} ${subjectName(line)}`.trim();
}

/** Every department's tables repeat the template's 科目 names: each label is read once. */
const nameOfLabel = rememberedByText(withoutChineseOrdinal);

/** A 科目 line's own name as a text writes it: '住房保障支出' for '二十、住房保障支出'. */
export function subjectName(line: Line): string {
  return nameOfLabel(line.label);
}

/** An item line's text without its numbering or 其中 ('公务用车购置费' for '    其中：公务用车购置费'). */
export function itemText(line: Line): string {
  return stripItemPrefix(normalizeLabel(line.label));
}

/** How the coverage ledger names one table: '支出总表（工作表「表3」A1:I28）'. */
export function tableScope(table: Table): string {
  return `${tableName(table)}（工作表「${table.sheet}」${table.range}）`;
}

/** How the ledger names a set of tables of one department: '某局部门预算各表'. */
export function setScope(tables: Iterable<Table>): string {
  const first = tables[Symbol.iterator]().next().value as Table | undefined;
  return `${first?.department ?? ''}${first?.family === 'final' ? '部门决算' : '部门预算'}各表`;
}
