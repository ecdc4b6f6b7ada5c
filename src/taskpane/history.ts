/**
 * office.js sets history.pushState / replaceState to null (a legacy IE guard). `history-guard.js`
 * — a static script loaded before office.js (no inline scripts: the CSP allows only 'self') —
 * keeps the originals; this puts them back. The pane uses no router, but other code may need them.
 */
interface Saved {
  pushState?: History['pushState'];
  replaceState?: History['replaceState'];
}

export function restoreHistory(win: Window & { __historyCache?: Saved } = window): void {
  const saved = win.__historyCache;
  if (!saved) return;
  if (!win.history.pushState && saved.pushState) win.history.pushState = saved.pushState;
  if (!win.history.replaceState && saved.replaceState) win.history.replaceState = saved.replaceState;
}
