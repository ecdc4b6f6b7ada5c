// Bundles the command line (src/cli/main.ts) into one CommonJS file for the package `bin`.
// Runs on `npm install` (prepare) so `npx budget-check` works from a fresh clone.
import { build } from 'esbuild';
import { chmodSync, mkdirSync } from 'node:fs';

mkdirSync('bin', { recursive: true });
await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'bin/budget-check.cjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
  legalComments: 'none',
});
// `npx budget-check` runs this file directly: it must be executable (npm links bins, and sets
// their mode, before `prepare` has written it).
chmodSync('bin/budget-check.cjs', 0o755);
