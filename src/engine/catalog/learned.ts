/**
 * Names learned from the workbook itself: a code the catalogs lack, whose name is the same in
 * every table that prints it, is trusted for filling blank name cells in that workbook.
 */
import { nameKey, isBlankName } from './names';
import type { NameCell } from './name-cells';

export interface LearnedName {
  name: string;
  /** Sheets where the name was seen. */
  sheets: string[];
}

export interface WorkbookNames {
  /** Codes with one consistent name across the workbook. */
  trusted: Map<string, LearnedName>;
  /** Codes written with different names in different places: code → the distinct names. */
  conflicting: Map<string, string[]>;
}

function key(system: string, code: string): string {
  return `${system}:${code}`;
}

export function learnWorkbookNames(cells: readonly NameCell[]): WorkbookNames {
  const seen = new Map<string, { names: Map<string, string>; sheets: Set<string> }>();
  for (const c of cells) {
    if (isBlankName(c.label)) continue;
    const k = key(c.system, c.code);
    const s = seen.get(k) ?? { names: new Map(), sheets: new Set() };
    if (!s.names.has(nameKey(c.label))) s.names.set(nameKey(c.label), c.label);
    s.sheets.add(c.sheet);
    seen.set(k, s);
  }
  const trusted = new Map<string, LearnedName>();
  const conflicting = new Map<string, string[]>();
  for (const [k, s] of seen) {
    const names = [...s.names.values()];
    if (names.length === 1) trusted.set(k, { name: names[0], sheets: [...s.sheets] });
    else conflicting.set(k, names);
  }
  return { trusted, conflicting };
}

export function learnedName(names: WorkbookNames, system: string, code: string): LearnedName | undefined {
  return names.trusted.get(key(system, code));
}

export function conflictingNames(names: WorkbookNames, system: string, code: string): string[] | undefined {
  return names.conflicting.get(key(system, code));
}
