/** budget-check codes — see DESIGN §6. */
import type { Command } from 'commander';

export function registerCodesCommand(_program: Command): void {
  // implemented in its issue
}
