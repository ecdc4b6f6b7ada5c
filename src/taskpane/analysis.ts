/**
 * One check of the workbook: the port reads the grids (progress per sheet), then the engine —
 * in its worker when the pane has one — recognizes, checks, reviews the names and drafts, telling
 * each phase as it starts. Also the pane's helpers over a check's findings and its draft.
 */
import type { AnalyzeOptions, Finding } from '../engine/findings';
import { draftLines, type Draft } from '../engine/model/draft';
import type { WorkbookGrids } from '../engine/grid/types';
import { parseA1, rectContains } from '../engine/grid/a1';
import type { CellMark, ReadProgress, WorkbookPort } from '../port';
import type { AnalysisView, EnginePhase, TableView } from './check-job';
import { paneEngine, type PaneEngine } from './engine-client';
import { yieldToUi } from '../port/yield-to-ui';

export type { TableView } from './check-job';

export interface CheckResult {
  grids: WorkbookGrids;
  analysis: AnalysisView;
  draft: Draft;
  timings: { readMs: number; analyzeMs: number };
  /** The marks of this check's findings (every cell of a grouped finding), made where the engine ran. */
  marks(): Promise<CellMark[]>;
}

export type CheckPhase = 'read' | EnginePhase;

export interface CheckProgress {
  phase: CheckPhase;
  /** 0..1 over the whole check. */
  fraction: number;
}

/** Where each phase starts, as a share of the whole check (reading a workbook through Office takes longest). */
const PHASE_START: Record<EnginePhase, number> = { recognize: 0.4, rules: 0.6, names: 0.75, narrative: 0.85 };

export async function runCheck(
  port: WorkbookPort,
  options: AnalyzeOptions,
  onProgress: (p: CheckProgress) => void = () => {},
  engine: PaneEngine = paneEngine(),
): Promise<CheckResult> {
  const t0 = performance.now();
  onProgress({ phase: 'read', fraction: 0 });
  // The click's task ends here: the pane renders and paints the progress, and the reading (in
  // slices of its own) starts in a task of its own instead of lengthening the click's.
  await yieldToUi();
  const grids = await port.readGrids((p: ReadProgress) =>
    onProgress({ phase: 'read', fraction: p.total ? (PHASE_START.recognize * p.done) / p.total : 0 }),
  );
  const t1 = performance.now();
  const run = await engine.check(grids, options, (phase) => onProgress({ phase, fraction: PHASE_START[phase] }));
  const t2 = performance.now();
  onProgress({ phase: 'narrative', fraction: 1 });
  return { grids, ...run.output, marks: run.marks, timings: { readMs: t1 - t0, analyzeMs: t2 - t1 } };
}

/** The table a finding belongs to (its cell inside the table's rectangle), if any. */
export function tableOfFinding(f: Finding, tables: readonly TableView[]): TableView | undefined {
  const at = parseA1(f.cell);
  if (!at) return undefined;
  return tables.find((t) => t.sheet === f.sheet && rectContains(t.rect, at.row, at.col));
}

/** The draft as plain text for the clipboard: each line of the draft (no Markdown marks), blank lines between. */
export function draftToPlainText(d: Pick<Draft, 'title' | 'sections'>): string {
  return draftLines(d)
    .map((l) => l.text)
    .join('\n\n');
}
