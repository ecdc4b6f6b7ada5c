/**
 * Runs the engine over every document of the real-document corpus (test/corpus) and pairs each
 * result with its answer key: each workbook alone, each workbook with its 编制说明 text, and each
 * text alone. The engine is called directly (no CLI process), so the whole corpus takes seconds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyzeWorkbook, type AnalyzeOptions, type Table } from '../../src/engine';
import { checkNarrativeText } from '../../src/engine/narrative';
import { workbookToGrids } from '../../src/xlsx/grids';
import { loadXlsx } from '../../src/xlsx/load';
import { KEY_CORRECTIONS } from './key-corrections';
import type { DocumentResult, ExpectedTable, KeyedProblem, KeyedTrap, KeyLevel } from './score';

export const CORPUS_DIR = join(__dirname, '..', 'corpus');

interface TableKey {
  workbook: string;
  tables: ExpectedTable[];
  findings: { sheet: string; cell: string; severity: KeyLevel; note: string }[];
}

interface TextKey {
  text: string;
  workbook?: string;
  problems: { line: number; level: KeyLevel; what: string }[];
  traps: { line: number; why: string }[];
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const jsonFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();

function textProblems(key: TextKey): { problems: KeyedProblem[]; traps: KeyedTrap[] } {
  return {
    problems: [...key.problems.filter((p) => !KEY_CORRECTIONS.isTextProblemWithdrawn(key.text, p.line)), ...KEY_CORRECTIONS.textProblems(key.text)].map((p) => ({ sheet: key.text, cell: `L${p.line}`, level: p.level, what: p.what })),
    traps: key.traps.map((t) => ({ sheet: key.text, cell: `L${t.line}`, why: t.why })),
  };
}

async function analyzeCorpusWorkbook(file: string, options: AnalyzeOptions) {
  const workbook = await loadXlsx(new Uint8Array(readFileSync(file)));
  return analyzeWorkbook(workbookToGrids(workbook, basename(file)), options);
}

/** Every corpus document run through the engine, with what its key expects. */
export async function runCorpus(options: AnalyzeOptions = {}): Promise<DocumentResult[]> {
  const tablesDir = join(CORPUS_DIR, 'tables');
  const results: DocumentResult[] = [];
  const tablesOf = new Map<string, Table[]>();

  for (const keyFile of jsonFiles(join(tablesDir, 'keys'))) {
    const key = readJson<TableKey>(join(tablesDir, 'keys', keyFile));
    const id = key.workbook.replace(/\.xlsx$/, '');
    const analysis = await analyzeCorpusWorkbook(join(tablesDir, 'workbooks', key.workbook), options);
    tablesOf.set(key.workbook, analysis.tables);
    const sheets = new Set(analysis.tables.map((t) => t.sheet));
    const expectedTables = key.tables.map((t) => KEY_CORRECTIONS.table(key.workbook, t));
    // The key also lists problems of the workbook's 编制说明 text file; those are scored with the text.
    const inWorkbook = [...key.findings, ...KEY_CORRECTIONS.findings(key.workbook)].filter(
      (f) => !/\.(txt|md|docx)$/.test(f.sheet) && !KEY_CORRECTIONS.isWithdrawn(key.workbook, f),
    );
    for (const f of inWorkbook) sheets.add(f.sheet);
    results.push({
      id,
      mode: 'workbook',
      scoreRecall: true,
      expectedTables,
      recognizedTables: analysis.tables.map((t) => ({ sheet: t.sheet, kind: t.kind, unit: t.unit })),
      problems: inWorkbook.map((f) => ({ sheet: f.sheet, cell: f.cell, level: f.severity, what: f.note })),
      traps: [],
      findings: analysis.findings,
    });
  }

  for (const keyFile of jsonFiles(join(tablesDir, 'text-keys'))) {
    const key = readJson<TextKey>(join(tablesDir, 'text-keys', keyFile));
    const text = readFileSync(join(tablesDir, 'text', key.text), 'utf8');
    const tables = key.workbook ? tablesOf.get(key.workbook) : undefined;
    if (!tables) throw new Error(`${key.text}: its workbook ${key.workbook} has no key in tables/keys`);
    const keyed = textProblems(key);
    const id = key.text.replace(/\.txt$/, '');
    results.push({
      id,
      mode: 'workbook + text',
      scoreRecall: true,
      expectedTables: [],
      recognizedTables: [],
      ...keyed,
      findings: checkNarrativeText(text, tables, { ...options, source: key.text }),
    });
    // Alone, a text can show only its own arithmetic: its false alarms count, its recall does not
    // (most of its keyed problems need the tables).
    results.push({
      id,
      mode: 'text',
      scoreRecall: false,
      expectedTables: [],
      recognizedTables: [],
      ...keyed,
      findings: checkNarrativeText(text, [], { ...options, source: key.text }),
    });
  }

  const narrativeDir = join(CORPUS_DIR, 'narrative');
  for (const keyFile of jsonFiles(join(narrativeDir, 'keys'))) {
    const key = readJson<TextKey>(join(narrativeDir, 'keys', keyFile));
    const text = readFileSync(join(narrativeDir, 'texts', key.text), 'utf8');
    results.push({
      id: `narrative/${key.text.replace(/\.txt$/, '')}`,
      mode: 'text',
      scoreRecall: true,
      expectedTables: [],
      recognizedTables: [],
      ...textProblems(key),
      findings: checkNarrativeText(text, [], { ...options, source: key.text }),
    });
  }
  return results;
}
