/** budget-check fill — see DESIGN §6. */
import type { Command } from 'commander';

export function registerFillCommand(_program: Command): void {
  // implemented in its issue
}
