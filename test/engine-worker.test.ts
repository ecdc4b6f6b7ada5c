/**
 * The engine worker gives the pane the same answer as the engine run in the pane's own thread.
 * The real worker module (src/taskpane/engine.worker.ts) is bundled with esbuild, as webpack
 * bundles it for the pane, and run in a Node worker thread: its messages cross a real thread
 * boundary with the same structured clone a browser uses. A stand-in for the worker's global
 * `self` maps postMessage / addEventListener onto worker_threads' parentPort, nothing more.
 * On every fixture, on the corpus workbooks and on a 5,000-line sheet (sent in many pieces, with a
 * grouped finding of thousands of members): the same tables, findings (with their problem ids),
 * checks, name writes, 情况说明 coverage, draft and marks, and the phases in order. The draft is made
 * where the check runs, from the same grids, imported catalogs and edition year as `budget-check
 * draft` uses. A worker that cannot start, or fails during a check, leaves
 * the next checks to the pane (the failed one says so in Chinese).
 */
import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeWorkbook } from '../src/engine';
import { importCatalogFromCsv } from '../src/engine/catalog';
import { draftNarrative } from '../src/engine/narrative';
import type { WorkbookGrids } from '../src/engine/grid/types';
import { loadXlsx } from '../src/xlsx/load';
import { workbookToGrids } from '../src/xlsx/grids';
import { fallbackEngine, inThreadEngine, workerEngine, type WorkerLike } from '../src/taskpane/engine-client';
import type { EnginePhase } from '../src/taskpane/check-job';
import { findingsToMarks } from '../src/engine/model';
import { checkMessages } from '../src/taskpane/engine-protocol';
import { FIXTURES } from './fixtures';
import { catalogNaming20604Csv, seed003NamedAsImported } from './fixtures/catalog/renamed-20604';
import { longSheetWorkbook } from '../bench/generate';

const ROOT = join(__dirname, '..');
const SELF_SHIM = `import { parentPort } from 'node:worker_threads';
globalThis.self = {
  postMessage: (m) => parentPort.postMessage(m),
  addEventListener: (type, listener) => { if (type === 'message') parentPort.on('message', (data) => listener({ data })); },
};`;

let dir: string;
let bundle: string;
const threads: Worker[] = [];

function startWorker(file: string, options?: { eval?: boolean }): WorkerLike {
  const w = new Worker(file, options);
  threads.push(w);
  return {
    postMessage: (m) => w.postMessage(m),
    addEventListener: (type: 'message' | 'error', listener: (e: never) => void) => {
      if (type === 'message') w.on('message', (data) => listener({ data } as never));
      else w.on('error', (e) => listener(e as never));
    },
  } as WorkerLike;
}

async function gridsOf(bytes: Uint8Array, name: string): Promise<WorkbookGrids> {
  return workbookToGrids(await loadXlsx(bytes), name);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'engine-worker-'));
  bundle = join(dir, 'engine.worker.mjs');
  await build({
    entryPoints: [join(ROOT, 'src/taskpane/engine.worker.ts')],
    outfile: bundle,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    banner: { js: SELF_SHIM },
    logLevel: 'error',
  });
}, 60_000);

afterAll(async () => {
  await Promise.all(threads.map((w) => w.terminate()));
  rmSync(dir, { recursive: true, force: true });
});

async function workbooks(): Promise<[string, WorkbookGrids][]> {
  const out: [string, WorkbookGrids][] = [];
  for (const [name, build] of Object.entries(FIXTURES)) {
    const bytes = new Uint8Array((await build().workbook.xlsx.writeBuffer()) as ArrayBuffer);
    out.push([`fixture ${name}`, await gridsOf(bytes, name)]);
  }
  const corpus = join(ROOT, 'test/corpus/tables/workbooks');
  for (const f of readdirSync(corpus).filter((f) => f.endsWith('.xlsx'))) out.push([`corpus ${f}`, await gridsOf(new Uint8Array(readFileSync(join(corpus, f))), f)]);
  const long = new Uint8Array((await longSheetWorkbook(5_000).xlsx.writeBuffer()) as ArrayBuffer);
  out.push(['5,000-line sheet', await gridsOf(long, 'rows-5k.xlsx')]);
  return out;
}

describe('the engine worker', () => {
  it('answers every fixture, every corpus workbook and a long sheet exactly as the in-thread engine', async () => {
    const worker = workerEngine(startWorker(bundle));
    const local = inThreadEngine();
    const cases = await workbooks();
    expect(cases.length).toBeGreaterThan(15);
    let withNarrative = 0;
    for (const [name, grids] of cases) {
      const phases: EnginePhase[] = [];
      const [remote, here] = await Promise.all([worker.check(grids, {}, (p) => phases.push(p)), local.check(grids, {})]);
      expect(remote.output, name).toEqual(here.output);
      expect(phases, name).toEqual(['recognize', 'rules', 'names', 'narrative']);
      // The view is the engine's answer: tables without lines, findings without members.
      const direct = analyzeWorkbook(grids);
      expect(remote.output.analysis.findings, name).toEqual(direct.findings.map(({ members: _m, ...f }) => f));
      expect(remote.output.analysis.tables, name).toEqual(direct.tables.map(({ lines: _l, ...t }) => t));
      expect(remote.output.analysis.narrative, name).toEqual(direct.narrative);
      expect(remote.output.draft, name).toEqual(draftNarrative(direct.tables, { grids }));
      expect(await remote.marks(), name).toEqual(findingsToMarks(direct.findings));
      if (direct.narrative) withNarrative++;
    }
    // Workbooks with a 情况说明 of their own: its coverage ledger crosses the thread too.
    expect(withNarrative).toBeGreaterThan(0);
  }, 240_000);

  it('checks and drafts with the imported catalogs and edition year, as the command line does', async () => {
    const imported = importCatalogFromCsv(catalogNaming20604Csv, { source: '2025年政府收支分类科目.csv', year: 2025 }).catalog;
    const grids = workbookToGrids(seed003NamedAsImported(), 'seed003');
    const options = { importedCatalogs: [imported], editionYear: 2025 };
    const worker = workerEngine(startWorker(bundle));
    const [own, shipped] = [await worker.check(grids, options), await worker.check(grids, {})];
    const direct = analyzeWorkbook(grids, options);
    expect(own.output.analysis.findings).toEqual(direct.findings.map(({ members: _m, ...f }) => f));
    // What `budget-check draft` writes with the same catalogs (src/cli/commands/draft.ts).
    expect(own.output.draft).toEqual(draftNarrative(direct.tables, { grids, ...options }));
    const paragraphs = (run: typeof own) => run.output.draft.sections.flatMap((s) => s.paragraphs).map((p) => p.spans.map((x) => x.text).join(''));
    expect(paragraphs(own).some((t) => t.includes('科学研究与开发（款）'))).toBe(true);
    expect(paragraphs(shipped).some((t) => t.includes('技术研究与开发（款）'))).toBe(true);
    expect(own.output.analysis.findings.filter((f) => f.message.includes('20604'))).not.toEqual(shipped.output.analysis.findings.filter((f) => f.message.includes('20604')));
  }, 60_000);

  it('receives a long sheet in many pieces, and marks every cell of its grouped finding', async () => {
    const grids = (await workbooks()).at(-1)![1];
    const pieces = [...checkMessages(1, grids, {})].filter((m) => m.type === 'rows');
    expect(pieces.length).toBeGreaterThan(2);
    const run = await workerEngine(startWorker(bundle)).check(grids, {});
    const grouped = run.output.analysis.findings.filter((f) => f.rule === 'unknown-code/many');
    expect(grouped).toHaveLength(1);
    expect(grouped[0].members).toBeUndefined();
    const marks = await run.marks();
    expect(marks.length).toBeGreaterThan(5_000);
    expect(new Set(marks.map((m) => m.cell)).size).toBe(marks.length);
  }, 120_000);

  it('a second check on the same worker answers for its own workbook; marks of the earlier one are refused, not mixed up', async () => {
    const engine = workerEngine(startWorker(bundle));
    const [first, second] = [FIXTURES.seed001().workbook, FIXTURES.seed003().workbook];
    const a = await engine.check(workbookToGrids(first, 'a'), {});
    const b = await engine.check(workbookToGrids(second, 'b'), {});
    expect(b.output).toEqual((await inThreadEngine().check(workbookToGrids(second, 'b'), {})).output);
    expect(a.output).not.toEqual(b.output);
    await expect(a.marks()).rejects.toThrow(/重新校核/);
    expect(await b.marks()).toEqual(findingsToMarks(analyzeWorkbook(workbookToGrids(second, 'b')).findings));
  }, 60_000);

  it('a worker that fails during a check: that check says so in Chinese, and the next one runs in the pane', async () => {
    // Answers the first phase, then throws outside any handler of the service (an uncaught error in the worker).
    const dying = `const { parentPort } = require('node:worker_threads');
      parentPort.on('message', (m) => {
        if (m.type === 'check') { parentPort.postMessage({ type: 'phase', job: m.job, phase: 'recognize' }); setTimeout(() => { throw new Error('out of memory'); }, 10); }
      });`;
    const engine = fallbackEngine(() => startWorker(dying, { eval: true }));
    const grids = workbookToGrids(FIXTURES.seed001().workbook, 'seed001');
    await expect(engine.check(grids, {})).rejects.toThrow('校核过程意外中断，请重新校核。');
    expect((await engine.check(grids, {})).output).toEqual((await inThreadEngine().check(grids, {})).output);
  }, 60_000);

  it('where the worker cannot start, the check runs in the pane and gives the same answer', async () => {
    const grids = workbookToGrids(FIXTURES.seed003().workbook, 'seed003');
    const broken = fallbackEngine(() => startWorker('throw new Error("refused by policy")', { eval: true }));
    const phases: EnginePhase[] = [];
    const run = await broken.check(grids, {}, (p) => phases.push(p));
    expect(run.output).toEqual((await inThreadEngine().check(grids, {})).output);
    expect(phases).toEqual(['recognize', 'rules', 'names', 'narrative']);
    const refused = fallbackEngine(() => {
      throw new Error('Worker is not allowed');
    });
    expect((await refused.check(grids, {})).output).toEqual(run.output);
    expect((await fallbackEngine(undefined).check(grids, {})).output).toEqual(run.output);
  }, 60_000);
});
