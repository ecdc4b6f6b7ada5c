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

/** Sources of income and funds: keys of 收支总表 lines and of 收入总表 columns alike. */
export type FundKey =
  | 'fiscal' // 财政拨款（小计）
  | 'nonfiscal' // 非财政拨款（小计）
  | 'general-budget' // 一般公共预算
  | 'gov-fund' // 政府性基金
  | 'state-capital' // 国有资本经营
  | 'special-account' // 财政专户
  | 'unit-funds' // 单位资金
  | 'business-income' // 事业收入
  | 'operating-income' // 经营收入
  | 'superior-subsidy' // 上级补助收入
  | 'affiliated-remit' // 附属单位上缴收入
  | 'other-income' // 其他收入
  | 'general-budget-transfer' // 上级一般公共预算安排的转移支付
  | 'gov-fund-transfer'
  | 'state-capital-transfer';

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

/** The key of a summary line: an item, a line under 上年结转结余 ('carryover.general-budget'), or a 三公 line. */
export type LineKey = ItemKey | `carryover.${ItemKey}` | ThreePublicLineKey;

/** The last part of a qualified key ('fiscal.personnel' → 'personnel'): the figure the column holds. */
export function figureKey(key: ColumnKey): PlainColumnKey {
  return key.split('.').pop() as PlainColumnKey;
}
