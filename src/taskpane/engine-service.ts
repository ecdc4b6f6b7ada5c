/**
 * The engine worker's side of the protocol: it puts the grids of a check together, runs the
 * engine, reports each phase as it starts, sends the pane its view of the answer, and keeps the
 * whole answer of the last check for the marks. Errors go back as messages; nothing is thrown at
 * the worker's global scope.
 */
import { runCheckJob, type CheckJob } from './check-job';
import { GridsAssembly, type FromEngine, type ToEngine } from './engine-protocol';

/** What a dedicated worker's global scope offers (and what a test's stand-in provides). */
export interface EngineScope {
  postMessage(message: FromEngine): void;
  addEventListener(type: 'message', listener: (event: { data: ToEngine }) => void): void;
}

function errorText(e: unknown): string {
  return e instanceof Error && e.message ? e.message : String(e);
}

export function serveEngine(scope: EngineScope): void {
  let assembly: GridsAssembly | undefined;
  let last: { job: number; check: CheckJob } | undefined;

  const handle = (m: ToEngine): void => {
    switch (m.type) {
      case 'begin':
        assembly = new GridsAssembly(m.job, m.name);
        return;
      case 'sheet':
        if (assembly?.job === m.job) assembly.addSheet(m.sheet);
        return;
      case 'rows':
        if (assembly?.job === m.job) assembly.addRows(m.rows);
        return;
      case 'check': {
        if (assembly?.job !== m.job) throw new Error('校核数据不完整，请重新校核。');
        const grids = assembly.result();
        assembly = undefined;
        last = undefined; // the previous answer is no longer shown: let it go before the next one is built
        const check = runCheckJob(grids, m.options, (phase) => scope.postMessage({ type: 'phase', job: m.job, phase }));
        last = { job: m.job, check };
        scope.postMessage({ type: 'done', job: m.job, output: check.output });
        return;
      }
      case 'marks':
        if (last?.job !== m.job) throw new Error('校核结果已过期，请重新校核后再标记。');
        scope.postMessage({ type: 'marks', job: m.job, marks: last.check.marks() });
        return;
    }
  };

  scope.addEventListener('message', (event) => {
    try {
      handle(event.data);
    } catch (e) {
      scope.postMessage({ type: 'failed', job: event.data.job, message: errorText(e) });
    }
  });
}
