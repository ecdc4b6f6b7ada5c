// @vitest-environment jsdom
/**
 * One draft, three outputs: the pane's text, the sheet it inserts, the .docx it downloads, and the
 * command line's Markdown are the same text with the same headings, year and department (the pane
 * once had no year and guessed headings from line length). Inserting a second draft asks before it
 * replaces the first. The real engine runs on the bundled sample; the CLI runs as a process.
 */
import * as React from 'react';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import mammoth from 'mammoth';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../src/taskpane/App';
import { stringsFor } from '../src/taskpane/i18n';
import { draftFileName } from '../src/taskpane/services';
import type { DraftText } from '../src/taskpane/components/DraftTab';
import { DRAFT_SHEET_NAME, DraftSheetExistsError, type DraftSheetLine, type WorkbookPort } from '../src/port';
import { draftLines, draftNarrative, lineText, markdownToDraft } from '../src/engine/narrative';
import { ExcelJsPort } from '../src/preview/exceljsPort';
import { analyzeWorkbook, type WorkbookGrids } from '../src/engine';
import { draftToDocx } from '../src/docx/write';
import { loadXlsx } from '../src/xlsx/load';
import { workbookToGrids } from '../src/xlsx/grids';

const ROOT = resolve(__dirname, '..');
const SAMPLE = join(ROOT, 'assets/sample/示例-部门预算.xlsx');
const TITLE = '昌吉高新区创业创新投资服务中心2025年部门预算情况说明';

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

/** A port that keeps the draft sheet the pane writes (and refuses to overwrite it unasked, as both real ports do). */
class DraftPort implements WorkbookPort {
  readonly host = 'preview' as const;
  sheet?: DraftSheetLine[];
  writes: { replace: boolean }[] = [];
  constructor(private readonly grids: WorkbookGrids) {}
  async readGrids() {
    return this.grids;
  }
  async applyMarks() {
    return 0;
  }
  async clearMarks() {
    return 0;
  }
  markedCount() {
    return 0;
  }
  async writeNames() {
    return { written: 0, skipped: [] };
  }
  async undoNames() {
    return 0;
  }
  canUndoNames() {
    return false;
  }
  async select() {}
  async insertDraftSheet(lines: DraftSheetLine[], options: { replace?: boolean } = {}) {
    if (this.sheet && !options.replace) throw new DraftSheetExistsError();
    this.sheet = lines.map(({ text, role }) => ({ text, role }));
    this.writes.push({ replace: !!options.replace });
    return '情况说明（草稿）';
  }
}

function cli(args: string[]): Promise<{ stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    execFile(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'src/cli/main.ts'), ...args], { encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) =>
      error ? fail(error) : done({ stdout, stderr }),
    );
  });
}

/** The .docx as lines with their role, read back with mammoth (Title → title, Heading 1/2 → heading/subheading). */
async function docxLines(bytes: Uint8Array): Promise<DraftSheetLine[]> {
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: ["p[style-name='Title'] => p.title:fresh"] });
  const doc = new DOMParser().parseFromString(value, 'text/html');
  const role = (el: Element): DraftSheetLine['role'] =>
    el.tagName === 'H1' ? 'heading' : el.tagName === 'H2' ? 'subheading' : el.classList.contains('title') ? 'title' : 'body';
  return [...doc.body.children].map((el) => ({ text: el.textContent ?? '', role: role(el) }));
}

let grids: WorkbookGrids;
let cliOut: { stdout: string; stderr: string };
beforeAll(async () => {
  grids = workbookToGrids(await loadXlsx(readFileSync(SAMPLE)), '示例-部门预算.xlsx');
  cliOut = await cli(['draft', SAMPLE]);
}, 90_000);
afterEach(cleanup);

async function openDraft(port: WorkbookPort, downloads: DraftText[] = []) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App
        port={port}
        strings={stringsFor('zh-CN')}
        services={{ copyText: async () => {}, downloadDocx: async (d) => void downloads.push(d) }}
      />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: '校核工作簿' }));
  await screen.findByTestId('summary', {}, { timeout: 20_000 });
  fireEvent.click(screen.getByRole('tab', { name: '说明' }));
  return (await screen.findByRole('textbox', { name: '说明' })) as HTMLTextAreaElement;
}

describe('the draft inserted into the workbook and checked again', () => {
  it('gives no error: each kind of placeholder is one warning listing its lines; inserting again replaces the sheet', async () => {
    const port = new ExcelJsPort(await loadXlsx(readFileSync(SAMPLE)), '示例-部门预算.xlsx');
    const first = analyzeWorkbook(await port.readGrids());
    const lines = draftLines(draftNarrative(first.tables, { grids: await port.readGrids() }));
    await port.insertDraftSheet(lines);
    const onDraft = (a: ReturnType<typeof analyzeWorkbook>) => a.findings.filter((f) => f.sheet === DRAFT_SHEET_NAME);
    const again = onDraft(analyzeWorkbook(await port.readGrids()));
    expect(again.filter((f) => f.severity === 'error')).toEqual([]);
    const placeholders = again.filter((f) => f.rule === 'narrative/draft-placeholder');
    expect(placeholders.every((f) => f.severity === 'warning')).toBe(true);
    expect(new Set(placeholders.map((f) => f.message.replace(/\d+ 处/, '')))).toHaveProperty('size', placeholders.length);
    await port.insertDraftSheet(lines, { replace: true });
    const third = analyzeWorkbook(await port.readGrids());
    expect((await port.readGrids()).sheets.filter((x) => x.name.startsWith(DRAFT_SHEET_NAME))).toHaveLength(1);
    expect(onDraft(third)).toEqual(again);
  }, 60_000);
});

describe('the pane, the sheet, the .docx and the CLI print one draft', () => {
  it('the pane shows exactly the CLI’s text, with the year and the department the CLI finds', async () => {
    const text = await openDraft(new DraftPort(grids));
    expect(text.value).toBe(cliOut.stdout);
    expect(text.value.split('\n')[0]).toBe(`# ${TITLE}`);
    expect(text.value).not.toContain('【请填写年度】');
    expect(text.value).not.toContain('本部门');
    // The notes for the clerk stay out of the text: in the pane below it, on stderr from the CLI.
    expect(text.value).not.toContain('最大余数');
    expect(screen.getByTestId('draft-notes').textContent).toContain('最大余数');
    expect(cliOut.stderr).toContain('最大余数');
  }, 60_000);

  it('the sheet and the .docx have the same lines and headings as the text', async () => {
    const port = new DraftPort(grids);
    const downloads: DraftText[] = [];
    await openDraft(port, downloads);
    const expected = draftLines(markdownToDraft(cliOut.stdout)).map(({ text, role }) => ({ text, role }));
    expect(expected.filter((l) => l.role === 'heading').length).toBeGreaterThanOrEqual(12);
    expect(expected.filter((l) => l.role === 'subheading').length).toBe(3);

    fireEvent.click(screen.getByRole('button', { name: '插入工作簿' }));
    await waitFor(() => expect(port.sheet).toBeDefined());
    expect(port.sheet).toEqual(expected);

    fireEvent.click(screen.getByRole('button', { name: '下载 Word 文档' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(draftFileName(downloads[0])).toBe(`${TITLE}（草稿）.docx`);
    expect(await docxLines(await draftToDocx(downloads[0]))).toEqual(expected);
    // The CLI's own .docx reads back the same.
    const out = join(mkdtempSync(join(tmpdir(), 'bc-draft-')), 'draft.docx');
    await cli(['draft', SAMPLE, '-o', out]);
    expect(await docxLines(new Uint8Array(readFileSync(out)))).toEqual(expected);
  }, 90_000);

  it('an edited heading stays a heading, and an edit reaches the sheet', async () => {
    const port = new DraftPort(grids);
    const text = await openDraft(port);
    const edited = text.value.replace('## 二、', '## 二、（已修改）').replace(/^(按照全口径预算的原则.*)$/m, '$1这是补充的一句。');
    fireEvent.change(text, { target: { value: edited } });
    fireEvent.click(screen.getByRole('button', { name: '插入工作簿' }));
    await waitFor(() => expect(port.sheet).toBeDefined());
    expect(port.sheet!.find((l) => l.text.startsWith('二、（已修改）'))?.role).toBe('heading');
    expect(port.sheet!.some((l) => l.role === 'body' && l.text.endsWith('这是补充的一句。'))).toBe(true);
  }, 60_000);

  it('inserting again asks first, and replaces the earlier draft sheet only when the user says so', async () => {
    const port = new DraftPort(grids);
    await openDraft(port);
    fireEvent.click(screen.getByRole('button', { name: '插入工作簿' }));
    await waitFor(() => expect(port.writes).toEqual([{ replace: false }]));

    fireEvent.click(screen.getByRole('button', { name: '插入工作簿' }));
    // (Fluent's dialog toggles aria-hidden while it opens under jsdom: query it with hidden: true.)
    fireEvent.click(await screen.findByRole('button', { name: '取消', hidden: true }));
    await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).toBeNull());
    expect(port.writes).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: '插入工作簿' }));
    const replace = await screen.findByRole('button', { name: '替换', hidden: true });
    expect(screen.getByRole('dialog', { hidden: true }).textContent).toContain('已有“情况说明（草稿）”工作表');
    fireEvent.click(replace);
    await waitFor(() => expect(port.writes).toEqual([{ replace: false }, { replace: true }]));
    expect(await screen.findByTestId('notice')).toHaveProperty('textContent', expect.stringContaining('已用新草稿替换'));
    expect(lineText(markdownToDraft(`# ${port.sheet![0].text}`).title)).toBe(TITLE);
  }, 60_000);
});
