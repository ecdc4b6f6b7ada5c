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
interface Seen extends LearnedName {
  /** The first name written and its key; `others` only when a different name appears. */
  key: string;
  others?: Map<string, string>;
}

export interface WorkbookNames {
  /** Per system, per code: the names written for it. One name is trusted; several conflict. */
  seen: Map<string, Map<string, Seen>>;
}

export function learnWorkbookNames(cells: readonly NameCell[]): WorkbookNames {
  const seen = new Map<string, Map<string, Seen>>();
  /** One list per sheet shared by the codes seen on that sheet alone (a list is copied before it grows). */
  const onlyOn = new Map<string, string[]>();
  for (const c of cells) {
    if (c.labelKey === '') continue;
    let bySystem = seen.get(c.system);
    if (!bySystem) seen.set(c.system, (bySystem = new Map()));
    const s = bySystem.get(c.code);
    if (!s) {
      let sheets = onlyOn.get(c.sheet);
      if (!sheets) onlyOn.set(c.sheet, (sheets = [c.sheet]));
      bySystem.set(c.code, { key: c.labelKey, name: c.label, sheets });
      continue;
    }
    if (c.labelKey !== s.key) {
      s.others ??= new Map();
      if (!s.others.has(c.labelKey)) s.others.set(c.labelKey, c.label);
    }
    if (!s.sheets.includes(c.sheet)) s.sheets = [...s.sheets, c.sheet];
  }
  return { seen };
}

/** The name a code the catalogs lack has in every table that prints it, if it is the same everywhere. */
export function learnedName(names: WorkbookNames, system: string, code: string): LearnedName | undefined {
  const s = names.seen.get(system)?.get(code);
  return s && !s.others ? s : undefined;
}

/** The distinct names written for a code in different places, when there is more than one. */
export function conflictingNames(names: WorkbookNames, system: string, code: string): string[] | undefined {
  const s = names.seen.get(system)?.get(code);
  return s?.others ? [s.name, ...s.others.values()] : undefined;
}
