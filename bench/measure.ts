/**
 * Measures one workbook file in a fresh process (so peak memory is this file's alone): ExcelJS load,
 * grid conversion — after which the ExcelJS workbook is let go, as the command line does — then each
 * engine stage called directly, the way analyzeWorkbook chains them (tables, rules, 科目名称 with the
 * fill plan, the 情况说明, then the findings grouped into problems), and the one-pass floor: one
 * pass over the grids reading every cell's value and text and testing one pattern (the least any
 * engine reading every cell must spend). Run by bench/run.ts through child_process.fork; sends one
 * Measurement back over IPC.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import { loadXlsx } from '../src/xlsx/load';
import { workbookToGrids } from '../src/xlsx/grids';
import { recognizeSheets } from '../src/engine/recognize';
import { runRules } from '../src/engine/rules';
import { reviewNames } from '../src/engine/catalog';
import { reviewNarrative } from '../src/engine/narrative';
import { groupProblems } from '../src/engine/rules/problems';
import type { WorkbookGrids } from '../src/engine/grid/types';

export interface Measurement {
  file: string;
  bytes: number;
  sheets: number;
  rows: number;
  cells: number;
  tables: number;
  findings: number;
  ms: { load: number; grids: number; recognize: number; rules: number; catalog: number; narrative: number; problems: number; floor: number };
  peakRssMB: number;
  peakHeapMB: number;
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

/** ExcelJS load and grids; the workbook is unreachable once this returns. */
async function readGrids(data: Uint8Array, file: string): Promise<{ grids: WorkbookGrids; load: number; gridsMs: number }> {
  const t = performance.now();
  const wb = await loadXlsx(data);
  const load = performance.now() - t;
  sampleHeap();
  const [grids, gridsMs] = timed(() => workbookToGrids(wb, file));
  return { grids, load, gridsMs };
}

async function measure(file: string): Promise<Measurement> {
  // ExcelJS is loaded on first use (src/xlsx/load.ts): load it before the clock starts, so that
  // *ExcelJS load* times the reading of the file only, as it always has.
  await import('exceljs');
  const data = new Uint8Array(readFileSync(file));
  const { grids, load, gridsMs } = await readGrids(data, file);
  const floor = median(Array.from({ length: 5 }, () => timed(() => onePass(grids))[1]));
  const [{ tables }, recognize] = timed(() => recognizeSheets(grids));
  const [rules, rulesMs] = timed(() => runRules(tables, {}));
  const [names, catalog] = timed(() => reviewNames(tables, {}));
  const [narrative, narrativeMs] = timed(() => reviewNarrative(grids, tables, {}));
  const [findings, problems] = timed(() => groupProblems([...rules.findings, ...names.findings, ...narrative.findings], tables));
  const { rows, cells } = countCells(grids);
  return {
    file,
    bytes: data.length,
    sheets: grids.sheets.length,
    rows,
    cells,
    tables: tables.length,
    findings: findings.length,
    ms: { load, grids: gridsMs, recognize, rules: rulesMs, catalog, narrative: narrativeMs, problems, floor },
    peakRssMB: (process.resourceUsage().maxRSS * 1024) / 2 ** 20,
    peakHeapMB: peakHeap / 2 ** 20,
  };
}

const file = process.argv[2];
measure(file).then(
  (m) => process.send?.(m, () => process.exit(0)),
  (e: unknown) => {
    process.stderr.write(`测量失败：${file}：${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
