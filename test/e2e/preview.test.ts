/**
 * End to end: the browser preview in headless Debian Chromium (playwright-core, /usr/bin/chromium —
 * no browser is ever downloaded). Builds the pane once (webpack, development mode: ~25 s instead of
 * several minutes for the minified build), serves it with `npm start`'s own server on a free port,
 * and does what a user does with the bundled sample: check it, click a finding and see the grid
 * jump to the cell, mark, download the marked copy, clear the marks, fill blank 科目名称 and undo,
 * re-check, and open another .xlsx from disk. The engine's own answer (run here in Node on the same
 * file) is what the page must show. Every request the page makes is recorded: none may leave
 * localhost. The shell paints before ExcelJS is fetched, and the check runs in the engine worker.
 * Screenshots of each step: test/e2e/screenshots/ (git-ignored).
 *
 * Nothing here waits for a length of time: after each action the test polls for what the action
 * must show (expect.poll, whose limit is set in vitest.config.mts), so a busy machine only makes it
 * slower, never red.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build, serveDir } from '../../scripts/start.mjs';
import { analyzeWorkbook, problemsOf, type Analysis, type Finding } from '../../src/engine';
import { planNameFill, type NameWrite } from '../../src/engine/catalog';
import { parseA1 } from '../../src/engine/grid/a1';
import { loadXlsx } from '../../src/xlsx/load';
import { workbookToGrids } from '../../src/xlsx/grids';
import { SEVERITY_FILL } from '../../src/engine/model';
import { buildSeed001Fixture, writeFixture } from '../fixtures';
import { recordFirstButton, scriptsBeforeFirstButton } from './first-button';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SAMPLE = 'assets/sample/示例-部门预算.xlsx';
const SHOTS = join(__dirname, 'screenshots');
/** office.js, loaded outside Office, frames Microsoft's telemetry proxy 3 s after load; the pane's
 * CSP (frame-src 'self') blocks it before any request is made. Nothing else may even be attempted. */
const OFFICE_TELEMETRY = 'https://telemetryservice.firstpartyapps.oaspapps.com';

let work: string;
let server: Server;
let context: BrowserContext;
let page: Page;
let base: string;
let sample: Analysis;
let sampleNames: NameWrite[];
const requests: string[] = [];
const workers: string[] = [];
const blocked: string[] = [];
const pageErrors: string[] = [];

async function analyzeFile(path: string, name: string): Promise<Analysis> {
  return analyzeWorkbook(workbookToGrids(await loadXlsx(readFileSync(path)), name));
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

const pane = () => page.locator('aside');
const grid = () => page.getByTestId('grid');
const cell = (a1: string) => grid().locator(`td[data-cell="${a1}"]`);
const activeSheet = () => grid().locator('[role=tab][aria-selected=true]');
const notice = () => page.getByTestId('notice');

/** "rgb(r, g, b)" of a #RRGGBB colour, as getComputedStyle reports it. */
function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** Is the element entirely inside the grid's scrolling viewport? */
function inView(selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => {
    const scroller = el.closest('table')!.parentElement!;
    const a = el.getBoundingClientRect();
    const b = scroller.getBoundingClientRect();
    return a.top >= b.top && a.bottom <= b.bottom && a.left >= b.left && a.right <= b.right;
  });
}

/**
 * The darkest pixel of each pixel row of the grid's column-A header cell, right of its letter, in a
 * screenshot of the page: what the user sees of the sticky header while rows scroll under it.
 */
async function headerRows(): Promise<number[]> {
  const box = (await grid().locator('thead th').nth(1).boundingBox())!;
  const png = await page.screenshot();
  return page.evaluate(
    async ([b64, b]) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const rows: number[] = [];
      for (let y = Math.round(b.y); y < Math.round(b.y + b.height); y++) {
        const x0 = Math.round(b.x + 20);
        const { data } = ctx.getImageData(x0, y, Math.round(b.x + b.width - 4) - x0, 1);
        let min = 255;
        for (let i = 0; i < data.length; i += 4) min = Math.min(min, (data[i]! + data[i + 1]! + data[i + 2]!) / 3);
        rows.push(Math.round(min));
      }
      return rows;
    },
    [png.toString('base64'), box] as const,
  );
}

/** Checks the workbook and waits until the pane lists `findings` findings under its summary. */
async function checkWorkbook(button: '校核工作簿' | '重新校核', findings: number): Promise<void> {
  await pane().getByRole('button', { name: button }).click();
  await expect.poll(() => pane().getByTestId('summary').count()).toBe(1);
  await expect.poll(() => pane().getByRole('status').count()).toBe(0); // progress gone
  // A re-check keeps the old list until the new one replaces it: wait for the new one.
  await expect.poll(() => pane().getByTestId('finding').count()).toBe(findings);
}

/** The count shown on a severity filter button. */
async function shownCount(label: '错误' | '警告' | '提示'): Promise<number> {
  const text = await pane().getByRole('button', { name: `筛选 ${label}` }).innerText();
  return Number(/\d+/.exec(text)![0]);
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`找不到 Chromium（${CHROMIUM}）：请先运行 apt-get install chromium，或用 CHROMIUM_PATH 指定。`);
  }
  // The pane is measured as the user sees it (a badge keeps its two characters on one line): without
  // a Chinese font every character is a narrow box and those measures mean nothing.
  if (!spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).stdout?.trim()) {
    throw new Error('找不到中文字体：请先运行 apt-get install fonts-noto-cjk。');
  }
  mkdirSync(SHOTS, { recursive: true });
  work = mkdtempSync(join(tmpdir(), 'budget-e2e-'));
  const [analysis] = await Promise.all([analyzeFile(SAMPLE, '示例'), build({ mode: 'development', outDir: join(work, 'dist') })]);
  sample = analysis;
  sampleNames = planNameFill(sample.tables);
  server = await serveDir(join(work, 'dist'), { port: 0, host: 'localhost' });
  base = `http://localhost:${(server.address() as AddressInfo).port}`;

  context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  context.on('request', (r) => requests.push(r.url()));
  await context.exposeBinding('__cspBlocked', (_source, uri: string) => blocked.push(uri));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspBlocked(uri: string): void }).__cspBlocked(e.blockedURI);
    });
  });
  await recordFirstButton(context);
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('worker', (w) => workers.push(w.url()));
}, 240_000);

afterAll(async () => {
  await context?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('browser preview (headless Chromium)', () => {
  it('opens with the bundled sample workbook in the grid', async () => {
    await page.goto(base + '/');
    expect(page.url()).toBe(base + '/taskpane.html');
    await expect.poll(() => page.getByTestId('file-name').innerText()).toBe('示例-部门预算.xlsx');
    await grid().waitFor();
    await expect.poll(() => activeSheet().innerText()).toBe('表1');
    await expect.poll(() => grid().locator('[role=tab]').count()).toBe(12); // 表1–表11 and 情况说明
    await expect.poll(() => pane().getByRole('button', { name: '校核工作簿' }).isEnabled()).toBe(true);
    await shot('01-opened');
  });

  it('painted its shell before fetching ExcelJS, which came with the first workbook', async () => {
    const scripts = await scriptsBeforeFirstButton(page);
    expect(scripts).toEqual(expect.arrayContaining(['/taskpane.js', '/preview.js']));
    expect(scripts.filter((u) => /exceljs|docx|engine|catalog/.test(u))).toEqual([]);
    expect(requests.some((u) => /exceljs/.test(u))).toBe(true); // then the sample was opened with it
  });

  it('checks the workbook and lists exactly the engine’s findings, grouped by table', async () => {
    expect(workers).toEqual([]);
    await checkWorkbook('校核工作簿', sample.findings.length);
    // The engine ran in its worker: started on the first check, and the page itself never loaded the
    // engine (the page's resource timing lists what the page fetched, not what the worker fetched).
    expect(workers.map((u) => new URL(u).pathname)).toEqual(['/engine-worker.js']);
    const pageScripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    expect(pageScripts).toContain('/engine-worker.js'); // the worker's own script, fetched for its constructor
    expect(pageScripts).not.toContain('/engine.js'); // the in-page engine
    expect(await pane().getByTestId('summary').innerText()).toContain(`识别到 ${sample.tables.length} 张表`);
    // Counted in problems (a problem's severity is its worst finding's), every finding's cell listed.
    const count = (s: Finding['severity']) => problemsOf(sample.findings).filter((p) => p.severity === s).length;
    expect(await shownCount('错误')).toBe(count('error'));
    expect(await shownCount('警告')).toBe(count('warning'));
    expect(await shownCount('提示')).toBe(count('info'));
    expect(await pane().getByTestId('problem').count()).toBe(problemsOf(sample.findings).length);
    const severities = await pane().getByTestId('problem').evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')));
    expect(severities).toEqual(problemsOf(sample.findings).map((p) => p.severity));

    const items = pane().getByTestId('finding');
    expect(await items.count()).toBe(sample.findings.length);
    const shown = (await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-cell')))).sort();
    expect(shown).toEqual(sample.findings.map((f) => `${f.sheet}!${f.cell}`).sort());
    // A genuine error of the seed publication: 30211 printed as 查差旅费.
    const typo = pane().locator('[data-testid=finding][data-cell="表6!C25"]');
    expect(await typo.innerText()).toContain('差旅费');
    // Severity badges keep their two characters on one line beside a long message.
    for (const badge of await pane().locator('[data-testid=finding] .fui-Badge').all()) {
      const b = (await badge.boundingBox())!;
      expect(b.width).toBeGreaterThan(b.height);
    }
    await shot('02-findings');
  });

  it('the 识别 tab reads at the pane’s width: each table’s title on one or two lines, not a narrow column', async () => {
    await pane().getByRole('tab', { name: '识别' }).click();
    const entries = pane().getByTestId('table');
    expect(await entries.count()).toBe(sample.tables.length);
    for (const entry of await entries.all()) {
      const title = entry.locator('div').nth(1);
      const lineHeight = await title.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
      expect((await title.boundingBox())!.height).toBeLessThanOrEqual(2 * lineHeight + 1);
    }
    await shot('02b-tables');
    await pane().getByRole('tab', { name: '校核' }).click();
  });

  it('clicking a finding switches the grid to its sheet and scrolls to and outlines the cell', async () => {
    // The error lowest down a sheet other than the one shown: the grid must switch and scroll.
    const target = sample.findings
      .filter((f) => f.severity === 'error' && f.sheet !== '表1')
      .sort((a, b) => parseA1(b.cell)!.row - parseA1(a.cell)!.row)[0]!;
    expect(parseA1(target.cell)!.row).toBeGreaterThan(30); // below the first screen
    expect(await activeSheet().innerText()).not.toBe(target.sheet);
    expect(await grid().locator('td[data-selected=true]').count()).toBe(0);

    await pane().locator(`[data-testid=finding][data-cell="${target.sheet}!${target.cell}"]`).first().click();
    await expect.poll(() => activeSheet().innerText()).toBe(target.sheet);
    const selected = grid().locator('td[data-selected=true]');
    await expect.poll(() => selected.getAttribute('data-cell')).toBe(target.cell);
    const outline = await selected.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
    await expect.poll(() => inView('[data-testid=grid] td[data-selected=true]')).toBe(true);
    expect(await grid().locator('thead th').nth(1).innerText()).toBe('A');
    // The sticky header hides the rows scrolled under it (no text shows through) and keeps its
    // bottom border (Chromium drops both for sticky cells of a border-collapse table).
    const header = await headerRows();
    expect(Math.min(...header)).toBeGreaterThan(200);
    expect(header.at(-1)).toBeLessThan(header[0]! - 10);
    await shot('03-navigated');

    // Another finding on another sheet: the grid follows again.
    await pane().locator('[data-testid=finding][data-cell="表6!C25"]').click();
    await expect.poll(() => activeSheet().innerText()).toBe('表6');
    await expect.poll(() => selected.getAttribute('data-cell')).toBe('C25');
    expect(await selected.innerText()).toBe('查差旅费');
    await expect.poll(() => inView('[data-testid=grid] td[data-selected=true]')).toBe(true);
  });

  it('marks every finding cell with its severity colour and note, downloads the marked copy, and clears the marks', async () => {
    const before = await cell('C25').evaluate((el) => getComputedStyle(el).backgroundColor);
    const rank = { error: 0, warning: 1, info: 2 } as const;
    const cells = new Map<string, Finding['severity']>(); // each cell: its most severe finding
    for (const f of sample.findings) {
      const cur = cells.get(`${f.sheet}!${f.cell}`);
      if (!cur || rank[f.severity] < rank[cur]) cells.set(`${f.sheet}!${f.cell}`, f.severity);
    }
    await pane().getByRole('button', { name: '标记问题单元格' }).click();
    await expect.poll(() => notice().innerText()).toContain(`已标记 ${cells.size} 个单元格`);

    // 表6 is on screen: each of its finding cells carries the fill of its most severe finding and a note.
    const onSheet = [...cells].filter(([k]) => k.startsWith('表6!'));
    expect(onSheet.length).toBeGreaterThan(0);
    for (const [key, severity] of onSheet) {
      const td = cell(key.slice(3));
      await expect.poll(() => td.getAttribute('data-marked')).toBe('true');
      expect(await td.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(rgb(SEVERITY_FILL[severity]));
      const f = sample.findings.find((x) => `${x.sheet}!${x.cell}` === key)!;
      expect(await td.getAttribute('title')).toContain(f.message);
    }
    await expect.poll(() => grid().locator('td[data-marked=true]').count()).toBe(onSheet.length);
    await shot('04-marked');

    // The marked copy is an .xlsx with the fills and notes, made in the page (an object URL).
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载标记后的副本' }).click()]);
    expect(download.suggestedFilename()).toBe('示例-部门预算（已标记）.xlsx');
    expect(download.url()).toMatch(/^blob:http:\/\/localhost:/);
    const copyPath = join(work, 'marked.xlsx');
    await download.saveAs(copyPath);
    const copy = await loadXlsx(readFileSync(copyPath));
    const c25 = copy.getWorksheet('表6')!.getCell('C25');
    expect((c25.fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe('FF' + SEVERITY_FILL.error.slice(1));
    expect(JSON.stringify(c25.note)).toContain('查差旅费');
    expect(copy.getWorksheet('表6')!.getCell('C25').value).toBe('查差旅费'); // the text itself untouched

    await pane().getByRole('button', { name: '清除标记' }).click();
    await expect.poll(() => notice().innerText()).toContain(`已清除 ${cells.size} 个标记`);
    await expect.poll(() => grid().locator('td[data-marked=true]').count()).toBe(0);
    await expect.poll(() => cell('C25').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(before);
    await expect.poll(() => cell('C25').getAttribute('title')).toBeNull();
    await expect.poll(() => pane().getByRole('button', { name: '清除标记' }).isDisabled()).toBe(true);
    await shot('05-cleared');
  });

  it('科目: lists the blank names, fills them into the grid, re-checks clean, and undoes', async () => {
    expect(sampleNames.length).toBeGreaterThan(0);
    const blanks = sampleNames.filter((w) => !w.replaces);
    await pane().getByRole('tab', { name: '科目' }).click();
    const rows = pane().getByTestId('name-write');
    await expect.poll(() => rows.count()).toBe(sampleNames.length);
    for (const w of sampleNames) expect(await pane().getByTestId('name-writes').innerText()).toContain(`${w.code} ${w.name}`);
    // Long catalog provenance wraps inside the pane instead of running off its edge.
    expect(await pane().evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);

    // The link under a name goes to its cell, still blank.
    const first = blanks[0]!;
    await pane().getByRole('button', { name: `${first.sheet}!${first.cell}` }).click();
    await expect.poll(() => activeSheet().innerText()).toBe(first.sheet);
    await expect.poll(() => grid().locator('td[data-selected=true]').getAttribute('data-cell')).toBe(first.cell);
    expect(await cell(first.cell).innerText()).toBe('');
    await shot('06-names');

    await pane().getByRole('button', { name: `填写所选（${blanks.length}）` }).click();
    await expect.poll(() => notice().innerText()).toContain(`已填写 ${blanks.length} 个科目名称`);
    for (const w of blanks.filter((x) => x.sheet === first.sheet)) await expect.poll(() => cell(w.cell).innerText()).toBe(w.name);
    await shot('07-names-filled');

    // Re-check after the edit: the pane now shows what the engine finds in the filled workbook,
    // where the blank-name findings are gone.
    const filled = await loadXlsx(readFileSync(SAMPLE));
    for (const w of blanks) filled.getWorksheet(w.sheet)!.getCell(w.cell).value = w.name;
    const after = analyzeWorkbook(workbookToGrids(filled, '示例'));
    expect(sample.findings.filter((f) => f.kind === 'blank-name')).toHaveLength(blanks.length);
    expect(after.findings.filter((f) => f.kind === 'blank-name')).toHaveLength(0);
    await pane().getByRole('tab', { name: '校核' }).click();
    await checkWorkbook('重新校核', after.findings.length);
    for (const w of blanks) expect(await pane().locator(`[data-testid=finding][data-cell="${w.sheet}!${w.cell}"]`).count()).toBe(0);

    await pane().getByRole('tab', { name: '科目' }).click();
    await pane().getByRole('button', { name: '撤销填写' }).click();
    await expect.poll(() => notice().innerText()).toContain(`已撤销 ${blanks.length} 个单元格的填写`);
    await expect.poll(() => cell(first.cell).innerText()).toBe('');
    await shot('08-names-undone');
  });

  it('opens another workbook from disk (seed 001 with a wrong 科目名称 typed in) and finds the slip', async () => {
    // 2060101 行政运行 in the 一般公共预算支出表, overtyped with another account's name.
    const { workbook, expected: facts } = buildSeed001Fixture();
    const table = facts.find((t) => t.kind === 'general-budget-expense')!;
    const line = table.lines.find((l) => l.code === '2060101')!;
    const ws = workbook.getWorksheet(table.sheet)!;
    let at = '';
    ws.getRow(line.row + 1).eachCell((c) => {
      if (!at && c.value === line.label) at = c.address;
    });
    expect(at).not.toBe('');
    ws.getCell(at).value = '差旅费';
    const path = join(work, '部门预算-2.xlsx');
    await writeFixture(workbook, path);
    const expected = await analyzeFile(path, '部门预算-2');
    const slip = expected.findings.find((f) => f.sheet === table.sheet && f.cell === at)!;
    expect(slip).toMatchObject({ kind: 'code-name', severity: 'error' });

    await page.getByTestId('open-file').setInputFiles(path);
    await expect.poll(() => page.getByTestId('file-name').innerText()).toBe('部门预算-2.xlsx');
    await expect.poll(() => pane().getByTestId('summary').count()).toBe(0); // a fresh pane for the new workbook
    await checkWorkbook('校核工作簿', expected.findings.length);
    expect(await pane().getByTestId('summary').innerText()).toContain(`识别到 ${expected.tables.length} 张表`);
    expect(await pane().getByTestId('finding').count()).toBe(expected.findings.length);
    expect(await shownCount('错误')).toBe(problemsOf(expected.findings).filter((p) => p.severity === 'error').length);
    const item = pane().locator(`[data-testid=finding][data-cell="${table.sheet}!${at}"]`);
    expect(await item.innerText()).toContain('行政运行');
    await item.click();
    await expect.poll(() => activeSheet().innerText()).toBe(table.sheet);
    await expect.poll(() => grid().locator('td[data-selected=true]').getAttribute('data-cell')).toBe(at);
    expect(await cell(at).innerText()).toBe('差旅费');
    await shot('09-other-workbook');
  });

  it('made no request outside localhost, and raised no page error', async () => {
    // office.js frames its telemetry proxy 3 s after load: wait until it has tried (and the CSP
    // blocked the frame), so a request it made would be in the list checked below.
    await expect.poll(() => blocked.some((u) => u.startsWith(OFFICE_TELEMETRY)) || requests.some((u) => u.startsWith(OFFICE_TELEMETRY))).toBe(true);
    expect(requests.length).toBeGreaterThan(5);
    const outside = requests.filter((u) => {
      const url = new URL(u);
      if (url.protocol === 'blob:' || url.protocol === 'data:') return false;
      return url.hostname !== 'localhost';
    });
    expect(outside).toEqual([]);
    expect(blocked.filter((u) => !u.startsWith(OFFICE_TELEMETRY))).toEqual([]);
    expect(requests.some((u) => u.endsWith('/office-js/office.js'))).toBe(true); // office.js served locally
    expect(pageErrors).toEqual([]);
  });
});
