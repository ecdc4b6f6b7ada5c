/**
 * The “三公”经费 and 机关运行经费 figures of a 三公 table, in either of its layouts: lines (合计 /
 * 因公出国（境）费 / 公务用车购置及运行维护费 / 其中：购置 / 运行维护 / 公务接待费, amounts in columns), or
 * one line whose columns are the parts (合计 | 因公出国（境）费 | 公务接待费 | 公务用车购置及运行费 (小计 |
 * 购置 | 运行) | 机关运行经费). A 决算 prints each figure twice, 预算数 | 决算数. A part the table leaves
 * blank is zero; a total it does not print (or prints as an unnamed 合计 line) is read or added up,
 * never taken for zero. Amounts in 分.
 */
import type { Line, LineKey, Table } from '../../recognize/types';
import { figureKey, type PlainColumnKey } from '../../model/keys';
import { isBareTotal, itemNumbering, mentionsThreePublic, threePublicKeyOf } from '../../recognize/lexicon';
import { normalizeLabel } from '../../grid/text';
import { findColumn, type Want } from './columns';
import { fenAt, holdsFigure, isTotalLine, totalLine } from '../../model/tables';

export type ThreePublicPart = 'total' | 'abroad' | 'vehicle' | 'purchase' | 'operation' | 'reception';

export interface Measured {
  /** The report's figure: 预算数 of a 预算, 决算数 of a 决算. */
  current: number;
  /** A 决算's 预算数 (全年预算), when printed. */
  budget?: number;
}

export interface ThreePublicFigures {
  family: Table['family'];
  parts: Record<ThreePublicPart, Measured>;
  /** 机关运行经费, when the table prints it. */
  adminOperating?: Measured;
  /** Where the figures are, for notes. */
  sheet: string;
}

const KEY_OF_PART: Record<ThreePublicPart, PlainColumnKey[]> = {
  total: ['three-public', 'total'],
  abroad: ['abroad'],
  vehicle: ['vehicle'],
  purchase: ['vehicle-purchase'],
  operation: ['vehicle-operation'],
  reception: ['reception'],
};

interface Partial2 {
  current?: number;
  budget?: number;
}

function read(t: Table, line: Line, keys: readonly PlainColumnKey[]): Partial2 {
  const at = (want: Want) => fenAt(t, line, findColumn(t, line.block, keys, want));
  return { current: at('current'), budget: t.family === 'final' ? at('budget') : undefined };
}

/** Columns named after the parts (horizontal layout): the parts are read off one line. */
function horizontal(t: Table): Map<ThreePublicPart | 'admin', Partial2> | undefined {
  const has = (keys: PlainColumnKey[]) => t.columns.some((c) => c.role === 'amount' && c.key && keys.includes(figureKey(c.key)));
  if (!has(['abroad', 'reception', 'vehicle', 'vehicle-purchase', 'vehicle-operation'])) return undefined;
  const line = t.lines.find(holdsFigure) ?? t.lines[0];
  const out = new Map<ThreePublicPart | 'admin', Partial2>();
  if (!line) return out;
  for (const part of Object.keys(KEY_OF_PART) as ThreePublicPart[]) {
    // The 合计 column is 'total'; in this layout no other column is.
    if (has(KEY_OF_PART[part])) out.set(part, read(t, line, KEY_OF_PART[part]));
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

/** A part the table leaves blank (or an empty table) is zero. */
function measured(p: Partial2 | undefined): Measured {
  return { current: p?.current ?? 0, ...(p?.budget !== undefined ? { budget: p.budget } : {}) };
}

function add(...xs: (Measured | undefined)[]): Measured {
  const budgets = xs.map((x) => x?.budget);
  return {
    current: xs.reduce((s, x) => s + (x?.current ?? 0), 0),
    ...(budgets.some((b) => b !== undefined) ? { budget: budgets.reduce<number>((s, b) => s + (b ?? 0), 0) } : {}),
  };
}

/** The 三公 figures of the workbook; undefined without a 三公 table. */
export function readThreePublic(tables: readonly Table[]): ThreePublicFigures | undefined {
  const t = tables.find((x) => x.kind === 'three-public' && !x.empty) ?? tables.find((x) => x.kind === 'three-public');
  if (!t) return undefined;
  const found = horizontal(t) ?? vertical(t);
  const get = (p: ThreePublicPart) => measured(found.get(p));
  const purchase = get('purchase');
  const operation = get('operation');
  const vehicleRead = found.get('vehicle');
  const vehicle = vehicleRead?.current !== undefined ? measured(vehicleRead) : add(purchase, operation);
  const abroad = get('abroad');
  const reception = get('reception');
  const totalRead = found.get('total');
  const total = totalRead?.current !== undefined ? measured(totalRead) : add(abroad, vehicle, reception);
  const admin = found.get('admin');
  return {
    family: t.family,
    parts: { total, abroad, vehicle, purchase, operation, reception },
    ...(admin && admin.current !== undefined ? { adminOperating: measured(admin) } : {}),
    sheet: t.sheet,
  };
}
