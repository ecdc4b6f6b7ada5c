/**
 * One check of the workbook, in phases that yield to the event loop between them so the pane
 * keeps painting its progress: read grids → recognize, rules, names → draft.
 */
import { analyzeWorkbook, type Analysis, type AnalyzeOptions, type Finding, type Table } from '../engine';
import { cellFindings } from '../engine/findings';
import { draftNarrative, type Draft } from '../engine/narrative';
import type { WorkbookGrids } from '../engine/grid/types';
import { parseA1 } from '../engine/grid/a1';
import { rectContains } from '../engine/grid/a1';
import { NOTE_PREFIX, type CellMark, type ReadProgress, type WorkbookPort } from './port';

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
  const draft = draftNarrative(analysis.tables);
  const t2 = performance.now();
  onProgress({ phase: 'draft', fraction: 1 });
  return { grids, analysis, draft, timings: { readMs: t1 - t0, analyzeMs: t2 - t1 } };
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** Findings → one mark per cell: the most severe finding colours it, the note lists them all. */
export function findingsToMarks(findings: Finding[]): CellMark[] {
  const byCell = new Map<string, CellMark>();
  for (const f of cellFindings(findings)) {
    if (!f.sheet || !f.cell) continue;
    const key = `${f.sheet}!${f.cell}`;
    const m = byCell.get(key);
    if (!m) {
      byCell.set(key, { sheet: f.sheet, cell: f.cell, severity: f.severity, note: NOTE_PREFIX + f.message });
    } else {
      if (RANK[f.severity] < RANK[m.severity]) m.severity = f.severity;
      if (!m.note.includes(f.message)) m.note += '\n' + f.message;
    }
  }
  return [...byCell.values()];
}

/** The table a finding belongs to (its cell inside the table's rectangle), if any. */
export function tableOfFinding(f: Finding, tables: Table[]): Table | undefined {
  const at = parseA1(f.cell);
  if (!at) return undefined;
  return tables.find((t) => t.sheet === f.sheet && rectContains(t.rect, at.row, at.col));
}

export interface FindingGroup {
  key: string;
  table?: Table;
  findings: Finding[];
}

/** Findings grouped by table (in workbook order), most severe first inside each group. */
export function groupFindings(findings: Finding[], tables: Table[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const t of tables) groups.set(t.id, { key: t.id, table: t, findings: [] });
  const other: FindingGroup = { key: '(other)', findings: [] };
  for (const f of findings) {
    const t = tableOfFinding(f, tables);
    (t ? groups.get(t.id)! : other).findings.push(f);
  }
  const out = [...groups.values(), other].filter((g) => g.findings.length > 0);
  for (const g of out) g.findings.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  return out;
}

/** The draft as plain text: title, then each heading and its paragraphs. */
export function draftToText(d: Draft): string {
  const parts: string[] = [];
  if (d.title) parts.push(d.title);
  for (const s of d.sections) {
    if (s.heading) parts.push(s.heading);
    parts.push(...s.paragraphs);
  }
  return parts.join('\n\n');
}
