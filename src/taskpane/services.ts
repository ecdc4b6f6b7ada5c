/**
 * Pane capabilities that come from other modules: .docx download, catalog import, clipboard.
 * The .docx writer, the catalog and ExcelJS are loaded when first used, not with the pane.
 */
import type { Draft } from '../engine/narrative';
import type { ImportedCatalog } from '../engine/findings';
import { downloadBytes } from '../preview/download';
import type { PaneServices } from './App';
import { paneStorage, webStore } from './store';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const HEADING = /^[一二三四五六七八九十]+、/;

/** Edited draft lines → a Draft again: lines like "一、收支预算总体情况" become section headings. */
export function linesToDraft(title: string, lines: string[]): Draft {
  const draft: Draft = { title, sections: [] };
  for (const line of lines) {
    if (HEADING.test(line) && line.length <= 40) draft.sections.push({ heading: line, paragraphs: [] });
    else {
      if (draft.sections.length === 0) draft.sections.push({ heading: '', paragraphs: [] });
      draft.sections[draft.sections.length - 1].paragraphs.push(line);
    }
  }
  return draft;
}

/** Reads an official 科目 catalog the user picked (.xlsx, or CSV / tab-separated text). */
export async function importCatalogFile(file: File, year?: number): Promise<ImportedCatalog> {
  const source = `${file.name}（${new Date().toISOString().slice(0, 10)} 导入）`;
  const bytes = new Uint8Array(await file.arrayBuffer());
  const { importCatalogFromCsv, importCatalogFromGrids } = await import(/* webpackChunkName: "catalog" */ '../engine/catalog');
  if (/\.xlsx$/i.test(file.name)) {
    const [{ loadXlsx }, { workbookToGrids }] = await Promise.all([import(/* webpackChunkName: "xlsx-load" */ '../xlsx/load'), import(/* webpackChunkName: "xlsx-grids" */ '../xlsx/grids')]);
    const grids = workbookToGrids(await loadXlsx(bytes), file.name);
    return importCatalogFromGrids(grids, { source, year }).catalog;
  }
  return importCatalogFromCsv(new TextDecoder('utf-8').decode(bytes), { source, year }).catalog;
}

export function paneServices(): PaneServices {
  return {
    downloadDocx: async (title, paragraphs) => {
      const { draftToDocx } = await import(/* webpackChunkName: "docx" */ '../docx');
      const bytes = await draftToDocx(linesToDraft(title, paragraphs));
      downloadBytes(bytes, `${title || '情况说明'}（草稿）.docx`, DOCX_TYPE);
    },
    importCatalog: importCatalogFile,
    store: webStore(paneStorage()),
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
