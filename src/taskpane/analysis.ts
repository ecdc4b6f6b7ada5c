/**
 * One check of the workbook, in phases that yield to the event loop between them so the pane
 * keeps painting its progress: read grids → recognize, rules, names → draft.
 */
import { analyzeWorkbook, type Analysis, type AnalyzeOptions, type Finding, type Table } from '../engine';
import { draftLines, draftNarrative, type Draft } from '../engine/narrative';
import type { WorkbookGrids } from '../engine/grid/types';
import { parseA1, rectContains } from '../engine/grid/a1';
import type { ReadProgress, WorkbookPort } from '../port';

export interface CheckResult {
  grids: WorkbookGrids;
  analysis: Analysis;
  draft: Draft;
  timings: { readMs: number; analyzeMs: number };
}

export type CheckPhase = 'read' | 'analyze' | 'draft';

export interface CheckProgress {
  phase: CheckPhase;
  /** 0..1 over the whole check. */
  fraction: number;
}

/** Lets the browser paint and handle input before the next slice of work. */
export function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export async function runCheck(
  port: WorkbookPort,
  options: AnalyzeOptions,
  onProgress: (p: CheckProgress) => void = () => {},
): Promise<CheckResult> {
  const t0 = performance.now();
  onProgress({ phase: 'read', fraction: 0 });
  const grids = await port.readGrids((p: ReadProgress) =>
    onProgress({ phase: 'read', fraction: p.total ? (0.5 * p.done) / p.total : 0 }),
  );
  const t1 = performance.now();
  onProgress({ phase: 'analyze', fraction: 0.5 });
  await yieldToUi();
  const analysis = analyzeWorkbook(grids, options);
  onProgress({ phase: 'draft', fraction: 0.9 });
  await yieldToUi();
  const draft = draftNarrative(analysis.tables, { grids, importedCatalogs: options.importedCatalogs, editionYear: options.editionYear });
  const t2 = performance.now();
  onProgress({ phase: 'draft', fraction: 1 });
  return { grids, analysis, draft, timings: { readMs: t1 - t0, analyzeMs: t2 - t1 } };
}

/** The table a finding belongs to (its cell inside the table's rectangle), if any. */
export function tableOfFinding(f: Finding, tables: Table[]): Table | undefined {
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
