/**
 * Whose 情况说明 it is, for which year, 预算 or 决算: read once, the same way for the pane, the CLI
 * and the .docx. The tables' own year and department come first; otherwise the workbook's text
 * ("编制单位：XX局" anywhere, a 空表 note "XX局本年度没有…", a cover or explanation title
 * "XX局2024年度部门决算"; "2025年部门预算" for the year).
 */
import type { WorkbookGrids } from '../../grid/types';
import type { Family, Table } from '../../recognize/types';
import { cellText } from '../../grid/sheet';
import { inferReportYear } from '../locate';

export interface DraftSubject {
  year?: number;
  department?: string;
  family: Family;
}

const ORGANISATION = /(局|委|办|办事处|中心|院|所|馆|站|队|会|部|厅|处|室|校|园|社|司|署|团|宫|台|厂|场|科|政府|街道|镇|乡)(\(.*\)|（.*）)?(本级)?$/;
const LABELLED = /^\s*(?:编制部门|编制单位|单位名称|部门名称|预算单位|填报单位|部门（单位）名称|部门\(单位\)名称)\s*[:：]\s*(.+)$/;
const NOTE_NAME = /^\s*(?:注|说明|备注)\s*[:：]\s*(.{4,40}?)(?:本年度|\d{4}\s*年度?)(?:没有|无|未)/;
const TITLE_NAME = /^(?:第[一二三四五六七八九十]+部分\s*)?(.{4,40}?)\s*\d{4}\s*年度?\s*(?:部门|单位)\s*(?:预算|决算)/;

/** '306秦皇岛市…局   单位：万元' → '秦皇岛市…局'. */
export function cleanDepartmentName(text: string): string | undefined {
  const s = text
    .replace(/[（(]?(金额)?单位\s*[:：]\s*(人民币)?\s*(亿元|万元|千元|元)[)）]?/g, ' ')
    .replace(/(预算年度\s*[:：]?\s*)?\d{4}\s*年度?/g, ' ')
    .replace(/^(?:编制部门|编制单位|单位名称|部门名称|预算单位|填报单位)\s*[:：]\s*/, '')
    .replace(/^表\s*\d+(?:[-—.－]\d+)*/, '')
    .replace(/^[\d\s\-_.]+/, '')
    .replace(/\s+/g, '')
    .trim();
  // '本部门' / '本单位' is how a text refers to itself, not a name.
  return s.length >= 2 && !/^本(部门|单位)/.test(s) ? s : undefined;
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
  return s && ORGANISATION.test(s) ? s : undefined;
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
        const l = LABELLED.exec(text);
        if (l) {
          const name = cleanDepartmentName(l[1]);
          if (name) labelled.push(name);
          continue;
        }
        const n = NOTE_NAME.exec(text);
        const fromNote = n ? organisation(n[1]) : undefined;
        if (fromNote) noted.push(fromNote);
        const t = TITLE_NAME.exec(text.replace(/\s+/g, ''));
        const fromTitle = t ? organisation(t[1]) : undefined;
        if (fromTitle) titled.push(fromTitle);
      }
    }
  }
  return mostCommon(labelled) ?? mostCommon(noted) ?? mostCommon(titled);
}

/** Year, department and family of the report the tables belong to. */
export function draftSubject(tables: readonly Table[], grids?: WorkbookGrids): DraftSubject {
  const family = mostCommon(tables.map((t) => t.family)) ?? 'budget';
  const year = grids ? inferReportYear(grids, tables) : mostCommon(tables.map((t) => t.year));
  const fromTables = mostCommon(tables.map((t) => (t.department ? cleanDepartmentName(t.department) : undefined)));
  const department = fromTables ?? (grids ? departmentFromGrids(grids) : undefined);
  return { family, ...(year !== undefined ? { year } : {}), ...(department ? { department } : {}) };
}
