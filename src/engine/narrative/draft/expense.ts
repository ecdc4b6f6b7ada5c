/**
 * The 支出总表's 合计 line (本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出)
 * and the 财政拨款收支总表's sources and total. Amounts in 分.
 */
import type { LineKey, Table } from '../../recognize/types';
import type { PlainColumnKey } from '../../model/keys';
import { findColumn, firstColumn } from './columns';
import { fenAt, totalLine } from '../../model/tables';
import { itemName } from './income';
import { readFirstCodedTable } from './coded-lines';

export interface ExpenseFigures {
  total?: number;
  basic?: number;
  project?: number;
  /** The other columns of the 支出总表 that carry an amount, in the standard wording. */
  others: { name: string; fen: number }[];
}

const OTHER_COLUMNS: [PlainColumnKey, string][] = [
  ['remit-superior', '上缴上级支出'],
  ['operating-expense', '经营支出'],
  ['subsidy-affiliated', '对附属单位补助支出'],
];

export function readExpense(tables: readonly Table[]): ExpenseFigures | undefined {
  const t = tables.find((x) => x.kind === 'expense-summary' && !x.empty);
  if (!t) return undefined;
  const read = readFirstCodedTable([t]);
  const line = totalLine(t);
  const at = (key: PlainColumnKey) => (line ? fenAt(t, line, findColumn(t, line.block, [key])) : undefined);
  const others: { name: string; fen: number }[] = [];
  for (const [key, name] of OTHER_COLUMNS) {
    const v = at(key);
    if (v) others.push({ name, fen: v });
  }
  return {
    total: line ? at('total') ?? read?.total.current : read?.total.current,
    basic: line ? at('basic') ?? read?.total.basic : read?.total.basic,
    project: line ? at('project') ?? read?.total.project : read?.total.project,
    others,
  };
}

export interface FiscalFigures {
  /** 财政拨款收入总计 (this year's appropriations and the carryover). */
  grandTotal?: number;
  /** Appropriations by source (一般公共预算 …) and the carryover lines, as named in the table. */
  sources: { key?: LineKey; name: string; fen: number }[];
}

const FISCAL_SOURCES = new Set<LineKey>(['general-budget', 'gov-fund', 'state-capital', 'carryover']);

export function readFiscal(tables: readonly Table[]): FiscalFigures | undefined {
  const t = tables.find((x) => x.kind === 'fiscal-summary' && !x.empty);
  if (!t) return undefined;
  const out: FiscalFigures = { sources: [] };
  const incomeBlock = t.blocks.find((b) => b.side === 'income')?.index ?? 0;
  for (const l of t.lines) {
    if (l.block !== incomeBlock) continue;
    const v = fenAt(t, l, firstColumn(t, l.block));
    if (l.key === 'income-grand-total') out.grandTotal = v;
    else if (l.key && FISCAL_SOURCES.has(l.key) && v) out.sources.push({ key: l.key, name: itemName(l.label, l.key), fen: v });
  }
  if (out.grandTotal === undefined) {
    const current = t.lines.find((l) => l.block === incomeBlock && l.key === 'current-income-total');
    const v = current ? fenAt(t, current, firstColumn(t, current.block)) : undefined;
    if (v !== undefined) out.grandTotal = v + out.sources.filter((s) => s.key === 'carryover').reduce((s, x) => s + x.fen, 0);
  }
  return out;
}
