/**
 * 人员经费 and 公用经费 of the 一般公共预算基本支出表, in the layouts it is printed in: 合计 | 人员经费 |
 * 公用经费 columns (the local 预算 templates), or the national 决算 template's two side-by-side blocks
 * closed by 人员经费合计 | 公用经费合计. With each, the 经济分类 款 that carry an amount (their names
 * are what the 情况说明 lists under 人员经费 / 公用经费). Amounts in 分.
 */
import type { Line, Table } from '../../recognize/types';
import { basicSideOf } from '../../recognize/lexicon';
import { findColumn } from './columns';
import { fenAt, totalLine } from '../../model/tables';
import { HALF_WAN_CENT } from '../../model/money';

export interface EconomicItem {
  code: string;
  written: string;
  fen: number;
}

export interface BasicFigures {
  total?: number;
  personnel?: number;
  public?: number;
  personnelItems: EconomicItem[];
  publicItems: EconomicItem[];
}

type Side = 'personnel' | 'public';

/** 人员经费 = 工资福利支出 (301) + 对个人和家庭的补助 (303); the other 类 are 公用经费. */
function sideOfCode(code: string): Side {
  return /^30[13]/.test(code) ? 'personnel' : 'public';
}

function blockSide(t: Table, block: number): Side | undefined {
  const side = t.blocks.find((b) => b.index === block)?.side;
  if (side === 'personnel' || side === 'public') return side;
  const closing = t.lines.find((l) => l.block === block && (l.role === 'total' || l.role === 'subtotal') && basicSideOf(l.label));
  return closing && basicSideOf(closing.label);
}

function isEconomic(l: Line): boolean {
  return !!l.code && (l.codeSystem === 'economic' || l.codeSystem === 'gov-economic' || (!l.codeSystem && /^[35]/.test(l.code)));
}

export function readBasic(tables: readonly Table[]): BasicFigures | undefined {
  const t = tables.find((x) => x.kind === 'general-budget-basic-expense' && !x.empty);
  if (!t) return undefined;
  const out: BasicFigures = { personnelItems: [], publicItems: [] };
  const sides = new Map<number, Side | undefined>(t.blocks.map((b) => [b.index, blockSide(t, b.index)]));
  const byColumns = t.columns.some((c) => c.role === 'amount' && /(^|\.)(personnel|public)$/.test(c.key ?? ''));
  const add = (side: Side, key: 'personnel' | 'public', v: number | undefined) => {
    if (v !== undefined && side === key) out[key] = (out[key] ?? 0) + v;
  };

  if (byColumns) {
    const total = totalLine(t);
    if (total) {
      out.total = fenAt(t, total, findColumn(t, total.block, ['total', 'amount']));
      out.personnel = fenAt(t, total, findColumn(t, total.block, ['personnel']));
      out.public = fenAt(t, total, findColumn(t, total.block, ['public']));
    }
  } else {
    for (const l of t.lines) {
      const side = sides.get(l.block);
      if (!side || (l.role !== 'total' && l.role !== 'subtotal')) continue;
      const v = fenAt(t, l, findColumn(t, l.block, ['total', 'amount', 'subtotal']));
      add(side, 'personnel', v);
      add(side, 'public', v);
    }
  }

  const classTotals: Record<Side, number | undefined> = { personnel: undefined, public: undefined };
  for (const l of t.lines) {
    if (!isEconomic(l) || l.role === 'total') continue;
    const amount = fenAt(t, l, findColumn(t, l.block, ['total', 'amount', 'subtotal']));
    const p = byColumns ? fenAt(t, l, findColumn(t, l.block, ['personnel'])) : undefined;
    const q = byColumns ? fenAt(t, l, findColumn(t, l.block, ['public'])) : undefined;
    const parts: [Side, number | undefined][] =
      p !== undefined || q !== undefined ? [['personnel', p], ['public', q]] : [[sides.get(l.block) ?? sideOfCode(l.code!), amount]];
    for (const [side, fen] of parts) {
      if (!fen) continue;
      if (l.level === 2) (side === 'personnel' ? out.personnelItems : out.publicItems).push({ code: l.code!, written: l.label.trim(), fen });
      if (l.level === 1) classTotals[side] = (classTotals[side] ?? 0) + fen;
    }
  }
  out.personnel ??= classTotals.personnel;
  out.public ??= classTotals.public;
  if (out.total === undefined && (out.personnel !== undefined || out.public !== undefined)) out.total = (out.personnel ?? 0) + (out.public ?? 0);
  return out;
}

/**
 * The 基本支出 to state over 人员经费 and 公用经费: the figure a table prints for it when the two parts add up to it
 * but for their rounding (14,107.46 over 12,192.15 + 1,915.30), never their sum re-rounded; the sum when no
 * table prints one that agrees.
 */
export function basicTotal(personnel: number, pub: number, printed: number | undefined): number {
  const sum = personnel + pub;
  return printed !== undefined && Math.abs(printed - sum) <= 2 * HALF_WAN_CENT ? printed : sum;
}
