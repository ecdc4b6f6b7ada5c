/** 科目编码 → 科目名称 lookups, name findings and name fill plans (issue 4). */
import type { AnalyzeOptions, Finding } from '../findings';
import type { Table } from '../recognize/types';

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

export function codeNameFindings(_tables: Table[], _options: AnalyzeOptions = {}): Finding[] {
  return [];
}

export function planNameFill(_tables: Table[], _options: AnalyzeOptions = {}): NameWrite[] {
  return [];
}
