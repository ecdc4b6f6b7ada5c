/**
 * The production taskpane.html in an old Office webview: opened in headless Chromium with the user
 * agent of Internet Explorer 11 (Trident) or Microsoft Edge Legacy (EdgeHTML), the page shows only
 * the Chinese message of compat-guard.js — the pane never starts — while a current user agent gets
 * the pane. Chromium runs the ES2022 bundle that IE11 could not even parse, so this checks the harder
 * case: the bundle runs and still must not draw over the message.
 *
 * The page is what `npm run build` makes (the project's webpack config in production mode, about a
 * minute now that office.js is copied, not re-minified); PANE_DIST=path/to/dist checks an existing
 * build instead.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { serveDir } from '../../scripts/start.mjs';

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

async function productionBuild(outDir: string): Promise<void> {
  const webpack = require('webpack');
  const config = require(join(ROOT, 'webpack.config.js'))({ OUT_DIR: outDir }, { mode: 'production' });
  config.context = ROOT;
  await new Promise<void>((resolve, reject) =>
    webpack(config, (err: Error | null, stats: { hasErrors(): boolean; toString(o: object): string }) =>
      err || stats.hasErrors() ? reject(err ?? new Error(stats.toString({ all: false, errors: true }))) : resolve(),
    ),
  );
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`找不到 Chromium（${CHROMIUM}）：请先运行 apt-get install chromium，或用 CHROMIUM_PATH 指定。`);
  let dist = process.env.PANE_DIST;
  if (!dist) {
    work = mkdtempSync(join(tmpdir(), 'budget-old-webview-'));
    dist = join(work, 'dist');
    await productionBuild(dist);
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
