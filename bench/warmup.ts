/**
 * npx tsx bench/warmup.ts [FILE.xlsx] [--runs N]
 * The engine's warm-up curve: the engine run N times (default 15) in one process, each time over a
 * fresh copy of the grids (so nothing keyed by object is reused), every stage timed as analyzeWorkbook
 * chains them. The first run is what one `budget-check check` pays; the last runs are the engine with
 * its code optimised. Default workbook: the bench's 200-sheet one (20 departments).
 *
 * It says how much of the first run is warm-up (code run before V8 has optimised it) rather than the
 * work itself, which a cachegrind count under `--predictable` cannot: there the optimising compiler
 * runs on the main thread and is counted, and an instruction of interpreted code costs what one of
 * optimised code does.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbookGrids } from '../src/xlsx/node-file';
import { departmentWorkbook } from './generate';
import { engineTotal, runEngineStages, type EngineTimes } from './engine-stages';

const COLUMNS = ['recognize', 'rules', 'engineCollect', 'catalog', 'narrative', 'problems', 'engine'] as const;
const HEADS: Record<(typeof COLUMNS)[number], string> = { recognize: 'recognize', rules: 'rules', engineCollect: 'collect', catalog: 'catalog', narrative: 'narrative', problems: 'problems', engine: 'engine' };
type Times = EngineTimes & { engine: number };

function runEngineTimed(grids: Parameters<typeof runEngineStages>[0]): Times {
  const { ms } = runEngineStages(grids);
  return { ...ms, engine: engineTotal(ms) };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const ms = (x: number) => x.toFixed(1).padStart(10);

async function main(): Promise<void> {
  const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
  const runs = Math.max(2, Number(arg('--runs') ?? 15));
  let file = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : undefined;
  if (!file) {
    file = join(mkdtempSync(join(tmpdir(), 'budget-warmup-')), 'departments-200.xlsx');
    await departmentWorkbook(20).xlsx.writeFile(file);
  }
  const { grids } = await readWorkbookGrids(file);
  const rows: Times[] = [];
  for (let i = 0; i < runs; i++) rows.push(runEngineTimed(structuredClone(grids)));
  const columns = COLUMNS;
  console.log(`${file}: ${grids.sheets.length} sheets; the engine ${runs} times over fresh copies of the grids (ms)\n`);
  console.log(['run'.padStart(4), ...columns.map((c) => HEADS[c].padStart(10))].join(''));
  rows.forEach((r, i) => console.log([String(i + 1).padStart(4), ...columns.map((c) => ms(r[c]))].join('')));
  const tail = rows.slice(-Math.min(5, runs - 1));
  const settled = Object.fromEntries(columns.map((c) => [c, median(tail.map((r) => r[c]))])) as unknown as Times;
  console.log(`\nmedian of the last ${tail.length} runs:${columns.map((c) => ` ${HEADS[c]} ${settled[c].toFixed(1)}`).join(',')}`);
  console.log(`first run ÷ that median:${columns.map((c) => ` ${HEADS[c]} ×${settled[c] > 0 ? (rows[0][c] / settled[c]).toFixed(1) : '–'}`).join(',')}`);
  console.log(`share of the first run that is warm-up (first − settled) ÷ first: ${Math.round((100 * (rows[0].engine - settled.engine)) / rows[0].engine)}%`);
}

main().catch((e: unknown) => {
  process.stderr.write(`测量失败：${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
