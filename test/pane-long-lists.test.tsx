// @vitest-environment jsdom
/**
 * The pane's long lists are rendered a step at a time (src/taskpane/components/stepwise.ts): the
 * ledger of a check renders its lines only once opened (src/taskpane/components/CheckLedger.tsx),
 * and the problems appear a step after another (src/taskpane/components/CheckTab.tsx). Every line
 * and every problem must still be reachable, in order, whatever the step — after closing and
 * reopening, after filtering, and for the next check.
 */
import * as React from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { CheckLedger } from '../src/taskpane/components/CheckLedger';
import { CheckTab } from '../src/taskpane/components/CheckTab';
import { runCheckJob } from '../src/taskpane/check-job';
import type { CheckResult } from '../src/taskpane/analysis';
import type { WorkbookGrids } from '../src/engine/grid/types';
import { ruleLabel, stringsFor } from '../src/taskpane/i18n';
import { analyzeWorkbook, type Analysis } from '../src/engine';
import { FIXTURES, toGrids } from './fixtures';

const s = stringsFor('zh-CN');
const ORDER = ['failed', 'not-run', 'passed'];
let checks: Analysis['checks'];
let sampleChecks: Analysis['checks'];

beforeAll(() => {
  checks = analyzeWorkbook(toGrids(FIXTURES.seed001().workbook, 'seed001.xlsx')).checks;
  sampleChecks = analyzeWorkbook(toGrids(FIXTURES.seed003().workbook, 'seed003.xlsx')).checks;
});
afterEach(cleanup);

/** The lines as the ledger must show them: failed first, then not run, then passed, each kind in the engine's order. */
const expectedLines = (cs: Analysis['checks']) =>
  [...cs].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status)).map((c) => `${s.checkStatus[c.status]} ${ruleLabel(c.rule, s)}：${c.reason}`);

const ledger = () => screen.getByTestId('checks') as HTMLDetailsElement;
const lines = () => within(ledger()).queryAllByRole('listitem').map((li) => li.textContent);

function view(cs: Analysis['checks'], step: number) {
  return (
    <FluentProvider theme={webLightTheme}>
      <CheckLedger strings={s} checks={cs} step={step} />
    </FluentProvider>
  );
}

describe('the ledger, rendered a step at a time', () => {
  it('renders no lines while closed, and every line, in order, once opened', async () => {
    expect(checks.length).toBeGreaterThan(20);
    render(view(checks, 7));
    expect(ledger().querySelector('summary')!.textContent).toBe(
      s.checksRun(...(['passed', 'failed', 'not-run'] as const).map((st) => checks.filter((c) => c.status === st).length) as [number, number, number]),
    );
    expect(lines()).toEqual([]);
    ledger().open = true; // the browser fires 'toggle' as a task after the change
    await waitFor(() => expect(lines()).toHaveLength(checks.length));
    expect(lines()).toEqual(expectedLines(checks));
  });

  it('shows every line again when reopened, and the next check’s lines while open', async () => {
    const { rerender } = render(view(checks, 5));
    ledger().open = true;
    await waitFor(() => expect(lines()).toHaveLength(checks.length));
    ledger().open = false;
    await waitFor(() => expect(lines()).toEqual([]));
    ledger().open = true;
    await waitFor(() => expect(lines()).toEqual(expectedLines(checks)));
    expect(sampleChecks.length).not.toBe(checks.length);
    rerender(view(sampleChecks, 5));
    await waitFor(() => expect(lines()).toEqual(expectedLines(sampleChecks)));
  });
});

/** A check's result as the pane holds it, from the real check job over the grids. */
function resultOf(grids: WorkbookGrids): CheckResult {
  const job = runCheckJob(grids, {});
  return { grids, ...job.output, timings: { readMs: 0, analyzeMs: 0 }, marks: async () => job.marks() };
}

describe('the problems, rendered a step at a time', () => {
  const cells = () => screen.queryAllByTestId('finding').map((b) => b.getAttribute('data-cell'));
  const expectedCells = (r: CheckResult) => r.analysis.findings.map((f) => `${f.sheet}!${f.cell}`);
  const tab = (r: CheckResult) => (
    <FluentProvider theme={webLightTheme}>
      <CheckTab strings={s} result={r} busy={false} marked={0} onCheck={() => {}} onNavigate={() => {}} onMark={() => {}} onClear={() => {}} problemStep={2} />
    </FluentProvider>
  );

  it('shows every problem and every cell, in the engine’s order, after filtering, and for the next check', async () => {
    const first = resultOf(toGrids(FIXTURES.seed003().workbook, 'seed003.xlsx'));
    const next = resultOf(toGrids(FIXTURES.seed001().workbook, 'seed001.xlsx'));
    const problemCount = (r: CheckResult) => new Set(r.analysis.findings.map((f) => f.problem)).size;
    expect(problemCount(first)).toBeGreaterThan(4);
    const { rerender } = render(tab(first));
    await waitFor(() => expect(cells()).toEqual(expectedCells(first)));
    expect(screen.getAllByTestId('problem')).toHaveLength(problemCount(first));

    fireEvent.click(screen.getByRole('button', { name: /筛选 错误/ }));
    const notErrors = new Set(first.analysis.findings.filter((f) => f.severity !== 'error').map((f) => f.problem));
    await waitFor(() => expect(screen.queryAllByTestId('problem')).toHaveLength(notErrors.size));
    fireEvent.click(screen.getByRole('button', { name: /筛选 错误/ }));
    await waitFor(() => expect(cells()).toEqual(expectedCells(first)));

    expect(expectedCells(next)).not.toEqual(expectedCells(first));
    rerender(tab(next));
    await waitFor(() => expect(cells()).toEqual(expectedCells(next)));
  });
});
