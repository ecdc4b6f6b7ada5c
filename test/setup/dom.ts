/**
 * DOM tests (jsdom) wait on conditions, never on time: testing-library's waitFor / findBy* poll
 * until the condition holds, and give up after 1 s by default — too soon on a busy 2-core machine,
 * where one re-check of the workbook can take longer. 30 s here; a condition that never holds still
 * fails, only later. https://testing-library.com/docs/dom-testing-library/api-configuration
 */
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 30_000 });
}

export {};
