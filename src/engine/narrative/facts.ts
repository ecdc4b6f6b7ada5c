/**
 * The figures a 情况说明 speaks about, read once from the recognized tables: totals by meaning
 * (收入总计, 一般公共预算拨款, 基本支出 …), the 功能分类 lines, the 经济分类 lines of the 基本支出表,
 * the 三公 parts and the projects. Every figure keeps the cell it came from, in 分.
 */
import type { Column, Family, Line, Table, TableKind } from '../recognize/types';
import { toA1 } from '../grid/a1';
import { KIND_NAMES } from '../model/table-kinds';
import { toFen } from './amounts';
import type { Core, Fund } from './text/subjects';
import type { Measure } from './text/words';

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

/**
 * A figure of the tables that a sentence may state, with what it is: its measure (预算数 / 年初预算 /
 * 决算数), and half a unit of its last printed decimal (for comparing with rounded text).
 */
export interface Witness extends FactValue {
  measure: Measure;
  halfUnit: number;
}

/** A 科目 line's figure: which code, which funds (all / 财政拨款 / 一般公共预算) and which column. */
export interface LineWitness extends Witness {
  code: string;
  level: 1 | 2 | 3;
  name: string;
  fund: Fund;
  column: 'total' | 'basic' | 'project';
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
  | 'assets'
  | 'admin-operating';

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
  /** Every total by what it is ('basic@general-budget', 'three-public', 'admin-operating' …), all measures. */
  totals: Map<string, Witness[]>;
  /** 功能分类 lines of every table that has them (支出总表, 财政拨款收支总表, 一般公共预算支出表 …). */
  functionWitnesses: LineWitness[];
  /** 经济分类 lines of the 基本支出表. */
  economicWitnesses: LineWitness[];
  /** The name of every coded 功能分类 line of every table, for reading 科目 written in the text. */
  functionNames: FunctionName[];
}

export interface FunctionName {
  code: string;
  level: 1 | 2 | 3;
  name: string;
  /** From a table that lists the 科目 themselves (支出表s), not a summary that repeats the 类. */
  detailed: boolean;
}

/** The table as a message names it: its title, or the Chinese name of its kind (never the kind id). */
function tableName(t: Table): string {
  return t.title ?? KIND_NAMES[t.kind];
}

/** A cell too large to be an amount (1e308 typed by mistake) is no figure to compare with. */
const MAX_FEN = 1e17;

function valueAt(t: Table, line: Line, columnId: string | undefined): FactValue | undefined {
  if (!columnId) return undefined;
  const a = line.amounts[columnId];
  if (!a || a.value === null || !(Math.abs(toFen(a.value, t.unit)) < MAX_FEN)) return undefined;
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
    // The horizontal “三公”经费和机关运行经费表: one data line, an amount column per item.
    for (const w of horizontalThreePublic(t)) {
      const key: FactKey = w.key === 'three-public' || w.key === 'abroad' || w.key === 'reception' || w.key === 'vehicle' || w.key === 'vehicle-purchase' || w.key === 'vehicle-operation' ? w.key : 'admin-operating';
      if (budgetLikeMeasure(w.measure) === (t.family === 'budget') || t.family === 'final') add(key, { fen: w.fen, source: w.source });
    }
    for (const l of t.lines) {
      const k = l.key ? ITEM_KEYS[l.key] : undefined;
      if (k) add(k, valueAt(t, l, firstAmountColumn(t, l.block)) ?? blankItemAsZero(t, l));
    }
    if (!byKey.has('three-public')) {
      const line = totalLine(t);
      if (line) add('three-public', valueAt(t, line, firstAmountColumn(t, line.block)));
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
    ...readWitnesses(tables),
  };
}

function budgetLikeMeasure(m: Measure): boolean {
  return m === 'budget' || m === 'initial-budget' || m === 'adjusted-budget';
}

/** A 三公 item line left blank in a table that has figures means no budget: zero, at its first amount cell. */
function blankItemAsZero(t: Table, l: Line): FactValue | undefined {
  if (l.role !== 'data' || Object.values(l.amounts).some((a) => a.value !== null)) return undefined;
  if (!t.lines.some((x) => Object.values(x.amounts).some((a) => a.value !== null && a.value !== 0))) return undefined;
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

// ------------------------------------------------------------------ witnesses, by measure

/** Contract of the horizontal 三公 table (one data line): column key → what it is. */
const THREE_PUBLIC_COLUMNS: Record<string, Core> = {
  total: 'three-public',
  'three-public': 'three-public',
  abroad: 'abroad',
  reception: 'reception',
  vehicle: 'vehicle',
  'vehicle-purchase': 'vehicle-purchase',
  'vehicle-operation': 'vehicle-operation',
  'admin-operating': 'admin-operating',
};

/** The measure of a column's figures; undefined for a prior-year column. */
/** measureOfColumn by column: a column's measure is read once, however many lines ask. */
const columnMeasures = new WeakMap<Column, Measure | null>();

function measureOfColumn(t: Table, c: Column): Measure | undefined {
  let m = columnMeasures.get(c);
  if (m === undefined) columnMeasures.set(c, (m = readColumnMeasure(t, c) ?? null));
  return m ?? undefined;
}

function readColumnMeasure(t: Table, c: Column): Measure | undefined {
  switch (c.measure) {
    case 'prior-year':
      return undefined;
    case 'initial-budget':
    case 'adjusted-budget':
    case 'final':
    case 'budget':
      return c.measure;
    default: {
      // A 决算 table prints 预算数 | 决算数 under each figure: the header says which.
      const words = c.label.replace(/\s+/g, '').replace(/一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算/g, '');
      if (/年初预算/.test(words)) return 'initial-budget';
      if (/调整预算|全年预算/.test(words)) return 'adjusted-budget';
      if (/决算/.test(words)) return 'final';
      if (/预算/.test(words) && t.family === 'final') return 'budget';
      return t.family === 'final' ? 'final' : 'budget';
    }
  }
}

/** Half a unit of a cell's last decimal: tables in 万元 are published to 0.01 even where a cell shows fewer decimals. */
function halfUnitOfCell(t: Table, decimals: number): number {
  return Math.round(toFen(0.5, t.unit) / 10 ** (t.unit === '元' || t.unit === '千元' ? Math.max(decimals, 0) : Math.max(decimals, 2)));
}

/** A 科目 line's name as the text would write it (without a leading 一、), read once per line. */
const lineNames = new WeakMap<Line, string>();
function lineName(l: Line): string {
  let name = lineNames.get(l);
  if (name === undefined) lineNames.set(l, (name = l.label.replace(/^[一二三四五六七八九十]+、/, '').trim()));
  return name;
}

function witnessAt(t: Table, line: Line, c: Column, zeroWhenBlank = false): Witness | undefined {
  const measure = measureOfColumn(t, c);
  if (!measure) return undefined;
  const a = line.amounts[c.id];
  const source = { sheet: t.sheet, cell: toA1(line.row, c.col), table: tableName(t) };
  if (!a || a.value === null) return zeroWhenBlank ? { fen: 0, source, measure, halfUnit: 0 } : undefined;
  if (!(Math.abs(toFen(a.value, t.unit)) < MAX_FEN)) return undefined;
  return { fen: toFen(a.value, t.unit), source, measure, halfUnit: halfUnitOfCell(t, a.decimals) };
}

/**
 * Witnesses of a horizontal 三公 table, keyed by what each column is: its one data row, or — in a
 * table with one row a year ('2025年预算数' | '2024年预算数') — the row of the table's own year.
 */
function horizontalThreePublic(t: Table): (Witness & { key: Core })[] {
  const data = t.lines.filter((l) => l.role !== 'column-number' && l.role !== 'blank' && Object.values(l.amounts).some((a) => a.value !== null));
  const yearOf = (l: Line) => /(\d{4})\s*年/.exec(l.label)?.[1];
  const line = data.length === 1 ? data[0] : t.year ? data.find((l) => yearOf(l) === String(t.year)) : undefined;
  if (!line) return [];
  const out: (Witness & { key: Core })[] = [];
  for (const c of t.columns) {
    const key = c.role === 'amount' && c.key ? THREE_PUBLIC_COLUMNS[c.key] : undefined;
    if (!key || c.block !== line.block) continue;
    const w = witnessAt(t, line, c, true);
    if (w) out.push({ ...w, key });
  }
  return out;
}

const SUMMARY_LINE_KEYS: Record<string, string[]> = {
  'income-grand-total': ['income@all', 'income-expense@all'],
  'current-income-total': ['income@all'],
  'general-budget': ['income@general-budget', 'appropriation@general-budget'],
  'gov-fund': ['income@gov-fund', 'appropriation@gov-fund'],
  'state-capital': ['income@state-capital', 'appropriation@state-capital'],
  'special-account': ['income@special-account'],
  'unit-funds': ['income@unit-funds'],
  fiscal: ['income@fiscal', 'appropriation@fiscal'],
  'business-income': ['business-income@all'],
  'operating-income': ['operating-income@all'],
  'other-income': ['other-income@all'],
  'superior-subsidy': ['superior-subsidy@all'],
  'affiliated-remit': ['affiliated-remit@all'],
  carryover: ['carryover@all'],
  'expense-total': ['expense@all'],
  'expense-grand-total': ['expense@all', 'income-expense@all'],
};

const FISCAL_LINE_KEYS: Record<string, string[]> = {
  'income-grand-total': ['income@fiscal', 'income-expense@fiscal', 'expense@fiscal'],
  'current-income-total': ['income@fiscal'],
  'general-budget': ['income@general-budget', 'appropriation@general-budget'],
  'gov-fund': ['income@gov-fund', 'appropriation@gov-fund'],
  'state-capital': ['income@state-capital', 'appropriation@state-capital'],
  carryover: ['carryover@fiscal'],
};

/** Total columns of a summary's expense side or of a 支出表, by fund. */
const EXPENSE_COLUMN_FUND: Record<string, Fund> = {
  total: 'all',
  'general-budget': 'general-budget',
  'gov-fund': 'gov-fund',
  'state-capital': 'state-capital',
  fiscal: 'fiscal',
};

const INCOME_COLUMN_KEYS: Record<string, string[]> = {
  total: ['income@all'],
  'current-income': ['income@all'],
  fiscal: ['income@fiscal'],
  'general-budget': ['income@general-budget', 'appropriation@general-budget'],
  'gov-fund': ['income@gov-fund'],
  'state-capital': ['income@state-capital'],
  'special-account': ['income@special-account'],
  'unit-funds': ['income@unit-funds'],
  'business-income': ['business-income@all'],
  'operating-income': ['operating-income@all'],
  'other-income': ['other-income@all'],
  'superior-subsidy': ['superior-subsidy@all'],
  carryover: ['carryover@all'],
};

function isTotalLine(l: Line): boolean {
  return l.role === 'total' || l.role === 'grand-total';
}

function amountColumns(t: Table, block: number): Column[] {
  return t.columns.filter((c) => c.block === block && c.role === 'amount');
}

/** Reads every figure a sentence may state, by what it is and by measure. */
export function readWitnesses(tables: readonly Table[]): Pick<TableFacts, 'totals' | 'functionWitnesses' | 'economicWitnesses' | 'functionNames'> {
  const totals = new Map<string, Witness[]>();
  const functionWitnesses: LineWitness[] = [];
  const economicWitnesses: LineWitness[] = [];
  const functionNames: FunctionName[] = [];
  const add = (key: string, w: Witness | undefined) => {
    if (!w) return;
    const list = totals.get(key) ?? [];
    if (!list.some((x) => x.source.sheet === w.source.sheet && x.source.cell === w.source.cell)) list.push(w);
    totals.set(key, list);
  };
  const addLine = (out: LineWitness[], t: Table, l: Line, c: Column, fund: Fund, column: LineWitness['column']) => {
    if (!l.code || !l.level) return;
    const w = witnessAt(t, l, c);
    if (w) out.push({ fen: w.fen, source: w.source, measure: w.measure, halfUnit: w.halfUnit, code: l.code, level: l.level, name: lineName(l), fund, column });
  };
  const isFunction = (l: Line) => (l.codeSystem ?? (/^2/.test(l.code ?? '') ? 'function' : 'economic')) === 'function';

  for (const t of tables) {
    if (t.family !== 'budget' && t.family !== 'final') continue;
    const detailed = t.kind === 'expense-summary' || t.kind === 'general-budget-expense' || t.kind === 'gov-fund-expense' || t.kind === 'income-summary';
    for (const l of t.lines) {
      if (l.code && l.level && isFunction(l) && /^\d+$/.test(l.code) && l.code.length === 3 + 2 * (l.level - 1)) {
        functionNames.push({ code: l.code, level: l.level, name: lineName(l), detailed });
      }
    }
    switch (t.kind) {
      case 'income-expense-summary':
      case 'fiscal-summary': {
        const keys = t.kind === 'fiscal-summary' ? FISCAL_LINE_KEYS : SUMMARY_LINE_KEYS;
        for (const l of t.lines) {
          const cols = amountColumns(t, l.block);
          if (l.key && keys[l.key] && cols.length > 0) for (const k of keys[l.key]) add(k, witnessAt(t, l, cols[0]));
          if (t.kind === 'fiscal-summary' && (l.key === 'expense-total' || l.key === 'expense-grand-total')) {
            for (const c of cols) {
              const fund = c.key ? EXPENSE_COLUMN_FUND[c.key] : undefined;
              if (fund) add(`expense@${fund === 'all' ? 'fiscal' : fund}`, witnessAt(t, l, c));
            }
          }
          if (l.code && l.level && isFunction(l)) {
            for (const c of cols) {
              const fund = c.key ? EXPENSE_COLUMN_FUND[c.key] : t.kind === 'fiscal-summary' ? 'fiscal' : 'all';
              if (fund) addLine(functionWitnesses, t, l, c, t.kind === 'fiscal-summary' && fund === 'all' ? 'fiscal' : fund, 'total');
            }
          }
        }
        break;
      }
      case 'income-summary':
        for (const l of t.lines.filter(isTotalLine)) {
          for (const c of amountColumns(t, l.block)) for (const k of INCOME_COLUMN_KEYS[c.key ?? ''] ?? []) add(k, witnessAt(t, l, c));
        }
        break;
      case 'expense-summary':
      case 'general-budget-expense':
      case 'gov-fund-expense':
      case 'state-capital-expense': {
        const fund: Fund =
          t.kind === 'expense-summary' ? 'all' : t.kind === 'general-budget-expense' ? 'general-budget' : t.kind === 'gov-fund-expense' ? 'gov-fund' : 'state-capital';
        const total = t.lines.find((l) => isTotalLine(l) && !l.key) ?? t.lines.find(isTotalLine);
        for (const c of amountColumns(t, total?.block ?? 0)) {
          const core = c.key === 'total' ? 'expense' : c.key === 'basic' ? 'basic' : c.key === 'project' ? 'project' : c.key === 'personnel' ? 'personnel' : c.key === 'public' ? 'public' : undefined;
          if (!core) continue;
          if (total) add(`${core}@${fund}`, witnessAt(t, total, c, t.empty));
          else if (t.empty && core === 'expense') add(`${core}@${fund}`, { fen: 0, measure: t.family === 'final' ? 'final' : 'budget', halfUnit: 0, source: { sheet: t.sheet, cell: toA1(t.rect.top, t.rect.left), table: tableName(t) } });
          if (core === 'expense' && fund === 'general-budget' && total) add('appropriation@general-budget', witnessAt(t, total, c));
        }
        if (t.kind === 'expense-summary' || t.kind === 'general-budget-expense') {
          for (const l of t.lines) {
            if (!l.code || !isFunction(l)) continue;
            for (const c of amountColumns(t, l.block)) {
              const column = c.key === 'total' || c.key === 'amount' ? 'total' : c.key === 'basic' ? 'basic' : c.key === 'project' ? 'project' : undefined;
              if (column) addLine(functionWitnesses, t, l, c, fund, column);
            }
          }
        }
        break;
      }
      case 'general-budget-basic-expense': {
        for (const l of t.lines) {
          const cols = amountColumns(t, l.block);
          if (isTotalLine(l)) {
            const label = l.label.replace(/\s+/g, '');
            for (const c of cols) {
              const core = /人员经费/.test(label) ? 'personnel' : /公用经费/.test(label) ? 'public' : c.key === 'personnel' ? 'personnel' : c.key === 'public' ? 'public' : c.key === 'total' || c.key === 'amount' ? 'basic' : undefined;
              if (core) add(`${core}@general-budget`, witnessAt(t, l, c));
            }
          } else if (l.code && !isFunction(l) && cols.length > 0) {
            const c = cols.find((x) => x.key === 'total' || x.key === 'amount') ?? cols[0];
            addLine(economicWitnesses, t, l, c, 'general-budget', 'basic');
          }
        }
        break;
      }
      case 'three-public': {
        const horizontal = horizontalThreePublic(t);
        for (const w of horizontal) add(w.key, w);
        if (horizontal.length > 0) break;
        for (const l of t.lines) {
          const key = l.key && THREE_PUBLIC_COLUMNS[l.key] ? THREE_PUBLIC_COLUMNS[l.key] : isTotalLine(l) && !l.key ? 'three-public' : undefined;
          if (!key) continue;
          for (const c of amountColumns(t, l.block)) {
            if (c.key && !['amount', 'total', 'general-budget', 'fiscal'].includes(c.key)) continue;
            add(key, witnessAt(t, l, c, l.role === 'data' && t.lines.some((x) => Object.values(x.amounts).some((a) => a.value !== null && a.value !== 0))));
          }
        }
        break;
      }
      case 'procurement': {
        const total = t.lines.find(isTotalLine);
        const c = total ? amountColumns(t, total.block).find((x) => x.key === 'total' || x.key === 'amount') : undefined;
        if (total && c) add('procurement@all', witnessAt(t, total, c));
        break;
      }
      default:
        break;
    }
  }
  return { totals, functionWitnesses, economicWitnesses, functionNames };
}
