/**
 * npm run bench:instructions [-- --departments N] [--stages recognize,rules,…]
 * The instructions each engine stage executes in its first run in a fresh process (what one `budget-check check` pays),
 * counted by valgrind's callgrind, on the bench's department workbook (20 departments, 200 sheets, by default). Counts,
 * unlike wall time, do not move with the load of a shared machine, so a speed change can be judged on them (issue 17's
 * looks); they weigh an instruction of interpreted code as one of optimised code, which wall time does not (see
 * docs/performance.md, nineteenth look), so a change is confirmed in wall time on a quiet machine (`npm run bench`).
 *
 * Two counts per stage: under `--predictable`, where the optimising compiler (TurboFan) runs on the main thread and is
 * counted (in a real run it works on a background thread), and under `--predictable --no-opt` (no optimised code: every
 * function interpreted or baseline-compiled). Each stage's count is the driver stopping after it less the driver
 * stopping before it. Needs valgrind (Debian: `apt-get install valgrind`); takes a few minutes.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { build } from 'esbuild';
import { readWorkbookGrids } from '../src/xlsx/node-file';
import { departmentWorkbook } from './generate';

/** The stages in the order bench/engine-stages.ts runs them; the driver stops after the first N. */
const STAGES = ['recognize', 'rules', 'collection after rules', 'catalog', 'narrative', 'problems'] as const;
const MODES = [
  { label: '--predictable (TurboFan counted)', flags: ['--predictable'] },
  { label: '--predictable --no-opt', flags: ['--predictable', '--no-opt'] },
] as const;

const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);

function instructionsOf(flags: readonly string[], driver: string, grids: string, stops: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, ...flags, driver, grids, String(stops)], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += String(d)));
    child.on('exit', (code) => {
      const m = /Collected\s*:\s*(\d+)/.exec(err);
      if (code === 0 && m) resolve(Number(m[1]));
      else reject(new Error(`valgrind (stops ${stops}) exited with ${code}: ${err.slice(-500)}`));
    });
  });
}

/** Runs the jobs two at a time (the bench machines have two cores). */
async function inPairs<T>(jobs: (() => Promise<T>)[]): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      out[i] = await jobs[i]();
    }
  };
  await Promise.all([worker(), worker()]);
  return out;
}

async function main(): Promise<void> {
  if (spawnSync('valgrind', ['--version']).status !== 0) {
    process.stderr.write('需要 valgrind 才能计数指令（Debian: apt-get install valgrind）。\n');
    process.exitCode = 2;
    return;
  }
  const departments = Number(arg('--departments') ?? 20);
  const wanted = (arg('--stages') ?? STAGES.join(',')).split(',');
  const last = Math.max(...wanted.map((s) => STAGES.indexOf(s as (typeof STAGES)[number]) + 1));
  if (!(last > 0)) throw new Error(`--stages: one or more of ${STAGES.join(', ')}`);

  const dir = mkdtempSync(join(tmpdir(), 'budget-instructions-'));
  const xlsx = join(dir, `departments-${departments}.xlsx`);
  await departmentWorkbook(departments).xlsx.writeFile(xlsx);
  const grids = join(dir, 'grids.bin');
  writeFileSync(grids, serialize((await readWorkbookGrids(xlsx)).grids));
  const driver = join(dir, 'driver.cjs');
  await build({ entryPoints: [join(__dirname, 'instructions-driver.ts')], outfile: driver, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning', legalComments: 'none' });

  const stops = Array.from({ length: last + 1 }, (_, i) => i);
  const counts = await inPairs(MODES.flatMap((mode) => stops.map((s) => () => instructionsOf(mode.flags, driver, grids, s))));
  const byMode = MODES.map((_, m) => counts.slice(m * stops.length, (m + 1) * stops.length));
  const millions = (n: number) => (n / 1e6).toFixed(1);

  console.log(`${departments * 10} sheets (${departments} departments); the first run of each stage, millions of instructions (callgrind):\n`);
  console.log(`| stage | ${MODES.map((m) => m.label).join(' | ')} |`);
  console.log(`|---|${MODES.map(() => '---:').join('|')}|`);
  for (let s = 1; s <= last; s++) {
    if (!wanted.includes(STAGES[s - 1])) continue;
    console.log(`| ${STAGES[s - 1]} | ${byMode.map((c) => millions(c[s] - c[s - 1])).join(' | ')} |`);
  }
  console.log(`| the engine (these stages) | ${byMode.map((c) => millions(c[last] - c[0])).join(' | ')} |`);
  console.log(`\n(reading the grids and starting Node: ${byMode.map((c) => millions(c[0])).join(' / ')} M, not counted above)`);
}

main().catch((e: unknown) => {
  process.stderr.write(`计数失败：${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
