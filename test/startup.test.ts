// @vitest-environment jsdom
/**
 * Start-up never leaves a blank pane: a slow Office.onReady puts a Chinese message up (and the pane
 * still starts when Office answers), and a start-up error is shown in the pane.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OFFICE_SLOW, officeHost, showStartupMessage, startupFailed } from '../src/taskpane/startup';

afterEach(() => vi.useRealTimers());

function fakeOffice() {
  let answer!: (info: { host: string | null }) => void;
  const ready = new Promise<{ host: string | null }>((resolve) => (answer = resolve));
  return { office: { onReady: () => ready } as unknown as typeof Office, answer };
}

describe('start-up', () => {
  it('outside Office (no office.js) answers at once: a plain browser', async () => {
    const slow = vi.fn();
    expect(await officeHost(undefined, slow)).toBeUndefined();
    expect(slow).not.toHaveBeenCalled();
  });

  it('says so when Office.onReady does not answer in time, and still returns the host when it does', async () => {
    vi.useFakeTimers();
    const { office, answer } = fakeOffice();
    const slow = vi.fn();
    const host = officeHost(office, slow, 20_000);
    await vi.advanceTimersByTimeAsync(19_999);
    expect(slow).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(slow).toHaveBeenCalledTimes(1);
    answer({ host: 'Excel' });
    expect(await host).toBe('Excel');
  });

  it('no message when Office answers in time', async () => {
    vi.useFakeTimers();
    const { office, answer } = fakeOffice();
    const slow = vi.fn();
    const host = officeHost(office, slow, 20_000);
    answer({ host: null });
    expect(await host).toBeUndefined();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(slow).not.toHaveBeenCalled();
  });

  it('shows a start-up failure as Chinese text in place of the pane', () => {
    const container = document.createElement('div');
    container.appendChild(document.createElement('span'));
    showStartupMessage(container, startupFailed(new Error('Fluent UI failed')));
    expect(container.children).toHaveLength(1);
    expect(container.textContent).toMatch(/^预算表校核助手未能启动：Fluent UI failed。/);
    showStartupMessage(container, OFFICE_SLOW);
    expect(container.getAttribute('role') ?? container.firstElementChild!.getAttribute('role')).toBe('alert');
    expect(container.textContent).toContain('重新打开');
  });
});
