/**
 * The checks of the coverage ledger as the clerk reads them: each standard check's Chinese name and
 * the words for its outcome — the same in the pane and in the `check` report, never a rule id.
 */
import type { CheckStatus } from '../findings';

/** Each check's name by rule id; a sub-rule takes the name of its longest listed prefix. */
export const CHECK_NAMES = {
  'hierarchy-sum/three-public': '“三公”各项合计',
  'hierarchy-sum': '类 = Σ款，款 = Σ项，合计行 = Σ类',
  'column-sum/change-rate': '增减幅度 = 增减额 ÷ 上年数',
  'column-sum': '合计列 = 各分项列之和',
  balance: '收支总表：本年收入/支出合计、总计、收支平衡',
  'cross-table/summary-expense': '收支总表各类支出 = 支出总表',
  'cross-table/summary-income': '收入总表合计 = 收支总表收入',
  'cross-table/income-expense-by-code': '收入总表 = 支出总表（按科目）',
  'cross-table/fiscal-general-budget': '财政拨款收支总表 = 一般公共预算支出表',
  'cross-table/fiscal-gov-fund': '财政拨款收支总表 = 政府性基金预算支出表',
  'cross-table/fiscal-state-capital': '财政拨款收支总表 = 国有资本经营预算支出表',
  'cross-table/fiscal-income': '财政拨款收入 = 收支总表收入',
  'cross-table/basic-total': '基本支出 = 基本支出表合计',
  'cross-table/basic-split': '人员经费、公用经费 = 基本支出表',
  'cross-table/project-total': '项目支出表合计 = 项目支出',
  'cross-table/three-public-vs-basic': '基本支出中的“三公”不超过“三公”表',
  'cross-table/function-economic': '功能分类与经济分类对应科目一致',
  'cross-table': '表间核对',
  plausibility: '金额合理性（错误值、负数、单位、比例列）',
  'disclosure/required-tables': '公开表齐全',
  'disclosure/empty-table-note': '空表有说明',
  'disclosure/year': '各表年度一致',
  disclosure: '公开要求',
  'narrative/figures': '情况说明中的数字',
  narrative: '情况说明',
} as const;

export type CheckNameKey = keyof typeof CHECK_NAMES;

/** The listed id that names `rule`: itself, or its longest listed prefix; undefined for an unknown family. */
export function checkNameKey(rule: string): CheckNameKey | undefined {
  let best: CheckNameKey | undefined;
  for (const key of Object.keys(CHECK_NAMES) as CheckNameKey[]) {
    if ((rule === key || rule.startsWith(`${key}/`)) && (!best || key.length > best.length)) best = key;
  }
  return best;
}

/** The check's Chinese name ('其他核对' for a rule of a family not listed: never the id itself). */
export function checkName(rule: string): string {
  const key = checkNameKey(rule);
  return key ? CHECK_NAMES[key] : '其他核对';
}

/** The outcome of a check, in the words both the pane and the report use. */
export const CHECK_STATUS_LABEL: Readonly<Record<CheckStatus['status'], string>> = {
  passed: '通过',
  failed: '未通过',
  'not-run': '无法执行',
};
