/**
 * Every income source of the report, as its tables print them: the income side of the 收支总表
 * (一、财政拨款收入 with 1. 一般公共预算资金 … under it, 二、事业收入, …, 其他收入, 上年结转) or, without it,
 * the income columns of the 收入总表's 合计 line. None is left out: the draft's income sentence and its
 * "未安排" list together name them all. Amounts in 分.
 */
import type { Line, LineKey, Table } from '../../recognize/types';
import { itemNumbering, type ItemRank } from '../../recognize/lexicon';
import { figureKey, isSourceOrGroup, type FundKey, type ItemKey, type PlainColumnKey } from '../../model/keys';
import { findColumn, firstColumn } from './columns';
import { fenAt, totalLine } from '../../model/tables';

export interface IncomeItem {
  key?: ItemKey;
  name: string;
  fen: number;
  /** A part of the item above it (1. 一般公共预算资金 under 一、财政拨款收入). */
  sub: boolean;
}

export interface IncomeFigures {
  items: IncomeItem[];
  /** 本年收入合计 (决算) / the sum the sources make. */
  currentTotal?: number;
  /** 收入总计: this year's income and the carryover. */
  grandTotal?: number;
  /** 上年结转结余 / 年初结转和结余. */
  carryover?: number;
  /** 支出总计 and 本年支出合计, from the same table when it has them. */
  expenseGrandTotal?: number;
  expenseTotal?: number;
  yearEndCarryover?: number;
}

/** Parts of 财政拨款收入 when the table prints it as a group. */
const FISCAL_PARTS = new Set<FundKey>(['general-budget', 'gov-fund', 'state-capital']);
const NONFISCAL_PARTS = new Set<FundKey>(['special-account', 'unit-funds', 'business-income', 'operating-income', 'other-income']);

const STANDARD_NAMES: Partial<Record<FundKey, string>> = {
  fiscal: '财政拨款收入',
  nonfiscal: '非财政拨款收入',
  'general-budget': '一般公共预算拨款收入',
  'gov-fund': '政府性基金预算拨款收入',
  'state-capital': '国有资本经营预算拨款收入',
  'special-account': '财政专户管理资金收入',
  'unit-funds': '单位资金收入',
  'business-income': '事业收入',
  'operating-income': '经营收入',
  'superior-subsidy': '上级补助收入',
  'affiliated-remit': '附属单位上缴收入',
  'other-income': '其他收入',
};

/** '1. 一般公共预算资金' → '一般公共预算资金'. */
export function itemName(label: string, key?: LineKey | PlainColumnKey): string {
  const s = itemNumbering(label).text.replace(/\s+/g, '');
  return s || (key && isSourceOrGroup(key) ? STANDARD_NAMES[key] ?? '' : '');
}

function incomeBlock(t: Table): number {
  const side = t.blocks.find((b) => b.side === 'income');
  if (side) return side.index;
  const keyed = t.lines.find((l) => l.key && isSourceOrGroup(l.key));
  return keyed?.block ?? 0;
}

type OrdinalStyle = 'chinese' | 'arabic' | 'paren' | 'none' | 'of-which';

const STYLE_OF_RANK: Record<ItemRank, OrdinalStyle> = { 1: 'chinese', 2: 'paren', 3: 'arabic', 4: 'paren' };

function ordinalStyle(label: string): OrdinalStyle {
  const n = itemNumbering(label);
  return n.ofWhich ? 'of-which' : n.rank ? STYLE_OF_RANK[n.rank] : 'none';
}

/** Lines that close the list of this year's sources. */
const AFTER_SOURCES = new Set<LineKey>(['income-grand-total', 'carryover', 'use-nonfiscal-balance']);

/**
 * The sources on the income side of a 收支总表. Templates nest them differently (一、财政拨款收入 over
 * 1. 一般公共预算资金; or 一、本年收入 over 1. 一般公共预算拨款 … 5. 单位资金 over 其中：事业收入): the
 * numbering style of the first source is the top level, anything numbered otherwise is a part of the
 * source above it.
 */
function fromSummary(t: Table): IncomeFigures {
  const block = incomeBlock(t);
  const col = firstColumn(t, block);
  const out: IncomeFigures = { items: [] };
  let topStyle: OrdinalStyle | undefined;
  let collecting = true;
  for (const l of t.lines) {
    const v = (line: Line) => fenAt(t, line, firstColumn(t, line.block));
    if (l.block !== block) {
      if (l.key === 'expense-grand-total') out.expenseGrandTotal ??= v(l);
      if (l.key === 'expense-total') out.expenseTotal ??= v(l);
      if (l.key === 'year-end-carryover') out.yearEndCarryover ??= v(l);
      continue;
    }
    if (l.key === 'current-income-total') {
      out.currentTotal = fenAt(t, l, col);
      if (out.items.length > 0) collecting = false;
      continue;
    }
    if (l.key === 'income-grand-total') out.grandTotal = fenAt(t, l, col);
    if (l.key === 'carryover') out.carryover = fenAt(t, l, col);
    if (l.key && AFTER_SOURCES.has(l.key)) {
      collecting = false;
      continue;
    }
    if (!collecting || l.role !== 'data') continue;
    const style = ordinalStyle(l.label);
    const isSource = l.key ? isSourceOrGroup(l.key) : style !== 'none' && style !== 'of-which';
    if (!isSource) continue;
    const name = itemName(l.label, l.key);
    if (!name) continue;
    topStyle ??= style;
    out.items.push({ key: l.key && isSourceOrGroup(l.key) ? l.key : undefined, name, fen: fenAt(t, l, col) ?? 0, sub: style !== topStyle });
  }
  return out;
}

function fromIncomeTable(t: Table): IncomeFigures {
  const line = totalLine(t);
  const out: IncomeFigures = { items: [] };
  if (!line) return out;
  const at = (keys: PlainColumnKey[]) => fenAt(t, line, findColumn(t, line.block, keys));
  out.grandTotal = at(['total']);
  out.currentTotal = at(['current-income']);
  out.carryover = at(['carryover']);
  const hasColumn = (key: PlainColumnKey) => !!findColumn(t, line.block, [key]);
  for (const c of t.columns) {
    const key = c.key && figureKey(c.key);
    if (c.block !== line.block || c.role !== 'amount' || !key || !isSourceOrGroup(key)) continue;
    if (findColumn(t, line.block, [key]) !== c) continue;
    const sub = (FISCAL_PARTS.has(key) && hasColumn('fiscal')) || (NONFISCAL_PARTS.has(key) && hasColumn('nonfiscal'));
    out.items.push({ key, name: itemName(c.path[c.path.length - 1], key), fen: fenAt(t, line, c) ?? 0, sub });
  }
  return out;
}

/** The report's income sources and totals; undefined when no income table is in the workbook. */
export function readIncome(tables: readonly Table[]): IncomeFigures | undefined {
  const summary = tables.find((t) => t.kind === 'income-expense-summary' && !t.empty);
  const incomeTable = tables.find((t) => t.kind === 'income-summary' && !t.empty);
  const a = summary ? fromSummary(summary) : undefined;
  const b = incomeTable ? fromIncomeTable(incomeTable) : undefined;
  if (!a && !b) return undefined;
  const items = a && a.items.length > 0 ? a.items : b?.items ?? [];
  const carryover = a?.carryover ?? b?.carryover;
  // Never the sum of the sources a table lists: a table cut short (a page's opening) lists only some of them.
  const currentTotal = a?.currentTotal ?? b?.currentTotal;
  const grandTotal =
    a?.grandTotal ?? b?.grandTotal ?? (currentTotal !== undefined ? currentTotal + (carryover ?? 0) : undefined);
  return {
    items,
    currentTotal,
    grandTotal,
    carryover,
    expenseGrandTotal: a?.expenseGrandTotal,
    expenseTotal: a?.expenseTotal,
    yearEndCarryover: a?.yearEndCarryover,
  };
}
