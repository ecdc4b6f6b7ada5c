/**
 * Lets the browser paint and handle input before the next slice of work. Shared by the pane (while
 * it posts grids to the engine worker) and the preview's port (while it reads grids), so neither
 * host imports the pane for it.
 */
export function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
