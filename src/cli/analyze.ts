/**
 * One input file → its report for `check` (and the findings `mark` writes). Workbooks go through the
 * ExcelJS adapter and the engine facade; 情况说明 text files (.txt / .md / .docx) go to the
 * narrative text checker, against the tables of the workbooks named on the same command line.
 */
import { basename, extname } from 'node:path';
import { analyzeWorkbook, type AnalyzeOptions, type CheckStatus, type Finding, type Table } from '../engine';
import { checkNarrativeText } from '../engine/narrative';
import { WorkbookReadError } from '../xlsx/load';
import { readInputBytes, readWorkbookGrids } from '../xlsx/node-file';

/** A table as the JSON contract shows it (DESIGN §6): exactly these fields. */
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

export async function analyzeXlsxFile(file: string, options: AnalyzeOptions): Promise<WorkbookAnalysis> {
  const { bytes, grids } = await readWorkbookGrids(file);
  const analysis = analyzeWorkbook(grids, options);
  return {
    report: { file, tables: analysis.tables.map(summarizeTable), findings: analysis.findings, checks: analysis.checks },
    tables: analysis.tables,
    bytes,
  };
}

/** Text as written: UTF-8 (with or without BOM), or GB18030/GBK as older Windows editors save it. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

async function readNarrativeText(file: string): Promise<string> {
  const bytes = await readInputBytes(file);
  if (extname(file).toLowerCase() !== '.docx') return decodeText(bytes);
  try {
    const mammoth = await import('mammoth');
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return result.value;
  } catch {
    throw new WorkbookReadError(`${basename(file)}：文件不是有效的 .docx 文档（可能已损坏或是旧版 .doc）：请在 Word 中另存为 .docx 后再试。`);
  }
}

export async function analyzeTextFile(file: string, tables: Table[], options: AnalyzeOptions): Promise<FileReport> {
  const text = await readNarrativeText(file);
  return { file, tables: [], findings: checkNarrativeText(text, tables, { ...options, source: basename(file) }), checks: [] };
}
