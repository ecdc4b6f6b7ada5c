/**
 * What recognition produces: the standard budget tables found in a workbook.
 * This is the contract between `recognize` and everything downstream (rules, catalog, narrative,
 * task pane, CLI). Extend it additively; do not rename fields.
 */
import type { Rect } from '../grid/types';
import type { ColumnKey, LineKey } from '../model/keys';

export type { ColumnKey, LineKey } from '../model/keys';

/** docs/design.md §3 — the `kind` field. Fixed strings: other tools read them. */
export type TableKind =
  | 'income-expense-summary' // 部门收支总表
  | 'income-summary' // 部门收入总表
  | 'expense-summary' // 部门支出总表
  | 'fiscal-summary' // 财政拨款收支总表
  | 'general-budget-expense' // 一般公共预算(财政拨款)支出表
  | 'general-budget-basic-expense' // 一般公共预算(财政拨款)基本支出表 (经济分类)
  | 'project-expense' // 项目支出表
  | 'gov-fund-expense' // 政府性基金预算支出表
  | 'state-capital-expense' // 国有资本经营预算支出表
  | 'three-public' // 财政拨款"三公"经费支出表 (lines), or the horizontal “三公”经费和机关运行经费预算表 (see AmountKey)
  | 'carryover' // 上年结转结余情况(明细)表
  | 'procurement' // 政府采购预算表
  | 'assets' // 国有资产占有表
  | 'performance'; // 绩效目标表

export const TABLE_KINDS: readonly TableKind[] = [
  'income-expense-summary',
  'income-summary',
  'expense-summary',
  'fiscal-summary',
  'general-budget-expense',
  'general-budget-basic-expense',
  'project-expense',
  'gov-fund-expense',
  'state-capital-expense',
  'three-public',
  'carryover',
  'procurement',
  'assets',
  'performance',
];

/** 部门预算 or 部门决算. */
export type Family = 'budget' | 'final';

export type Unit = '元' | '千元' | '万元' | '亿元';

/** Which classification a code belongs to. */
export type CodeSystem = 'function' | 'economic' | 'gov-economic';

/** 类 = 1, 款 = 2, 项 = 3. */
export type CodeLevel = 1 | 2 | 3;

/** A node of the (multi-row, merged) header: one header cell and the cells below it. */
export interface HeaderNode {
  label: string; // normalised text (spaces removed)
  rect: Rect; // sheet coordinates of the header cell (its merge area when merged)
  children: HeaderNode[];
}

export type ColumnRole =
  | 'seq' // 序号
  | 'code' // 科目编码 in one column: 206 / 20601 / 2060101
  | 'code-lei' // 类
  | 'code-kuan' // 款
  | 'code-xiang' // 项
  | 'name' // 科目名称
  | 'item' // 项目 (the label column of summary tables: 一、一般公共预算拨款收入 …)
  | 'project-name' // 项目名称 in 项目支出表
  | 'amount'
  | 'percent' // a column headed % / 比例
  | 'quantity' // 数量
  | 'text'; // anything else

/**
 * Semantic keys of amount columns (model/keys: ColumnKey, what each means). The horizontal
 * “三公”经费和机关运行经费预算表 (a contract the narrative checks rely on): kind 'three-public', no label
 * column, one data line; its own `unit` (often 万元 beside tables in 元). Its amount columns are keyed
 * 'total' (合计 = the 三公 total, 机关运行经费 not included), 'abroad', 'reception', 'vehicle'
 * (公务用车购置及运行费 小计), 'vehicle-purchase', 'vehicle-operation' and 'admin-operating' (机关运行经费,
 * its own column). In the 决算 form each figure is printed over 预算数 | 决算数: both columns carry the
 * figure's key, the 决算数 one with measure 'final'. A table whose only 三公 total is labelled “合计”
 * (column or, in the vertical layout, line) is read the same way.
 */
export type AmountKey = ColumnKey;

/** For 决算 tables and tables with several measures of the same thing. */
export type Measure = 'budget' | 'initial-budget' | 'adjusted-budget' | 'final' | 'prior-year' | 'current';

export interface Column {
  /** Unique within the table, e.g. 'c5'. */
  id: string;
  /** Sheet column index (0-based). */
  col: number;
  role: ColumnRole;
  /** For amount columns (and percent columns), the semantic key. */
  key?: AmountKey;
  /** Header labels from the top header row down to this column's own cell. */
  path: string[];
  /** path joined with '/'. */
  label: string;
  /** Index into Table.blocks. */
  block: number;
  measure?: Measure;
  /** id of the amount column whose header spans this one (from the header tree), if any. */
  parent?: string;
  /** Column number printed in the 栏次 row, when present. */
  columnNumber?: number;
}

/**
 * A block is one side of a table that is printed in several side-by-side parts: the 收入 and 支出
 * halves of a 收支总表, or the 人员经费 and 公用经费 halves of a national-template 基本支出表.
 * A plain table has one block.
 */
export interface Block {
  index: number;
  side?: 'income' | 'expense' | 'personnel' | 'public';
  /** Column ids of this block. */
  columns: string[];
  codeColumns: string[]; // one 'code' column, or the code-lei / code-kuan / code-xiang columns
  labelColumn?: string; // the 'name' or 'item' column
}

export type LineRole =
  | 'data' // an ordinary line (a coded 科目 line or an item line)
  | 'total' // 合计
  | 'subtotal' // 小计
  | 'grand-total' // 总计 (收入总计 / 支出总计)
  | 'column-number' // 栏次 row
  | 'blank';

export interface AmountValue {
  /** Column id. */
  column: string;
  /** Sheet column index. */
  col: number;
  /** Parsed value in the table's unit; null when the cell is empty / '-' / '—'. */
  value: number | null;
  /** Number of decimals as written (for rounding tolerance). */
  decimals: number;
  /**
   * Raw problem with the cell, if any: an Excel error, unparseable text, or a number beyond any
   * budget ('implausible': more than 10 万亿元, read as no value so it never enters a sum).
   */
  problem?: 'error' | 'text' | 'implausible';
  /** The displayed text. */
  text: string;
}

/** One line of one block of a table (a two-sided row gives two lines). */
export interface Line {
  /** Sheet row index (0-based). */
  row: number;
  /** Set only on a line the rules read into a table from its continuation on another sheet (recognize/continued.ts). */
  sheet?: string;
  block: number;
  role: LineRole;
  /** Full joined code ('2060101', '30101'), when the line is coded. */
  code?: string;
  codeSystem?: CodeSystem;
  level?: CodeLevel;
  /** The 科目名称 or 项目 text as written (trimmed, inner spaces kept). */
  label: string;
  /** Sheet column of the label cell. */
  labelCol?: number;
  /** Sheet columns of the code cells (one, or 类/款/项). */
  codeCols?: number[];
  /** For summary-table item lines (收支总表, 财政拨款收支总表, 三公) the semantic key (model/keys: LineKey;
   *  'count' for a 三公 table's 相关统计数 lines: 团组数(个), 保有量(辆) … — counts, not money),
   *  and for expense item lines of 收支总表 the 类 code in `code`. Lines with no key of their own
   *  (其中：一般财力) have none. */
  key?: LineKey;
  /** Project name for 项目支出表 lines. */
  project?: string;
  /** The budget unit's code (单位编码 '304001') on a line of a table listed by unit: units nest by its prefix. */
  unitCode?: string;
  /** Figure cells of this line's block (amount, percent and quantity columns), by column id. */
  amounts: Record<string, AmountValue>;
}

export interface Table {
  /** Unique within the workbook, e.g. 'Sheet1!A1'. */
  id: string;
  sheet: string;
  kind: TableKind;
  family: Family;
  title?: string;
  titleCell?: { row: number; col: number };
  department?: string;
  year?: number;
  unit: Unit;
  /** Whether the unit was read from a 单位 line (false: assumed 万元). */
  unitStated: boolean;
  /** The whole table on the sheet, title to last line (or note). */
  rect: Rect;
  /** A1 range of rect, e.g. 'A1:M30'. */
  range: string;
  /** First and last header row. */
  headerRect: Rect;
  header: HeaderNode[];
  columns: Column[];
  blocks: Block[];
  lines: Line[];
  /** 注/备注 line under the table, if any. */
  note?: { text: string; row: number; col: number };
  /** No line carries any amount. */
  empty: boolean;
  /** Why recognition chose this kind (title words / header signature), for the 识别 view. */
  evidence: string[];
}
