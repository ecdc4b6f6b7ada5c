/**
 * Names learned from the workbook itself: a code the catalogs lack, whose name is the same in
 * every table that prints it, is trusted for filling blank name cells in that workbook.
 */
import type { NameCell } from './name-cells';

export interface LearnedName {
  name: string;
  /** Sheets where the name was seen. */
  sheets: readonly string[];
}

/**
 * What the workbook writes for one code: its distinct names (by nameKey, first spelling kept) and
 * sheets. It is itself the LearnedName handed out while one name is written: a long sheet of codes
 * the catalogs lack asks for 100,000 of them.
 */
export interface Seen extends LearnedName {
  /** The first name written and its key; `others` only when a different name appears. */
  key: string;
  others?: Map<string, string>;
  /** How many name cells write a name for the code (in this system). */
  cells: number;
}

export interface WorkbookNames {
  /** Per system, per code: the names written for it. One name is trusted; several conflict. */
  seen: Map<string, Map<string, Seen>>;
  /** What was seen of each name cell's code, by the cell's index in the cells learned from (undefined: a blank name). */
  ofCell: (Seen | undefined)[];
}

export function learnWorkbookNames(cells: readonly NameCell[]): WorkbookNames {
  const seen = new Map<string, Map<string, Seen>>();
  const ofCell = new Array<Seen | undefined>(cells.length);
  /** One list per sheet shared by the codes seen on that sheet alone (a list is copied before it grows). */
  const onlyOn = new Map<string, string[]>();
  /** What was seen of codes whose sheet list is their own (copied once): it grows in place after that. */
  const ownList = new Set<Seen>();
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (c.labelKey === '') continue;
    let bySystem = seen.get(c.system);
    if (!bySystem) seen.set(c.system, (bySystem = new Map()));
    const s = bySystem.get(c.code);
    if (!s) {
      let sheets = onlyOn.get(c.sheet);
      if (!sheets) onlyOn.set(c.sheet, (sheets = [c.sheet]));
      const first: Seen = { key: c.labelKey, name: c.label, sheets, cells: 1 };
      bySystem.set(c.code, first);
      ofCell[i] = first;
      continue;
    }
    ofCell[i] = s;
    s.cells++;
    if (c.labelKey !== s.key) {
      s.others ??= new Map();
      if (!s.others.has(c.labelKey)) s.others.set(c.labelKey, c.label);
    }
    if (s.sheets.includes(c.sheet)) continue;
    if (ownList.has(s)) (s.sheets as string[]).push(c.sheet);
    else {
      s.sheets = [...s.sheets, c.sheet];
      ownList.add(s);
    }
  }
  return { seen, ofCell };
}

/** The name of what was seen of a code, if it is the same everywhere. */
export function trustedName(s: Seen | undefined): LearnedName | undefined {
  return s && !s.others ? s : undefined;
}

/** The distinct names of what was seen of a code, when there is more than one. */
export function namesInConflict(s: Seen | undefined): string[] | undefined {
  return s?.others ? [s.name, ...s.others.values()] : undefined;
}

/** The name a code the catalogs lack has in every table that prints it, if it is the same everywhere. */
export function learnedName(names: WorkbookNames, system: string, code: string): LearnedName | undefined {
  return trustedName(names.seen.get(system)?.get(code));
}

/** The distinct names written for a code in different places, when there is more than one. */
export function conflictingNames(names: WorkbookNames, system: string, code: string): string[] | undefined {
  return namesInConflict(names.seen.get(system)?.get(code));
}

/** True when one name cell alone, in any system, writes a name for this code (`s`: what its system saw of it). */
export function namedOnce(names: WorkbookNames, system: string, code: string, s: Seen): boolean {
  if (s.cells !== 1) return false;
  for (const [other, codes] of names.seen) if (other !== system && codes.has(code)) return false;
  return true;
}
