/**
 * Run by bench/instructions.ts under valgrind: reads v8-serialized grids, then runs the engine's stages in the order
 * analyzeWorkbook chains them (bench/engine-stages.ts) and stops after the first STOPS of them (0: only the reading of the
 * grids), so that the instructions of a stage's first run are the count with it less the count without it.
 *   node instructions-driver.cjs GRIDS.bin STOPS
 */
import { readFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import type { WorkbookGrids } from '../src/engine/grid/types';
import { runEngineStages, type Timer } from './engine-stages';

class Stopped extends Error {}

/** A timer that lets the first `stops` stages run and stops the chain before the next. */
function stopAfter(stops: number): Timer {
  let run = 0;
  return (fn) => {
    if (run++ >= stops) throw new Stopped();
    return [fn(), 0];
  };
}

const [file, stops] = process.argv.slice(2);
const grids = deserialize(readFileSync(file)) as WorkbookGrids;
try {
  runEngineStages(grids, stopAfter(Number(stops)));
} catch (e) {
  if (!(e instanceof Stopped)) throw e;
}
