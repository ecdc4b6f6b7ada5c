/**
 * The engine's stages called directly, each timed, in the order analyzeWorkbook chains them: the
 * tables, the rules, the collection the command line runs after them on a large heap, 科目名称 with the
 * fill plan, the 情况说明, then the findings grouped into problems. Shared by bench/measure.ts and
 * bench/warmup.ts.
 */
import { performance } from 'node:perf_hooks';
import { recognizeSheets } from '../src/engine/recognize';
import { runRules } from '../src/engine/rules';
import { reviewNames } from '../src/engine/catalog';
import { reviewNarrative } from '../src/engine/narrative';
import { groupProblems } from '../src/engine/rules/problems';
import type { WorkbookGrids } from '../src/engine/grid/types';
import { collectAfterRules } from '../src/cli/analyze';

/** Milliseconds of each engine stage. */
export interface EngineTimes {
  recognize: number;
  rules: number;
  /** The collection the command line runs between the rules and the names on a large heap (src/cli/analyze.ts; 0 ms below 128 MB). */
  engineCollect: number;
  catalog: number;
  narrative: number;
  problems: number;
}

export type Timer = <T>(fn: () => T) => [T, number];

export const timeIt: Timer = (fn) => {
  const t = performance.now();
  const result = fn();
  return [result, performance.now() - t];
};

export function engineTotal(t: EngineTimes): number {
  return t.recognize + t.rules + t.engineCollect + t.catalog + t.narrative + t.problems;
}

/** The engine over `grids`, each stage timed by `timed`. */
export function runEngineStages(grids: WorkbookGrids, timed: Timer = timeIt) {
  const [{ tables }, recognize] = timed(() => recognizeSheets(grids));
  const [rules, rulesMs] = timed(() => runRules(tables, {}));
  const [, engineCollect] = timed(() => collectAfterRules('names'));
  const [names, catalog] = timed(() => reviewNames(tables, {}));
  const [narrative, narrativeMs] = timed(() => reviewNarrative(grids, tables, {}));
  const [findings, problems] = timed(() => groupProblems([...rules.findings, ...names.findings, ...narrative.findings], tables));
  const ms: EngineTimes = { recognize, rules: rulesMs, engineCollect, catalog, narrative: narrativeMs, problems };
  return { tables, findings, ms };
}
