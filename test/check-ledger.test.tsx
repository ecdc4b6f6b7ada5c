// @vitest-environment jsdom
/**
 * The ledger of a check renders its lines only once opened, then a step at a time
 * (src/taskpane/components/CheckLedger.tsx): every line must still be reachable, in the ledger's
 * order, whatever the step — and again after closing it, and for the next check's ledger.
 */
import * as React from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { CheckLedger } from '../src/taskpane/components/CheckLedger';
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
