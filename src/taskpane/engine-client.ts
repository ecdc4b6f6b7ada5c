/**
 * Where the pane's checks run: in the engine worker when the browser has Web Workers (the main
 * thread only reads the workbook and sends the grids, in pieces, yielding between them), or in the
 * pane itself where it has none — or where the worker script cannot start (a locked-down webview).
 * Both give the same answer: they run the same check job (src/taskpane/check-job.ts).
 */
import type { AnalyzeOptions } from '../engine/findings';
import type { WorkbookGrids } from '../engine/grid/types';
import type { CheckOutput, EnginePhase } from './check-job';
import { checkMessages, type FromEngine, type ToEngine } from './engine-protocol';
import type { CellMark } from '../port';
import { uiSlices, yieldToUi } from '../port/yield-to-ui';

export interface EngineRun {
  output: CheckOutput;
  /** The cell marks of this check's findings, made where its whole answer is kept. */
  marks(): Promise<CellMark[]>;
}

export interface PaneEngine {
  /** Runs the engine over the grids; `onPhase` is told as each stage starts. */
  check(grids: WorkbookGrids, options: AnalyzeOptions, onPhase?: (phase: EnginePhase) => void): Promise<EngineRun>;
}

/** What the pane needs of a Worker (a test passes a Node worker_threads stand-in). */
export interface WorkerLike {
  postMessage(message: ToEngine): void;
  addEventListener(type: 'message', listener: (event: { data: FromEngine }) => void): void;
  addEventListener(type: 'error', listener: (event: unknown) => void): void;
}

/** The worker could not be started at all (its script refused or missing): the caller runs the check itself. */
export class WorkerUnavailable extends Error {}

interface Pending {
  onPhase?: (phase: EnginePhase) => void;
  resolve: (m: FromEngine) => void;
  reject: (e: Error) => void;
}

export function workerEngine(worker: WorkerLike): PaneEngine {
  let nextJob = 1;
  let answered = false;
  /** The worker failed: it may be gone, and a message to it would never be answered. */
  let broken = false;
  const pending = new Map<number, Pending>();

  worker.addEventListener('message', ({ data }) => {
    answered = true;
    const p = pending.get(data.job);
    if (!p) return;
    if (data.type === 'phase') {
      p.onPhase?.(data.phase);
      return;
    }
    pending.delete(data.job);
    if (data.type === 'failed') p.reject(new Error(data.message));
    else p.resolve(data);
  });
  worker.addEventListener('error', () => {
    // Before any answer, an error means the script never ran; later, the worker died mid-check.
    // Either way it is not asked again: the next check runs elsewhere (see fallbackEngine).
    broken = true;
    const error = answered ? new Error('校核过程意外中断，请重新校核。') : new WorkerUnavailable('engine worker unavailable');
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  });

  const request = (job: number, onPhase?: (phase: EnginePhase) => void) =>
    new Promise<FromEngine>((resolve, reject) => pending.set(job, { onPhase, resolve, reject }));

  return {
    async check(grids, options, onPhase) {
      if (broken) throw new WorkerUnavailable('engine worker failed earlier');
      const job = nextJob++;
      const answer = request(job, onPhase);
      const nextSlice = uiSlices();
      for (const message of checkMessages(job, grids, options)) {
        worker.postMessage(message);
        await nextSlice();
      }
      const done = await answer;
      if (done.type !== 'done') throw new Error('校核结果不完整，请重新校核。');
      return {
        output: done.output,
        marks: async () => {
          if (broken) throw new Error('校核过程意外中断，请重新校核后再标记。');
          const reply = request(job);
          worker.postMessage({ type: 'marks', job });
          const m = await reply;
          return m.type === 'marks' ? m.marks : [];
        },
      };
    },
  };
}

/** The check run in the pane's own thread (no worker): it holds the page while the engine runs. */
export function inThreadEngine(): PaneEngine {
  return {
    async check(grids, options, onPhase) {
      await yieldToUi(); // paint the progress before the engine holds the thread
      const { runCheckJob } = await import(/* webpackChunkName: "engine" */ './check-job');
      const job = runCheckJob(grids, options, onPhase);
      return { output: job.output, marks: async () => job.marks() };
    },
  };
}

/** The worker when it starts; the pane's own thread where there are no workers or it cannot start. */
export function fallbackEngine(startWorker: (() => WorkerLike) | undefined): PaneEngine {
  const local = inThreadEngine();
  let remote: PaneEngine | undefined;
  try {
    remote = startWorker ? workerEngine(startWorker()) : undefined;
  } catch {
    remote = undefined; // the constructor refused (no Worker, or the page's policy forbids it)
  }
  return {
    async check(grids, options, onPhase) {
      if (remote) {
        try {
          return await remote.check(grids, options, onPhase);
        } catch (e) {
          if (!(e instanceof WorkerUnavailable)) throw e;
          remote = undefined;
        }
      }
      return local.check(grids, options, onPhase);
    },
  };
}

let shared: PaneEngine | undefined;

/** The pane's engine, started on the first check and kept for the next ones. */
export function paneEngine(): PaneEngine {
  shared ??= fallbackEngine(
    typeof Worker === 'undefined' ? undefined : () => new Worker(/* webpackChunkName: "engine-worker" */ new URL('./engine.worker.ts', import.meta.url)) as unknown as WorkerLike,
  );
  return shared;
}
