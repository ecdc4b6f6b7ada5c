// Bundles the command line (src/cli/main.ts) into one CommonJS file for the package `bin`.
// Runs on `npm install` (prepare) so `npx budget-check` works from a fresh clone.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';

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
