/**
 * The README's table of Excel versions agrees with the manifest and with what the code does:
 *   - every row's status follows from its ExcelApi and webview: below the manifest's minimum or in
 *     Trident / EdgeHTML → not supported (Excel hides the add-in, or compat-guard.js shows its
 *     message); from the minimum up to 1.18 → degrades (no notes); 1.18 and later → works;
 *   - the minimum the README names is the manifest's;
 *   - the rows cover Excel 2016 / 2019 / 2021 / 2024, Microsoft 365, web, Mac and WPS.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmp } from './excel-api-uses';

const ROOT = join(__dirname, '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const guard = readFileSync(join(ROOT, 'src/taskpane/compat-guard.js'), 'utf8');

/** The ExcelApi set of Worksheet.notes, the one API that separates "works" from "degrades". */
const NOTES_SET = '1.18';

interface Row {
  excel: string;
  api: string;
  webview: string;
  status: string;
}

function table(): Row[] {
  const m = /<!-- compatibility:begin -->([\s\S]*?)<!-- compatibility:end -->/.exec(readme);
  expect(m, 'README has a compatibility section').not.toBeNull();
  return m![1]
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| Excel |'))
    .map((l) => {
      const [excel, api, webview, status] = l.split('|').slice(1).map((c) => c.trim());
      return { excel: excel!, api: api!, webview: webview!, status: status! };
    });
}

const minimum = /<Set Name="ExcelApi" MinVersion="(\d+\.\d+)" \/>/.exec(manifest)![1]!;

function expectedStatus(r: Row): string {
  if (!/^\d+\.\d+$/.test(r.api) || cmp(r.api, minimum) < 0) return 'not supported';
  if (r.webview === 'Trident' || r.webview === 'EdgeHTML') return 'not supported';
  return cmp(r.api, NOTES_SET) >= 0 ? 'works' : 'degrades';
}

describe('README compatibility table', () => {
  it('names the manifest’s ExcelApi minimum', () => {
    const section = /<!-- compatibility:begin -->([\s\S]*?)\|/.exec(readme)![1]!;
    expect(section).toContain(`The manifest requires ExcelApi ${minimum}.`);
  });

  it('covers every Excel the offices have', () => {
    const names = table().map((r) => r.excel).join('\n');
    for (const x of ['2016', '2019', '2021', '2024', 'Microsoft 365', 'Excel on the web', 'Mac', 'WPS']) expect(names).toContain(x);
  });

  it('gives each row the status its ExcelApi and webview imply', () => {
    const rows = table();
    expect(rows.length).toBeGreaterThanOrEqual(9);
    for (const r of rows) expect(r.status, r.excel).toBe(expectedStatus(r));
    expect(rows.filter((r) => r.status === 'works').length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.status === 'degrades').length).toBeGreaterThan(0);
  });

  it('the guard’s message names the same working versions as the table', () => {
    for (const r of table().filter((x) => x.status !== 'not supported')) {
      const key = /Microsoft 365|2021|2024|web|Mac|2016 \/ 2019/.exec(r.excel)![0];
      const inGuard = { web: '网页版', Mac: 'Mac 版', '2016 / 2019': '2016 / 2019 零售版' }[key] ?? key;
      expect(guard, r.excel).toContain(inGuard);
    }
  });
});
