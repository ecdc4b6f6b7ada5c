/**
 * Start-up that never leaves a blank pane: Office.onReady is given a time limit (a pane whose
 * office.js never answers says so, and still starts if Office answers later), and any error while
 * starting is shown as a Chinese message in the pane instead of a stack trace in a console nobody sees.
 */

/** How long Office.onReady may take before the pane says something. */
export const OFFICE_READY_TIMEOUT_MS = 20_000;

export const OFFICE_SLOW =
  'Excel 迟迟没有完成加载项的初始化：请关闭任务窗格后重新打开；若仍如此，请重启 Excel，或用浏览器打开本页、用命令行 budget-check 检查工作簿文件。';

export function startupFailed(e: unknown): string {
  const detail = e instanceof Error && e.message ? e.message : String(e);
  return `预算表校核助手未能启动：${detail}。请关闭任务窗格后重新打开；若仍如此，请用浏览器打开本页或使用命令行 budget-check。`;
}

/** Shows a message in place of the pane (plain DOM: React may be what failed). */
export function showStartupMessage(container: HTMLElement, text: string): void {
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.dataset.testid = 'startup-message';
  box.style.cssText = 'font-family: "Microsoft YaHei", "PingFang SC", sans-serif; font-size: 14px; line-height: 1.6; padding: 12px 16px;';
  box.textContent = text;
  container.replaceChildren(box);
}

/**
 * The Office host the pane runs in (undefined: a plain browser), waiting for Office.onReady;
 * `onSlow` runs once if that takes longer than `timeoutMs` (the wait goes on).
 */
export async function officeHost(office: typeof Office | undefined, onSlow: () => void, timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<string | undefined> {
  if (!office) return undefined; // office.js not loaded: plain browser
  const timer = setTimeout(onSlow, timeoutMs);
  try {
    const { host } = await office.onReady();
    return host ? String(host) : undefined;
  } finally {
    clearTimeout(timer);
  }
}
