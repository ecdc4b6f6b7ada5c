/**
 * npm run bench — generates the benchmark workbooks (bench/generate.ts) into a temp folder, measures
 * each in its own process (bench/measure.ts) and prints load / engine times, throughput, the share
 * of ExcelJS vs the engine, peak memory, and whether time grows linearly with size.
 * `npm run bench -- --write-doc` also rewrites the figures section of docs/performance.md.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type ExcelJS from 'exceljs';
import { departmentWorkbook, longSheetWorkbook } from './generate';
import type { Measurement } from './measure';

interface Case {
  label: string;
  file: string;
  build: () => ExcelJS.Workbook;
}

const DOC = 'docs/performance.md';
const BEGIN = '<!-- bench:begin -->';
const END = '<!-- bench:end -->';

function measureInChild(file: string): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const child = fork(join(__dirname, 'measure.ts'), [file], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
    let result: Measurement | undefined;
    child.on('message', (m) => (result = m as Measurement));
    child.on('exit', (code) => (result ? resolve(result) : reject(new Error(`measure exited with ${code}`))));
  });
}

const f0 = (n: number) => n.toFixed(0);
const f1 = (n: number) => n.toFixed(1);
const thousands = (n: number) => Math.round(n).toLocaleString('en-US');

function engineMs(m: Measurement): number {
  return m.ms.recognize + m.ms.rules + m.ms.catalog + m.ms.narrative;
}

function exceljsMs(m: Measurement): number {
  return m.ms.load + m.ms.grids;
}

function resultTable(rows: { label: string; m: Measurement }[]): string {
  const head =
    '| workbook | sheets | rows | cells | file | tables | findings | ExcelJS load | grids | recognize | rules | catalog | narrative | engine total | recognition cells/s | ExcelJS share | peak RSS | peak heap |\n' +
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const body = rows.map(({ label, m }) => {
    const engine = engineMs(m);
    const share = (100 * exceljsMs(m)) / (exceljsMs(m) + engine);
    return `| ${label} | ${m.sheets} | ${thousands(m.rows)} | ${thousands(m.cells)} | ${f1(m.bytes / 2 ** 20)} MB | ${m.tables} | ${m.findings} | ${f0(m.ms.load)} ms | ${f0(m.ms.grids)} ms | ${f0(m.ms.recognize)} ms | ${f0(m.ms.rules)} ms | ${f0(m.ms.catalog)} ms | ${f0(m.ms.narrative)} ms | ${f0(engine)} ms | ${thousands(m.cells / Math.max(m.ms.recognize / 1000, 1e-6))} | ${f0(share)}% | ${f0(m.peakRssMB)} MB | ${f0(m.peakHeapMB)} MB |`;
  });
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

function machine(): string {
  const cpus = os.cpus();
  return `${os.availableParallelism()} CPUs (${cpus[0]?.model.trim() ?? 'unknown'}), ${f1(os.totalmem() / 2 ** 30)} GB memory, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

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
    { label: '100 sheets (10 departments)', file: join(dir, 'departments-100.xlsx'), build: () => departmentWorkbook(10) },
    { label: '200 sheets (20 departments)', file: join(dir, 'departments-200.xlsx'), build: () => departmentWorkbook(20) },
    { label: '1 sheet, 50,000 rows', file: join(dir, 'rows-50k.xlsx'), build: () => longSheetWorkbook(50_000) },
    { label: '1 sheet, 100,000 rows', file: join(dir, 'rows-100k.xlsx'), build: () => longSheetWorkbook(100_000) },
  ];
  try {
    console.log(`machine: ${machine()}`);
    const results: { label: string; m: Measurement }[] = [];
    for (const c of cases) {
      const t = performance.now();
      await c.build().xlsx.writeFile(c.file);
      console.log(`generated ${c.label}: ${f1(statSync(c.file).size / 2 ** 20)} MB in ${f0(performance.now() - t)} ms`);
      const m = await measureInChild(c.file);
      results.push({ label: c.label, m });
      console.log(`measured  ${c.label}: ExcelJS ${f0(exceljsMs(m))} ms, engine ${f0(engineMs(m))} ms, peak RSS ${f0(m.peakRssMB)} MB`);
    }
    const growth = [
      growthLine('department workbook 100 → 200 sheets', results[0].m, results[1].m),
      growthLine('long sheet 50,000 → 100,000 rows', results[2].m, results[3].m),
    ];
    const section = [
      `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine()}.`,
      '',
      resultTable(results),
      '',
      'Growth from the half size to the full size:',
      '',
      ...growth,
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
