/**
 * One full garbage collection, on demand (Node only: the command line). After ExcelJS has read a
 * large workbook, its model (~220 MB on a 100,000-line sheet) is dead once the grids are built, but
 * V8 sized the old generation while that model was alive and would let the engine allocate on top
 * of it before collecting: the process then peaks at the workbook plus the engine (~620 MB there)
 * instead of the larger of the two (~440 MB). Collecting once between the two keeps them apart.
 *
 * Node exposes `gc` only under --expose-gc, which a `bin` script cannot pass portably; set at run
 * time, the flag makes V8 install `gc` in contexts created afterwards (the technique of the npm
 * package expose-gc), so one new context hands it over and the flag is turned off again.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

let gc: (() => void) | undefined | null;

function exposedGc(): (() => void) | null {
  if (gc !== undefined) return gc;
  try {
    v8.setFlagsFromString('--expose-gc');
    const fn: unknown = vm.runInNewContext('gc');
    gc = typeof fn === 'function' ? (fn as () => void) : null;
  } catch {
    gc = null;
  } finally {
    v8.setFlagsFromString('--no-expose-gc');
  }
  return gc;
}

/** Collects garbage now when the runtime allows it; otherwise leaves it to V8 (nothing breaks). */
export function collectGarbage(): void {
  exposedGc()?.();
}

/**
 * Collects garbage when the heap has grown past `bytes`: between the large stages of a big
 * workbook (the engine after reading, the report after the engine), where what the stage before
 * dropped would otherwise lie under what the next one allocates. Small workbooks skip it.
 */
export function collectGarbageWhenHeapOver(bytes: number): void {
  if (process.memoryUsage().heapUsed > bytes) collectGarbage();
}
