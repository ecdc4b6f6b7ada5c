/**
 * The coded lines of a 功能分类 table (一般公共预算支出表, 政府性基金支出表 …) with every measure the
 * draft speaks of: the report's figure (预算数, or 决算数), its 基本支出 / 项目支出 split, and for a
 * 决算 the 年初预算数 and 全年预算数 when the table prints them. Amounts in 分.
 */
import type { CodeLevel, Column, Line, Table } from '../../recognize/types';
import type { PlainColumnKey } from '../../model/keys';
import { toA1 } from '../../grid/a1';
import { findColumn, type Want } from './columns';
import { fenAt, isTotalLine, totalLine } from '../../model/tables';

export interface Figures {
  current?: number;
  basic?: number;
  project?: number;
  initial?: number;
  adjusted?: number;
}

export interface CodedLine extends Figures {
  code: string;
  level: CodeLevel;
  /** The name as written in the table. */
  written: string;
  /** Where the line is, for notes. */
  at: string;
}

export interface CodedTable {
  table: Table;
  total: Figures;
  lines: CodedLine[];
  /** The table prints 年初预算数 / 全年预算数 columns. */
  hasInitial: boolean;
  hasAdjusted: boolean;
}

const TOTAL_KEYS: PlainColumnKey[] = ['total', 'amount', 'subtotal'];

interface FigureColumns {
  current?: Column;
  basic?: Column;
  project?: Column;
  initial?: Column;
  adjusted?: Column;
}

/** The columns each figure is read from, by block: found once per table and block, not once per line. */
function figureColumns(t: Table, columns: Map<number, FigureColumns>, block: number): FigureColumns {
  let found = columns.get(block);
  if (!found) {
    found = {
      current: findColumn(t, block, TOTAL_KEYS, 'current'),
      basic: findColumn(t, block, ['basic'], 'current'),
      project: findColumn(t, block, ['project'], 'current'),
      initial: findColumn(t, block, TOTAL_KEYS, 'initial'),
      adjusted: findColumn(t, block, TOTAL_KEYS, 'adjusted'),
    };
    columns.set(block, found);
  }
  return found;
}

function figuresOf(t: Table, columns: Map<number, FigureColumns>, l: Line): Figures {
  const c = figureColumns(t, columns, l.block);
  return {
    current: fenAt(t, l, c.current),
    basic: fenAt(t, l, c.basic),
    project: fenAt(t, l, c.project),
    initial: fenAt(t, l, c.initial),
    adjusted: fenAt(t, l, c.adjusted),
  };
}

function sum(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : a + b;
}

/**
 * Finds the code of a line whose printed code is unreadable ('7 11 02'): the child of `parent` that
 * officially bears the line's name, if exactly one does.
 */
export type CodeOfName = (parent: string, written: string) => string | undefined;

/** The 功能分类 lines of one table, with its total (the 合计 line, or the sum of the 类 lines). */
export function readCodedTable(t: Table, codeOfName?: CodeOfName): CodedTable {
  const columns = new Map<number, FigureColumns>();
  const lines: CodedLine[] = [];
  let above: CodedLine | undefined;
  for (const l of t.lines) {
    if (isTotalLine(l)) continue;
    let code = l.code;
    let level = l.level;
    if (!code && l.role === 'data' && above && above.level < 3 && codeOfName) {
      code = codeOfName(above.code, l.label);
      level = code ? ((above.level + 1) as CodeLevel) : undefined;
    }
    if (!code || !level) continue;
    const system = l.code ? l.codeSystem ?? (/^2/.test(code) ? 'function' : 'economic') : 'function';
    if (system !== 'function') continue;
    const line: CodedLine = { code, level, written: l.label.trim(), at: `${t.sheet}!${toA1(l.row, l.labelCol ?? 0)}`, ...figuresOf(t, columns, l) };
    lines.push(line);
    above = line;
  }
  const totalRow = totalLine(t);
  let total: Figures = totalRow ? figuresOf(t, columns, totalRow) : {};
  if (total.current === undefined) {
    total = {};
    for (const l of lines.filter((x) => x.level === 1)) {
      for (const k of ['current', 'basic', 'project', 'initial', 'adjusted'] as const) total[k] = sum(total[k], l[k]);
    }
  }
  const has = (want: Want) => t.columns.some((c) => c.role === 'amount' && findColumn(t, c.block, TOTAL_KEYS, want) === c);
  return { table: t, total, lines, hasInitial: has('initial'), hasAdjusted: has('adjusted') };
}

/** The first table of a kind that has figures (a workbook prints each standard table once). */
export function readFirstCodedTable(tables: readonly Table[], codeOfName?: CodeOfName): CodedTable | undefined {
  const t = tables.find((x) => !x.empty);
  return t ? readCodedTable(t, codeOfName) : undefined;
}

const firstByCode = new WeakMap<readonly CodedLine[], Map<string, CodedLine>>();

/** The first of the lines with `code` (the lines indexed by code once, then looked up). */
export function lineOfCode(lines: readonly CodedLine[], code: string): CodedLine | undefined {
  let index = firstByCode.get(lines);
  if (!index) {
    index = new Map();
    for (const l of lines) if (!index.has(l.code)) index.set(l.code, l);
    firstByCode.set(lines, index);
  }
  return index.get(code);
}
