/**
 * The command line's code cache (src/cli/code-cache.ts): an aid that never changes what a run
 * prints, whatever state the cache is in, and never points an error at other lines.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { codeCacheFile, commandOf, NO_CODE_CACHE_ENV, pruneOtherBuilds, readCodeCache, writeCodeCache } from '../src/cli/code-cache';
import { runCli } from './fixtures/catalog/cli';

const WORKBOOK = join(__dirname, 'corpus/tables/workbooks/shiquan-2025.xlsx');

/** The cache files in a run's temporary folder (the user's cache folder is made under it). */
function cacheFiles(tmp: string): string[] {
  const dirs = readdirSync(tmp).filter((d) => d.startsWith('budget-check-cache-'));
  return dirs.flatMap((d) => readdirSync(join(tmp, d)).map((f) => join(tmp, d, f)));
}

const checkIn = (tmp: string, env: Record<string, string> = {}) => runCli(['check', WORKBOOK, '--json'], { TMPDIR: tmp, ...env });

describe('the cache file', () => {
  it('gives back what was written, and nothing once any byte of it changed or it was cut short', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bc-cache-file-'));
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 200 }), fc.nat(), fc.integer({ min: 1, max: 255 }), (payload, at, flip) => {
        const file = join(dir, 'x.cache');
        expect(writeCodeCache(file, Buffer.from(payload))).toBe(true);
        const bytes = readFileSync(file);
        expect(readCodeCache(file)?.equals(Buffer.from(payload))).toBe(true);
        const altered = Buffer.from(bytes);
        altered[at % bytes.length] ^= flip;
        writeFileSync(file, altered);
        expect(readCodeCache(file)).toBeUndefined();
        writeFileSync(file, bytes.subarray(0, at % bytes.length));
        expect(readCodeCache(file)).toBeUndefined();
      }),
    );
  });

  it('is not written, and nothing is thrown, where the folder cannot be written', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'bc-cache-file-')), 'not-a-folder');
    writeFileSync(dir, 'a file');
    expect(writeCodeCache(join(dir, 'x.cache'), Buffer.from('payload'))).toBe(false);
    expect(readCodeCache(join(dir, 'x.cache'))).toBeUndefined();
  });
});

describe('pruneOtherBuilds', () => {
  it("removes only other builds' cache files: this build's, and files that are no cache, stay", () => {
    const dir = mkdtempSync(join(tmpdir(), 'bc-cache-prune-'));
    const ours = codeCacheFile(dir, { build: '0.2.0-feedface', variant: 'check' }, '/x/cli.cjs');
    const older = codeCacheFile(dir, { build: '0.1.0-deadbeef', variant: 'check' }, '/x/cli.cjs');
    const olderHalfWritten = `${codeCacheFile(dir, { build: '0.1.0-deadbeef', variant: 'fill' }, '/x/cli.cjs')}.4242.tmp`;
    for (const f of [ours, older, olderHalfWritten, join(dir, 'notes.txt'), join(dir, 'budget-check-report.xlsx')]) writeFileSync(f, 'x');
    pruneOtherBuilds(dir, '0.2.0-feedface');
    expect(readdirSync(dir).sort()).toEqual(['budget-check-report.xlsx', ours.slice(dir.length + 1), 'notes.txt'].sort());
  });

  it('throws nothing for a folder that is gone', () => {
    expect(() => pruneOtherBuilds(join(tmpdir(), 'bc-cache-prune-none', 'gone'), 'b')).not.toThrow();
  });
});

describe('commandOf', () => {
  it('names the command, or "other" for help and anything not a command word', () => {
    expect(commandOf(['check', 'a.xlsx', '--json'])).toBe('check');
    expect(commandOf(['--help'])).toBe('other');
    expect(commandOf(['a.xlsx'])).toBe('other');
    expect(commandOf([])).toBe('other');
  });
});

describe('budget-check through its code cache', () => {
  it('prints the same with no cache, with the cache it left, and with the cache turned off', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'bc-code-cache-'));
    const first = await checkIn(tmp);
    expect(first.status === 0 || first.status === 1).toBe(true);
    const files = cacheFiles(tmp);
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((f) => readCodeCache(f) !== undefined)).toBe(true);
    const second = await checkIn(tmp);
    const off = await checkIn(mkdtempSync(join(tmpdir(), 'bc-code-cache-')), { [NO_CODE_CACHE_ENV]: '1' });
    for (const run of [second, off]) expect(run).toEqual(first);
  });

  it('prints the same over a corrupt cache, and replaces it', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'bc-code-cache-'));
    const first = await checkIn(tmp);
    const files = cacheFiles(tmp);
    files.forEach((f, i) => {
      const bytes = readFileSync(f);
      // garbage, a cut, one byte changed inside V8's payload
      if (i % 3 === 0) writeFileSync(f, 'not a cache');
      else if (i % 3 === 1) writeFileSync(f, bytes.subarray(0, bytes.length >> 1));
      else writeFileSync(f, Buffer.from(bytes.map((b, j) => (j === bytes.length - 100 ? b ^ 0xff : b))));
    });
    expect(await checkIn(tmp)).toEqual(first);
    expect(files.every((f) => readCodeCache(f) !== undefined)).toBe(true);
  });

  it('prints the same when its folder cannot be made or written, or is open to other users (and then does not use it)', async () => {
    const noFolder = mkdtempSync(join(tmpdir(), 'bc-code-cache-'));
    const first = await checkIn(noFolder);
    // the cache folder's name taken by a file: no folder can be made there
    const blocked = mkdtempSync(join(tmpdir(), 'bc-code-cache-'));
    writeFileSync(join(blocked, `budget-check-cache-${process.getuid?.() ?? 'x'}`), 'a file');
    expect(await checkIn(blocked)).toEqual(first);
    // a read-only folder (root may still write into it: then the run only finds a cache)
    const readOnly = mkdtempSync(join(tmpdir(), 'bc-code-cache-'));
    mkdirSync(join(readOnly, `budget-check-cache-${process.getuid?.() ?? 'x'}`), { mode: 0o500 });
    expect(await checkIn(readOnly)).toEqual(first);
    if (process.platform !== 'win32') {
      const open = mkdtempSync(join(tmpdir(), 'bc-code-cache-'));
      const folder = join(open, `budget-check-cache-${process.getuid!()}`);
      mkdirSync(folder);
      chmodSync(folder, 0o777);
      expect(await checkIn(open)).toEqual(first);
      expect(readdirSync(folder)).toEqual([]);
    }
  });

  it('points a thrown error at the same file, line and column with and without the cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bc-code-cache-stack-'));
    const loader = join(dir, 'with-code-cache.cjs');
    await build({ entryPoints: [join(__dirname, '../bench/with-code-cache.ts')], outfile: loader, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'error' });
    const main = join(dir, 'main.cjs');
    writeFileSync(join(dir, 'part.cjs'), "'use strict';\n\nexports.fail = function fail(what) {\n  const message = 'failed: ' + what;\n    throw new Error(message);\n};\n");
    writeFileSync(main, "const { fail } = require('./part.cjs');\nfunction run() {\n  return fail('x');\n}\nrun();\n");
    const stackOf = (args: string[]) => {
      const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, BENCH_CODE_CACHE_DIR: join(dir, 'cache') } });
      expect(r.status).not.toBe(0);
      return r.stderr.split('\n').filter((l) => /\.cjs:\d+:\d+/.test(l) && !l.includes('with-code-cache'));
    };
    mkdirSync(join(dir, 'cache'));
    const plain = stackOf([main]);
    expect(plain[0]).toContain('part.cjs:5:11');
    const noCache = stackOf([loader, main]);
    expect(readdirSync(join(dir, 'cache')).length).toBe(2);
    const cached = stackOf([loader, main]);
    for (const stack of [noCache, cached]) {
      expect(stack[0]).toBe(plain[0]);
      expect(stack).toContain(plain.find((l) => l.includes('main.cjs:3:10')));
    }
  });
});
