/**
 * One input file → its report for `check` (and the findings `mark` writes). Workbooks go through the
 * ExcelJS adapter and the engine facade; 情况说明 text files (.txt / .md / .docx) go to the
 * narrative text checker, against the tables of the workbooks named on the same command line.
 */
import { basename, extname } from 'node:path';
import { analyzeWorkbook, groupProblems, type AnalysisPhase, type AnalyzeOptions, type CheckStatus, type Finding, type Table } from '../engine';
import { reviewNarrativeText } from '../engine/narrative';
import { recognitionFailureMessage, recognizeSheets } from '../engine/recognize';
import { unreadTableFinding } from '../engine/recognize/unread';
import type { WorkbookGrids } from '../engine/grid/types';
import { DocxReadError, docxToText } from '../docx/read';
import { decodeText } from '../io/decode-text';
import { readInputBytes, readWorkbookGrids } from '../xlsx/node-file';
import { CliError } from './errors';
import { collectGarbageWhenHeapOver } from '../io/collect-garbage';

/** A table as the JSON contract shows it (docs/design.md §6): exactly these fields. */
export interface TableSummary {
  sheet: string;
  kind: string;
  family: string;
  title: string | null;
  range: string;
  unit: string;
  year: number | null;
}

export interface FileReport {
  file: string;
  tables: TableSummary[];
  findings: Finding[];
  checks: CheckStatus[];
}

export function summarizeTable(t: Table): TableSummary {
  return {
    sheet: t.sheet,
    kind: t.kind,
    family: t.family,
    title: t.title ?? null,
    range: t.range,
    unit: t.unit,
    year: t.year ?? null,
  };
}

const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.docx']);

export function isNarrativeTextFile(file: string): boolean {
  return TEXT_EXTENSIONS.has(extname(file).toLowerCase());
}

export interface WorkbookAnalysis {
  report: FileReport;
  tables: Table[];
  /** The file's bytes, to open the workbook again for writing a copy (mark). */
  bytes: Uint8Array;
}

/** A heap larger than this between two stages is worth one collection (a 100,000-line sheet's is ~180–240 MB). */
const LARGE_HEAP_BYTES = 128 * 2 ** 20;

/**
 * The rules leave what they compared as garbage when they end (on a 100,000-line sheet, the heap is
 * ~180 MB then, ~115 MB of it live), and V8 would let the 科目名称 stage allocate on top of it:
 * collected first, the engine stays well below the peak of reading. Small workbooks skip it.
 */
export function collectAfterRules(phase: AnalysisPhase): void {
  if (phase === 'names') collectGarbageWhenHeapOver(LARGE_HEAP_BYTES);
}

async function analyzeWorkbookFile(file: string, options: AnalyzeOptions): Promise<WorkbookAnalysis> {
  const { bytes, grids } = await readWorkbookGrids(file);
  const analysis = analyzeWorkbook(grids, options, collectAfterRules);
  return {
    report: { file, tables: analysis.tables.map(summarizeTable), findings: analysis.findings, checks: analysis.checks },
    tables: analysis.tables,
    bytes,
  };
}

/**
 * Checks a workbook file. Once the engine has finished, its grids and what it dropped on the way
 * (~70 MB of a heap of ~240 MB on the 100,000-line sheet) are garbage: collected here — after
 * analyzeWorkbookFile has returned, whose frame held the grids — so that the report written next
 * (40 MB of JSON there) or the next file read does not pile up on top of them.
 */
export async function analyzeXlsxFile(file: string, options: AnalyzeOptions): Promise<WorkbookAnalysis> {
  const analysis = await analyzeWorkbookFile(file, options);
  collectGarbageWhenHeapOver(LARGE_HEAP_BYTES);
  return analysis;
}

/**
 * The tables of a workbook file for the commands that do not check it (fill, draft): a sheet that
 * recognition failed on is said on stderr, as `check` says it in a finding. The ExcelJS workbook
 * is not kept (see readWorkbookGrids); `fill` opens the bytes again to write its copy.
 */
export async function readWorkbookTables(file: string): Promise<{ bytes: Uint8Array; grids: WorkbookGrids; tables: Table[] }> {
  const { bytes, grids } = await readWorkbookGrids(file);
  const { tables, failedSheets, unreadTables } = recognizeSheets(grids);
  for (const sheet of failedSheets) process.stderr.write(`说明：${recognitionFailureMessage(sheet)}\n`);
  for (const unread of unreadTables) process.stderr.write(`说明：${unreadTableFinding(unread).message}\n`);
  return { bytes, grids, tables };
}

async function readNarrativeText(file: string): Promise<string> {
  const bytes = await readInputBytes(file);
  if (extname(file).toLowerCase() !== '.docx') return decodeText(bytes);
  try {
    return await docxToText(bytes);
  } catch (e) {
    if (e instanceof DocxReadError) throw new CliError(`${basename(file)}：${e.message}`);
    throw e;
  }
}

export async function analyzeTextFile(file: string, tables: Table[], options: AnalyzeOptions): Promise<FileReport> {
  const text = await readNarrativeText(file);
  const review = reviewNarrativeText(text, tables, { ...options, source: basename(file) });
  return { file, tables: [], findings: groupProblems(review.findings, tables), checks: review.checks };
}
