/**
 * The same figure printed in two tables must agree (docs/design.md §4): 收支总表 ↔ 收入总表 ↔ 支出总表 ↔
 * 财政拨款收支总表 ↔ 一般公共预算支出表 ↔ 基本支出表 ↔ 项目支出表 ↔ 三公, lines matched by code or by
 * item key, columns by key and measure. Each equality is one check of the ledger per table set; it is
 * 'not-run' (with the reason) when a table or column it needs was not recognized.
 */
import type { Column, ColumnKey, Line, LineKey, Table, TableKind } from '../recognize/types';
import { INCOME_SOURCE_KEYS } from '../model/keys';
import type { CheckNameKey } from '../model/checks';
import { operand, type RuleContext } from './context';
import { KIND_NAMES } from '../model/table-kinds';
import { tableName } from '../model/names';
import { blockOfSide, columnsWithKey, expenseBlockByClass, lineByKey, totalLine } from '../model/tables';
import { compareFigures, comparePair, FigureRef, ref, reportMissingCell } from './figures';
import { pairColumns } from './table-set';
import { functionEconomic, threePublicVsBasic } from './function-economic';
import { compared, notRun, setRule, type Needs, type Outcome, type SetRule } from './rule';
import { ledger as say, subject } from './messages';
import { titleLimitsToAppropriations } from '../recognize/lexicon';

/** The columns that hold a coded table's own figure (合计, or 金额 / 预算数 in a table of one figure). */
const VALUE_KEYS: ColumnKey[] = ['total', 'amount'];

/** Some line of the map has a code `codes` keeps (any code without a filter). */
function itemizes(lines: ReadonlyMap<string, Line>, codes?: (code: string) => boolean): boolean {
  if (!codes) return lines.size > 0;
  for (const code of lines.keys()) if (codes(code)) return true;
  return false;
}

/**
 * Every coded line present in either table compares its figure with the same code in the other.
 * `codes` limits the codes compared (e.g. to 类 lines). Returns how many figures were compared.
 * A table that lists none of those codes itemizes otherwise (a 收支总表 whose 支出 side reads 一、基本支出 |
 * 二、项目支出): the other table's lines are not missing from it, and nothing is compared.
 */
function compareByCode(
  ctx: RuleContext,
  rule: CheckNameKey,
  a: { table: Table; block?: number; columns: Column[] },
  b: { table: Table; block?: number; columns: Column[] },
  codes?: (code: string) => boolean,
): number {
  const pairs = pairColumns(a.table, a.columns, b.table, b.columns);
  if (pairs.length === 0) return 0;
  const linesA = ctx.linesByCode(a.table, a.block);
  const linesB = ctx.linesByCode(b.table, b.block);
  if (!itemizes(linesA, codes) || !itemizes(linesB, codes)) return 0;
  let compared = 0;
  for (const [colA, colB] of pairs) {
    // Each map is keyed by its lines' codes: reading the lines alone spares an entry array per line.
    for (const lineA of linesA.values()) {
      const code = lineA.code!;
      if (codes && !codes(code)) continue;
      const lineB = linesB.get(code);
      if (!lineB) {
        reportMissingCell(ctx, rule, a.table, lineA, colA, b.table);
        continue;
      }
      if (comparePair(ctx, rule, a.table, lineA, colA, b.table, lineB, colB)) compared++;
    }
    for (const lineB of linesB.values()) {
      const code = lineB.code!;
      if ((codes && !codes(code)) || linesA.has(code)) continue;
      reportMissingCell(ctx, rule, b.table, lineB, colB, a.table);
    }
  }
  return compared;
}

/** Compares one line's figure in each table (by key or as the table's 合计), for every paired measure. */
function compareLines(
  ctx: RuleContext,
  rule: CheckNameKey,
  a: { table: Table; line?: Line; columns: Column[] },
  b: { table: Table; line?: Line; columns: Column[] },
): number {
  if (!a.line || !b.line) return 0;
  let compared = 0;
  for (const [colA, colB] of pairColumns(a.table, a.columns, b.table, b.columns)) {
    if (comparePair(ctx, rule, a.table, a.line, colA, b.table, b.line, colB)) compared++;
  }
  return compared;
}

const isLei = (code: string) => code.length === 3;

/**
 * The projects listed under one 项 add up to that 项's 项目支出 in the table they detail. Only 项
 * lines that name a project are summed (the 类 / 款 lines some templates print are subtotals).
 */
function compareProjectsByCode(ctx: RuleContext, rule: CheckNameKey, project: Table, parent: Table, projectColumns: Column[]): number {
  const value = valueColumns(project);
  const pairs = pairColumns(parent, projectColumns, project, value);
  if (pairs.length === 0) return 0;
  const projectsByCode = new Map<string, Line[]>();
  for (const l of project.lines) {
    if (!l.code || l.code.length !== 7 || !l.project || l.role !== 'data') continue;
    const list = projectsByCode.get(l.code) ?? [];
    list.push(l);
    projectsByCode.set(l.code, list);
  }
  const parentLines = ctx.linesByCode(parent);
  let compared = 0;
  for (const [parentColumn, projectColumn] of pairs) {
    for (const [code, lines] of projectsByCode) {
      const parentLine = parentLines.get(code);
      if (!parentLine) {
        for (const l of lines) reportMissingCell(ctx, rule, project, l, projectColumn, parent);
        continue;
      }
      const parts = lines.map((l) => new FigureRef(operand(project, l, projectColumn), () => subject.project(l.project)));
      if (compareFigures(ctx, rule, ref(parent, parentLine, parentColumn), parts)) compared++;
    }
  }
  return compared;
}

/**
 * The 收支总表 line the 收入总表's 合计 stands for: 收入总计 when the 收入总表 has a 上年结转 column (its
 * 合计 = 本年收入 + 上年结转), else 本年收入合计 (the 决算 收入决算表 adds only this year's income); a
 * 收支总表 without that line is compared by 收入总计 when it carries no 上年结转 figure.
 */
function summaryLineOfIncomeTotal(summary: Table, block: number, income: Table): Line | undefined {
  const grand = lineByKey(summary, 'income-grand-total', block);
  if (income.columns.some((c) => c.role === 'amount' && c.key?.startsWith('carryover'))) return grand;
  const current = lineByKey(summary, 'current-income-total', block);
  if (current) return current;
  const carried = summary.lines.some((l) => l.block === block && l.key?.startsWith('carryover') && Object.values(l.amounts).some((a) => a.value));
  return carried ? undefined : grand;
}

/**
 * The 基本支出表's 人员经费 (or 公用经费) total: its 合计 line in the 人员经费 column, or — in the national
 * 决算 layout — the 合计 line of the 人员经费 block in that block's value column.
 */
function basicSplitTotal(basic: Table, key: 'personnel' | 'public'): { line: Line; columns: Column[] } | undefined {
  const columns = columnsWithKey(basic, [key]);
  const total = totalLine(basic);
  if (columns.length && total) return { line: total, columns };
  const block = basic.blocks.find((b) => b.side === key);
  const line = block && totalLine(basic, block.index);
  const value = block && valueColumns(basic, block.index);
  return line && value?.length ? { line, columns: value } : undefined;
}

/** The value columns of one side of a summary table, or of a whole coded table. */
function valueColumns(table: Table, block?: number): Column[] {
  return columnsWithKey(table, VALUE_KEYS, { block });
}


/** One side of the 收支总表, as a check of that side against the table that details it sees it. */
interface SummarySide<K extends TableKind> {
  summary: Table;
  block: number;
  detail: Needs<K>[K];
  id: CheckNameKey;
}

/**
 * A check of one side of the 收支总表 against the table that details it (支出总表, 收入总表): not run,
 * with the reason, when the 收支总表's side was not recognized.
 */
function summarySideRule<K extends 'expense-summary' | 'income-summary'>(rule: {
  id: CheckNameKey;
  side: 'income' | 'expense';
  detail: K;
  compare: (ctx: RuleContext, side: SummarySide<K>) => Outcome;
}): SetRule {
  return setRule({
    id: rule.id,
    needs: ['income-expense-summary', rule.detail],
    run: (ctx, tables, { id }) => {
      const summary = tables['income-expense-summary'];
      const block = rule.side === 'expense' ? expenseBlockByClass(summary) : blockOfSide(summary, rule.side);
      if (block === undefined) return notRun(`${KIND_NAMES[summary.kind]}没有识别出${rule.side === 'income' ? '收入' : '支出'}栏`);
      return rule.compare(ctx, { summary, block, detail: tables[rule.detail], id });
    },
  });
}

// 收支总表 each 类 line = that 类 in 支出总表; 本年支出合计 = 支出总表 合计.
const summaryExpense = summarySideRule({
  id: 'cross-table/summary-expense',
  side: 'expense',
  detail: 'expense-summary',
  compare: (ctx, { summary, block, detail: expense, id }) => {
    const a = { table: summary, block, columns: valueColumns(summary, block) };
    const b = { table: expense, columns: valueColumns(expense) };
    return compared(
      compareByCode(ctx, id, a, b, isLei) + compareLines(ctx, id, { ...a, line: lineByKey(summary, 'expense-total', block) }, { ...b, line: totalLine(expense) }),
    );
  },
});

// 收入总表 合计 = 收支总表 收入总计, and each income source column = the same line of 收支总表.
const summaryIncome = summarySideRule({
  id: 'cross-table/summary-income',
  side: 'income',
  detail: 'income-summary',
  compare: (ctx, { summary, block, detail: income, id }) => {
    const total = totalLine(income);
    if (!total) return notRun('收入总表没有合计行');
    const summarySide = { table: summary, columns: valueColumns(summary, block) };
    let n = compareLines(ctx, id, { ...summarySide, line: summaryLineOfIncomeTotal(summary, block, income) }, { table: income, line: total, columns: valueColumns(income) });
    const pairs: [LineKey, ColumnKey][] = [['current-income-total', 'current-income'], ['carryover', 'carryover'], ...INCOME_SOURCE_KEYS.map((k): [LineKey, ColumnKey] => [k, k])];
    for (const [lineKey, columnKey] of pairs) {
      const cols = columnsWithKey(income, [columnKey]);
      if (cols.length === 0) continue;
      n += compareLines(ctx, id, { ...summarySide, line: lineByKey(summary, lineKey, block) }, { table: income, line: total, columns: cols });
    }
    return compared(n);
  },
});

const incomeExpenseByCode = setRule({
  // 部门预算: the income of every 科目 is what it spends (收入总表 = 支出总表 by code).
  id: 'cross-table/income-expense-by-code',
  needs: ['income-summary', 'expense-summary'],
  run: (ctx, { 'income-summary': income, 'expense-summary': expense }, { id, set }) => {
    if (income.family === 'final') return notRun('决算的收入与支出按科目不要求相等，不核对');
    const summary = set.get('income-expense-summary');
    const yearEnd = summary && lineByKey(summary, 'year-end-carryover');
    if (yearEnd && Object.values(yearEnd.amounts).some((a) => a.value)) return notRun('有年终结转结余，收入与支出按科目不要求相等，不核对');
    return compared(compareByCode(ctx, id, { table: income, columns: valueColumns(income) }, { table: expense, columns: valueColumns(expense) }));
  },
});

/** 财政拨款收支总表's fund column per 类 = the fund's own 支出表. */
function fiscalFund<K extends 'general-budget-expense' | 'gov-fund-expense' | 'state-capital-expense'>(key: 'general-budget' | 'gov-fund' | 'state-capital', kind: K): SetRule {
  const id = `cross-table/fiscal-${key}` as const;
  return setRule({
    id,
    needs: ['fiscal-summary', kind],
    run: (ctx, tables) => {
      const fiscal = tables['fiscal-summary'];
      const fund = tables[kind];
      const block = blockOfSide(fiscal, 'expense') ?? 0;
      const columns = columnsWithKey(fiscal, [key], { block });
      if (columns.length === 0) return notRun(say.noFundColumn(kind));
      const a = { table: fiscal, block, columns };
      const b = { table: fund, columns: valueColumns(fund) };
      const sumLine = lineByKey(fiscal, 'expense-total', block) ?? lineByKey(fiscal, 'expense-grand-total', block);
      return compared(compareByCode(ctx, id, a, b, isLei) + compareLines(ctx, id, { ...a, line: sumLine }, { ...b, line: totalLine(fund) }));
    },
  });
}

const fiscalIncome = setRule({
  // 财政拨款收支总表 and 收支总表 state the same 本年财政拨款收入.
  id: 'cross-table/fiscal-income',
  needs: ['fiscal-summary', 'income-expense-summary'],
  run: (ctx, { 'fiscal-summary': fiscal, 'income-expense-summary': summary }, { id }) => {
    const fb = blockOfSide(fiscal, 'income');
    const sb = blockOfSide(summary, 'income');
    if (fb === undefined || sb === undefined) return notRun('没有识别出收入栏');
    let n = 0;
    for (const key of ['general-budget', 'gov-fund', 'state-capital'] as const) {
      n += compareLines(
        ctx,
        id,
        { table: fiscal, line: lineByKey(fiscal, key, fb), columns: valueColumns(fiscal, fb) },
        { table: summary, line: lineByKey(summary, key, sb), columns: valueColumns(summary, sb) },
      );
    }
    return compared(n);
  },
});

const basicTotal = setRule({
  // 一般公共预算支出表 基本支出 合计 = 基本支出表 合计 (national 决算 layout: 人员经费合计 + 公用经费合计).
  id: 'cross-table/basic-total',
  needs: ['general-budget-expense', 'general-budget-basic-expense'],
  run: (ctx, { 'general-budget-expense': gbe, 'general-budget-basic-expense': basic }, { id }) => {
    const gbeTotal = totalLine(gbe);
    const basicColumns = columnsWithKey(gbe, ['basic']);
    if (!gbeTotal || basicColumns.length === 0) return notRun('一般公共预算支出表没有合计行或“基本支出”列');
    // The national 决算 layout prints 人员经费 and 公用经费 side by side, each block with its own
    // 合计 line (人员经费合计 | 公用经费合计): 基本支出 is their sum, not the first block's.
    const parts: FigureRef[] = [];
    for (const b of basic.blocks) {
      const line = totalLine(basic, b.index);
      const col = valueColumns(basic, b.index)[0] ?? basic.columns.find((c) => c.block === b.index && c.role === 'amount');
      if (line && col) parts.push(ref(basic, line, col));
    }
    if (basic.blocks.length > 1 && parts.length > 1) {
      const [colA] = pairColumns(gbe, basicColumns, basic, [parts[0].op.column])[0];
      return compared(compareFigures(ctx, id, ref(gbe, gbeTotal, colA), parts) ? 1 : 0);
    }
    const total = totalLine(basic);
    const totalColumns = valueColumns(basic);
    if (!total || totalColumns.length === 0) return notRun('基本支出表没有合计行');
    return compared(compareLines(ctx, id, { table: gbe, line: gbeTotal, columns: basicColumns }, { table: basic, line: total, columns: totalColumns }));
  },
});

const basicSplit = setRule({
  // 一般公共预算支出表 基本支出 split into 人员经费 | 公用经费 = the 基本支出表's 人员经费 / 公用经费 totals.
  id: 'cross-table/basic-split',
  needs: ['general-budget-expense', 'general-budget-basic-expense'],
  run: (ctx, { 'general-budget-expense': gbe, 'general-budget-basic-expense': basic }, { id }) => {
    const gbeTotal = totalLine(gbe);
    if (!gbeTotal) return notRun('一般公共预算支出表没有合计行');
    let n = 0;
    let split = false;
    for (const key of ['personnel', 'public'] as const) {
      const columns = columnsWithKey(gbe, [key]);
      if (columns.length === 0) continue;
      split = true;
      const figure = basicSplitTotal(basic, key);
      if (figure) n += compareLines(ctx, id, { table: gbe, line: gbeTotal, columns }, { table: basic, ...figure });
    }
    return split ? compared(n) : notRun('一般公共预算支出表没有把基本支出分列人员经费、公用经费');
  },
});

const projectTotal = setRule({
  // 项目支出表 合计 = 项目支出 of the table it details (一般公共预算支出表, or 支出总表 for all funds).
  id: 'cross-table/project-total',
  needs: ['project-expense'],
  run: (ctx, { 'project-expense': project }, { id, set }) => {
    const generalOnly = titleLimitsToAppropriations(project.title ?? '');
    const parent = (generalOnly ? set.get('general-budget-expense') : undefined) ?? set.get('expense-summary') ?? set.get('general-budget-expense');
    if (!parent) return notRun('没有识别到一般公共预算支出表或支出总表');
    const projectColumns = columnsWithKey(parent, ['project']);
    if (projectColumns.length === 0) return notRun(`${tableName(parent)}没有“项目支出”列`);
    const total = totalLine(project);
    const byCode = compareProjectsByCode(ctx, id, project, parent, projectColumns);
    if (!total) return byCode ? compared(byCode) : notRun('项目支出表没有合计行');
    return compared(byCode + compareLines(ctx, id, { table: project, line: total, columns: valueColumns(project) }, { table: parent, line: totalLine(parent), columns: projectColumns }));
  },
});

/** The cross-table checks, in the order the ledger lists them for each set of tables. */
export const CROSS_TABLE_RULES: SetRule[] = [
  summaryExpense,
  summaryIncome,
  incomeExpenseByCode,
  fiscalFund('general-budget', 'general-budget-expense'),
  fiscalFund('gov-fund', 'gov-fund-expense'),
  fiscalFund('state-capital', 'state-capital-expense'),
  fiscalIncome,
  basicTotal,
  basicSplit,
  projectTotal,
  threePublicVsBasic,
  functionEconomic,
];
