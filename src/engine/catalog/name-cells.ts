/**
 * The 科目名称 cells of a workbook's tables: every line that prints a 科目编码, with its full code
 * (split parts joined, lone 款/项 parts completed), the name as written and the name cell.
 */
import { toA1 } from '../grid/a1';
import type { Line, Table } from '../recognize/types';
import type { CodeCatalog } from './catalog';
import { codeWithoutSpaces, resolveTableCodes, systemOfCode } from './codes';
import { nameKey } from './names';
import type { CatalogSystem, CodeLookup } from './types';

/**
 * One 科目名称 cell. Its A1 addresses and the code as printed are worked out when read: a long sheet
 * has 100,000 name cells and most are never shown on their own.
 */
export class NameCell {
  constructor(
    readonly table: Table,
    readonly line: Line,
    /** The full code after completing lone parts. */
    readonly code: string,
    readonly system: CatalogSystem,
    /** The name as written ('' when blank). */
    readonly label: string,
    /** nameKey(label), computed once: every check compares it. */
    readonly labelKey: string,
    /** Edition year to look the code up in. */
    readonly year: number | undefined,
    /** The catalogs' name of the code for that year (looked up once: every check asks for it). */
    readonly hit: CodeLookup | undefined,
    /** The code is printed inside the label cell ('201 一般公共服务支出', summary tables): names are
     *  checked, but an unknown code or a missing name is not reported there. */
    readonly embedded: boolean,
  ) {}

  get sheet(): string {
    return this.table.sheet;
  }

  /** A1 of the name cell. */
  get cell(): string {
    return toA1(this.line.row, this.line.labelCol!);
  }

  /** A1 of the code cell(s). */
  get codeCells(): string[] {
    return (this.line.codeCols ?? []).map((c) => toA1(this.line.row, c));
  }

  /** The code as printed (split parts joined). */
  get written(): string {
    return this.line.code ? codeWithoutSpaces(this.line.code) : this.code;
  }
}

/** '201 一般公共服务支出' → the name after the code, when the label starts with this line's code. */
function nameAfterCode(label: string, code: string): string | undefined {
  const t = label.trim();
  if (!t.startsWith(code)) return undefined;
  const rest = t.slice(code.length);
  return /^[\s\u3000]/.test(rest) || /^[^\d]/.test(rest) ? rest.trim() : undefined;
}

/** Lines with a printed code and a name. Lines whose code was inferred (not printed) are left out. */
export function nameCells(tables: readonly Table[], catalog: CodeCatalog, editionYear?: number): NameCell[] {
  const cells: NameCell[] = [];
  for (const table of tables) {
    const year = editionYear ?? table.year;
    const systemOf = (code: string, line: Line) => (code === line.code ? line.codeSystem ?? systemOfCode(code) : systemOfCode(code));
    const matches = (code: string, line: Line): boolean => {
      const system = systemOf(code, line);
      const hit = system ? catalog.lookup(system, code, year) : undefined;
      return !!hit && catalog.isNameOf(nameKey(line.label), hit);
    };
    const full = resolveTableCodes(table, matches);
    for (let i = 0; i < table.lines.length; i++) {
      const line = table.lines[i];
      const code = full[i];
      if (!code || line.labelCol === undefined) continue;
      const system = systemOf(code, line);
      if (!system) continue;
      const embeddedName = line.codeCols?.length ? undefined : nameAfterCode(line.label, code);
      if (!line.codeCols?.length && embeddedName === undefined) continue;
      const label = embeddedName ?? line.label.trim();
      const cell = new NameCell(table, line, code, system, label, nameKey(label), year, catalog.lookup(system, code, year), embeddedName !== undefined);
      cells.push(cell);
    }
  }
  return cells;
}
