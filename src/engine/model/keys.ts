/**
 * The semantic keys recognition gives amount columns and summary lines, as types: a key that is
 * not one of these does not compile (a typo in `lineByKey(summary, 'expense-totl')` is caught by
 * the compiler, not by a check that silently never runs). The words that produce each key are in
 * recognize/lexicon; what each key means is said here once.
 */

/** 经济分类 类 printed as columns of the 项目支出表 (工资福利支出 → 'econ:301' …). */
export type EconomicClass = '301' | '302' | '303' | '307' | '309' | '310' | '311' | '312' | '313' | '399';
export type EconomicColumnKey = `econ:${EconomicClass}`;

/** The parts of the “三公”经费 (and 机关运行经费, printed beside them): keys of lines and of columns alike. */
export type ThreePublicKey =
  | 'three-public' // “三公”经费 小计 / 合计
  | 'abroad' // 因公出国（境）费
  | 'vehicle' // 公务用车购置及运行（维护）费
  | 'vehicle-purchase' // 公务用车购置费
  | 'vehicle-operation' // 公务用车运行（维护）费
  | 'reception' // 公务接待费
  | 'admin-operating'; // 机关运行经费

/**
 * The sources of a year's income, each a key of 收支总表 lines and of 收入总表 columns alike:
 * 一般公共预算, 政府性基金, 国有资本经营, 财政专户, 单位资金, 事业收入, 经营收入, 上级补助收入,
 * 附属单位上缴收入, 其他收入.
 */
export const INCOME_SOURCE_KEYS = [
  'general-budget',
  'gov-fund',
  'state-capital',
  'special-account',
  'unit-funds',
  'business-income',
  'operating-income',
  'superior-subsidy',
  'affiliated-remit',
  'other-income',
] as const;
export type IncomeSourceKey = (typeof INCOME_SOURCE_KEYS)[number];

/** 财政拨款（小计） and 非财政拨款（小计）: groups of income sources. */
const SOURCE_GROUP_KEYS = ['fiscal', 'nonfiscal'] as const;
export type SourceGroupKey = (typeof SOURCE_GROUP_KEYS)[number];

/** Funds: income sources, their groups, and the transfers from above (上级…安排的转移支付). */
export type FundKey = IncomeSourceKey | SourceGroupKey | 'general-budget-transfer' | 'gov-fund-transfer' | 'state-capital-transfer';

/** A column key as its own header names it (before a repeated key is qualified by its group). */
export type PlainColumnKey =
  | FundKey
  | ThreePublicKey
  | EconomicColumnKey
  | 'total' // 合计 / 总计
  | 'subtotal' // a bare 小计 with no keyed group above it
  | 'amount' // 金额 / 预算数 / 决算数 …: a plain measure column (Column.measure tells them apart)
  | 'basic' // 基本支出
  | 'project' // 项目支出
  | 'personnel' // 人员经费
  | 'public' // 公用经费
  | 'current-income' // 本年收入（小计）
  | 'carryover' // 上年结转（结余）
  | 'carryover.fiscal' // 财政拨款结转
  | 'carryover.nonfiscal' // 非财政拨款结转结余
  | 'year-end-carryover' // 年末结转结余
  | 'operating-expense' // 经营支出
  | 'remit-superior' // 上解上级支出
  | 'subsidy-affiliated'; // 对附属单位补助支出

/**
 * The key of an amount (or percent) column. A key that repeats inside one block is qualified with
 * the key of its top header group: 'fiscal.personnel' / 'nonfiscal.personnel' in 上年结转结余情况表.
 */
export type ColumnKey = PlainColumnKey | `${PlainColumnKey}.${PlainColumnKey}`;

/** Keys of the item lines of 收支总表 / 财政拨款收支总表. */
export type ItemKey =
  | FundKey
  | 'income-grand-total' // 收入总计
  | 'expense-grand-total' // 支出总计
  | 'current-income-total' // 本年收入合计
  | 'expense-total' // 本年支出合计
  | 'carryover' // 上年结转结余
  | 'year-end-carryover' // 年终结转结余
  | 'use-nonfiscal-balance' // 决算: 使用非财政拨款结余
  | 'balance-distribution'; // 决算: 结余分配

/** Keys of the lines of the 三公 table (the parts, and 因公出国 split by who travels). */
export type ThreePublicLineKey = ThreePublicKey | 'abroad-research' | 'abroad-other';

/** How the 三公 lines break down: the total into its three kinds, 公务用车 into 购置 and 运行维护, 因公出国 by who travels. */
export const THREE_PUBLIC_PARTS: readonly (readonly [ThreePublicLineKey, readonly ThreePublicLineKey[]])[] = [
  ['three-public', ['abroad', 'vehicle', 'reception']],
  ['vehicle', ['vehicle-purchase', 'vehicle-operation']],
  ['abroad', ['abroad-research', 'abroad-other']],
];

/** The keys a 三公 line breaks down into (none for a line without a breakdown). */
export function threePublicPartsOf(key: string | undefined): readonly ThreePublicLineKey[] {
  return THREE_PUBLIC_PARTS.find(([k]) => k === key)?.[1] ?? [];
}

/** A 三公 table's 相关统计数 line (团组数(个), 保有量(辆), 人数(人) …): a count, not money. */
export type CountLineKey = 'count';

/** The key of a summary line: an item, a line under 上年结转结余 ('carryover.general-budget'), a 三公 line or a 三公 count. */
export type LineKey = ItemKey | `carryover.${ItemKey}` | ThreePublicLineKey | CountLineKey;

/** The last part of a qualified key ('fiscal.personnel' → 'personnel'): the figure the column holds. */
export function figureKey(key: ColumnKey): PlainColumnKey {
  return key.split('.').pop() as PlainColumnKey;
}

const SOURCE_OR_GROUP: ReadonlySet<string> = new Set([...SOURCE_GROUP_KEYS, ...INCOME_SOURCE_KEYS]);

/** An income source or a group of them (not a transfer, not a total). */
export function isSourceOrGroup(key: string): key is IncomeSourceKey | SourceGroupKey {
  return SOURCE_OR_GROUP.has(key);
}
