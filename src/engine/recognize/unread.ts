/**
 * A sheet titled as a standard table that recognition could not read: its title names a table kind
 * ('2018年“三公”经费支出决算表') and it holds figures, yet no header and body were found. Saying
 * nothing would let the clerk take it for checked; it is named as not checked instead (a 提示).
 */
import type { Finding } from '../findings';
import type { SheetGrid } from '../grid/types';
import { toA1 } from '../grid/a1';
import { amountValueOf } from '../grid/numbers';
import { cellText } from '../grid/sheet';
import { normalizeLabel } from '../grid/text';
import { KIND_NAMES } from '../model/table-kinds';
import { isCaption, kindFromTitle, looksLikeTitle, namesAccountingBalance } from './lexicon';
import { departmentStated } from './meta';
import type { Family, TableKind } from './types';

/** Fewer figures than this is a form to fill in or a cover, not a table left unread. */
const MIN_FIGURES = 3;

export interface UnreadTable {
  sheet: string;
  /** The title as printed, and its cell (A1). */
  title: string;
  cell: string;
  kind: TableKind;
  /** Its columns are an accounting statement's (年初预算数 | 期末数): not a standard table, not one left unread by mistake. */
  accountingStatement?: boolean;
  /** The department its sheet names (编制部门 line under the title); in a workbook of several departments, else the one its neighbouring read sheets belong to. */
  department?: string;
  /** The workbook holds several departments' tables and which one this is cannot be told for certain: it is no department's. */
  departmentUnknown?: boolean;
  /** In a workbook read as both a 部门预算 and a 部门决算: the set its title or sheet name names for certain. */
  family?: Family;
  /** Both families are read and its names tell neither for certain: it is neither set's. */
  familyUnknown?: boolean;
}

/** Rows under the title looked at for the header of an accounting statement. */
const HEADER_ROWS = 8;

/** The header's columns are an accounting statement's balances ('期末数'), in the rows just under the title. */
function headsAccountingStatement(sheet: SheetGrid, below: number): boolean {
  const last = Math.min(sheet.rows.length, below + 1 + HEADER_ROWS);
  for (let r = below + 1; r < last; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const text = cellText(sheet, r, c);
      if (text && text.length <= 12 && namesAccountingBalance(normalizeLabel(text))) return true;
    }
  }
  return false;
}

/** Kinds whose sheets are read elsewhere (绩效目标表: project cards) or hold no sums to check. */
const READ_ELSEWHERE: ReadonlySet<TableKind> = new Set<TableKind>(['performance', 'assets']);

/**
 * The sheet's title: its first text, after a caption ('表1', '附表3'). A 目录 or a 情况说明 opens with
 * other words, even when it names tables further down.
 */
function titleOf(sheet: SheetGrid): { title: string; row: number; col: number; kind: TableKind } | undefined {
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const text = cellText(sheet, r, c);
      if (!text) continue;
      const key = normalizeLabel(text);
      if (isCaption(key)) continue;
      const kind = looksLikeTitle(key) ? kindFromTitle(key) : undefined;
      return kind && !READ_ELSEWHERE.has(kind) ? { title: text, row: r, col: c, kind } : undefined;
    }
  }
  return undefined;
}

/** The department a line between the title and the figures names, if one does (a unit's name among the rows is none). */
function departmentUnder(sheet: SheetGrid, title: number): string | undefined {
  const last = Math.min(sheet.rows.length, title + 1 + HEADER_ROWS);
  for (let r = title + 1; r < last; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    if (row.some((cell) => amountValueOf(cell) !== null)) return undefined;
    for (let c = 0; c < row.length; c++) {
      const text = cellText(sheet, r, c);
      const department = text ? departmentStated(text) : undefined;
      if (department) return department;
    }
  }
  return undefined;
}

function holdsFigures(sheet: SheetGrid, below: number): boolean {
  let figures = 0;
  for (let r = below + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    // Figures pasted as text ('1,234.56') count too: recognition reads them as amounts.
    for (const cell of row) if (amountValueOf(cell) !== null && ++figures >= MIN_FIGURES) return true;
  }
  return false;
}

/** The unread table of a sheet that gave no tables, if its title and figures say it holds one. */
export function unreadTableOf(sheet: SheetGrid): UnreadTable | undefined {
  const found = titleOf(sheet);
  if (!found || !holdsFigures(sheet, found.row)) return undefined;
  const unread: UnreadTable = { sheet: sheet.name, title: found.title, cell: toA1(found.row, found.col), kind: found.kind };
  if (headsAccountingStatement(sheet, found.row)) unread.accountingStatement = true;
  const department = departmentUnder(sheet, found.row);
  if (department) unread.department = department;
  return unread;
}

function unreadMessage(u: UnreadTable): string {
  if (u.accountingStatement) {
    return `「${u.title}」是会计报表（按年初、期末列数），不是标准预算表，未核对；部门预算、决算公开表的收支总表列的是预算数或决算数。`;
  }
  const whose = u.departmentUnknown
    ? '工作簿中有几个部门的表，无法确定它属于哪个部门，各部门都未把它算作本部门的表；'
    : u.familyUnknown
      ? '工作簿中有部门预算和部门决算两套表，标题和工作表名都没有写明它是预算表还是决算表，两套表都未把它算作本套的表；'
      : '';
  return `「${u.title}」看来是一张${KIND_NAMES[u.kind]}，但没能认出它的表头和数据，此表没有核对（不等于没有问题）；${whose}请检查表头是否为标准格式。`;
}

export function unreadTableFinding(u: UnreadTable): Finding {
  return {
    rule: 'plausibility/unread-table',
    kind: 'plausibility',
    severity: 'info',
    sheet: u.sheet,
    cell: u.cell,
    related: [],
    message: unreadMessage(u),
  };
}
