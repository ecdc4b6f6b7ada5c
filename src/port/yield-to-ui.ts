/**
 * Work done in slices so the page keeps painting and answering: shared by the pane (while it posts
 * grids to the engine worker) and the preview's port (while it reads grids), so neither host
 * imports the pane for it.
 */

/** The longest the page is held by one slice of work before it may paint (ms). */
const SLICE_MS = 25;

/** Lets the browser paint and handle input before the next slice of work. */
export function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A slice clock: each call lets the browser in when the work since the last time it did has held the
 * page longer than SLICE_MS, and returns at once otherwise.
 */
export function uiSlices(): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since <= SLICE_MS) return;
    await yieldToUi();
    since = performance.now();
  };
}
