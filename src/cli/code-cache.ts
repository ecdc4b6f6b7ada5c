/**
 * Runs the command line's CommonJS bundle through V8's code cache (Node's `vm.Script` with
 * `cachedData`, and `script.createCachedData()` when the process exits: docs/performance.md, *The
 * code cache*). Made after the run, the cache holds every function the run compiled, not only the
 * ones V8 compiles eagerly, so the next run of the same command neither parses nor compiles them.
 *
 * The cache is an aid, never a condition: a cache that cannot be read, is corrupt, belongs to
 * another build or Node, or cannot be written is ignored and the bundle runs as it would without it.
 */
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir, userInfo } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { Script } from 'node:vm';

/** Set (to anything but empty) to run without the code cache: see the README. */
export const NO_CODE_CACHE_ENV = 'BUDGET_CHECK_NO_CODE_CACHE';

export interface CodeCacheOptions {
  /** Names the build (package version, bundle hash): a cache made by another build is never read. */
  build: string;
  /** What the run does (the command): runs of different commands compile different functions. */
  variant: string;
  /** The cache folder; by default the user's own folder under the system's temporary folder. */
  dir?: string;
}

// A cache file is MAGIC, the SHA-1 of the payload, then V8's payload: V8 checks that a cache fits
// the source's length, its own version and flags, but not (in release builds) that its bytes are intact.
const MAGIC = Buffer.from('budget-check code cache 1\n');
const DIGEST_BYTES = 20;

function digest(bytes: Buffer): Buffer {
  return createHash('sha1').update(bytes).digest();
}

/** The payload of a cache file, or undefined when it is missing, truncated or altered. */
export function readCodeCache(file: string): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const start = MAGIC.length + DIGEST_BYTES;
  if (bytes.length <= start || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const payload = bytes.subarray(start);
  return digest(payload).equals(bytes.subarray(MAGIC.length, start)) ? payload : undefined;
}

/** Writes a cache file whole or not at all (a temporary file renamed over it); false if it could not. */
export function writeCodeCache(file: string, payload: Buffer): boolean {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, Buffer.concat([MAGIC, digest(payload), payload]));
    renameSync(temporary, file);
    return true;
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // nothing written, nothing to remove
    }
    return false;
  }
}

/**
 * The user's own cache folder under the temporary folder, made if missing; undefined when it is not
 * a folder of this user's that no one else may write to (another user's cache could run its code).
 */
export function userCacheDir(): string | undefined {
  try {
    const uid = process.getuid?.();
    const dir = join(tmpdir(), `budget-check-cache-${uid ?? userInfo().username}`);
    try {
      mkdirSync(dir, { mode: 0o700 });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return undefined;
    }
    const stat = lstatSync(dir);
    if (!stat.isDirectory()) return undefined;
    if (uid !== undefined && (stat.uid !== uid || (stat.mode & 0o022) !== 0)) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

/** The command a run names (`check`, `fill`, …), which decides the functions it compiles: its cache's variant. */
export function commandOf(args: readonly string[]): string {
  const first = args.find((a) => !a.startsWith('-'));
  return first !== undefined && /^[a-z]{1,16}$/.test(first) ? first : 'other';
}

const fileNamePart = (part: string) => part.replace(/[^\w.-]/g, '_');

/** The cache file of one bundle file. */
export function codeCacheFile(dir: string, options: CodeCacheOptions, file: string): string {
  const name = fileNamePart([options.build, process.version, process.arch, options.variant, basename(file)].join('-'));
  return join(dir, `budget-check-${name}.cache`);
}

/**
 * Removes the cache files other builds left in the folder (an upgrade leaves its predecessor's,
 * a few MB per command, that no run of this build can read). Files of this build, and files that
 * are not cache files, are left alone.
 */
export function pruneOtherBuilds(dir: string, build: string): void {
  const ours = `budget-check-${fileNamePart(build)}-`;
  try {
    for (const name of readdirSync(dir)) {
      if (/^budget-check-.*\.cache(\.\d+\.tmp)?$/.test(name) && !name.startsWith(ours)) rmSync(join(dir, name), { force: true });
    }
  } catch {
    // a folder that cannot be listed or emptied costs only disk space
  }
}

interface LoadedModule {
  exports: unknown;
}

/**
 * Runs `entry`, a CommonJS file, and the CommonJS files next to it that it requires (`./name.cjs`,
 * the bundle's chunks), each compiled with its cache; other requires go to Node. A file whose cache
 * was missing or rejected gets a new one when the process exits.
 */
export function runWithCodeCache(entry: string, options: CodeCacheOptions): unknown {
  const dir = options.dir ?? userCacheDir();
  const loaded = new Map<string, LoadedModule>();
  const toWrite: { file: string; script: Script }[] = [];

  const load = (file: string): unknown => {
    const known = loaded.get(file);
    if (known) return known.exports;
    const cacheFile = dir === undefined ? undefined : codeCacheFile(dir, options, file);
    const cachedData = cacheFile === undefined ? undefined : readCodeCache(cacheFile);
    // The wrapper Node puts around a CommonJS file, on the file's first line: line numbers unchanged.
    const source = `(function (exports, require, module, __filename, __dirname) { ${readFileSync(file, 'utf8')}\n});`;
    const script = new Script(source, { filename: file, cachedData });
    if (cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected)) toWrite.push({ file: cacheFile, script });
    const module: LoadedModule = { exports: {} };
    loaded.set(file, module);
    const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: LoadedModule, filename: string, dirname: string) => void;
    wrapper.call(module.exports, module.exports, requireFrom(file), module, file, dirname(file));
    return module.exports;
  };

  const requireFrom = (file: string): NodeJS.Require => {
    const nodeRequire = createRequire(file);
    const bundleRequire = (id: string): unknown => (/^\.\/[\w.-]+\.cjs$/.test(id) ? load(resolve(dirname(file), id)) : nodeRequire(id));
    return Object.assign(bundleRequire, { resolve: nodeRequire.resolve, cache: nodeRequire.cache, main: nodeRequire.main, extensions: nodeRequire.extensions });
  };

  process.once('exit', () => {
    if (dir !== undefined && toWrite.length > 0) pruneOtherBuilds(dir, options.build);
    for (const { file, script } of toWrite) {
      try {
        writeCodeCache(file, script.createCachedData());
      } catch {
        // the next run compiles again
      }
    }
  });
  return load(resolve(entry));
}
