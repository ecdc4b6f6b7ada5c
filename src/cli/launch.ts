/**
 * The package's `bin` (bundled by scripts/cli-bundle.mjs next to the command line's chunks): runs
 * the command line through V8's code cache, or through Node's own loader when the cache is turned off.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { commandOf, NO_CODE_CACHE_ENV, runWithCodeCache } from './code-cache';

/** The bundle's package version and hash, set when it is bundled. */
declare const BUDGET_CHECK_BUILD: string;

const entry = join(__dirname, 'cli.cjs');
if (process.env[NO_CODE_CACHE_ENV]) createRequire(__filename)(entry);
else runWithCodeCache(entry, { build: BUDGET_CHECK_BUILD, variant: commandOf(process.argv.slice(2)) });
