/**
 * The engine's one entry point for a whole workbook: grids in, tables / findings / coverage out.
 * Pure: no Office.js, no DOM, no Node APIs (HyperFormula-style), so the task pane, the CLI and the
 * tests all run the same code.
 */
import type { AnalyzeOptions, CheckStatus, Finding } from './findings';
import type { WorkbookGrids } from './grid/types';
import type { Table } from './recognize/types';
import { recognitionFailureFinding, recognizeSheets } from './recognize';
import { unreadTableFinding, type UnreadTable } from './recognize/unread';
import { requiredTables } from './rules/disclosure';
import { runRules } from './rules';
import { reviewNames, type NameWrite } from './catalog';
import { reviewNarrative, type NarrativeCoverage } from './narrative';
import { groupProblems } from './rules/problems';

export interface Analysis {
  tables: Table[];
  /** Every finding with its problem id, problem by problem: errors first, then warnings, then 提示. */
  findings: Finding[];
  checks: CheckStatus[];
  /** Blank 科目名称 to fill and wrong ones to correct (`replaces`), for the pane's 科目 tab. */
  nameWrites: NameWrite[];
  /** How many figures of the workbook's 情况说明 were checked, and how many could not be (none: no text). */
  narrative?: NarrativeCoverage;
}

/** The unread tables the rules did not already name (the required-tables check says where a standard one is unread): one finding each. */
function untold(unread: readonly UnreadTable[], findings: readonly Finding[]): UnreadTable[] {
  const told = new Set(findings.filter((f) => f.rule === requiredTables.id).map((f) => `${f.sheet}!${f.cell}`));
  return unread.filter((u) => !told.has(`${u.sheet}!${u.cell}`));
}

/** The stages of analyzeWorkbook, in order: tables, the rules, the 科目名称, the 情况说明 text. */
export type AnalysisPhase = 'recognize' | 'rules' | 'names' | 'narrative';

/** `onPhase` is told as each stage starts (the task pane shows it as progress). */
export function analyzeWorkbook(wb: WorkbookGrids, options: AnalyzeOptions = {}, onPhase: (phase: AnalysisPhase) => void = () => {}): Analysis {
  onPhase('recognize');
  const { tables, failedSheets, unreadTables } = recognizeSheets(wb);
  onPhase('rules');
  const rules = runRules(tables, options, unreadTables);
  onPhase('names');
  const names = reviewNames(tables, options);
  onPhase('narrative');
  const narrative = reviewNarrative(wb, tables, options);
  const findings = [...failedSheets.map(recognitionFailureFinding), ...untold(unreadTables, rules.findings).map(unreadTableFinding), ...rules.findings, ...names.findings, ...narrative.findings];
  return {
    tables,
    findings: groupProblems(findings, tables),
    checks: [...rules.checks, ...narrative.checks],
    nameWrites: names.writes,
    ...(narrative.checks.length > 0 ? { narrative: narrative.coverage } : {}),
  };
}

export { groupProblems } from './rules/problems';
export { problemsOf, countProblems, type Problem } from './model/problems';
export type { AnalyzeOptions, CheckStatus, Finding } from './findings';
export type { Table } from './recognize/types';
export type { WorkbookGrids, SheetGrid, Cell } from './grid/types';
