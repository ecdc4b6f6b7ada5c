/**
 * What the production build copies must arrive as it was written:
 *   - compat-guard.js parses as ES5 (it has to run in Internet Explorer 11) and is the first script
 *     of the built taskpane.html;
 *   - a production webpack run (the project's own config, minifier on) copies office.js, its host
 *     scripts and strings and the two guard scripts byte for byte. The pane's own entries are
 *     replaced by one-line modules so the run takes seconds; what is under test is the copying.
 * The full build was also checked by hand (see README, "Hosting dist/").
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'acorn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');
const require = createRequire(__filename);
const GUARD = readFileSync(join(ROOT, 'src/taskpane/compat-guard.js'), 'utf8');

describe('compat-guard.js', () => {
  it('parses as ES5', () => {
    expect(() => parse(GUARD, { ecmaVersion: 5 })).not.toThrow();
    // The parser does refuse later syntax at this setting.
    expect(() => parse('const a = () => a ?? 1;', { ecmaVersion: 5 })).toThrow();
  });

});

describe('production build: static files copied byte for byte', () => {
  let out: string;
  let copied: [string, string][];

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'static-'));
    const stub = join(out, 'stub.js');
    writeFileSync(stub, 'export const x = 1;\n');
    const webpack = require('webpack');
    const config = require(join(ROOT, 'webpack.config.js'))({ OUT_DIR: join(out, 'dist') }, { mode: 'production' });
    config.entry = { taskpane: stub, commands: stub };
    copied = config.plugins.find((p: { files?: unknown }) => typeof p.files === 'function').files();
    const stats = await new Promise<{ hasErrors(): boolean; toString(o: object): string }>((resolve, reject) =>
      webpack(config, (err: Error | null, s: { hasErrors(): boolean; toString(o: object): string }) => (err ? reject(err) : resolve(s))),
    );
    expect(stats.hasErrors(), stats.toString({ all: false, errors: true })).toBe(false);
    expect(config.optimization?.minimize).not.toBe(false); // the minifier did run
  }, 180_000);

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('office.js, every Excel host script and string file, and the guards are identical to their sources', () => {
    const officeJs = copied.filter(([, to]) => to.startsWith('office-js/'));
    expect(officeJs.length).toBeGreaterThan(100);
    const differing = copied
      .filter(([, to]) => to.endsWith('.js'))
      .filter(([from, to]) => !readFileSync(from).equals(readFileSync(join(out, 'dist', to))))
      .map(([, to]) => to);
    expect(differing).toEqual([]);
    expect(readFileSync(join(out, 'dist', 'compat-guard.js'), 'utf8')).toBe(GUARD);
  });

  it('the built pane runs compat-guard.js first, before office.js and the pane itself', () => {
    const html = readFileSync(join(out, 'dist', 'taskpane.html'), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*\bsrc="?([^" >]+)/g)].map((m) => m[1]);
    expect(scripts).toEqual(['compat-guard.js', 'history-guard.js', 'office-js/office.js', 'taskpane.js']);
  });

  it('the stub entry itself was minified (so the check above is not vacuous)', () => {
    expect(readFileSync(join(out, 'dist', 'taskpane.js'), 'utf8')).not.toContain('export const x');
  });
});

describe('build options', () => {
  const config = (env: Record<string, string>) => require(join(ROOT, 'webpack.config.js'))(env, { mode: 'production' });
  const pageOptions = (env: Record<string, string>) =>
    config(env).plugins.filter((p: { userOptions?: { filename?: string } }) => p.userOptions?.filename === 'taskpane.html')[0].userOptions;

  it('refuses an ADDIN_URL that is not https', () => {
    expect(() => config({ ADDIN_URL: 'http://intranet.example.gov.cn/budget' })).toThrow(/https/);
    expect(() => config({ ADDIN_URL: 'https://intranet.example.gov.cn/budget' })).not.toThrow();
  });

  it('OFFICE_JS=cdn-china loads office.js from the 21Vianet CDN and allows only that origin', () => {
    expect(pageOptions({ OFFICE_JS: 'cdn-china' })).toMatchObject({
      officeJsUrl: 'https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js',
      officeJsOrigin: ' https://appsforoffice.cdn.partner.office365.cn',
    });
    expect(() => config({ OFFICE_JS: 'cdn-usa' })).toThrow(/OFFICE_JS/);
  });
});
