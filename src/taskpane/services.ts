/** Pane capabilities that come from other modules: .docx download, catalog import, clipboard. */
import type { PaneServices } from './App';

export function paneServices(): PaneServices {
  return {
    copyText: async (text) => {
      if (navigator.clipboard?.writeText) {
        await navigator.clipboard.writeText(text);
        return;
      }
      const area = document.createElement('textarea');
      area.value = text;
      document.body.appendChild(area);
      area.select();
      document.execCommand('copy');
      area.remove();
    },
  };
}
