// Loaded before office.js: keep history.pushState/replaceState, which office.js nulls.
window.__historyCache = { pushState: window.history.pushState, replaceState: window.history.replaceState };
