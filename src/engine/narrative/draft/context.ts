/** What every section of a draft works from: the readings, the report's subject, names and notes. */
import type { Family } from '../../recognize/types';
import type { Readings } from './readings';
import type { DraftNames } from './names';
import { placeholder, type Part } from './model';

export interface DraftContext {
  r: Readings;
  /** The prior year's readings, for 比上年 sentences. */
  prior?: Readings;
  family: Family;
  /** The department's name, or 本部门. */
  dept: string;
  year?: number;
  names: DraftNames;
  /** For the clerk, never printed in the text. */
  notes: string[];
}

/** The report year as printed: '2025', or the year placeholder. */
export function yearPart(ctx: DraftContext): Part {
  return ctx.year !== undefined ? String(ctx.year) : placeholder('year');
}

/** The prior year as printed: '2024年度' / '上年度'. */
export function priorYearWords(ctx: DraftContext, suffix = '年度'): string {
  return ctx.year !== undefined ? `${ctx.year - 1}${suffix}` : '上年度';
}
