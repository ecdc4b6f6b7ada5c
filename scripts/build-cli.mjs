// Bundles the command line (src/cli/main.ts) into bin/ for the package `bin`.
// Runs on `npm install` (prepare) so `npx budget-check` works from a fresh clone.
import { bundleCli } from './cli-bundle.mjs';

await bundleCli('bin');
