/**
 * What the rules say to the clerk, kept apart from the checks: every finding's sentence and every
 * ledger reason is written here from the figures and names a check hands over. One number format
 * (model/money: thousands separators, the table's own decimals), one way to quote (model/names).
 */
import type { Column, Line, Table, TableKind } from '../recognize/types';
import { formatAmount } from '../model/money';
import { KIND_NAMES } from '../model/table-kinds';
import { cellRef, columnName, itemText, lineName, quote, tableName } from '../model/names';

// ---------------------------------------------------------------- sums

/** A total against its parts: `subject` names the figure ("221 住房保障支出“合计”列"). */
export interface SumMessage {
  table: Table;
  subject: string;
  expected: number;
  actual: number | null;
  diff: number;
  decimals: number;
  /** 'rounding': within the allowance; 'hint': two figures that usually, not always, agree. */
  tone: 'error' | 'rounding' | 'hint';
  note?: string;
}

const HINT_NOTE = '两者通常相等，但不要求相等，仅供参考';

export function sumMessage(m: SumMessage): string {
  const d = m.decimals;
  const where = `${tableName(m.table)}中，`;
  let message =
    m.actual === null
      ? `${where}${m.subject}应为 ${formatAmount(m.expected, d)}，表中却是空白`
      : `${where}${m.subject}应为 ${formatAmount(m.expected, d)}，表中为 ${formatAmount(m.actual, d)}，差 ${formatAmount(m.diff, d)}`;
  if (m.tone === 'hint') message += `，${m.note ?? HINT_NOTE}`;
  else if (m.tone === 'rounding') message += '，差额在四舍五入允许范围内，可能是尾数舍入所致';
  else if (m.note) message += `，${m.note}`;
  return `${message}。`;
}

/**
 * The note of a sum whose parts include blank cells: a blank part may be a figure left unfilled, so the
 * difference does not show that the total is wrong.
 */
export function blankPartsNote(names: string[], lone?: { sheet: string; cell: string; name: string }): string {
  const which = lone ? `（能单独补足差额的只有${cellRef(lone.sheet, lone.cell)}“${lone.name}”）` : '';
  return `其中${names.map((n) => `“${n}”`).join('')}为空白，差额可能是空白项未填列${which}，而非合计有误，请核对`;
}

/** Other checks that found the same figure wrong by the same amount, added to the first one's sentence. */
export function alsoFoundBy(message: string, checks: string[]): string {
  return message.replace(/。$/, `（${checks.join('、')}，结果相同）。`);
}

/** How `alsoFoundBy` names the other checks. */
export const EVIDENCE: Partial<Record<string, string>> = {
  'hierarchy-sum': '按下级科目合计',
  'column-sum': '按各列合计',
  balance: '按收支关系',
  'cross-table': '与其他表对照',
};

// ---------------------------------------------------------------- subjects of sums

/** What a sum names as the figure that fails; the sentence (sumMessage) goes on with the figures. */
export const subject = {
  /** '2060101 行政运行的上级科目 20601 科学技术管理事务“合计”列' (a total with one part). */
  onlyChild: (part: Line, parent: Line, column: Column) => `${lineName(part)}的上级科目 ${lineName(parent)}“${columnName(column)}”列`,
  byChildren: (parent: Line, column: Column) => `${lineName(parent)}“${columnName(column)}”列按下级科目合计`,
  totalRow: (total: Line, column: Column) => `“${total.label.replace(/\s+/g, '') || '合计'}”行“${columnName(column)}”列按各类科目合计`,
  columnSum: (line: Line, total: Column, parts: Column[]) => `${lineName(line)}行“${columnName(total)}”列按${columnList(parts)}合计`,
  changeOnPrior: (line: Line, current: Column, prior: Column, change: Column) =>
    `${lineName(line)}行“${columnName(current)}”列按“${columnName(prior)}”加“${columnName(change)}”`,
  threePublicLines: (total: Line, column: Column, parts: Line[]) =>
    `“${total.label.replace(/\s+/g, '')}”（${columnName(column)}）按${parts.map(itemText).join('、')}合计`,
  threePublicColumns: (total: Column, parts: Column[]) => `“${columnName(total)}”按${parts.map(columnName).join('、')}合计`,
  items: (total: Line, column: Column, parts: Line[]) => `${itemInColumn(total, column)}按${itemList(parts)}合计`,
  /** A “三公” table by unit: the 合计 row (or a 部门's row) over the units under it. */
  units: (total: Line, column: Column, parts: Line[]) => `${itemInColumn(total, column)}按所属单位（${itemList(parts)}）合计`,
  side: (total: Line, column: Column, side: 'income' | 'expense') => `${itemInColumn(total, column)}按各项${side === 'income' ? '收入' : '支出'}合计`,
  incomeEqualsExpense: (income: Line, column: Column, expense: Line) => `${itemInColumn(income, column)}应等于“${itemLabel(expense)}”，即`,
  /** A figure compared across tables: '206 科学技术支出“合计”'. */
  figure: (line: Line, column: Column) => `${lineName(line)}“${columnName(column)}”`,
  project: (name: string | undefined) => `项目“${name}”`,
};

/** '“本年收入合计”（合计）' — a summary line in one column. */
function itemInColumn(line: Line, column: Column): string {
  return `“${itemLabel(line)}”（${columnName(column)}）`;
}

/** A summary line as printed, without its spaces. */
function itemLabel(line: Line): string {
  return lineName(line).replace(/\s+/g, '');
}

/** '一般公共预算拨款收入、政府性基金预算拨款收入等 5 项'. */
function itemList(lines: Line[]): string {
  const names = lines.map(itemLabel);
  return names.length <= 3 ? names.join('、') : `${names.slice(0, 2).join('、')}等 ${names.length} 项`;
}

/** '合计、基本支出、项目支出' or '合计等 6 列'. */
function columnList(columns: Column[]): string {
  const names = columns.map(columnName);
  return names.length <= 4 ? names.join('、') : `${names[0]}等 ${names.length} 列`;
}

// ---------------------------------------------------------------- other findings

export function ofWhichExceeds(table: Table, line: Line, column: Column, actual: number | null, parts: Line[], expected: number, d: number): string {
  return `${tableName(table)}中，“${itemLabel(line)}”（${columnName(column)}）为 ${actual === null ? '空白' : formatAmount(actual, d)}，小于其中所列${itemList(parts)}之和 ${formatAmount(expected, d)}，请核对。`;
}

export function missingLine(table: Table, describe: string, value: number, d: number, other: Table): string {
  return `${tableName(table)}中，${describe}为 ${formatAmount(value, d)}，但${tableName(other)}中没有这一行，请核对两表是否一致。`;
}

/** "两个数相差约 10,000 倍": a 元/万元 slip. */
export function unitSlip(factor: number): string {
  return `两个数相差约 ${formatAmount(factor, 0)} 倍，可能有一张表的金额单位（元/万元）写错`;
}

/** '206 科学技术支出“合计”（应与支出总表中206 科学技术支出“合计”一致）'; several others: their sum. */
export function figureAgainst(describe: string, others: { table: Table; describe: string }[]): string {
  const tables = [...new Set(others.map((o) => tableName(o.table)))].join('、');
  const what = others.length === 1 ? others[0].describe : `${others.map((o) => o.describe).join('、')}之和`;
  return `${describe}（应与${tables}中${what}一致）`;
}

export const FUNCTION_ECONOMIC_HINT = '功能分类与经济分类的这两项通常相等，但不要求相等（如部分支出列在福利费等其他科目），仅供参考';

export function threePublicExceeded(basic: Table, basicLine: Line, value: number, three: Table, what: string, limit: number, d: number): string {
  return `${tableName(basic)}中 ${lineName(basicLine)} 为 ${formatAmount(value, d)}${basic.unit}，超过${tableName(three)}中的${what} ${formatAmount(limit, d)}${basic.unit}；基本支出中的这一项属于“三公”经费，不应多于“三公”表所列，请核对。`;
}

/** A cell of a table: '支出总表中 206 科学技术支出“合计”'. */
function cellName(table: Table, line: Line, column: Column): string {
  return `${tableName(table)}中 ${lineName(line)}“${columnName(column)}”`;
}

/**
 * The one blank part of a “三公” sum that alone would make it hold (rules/three-public): `shown` is the total, the sum of
 * the other parts and what the blank needs, as printed.
 */
export function threePublicBlankPart(table: Table, line: Line, column: Column, total: Line, totalColumn: Column, shown: string[]): string {
  const [whole, others, needed] = shown;
  const totalName = total === line ? `“${columnName(totalColumn)}”` : `“${itemLabel(total)}”`;
  return `${cellName(table, line, column)}为空白，按合计应为 ${needed}（${totalName} ${whole} 减其余各项之和 ${others}）；该项是唯一能单独补足差额的空白项，多半是漏填而非合计有误，请补填或核对。`;
}

/** A change left blank beside two figures that differ (rules/blank-change); a blank figure is shown as 空白. */
export function blankChange(
  table: Table,
  line: Line,
  columns: { prior: Column; current: Column; change: Column },
  [then, now]: number[],
  expected: number,
  d: number,
): string {
  const shown = (column: Column, v: number) => `“${columnName(column)}”为${line.amounts[column.id]?.value != null ? ` ${formatAmount(v, d)}` : '空白'}`;
  return `${cellName(table, line, columns.change)}为空白，但${shown(columns.prior, then)}、${shown(columns.current, now)}，两数不同，“${columnName(columns.change)}”应为 ${formatAmount(expected, d)}，请补填。`;
}

/** A rate of change against (本年 − 上年) ÷ 上年 (rules/change-rate). */
export interface RateMessage {
  table: Table;
  line: Line;
  rate: Column;
  prior: Column;
  current: Column;
  change: number;
  priorValue: number;
  exact: number;
  shown: string;
  /** Off by one unit of the rate's last printed digit only. */
  lastDigit: boolean;
  decimals: number;
}

/** A printed rate against the one its figures give: `where` names the rate's cell, `arithmetic` how the rate is worked out. */
function rateSentence(table: Table, where: string, arithmetic: string, exact: number, decimals: number, shown: string, lastDigit: boolean): string {
  const verdict = lastDigit ? '末位相差 1，可能是舍入或计算时取数有误，请核对' : '请核对';
  return `${tableName(table)}中，${where}按${arithmetic} = ${exact.toFixed(Math.max(decimals, 2))}%，表中为 ${shown}，${verdict}。`;
}

export function rateMessage(m: RateMessage): string {
  const arithmetic = `（“${columnName(m.current)}”减“${columnName(m.prior)}”）${formatAmount(m.change, 2)} ÷ ${formatAmount(m.priorValue, 2)}`;
  return rateSentence(m.table, `${lineName(m.line)}行“${columnName(m.rate)}”列`, arithmetic, m.exact, m.decimals, m.shown, m.lastDigit);
}

export interface RowRateMessage {
  table: Table;
  column: Column;
  prior: Line;
  current: Line;
  rate: Line;
  priorValue: number;
  currentValue: number;
  exact: number;
  shown: string;
  lastDigit: boolean;
  decimals: number;
}

/** The rate of a table turned on its side: its years are lines, its rate a line under them. */
export function rowRateMessage(m: RowRateMessage): string {
  const arithmetic = `（${lineName(m.current)} ${formatAmount(m.currentValue, 2)} − ${lineName(m.prior)} ${formatAmount(m.priorValue, 2)}）÷ ${formatAmount(m.priorValue, 2)}`;
  return rateSentence(m.table, `“${columnName(m.column)}”列的“${lineName(m.rate)}”`, arithmetic, m.exact, m.decimals, m.shown, m.lastDigit);
}

export const plausibility = {
  beyondAnyBudget: (table: Table, line: Line, column: Column, shown: string) =>
    `${cellName(table, line, column)}为 ${shown}（单位：${table.unit}），超过 10 万亿元，不可能是预算金额，可能是公式、单位或录入有误；含它的合计无法核对，请核对。`,
  unreadable: (table: Table, line: Line, column: Column, problem: 'error' | 'text', shown: string) =>
    `${cellName(table, line, column)}${problem === 'error' ? `显示错误值 ${shown}` : `写的是文字“${shown}”`}，不是数字，含它的合计无法核对，请改为数字。`,
  negative: (table: Table, line: Line, column: Column, shown: string) =>
    `${cellName(table, line, column)}为负数 ${shown}，预算金额一般不应为负，请核对。`,
  yuanWithDecimals: (table: Table, count: number, example: string) =>
    `${tableName(table)}的单位是元，但有 ${count} 个金额带 3 位以上小数（如 ${example}），金额可能是按万元填写的，请核对单位。`,
  assetPerItem: (table: Table, label: string, quantity: number, value: number, each: number, inYuan: number) =>
    `${tableName(table)}中“${label}”${quantity} 件价值 ${formatAmount(value, 2)} 万元，平均每件 ${formatAmount(each, 2)} 万元，不合常理；金额单位可能应为元（即 ${formatAmount(inYuan, 2)} 万元），请核对。`,
  percentColumn: (table: Table, column: Column, line: Line, shown: string) =>
    `${tableName(table)}的“${columnName(column)}”列应是百分比，但 ${lineName(line)} 填的是 ${shown}，像是金额，请核对是否填错了列。`,
  markedEmpty: (table: Table) => `${tableName(table)}下注明“空表”，但表中填有金额，请核对说明或金额。`,
};

export const disclosure = {
  yearMismatch: (table: Table, year: number, setYear: number) =>
    `${tableName(table)}注明的年度是${year}年，与同一套表中其他表的${setYear}年不一致，请核对标题或“预算年度”。`,
  staleTitleYear: (table: Table, titled: number, year: number, column: string) =>
    `${tableName(table)}的标题写的是${titled}年，但表中列示的是${year}年的数（“${column}”），标题年度可能未更新，请核对。`,
  staleChangeYear: (table: Table, header: string, titled: number, year: number) =>
    `${tableName(table)}的表头“${header}”写的是${titled}年，但表中的增减是${year}年与上年相比，年度可能未更新，请核对。`,
  missingTable: (kind: TableKind, family: string) =>
    `没有找到${quote(KIND_NAMES[kind])}：${family}公开应包含此表，没有数据时也应公开空表并注明原因。`,
  unreadTable: (kind: TableKind, sheet: string) =>
    `${quote(KIND_NAMES[kind])}在「${sheet}」中，但没能识别它的表头和数据，此表未核对（不等于没有问题）；请检查表头是否为标准格式。`,
  emptyWithoutNote: (table: Table, example: string) =>
    `${tableName(table)}没有数字，但表下没有说明为空表的原因（如“${example}”），请补充说明。`,
};

// ---------------------------------------------------------------- the most likely wrong cell

export const likelyCell = {
  /** Added to a total that agrees once the blamed cell is corrected. */
  explained: (message: string, sheet: string, cell: string) =>
    message.replace(/。$/, `（最可能是${cellRef(sheet, cell)}填错所致，改正该单元格后此处即相符）。`),
  fix: (corrected: number, d: number, upset: string) => `改为 ${formatAmount(corrected, d)} 后，${upset}的不符都将消除`,
  /** Added to a reported total that is itself the blamed cell. */
  itself: (message: string, fix: string) => message.replace(/。$/, `；这是最可能出错的单元格：${fix}。`),
  blamed: (table: Table, line: Line, column: Column, value: string, corrected: number, diff: number, d: number, fix: string) =>
    `最可能出错的单元格：${cellName(table, line, column)}为 ${value}，应为 ${formatAmount(corrected, d)}（差 ${formatAmount(diff, d)}）；${fix}。`,
  /** A 科目 that repeats its parent's figure while its siblings add up to the parent. */
  copied: (table: Table, line: Line, column: Column, value: string, parent: Line, fix: string) =>
    `最可能出错的单元格：${cellName(table, line, column)}为 ${value}，与上级科目 ${lineName(parent)}的合计数相同，而其余各项之和恰好等于该合计数，像是把合计数误填进了这一格；${fix}。`,
  unexplained: (message: string) =>
    message.replace(/。$/, '（与相关的其他不符一起看，没有哪一个单元格改正后能使它们全部相符，可能不止一处有误）。'),
};

/** '「表3」D12、「表4」D12等 6 处'. */
export function cellList(cells: { sheet: string; cell: string }[]): string {
  const shown = cells.slice(0, 4).map((c) => cellRef(c.sheet, c.cell)).join('、');
  return cells.length > 4 ? `${shown}等 ${cells.length} 处` : shown;
}

// ---------------------------------------------------------------- the ledger

const FUND_OF_KIND = { 'general-budget-expense': '一般公共预算', 'gov-fund-expense': '政府性基金预算', 'state-capital-expense': '国有资本经营预算' } as const;

export const ledger = {
  /** A table with figures but no 科目编码 (by 单位, by 项目) is not checked by code level. */
  noCodes: '表中没有读到科目编码（按单位或项目列示，或编码写法无法识别），未按科目层级核对',
  failed: (n: number) => `发现 ${n} 处不符`,
  nothingCompared: '没有可核对的数字',
  /** A check that raised no error: what it compared, and what it still asks about (a warning that is no rounding gap is no 相符). */
  passed: (n: number, hints: number, roundings: number, doubtful: number, hintsAre = '处不同（不要求相等，仅供参考）') =>
    `核对 ${n} 处${doubtful > 0 ? `，${doubtful} 处有疑问，请看警告` : ''}${hints > 0 ? `，${hints} ${hintsAre}` : ''}${
      doubtful === 0 && hints === 0 ? '，全部相符' : ''
    }${roundings > 0 ? `，另有 ${roundings} 处尾数舍入差异` : ''}`,
  missingTables: (kinds: TableKind[]) => `未识别到${kinds.map((k) => KIND_NAMES[k]).join('、')}`,
  /** 财政拨款收支总表没有“政府性基金预算”列: the fund the 支出表 of `kind` is for. */
  noFundColumn: (kind: 'general-budget-expense' | 'gov-fund-expense' | 'state-capital-expense') => `财政拨款收支总表没有“${FUND_OF_KIND[kind]}”列`,
};
