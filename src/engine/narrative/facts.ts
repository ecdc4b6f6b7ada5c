/**
 * The figures a 情况说明 speaks about, read once from the recognized tables (through model/tables):
 * totals by what they are and by measure (收入总计, 一般公共预算拨款, 基本支出 …), the 功能分类 lines,
 * the 经济分类 lines of the 基本支出表, the 三公 parts and the projects. Every figure keeps the cell it
 * came from, in 分.
 */
import type { Column, ColumnKey, Family, Line, LineKey, Table } from '../recognize/types';
import { toA1 } from '../grid/a1';
import { halfUnitFen } from '../model/money';
import { subjectName, tableName } from '../model/names';
import { basicSideOf, measureOf, saysBudget, namesYear, statesChangeReason } from '../recognize/lexicon';
import { amountColumns, isChangeColumn, isLastYearsColumn, cellAt, cellColumn, columnsWithKey, fenAt, figureLines, hasNonZeroFigure, hasValue, holdsFigure, isTotalLine, totalLine } from '../model/tables';
import { threePublicPartsOf } from '../model/keys';
import { differenceIdentity } from '../rules/column-sum';
import { blankChanges } from '../rules/blank-change';
import type { Core, Fund } from './text/subjects';
import type { Measure } from './text/words';
import { reportOfTables } from './subject';
import { keyedLines, keyedOrTotalLines, totalLines } from './total-lines';
import { listsUnits, unitListTotal } from '../recognize/unit-codes';

export interface FactSource {
  sheet: string;
  cell: string;
  /** The table as messages name it (model/names). */
  table: string;
}

export interface FactValue {
  fen: number;
  source: FactSource;
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
  /** The cell is printed blank and read as 0 (a 三公 item nobody filled in): messages say 空白, not 0.00. */
  blank?: true;
  /** A blank cell of a 其中 breakdown left wholly blank under a figure: a breakdown not filled in rather than a 0. */
  unfilled?: true;
}

/** A 科目 line's figure: which code, which funds (all / 财政拨款 / 一般公共预算) and which column. */
export interface LineWitness extends Witness {
  code: string;
  level: 1 | 2 | 3;
  name: string;
  fund: Fund;
  column: 'total' | 'basic' | 'project';
}

export interface TableFacts {
  year?: number;
  family: Family;
  /** The projects of the 项目支出表 and the 绩效目标表, each name and amount once. */
  projects: ProjectFact[];
  /** Every total by what it is ('basic@general-budget', 'three-public', 'admin-operating' …), all measures. */
  totals: Map<string, Witness[]>;
  /** 功能分类 lines of every table that has them (支出总表, 财政拨款收支总表, 一般公共预算支出表 …), each line's figures read when asked for. */
  functionLines: FunctionLine[];
  /** The figures of every one of the functionLines, in their order. */
  functionWitnesses: LineWitness[];
  /** 经济分类 lines of the 基本支出表. */
  economicWitnesses: LineWitness[];
  /** The name of every coded 功能分类 line of every table, for reading 科目 written in the text. */
  functionNames: FunctionName[];
  /** A “三公” table's note gives the reason its figures changed ('“三公”经费增减变化原因说明:实行厉行节约'). */
  threePublicChangesExplained?: boolean;
  /**
   * The 增减额 cells of a vertical “三公” table left empty beside a 本年 and a 上年 that differ, by the item they are
   * of ('abroad' → 因公出国 E6 of honghe-xian-2018): a change the table does not fill in.
   */
  blankThreePublicChanges: Map<string, FactSource[]>;
}

export interface FunctionName {
  code: string;
  level: 1 | 2 | 3;
  name: string;
  /** From a table that lists the 科目 themselves (支出表s), not a summary that repeats the 类. */
  detailed: boolean;
}

/** tableName by table: a table is named once, however many of its figures are read. */
const tableNames = new WeakMap<Table, string>();

function nameOfTable(t: Table): string {
  let name = tableNames.get(t);
  if (name === undefined) tableNames.set(t, (name = tableName(t)));
  return name;
}

/**
 * Where a figure is, for messages: the cell's A1 name and the table's name are worked out when a
 * message first reads them — a text states a few dozen of the thousands of figures read here.
 */
class CellSource implements FactSource {
  readonly sheet: string;
  #cell?: string;
  readonly #table: Table;
  readonly #line: Line;
  readonly #column: Column;

  constructor(t: Table, line: Line, column: Column) {
    this.sheet = line.sheet ?? t.sheet;
    this.#table = t;
    this.#line = line;
    this.#column = column;
  }

  get cell(): string {
    return (this.#cell ??= cellAt(this.#table, this.#line, this.#column).cell);
  }

  get table(): string {
    return nameOfTable(this.#table);
  }

  /** Whether `other` is the same cell, told by row and column where both are read from tables (no A1 names worked out). */
  sameCellAs(other: FactSource): boolean {
    if (this.sheet !== other.sheet) return false;
    if (!(other instanceof CellSource)) return this.cell === other.cell;
    return this.#line.row === other.#line.row && cellColumn(this.#line, this.#column) === cellColumn(other.#line, other.#column);
  }
}

/** Whether two sources name the same cell of the same sheet. */
function sameCell(a: FactSource, b: FactSource): boolean {
  return a instanceof CellSource ? a.sameCellAs(b) : b instanceof CellSource ? b.sameCellAs(a) : a.sheet === b.sheet && a.cell === b.cell;
}

function sourceOf(t: Table, line: Line, column: Column): FactSource {
  return new CellSource(t, line, column);
}

/** The figure where a line meets a column, with its cell; undefined when blank. */
function valueAt(t: Table, line: Line, column: Column | undefined): FactValue | undefined {
  const fen = fenAt(t, line, column);
  return column && fen !== undefined ? { fen, source: sourceOf(t, line, column) } : undefined;
}

const thisYear = (c: Column) => c.measure !== 'prior-year';

/** The amount column with one of `keys` in a block (first key that has one), not the prior year's. */
function columnOf(t: Table, block: number, keys: readonly ColumnKey[]): Column | undefined {
  return columnsWithKey(t, keys, { block, where: thisYear })[0];
}

/** The key of a project's amount column, in order of preference. */
const PROJECT_AMOUNT_KEYS: ColumnKey[] = ['total', 'amount', 'project', 'subtotal'];

function readProjects(tables: readonly Table[]): ProjectFact[] {
  const projects: ProjectFact[] = [];
  /** name + 分 of every project kept: a name listed in both tables with one amount is one project. */
  const seen = new Set<string>();
  for (const t of [...tables.filter((x) => x.kind === 'project-expense'), ...tables.filter((x) => x.kind === 'performance')]) {
    // The amount column of each block, found once per table and block, not once per line.
    const amountColumnOf = new Map<number, Column | undefined>();
    for (let i = 0; i < t.lines.length; i++) {
      const l = t.lines[i];
      const name = l.project?.trim();
      if (!name || l.role !== 'data') continue;
      if (!amountColumnOf.has(l.block)) amountColumnOf.set(l.block, columnOf(t, l.block, PROJECT_AMOUNT_KEYS));
      const v = valueAt(t, l, amountColumnOf.get(l.block));
      if (!v) continue;
      const key = `${v.fen}|${name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      projects.push({ name, amount: v });
    }
  }
  return projects;
}

/**
 * The facts of a workbook's tables. Each kind of figure is read when first asked for: a text reads
 * the totals for nearly every figure, the 科目 lines only when it writes a 科目, and the 经济分类
 * lines and the names of the 科目 seldom.
 */
class TablesFacts implements TableFacts {
  readonly year?: number;
  readonly family: Family;
  readonly projects: ProjectFact[];
  readonly threePublicChangesExplained: boolean;
  #totals?: Map<string, Witness[]>;
  #blankChanges?: Map<string, FactSource[]>;
  #functionLines?: FunctionLine[];
  #functionWitnesses?: LineWitness[];
  #economicWitnesses?: LineWitness[];
  #functionNames?: FunctionName[];

  constructor(private readonly tables: readonly Table[]) {
    const { year, family } = reportOfTables(tables);
    if (year !== undefined) this.year = year;
    this.family = family;
    this.projects = readProjects(tables);
    this.threePublicChangesExplained = tables.some((t) => t.kind === 'three-public' && t.note !== undefined && statesChangeReason(t.note.text));
  }

  get blankThreePublicChanges(): Map<string, FactSource[]> {
    return (this.#blankChanges ??= readBlankThreePublicChanges(this.tables));
  }

  get totals(): Map<string, Witness[]> {
    return (this.#totals ??= readTotals(this.tables));
  }

  get functionLines(): FunctionLine[] {
    return (this.#functionLines ??= readFunctionLines(this.tables));
  }

  get functionWitnesses(): LineWitness[] {
    return (this.#functionWitnesses ??= witnessesOfLines(this.functionLines));
  }

  get economicWitnesses(): LineWitness[] {
    return (this.#economicWitnesses ??= readEconomicWitnesses(this.tables));
  }

  get functionNames(): FunctionName[] {
    return (this.#functionNames ??= readFunctionNames(this.tables));
  }
}

/** Reads the facts of a workbook's tables (each kind of figure when first asked for). */
export function readFacts(tables: readonly Table[]): TableFacts {
  return new TablesFacts(tables);
}

function isFunctionLine(l: Line): boolean {
  return (l.codeSystem ?? (/^2/.test(l.code ?? '') ? 'function' : 'economic')) === 'function';
}

/** The name of every coded 功能分类 line of the 预算 / 决算 tables. */
function readFunctionNames(tables: readonly Table[]): FunctionName[] {
  const functionNames: FunctionName[] = [];
  for (let ti = 0; ti < tables.length; ti++) {
    const t = tables[ti];
    if (t.family !== 'budget' && t.family !== 'final') continue;
    const detailed = t.kind === 'expense-summary' || t.kind === 'general-budget-expense' || t.kind === 'gov-fund-expense' || t.kind === 'income-summary';
    for (let i = 0; i < t.lines.length; i++) {
      const l = t.lines[i];
      if (l.code && l.level && isFunctionLine(l) && /^\d+$/.test(l.code) && l.code.length === 3 + 2 * (l.level - 1)) {
        functionNames.push({ code: l.code, level: l.level, name: subjectName(l), detailed });
      }
    }
  }
  return functionNames;
}

// ------------------------------------------------------------------ witnesses, by measure

/** Contract of the horizontal 三公 table (one data line): column key → what it is. */
const THREE_PUBLIC_COLUMNS: Partial<Record<ColumnKey | LineKey, Core>> = {
  total: 'three-public',
  'three-public': 'three-public',
  abroad: 'abroad',
  reception: 'reception',
  vehicle: 'vehicle',
  'vehicle-purchase': 'vehicle-purchase',
  'vehicle-operation': 'vehicle-operation',
  'admin-operating': 'admin-operating',
};

/** The measure of a column's figures; undefined for a column of last year's figures or of changes. */
/** measureOfColumn by column: a column's measure is read once, however many lines ask. */
const columnMeasures = new WeakMap<Column, Measure | null>();

function measureOfColumn(t: Table, c: Column): Measure | undefined {
  let m = columnMeasures.get(c);
  if (m === undefined) columnMeasures.set(c, (m = readColumnMeasure(t, c) ?? null));
  return m ?? undefined;
}

function readColumnMeasure(t: Table, c: Column): Measure | undefined {
  if (isChangeColumn(c) || isLastYearsColumn(c)) return undefined;
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
      const words = c.label.replace(/\s+/g, '');
      const m = measureOf(words);
      if (m === 'initial-budget' || m === 'adjusted-budget' || m === 'final') return m;
      if (saysBudget(words) && t.family === 'final') return 'budget';
      return t.family === 'final' ? 'final' : 'budget';
    }
  }
}

/** Half a unit of a cell's last decimal: tables in 万元 are published to 0.01 even where a cell shows fewer decimals. */
function halfUnitOfCell(t: Table, decimals: number): number {
  return Math.round(halfUnitFen(t.unit === '元' || t.unit === '千元' ? Math.max(decimals, 0) : Math.max(decimals, 2), t.unit));
}

/**
 * What a blank cell witnesses: nothing; 0 in a table that declares itself empty ('zero'); or 0 that messages
 * call 空白, for a 三公 item left blank beside figures ('blank' — it may be a figure nobody filled in).
 */
type BlankAs = 'nothing' | 'zero' | 'blank';

export function witnessAt(t: Table, line: Line, c: Column, blankAs: BlankAs = 'nothing'): Witness | undefined {
  const measure = measureOfColumn(t, c);
  if (!measure) return undefined;
  const a = line.amounts[c.id];
  if (!a || a.value === null) {
    if (blankAs === 'nothing') return undefined;
    const zero: Witness = { fen: 0, source: sourceOf(t, line, c), measure, halfUnit: 0 };
    if (blankAs === 'blank') zero.blank = true;
    return zero;
  }
  const fen = fenAt(t, line, c);
  return fen === undefined ? undefined : { fen, source: sourceOf(t, line, c), measure, halfUnit: halfUnitOfCell(t, a.decimals) };
}

/** The empty 增减额 cells of the vertical “三公” tables, where the line's 本年 and 上年 differ (the table rule's blankChanges). */
function readBlankThreePublicChanges(tables: readonly Table[]): Map<string, FactSource[]> {
  const out = new Map<string, FactSource[]>();
  for (const t of tables) {
    if (t.kind !== 'three-public' || !isReportTable(t)) continue;
    for (const block of t.blocks) {
      const lines = figureLines(t, block.index);
      const change = differenceIdentity(t, amountColumns(t, block.index), lines);
      if (!change) continue;
      for (const { line } of blankChanges(t, lines, change).blanks) {
        const key = line.key ? THREE_PUBLIC_COLUMNS[line.key] : isTotalLine(line) ? 'three-public' : undefined;
        if (!key) continue;
        const list = out.get(key) ?? [];
        list.push(sourceOf(t, line, change.parts[1]));
        out.set(key, list);
      }
    }
  }
  return out;
}

const VEHICLE_PARTS: ReadonlySet<string> = new Set(threePublicPartsOf('vehicle'));

/**
 * '其中:公务用车运行维护费' blank, as every 其中 of the 公务用车 line is, under a 公务用车 figure that is not 0 (ningguo B7
 * 32.5 over two blank rows): the breakdown was not filled in.
 */
function unfilledBreakdown(t: Table, line: Line, c: Column): boolean {
  if (!line.key || !VEHICLE_PARTS.has(line.key)) return false;
  const lines = t.lines.filter((l) => l.block === line.block);
  const parent = lines.find((l) => l.key === 'vehicle');
  const isBlank = (l: Line) => !hasValue(l, c);
  return !!parent && !isBlank(parent) && (fenAt(t, parent, c) ?? 0) !== 0 && lines.filter((l) => l.key && VEHICLE_PARTS.has(l.key)).every(isBlank);
}

/**
 * Witnesses of a horizontal 三公 table, keyed by what each column is: its one data row, or — in a
 * table with one row a year ('2025年预算数' | '2024年预算数') — the row of the table's own year.
 */
function horizontalThreePublic(t: Table): (Witness & { key: Core })[] {
  const data = t.lines.filter((l) => l.role !== 'column-number' && l.role !== 'blank' && holdsFigure(l));
  const year = t.year;
  // Listed by unit: the 合计 row is the department's, never a unit's row.
  const byUnit = listsUnits(data);
  const line = byUnit ? unitListTotal(data) : data.length === 1 ? data[0] : year ? data.find((l) => namesYear(l.label, year)) : undefined;
  if (!line) return [];
  const out: (Witness & { key: Core })[] = [];
  const row = t.columns.filter((c) => c.role === 'amount' && c.block === line.block);
  // A 小计 printed blank over its printed parts (渝中 '公务用车购置及运行维护' blank beside 692 | 4612) is a sum left out, not a 0.
  const partsPrinted = (c: Column) => row.some((p) => p.key && (threePublicPartsOf(c.key) as readonly string[]).includes(p.key) && hasValue(line, p));
  for (const c of row) {
    const key = c.key ? THREE_PUBLIC_COLUMNS[c.key] : undefined;
    if (!key) continue;
    if (!hasValue(line, c) && partsPrinted(c)) continue;
    const w = witnessAt(t, line, c, 'blank');
    if (w) out.push({ ...w, key });
  }
  return out;
}

const SUMMARY_LINE_KEYS: Partial<Record<LineKey, string[]>> = {
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

const FISCAL_LINE_KEYS: Partial<Record<LineKey, string[]>> = {
  'income-grand-total': ['income@fiscal', 'income-expense@fiscal', 'expense@fiscal'],
  'current-income-total': ['income@fiscal'],
  'general-budget': ['income@general-budget', 'appropriation@general-budget'],
  'gov-fund': ['income@gov-fund', 'appropriation@gov-fund'],
  'state-capital': ['income@state-capital', 'appropriation@state-capital'],
  carryover: ['carryover@fiscal'],
};

/** Total columns of a summary's expense side or of a 支出表, by fund. */
const EXPENSE_COLUMN_FUND: Partial<Record<ColumnKey, Fund>> = {
  total: 'all',
  'general-budget': 'general-budget',
  'gov-fund': 'gov-fund',
  'state-capital': 'state-capital',
  fiscal: 'fiscal',
};

const INCOME_COLUMN_KEYS: Partial<Record<ColumnKey, string[]>> = {
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

/** The expense tables whose 功能分类 lines are witnesses of the fund each covers. */
const EXPENSE_TABLE_FUND: Partial<Record<Table['kind'], Fund>> = {
  'expense-summary': 'all',
  'general-budget-expense': 'general-budget',
  'gov-fund-expense': 'gov-fund',
  'state-capital-expense': 'state-capital',
};

const isReportTable = (t: Table) => t.family === 'budget' || t.family === 'final';

/** A 科目 line's witness in one column, or undefined when the line has no code or the cell no figure. */
export function lineWitnessAt(t: Table, l: Line, c: Column, fund: Fund, column: LineWitness['column']): LineWitness | undefined {
  if (!l.code || !l.level) return undefined;
  // Read as witnessAt reads a figure, and built once (not a Witness built and then copied).
  const measure = measureOfColumn(t, c);
  const a = l.amounts[c.id];
  const fen = measure && a && a.value !== null ? fenAt(t, l, c) : undefined;
  if (fen === undefined) return undefined;
  return new LineFigure(fen, sourceOf(t, l, c), measure!, halfUnitOfCell(t, a!.decimals), l.code, l.level, subjectName(l), fund, column);
}

/**
 * A 科目 line's figure. Built by a class, not an object literal: a literal's allocation site tracks
 * whether its objects survive, and when the collector changed its mind about these (a department's
 * facts live through the stage), the optimised readers that build them were thrown away and compiled
 * again in each of the first runs.
 */
class LineFigure implements LineWitness {
  constructor(
    public fen: number,
    public source: FactSource,
    public measure: Measure,
    public halfUnit: number,
    public code: string,
    public level: 1 | 2 | 3,
    public name: string,
    public fund: Fund,
    public column: LineWitness['column'],
  ) {}
}

/** The columns of a vertical 三公 table whose figures are its totals (a keyless column too). */
const THREE_PUBLIC_AMOUNT_KEYS: ReadonlySet<string> = new Set(['amount', 'total', 'general-budget', 'fiscal']);

/**
 * The 0 an empty 支出表 without a total line states, at its top-left cell. A function of its own: in
 * readTotals, TurboFan inlined the cell's A1 name and the table's name into its graph.
 */
function emptyTableWitness(t: Table): Witness {
  return { fen: 0, measure: t.family === 'final' ? 'final' : 'budget', halfUnit: 0, source: { sheet: t.sheet, cell: toA1(t.rect.top, t.rect.left), table: tableName(t) } };
}

/** Every total by what it is, all measures: the figures of the summaries, the 支出表s' 合计, the 三公 and 采购 tables. */
function readTotals(tables: readonly Table[]): Map<string, Witness[]> {
  const totals = new Map<string, Witness[]>();
  const add = (key: string, w: Witness | undefined) => {
    if (!w) return;
    const list = totals.get(key);
    if (!list) totals.set(key, [w]);
    else if (!list.some((x) => sameCell(x.source, w.source))) list.push(w);
  };

  for (let ti = 0; ti < tables.length; ti++) {
    const t = tables[ti];
    if (!isReportTable(t)) continue;
    switch (t.kind) {
      case 'income-expense-summary':
      case 'fiscal-summary': {
        const keys = t.kind === 'fiscal-summary' ? FISCAL_LINE_KEYS : SUMMARY_LINE_KEYS;
        const keyed = keyedLines(t);
        for (let i = 0; i < keyed.length; i++) {
          const l = keyed[i];
          const lineKeys = l.key && keys[l.key];
          const expenseTotal = t.kind === 'fiscal-summary' && (l.key === 'expense-total' || l.key === 'expense-grand-total');
          if (!lineKeys && !expenseTotal) continue;
          const cols = amountColumns(t, l.block);
          if (lineKeys && cols.length > 0) for (let k = 0; k < lineKeys.length; k++) add(lineKeys[k], witnessAt(t, l, cols[0]));
          if (expenseTotal) {
            for (let ci = 0; ci < cols.length; ci++) {
              const c = cols[ci];
              const fund = c.key ? EXPENSE_COLUMN_FUND[c.key] : undefined;
              if (fund) add(`expense@${fund === 'all' ? 'fiscal' : fund}`, witnessAt(t, l, c));
            }
          }
        }
        break;
      }
      case 'income-summary': {
        const lines = totalLines(t);
        for (let i = 0; i < lines.length; i++) {
          const l = lines[i];
          const cols = amountColumns(t, l.block);
          for (let ci = 0; ci < cols.length; ci++) {
            const c = cols[ci];
            const keys = c.key ? INCOME_COLUMN_KEYS[c.key] : undefined;
            if (keys) for (let k = 0; k < keys.length; k++) add(keys[k], witnessAt(t, l, c));
          }
        }
        break;
      }
      case 'expense-summary':
      case 'general-budget-expense':
      case 'gov-fund-expense':
      case 'state-capital-expense': {
        const fund = EXPENSE_TABLE_FUND[t.kind]!;
        const total = totalLine(t);
        const cols = amountColumns(t, total?.block ?? 0);
        for (let ci = 0; ci < cols.length; ci++) {
          const c = cols[ci];
          const core = c.key === 'total' ? 'expense' : c.key === 'basic' ? 'basic' : c.key === 'project' ? 'project' : c.key === 'personnel' ? 'personnel' : c.key === 'public' ? 'public' : undefined;
          if (!core) continue;
          if (total) add(`${core}@${fund}`, witnessAt(t, total, c, t.empty ? 'zero' : 'nothing'));
          else if (t.empty && core === 'expense') add(`${core}@${fund}`, emptyTableWitness(t));
          if (core === 'expense' && fund === 'general-budget' && total) add('appropriation@general-budget', witnessAt(t, total, c));
        }
        break;
      }
      case 'general-budget-basic-expense': {
        const lines = totalLines(t);
        for (let i = 0; i < lines.length; i++) {
          const l = lines[i];
          const label = l.label.replace(/\s+/g, '');
          const cols = amountColumns(t, l.block);
          for (let ci = 0; ci < cols.length; ci++) {
            const c = cols[ci];
            const core = basicSideOf(label) ?? (c.key === 'personnel' ? 'personnel' : c.key === 'public' ? 'public' : c.key === 'total' || c.key === 'amount' ? 'basic' : undefined);
            if (core) add(`${core}@general-budget`, witnessAt(t, l, c));
          }
        }
        break;
      }
      case 'three-public': {
        const horizontal = horizontalThreePublic(t);
        for (let wi = 0; wi < horizontal.length; wi++) add(horizontal[wi].key, horizontal[wi]);
        // A table listed by unit gives its 合计 row or nothing: its rows' labels are units, not 三公 items.
        if (horizontal.length > 0 || listsUnits(t.lines)) break;
        // A blank data cell reads as 0 when the table holds a non-zero figure: told once per table, not per cell.
        let nonZero: boolean | undefined;
        const lines = keyedOrTotalLines(t);
        for (let i = 0; i < lines.length; i++) {
          const l = lines[i];
          const key = l.key ? THREE_PUBLIC_COLUMNS[l.key] : isTotalLine(l) ? 'three-public' : undefined;
          if (!key) continue;
          const cols = amountColumns(t, l.block);
          for (let ci = 0; ci < cols.length; ci++) {
            const c = cols[ci];
            if (c.key && !THREE_PUBLIC_AMOUNT_KEYS.has(c.key)) continue;
            const w = witnessAt(t, l, c, l.role === 'data' && (nonZero ??= hasNonZeroFigure(t)) ? 'blank' : 'nothing');
            if (w?.blank && unfilledBreakdown(t, l, c)) w.unfilled = true;
            add(key, w);
          }
        }
        break;
      }
      case 'procurement': {
        const total = totalLine(t);
        const c = total ? amountColumns(t, total.block).find((x) => x.key === 'total' || x.key === 'amount') : undefined;
        if (total && c) add('procurement@all', witnessAt(t, total, c));
        break;
      }
      default:
        break;
    }
  }
  return totals;
}

/**
 * A 功能分类 line of a summary or of the 支出总表 / 一般公共预算支出表, whose figures (each with its fund
 * and column) are built when first asked for: a text looks up a few of the lines by their names or
 * codes, and most of what it names by words is no 科目 at all.
 */
export class FunctionLine {
  #witnesses?: LineWitness[];
  /** The label the line's name is read from (subjectName reads nothing else). */
  readonly label: string;

  constructor(
    private readonly table: Table,
    private readonly line: Line,
    readonly code: string,
    readonly level: 1 | 2 | 3,
  ) {
    this.label = line.label;
  }

  get name(): string {
    return subjectName(this.line);
  }

  /** The line's figure in each of its columns that has one, in the columns' order. */
  get witnesses(): LineWitness[] {
    return (this.#witnesses ??= readLineWitnesses(this.table, this.line, amountColumns(this.table, this.line.block)));
  }
}

/** The 功能分类 lines of the summaries and of the 支出总表 / 一般公共预算支出表, their figures not yet read. */
function readFunctionLines(tables: readonly Table[]): FunctionLine[] {
  const out: FunctionLine[] = [];
  for (let ti = 0; ti < tables.length; ti++) {
    const t = tables[ti];
    if (!isReportTable(t)) continue;
    const summary = t.kind === 'income-expense-summary' || t.kind === 'fiscal-summary';
    if (!summary && t.kind !== 'expense-summary' && t.kind !== 'general-budget-expense') continue;
    for (let i = 0; i < t.lines.length; i++) {
      const l = t.lines[i];
      // A line without a level has no witness (lineWitnessAt).
      if (!l.code || !l.level || !isFunctionLine(l)) continue;
      out.push(new FunctionLine(t, l, l.code, l.level));
    }
  }
  return out;
}

/** A 功能分类 line's figure in each of `columns`, with its fund and column. */
function readLineWitnesses(t: Table, l: Line, columns: readonly Column[]): LineWitness[] {
  const out: LineWitness[] = [];
  const summary = t.kind === 'income-expense-summary' || t.kind === 'fiscal-summary';
  const tableFund = EXPENSE_TABLE_FUND[t.kind];
  for (let k = 0; k < columns.length; k++) {
    const c = columns[k];
    // One call of the witness reader for both kinds of table: TurboFan inlines it once.
    const fund = summary ? summaryColumnFund(t, c) : tableFund;
    const column = summary ? 'total' : expenseColumn(c);
    const w = fund && column ? lineWitnessAt(t, l, c, fund, column) : undefined;
    if (w) out.push(w);
  }
  return out;
}

/** The figures of `lines`, line by line. */
export function witnessesOfLines(lines: readonly FunctionLine[]): LineWitness[] {
  const out: LineWitness[] = [];
  for (let i = 0; i < lines.length; i++) {
    const ws = lines[i].witnesses;
    for (let j = 0; j < ws.length; j++) out.push(ws[j]);
  }
  return out;
}

/** The fund a summary's expense column covers: its key's, else the table's ('fiscal' for the 财政拨款收支总表). */
function summaryColumnFund(t: Table, c: Column): Fund | undefined {
  const fund = c.key ? EXPENSE_COLUMN_FUND[c.key] : t.kind === 'fiscal-summary' ? 'fiscal' : 'all';
  return fund && t.kind === 'fiscal-summary' && fund === 'all' ? 'fiscal' : fund;
}

/** Which column of a 支出表 a column is: its total, its 基本支出 or its 项目支出. */
function expenseColumn(c: Column): LineWitness['column'] | undefined {
  return c.key === 'total' || c.key === 'amount' ? 'total' : c.key === 'basic' ? 'basic' : c.key === 'project' ? 'project' : undefined;
}

/** The 经济分类 lines of the 基本支出表 (its total or amount column). */
function readEconomicWitnesses(tables: readonly Table[]): LineWitness[] {
  const out: LineWitness[] = [];
  for (let ti = 0; ti < tables.length; ti++) {
    const t = tables[ti];
    if (!isReportTable(t) || t.kind !== 'general-budget-basic-expense') continue;
    for (let i = 0; i < t.lines.length; i++) {
      const l = t.lines[i];
      if (isTotalLine(l) || !l.code || isFunctionLine(l)) continue;
      const cols = amountColumns(t, l.block);
      if (cols.length === 0) continue;
      const w = lineWitnessAt(t, l, cols.find((x) => x.key === 'total' || x.key === 'amount') ?? cols[0], 'general-budget', 'basic');
      if (w) out.push(w);
    }
  }
  return out;
}
