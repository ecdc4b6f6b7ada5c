/**
 * Runs a bundled CommonJS script (the bench's measuring script) through the command line's loader
 * (src/cli/code-cache.ts), as `budget-check` runs its bundle: `node with-code-cache.cjs SCRIPT ARGS…`.
 * The cache goes to BENCH_CODE_CACHE_DIR, a folder of the bench's own, so that the bench decides
 * which runs find a cache (the first-ever run) and which do not.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runWithCodeCache } from '../src/cli/code-cache';

const script = resolve(process.argv[2]);
const dir = process.env.BENCH_CODE_CACHE_DIR;
if (!dir) throw new Error('BENCH_CODE_CACHE_DIR is not set');
process.argv.splice(1, 1);
const build = createHash('sha256').update(readFileSync(script)).digest('hex').slice(0, 16);
runWithCodeCache(script, { build, variant: 'measure', dir });
