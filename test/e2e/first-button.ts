/**
 * What a page had fetched when its first button appeared: an init script (run before any of the
 * page's scripts) watches the DOM and, at the first <button>, keeps the page's resource timing
 * entries — each written when its response has fully arrived.
 */
import type { BrowserContext, Page } from 'playwright-core';

export async function recordFirstButton(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('button')) return;
      (window as unknown as { __beforeFirstButton: string[] }).__beforeFirstButton = performance.getEntriesByType('resource').map((e) => e.name);
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
}

/** Paths of the scripts the page had fetched when its first button appeared. */
export async function scriptsBeforeFirstButton(page: Page): Promise<string[]> {
  const urls = await page.evaluate(() => (window as unknown as { __beforeFirstButton?: string[] }).__beforeFirstButton ?? []);
  return urls.filter((u) => u.endsWith('.js')).map((u) => new URL(u).pathname);
}
