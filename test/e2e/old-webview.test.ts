/**
 * The production taskpane.html in an old Office webview: opened in headless Chromium with the user
 * agent of Internet Explorer 11 (Trident) or Microsoft Edge Legacy (EdgeHTML), the page shows only
 * the Chinese message of compat-guard.js — the pane never starts — while a current user agent gets
 * the pane. Chromium runs the ES2022 bundle that IE11 could not even parse, so this checks the harder
 * case: the bundle runs and still must not draw over the message.
 *
 * The same production build, inside Excel: webpack's own account of the build shows that the
 * scripts starting the pane hold no ExcelJS, .docx writer, preview, catalog or engine, and the page
 * (office.js replaced by a stand-in that answers as Excel's does) shows its first button having
 * fetched only those scripts (the rest comes when first used, the engine in its worker).
 *
 * The page is what `npm run build` makes (the project's webpack config in production mode, about a
 * minute now that office.js is copied, not re-minified); PANE_DIST=path/to/dist checks an existing
 * build instead.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { serveDir } from '../../scripts/start.mjs';
import { recordFirstButton, scriptsBeforeFirstButton } from './first-button';

const ROOT = join(__dirname, '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const require = createRequire(__filename);

const USER_AGENTS = {
  'Internet Explorer 11 (Trident)': 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko',
  'Edge Legacy (EdgeHTML)':
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045',
};
const WEBVIEW2 =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91';

let work: string | undefined;
let server: Server;
let browser: Browser;
let base: string;
let build: BuildContents | undefined;

interface WebpackModule {
  resource?: string;
  modules?: Iterable<WebpackModule>; // a concatenated module's parts
}
interface WebpackCompilation {
  chunks: Iterable<{ files: Iterable<string> }>;
  chunkGraph: { getChunkModulesIterable(chunk: unknown): Iterable<WebpackModule> };
  entrypoints: Map<string, { chunks: { files: Iterable<string> }[] }>;
}
interface WebpackStats {
  hasErrors(): boolean;
  toString(o: object): string;
  compilation: WebpackCompilation;
}

/** What webpack put in each emitted script (its modules' source files), and the scripts that start each entry. */
interface BuildContents {
  files: Map<string, string[]>;
  entries: Map<string, string[]>;
}

function contentsOf(compilation: WebpackCompilation): BuildContents {
  const files = new Map<string, string[]>();
  for (const chunk of compilation.chunks) {
    const sources: string[] = [];
    for (const m of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
      for (const part of m.modules ? [...m.modules] : [m]) if (part.resource) sources.push(relative(ROOT, part.resource));
    }
    for (const f of chunk.files) files.set(f, sources);
  }
  const entries = new Map([...compilation.entrypoints].map(([name, e]): [string, string[]] => [name, e.chunks.flatMap((c) => [...c.files])]));
  return { files, entries };
}

async function productionBuild(outDir: string): Promise<BuildContents> {
  const webpack = require('webpack');
  const config = require(join(ROOT, 'webpack.config.js'))({ OUT_DIR: outDir }, { mode: 'production' });
  config.context = ROOT;
  return new Promise<BuildContents>((resolve, reject) =>
    webpack(config, (err: Error | null, stats: WebpackStats) =>
      err || stats.hasErrors() ? reject(err ?? new Error(stats.toString({ all: false, errors: true }))) : resolve(contentsOf(stats.compilation)),
    ),
  );
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`找不到 Chromium（${CHROMIUM}）：请先运行 apt-get install chromium，或用 CHROMIUM_PATH 指定。`);
  let dist = process.env.PANE_DIST;
  if (!dist) {
    work = mkdtempSync(join(tmpdir(), 'budget-old-webview-'));
    dist = join(work, 'dist');
    build = await productionBuild(dist);
  }
  server = await serveDir(dist, { port: 0, host: 'localhost' });
  base = `http://localhost:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the production taskpane.html in old webviews', () => {
  for (const [name, userAgent] of Object.entries(USER_AGENTS)) {
    it(`${name}: only the Chinese message, naming the Excel versions that work and what to use instead`, async () => {
      const context = await browser.newContext({ userAgent, locale: 'zh-CN' });
      const page = await context.newPage();
      await page.goto(`${base}/taskpane.html`, { waitUntil: 'load' });
      const message = page.locator('#unsupported');
      await expect.poll(() => message.isVisible()).toBe(true);
      const text = await message.innerText();
      expect(text).toContain('此版本的 Excel 无法运行预算表校核助手');
      expect(text).toMatch(/Office 2021、Office 2024/);
      expect(text).toMatch(/Microsoft 365/);
      expect(text).toContain(`${base}/taskpane.html`); // the browser page
      expect(text).toContain('budget-check check'); // the command line
      // The bundle ran (Chromium can) but started nothing: the body holds the message alone.
      expect(await page.evaluate(() => [...document.body.children].map((c) => c.id))).toEqual(['unsupported']);
      expect(await page.evaluate(() => (window as { __paneUnsupported?: boolean }).__paneUnsupported)).toBe(true);
      expect(await page.locator('[role=tab], aside, button').count()).toBe(0);
      await context.close();
    });
  }

  it('a current webview (WebView2) gets the pane, not the message', async () => {
    const context = await browser.newContext({ userAgent: WEBVIEW2, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${base}/taskpane.html`, { waitUntil: 'load' });
    await expect.poll(() => page.locator('aside').isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await page.locator('#unsupported').count()).toBe(0);
    await context.close();
  });
});

/**
 * office.js as Excel loads it, reduced to what the pane touches before its first button:
 * Office.onReady resolves with the host and platform
 * (https://learn.microsoft.com/javascript/api/office#office-office-onready-function(1)), and
 * Office.context.displayLanguage is the UI language
 * (https://learn.microsoft.com/javascript/api/office/office.context#office-office-context-displaylanguage-member).
 */
const OFFICE_IN_EXCEL = `window.Office = {
  onReady: function () { return Promise.resolve({ host: 'Excel', platform: 'PC' }); },
  context: { displayLanguage: 'zh-CN', requirements: { isSetSupported: function () { return true; } } }
};`;

describe('the production pane inside Excel', () => {
  // Checked on the build this file made (PANE_DIST names a build without webpack's account of it).
  it.skipIf(!!process.env.PANE_DIST)('its entry script holds the pane and Fluent UI, and no ExcelJS, docx, preview, engine or catalog', () => {
    const entry = build!.entries.get('taskpane')!;
    expect(entry).toEqual(['taskpane.js']);
    const modules = entry.flatMap((f) => build!.files.get(f)!);
    expect(modules).toContain('src/taskpane/App.tsx');
    expect(modules).toContain('src/excel/officePort.ts');
    expect(modules.some((m) => m.includes('node_modules/@fluentui/'))).toBe(true);
    const heavy = modules.filter((m) => /node_modules\/(exceljs|docx|mammoth|jszip)\/|src\/preview\/(PreviewShell|GridView|exceljsPort)|src\/(xlsx|docx)\/|src\/engine\/(recognize|rules|narrative|catalog)\//.test(m));
    expect(heavy).toEqual([]);
    // The worker's script starts the engine, and holds no ExcelJS or docx either.
    const worker = build!.files.get('engine-worker.js')!;
    expect(worker).toContain('src/taskpane/engine.worker.ts');
    expect(worker.filter((m) => /exceljs|docx/.test(m))).toEqual([]);
    // ExcelJS sits in a script of its own, loaded by the preview and the catalog import only.
    const withExcelJs = [...build!.files].filter(([, ms]) => ms.some((m) => m.includes('node_modules/exceljs/'))).map(([f]) => f);
    expect(withExcelJs).toEqual(['exceljs.js']);
  });

  it('shows its first button having fetched only its entry scripts, and nothing heavier meanwhile', async () => {
    const context = await browser.newContext({ userAgent: WEBVIEW2, locale: 'zh-CN' });
    await context.route('**/office-js/office.js', (route) => route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: OFFICE_IN_EXCEL }));
    await recordFirstButton(context);
    const page = await context.newPage();
    await page.goto(`${base}/taskpane.html`);
    await page.getByRole('button', { name: '校核工作簿' }).waitFor({ timeout: 30_000 });
    expect(await page.locator('aside').count()).toBe(0); // the pane itself, not the preview
    expect((await scriptsBeforeFirstButton(page)).sort()).toEqual(['/compat-guard.js', '/history-guard.js', '/office-js/office.js', '/taskpane.js']);
    const all = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    expect(all.filter((u) => /exceljs|docx|preview|catalog|engine/.test(u))).toEqual([]);
    await context.close();
  });
});
