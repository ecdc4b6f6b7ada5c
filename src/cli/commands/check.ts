/** budget-check check — see DESIGN §6. */
import type { Command } from 'commander';

export function registerCheckCommand(_program: Command): void {
  // implemented in its issue
}
