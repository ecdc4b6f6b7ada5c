/**
 * The “三公”经费 and 机关运行经费 figures of a 三公 table, in either of its layouts: lines (合计 /
 * 因公出国（境）费 / 公务用车购置及运行维护费 / 其中：购置 / 运行维护 / 公务接待费, amounts in columns), or
 * one line whose columns are the parts (合计 | 因公出国（境）费 | 公务接待费 | 公务用车购置及运行费 (小计 |
 * 购置 | 运行) | 机关运行经费). A 决算 prints each figure twice, 预算数 | 决算数. Which figures the table
 * gives for certain (a blank is zero, a total it does not print is added up …) is decided by its sums
 * (./three-public-certain); the others are left unknown. Amounts in 分.
 */
import type { Line, LineKey, Table } from '../../recognize/types';
import { figureKey, type PlainColumnKey } from '../../model/keys';
import { isBareTotal, itemNumbering, mentionsThreePublic, namesRateLine, threePublicKeyOf, yearNamed } from '../../recognize/lexicon';
import { normalizeLabel } from '../../grid/text';
import { findColumn, type Want } from './columns';
import { fenAt, holdsFigure, isTotalLine, totalLine } from '../../model/tables';
import { formatWan } from '../../model/money';
import { certainFigures, THREE_PUBLIC_PARTS, type Printed, type ThreePublicPart } from './three-public-certain';

export type { ThreePublicPart };

export interface Measured {
  /** The report's figure: 预算数 of a 预算, 决算数 of a 决算; undefined when the table does not give it for certain. */
  current?: number;
  /** A 决算's 预算数 (全年预算), when printed. */
  budget?: number;
  /** Last year's figure, when the table prints it beside the year's ('上年决算数', '2022年预算数'). */
  prior?: number;
}

export interface ThreePublicFigures {
  family: Table['family'];
  parts: Record<ThreePublicPart, Measured>;
  /** 机关运行经费, when the table prints it. */
  adminOperating?: { current: number; budget?: number };
  /** Where the figures are, for notes. */
  sheet: string;
  /** For the clerk: the figures the table leaves open or contradicts. */
  notes: string[];
}

const KEY_OF_PART: Record<ThreePublicPart, PlainColumnKey[]> = {
  total: ['three-public', 'total'],
  abroad: ['abroad'],
  vehicle: ['vehicle'],
  purchase: ['vehicle-purchase'],
  operation: ['vehicle-operation'],
  reception: ['reception'],
};

/** A figure of each measure: a number, a blank cell (null), or no column for it (undefined). */
interface Partial2 {
  current?: number | null;
  budget?: number | null;
  prior?: number | null;
}

function read(t: Table, line: Line, keys: readonly PlainColumnKey[]): Partial2 {
  const at = (want: Want) => {
    const column = findColumn(t, line.block, keys, want);
    return column ? fenAt(t, line, column) ?? null : undefined;
  };
  return { current: at('current'), budget: t.family === 'final' ? at('budget') : undefined, prior: at('prior') };
}

/**
 * The line of the report's figures in the horizontal layout: its one line, or — in a table turned on its side, one
 * line a year ('2015年', '2016年', then '2016年比2015年增减%') — the line of the table's year, none without it.
 */
function reportLine(t: Table, year = t.year): Line | undefined {
  const lines = t.lines.filter((l) => holdsFigure(l) && !namesRateLine(normalizeLabel(l.label)));
  const yearly = lines.filter((l) => yearNamed(l.label) !== undefined);
  if (yearly.length > 0) return year === undefined ? undefined : yearly.find((l) => yearNamed(l.label) === year);
  return year === t.year ? (lines[0] ?? t.lines[0]) : undefined;
}

/** Columns named after the parts (horizontal layout): the parts are read off one line. */
function horizontal(t: Table): Map<ThreePublicPart | 'admin', Partial2> | undefined {
  const has = (keys: PlainColumnKey[]) => t.columns.some((c) => c.role === 'amount' && c.key && keys.includes(figureKey(c.key)));
  if (!has(['abroad', 'reception', 'vehicle', 'vehicle-purchase', 'vehicle-operation'])) return undefined;
  const line = reportLine(t);
  const out = new Map<ThreePublicPart | 'admin', Partial2>();
  if (!line) return out;
  // A table turned on its side gives last year's figures on last year's line ('2015年' above '2016年').
  const lastYears = t.year === undefined ? undefined : reportLine(t, t.year - 1);
  for (const part of Object.keys(KEY_OF_PART) as ThreePublicPart[]) {
    // The 合计 column is 'total'; in this layout no other column is.
    if (!has(KEY_OF_PART[part])) continue;
    const figures = read(t, line, KEY_OF_PART[part]);
    out.set(part, lastYears && figures.prior === undefined ? { ...figures, prior: read(t, lastYears, KEY_OF_PART[part]).current } : figures);
  }
  if (has(['admin-operating'])) out.set('admin', read(t, line, ['admin-operating']));
  return out;
}

/** The draft's part of each 三公 key (the 因公出国 split by who travels is not a part of its own). */
const PART_OF_KEY: Partial<Record<LineKey, ThreePublicPart | 'admin'>> = {
  'three-public': 'total',
  abroad: 'abroad',
  vehicle: 'vehicle',
  'vehicle-purchase': 'purchase',
  'vehicle-operation': 'operation',
  reception: 'reception',
  'admin-operating': 'admin',
};

/** The part a line is: by its key, else by its words, else a 合计 / 总计 (or “三公” named) line is the total. */
function partOfLine(l: Line): ThreePublicPart | 'admin' | undefined {
  const label = normalizeLabel(l.label);
  const key = l.key ?? threePublicKeyOf(label);
  const part = key && PART_OF_KEY[key];
  if (part) return part;
  return mentionsThreePublic(label) || isBareTotal(itemNumbering(label).text) || isTotalLine(l) ? 'total' : undefined;
}

function vertical(t: Table): Map<ThreePublicPart | 'admin', Partial2> {
  const out = new Map<ThreePublicPart | 'admin', Partial2>();
  const keys: PlainColumnKey[] = ['total', 'general-budget', 'amount', 'subtotal', 'fiscal'];
  for (const l of t.lines) {
    const part = partOfLine(l);
    if (!part || out.has(part)) continue;
    out.set(part, read(t, l, keys));
  }
  if (!out.has('total')) {
    const total = totalLine(t);
    if (total) out.set('total', read(t, total, keys));
  }
  return out;
}

const PART_NAMES: Record<ThreePublicPart, string> = {
  total: '“三公”经费合计',
  abroad: '因公出国（境）费',
  vehicle: '公务用车购置及运行维护费',
  purchase: '公务用车购置费',
  operation: '公务用车运行维护费',
  reception: '公务接待费',
};

/** One measure's figures as the table gives them for certain, with what the clerk should know of the others. */
function settle(t: Table, found: Map<ThreePublicPart | 'admin', Partial2>, measure: keyof Partial2, notes: string[]): Partial<Record<ThreePublicPart, number>> {
  const printed: Printed = {};
  for (const p of THREE_PUBLIC_PARTS) printed[p] = found.get(p)?.[measure];
  // An empty table (its 空表 statement) says there is nothing: every figure is zero.
  if (t.empty) return Object.fromEntries(THREE_PUBLIC_PARTS.map((p) => [p, 0]));
  const what = t.family === 'final' ? (measure === 'budget' ? '预算数' : '决算数') : '预算数';
  if (THREE_PUBLIC_PARTS.every((p) => printed[p] === undefined)) {
    if (measure === 'current') notes.push(`“三公”经费表（${t.sheet}）没有${what}列，草稿中的${what}留待填写。`);
    return {};
  }
  const { figures, setAside, implied } = certainFigures(printed);
  if (setAside.length > 0) {
    const shown = setAside.map((p) => `${PART_NAMES[p]}${formatWan(printed[p] ?? 0)}万元`).join('、');
    const should = implied !== undefined ? `（按表中其他数应为${formatWan(implied)}万元）` : '';
    notes.push(`“三公”经费表（${t.sheet}）的${what}中，${shown}与表中其他数不能相加一致${should}，草稿留待填写，请先核对表格。`);
  }
  const open = THREE_PUBLIC_PARTS.filter((p) => figures[p] === undefined && !setAside.includes(p));
  if (open.length > 0) notes.push(`“三公”经费表（${t.sheet}）的${what}没有给出${open.map((p) => PART_NAMES[p]).join('、')}（空白且不能由合计推出），草稿留待填写。`);
  return figures;
}

/** The 三公 figures of the workbook; undefined without a 三公 table. */
export function readThreePublic(tables: readonly Table[]): ThreePublicFigures | undefined {
  const t = tables.find((x) => x.kind === 'three-public' && !x.empty) ?? tables.find((x) => x.kind === 'three-public');
  if (!t) return undefined;
  const found = horizontal(t) ?? vertical(t);
  const notes: string[] = [];
  const current = settle(t, found, 'current', notes);
  const budget = t.family === 'final' ? settle(t, found, 'budget', notes) : {};
  // Last year's figures only state a change: what the table leaves open of them is no note for the clerk.
  const prior = t.empty ? {} : settle(t, found, 'prior', []);
  const parts = Object.fromEntries(
    THREE_PUBLIC_PARTS.map((p) => [
      p,
      { current: current[p], ...(budget[p] !== undefined ? { budget: budget[p] } : {}), ...(prior[p] !== undefined ? { prior: prior[p] } : {}) },
    ]),
  ) as Record<ThreePublicPart, Measured>;
  const admin = found.get('admin');
  return {
    family: t.family,
    parts,
    // A blank 机关运行经费 cell (null) is no figure, as is no column.
    ...(typeof admin?.current === 'number' ? { adminOperating: { current: admin.current, ...(typeof admin.budget === 'number' ? { budget: admin.budget } : {}) } } : {}),
    sheet: t.sheet,
    notes,
  };
}
