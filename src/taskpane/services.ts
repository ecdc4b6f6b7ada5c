/**
 * Pane capabilities that come from other modules: .docx download, catalog import, clipboard.
 * The .docx writer, the catalog and ExcelJS are loaded when first used, not with the pane.
 */
import { lineText, type Draft } from '../engine/model/draft';
import type { ImportedCatalog } from '../engine/findings';
import { decodeText } from '../io/decode-text';
import { downloadBytes } from './download';
import type { PaneServices } from './App';
import { paneStorage, webStore } from './store';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** '上海市…局2024年度部门决算情况说明（草稿）.docx', without characters file systems refuse. */
export function draftFileName(draft: Pick<Draft, 'title'>): string {
  const title = lineText(draft.title).replace(/[\\/:*?"<>|]/g, '').trim() || '情况说明';
  return `${title}（草稿）.docx`;
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
  return importCatalogFromCsv(decodeText(bytes), { source, year }).catalog;
}

export function paneServices(): PaneServices {
  return {
    downloadDocx: async (draft) => {
      const { draftToDocx } = await import(/* webpackChunkName: "docx" */ '../docx');
      const bytes = await draftToDocx(draft);
      downloadBytes(bytes, draftFileName(draft), DOCX_TYPE);
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
