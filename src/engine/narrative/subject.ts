/**
 * Whose 情况说明 it is, for which year, 预算 or 决算: read once, the same way for the pane, the CLI
 * and the .docx. The tables' own year and department come first; otherwise the workbook's text
 * ("编制单位：XX局" anywhere, a 空表 note "XX局本年度没有…", a cover or explanation title
 * "XX局2024年度部门决算"; "2025年部门预算" for the year).
 */
import type { WorkbookGrids } from '../grid/types';
import type { Family, Table } from '../recognize/types';
import { cellText } from '../grid/sheet';
import { inferReportYear } from './locate';
import {
  departmentInNote,
  departmentInTitle,
  isSelfReference,
  labelledDepartment,
  looksLikeOrganisation,
  withoutDepartmentLabel,
  withoutTableNumber,
  withoutUnitAndYear,
} from '../recognize/lexicon';

export interface DraftSubject {
  year?: number;
  department?: string;
  family: Family;
}


/** '306秦皇岛市…局   单位：万元' → '秦皇岛市…局'. */
export function cleanDepartmentName(text: string): string | undefined {
  const s = withoutTableNumber(withoutDepartmentLabel(withoutUnitAndYear(text)))
    .replace(/^[\d\s\-_.]+/, '')
    .replace(/\s+/g, '')
    .trim();
  return s.length >= 2 && !isSelfReference(s) ? s : undefined;
}

function mostCommon<T>(values: readonly (T | undefined)[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

function organisation(name: string | undefined): string | undefined {
  const s = name ? cleanDepartmentName(name) : undefined;
  return s && looksLikeOrganisation(s) ? s : undefined;
}

/** Department names written in the workbook's text, strongest evidence first. */
function departmentFromGrids(wb: WorkbookGrids): string | undefined {
  const labelled: string[] = [];
  const noted: string[] = [];
  const titled: string[] = [];
  for (const sheet of wb.sheets) {
    for (let r = 0; r < sheet.rows.length; r++) {
      const row = sheet.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const text = cellText(sheet, r, c).replace(/\s*\n\s*/g, '');
        if (!text || text.length > 200) continue;
        const l = labelledDepartment(text);
        if (l) {
          const name = cleanDepartmentName(l);
          if (name) labelled.push(name);
          continue;
        }
        const fromNote = organisation(departmentInNote(text));
        if (fromNote) noted.push(fromNote);
        const fromTitle = organisation(departmentInTitle(text.replace(/\s+/g, '')));
        if (fromTitle) titled.push(fromTitle);
      }
    }
  }
  return mostCommon(labelled) ?? mostCommon(noted) ?? mostCommon(titled);
}

/** Family and year of the report, as most of the tables state them (no department: nothing to clean up). */
export function reportOfTables(tables: readonly Table[]): Pick<DraftSubject, 'family' | 'year'> {
  const family = mostCommon(tables.map((t) => t.family)) ?? 'budget';
  const year = mostCommon(tables.map((t) => t.year));
  return { family, ...(year !== undefined ? { year } : {}) };
}

/** Year, department and family of the report the tables belong to. */
export function draftSubject(tables: readonly Table[], grids?: WorkbookGrids): DraftSubject {
  const stated = reportOfTables(tables);
  const family = stated.family;
  const year = grids ? inferReportYear(grids, tables) : stated.year;
  const fromTables = mostCommon(tables.map((t) => (t.department ? cleanDepartmentName(t.department) : undefined)));
  const department = fromTables ?? (grids ? departmentFromGrids(grids) : undefined);
  return { family, ...(year !== undefined ? { year } : {}), ...(department ? { department } : {}) };
}
