/** budget-check mark — see DESIGN §6. */
import type { Command } from 'commander';

export function registerMarkCommand(_program: Command): void {
  // implemented in its issue
}
