/** The name-fill plan: one write per blank 科目名称 cell whose code has a known name. */
import type { CodeCatalog } from './catalog';
import { learnedName, type WorkbookNames } from './learned';
import type { NameCell } from './name-cells';
import { isBlankName } from './names';

/** One blank 科目名称 cell to fill. */
export interface NameWrite {
  sheet: string;
  cell: string; // A1
  code: string;
  name: string;
  /** Where the name comes from (catalog edition, imported file, or the workbook itself). */
  source: string;
  /** True when the cell is not blank (a replacement that needs the user's confirmation). */
  replaces?: string;
}

export function planWrites(cells: readonly NameCell[], catalog: CodeCatalog, names: WorkbookNames): NameWrite[] {
  const writes = new Map<string, NameWrite>();
  for (const c of cells) {
    if (c.embedded || !isBlankName(c.label)) continue;
    const at = `${c.sheet}!${c.cell}`;
    if (writes.has(at)) continue;
    const hit = catalog.lookup(c.system, c.code, c.year);
    if (hit) {
      const source = hit.note ? `${hit.source}；${hit.note}` : hit.source;
      writes.set(at, { sheet: c.sheet, cell: c.cell, code: c.code, name: hit.name, source });
      continue;
    }
    const learned = learnedName(names, c.system, c.code);
    if (learned) {
      const source = `本工作簿（${learned.sheets.join('、')}）中该编码名称一致；目录中没有该编码`;
      writes.set(at, { sheet: c.sheet, cell: c.cell, code: c.code, name: learned.name, source });
    }
  }
  return [...writes.values()];
}
