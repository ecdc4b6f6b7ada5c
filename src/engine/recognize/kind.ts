/**
 * Which standard table this is: from the title words when there is a title, otherwise (or when the
 * title names no standard table) from the header signature — the keys of the amount columns, the
 * code system of the lines, the 收入 | 支出 blocks, the 三公 lines. Also the family (预算 / 决算).
 */
import { normalizeLabel } from '../grid/text';
import type { Block, Column, ColumnKey, Family, Line, TableKind } from './types';
import { rememberedByText } from '../grid/remembered';
import { fundNamed, kindFromTitle, mentionsAppropriation, mentionsCarryover, namesBudget, namesFinal, namesThreePublicPart } from './lexicon';

export interface KindDecision {
  kind: TableKind;
  evidence: string[];
}

function signatureKind(columns: readonly Column[], blocks: Block[], lines: Line[], headerWords: () => string): KindDecision | undefined {
  const headerText = headerWords();
  const keys = new Set(columns.filter((c) => c.key).map((c) => c.key!));
  const sides = new Set(blocks.map((b) => b.side));
  const coded = lines.filter((l) => l.code);
  const economic = coded.some((l) => l.codeSystem === 'economic' || l.codeSystem === 'gov-economic');
  const fn = coded.some((l) => l.codeSystem === 'function');
  const labels = lines.map((l) => normalizeLabel(l.label)).join('|');
  const hasCodeColumns = blocks.some((b) => b.codeColumns.length > 0);
  const sig = (kind: TableKind, why: string): KindDecision => ({ kind, evidence: [`表头：${why}`] });

  if (sides.has('income') && sides.has('expense')) {
    const expenseKeys = columns.filter((c) => blocks[c.block]?.side === 'expense').map((c) => c.key);
    if (mentionsAppropriation(headerText) || expenseKeys.includes('general-budget')) return sig('fiscal-summary', '财政拨款收入 | 财政拨款支出 两栏');
    return sig('income-expense-summary', '收入 | 支出 两栏');
  }
  if (sides.has('personnel') && sides.has('public')) return sig('general-budget-basic-expense', '人员经费 | 公用经费 两栏');
  if (namesThreePublicPart('abroad', labels) && namesThreePublicPart('reception', labels)) return sig('three-public', '因公出国（境）费、公务用车、公务接待费');
  if (keys.has('abroad') && keys.has('reception')) return sig('three-public', '因公出国（境）费、公务接待费 各占一列');
  if (columns.some((c) => c.role === 'project-name') && (fn || hasCodeColumns)) return sig('project-expense', '科目编码 + 项目名称');
  if (economic && (keys.has('personnel') || keys.has('public'))) return sig('general-budget-basic-expense', '经济分类科目 + 人员经费 / 公用经费');
  if (mentionsCarryover(headerText) && (keys.has('fiscal') || keys.has('nonfiscal')) && !fn) return sig('carryover', '结转结余 + 财政拨款 / 非财政拨款');
  if (!fn && !hasCodeColumns) return undefined;
  const incomeKeys: ColumnKey[] = ['current-income', 'fiscal', 'special-account', 'business-income', 'unit-funds', 'superior-subsidy', 'other-income'];
  if (incomeKeys.some((k) => keys.has(k)) && !keys.has('basic') && !keys.has('project')) return sig('income-summary', '功能分类科目 + 收入来源');
  if ((['operating-expense', 'remit-superior', 'subsidy-affiliated'] as const).some((k) => keys.has(k))) return sig('expense-summary', '功能分类科目 + 基本支出 / 项目支出 / 经营支出');
  if (keys.has('basic') || keys.has('project') || keys.has('personnel')) {
    const fund = fundNamed(headerText);
    if (fund === 'gov-fund') return sig('gov-fund-expense', '功能分类科目 + 政府性基金预算支出');
    if (fund === 'state-capital') return sig('state-capital-expense', '功能分类科目 + 国有资本经营预算支出');
    if (fund === 'general-budget') return sig('general-budget-expense', '功能分类科目 + 一般公共预算支出');
    return sig('expense-summary', '功能分类科目 + 基本支出 / 项目支出');
  }
  return undefined;
}

/** The kind a title names, by the title as printed: every department prints the same titles. */
const kindOfTitle = rememberedByText((title) => kindFromTitle(normalizeLabel(title)));

/** `headerWords`: the header's labels joined, worked out only when the title does not decide. */
export function decideKind(title: string | undefined, columns: readonly Column[], blocks: Block[], lines: Line[], headerWords: () => string): KindDecision | undefined {
  if (title) {
    const kind = kindOfTitle(title);
    if (kind) return { kind, evidence: [`标题：${title}`] };
  }
  return signatureKind(columns, blocks, lines, headerWords);
}

export function familyOf(title: string | undefined, columns: Column[]): Family {
  if (title && namesFinal(title)) return 'final';
  if (columns.some((c) => c.measure === 'final')) return 'final';
  // A 年初预算数 without a 决算数 beside it is a 决算's only when the title does not name a 预算: under
  // '…“三公”经费预算情况表', '本年年初预算数 | 上年年初预算数' are the budgets of two years.
  if (columns.some((c) => c.measure === 'initial-budget') && !(title && namesBudget(title))) return 'final';
  return 'budget';
}
