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
import { checkNarrative } from './narrative';

export interface Analysis {
  tables: Table[];
  findings: Finding[];
  checks: CheckStatus[];
  /** Blank 科目名称 to fill and wrong ones to correct (`replaces`), for the pane's 科目 tab. */
  nameWrites: NameWrite[];
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The stages of analyzeWorkbook, in order: tables, the rules, the 科目名称, the 情况说明 text. */
export type AnalysisPhase = 'recognize' | 'rules' | 'names' | 'narrative';

/** `onPhase` is told as each stage starts (the task pane shows it as progress). */
export function analyzeWorkbook(wb: WorkbookGrids, options: AnalyzeOptions = {}, onPhase: (phase: AnalysisPhase) => void = () => {}): Analysis {
  onPhase('recognize');
  const tables = recognizeWorkbook(wb);
  onPhase('rules');
  const rules = runRules(tables, options);
  onPhase('names');
  const names = reviewNames(tables, options);
  onPhase('narrative');
  const findings = [
    ...rules.findings,
    ...names.findings,
    ...checkNarrative(wb, tables, options),
  ];
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return { tables, findings, checks: rules.checks, nameWrites: names.writes };
}

export type { AnalyzeOptions, CheckStatus, Finding } from './findings';
export type { Table } from './recognize/types';
export type { WorkbookGrids, SheetGrid, Cell } from './grid/types';
