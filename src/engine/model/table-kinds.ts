/** The standard Chinese name of each table kind, as a finance clerk knows the tables (messages, the pane, the report). */
import type { TableKind } from '../recognize/types';

export const KIND_NAMES: Record<TableKind, string> = {
  'income-expense-summary': '收支总表',
  'income-summary': '收入总表',
  'expense-summary': '支出总表',
  'fiscal-summary': '财政拨款收支总表',
  'general-budget-expense': '一般公共预算支出表',
  'general-budget-basic-expense': '一般公共预算基本支出表',
  'project-expense': '项目支出表',
  'gov-fund-expense': '政府性基金预算支出表',
  'state-capital-expense': '国有资本经营预算支出表',
  'three-public': '“三公”经费支出表',
  carryover: '上年结转结余情况表',
  procurement: '政府采购预算表',
  assets: '国有资产占有情况表',
  performance: '绩效目标表',
};
