/**
 * The figures a 情况说明 speaks about, read once from the recognized tables: totals by meaning
 * (收入总计, 一般公共预算拨款, 基本支出 …), the 功能分类 lines, the 经济分类 lines of the 基本支出表,
 * the 三公 parts and the projects. Every figure keeps the cell it came from, in 分.
 */
import type { Family, Line, Table, TableKind } from '../recognize/types';
import { toA1 } from '../grid/a1';
import { toFen } from './amounts';

export interface FactSource {
  sheet: string;
  cell: string;
  /** Table title (or kind) for messages. */
  table: string;
}

export interface FactValue {
  fen: number;
  source: FactSource;
}

export interface CodedFact {
  code: string;
  level: 1 | 2 | 3;
  name: string;
  total?: FactValue;
  basic?: FactValue;
  project?: FactValue;
  personnel?: FactValue;
  public?: FactValue;
}

export interface ProjectFact {
  name: string;
  amount: FactValue;
}

/** Canonical fact keys; several tables may give a value for the same key (kept in preference order). */
export type FactKey =
  | 'income-total'
  | 'current-income'
  | 'general-budget'
  | 'gov-fund'
  | 'state-capital'
  | 'special-account'
  | 'unit-funds'
  | 'carryover'
  | 'expense-total'
  | 'basic'
  | 'project'
  | 'personnel'
  | 'public'
  | 'fiscal-total'
  | 'gb-total'
  | 'three-public'
  | 'abroad'
  | 'vehicle'
  | 'vehicle-purchase'
  | 'vehicle-operation'
  | 'reception'
  | 'gov-fund-expense'
  | 'state-capital-expense'
  | 'procurement'
  | 'assets';

export interface TableFacts {
  department?: string;
  year?: number;
  family: Family;
  byKey: Map<FactKey, FactValue[]>;
  /** 功能分类 lines of the 一般公共预算支出表 (or, without it, of the 支出总表). */
  functionLines: CodedFact[];
  /** 经济分类 lines of the 基本支出表. */
  economicLines: CodedFact[];
  projects: ProjectFact[];
  kinds: Set<TableKind>;
  emptyKinds: Set<TableKind>;
}

function tableName(t: Table): string {
  return t.title ?? t.kind;
}

function valueAt(t: Table, line: Line, columnId: string | undefined): FactValue | undefined {
  if (!columnId) return undefined;
  const a = line.amounts[columnId];
  if (!a || a.value === null) return undefined;
  return { fen: toFen(a.value, t.unit), source: { sheet: t.sheet, cell: toA1(line.row, a.col), table: tableName(t) } };
}

/** Column id of the amount column with one of `keys` in the line's block (first key that exists). */
function columnOf(t: Table, block: number, keys: readonly string[]): string | undefined {
  for (const k of keys) {
    const c = t.columns.find((col) => col.block === block && col.key === k && col.role === 'amount' && col.measure !== 'prior-year');
    if (c) return c.id;
  }
  return undefined;
}

/** The first amount column of a block: the value column of summary item lines. */
function firstAmountColumn(t: Table, block: number): string | undefined {
  return (
    columnOf(t, block, ['amount', 'total', 'subtotal']) ??
    t.columns.find((c) => c.block === block && c.role === 'amount' && c.measure !== 'prior-year')?.id
  );
}

function totalLine(t: Table): Line | undefined {
  return (
    t.lines.find((l) => l.role === 'total' && !l.key) ??
    t.lines.find((l) => l.role === 'grand-total' && !l.key) ??
    t.lines.find((l) => l.role === 'total') ??
    t.lines.find((l) => l.role === 'grand-total')
  );
}

/** A total of a coded table: its 合计 line, or the sum of its 类 lines when it has none. */
function tableTotal(t: Table, keys: readonly string[]): FactValue | undefined {
  const line = totalLine(t);
  if (line) {
    const v = valueAt(t, line, columnOf(t, line.block, keys));
    if (v) return v;
  }
  const lei = t.lines.filter((l) => l.level === 1);
  if (lei.length === 0) return undefined;
  let fen = 0;
  let any = false;
  for (const l of lei) {
    const v = valueAt(t, l, columnOf(t, l.block, keys));
    if (v) {
      fen += v.fen;
      any = true;
    }
  }
  if (!any) return undefined;
  return { fen, source: { sheet: t.sheet, cell: toA1(lei[0].row, 0), table: tableName(t) } };
}

const ITEM_KEYS: Partial<Record<string, FactKey>> = {
  'income-grand-total': 'income-total',
  'current-income-total': 'current-income',
  'general-budget': 'general-budget',
  'gov-fund': 'gov-fund',
  'state-capital': 'state-capital',
  'special-account': 'special-account',
  'unit-funds': 'unit-funds',
  carryover: 'carryover',
  'expense-grand-total': 'expense-total',
  'three-public': 'three-public',
  abroad: 'abroad',
  vehicle: 'vehicle',
  'vehicle-purchase': 'vehicle-purchase',
  'vehicle-operation': 'vehicle-operation',
  reception: 'reception',
};

/** Department names are printed with a unit code in front ('306秦皇岛市…局'); the draft wants the name. */
export function cleanDepartment(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const s = name
    .replace(/^(?:编制部门|预算单位|单位名称|部门名称|编制单位)[:：]\s*/, '')
    .replace(/^[\d\s\-_.]+/, '')
    .trim();
  return s || undefined;
}

function mostCommon<T>(values: (T | undefined)[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

function codedFacts(t: Table, system: 'function' | 'economic'): CodedFact[] {
  const out: CodedFact[] = [];
  for (const l of t.lines) {
    if (!l.code || !l.level || l.role === 'total') continue;
    const sys = l.codeSystem ?? (/^2/.test(l.code) ? 'function' : 'economic');
    if ((sys === 'function') !== (system === 'function')) continue;
    out.push({
      code: l.code,
      level: l.level,
      name: l.label.trim(),
      total: valueAt(t, l, columnOf(t, l.block, ['total', 'amount', 'subtotal'])),
      basic: valueAt(t, l, columnOf(t, l.block, ['basic'])),
      project: valueAt(t, l, columnOf(t, l.block, ['project'])),
      personnel: valueAt(t, l, columnOf(t, l.block, ['personnel'])),
      public: valueAt(t, l, columnOf(t, l.block, ['public'])),
    });
  }
  return out;
}

/** Reads the facts of a workbook's tables. */
export function readFacts(tables: readonly Table[]): TableFacts {
  const byKey = new Map<FactKey, FactValue[]>();
  const add = (k: FactKey, v: FactValue | undefined) => {
    if (!v) return;
    const list = byKey.get(k) ?? [];
    if (!list.some((x) => x.fen === v.fen && x.source.cell === v.source.cell && x.source.sheet === v.source.sheet)) list.push(v);
    byKey.set(k, list);
  };
  const budgetTables = tables.filter((t) => t.family === 'budget' || t.family === 'final');
  const kinds = new Set(tables.map((t) => t.kind));
  const emptyKinds = new Set(tables.filter((t) => t.empty).map((t) => t.kind));
  const ofKind = (k: TableKind) => budgetTables.filter((t) => t.kind === k);

  for (const t of ofKind('income-expense-summary')) {
    for (const l of t.lines) {
      const k = l.key ? ITEM_KEYS[l.key] : undefined;
      if (k) add(k, valueAt(t, l, firstAmountColumn(t, l.block)));
      if (l.key === 'expense-total') add('expense-total', valueAt(t, l, firstAmountColumn(t, l.block)));
    }
  }
  for (const t of ofKind('income-summary')) {
    const line = totalLine(t);
    if (line) {
      add('income-total', valueAt(t, line, columnOf(t, line.block, ['total'])));
      add('current-income', valueAt(t, line, columnOf(t, line.block, ['current-income', 'subtotal'])));
      add('carryover', valueAt(t, line, columnOf(t, line.block, ['carryover'])));
    }
  }
  for (const t of ofKind('expense-summary')) {
    add('expense-total', tableTotal(t, ['total']));
    add('basic', tableTotal(t, ['basic']));
    add('project', tableTotal(t, ['project']));
  }
  for (const t of ofKind('fiscal-summary')) {
    for (const l of t.lines) {
      if (l.key === 'income-grand-total') add('fiscal-total', valueAt(t, l, firstAmountColumn(t, l.block)));
      if (l.key === 'general-budget' && l.block === 0) add('general-budget', valueAt(t, l, firstAmountColumn(t, l.block)));
    }
  }
  for (const t of ofKind('general-budget-expense')) {
    add('gb-total', tableTotal(t, ['total']));
    add('basic', tableTotal(t, ['basic']));
    add('project', tableTotal(t, ['project']));
  }
  for (const t of ofKind('general-budget-basic-expense')) {
    add('personnel', tableTotal(t, ['personnel']));
    add('public', tableTotal(t, ['public']));
    // The 基本支出表's own 合计 is a third witness of 基本支出 (after the two tables above).
    add('basic', tableTotal(t, ['total']));
  }
  for (const t of ofKind('three-public')) {
    for (const l of t.lines) {
      const k = l.key ? ITEM_KEYS[l.key] : undefined;
      if (k) add(k, valueAt(t, l, columnOf(t, l.block, ['total', 'general-budget', 'amount'])) ?? zeroAt(t, l));
    }
    if (!byKey.has('three-public')) {
      const line = totalLine(t);
      if (line) add('three-public', valueAt(t, line, columnOf(t, line.block, ['total', 'general-budget'])) ?? zeroAt(t, line));
    }
  }
  for (const t of ofKind('gov-fund-expense')) add('gov-fund-expense', tableTotal(t, ['total']) ?? (t.empty ? zeroOf(t) : undefined));
  for (const t of ofKind('state-capital-expense')) add('state-capital-expense', tableTotal(t, ['total']) ?? (t.empty ? zeroOf(t) : undefined));
  for (const t of ofKind('procurement')) add('procurement', tableTotal(t, ['total', 'amount']));
  for (const t of ofKind('assets')) add('assets', tableTotal(t, ['total', 'amount']));

  const gb = ofKind('general-budget-expense').filter((t) => !t.empty);
  const fnSource = gb.length > 0 ? gb : ofKind('expense-summary');
  const functionLines = fnSource.flatMap((t) => codedFacts(t, 'function'));
  const economicLines = ofKind('general-budget-basic-expense').flatMap((t) => codedFacts(t, 'economic'));

  const projects: ProjectFact[] = [];
  for (const t of [...ofKind('project-expense'), ...ofKind('performance')]) {
    for (const l of t.lines) {
      const name = l.project?.trim();
      if (!name || l.role !== 'data') continue;
      const v = valueAt(t, l, columnOf(t, l.block, ['total', 'amount', 'project', 'subtotal']));
      if (v && !projects.some((p) => p.name === name && p.amount.fen === v.fen)) projects.push({ name, amount: v });
    }
  }

  return {
    department: cleanDepartment(mostCommon(tables.map((t) => t.department))),
    year: mostCommon(tables.map((t) => t.year)),
    family: mostCommon(tables.map((t) => t.family)) ?? 'budget',
    byKey,
    functionLines,
    economicLines,
    projects,
    kinds,
    emptyKinds,
  };
}

function zeroAt(t: Table, l: Line): FactValue | undefined {
  // A 三公 line left blank means no budget: zero, pointing at the line's first amount cell. A cell
  // that could not be read (#REF!, text, beyond any budget) is not blank: its figure is unknown.
  const c = t.columns.find((col) => col.block === l.block && col.role === 'amount');
  if (!c || Object.values(l.amounts).some((a) => a.problem)) return undefined;
  return { fen: 0, source: { sheet: t.sheet, cell: toA1(l.row, c.col), table: tableName(t) } };
}

function zeroOf(t: Table): FactValue {
  return { fen: 0, source: { sheet: t.sheet, cell: toA1(t.rect.top, t.rect.left), table: tableName(t) } };
}

/** The preferred value of a fact (the first table that gives it). */
export function fact(f: TableFacts, k: FactKey): FactValue | undefined {
  return f.byKey.get(k)?.[0];
}
