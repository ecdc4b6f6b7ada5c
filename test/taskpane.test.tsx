// @vitest-environment jsdom
/**
 * The task pane with a fake workbook port: the real engine runs on the bundled sample workbook
 * (seed 003 with blanked names); the port only records what the pane asks of the workbook.
 */
import * as React from 'react';
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../src/taskpane/App';
import { stringsFor } from '../src/taskpane/i18n';
import { NamesTab } from '../src/taskpane/components/NamesTab';
import { webStore } from '../src/taskpane/store';
import type { ImportedCatalog } from '../src/engine/findings';
import { DraftSheetExistsError, PortError, type CellMark, type DraftSheetLine, type NameWriteRequest, type WorkbookPort } from '../src/port';
import { analyzeWorkbook, type WorkbookGrids } from '../src/engine';
import { planNameFill } from '../src/engine/catalog';
import { loadXlsx } from '../src/xlsx/load';
import { workbookToGrids } from '../src/xlsx/grids';
import { FIXTURES, toGrids } from './fixtures';

const SAMPLE = 'assets/sample/示例-部门预算.xlsx';
let grids: WorkbookGrids;

// jsdom has no ResizeObserver; Fluent's MessageBar only uses it to reflow its layout.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

beforeAll(async () => {
  grids = workbookToGrids(await loadXlsx(readFileSync(SAMPLE)), '示例');
});
afterEach(cleanup);

class RecordingPort implements WorkbookPort {
  readonly host = 'preview' as const;
  selected: string[] = [];
  marks: CellMark[] = [];
  writes: NameWriteRequest[][] = [];
  cleared = 0;
  undone = 0;
  drafts: { lines: DraftSheetLine[]; replace: boolean }[] = [];
  constructor(private readonly wb: () => WorkbookGrids | Promise<WorkbookGrids>) {}
  reads = 0;
  async readGrids() {
    this.reads++;
    return this.wb();
  }
  async applyMarks(marks: CellMark[]) {
    this.marks = marks;
    return marks.length;
  }
  async clearMarks() {
    const n = this.marks.length;
    this.marks = [];
    this.cleared++;
    return n;
  }
  markedCount() {
    return this.marks.length;
  }
  async writeNames(w: NameWriteRequest[]) {
    this.writes.push(w);
    return { written: w.length, skipped: [] };
  }
  async undoNames() {
    this.undone++;
    return this.writes.at(-1)?.length ?? 0;
  }
  canUndoNames() {
    return this.writes.length > this.undone;
  }
  async select(sheet: string, cell: string) {
    this.selected.push(`${sheet}!${cell}`);
  }
  async insertDraftSheet(lines: DraftSheetLine[], options: { replace?: boolean } = {}) {
    if (this.drafts.length > 0 && !options.replace) throw new DraftSheetExistsError();
    this.drafts.push({ lines: lines.map(({ text, role }) => ({ text, role })), replace: !!options.replace });
    return '情况说明（草稿）';
  }
}

function renderPane(port: WorkbookPort, language = 'zh-CN') {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} strings={stringsFor(language)} services={{ copyText: async () => {} }} />
    </FluentProvider>,
  );
}

async function check() {
  fireEvent.click(screen.getByRole('button', { name: '校核工作簿' }));
  await screen.findByTestId('summary', {}, { timeout: 20_000 });
}

/** Opens the ledger (its lines are rendered once it is open) and waits for all `count` of them. */
async function openLedger(count: number): Promise<HTMLElement[]> {
  const ledger = screen.getByTestId('checks') as HTMLDetailsElement;
  ledger.open = true; // the browser fires 'toggle' as a task after the change
  await waitFor(() => expect(within(ledger).queryAllByRole('listitem')).toHaveLength(count));
  return within(ledger).getAllByRole('listitem');
}

describe('校核 tab', () => {
  it('checks the workbook, counts problems, lists each problem with its cells, errors first, and navigates on click', async () => {
    const expected = analyzeWorkbook(grids);
    const port = new RecordingPort(() => grids);
    renderPane(port);
    await check();
    expect(screen.getByTestId('summary').textContent).toContain(`识别到 ${expected.tables.length} 张表`);
    expect(expected.tables.length).toBeGreaterThan(5);
    // Every finding's cell is shown, inside its problem.
    const items = screen.getAllByTestId('finding');
    expect(items.map((i) => i.getAttribute('data-cell'))).toEqual(expected.findings.map((f) => `${f.sheet}!${f.cell}`));
    const problems = screen.getAllByTestId('problem');
    const ids = new Set(expected.findings.map((f) => f.problem));
    expect(problems).toHaveLength(ids.size);
    expect(problems.length).toBeLessThan(items.length);
    // The counts are of problems: 表2's 20604 line, wrong in three columns, is one error with three cells.
    const errorProblems = new Set(expected.findings.filter((f) => f.severity === 'error').map((f) => f.problem)).size;
    expect(screen.getByRole('button', { name: /筛选 错误/ }).textContent).toContain(String(errorProblems));
    const line = problems.find((p) => within(p).queryAllByTestId('finding').some((b) => b.getAttribute('data-cell') === '表2!F8'))!;
    expect(within(line).getAllByTestId('finding').map((b) => b.getAttribute('data-cell'))).toEqual(['表2!E8', '表2!F8', '表2!G8']);
    // A problem shows its sentence, which states both figures, once: no bracketed copy (“（应为 76.4，实为 204.8）”) after it.
    expect(expected.findings.filter((f) => f.expected !== undefined && f.actual !== undefined).length).toBeGreaterThan(0);
    for (const p of problems) expect(within(p).getAllByTestId('finding')[0].textContent).not.toMatch(/实为|（应为 /);
    // Errors of every table first, then warnings, then 提示.
    const order = problems.map((p) => ['error', 'warning', 'info'].indexOf(p.getAttribute('data-severity')!));
    expect(order).toEqual([...order].sort((a, b) => a - b));

    fireEvent.click(items[0]);
    await waitFor(() => expect(port.selected).toEqual([items[0].getAttribute('data-cell')]));
    fireEvent.click(within(line).getByText('表2!G8'));
    await waitFor(() => expect(port.selected).toEqual([items[0].getAttribute('data-cell'), '表2!G8']));
  });

  it('shows the ledger: failed checks first, then those that could not run and why, then the passed', async () => {
    const expected = analyzeWorkbook(grids).checks;
    renderPane(new RecordingPort(() => grids));
    await check();
    const items = await openLedger(expected.length);
    const statuses = items.map((li) => li.getAttribute('data-status'));
    expect(statuses).toEqual([...statuses].sort((a, b) => ['failed', 'not-run', 'passed'].indexOf(a!) - ['failed', 'not-run', 'passed'].indexOf(b!)));
    expect(statuses[0]).toBe('failed');
    const basic = expected.find((c) => c.rule === 'cross-table/basic-total')!;
    expect(items.some((li) => li.textContent === `${basic.status === 'failed' ? '未通过' : '通过'} 基本支出 = 基本支出表合计：${basic.reason}`)).toBe(true);
  });

  it('says how many figures of the 情况说明 could not be checked, so silence is not taken for a pass', async () => {
    const book = toGrids(FIXTURES.seed001().workbook, 'seed001.xlsx');
    const expected = analyzeWorkbook(book).narrative!;
    expect(expected.unchecked).toBeGreaterThan(0);
    renderPane(new RecordingPort(() => book));
    await check();
    expect(screen.getByTestId('narrative-unchecked').textContent).toBe(`情况说明中 ${expected.unchecked} 处数字未能核对（含义不能确定，或没有可对照的数字），未核对不等于无误。`);
    const ledger = await openLedger(analyzeWorkbook(book).checks.length);
    expect(ledger.some((li) => li.textContent!.startsWith('通过 情况说明中的数字：') && li.textContent!.includes(`${expected.unchecked} 处数字未能核对`))).toBe(true);
  });

  it('filters by severity', async () => {
    const expected = analyzeWorkbook(grids);
    renderPane(new RecordingPort(() => grids));
    await check();
    fireEvent.click(screen.getByRole('button', { name: /筛选 错误/ }));
    const shown = screen.queryAllByTestId('problem');
    const errorProblems = new Set(expected.findings.filter((f) => f.severity === 'error').map((f) => f.problem));
    expect(shown).toHaveLength(new Set(expected.findings.map((f) => f.problem)).size - errorProblems.size);
    for (const el of shown) expect(el.getAttribute('data-severity')).not.toBe('error');
  });

  it('marks one cell per finding location and clears the marks', async () => {
    const expected = analyzeWorkbook(grids);
    const port = new RecordingPort(() => grids);
    renderPane(port);
    await check();
    fireEvent.click(screen.getByRole('button', { name: '标记问题单元格' }));
    const cells = new Set(expected.findings.map((f) => `${f.sheet}!${f.cell}`));
    await waitFor(() => expect(port.marks).toHaveLength(cells.size));
    const firstError = expected.findings.find((f) => f.severity === 'error')!;
    const mark = port.marks.find((m) => m.sheet === firstError.sheet && m.cell === firstError.cell)!;
    expect(mark.severity).toBe('error');
    expect(mark.note).toContain(firstError.message);
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain(`已标记 ${cells.size} 个单元格`));
    fireEvent.click(screen.getByRole('button', { name: '清除标记' }));
    await waitFor(() => expect(port.cleared).toBe(1));
    // The notice of the marks is still shown until the clear's own replaces it.
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('已清除'));
  });

  it('shows a port failure as a Chinese message instead of freezing', async () => {
    const port = new RecordingPort(() => Promise.reject(new PortError('工作表受保护，无法写入：请先在“审阅 → 撤消工作表保护”后再试。')));
    renderPane(port);
    fireEvent.click(screen.getByRole('button', { name: '校核工作簿' }));
    expect((await screen.findByTestId('notice')).textContent).toContain('工作表受保护');
    expect(screen.getByRole('button', { name: '校核工作簿' })).not.toHaveProperty('disabled', true);
  });

  it('speaks English when Office’s display language is English', async () => {
    renderPane(new RecordingPort(() => grids), 'en-US');
    fireEvent.click(screen.getByRole('button', { name: 'Check workbook' }));
    const summary = await screen.findByTestId('summary', {}, { timeout: 20_000 });
    expect(summary.textContent).toMatch(/tables? recognized/);
  });
});

describe('识别 and 科目 tabs', () => {
  it('lists the recognized tables with kind, sheet, range and unit', async () => {
    const expected = analyzeWorkbook(grids);
    renderPane(new RecordingPort(() => grids));
    await check();
    fireEvent.click(screen.getByRole('tab', { name: '识别' }));
    const table = screen.getByTestId('tables');
    const entries = within(table).getAllByTestId('table');
    expect(entries).toHaveLength(expected.tables.length);
    expect(entries[0].textContent).toContain(expected.tables[0].range);
    expect(entries[0].textContent).toContain(expected.tables[0].title!);
    expect(table.textContent).toContain('收支总表');
  });

  it('fills every blank name from its code and undoes', async () => {
    const plan = planNameFill(analyzeWorkbook(grids).tables);
    const blanks = plan.filter((w) => !w.replaces);
    expect(blanks.length).toBeGreaterThanOrEqual(3); // the sample blanks three 科目名称 cells
    const port = new RecordingPort(() => grids);
    renderPane(port);
    await check();
    fireEvent.click(screen.getByRole('tab', { name: '科目' }));
    expect(screen.getAllByTestId('name-write')).toHaveLength(plan.length);
    expect(screen.getByTestId('name-writes').textContent).toContain('2060404');
    fireEvent.click(screen.getByRole('button', { name: '填写全部空白' }));
    await waitFor(() => expect(port.writes).toHaveLength(1));
    expect(port.writes[0]).toEqual(blanks.map((w) => ({ sheet: w.sheet, cell: w.cell, name: w.name })));
    // After writing, the pane reads the workbook again (the lists must show what is still blank).
    await waitFor(() => expect(port.reads).toBe(2));
    const undo = (await screen.findByRole('button', { name: '撤销填写' })) as HTMLButtonElement;
    await waitFor(() => expect(undo.disabled).toBe(false));
    fireEvent.click(undo);
    await waitFor(() => expect(port.undone).toBe(1));
    await waitFor(() => expect(port.reads).toBe(3));
  });

  it('asks before replacing a name that is not blank', async () => {
    const filled: NameWriteRequest[][] = [];
    render(
      <FluentProvider theme={webLightTheme}>
        <NamesTab
          strings={stringsFor('zh-CN')}
          writes={[
            { sheet: '表5', cell: 'B8', code: '2010101', name: '行政运行', source: '2025 年' },
            { sheet: '表5', cell: 'B9', code: '2010102', name: '一般行政管理事务', source: '2025 年', replaces: '一般行政管理' },
          ]}
          busy={false}
          canUndo={false}
          onFill={(w) => filled.push(w)}
          onUndo={() => {}}
          onNavigate={() => {}}
        />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByRole('checkbox', { name: '2010102 一般行政管理事务' }));
    fireEvent.click(screen.getByRole('button', { name: /填写所选/ }));
    expect(filled).toHaveLength(0);
    await act(async () => {
      fireEvent.click(await screen.findByRole('button', { name: '确认替换' }));
    });
    expect(filled[0]).toEqual([
      { sheet: '表5', cell: 'B8', name: '行政运行' },
      { sheet: '表5', cell: 'B9', name: '一般行政管理事务', replaces: '一般行政管理' },
    ]);
  });
});

describe('what the pane keeps between sessions', () => {
  /** A Web Storage stand-in that keeps what the pane writes. */
  function memoryStorage() {
    const items = new Map<string, string>();
    return { items, getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
  }
  const catalog: ImportedCatalog = {
    year: 2025,
    source: '科目表.csv（2026-12-01 导入）',
    complete: false,
    entries: [{ system: 'function', code: '20604', name: '研究与开发' }],
  };
  const codeNameAt = (cell: string) => analyzeWorkbook(grids, { importedCatalogs: [] }).findings.some((f) => f.rule.startsWith('code-name') && `${f.sheet}!${f.cell}` === cell);

  function paneWith(storage: ReturnType<typeof memoryStorage>) {
    return render(
      <FluentProvider theme={webLightTheme}>
        <App port={new RecordingPort(() => grids)} strings={stringsFor('zh-CN')} services={{ importCatalog: async () => catalog, store: webStore(storage) }} />
      </FluentProvider>,
    );
  }

  it('an imported catalog is stored, and the next pane uses it: its name for 20604 is no longer an error', async () => {
    expect(codeNameAt('表2!D8')).toBe(true);
    const storage = memoryStorage();
    paneWith(storage);
    await check();
    expect(screen.getAllByTestId('finding').map((b) => b.getAttribute('data-cell'))).toContain('表2!D8');
    fireEvent.click(screen.getByRole('tab', { name: '科目' }));
    const input = screen.getByTestId('catalog-file') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['x'], '科目表.csv')] } });
    await screen.findByText(/已导入 1 个科目/);
    expect(JSON.parse(storage.items.get('budget-check.catalogs.v1')!)).toEqual([catalog]);
    cleanup();

    paneWith(storage);
    await check();
    const cells = screen.getAllByTestId('finding').map((b) => b.getAttribute('data-cell'));
    expect(cells).not.toContain('表2!D8');
  });

  it('settings are kept; corrupt or missing storage never stops the pane', () => {
    const storage = memoryStorage();
    webStore(storage).saveSettings({ tolerance: 0.05, editionYear: 2024 });
    expect(webStore(storage).loadSettings()).toEqual({ tolerance: 0.05, editionYear: 2024 });
    storage.items.set('budget-check.catalogs.v1', '{not json');
    expect(webStore(storage).loadCatalogs()).toEqual([]);
    expect(webStore(undefined).loadSettings()).toEqual({ tolerance: undefined, editionYear: undefined });
    expect(() => webStore(undefined).saveCatalogs([catalog])).toThrow();
  });
});
