/**
 * The task pane in headless Chromium against a production build (bench/run.ts calls this):
 *   - inside Excel (office.js replaced by a stand-in that answers Office.onReady as Excel does) and
 *     in the browser preview: the scripts the page had fetched when its first button appeared (their
 *     bytes, raw and gzip), and when that was;
 *   - in the preview, a check of the 200-sheet workbook: how long it took, and the longest task that
 *     held the page's main thread meanwhile (Long Tasks API: every task over 50 ms is reported).
 * Each figure is the median of `runs` fresh browser contexts (nothing cached between them).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { serveDir } from '../scripts/start.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** office.js as Excel loads it, reduced to what the pane touches before its first button (see test/e2e/old-webview.test.ts). */
const OFFICE_IN_EXCEL = `window.Office = {
  onReady: function () { return Promise.resolve({ host: 'Excel', platform: 'PC' }); },
  context: { displayLanguage: 'zh-CN', requirements: { isSetSupported: function () { return true; } } }
};`;

export interface ScriptSize {
  path: string;
  bytes: number;
  gzip: number;
}

export interface FirstScreen {
  /** The pane's own scripts fetched before the first button. */
  scripts: ScriptSize[];
  /** office.js and the files it loads (Microsoft's; inside Excel, Office provides them). */
  officeJs: ScriptSize[];
  /** From navigation start to the first button in the DOM (ms), median. */
  firstButtonMs: number;
}

export interface PaneCheck {
  /** Click to the summary shown (ms), median. */
  checkMs: number;
  /** The longest task on the main thread during the check (ms; 0: none over 50 ms), median. */
  longestTaskMs: number;
  /** The same, in the worst of the runs. */
  worstTaskMs: number;
}

export interface PaneFigures {
  excel: FirstScreen;
  preview: FirstScreen;
  check?: PaneCheck;
  runs: number;
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export const totalBytes = (xs: ScriptSize[], key: 'bytes' | 'gzip') => xs.reduce((n, s) => n + s[key], 0);

function sizeOf(dist: string, path: string): ScriptSize {
  const bytes = readFileSync(join(dist, decodeURIComponent(path)));
  return { path, bytes: bytes.length, gzip: gzipSync(bytes).length };
}

/** Keeps, at the first <button>, the resources fetched so far and the time. */
async function watchFirstButton(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('button')) return;
      const w = window as unknown as { __first: { at: number; resources: string[] } };
      w.__first = { at: performance.now(), resources: performance.getEntriesByType('resource').map((e) => e.name) };
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
}

async function firstScreen(browser: Browser, base: string, inExcel: boolean): Promise<{ scripts: string[]; at: number }> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  if (inExcel) await context.route('**/office-js/office.js', (route) => route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: OFFICE_IN_EXCEL }));
  await watchFirstButton(context);
  const page = await context.newPage();
  await page.goto(`${base}/taskpane.html`);
  await page.getByRole('button').first().waitFor({ timeout: 60_000 });
  const first = await page.evaluate(() => (window as unknown as { __first: { at: number; resources: string[] } }).__first);
  await context.close();
  return { scripts: first.resources.filter((u) => u.endsWith('.js')).map((u) => new URL(u).pathname), at: first.at };
}

async function screens(browser: Browser, base: string, dist: string, inExcel: boolean, runs: number): Promise<FirstScreen> {
  const seen: { scripts: string[]; at: number }[] = [];
  for (let i = 0; i < runs; i++) seen.push(await firstScreen(browser, base, inExcel));
  const paths = [...new Set(seen.flatMap((s) => s.scripts))].sort();
  const isOffice = (p: string) => p.includes('/office-js/');
  return {
    scripts: paths.filter((p) => !isOffice(p)).map((p) => sizeOf(dist, p)),
    // Inside Excel the stand-in replaces office.js: its size says nothing.
    officeJs: inExcel ? [] : paths.filter(isOffice).map((p) => sizeOf(dist, p)),
    firstButtonMs: median(seen.map((s) => s.at)),
  };
}

async function oneCheck(browser: Browser, base: string, workbook: string): Promise<{ checkMs: number; longestTaskMs: number }> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page: Page = await context.newPage();
  await page.goto(`${base}/taskpane.html`);
  await page.getByTestId('file-name').filter({ hasText: '示例' }).waitFor({ timeout: 60_000 });
  await page.setInputFiles('[data-testid=open-file]', workbook);
  await page.getByTestId('file-name').filter({ hasText: basename(workbook) }).waitFor({ timeout: 120_000 });
  await page.getByRole('button', { name: '校核工作簿' }).waitFor({ timeout: 60_000 });
  await page.evaluate(() => {
    const w = window as unknown as { __tasks: [number, number][]; __summaryAt?: number };
    w.__tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask' });
    new MutationObserver((_, observer) => {
      if (!document.querySelector('[data-testid=summary]')) return;
      w.__summaryAt = performance.now();
      observer.disconnect();
    }).observe(document.body, { childList: true, subtree: true });
  });
  const clickedAt = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: '校核工作簿' }).click();
  await page.getByTestId('summary').waitFor({ timeout: 300_000 });
  await page.getByRole('status').waitFor({ state: 'detached', timeout: 60_000 });
  // Long-task entries are delivered after the task: give the observer one more turn.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
  const { tasks, summaryAt } = await page.evaluate(() => {
    const w = window as unknown as { __tasks: [number, number][]; __summaryAt: number };
    return { tasks: w.__tasks, summaryAt: w.__summaryAt };
  });
  await context.close();
  const during = tasks.filter(([start]) => start >= clickedAt && start <= summaryAt);
  return { checkMs: summaryAt - clickedAt, longestTaskMs: Math.max(0, ...during.map(([, d]) => d)) };
}

/** Measures a built pane (its dist folder); `checkWorkbook` is opened in the preview and checked. */
export async function measurePane(dist: string, runs: number, checkWorkbook?: string): Promise<PaneFigures> {
  const server = await serveDir(dist, { port: 0, host: 'localhost' });
  const base = `http://localhost:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  try {
    const excel = await screens(browser, base, dist, true, runs);
    const preview = await screens(browser, base, dist, false, runs);
    let check: PaneCheck | undefined;
    if (checkWorkbook) {
      const checks = [];
      for (let i = 0; i < runs; i++) checks.push(await oneCheck(browser, base, checkWorkbook));
      const longest = checks.map((c) => c.longestTaskMs);
      check = { checkMs: median(checks.map((c) => c.checkMs)), longestTaskMs: median(longest), worstTaskMs: Math.max(...longest) };
    }
    return { excel, preview, check, runs };
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

/** The production build of the pane (the project's webpack config), into outDir. */
export async function buildPane(root: string, outDir: string): Promise<void> {
  const require = createRequire(__filename);
  const webpack = require('webpack');
  const config = require(join(root, 'webpack.config.js'))({ OUT_DIR: outDir }, { mode: 'production' });
  config.context = root;
  await new Promise<void>((resolve, reject) =>
    webpack(config, (err: Error | null, stats: { hasErrors(): boolean; toString(o: object): string }) =>
      err || stats.hasErrors() ? reject(err ?? new Error(stats.toString({ all: false, errors: true }))) : resolve(),
    ),
  );
}
