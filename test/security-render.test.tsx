// @vitest-environment jsdom
/**
 * Cell text is shown as text, never parsed as HTML: a workbook whose cells and sheet names carry
 * markup (`<img src=x onerror=…>`, `<script>`) is checked in the real pane over the preview's ExcelJS
 * port, with the preview grid beside it. No element of the payload appears in the DOM, nothing of
 * it runs, and the payload is visible as literal text in the findings list, the 识别 tab, the grid
 * and the notes of marked cells.
 */
import * as React from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type ExcelJS from 'exceljs';
import { App } from '../src/taskpane/App';
import { stringsFor } from '../src/taskpane/i18n';
import { ExcelJsPort } from '../src/preview/exceljsPort';
import { GridView } from '../src/preview/GridView';
import { recognizeWorkbook } from '../src/engine/recognize';
import { toA1 } from '../src/engine/grid/a1';
import { buildSeed001, toGrids } from './fixtures';

// jsdom has no ResizeObserver; Fluent's MessageBar only uses it to reflow its layout.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

declare global {
  interface Window {
    __xss?: string;
  }
}

/** A sheet name may hold markup too (Excel forbids only : \\ / ? * [ ] and allows 31 characters). */
const SHEET = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script id="xss-script">window.__xss="script"</script>';
const BOLD = '<b id="xss-b" onmouseover="window.__xss=\'b\'">粗体</b>';

afterEach(cleanup);

/** Seed 001 with markup as a sheet name, in a 科目名称 cell (so a finding quotes it) and beside a table. */
function hostileWorkbook(): { wb: ExcelJS.Workbook; nameCell: string } {
  const wb = buildSeed001();
  const table = recognizeWorkbook(toGrids(wb)).find((t) => t.sheet === '表5')!;
  const line = table.lines.find((l) => l.code === '2060101')!;
  const nameCell = toA1(line.row, line.labelCol!);
  const ws = wb.getWorksheet('表5')!;
  ws.getCell(nameCell).value = `行政运行${SCRIPT}`; // a name that does not match its code
  ws.name = SHEET;
  wb.getWorksheet('表3')!.getCell('K40').value = BOLD;
  return { wb, nameCell };
}

function renderPreview(port: ExcelJsPort) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} strings={stringsFor('zh-CN')} services={{ copyText: async () => {} }} />
      <GridView port={port} />
    </FluentProvider>,
  );
}

function expectNoInjectedElements(root: HTMLElement) {
  for (const id of ['xss-script', 'xss-b']) expect(root.querySelector(`#${id}`), id).toBeNull();
  expect(root.querySelector('img[src="x"], [onerror], [onmouseover]')).toBeNull();
  expect(window.__xss).toBeUndefined();
}

describe('cell text is rendered as text, not HTML', () => {
  it('in the findings list, the 识别 tab, the preview grid and the notes of marked cells', async () => {
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => {});
    const { wb, nameCell } = hostileWorkbook();
    const port = new ExcelJsPort(wb, 'hostile.xlsx');
    const { container } = renderPreview(port);

    // The grid shows the payloads as the cells' literal text.
    const gridCell = (sheet: string, cell: string) => {
      fireEvent.click(screen.getByRole('tab', { name: sheet }));
      return container.querySelector(`[data-testid="grid"] td[data-cell="${cell}"]`)!;
    };
    expect(gridCell(SHEET, nameCell).textContent).toBe(`行政运行${SCRIPT}`);
    expect(gridCell('表3', 'K40').textContent).toBe(BOLD);

    fireEvent.click(screen.getByRole('button', { name: '校核工作簿' }));
    await screen.findByTestId('summary', {}, { timeout: 20_000 });
    const findings = screen.getAllByTestId('finding');
    expect(findings.some((f) => f.textContent!.includes(SCRIPT)), 'a finding quotes the name cell').toBe(true);

    fireEvent.click(screen.getByRole('tab', { name: '识别' }));
    expect(screen.getByTestId('tables').textContent).toContain(SHEET);

    // Marks write the finding text into notes, shown by the grid as a title attribute: still text.
    fireEvent.click(screen.getByRole('tab', { name: '校核' }));
    fireEvent.click(screen.getByRole('button', { name: '标记问题单元格' }));
    await waitFor(() => expect(port.markedCount()).toBeGreaterThan(0));
    const marked = gridCell(SHEET, nameCell);
    await waitFor(() => expect(marked.getAttribute('title') ?? '').toContain(SCRIPT));

    expectNoInjectedElements(document.body);
    expect(alert).not.toHaveBeenCalled();
  }, 60_000);
});
