/**
 * The name-fill plan: one write per blank 科目名称 cell whose code has a known name, and one
 * correction per name that is wrong for its code (marked `replaces`: adapters write it only after
 * the user confirms, and the command line never does).
 */
import type { CodeCatalog } from './catalog';
import { learnedName, type WorkbookNames } from './learned';
import type { NameCell } from './name-cells';
import { checkNamed } from './check';
import type { CodeLookup } from './types';

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

/** Names the plan offers to correct besides errors: the name is certain, the written one only behind or short of it. */
const CORRECTABLE_WARNINGS = new Set(['code-name/incomplete', 'code-name/former-name', 'code-name/variant']);

/**
 * A name cell that should read otherwise: another code's name, a wrong one, a truncated one, an old
 * edition's name or a one-character variant (not a doubtful one).
 */
function needsCorrection(c: NameCell, hit: CodeLookup, catalog: CodeCatalog): boolean {
  const f = checkNamed(c, hit, catalog);
  return !!f && (f.severity === 'error' || CORRECTABLE_WARNINGS.has(f.rule));
}

/** The write a name cell asks for, if any. */
function writeFor(c: NameCell, catalog: CodeCatalog, names: WorkbookNames): NameWrite | undefined {
  // A name typed in the code's own cell ('206 科学技术支出') cannot be rewritten on its own.
  if (c.embedded) return undefined;
  const hit = c.hit;
  const source = hit ? (hit.note ? `${hit.source}；${hit.note}` : hit.source) : '';
  if (c.labelKey !== '') {
    return hit && needsCorrection(c, hit, catalog) ? { sheet: c.sheet, cell: c.cell, code: c.code, name: hit.name, source, replaces: c.label } : undefined;
  }
  if (hit) return { sheet: c.sheet, cell: c.cell, code: c.code, name: hit.name, source };
  const learned = learnedName(names, c.system, c.code);
  if (!learned) return undefined;
  return { sheet: c.sheet, cell: c.cell, code: c.code, name: learned.name, source: `本工作簿（${learned.sheets.join('、')}）中该编码名称一致；目录中没有该编码` };
}

/** One write per cell: the first name cell read there decides it. */
export function planWrites(cells: readonly NameCell[], catalog: CodeCatalog, names: WorkbookNames): NameWrite[] {
  const writes = new Map<string, NameWrite>();
  for (const c of cells) {
    const write = writeFor(c, catalog, names);
    if (!write) continue;
    const at = `${c.sheet}!${c.cell}`;
    if (!writes.has(at)) writes.set(at, write);
  }
  return [...writes.values()];
}
