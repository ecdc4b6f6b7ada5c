/**
 * npx tsx bench/regex-census.ts [FILE.xlsx] [--top N]
 * How many pattern executions each engine stage makes, and over how many characters, by pattern
 * (default workbook: the bench's 200-sheet one, 20 departments). Counts are per department (per
 * 情况说明 document for the narrative stage), so they do not depend on the workbook's size.
 *
 * It wraps RegExp.prototype.exec: with exec replaced, V8 sends test / match / replace / split through
 * it too (the spec's RegExpExec calls a user-visible exec), so every execution is counted. The timing
 * of such a run means nothing; the counts are the point: they say how often the engine reads its text.
 */
import { readWorkbookGrids } from '../src/xlsx/node-file';
import { recognizeSheets } from '../src/engine/recognize';
import { runRules } from '../src/engine/rules';
import { reviewNames } from '../src/engine/catalog';
import { reviewNarrative } from '../src/engine/narrative';
import { departmentWorkbook } from './generate';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Tally {
  calls: number;
  chars: number;
}

/** Runs `work` with every pattern execution counted by pattern (source and flags). */
function census(work: () => void): Map<string, Tally> {
  const tally = new Map<string, Tally>();
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function (this: RegExp, text: string) {
    const key = `/${this.source}/${this.flags}`;
    const t = tally.get(key) ?? { calls: 0, chars: 0 };
    t.calls++;
    t.chars += String(text).length - (this.global || this.sticky ? this.lastIndex : 0);
    tally.set(key, t);
    return exec.call(this, text);
  };
  try {
    work();
  } finally {
    RegExp.prototype.exec = exec;
  }
  return tally;
}

function report(stage: string, tally: Map<string, Tally>, per: number, unit: string, top: number): string {
  const rows = [...tally].sort((a, b) => b[1].chars - a[1].chars);
  const calls = rows.reduce((n, [, t]) => n + t.calls, 0);
  const chars = rows.reduce((n, [, t]) => n + t.chars, 0);
  const f = (n: number) => Math.round(n / per).toLocaleString('en-US');
  return [
    `${stage}: ${rows.length} patterns; per ${unit}: ${f(calls)} executions over ${f(chars)} characters`,
    ...rows.slice(0, top).map(([k, t]) => `  ${f(t.calls).padStart(7)} ${f(t.chars).padStart(9)}  ${k.length > 120 ? `${k.slice(0, 117)}…` : k}`),
  ].join('\n');
}

async function main(): Promise<void> {
  const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
  const top = Number(arg('--top') ?? 15);
  let file = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : undefined;
  if (!file) {
    file = join(mkdtempSync(join(tmpdir(), 'budget-census-')), 'departments-200.xlsx');
    await departmentWorkbook(20).xlsx.writeFile(file);
  }
  const { grids } = await readWorkbookGrids(file);
  let tables: ReturnType<typeof recognizeSheets>['tables'] = [];
  const recognition = census(() => ({ tables } = recognizeSheets(grids)));
  const rules = census(() => {
    runRules(tables, {});
    reviewNames(tables, {});
  });
  let documents = 0;
  const narrative = census(() => (documents = reviewNarrative(grids, tables, {}).checks.length));
  const departments = Math.max(1, documents);
  console.log(`${file}: ${grids.sheets.length} sheets, ${tables.length} tables, ${documents} 情况说明 documents\n`);
  console.log(report('recognition', recognition, departments, 'department', top));
  console.log(report('rules and names', rules, departments, 'department', top));
  console.log(report('情况说明', narrative, departments, 'document', top));
}

main().catch((e: unknown) => {
  process.stderr.write(`统计失败：${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
