/**
 * The engine's one entry point for a whole workbook: grids in, tables / findings / coverage out.
 * Pure: no Office.js, no DOM, no Node APIs (HyperFormula-style), so the task pane, the CLI and the
 * tests all run the same code.
 */
import type { AnalyzeOptions, CheckStatus, Finding } from './findings';
import type { WorkbookGrids } from './grid/types';
import type { Table } from './recognize/types';
import { recognizeWorkbook } from './recognize';
import { runRules } from './rules';
import { reviewNames, type NameWrite } from './catalog';
import { reviewNarrative, type NarrativeCoverage } from './narrative';

export interface Analysis {
  tables: Table[];
  findings: Finding[];
  checks: CheckStatus[];
  /** Blank 科目名称 to fill and wrong ones to correct (`replaces`), for the pane's 科目 tab. */
  nameWrites: NameWrite[];
  /** How many figures of the workbook's 情况说明 were checked, and how many could not be (none: no text). */
  narrative?: NarrativeCoverage;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function analyzeWorkbook(wb: WorkbookGrids, options: AnalyzeOptions = {}): Analysis {
  const tables = recognizeWorkbook(wb);
  const rules = runRules(tables, options);
  const names = reviewNames(tables, options);
  const narrative = reviewNarrative(wb, tables, options);
  const findings = [...rules.findings, ...names.findings, ...narrative.findings];
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return {
    tables,
    findings,
    checks: [...rules.checks, ...narrative.checks],
    nameWrites: names.writes,
    ...(narrative.checks.length > 0 ? { narrative: narrative.coverage } : {}),
  };
}

export type { AnalyzeOptions, CheckStatus, Finding } from './findings';
export type { Table } from './recognize/types';
export type { WorkbookGrids, SheetGrid, Cell } from './grid/types';
