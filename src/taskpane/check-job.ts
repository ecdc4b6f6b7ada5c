/**
 * The engine's part of one check, wherever it runs — in the engine worker, or in the pane itself
 * where there are no workers: analyze the grids, draft the 情况说明 (from the same grids, imported
 * catalogs and edition year as the command line drafts with), and keep the whole answer for the
 * marks. What goes back to the pane is a view of it: tables without their lines, and grouped
 * findings without their members (on a long sheet those are most of the answer, and the pane
 * shows neither); the marks are made from the whole answer when the user asks for them.
 */
import { analyzeWorkbook, type Analysis, type AnalysisPhase, type AnalyzeOptions, type Finding, type Table } from '../engine';
import { findingsToMarks } from '../engine/model/marks';
import { draftNarrative, type Draft } from '../engine/narrative';
import type { WorkbookGrids } from '../engine/grid/types';
import type { CellMark } from '../port';

export type EnginePhase = AnalysisPhase;

/** A table as the pane sees it: everything recognition found except the lines. */
export type TableView = Omit<Table, 'lines'>;

export interface AnalysisView {
  tables: TableView[];
  /** The findings, with their problem ids; a grouped finding without its members. */
  findings: Finding[];
  checks: Analysis['checks'];
  nameWrites: Analysis['nameWrites'];
  narrative?: Analysis['narrative'];
}

/** What a check sends back to the pane. */
export interface CheckOutput {
  analysis: AnalysisView;
  draft: Draft;
}

export interface CheckJob {
  output: CheckOutput;
  /** The cell marks of every finding (each member of a grouped one at its own cell). */
  marks(): CellMark[];
}

function viewOf(analysis: Analysis, draft: Draft): CheckOutput {
  return {
    analysis: {
      tables: analysis.tables.map(({ lines: _lines, ...table }) => table),
      findings: analysis.findings.map(({ members: _members, ...f }) => f),
      checks: analysis.checks,
      nameWrites: analysis.nameWrites,
      ...(analysis.narrative ? { narrative: analysis.narrative } : {}),
    },
    draft,
  };
}

/** Runs the engine over the grids; `onPhase` is told as each stage starts (the draft is part of 'narrative'). */
export function runCheckJob(grids: WorkbookGrids, options: AnalyzeOptions, onPhase: (phase: EnginePhase) => void = () => {}): CheckJob {
  const analysis = analyzeWorkbook(grids, options, onPhase);
  const draft = draftNarrative(analysis.tables, { grids, importedCatalogs: options.importedCatalogs, editionYear: options.editionYear });
  return { output: viewOf(analysis, draft), marks: () => findingsToMarks(analysis.findings) };
}
