/**
 * npm run bench — generates the benchmark workbooks (bench/generate.ts) into a temp folder, measures
 * each in its own process (bench/measure.ts, bundled by esbuild as the command line is, and run
 * through the command line's code-cache loader), several times, and prints the medians: load / engine
 * times of the first (cold) run — the first-ever one, with no code cache, and one with the cache the
 * first left, as every later `budget-check` has — and of the warm runs after it, the engine against ExcelJS and against a one-pass floor, throughput, peak memory (of the
 * whole process, of reading alone, of the engine alone over the grids, and of `budget-check check`),
 * and whether time grows linearly with size. Then the task pane in headless Chromium against a
 * production build (bench/pane.ts): the script it loads before its first button, inside Excel and in
 * the preview, and how long the page is held during a check; and the command line's cold start.
 *   --runs N      runs per figure (default 3; the medians are reported)
 *   --warm N      warm runs inside each measuring process (default 3)
 *   --settle N    for the department workbooks, the engine alone N more times over fresh copies of the
 *                 grids in each measuring process, the last five's median reported (default 15; 0: none)
 *   --tsx         measure the TypeScript sources under tsx instead of the bundle (tsx keeps every
 *                 function's name with a wrapper call, which the shipped bundles do not have)
 *   --skip-pane   leave out the production build and the browser
 *   --write-doc   also rewrite the figures section of docs/performance.md
 */
import { fork, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type ExcelJS from 'exceljs';
import { departmentWorkbook, longSheetWorkbook } from './generate';
import { build } from 'esbuild';
import type { EngineMemory, Measurement, StageTimes } from './measure';
import { engineTotal } from './engine-stages';
import { buildPane, measurePane, median, totalBytes, type FirstScreen, type PaneFigures } from './pane';

interface Case {
  label: string;
  file: string;
  build: () => ExcelJS.Workbook;
  /** Whether its settled engine is measured (the department workbooks: a run is fast enough to repeat). */
  settle?: boolean;
}

const ROOT = join(__dirname, '..');
const DOC = 'docs/performance.md';
const BEGIN = '<!-- bench:begin -->';
const END = '<!-- bench:end -->';

const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const RUNS = Math.max(1, Number(arg('--runs') ?? 3));
const WARM = Math.max(0, Number(arg('--warm') ?? 3));
const SETTLE = Math.max(0, Number(arg('--settle') ?? 15));
const UNDER_TSX = process.argv.includes('--tsx');

/** bench/measure.ts as one CommonJS file, built as scripts/build-cli.mjs builds the command line, and the loader that runs it. */
async function bundleMeasure(dir: string): Promise<{ script: string; loader: string }> {
  const bundle = (entry: string, outfile: string) =>
    build({ entryPoints: [join(__dirname, entry)], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning', legalComments: 'none' });
  const script = join(dir, 'measure.cjs');
  const loader = join(dir, 'with-code-cache.cjs');
  await Promise.all([bundle('measure.ts', script), bundle('with-code-cache.ts', loader)]);
  return { script, loader };
}

/** The measuring script: under tsx, or bundled and run through the code-cache loader with its cache in `cacheDir`. */
type MeasureScript = { tsx: string } | { script: string; loader: string; cacheDir: string };

function inChild<T>(measure: MeasureScript, args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child =
      'tsx' in measure
        ? fork(measure.tsx, args, { execArgv: ['--import', 'tsx'], stdio: 'inherit' })
        : fork(measure.loader, [measure.script, ...args], { stdio: 'inherit', env: { ...process.env, BENCH_CODE_CACHE_DIR: measure.cacheDir } });
    let result: T | undefined;
    child.on('message', (m) => (result = m as T));
    child.on('exit', (code) => (result ? resolve(result) : reject(new Error(`measure exited with ${code}`))));
  });
}

/** No code cache left from an earlier run: the next run is a first-ever one. */
function forgetCodeCache(measure: MeasureScript): void {
  if ('tsx' in measure) return;
  rmSync(measure.cacheDir, { recursive: true, force: true });
  mkdirSync(measure.cacheDir, { mode: 0o700 });
}

/** Peak resident set and time of `budget-check check FILE --json`, the bundled command line (its code cache in `dir`, made by the run before). */
function cliCheck(file: string, dir: string): { peakRssMB: number; ms: number } {
  const hook = join(dir, 'peak-rss.cjs');
  const out = join(dir, 'peak-rss.txt');
  writeFileSync(hook, "process.on('exit', () => require('fs').writeFileSync(process.env.BENCH_PEAK_RSS, String(process.resourceUsage().maxRSS)));\n");
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--require', hook, 'bin/budget-check.cjs', 'check', file, '--json'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, BENCH_PEAK_RSS: out, TMPDIR: dir } });
  const ms = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) throw new Error(`budget-check check ${file} exited with ${r.status}`);
  return { peakRssMB: (Number(readFileSync(out, 'utf8')) * 1024) / 2 ** 20, ms };
}

/** What one workbook measured: the bench's own process, the engine alone, the command line. */
interface Result {
  label: string;
  /** The first run with the code cache of an earlier run (every run after a user's first). */
  m: Measurement;
  /** The first-ever run: no code cache (the functions parsed and compiled from the source). */
  noCache: Measurement;
  engine: EngineMemory;
  cli: { peakRssMB: number; ms: number };
}

const medianTimes = <T extends object>(xs: T[]): T => Object.fromEntries(Object.keys(xs[0]).map((k) => [k, median(xs.map((x) => x[k as keyof T] as number))])) as T;

/** Every figure the median of its runs. */
function medianOf(ms: Measurement[]): Measurement {
  const warm = ms.every((m) => m.warm) ? medianTimes(ms.map((m) => m.warm!)) : undefined;
  const settled = ms.every((m) => m.settled) ? medianTimes(ms.map((m) => m.settled!)) : undefined;
  return {
    ...ms[0],
    ms: medianTimes(ms.map((m) => m.ms)),
    ...(warm ? { warm } : {}),
    ...(settled ? { settled } : {}),
    readPeakRssMB: median(ms.map((m) => m.readPeakRssMB)),
    peakRssMB: median(ms.map((m) => m.peakRssMB)),
    peakHeapMB: median(ms.map((m) => m.peakHeapMB)),
  };
}

const f0 = (n: number) => n.toFixed(0);
const f1 = (n: number) => n.toFixed(1);
const thousands = (n: number) => Math.round(n).toLocaleString('en-US');
const kb = (n: number) => `${f0(n / 1024)} KB`;

const readingOf = (t: StageTimes) => t.load + t.grids;

const engineMs = (m: Measurement) => engineTotal(m.ms);
const exceljsMs = (m: Measurement) => readingOf(m.ms);
const engineShare = (m: Measurement) => engineMs(m) / exceljsMs(m);
const cellsPerSecond = (m: Measurement) => m.cells / Math.max(m.ms.recognize / 1000, 1e-6);
const warmShare = (w: StageTimes) => engineTotal(w) / readingOf(w);
const warmCellsPerSecond = (m: Measurement, w: StageTimes) => m.cells / Math.max(w.recognize / 1000, 1e-6);

function resultTable(rows: Result[]): string {
  const head =
    '| workbook | sheets | rows | cells | file | tables | findings | ExcelJS load | grids | collections while reading | recognize | rules | collection after rules | catalog | narrative | problems | engine total | engine ÷ (load + grids) | one-pass floor | engine ÷ floor | recognition cells/s | ExcelJS share | peak RSS | peak heap |\n' +
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const body = rows.map(({ label, m }) => {
    const engine = engineMs(m);
    const share = (100 * exceljsMs(m)) / (exceljsMs(m) + engine);
    return `| ${label} | ${m.sheets} | ${thousands(m.rows)} | ${thousands(m.cells)} | ${f1(m.bytes / 2 ** 20)} MB | ${m.tables} | ${m.findings} | ${f0(m.ms.load)} ms | ${f0(m.ms.grids)} ms | ${f0(m.ms.collect)} ms | ${f0(m.ms.recognize)} ms | ${f0(m.ms.rules)} ms | ${f0(m.ms.engineCollect)} ms | ${f0(m.ms.catalog)} ms | ${f0(m.ms.narrative)} ms | ${f0(m.ms.problems)} ms | ${f0(engine)} ms | ${f0(100 * engineShare(m))}% | ${f1(m.ms.floor)} ms | ×${f0(engine / Math.max(m.ms.floor, 0.01))} | ${thousands(cellsPerSecond(m))} | ${f0(share)}% | ${f0(m.peakRssMB)} MB | ${f0(m.peakHeapMB)} MB |`;
  });
  return [head, ...body].join('\n');
}

/** The first run without the code cache and with it, side by side: what the cache saves. */
function codeCacheTable(rows: Result[]): string {
  const head =
    '| workbook | ExcelJS load, no cache | grids | recognize | rules | catalog | narrative | problems | engine total, no cache | engine ÷ (load + grids), no cache | ExcelJS load, with the cache | engine total, with the cache | engine ÷ (load + grids), with the cache |\n' +
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const body = rows.map(({ label, m, noCache: n }) => {
    const t = n.ms;
    return `| ${label} | ${f0(t.load)} ms | ${f0(t.grids)} ms | ${f0(t.recognize)} ms | ${f0(t.rules)} ms | ${f0(t.catalog)} ms | ${f0(t.narrative)} ms | ${f0(t.problems)} ms | ${f0(engineMs(n))} ms | **${f0(100 * engineShare(n))}%** | ${f0(m.ms.load)} ms | ${f0(engineMs(m))} ms | **${f0(100 * engineShare(m))}%** |`;
  });
  return [head, ...body].join('\n');
}

function warmTable(rows: Result[]): string {
  const head =
    '| workbook | ExcelJS load | grids | collections while reading | recognize | rules | collection after rules | catalog | narrative | problems | engine total | engine ÷ (load + grids) | recognition cells/s |\n' +
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const body = rows
    .filter(({ m }) => m.warm)
    .map(({ label, m }) => {
      const w = m.warm!;
      return `| ${label} | ${f0(w.load)} ms | ${f0(w.grids)} ms | ${f0(w.collect)} ms | ${f0(w.recognize)} ms | ${f0(w.rules)} ms | ${f0(w.engineCollect)} ms | ${f0(w.catalog)} ms | ${f0(w.narrative)} ms | ${f0(w.problems)} ms | ${f0(engineTotal(w))} ms | ${f0(100 * warmShare(w))}% | ${thousands(warmCellsPerSecond(m, w))} |`;
    });
  return [head, ...body].join('\n');
}

/** The engine settled (its code optimised), against the first reading and against a warm one. */
function settledTable(rows: Result[]): string {
  const head =
    '| workbook | recognize | rules | catalog | narrative | problems | engine total | first run ÷ settled | engine ÷ (load + grids), first reading | engine ÷ (load + grids), warm reading |\n' +
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const body = rows
    .filter(({ m }) => m.settled)
    .map(({ label, m }) => {
      const s = m.settled!;
      const engine = engineTotal(s);
      const warmReading = m.warm ? `${f0((100 * engine) / readingOf(m.warm))}%` : '–';
      return `| ${label} | ${f0(s.recognize)} ms | ${f0(s.rules)} ms | ${f0(s.catalog)} ms | ${f0(s.narrative)} ms | ${f0(s.problems)} ms | ${f0(engine)} ms | ×${f1(engineMs(m) / engine)} | ${f0((100 * engine) / exceljsMs(m))}% | ${warmReading} |`;
    });
  return [head, ...body].join('\n');
}

function memoryTable(rows: Result[]): string {
  const head =
    '| workbook | reading (ExcelJS load + grids) | reading, then the engine (one process) | the engine alone over the grids | `budget-check check --json` | its time |\n' +
    '|---|---:|---:|---:|---:|---:|';
  const body = rows.map(
    ({ label, m, engine, cli }) =>
      `| ${label} | ${f0(m.readPeakRssMB)} MB | ${f0(m.peakRssMB)} MB | ${f0(engine.peakRssMB)} MB (grids held: ${f0(engine.gridsRssMB)} MB) | ${f0(cli.peakRssMB)} MB | ${f1(cli.ms / 1000)} s |`,
  );
  return [head, ...body].join('\n');
}

/** Time per cell at the larger size over time per cell at the smaller: ≈1 is linear, ≈2 quadratic. */
function growthLine(name: string, small: Measurement, big: Measurement): string {
  const sizeRatio = big.cells / small.cells;
  const ratio = (a: number, b: number) => (b > 0 ? a / b : NaN);
  const engine = ratio(engineMs(big), engineMs(small));
  const load = ratio(exceljsMs(big), exceljsMs(small));
  const perCell = engine / sizeRatio;
  // Below ~20 ms the engine time is dominated by fixed costs; the ratio says little then.
  const verdict =
    engineMs(big) < 20 ? 'too fast to judge' : perCell < 1.35 ? 'linear' : perCell < 1.7 ? 'slightly super-linear' : 'SUPER-LINEAR';
  return `- ${name}: ×${sizeRatio.toFixed(2)} cells → ExcelJS ×${load.toFixed(2)}, engine ×${engine.toFixed(2)} (per-cell engine cost ×${perCell.toFixed(2)}: ${verdict})`;
}

function screenRow(page: string, s: FirstScreen): string {
  const names = s.scripts.map((x) => `${x.path.slice(1)} ${kb(x.gzip)}`).join(', ');
  const office = s.officeJs.length ? ` (+ office.js and its table ${kb(totalBytes(s.officeJs, 'gzip'))} gzip, Microsoft's)` : '';
  return `| ${page} | ${names}${office} | **${kb(totalBytes(s.scripts, 'gzip'))}** | ${kb(totalBytes(s.scripts, 'bytes'))} | ${f0(s.firstButtonMs)} ms |`;
}

function paneSection(p: PaneFigures, buildMs: number): string[] {
  const lines = [
    `The pane, built for production (${f1(buildMs / 1000)} s), in headless Chromium; medians of ${p.runs} fresh browser contexts. *Scripts* are what the page had fetched when its first button appeared (resource timing at that moment), gzip as zlib's default level; inside Excel office.js is replaced by a stand-in that answers \`Office.onReady\` as Excel does.`,
    '',
    '| page | scripts before the first button (gzip) | pane script, gzip | pane script, raw | first button after |',
    '|---|---|---:|---:|---:|',
    screenRow('inside Excel', p.excel),
    screenRow('browser preview', p.preview),
  ];
  if (p.check) {
    lines.push(
      '',
      `Checking the 200-sheet workbook in the preview (opened from disk first): ${f0(p.check.checkMs)} ms from the click to the results; the longest task holding the page's main thread meanwhile: **${f0(p.check.longestTaskMs)} ms** (the worst of the runs: ${f0(p.check.worstTaskMs)} ms; Long Tasks API, which reports every task over 50 ms; 0 means none).`,
    );
  }
  return lines;
}

interface ColdStart {
  /** `--help` with the code cache its first run left. */
  helpMs: number;
  /** `--help` run for the first time: no code cache, and the one it leaves written. */
  helpFirstMs: number;
  nodeMs: number;
}

/** `budget-check --help`, its cache in a temporary folder of its own (`dir`). */
function coldStart(runs: number, dir: string): ColdStart {
  spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, stdio: 'inherit' });
  const cacheDir = join(dir, 'help-cache');
  const wall = (args: string[]) => {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, TMPDIR: cacheDir } });
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited with ${r.status}`);
    return performance.now() - t;
  };
  const firstEver = () => {
    rmSync(cacheDir, { recursive: true, force: true });
    mkdirSync(cacheDir);
    return wall(['bin/budget-check.cjs', '--help']);
  };
  const n = Math.max(5, runs * 2 + 1);
  const helpFirstMs = median(Array.from({ length: n }, firstEver));
  return {
    helpFirstMs,
    helpMs: median(Array.from({ length: n }, () => wall(['bin/budget-check.cjs', '--help']))),
    nodeMs: median(Array.from({ length: n }, () => wall(['-e', '0']))),
  };
}

function targetLines(results: Result[], pane: PaneFigures | undefined): string[] {
  const [, deps200, , rows100k] = results;
  const mark = (ok: boolean) => (ok ? 'met' : 'not yet');
  const warm = (r: Result, f: (w: StageTimes) => string) => (r.m.warm ? ` (warm: ${f(r.m.warm)})` : '');
  const settled = (r: Result) => (r.m.settled ? `; settled engine against the first reading: ${f0((100 * engineTotal(r.m.settled)) / exceljsMs(r.m))}%` : '');
  const lines = [
    `- engine ≤ 40% of (ExcelJS load + grids), 200 sheets, with the code cache (every run after the first): ${f0(100 * engineShare(deps200.m))}% — ${mark(engineShare(deps200.m) <= 0.4)}; the first-ever run, no cache: ${f0(100 * engineShare(deps200.noCache))}% — ${mark(engineShare(deps200.noCache) <= 0.4)}${warm(deps200, (w) => `${f0(100 * warmShare(w))}%`)}${settled(deps200)}`,
    `- engine ≤ 25% of (ExcelJS load + grids), 100,000 lines, with the code cache: ${f0(100 * engineShare(rows100k.m))}% — ${mark(engineShare(rows100k.m) <= 0.25)}; the first-ever run, no cache: ${f0(100 * engineShare(rows100k.noCache))}% — ${mark(engineShare(rows100k.noCache) <= 0.25)}${warm(rows100k, (w) => `${f0(100 * warmShare(w))}%`)}`,
    `- recognition ≥ 300,000 cells/s on 200 sheets: ${thousands(cellsPerSecond(deps200.m))} — ${mark(cellsPerSecond(deps200.m) >= 300_000)}${warm(deps200, (w) => thousands(warmCellsPerSecond(deps200.m, w)))}`,
    `- peak RSS ≤ 400 MB on the 100,000-line sheet: \`budget-check check\` ${f0(rows100k.cli.peakRssMB)} MB — ${mark(rows100k.cli.peakRssMB <= 400)} (the bench's process, reading then the engine: ${f0(rows100k.m.peakRssMB)} MB; reading alone: ${f0(rows100k.m.readPeakRssMB)} MB; the engine alone over the grids: ${f0(rows100k.engine.peakRssMB)} MB)`,
  ];
  if (pane) {
    const excel = totalBytes(pane.excel.scripts, 'gzip');
    const preview = totalBytes(pane.preview.scripts, 'gzip');
    lines.push(
      `- script before the first button ≤ 250 KB gzip inside Excel: ${kb(excel)} — ${mark(excel <= 250 * 1024)}`,
      `- script before the first button ≤ 350 KB gzip in the preview: ${kb(preview)} — ${mark(preview <= 350 * 1024)}`,
      `- production preview shell ≤ 1.2 s (quiet machine): ${f0(pane.preview.firstButtonMs)} ms — ${mark(pane.preview.firstButtonMs <= 1200)}`,
    );
    if (pane.check) lines.push(`- the page held ≤ 100 ms at a time during a check (200 sheets), in the worst run: ${f0(pane.check.worstTaskMs)} ms — ${mark(pane.check.worstTaskMs <= 100)}`);
  }
  return lines;
}

function machine(): string {
  const cpus = os.cpus();
  return `${os.availableParallelism()} CPUs (${cpus[0]?.model.trim() ?? 'unknown'}), ${f1(os.totalmem() / 2 ** 30)} GB memory, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

const load = () => os.loadavg()[0].toFixed(1);

function writeDoc(section: string): void {
  const text = readFileSync(DOC, 'utf8');
  const a = text.indexOf(BEGIN);
  const b = text.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${DOC} has no ${BEGIN} … ${END} section`);
  writeFileSync(DOC, text.slice(0, a + BEGIN.length) + '\n' + section + '\n' + text.slice(b));
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(os.tmpdir(), 'budget-bench-'));
  const cases: Case[] = [
    { label: '100 sheets (10 departments)', file: join(dir, 'departments-100.xlsx'), build: () => departmentWorkbook(10), settle: true },
    { label: '200 sheets (20 departments)', file: join(dir, 'departments-200.xlsx'), build: () => departmentWorkbook(20), settle: true },
    { label: '1 sheet, 50,000 rows', file: join(dir, 'rows-50k.xlsx'), build: () => longSheetWorkbook(50_000) },
    { label: '1 sheet, 100,000 rows', file: join(dir, 'rows-100k.xlsx'), build: () => longSheetWorkbook(100_000) },
  ];
  try {
    const loadBefore = load();
    console.log(`machine: ${machine()}; load average ${loadBefore}`);
    const measureScript: MeasureScript = UNDER_TSX ? { tsx: join(__dirname, 'measure.ts') } : { ...(await bundleMeasure(dir)), cacheDir: join(dir, 'code-cache') };
    spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, stdio: 'inherit' });
    const results: Result[] = [];
    for (const c of cases) {
      const t = performance.now();
      await c.build().xlsx.writeFile(c.file);
      console.log(`generated ${c.label}: ${f1(statSync(c.file).size / 2 ** 20)} MB in ${f0(performance.now() - t)} ms`);
      const runs: Measurement[] = [];
      const firstEver: Measurement[] = [];
      const engines: EngineMemory[] = [];
      const clis: { peakRssMB: number; ms: number }[] = [];
      const gridsFile = join(dir, 'grids.bin');
      for (let i = 0; i < RUNS; i++) {
        // A first `budget-check check` in the user's place: no code cache; the one it leaves serves the next runs.
        forgetCodeCache(measureScript);
        firstEver.push(await inChild<Measurement>(measureScript, [c.file]));
        runs.push(await inChild<Measurement>(measureScript, [c.file, '--warm', String(WARM), ...(c.settle && SETTLE > 0 ? ['--settle', String(SETTLE)] : []), ...(i === 0 ? ['--grids-out', gridsFile] : [])]));
        engines.push(await inChild<EngineMemory>(measureScript, ['--engine-from', gridsFile]));
        clis.push(cliCheck(c.file, dir));
      }
      const m = medianOf(runs);
      const noCache = medianOf(firstEver);
      results.push({ label: c.label, m, noCache, engine: medianTimes(engines), cli: medianTimes(clis) });
      console.log(`measured  ${c.label}: ExcelJS ${f0(exceljsMs(m))} ms, engine ${f0(engineMs(m))} ms with the code cache, ${f0(engineMs(noCache))} ms without${m.warm ? ` (warm ${f0(engineTotal(m.warm))} ms)` : ''}, peak RSS ${f0(m.peakRssMB)} MB (median of ${RUNS})`);
    }
    let pane: PaneFigures | undefined;
    let buildMs = 0;
    if (!process.argv.includes('--skip-pane')) {
      const t = performance.now();
      await buildPane(ROOT, join(dir, 'dist'));
      buildMs = performance.now() - t;
      pane = await measurePane(join(dir, 'dist'), RUNS, cases[1].file);
      console.log(`measured  the pane: ${kb(totalBytes(pane.excel.scripts, 'gzip'))} gzip inside Excel, ${kb(totalBytes(pane.preview.scripts, 'gzip'))} in the preview`);
    }
    const cold = coldStart(RUNS, dir);
    const loadAfter = load();
    const growth = [
      growthLine('department workbook 100 → 200 sheets', results[0].m, results[1].m),
      growthLine('long sheet 50,000 → 100,000 rows', results[2].m, results[3].m),
    ];
    const section = [
      `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine()}; medians of ${RUNS} runs${UNDER_TSX ? ', the sources run under tsx' : ', the measuring script bundled by esbuild as the command line is'}. The machine was shared: load average ${loadBefore} at the start, ${loadAfter} at the end.`,
      '',
      `The first run in a fresh process, with the code cache an earlier run left (cold: every function runs for the first time in the process, as in a \`budget-check check\` after the user's first; see *The code cache* above${UNDER_TSX ? '; under tsx there is none' : ''}):`,
      '',
      resultTable(results),
      '',
      'The first-ever run (no code cache: the functions parsed and compiled from the source, as in a user\'s very first `budget-check check`) beside the run with the cache; *engine ÷ (load + grids)* in bold is the figure issue 17 sets at ≤ 40% / ≤ 25%:',
      '',
      codeCacheTable(results),
      '',
      ...(WARM > 0 ? [`The same process reading the file and running the engine ${WARM} more times (warm: medians; the code compiled by the JIT, as in a pane checking again):`, '', warmTable(results), ''] : []),
      ...(SETTLE > 0
        ? [
            `Then, for the department workbooks, the engine alone ${SETTLE} more times over fresh copies of the grids (settled: the median of the last five runs; most of the engine's code optimised by then — \`npm run bench:warmup\` prints each run). The first run is the settled one times the warm-up:`,
            '',
            settledTable(results),
            '',
          ]
        : []),
      'Peak resident memory (MB; maximum resident set of the process):',
      '',
      memoryTable(results),
      '',
      'Growth from the half size to the full size:',
      '',
      ...growth,
      '',
      ...(pane ? [...paneSection(pane, buildMs), ''] : []),
      `Command line: \`budget-check --help\` starts and answers in ${f0(cold.helpMs)} ms with the code cache, ${f0(cold.helpFirstMs)} ms the first time (no cache; the one it leaves written) (Node alone: ${f0(cold.nodeMs)} ms).`,
      '',
      'Against the targets of issue 17:',
      '',
      ...targetLines(results, pane),
    ].join('\n');
    console.log('\n' + section);
    if (process.argv.includes('--write-doc')) {
      writeDoc(section);
      console.log(`\nwrote the figures into ${DOC}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
