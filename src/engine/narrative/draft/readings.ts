/** Everything a draft reads from one workbook's tables, read once. */
import type { Table } from '../../recognize/types';
import { readBasic, type BasicFigures } from './basic';
import { readFirstCodedTable, type CodeOfName, type CodedTable } from './coded-lines';
import { readExpense, readFiscal, type ExpenseFigures, type FiscalFigures } from './expense';
import { readIncome, type IncomeFigures } from './income';
import { readThreePublic, type ThreePublicFigures } from './three-public';

export interface Readings {
  tables: readonly Table[];
  income?: IncomeFigures;
  expense?: ExpenseFigures;
  fiscal?: FiscalFigures;
  /** 一般公共预算支出表. */
  generalBudget?: CodedTable;
  /** 支出总表's 功能分类 lines (all funds). */
  expenseLines?: CodedTable;
  basic?: BasicFigures;
  threePublic?: ThreePublicFigures;
  govFund?: CodedTable;
  stateCapital?: CodedTable;
  /** Whether the 政府性基金 / 国有资本经营 table is in the workbook (even empty). */
  hasGovFund: boolean;
  hasStateCapital: boolean;
}

export function readTables(tables: readonly Table[], codeOfName?: CodeOfName): Readings {
  const ofKind = (k: Table['kind']) => tables.filter((t) => t.kind === k);
  return {
    tables,
    income: readIncome(tables),
    expense: readExpense(tables),
    fiscal: readFiscal(tables),
    generalBudget: readFirstCodedTable(ofKind('general-budget-expense'), codeOfName),
    expenseLines: readFirstCodedTable(ofKind('expense-summary'), codeOfName),
    basic: readBasic(tables),
    threePublic: readThreePublic(tables),
    govFund: readFirstCodedTable(ofKind('gov-fund-expense'), codeOfName),
    stateCapital: readFirstCodedTable(ofKind('state-capital-expense'), codeOfName),
    hasGovFund: ofKind('gov-fund-expense').length > 0,
    hasStateCapital: ofKind('state-capital-expense').length > 0,
  };
}
