/**
 * The command line collects the dead ExcelJS workbook before the engine runs (src/io/collect-garbage.ts):
 * what nothing refers to any more is gone after collectGarbage, with no --expose-gc on the command line.
 */
import { describe, expect, it } from 'vitest';
import { collectGarbage, collectGarbageWhenHeapOver } from '../src/io/collect-garbage';

describe('collectGarbage', () => {
  it('frees an object nothing refers to, and leaves gc unexposed', async () => {
    let model: { rows: number[][] } | undefined = { rows: Array.from({ length: 1000 }, (_, i) => [i, i + 1]) };
    const ref = new WeakRef(model);
    model = undefined;
    await new Promise<void>((resolve) => setImmediate(resolve)); // a WeakRef keeps its target until the job that made it ends
    collectGarbage();
    expect(ref.deref()).toBeUndefined();
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
  });

  it('collects between stages once the heap is over the threshold', async () => {
    let report: { findings: string[] } | undefined = { findings: Array.from({ length: 1000 }, (_, i) => `finding ${i}`) };
    const ref = new WeakRef(report);
    report = undefined;
    await new Promise<void>((resolve) => setImmediate(resolve));
    collectGarbageWhenHeapOver(process.memoryUsage().heapUsed - 1);
    expect(ref.deref()).toBeUndefined();
  });
});
