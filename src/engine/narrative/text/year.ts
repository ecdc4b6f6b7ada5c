/**
 * The report year and family (预算 / 决算) of a text without tables: the title says it
 * ("2025年部门预算", "2023年度…决算"), or else the latest year the text speaks of — a 情况说明
 * compares its own year with earlier ones, never with later ones — and the words 决算 / 年初预算.
 */
import type { Family } from '../../recognize/types';
import { toHalfWidth } from '../../grid/text';
import { FINAL_WORDS, NOT_REPORT_YEAR_BEFORE, REPORT_TITLE_YEAR, YEAR_WORD } from './words';

export interface ReportYear {
  year?: number;
  family?: Family;
  /** The year was stated in a title, not guessed from the years the text speaks of. */
  stated: boolean;
}

export function inferReportYear(texts: readonly string[]): ReportYear {
  for (const raw of texts.slice(0, 12)) {
    const m = titleYearIn(toHalfWidth(raw));
    if (m) {
      const year = Number(m[1] ?? m[3]);
      if (year >= 1990 && year <= 2100) return { year, family: (m[2] ?? m[4]) === '决算' ? 'final' : 'budget', stated: true };
    }
  }
  let year: number | undefined;
  let finals = 0;
  for (const raw of texts) {
    const t = toHalfWidth(raw);
    // A 年初预算 is only ever set against what was spent: a text that compares with it reports 决算.
    finals += (t.match(FINAL_WORDS) ?? []).length;
    YEAR_WORD.lastIndex = 0;
    for (let m = YEAR_WORD.exec(t); m; m = YEAR_WORD.exec(t)) {
      const y = Number(m[1]);
      const before = t.slice(Math.max(0, m.index - 3), m.index);
      // Years compared with ('比2024年') and dates of stocks ('截至2024年') are not the report's.
      if (y < 1990 || y > 2100 || NOT_REPORT_YEAR_BEFORE.test(before)) continue;
      if (year === undefined || y > year) year = y;
    }
  }
  return { ...(year !== undefined ? { year } : {}), family: finals >= 2 ? 'final' : 'budget', stated: false };
}

const TITLE_YEARS = new RegExp(REPORT_TITLE_YEAR.source, 'g');

/**
 * A title never denies: '因此2018年其未曾公布部门预算' says a 部门预算 of that year does not exist. A bare 未 is no denial
 * ('2023年未成年人救助保护中心部门预算').
 */
const DENIAL = /未曾|尚未|从未|没有|不曾|未(?:公布|公开|编制|编报|发布)/;

/**
 * The first report title in a text: not a year compared with ('…收入预算842.79万元,比2024年单位预算收入增加62.15万元'
 * names last year's 单位预算, not the report's), nor one said not to exist.
 */
function titleYearIn(t: string): RegExpExecArray | undefined {
  TITLE_YEARS.lastIndex = 0;
  for (let m = TITLE_YEARS.exec(t); m; m = TITLE_YEARS.exec(t)) {
    if (!NOT_REPORT_YEAR_BEFORE.test(t.slice(Math.max(0, m.index - 3), m.index)) && !DENIAL.test(m[0])) return m;
  }
  return undefined;
}
