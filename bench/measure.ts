/**
 * Measures one workbook file in a fresh process (so peak memory is this file's alone): ExcelJS load,
 * grid conversion — after which the ExcelJS workbook is let go, as the command line does — then each
 * engine stage called directly, the way analyzeWorkbook chains them (tables, rules, 科目名称 with the
 * fill plan, the 情况说明, then the findings grouped into problems), and the one-pass floor: one
 * pass over the grids reading every cell's value and text and testing one pattern (the least any
 * engine reading every cell must spend). That first pass is the cold one (each function run for the
 * first time, as a check from the command line runs it); then reading and engine again `--warm N`
 * times in the same process (their medians: the same code once the JIT has compiled it); then, with
 * `--settle N`, the engine alone N more times over fresh copies of the grids, the median of the last
 * five kept: the engine settled, its code optimised (what the first run is beside; bench/warmup.ts).
 * `--grids-out PATH` writes the grids (v8.serialize) for the engine-only run:
 *   measure --engine-from PATH — a fresh process holding the grids alone runs the engine once: the
 *   memory the engine itself needs (as in the pane's worker, which receives grids, not a workbook).
 * Run by bench/run.ts through child_process.fork (bundled by esbuild, as the command line is); sends
 * one Measurement (or EngineMemory) back over IPC, or prints it when run by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import { loadXlsx } from '../src/xlsx/load';
import { workbookToGrids } from '../src/xlsx/grids';
import type { WorkbookGrids } from '../src/engine/grid/types';
import { collectGarbage } from '../src/io/collect-garbage';
import { runEngineStages, type EngineTimes } from './engine-stages';

/** Milliseconds of reading (load, grids) and of each engine stage. */
export interface StageTimes extends EngineTimes {
  load: number;
  grids: number;
  /** The collections the command line runs while reading (src/xlsx/node-file.ts): ExcelJS's parse garbage, then its workbook. */
  collect: number;
}

export interface Measurement {
  file: string;
  bytes: number;
  sheets: number;
  rows: number;
  cells: number;
  tables: number;
  findings: number;
  /** The first (cold) run, and the one-pass floor. */
  ms: StageTimes & { floor: number };
  /** Medians of the warm runs (undefined with --warm 0). */
  warm?: StageTimes;
  warmRuns: number;
  /** The engine's stages settled (--settle N: the median of the last five of N runs over fresh copies of the grids). */
  settled?: EngineTimes;
  /** The process's peak resident set after reading (ExcelJS load + grids), and after the cold engine run. */
  readPeakRssMB: number;
  peakRssMB: number;
  peakHeapMB: number;
}

export interface EngineMemory {
  /** Resident set once the grids are read back (Node, ExcelJS not loaded, the grids), before the engine. */
  gridsRssMB: number;
  /** Peak resident set of the process after the engine ran over the grids. */
  peakRssMB: number;
}

let peakHeap = 0;
function sampleHeap(): void {
  peakHeap = Math.max(peakHeap, v8.getHeapStatistics().used_heap_size);
}

function timed<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const result = fn();
  const ms = performance.now() - t;
  sampleHeap();
  return [result, ms];
}

const maxRssMB = () => (process.resourceUsage().maxRSS * 1024) / 2 ** 20;

function countCells(grids: WorkbookGrids): { rows: number; cells: number } {
  let rows = 0;
  let cells = 0;
  for (const s of grids.sheets) {
    rows += s.rowCount;
    for (const r of s.rows) if (r) for (const c of r) if (c) cells++;
  }
  return { rows, cells };
}

/** One pass reading every cell's value and text and testing one pattern; returns the count, so nothing is optimised away. */
function onePass(grids: WorkbookGrids): number {
  const pattern = /\d/;
  let hits = 0;
  for (const s of grids.sheets) {
    for (const r of s.rows) {
      if (!r) continue;
      for (const c of r) if (c && (typeof c.value === 'number' || pattern.test(c.text))) hits++;
    }
  }
  return hits;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

/**
 * ExcelJS load and grids, with the collections the command line runs around them (readWorkbookGrids
 * in src/xlsx/node-file.ts): its parse garbage once the workbook is read, then the workbook itself once
 * the grids are built. Without them the engine would pay for collecting ExcelJS's garbage, which the
 * command line never lets it do (and the pane's worker, holding only grids, never has).
 */
async function readGrids(data: Uint8Array, file: string): Promise<{ grids: WorkbookGrids; load: number; gridsMs: number; collect: number }> {
  const { grids, load, gridsMs, collectRead } = await readWorkbookThenGrids(data, file);
  const [, collectWorkbook] = timed(collectGarbage);
  return { grids, load, gridsMs, collect: collectRead + collectWorkbook };
}

/** The workbook is unreachable once this returns. */
async function readWorkbookThenGrids(data: Uint8Array, file: string) {
  const t = performance.now();
  const wb = await loadXlsx(data);
  const load = performance.now() - t;
  sampleHeap();
  const [, collectRead] = timed(collectGarbage);
  const [grids, gridsMs] = timed(() => workbookToGrids(wb, file));
  return { grids, load, gridsMs, collectRead };
}

/** The engine's stages, as analyzeWorkbook chains them in the command line, each timed (the heap sampled after each). */
const runEngine = (grids: WorkbookGrids) => runEngineStages(grids, timed);

/** The engine `runs` times over fresh copies of the grids; the median of the last five runs, stage by stage. */
function settle(grids: WorkbookGrids, runs: number): EngineTimes {
  const times: EngineTimes[] = [];
  for (let i = 0; i < runs; i++) times.push(runEngine(structuredClone(grids)).ms);
  const last = times.slice(-5);
  return Object.fromEntries(Object.keys(last[0]).map((k) => [k, median(last.map((t) => t[k as keyof EngineTimes]))])) as unknown as EngineTimes;
}

async function measure(file: string, warmRuns: number, settleRuns: number, gridsOut: string | undefined): Promise<Measurement> {
  // ExcelJS is loaded on first use (src/xlsx/load.ts): load it before the clock starts, so that
  // *ExcelJS load* times the reading of the file only, as it always has.
  await import('exceljs');
  const data = new Uint8Array(readFileSync(file));
  const { grids, load, gridsMs, collect } = await readGrids(data, file);
  const readPeakRssMB = maxRssMB();
  const floor = median(Array.from({ length: 5 }, () => timed(() => onePass(grids))[1]));
  const cold = runEngine(grids);
  const peakRssMB = maxRssMB();
  const peakHeapMB = peakHeap / 2 ** 20;
  const { rows, cells } = countCells(grids);
  const runs: StageTimes[] = [];
  for (let i = 0; i < warmRuns; i++) {
    const again = await readGrids(data, file);
    runs.push({ load: again.load, grids: again.gridsMs, collect: again.collect, ...runEngine(again.grids).ms });
  }
  const settled = settleRuns > 0 ? settle(grids, settleRuns) : undefined;
  if (gridsOut) writeFileSync(gridsOut, v8.serialize(grids));
  const warm = runs.length ? (Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k as keyof StageTimes]))])) as unknown as StageTimes) : undefined;
  return {
    file,
    bytes: data.length,
    sheets: grids.sheets.length,
    rows,
    cells,
    tables: cold.tables.length,
    findings: cold.findings.length,
    ms: { load, grids: gridsMs, collect, ...cold.ms, floor },
    ...(warm ? { warm } : {}),
    warmRuns,
    ...(settled ? { settled } : {}),
    readPeakRssMB,
    peakRssMB,
    peakHeapMB,
  };
}

function engineFrom(gridsFile: string): EngineMemory {
  const grids = v8.deserialize(readFileSync(gridsFile)) as WorkbookGrids;
  const gridsRssMB = process.memoryUsage().rss / 2 ** 20;
  runEngine(grids);
  return { gridsRssMB, peakRssMB: maxRssMB() };
}

const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);

const engineOnly = arg('--engine-from');
const work: Promise<Measurement | EngineMemory> = engineOnly
  ? Promise.resolve().then(() => engineFrom(engineOnly))
  : measure(process.argv[2], Number(arg('--warm') ?? 0), Number(arg('--settle') ?? 0), arg('--grids-out'));
work.then(
  (m) => (process.send ? process.send(m, () => process.exit(0)) : console.log(JSON.stringify(m, null, 1))),
  (e: unknown) => {
    process.stderr.write(`测量失败：${engineOnly ?? process.argv[2]}：${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
