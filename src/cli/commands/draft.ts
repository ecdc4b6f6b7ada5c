/** budget-check draft — see DESIGN §6. */
import type { Command } from 'commander';

export function registerDraftCommand(_program: Command): void {
  // implemented in its issue
}
