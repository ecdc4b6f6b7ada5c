/**
 * Names learned from the workbook itself: a code the catalogs lack, whose name is the same in
 * every table that prints it, is trusted for filling blank name cells in that workbook.
 */
import type { NameCell } from './name-cells';

export interface LearnedName {
  name: string;
  /** Sheets where the name was seen. */
  sheets: string[];
}

/** What the workbook writes for one code: its distinct names (by nameKey, first spelling kept) and sheets. */
interface Seen {
  names: Map<string, string>;
  sheets: string[];
}

export interface WorkbookNames {
  /** Per system, per code: the names written for it. One name is trusted; several conflict. */
  seen: Map<string, Map<string, Seen>>;
}

export function learnWorkbookNames(cells: readonly NameCell[]): WorkbookNames {
  const seen = new Map<string, Map<string, Seen>>();
  for (const c of cells) {
    if (c.labelKey === '') continue;
    let bySystem = seen.get(c.system);
    if (!bySystem) seen.set(c.system, (bySystem = new Map()));
    let s = bySystem.get(c.code);
    if (!s) bySystem.set(c.code, (s = { names: new Map(), sheets: [] }));
    if (!s.names.has(c.labelKey)) s.names.set(c.labelKey, c.label);
    if (!s.sheets.includes(c.sheet)) s.sheets.push(c.sheet);
  }
  return { seen };
}

/** The name a code the catalogs lack has in every table that prints it, if it is the same everywhere. */
export function learnedName(names: WorkbookNames, system: string, code: string): LearnedName | undefined {
  const s = names.seen.get(system)?.get(code);
  if (!s || s.names.size !== 1) return undefined;
  return { name: s.names.values().next().value!, sheets: [...s.sheets] };
}

/** The distinct names written for a code in different places, when there is more than one. */
export function conflictingNames(names: WorkbookNames, system: string, code: string): string[] | undefined {
  const s = names.seen.get(system)?.get(code);
  return s && s.names.size > 1 ? [...s.names.values()] : undefined;
}
