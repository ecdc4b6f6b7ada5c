/**
 * Long lists rendered a step at a time. React commits a render in one task (only a transition's
 * render phase yields), and in that task every Fluent component inserts its styles and tabster walks
 * the nodes added: the 860 lines of the ledger of a 200-sheet workbook, each with a badge, held the
 * pane's main thread for 90–140 ms in one commit (docs/performance.md, "The pane's long tasks").
 * Rendered `step` items per commit, each task is a fraction of that and input gets in between.
 */
import * as React from 'react';

/**
 * How many of `total` items to render now: `step` at first, then `step` more after each commit (in a
 * transition, so input comes first) until all are. It starts again at `step` when `source` (the
 * list's origin: a check's result) changes; `active` false holds it where it is.
 */
export function useStepwiseCount(total: number, step: number, source: unknown, active = true): number {
  const [state, setState] = React.useState({ source, count: step });
  let count = state.count;
  if (state.source !== source) {
    // A new list: adjusting state while rendering (React's documented pattern) avoids a commit of the whole new list.
    count = step;
    setState({ source, count });
  }
  const more = active && count < total;
  React.useEffect(() => {
    if (!more) return;
    React.startTransition(() => setState((s) => (s.source === source ? { source, count: s.count + step } : s)));
  }, [more, count, step, source]);
  return Math.min(count, total);
}
