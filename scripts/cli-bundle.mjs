// The command line's bundle: src/cli/main.ts as ES modules split into chunks, so that a command
// loads ExcelJS (and the .docx reader and writer) only when it reads or writes such a file:
// `--help` starts without parsing them, and `check` on a large sheet does not carry code it never
// runs (docs/performance.md). Used by build-cli.mjs (the package `bin`) and by the tests, which
// bundle the same way into a folder of their own.
import { build } from 'esbuild';
import { chmodSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The entry file in the output folder: what `bin` names and what a test runs. It keeps the name the
 * single-file bundle had (npm and npx caches link to it) and only loads the modules: CommonJS may
 * import() an ES module.
 */
export const CLI_ENTRY = 'budget-check.cjs';
const LAUNCHER = `#!/usr/bin/env node\n// The command line is bin/cli.mjs and the chunks it loads when needed (scripts/cli-bundle.mjs).\nimport('./cli.mjs');\n`;

// ExcelJS, commander and others are CommonJS: inside an ES module their require() of Node's own
// modules needs a require function, made here from the module's own URL.
const REQUIRE_SHIM = "import { createRequire as createRequireForCommonJs } from 'node:module';\nconst require = createRequireForCommonJs(import.meta.url);";

/** Bundles the command line into `outdir` (earlier chunks there are removed first); returns the entry's path. */
export async function bundleCli(outdir, { logLevel = 'warning' } = {}) {
  mkdirSync(outdir, { recursive: true });
  for (const f of readdirSync(outdir)) if (f.endsWith('.mjs') || f === CLI_ENTRY) rmSync(join(outdir, f));
  await build({
    entryPoints: { cli: fileURLToPath(new URL('../src/cli/main.ts', import.meta.url)) },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    banner: { js: REQUIRE_SHIM },
    logLevel,
    legalComments: 'none',
  });
  const entry = join(outdir, CLI_ENTRY);
  writeFileSync(entry, LAUNCHER);
  // `npx budget-check` runs this file directly: it must be executable (npm links bins, and sets
  // their mode, before `prepare` has written it).
  chmodSync(entry, 0o755);
  return entry;
}
