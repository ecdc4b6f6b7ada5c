// The command line's bundle: src/cli/main.ts split into chunks, so that a command
// loads ExcelJS (and the .docx reader and writer) only when it reads or writes such a file:
// `--help` starts without parsing them, and `check` on a large sheet does not carry code it never
// runs (docs/performance.md). Used by build-cli.mjs (the package `bin`) and by the tests, which
// bundle the same way into a folder of their own.
import { build, transform } from 'esbuild';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The entry file in the output folder: what `bin` names and what a test runs (npm and npx caches
 * link to this name). It is src/cli/launch.ts, which runs cli.cjs through V8's code cache.
 */
export const CLI_ENTRY = 'budget-check.cjs';

const PACKAGE_VERSION = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

/**
 * Bundles the command line into `outdir` (earlier bundles there are removed first); returns the
 * entry's path. esbuild splits only ES modules: the chunks are split as such, then each is turned into
 * CommonJS, which V8's code cache can hold (`vm.Script`; docs/performance.md, *The code cache*); an
 * `import()` of a chunk becomes a `require` of it when first needed, as before.
 */
export async function bundleCli(outdir, { logLevel = 'warning' } = {}) {
  mkdirSync(outdir, { recursive: true });
  for (const f of readdirSync(outdir)) if (f.endsWith('.mjs') || f.endsWith('.cjs')) rmSync(join(outdir, f));
  const { outputFiles } = await build({
    entryPoints: { cli: fileURLToPath(new URL('../src/cli/main.ts', import.meta.url)) },
    outdir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    splitting: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel,
    legalComments: 'none',
    write: false,
  });
  const hash = createHash('sha256');
  for (const out of outputFiles.sort((a, b) => a.path.localeCompare(b.path))) {
    // Strict, as the ES module it was: the code runs under the same rules as before.
    const { code } = await transform(out.text, { format: 'cjs', loader: 'js', platform: 'node', target: 'node20', supported: { 'dynamic-import': false }, banner: '"use strict";' });
    writeFileSync(out.path, code);
    hash.update(basename(out.path)).update('\0').update(code);
  }
  const entry = join(outdir, CLI_ENTRY);
  await build({
    entryPoints: [fileURLToPath(new URL('../src/cli/launch.ts', import.meta.url))],
    outfile: entry,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
    define: { BUDGET_CHECK_BUILD: JSON.stringify(`${PACKAGE_VERSION}-${hash.digest('hex').slice(0, 16)}`) },
    logLevel,
    legalComments: 'none',
  });
  // `npx budget-check` runs this file directly: it must be executable (npm links bins, and sets
  // their mode, before `prepare` has written it).
  chmodSync(entry, 0o755);
  return entry;
}
