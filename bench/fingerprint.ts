/**
 * npm run bench:fingerprint -- OUT.json — what the engine answers, as a fingerprint to compare before
 * and after a speed change: for the bench workbooks, the real corpus and the test fixtures, a digest
 * of the grids, the tables, the findings (with checks and name writes) and the draft (with the grids, as
 * the command line and the pane draft it); texts: findings, ledger and coverage. Two runs that
 * print the same digests gave identical answers; `--full DIR` also writes each answer as JSON, to diff.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type ExcelJS from 'exceljs';
import { analyzeWorkbook } from '../src/engine';
import { draftNarrative, reviewNarrativeText } from '../src/engine/narrative';
import type { WorkbookGrids } from '../src/engine/grid/types';
import { workbookToGrids } from '../src/xlsx/grids';
import { loadXlsx } from '../src/xlsx/load';
import { FIXTURES } from '../test/fixtures';
import { departmentWorkbook, longSheetWorkbook } from './generate';

const CORPUS = join(__dirname, '..', 'test', 'corpus');

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

interface Answer {
  grids: string;
  tables: string;
  findings: string;
  draft: string;
  counts: { tables: number; findings: number };
}

function answer(grids: WorkbookGrids, full: Record<string, unknown>, id: string): Answer {
  const analysis = analyzeWorkbook(grids);
  const draft = draftNarrative(analysis.tables, { grids });
  full[id] = { tables: analysis.tables, findings: analysis.findings, checks: analysis.checks, nameWrites: analysis.nameWrites, draft };
  return {
    grids: digest(grids),
    tables: digest(analysis.tables),
    findings: digest([analysis.findings, analysis.checks, analysis.nameWrites]),
    draft: digest(draft),
    counts: { tables: analysis.tables.length, findings: analysis.findings.length },
  };
}

/** Through the file, as the command line and the preview read it. */
async function viaFile(wb: ExcelJS.Workbook, name: string): Promise<WorkbookGrids> {
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return workbookToGrids(await loadXlsx(bytes), name);
}

async function main(): Promise<void> {
  const out = process.argv[2] ?? 'fingerprint.json';
  const fullDir = process.argv.includes('--full') ? process.argv[process.argv.indexOf('--full') + 1] : undefined;
  const full: Record<string, unknown> = {};
  const answers: Record<string, Answer> = {};
  const cases: [string, () => ExcelJS.Workbook][] = [
    ['bench/departments-20', () => departmentWorkbook(20)],
    ['bench/rows-20k', () => longSheetWorkbook(20_000)],
    ...Object.entries(FIXTURES).map(([name, build]): [string, () => ExcelJS.Workbook] => [`fixture/${name}`, () => build().workbook]),
  ];
  for (const [id, build] of cases) {
    answers[id] = answer(await viaFile(build(), id), full, id);
    console.log(id, JSON.stringify(answers[id]));
  }
  const workbooks = join(CORPUS, 'tables', 'workbooks');
  for (const file of readdirSync(workbooks).filter((f) => f.endsWith('.xlsx')).sort()) {
    const id = `corpus/${file}`;
    const grids = workbookToGrids(await loadXlsx(new Uint8Array(readFileSync(join(workbooks, file)))), file);
    answers[id] = answer(grids, full, id);
    const text = join(CORPUS, 'tables', 'text', file.replace(/\.xlsx$/, '.txt'));
    try {
      const review = reviewNarrativeText(readFileSync(text, 'utf8'), analyzeWorkbook(grids).tables, { source: basename(text) });
      answers[`${id}+text`] = { ...answers[id], findings: digest(review), counts: { tables: 0, findings: review.findings.length } };
      full[`${id}+text`] = review;
    } catch {
      // no text for this workbook
    }
    console.log(id, JSON.stringify(answers[id]));
  }
  const texts = join(CORPUS, 'narrative', 'texts');
  for (const file of readdirSync(texts).sort()) {
    const review = reviewNarrativeText(readFileSync(join(texts, file), 'utf8'), [], { source: file });
    answers[`text/${file}`] = { grids: '', tables: '', findings: digest(review), draft: '', counts: { tables: 0, findings: review.findings.length } };
    full[`text/${file}`] = review;
  }
  writeFileSync(out, JSON.stringify(answers, null, 1) + '\n');
  if (fullDir) {
    mkdirSync(fullDir, { recursive: true });
    for (const [id, value] of Object.entries(full)) writeFileSync(join(fullDir, id.replace(/[/+]/g, '_') + '.json'), JSON.stringify(value, null, 1));
  }
  console.log(`wrote ${out}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
