/**
 * The 科目名称 cells of a workbook's tables: every line that prints a 科目编码, with its full code
 * (split parts joined, lone 款/项 parts completed), the name as written and the name cell.
 */
import { toA1 } from '../grid/a1';
import type { Line, Table } from '../recognize/types';
import type { CodeCatalog } from './catalog';
import { codeWithoutSpaces, resolveTableCodes, systemOfCode } from './codes';
import { nameKey } from './names';
import type { CatalogSystem } from './types';

export interface NameCell {
  table: Table;
  line: Line;
  sheet: string;
  /** A1 of the name cell. */
  cell: string;
  /** A1 of the code cell(s). */
  codeCells: string[];
  /** The code as printed (joined) and the full code after completing lone parts. */
  written: string;
  code: string;
  system: CatalogSystem;
  /** The name as written ('' when blank). */
  label: string;
  /** nameKey(label), computed once: every check compares it. */
  labelKey: string;
  /** Edition year to look the code up in. */
  year?: number;
  /** The code is printed inside the label cell ('201 一般公共服务支出', summary tables): names are
   *  checked, but an unknown code or a missing name is not reported there. */
  embedded?: boolean;
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
      const cell: NameCell = {
        table,
        line,
        sheet: table.sheet,
        cell: toA1(line.row, line.labelCol),
        codeCells: (line.codeCols ?? []).map((c) => toA1(line.row, c)),
        written: line.code ? codeWithoutSpaces(line.code) : code,
        code,
        system,
        label,
        labelKey: nameKey(label),
        year,
      };
      if (embeddedName !== undefined) cell.embedded = true;
      cells.push(cell);
    }
  }
  return cells;
}
