/**
 * The report year and family (预算 / 决算) of a text without tables: the title says it
 * ("2025年部门预算", "2023年度…决算"), or else the latest year the text speaks of — a 情况说明
 * compares its own year with earlier ones, never with later ones — and the words 决算 / 年初预算.
 */
import type { Family } from '../../recognize/types';
import { toHalfWidth } from '../../grid/text';

const TITLE = /(\d{4})\s*年度?\s*(?:[^\d,，。;；]{0,30}?)(?:部门|单位)\s*(预算|决算)|(\d{4})\s*年度?\s*(?:部门|单位)?\s*(预算|决算)\s*(?:信息)?(?:公开)?(?:情况)?(?:编制)?说明/;
const YEAR = /(\d{4})\s*年/g;

export interface ReportYear {
  year?: number;
  family?: Family;
  /** The year was stated in a title, not guessed from the years the text speaks of. */
  stated: boolean;
}

export function inferReportYear(texts: readonly string[]): ReportYear {
  for (const raw of texts.slice(0, 12)) {
    const m = TITLE.exec(toHalfWidth(raw));
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
    finals += (t.match(/决算|年初预算/g) ?? []).length;
    YEAR.lastIndex = 0;
    for (let m = YEAR.exec(t); m; m = YEAR.exec(t)) {
      const y = Number(m[1]);
      const before = t.slice(Math.max(0, m.index - 3), m.index);
      // Years compared with ('比2024年') and dates of stocks ('截至2024年') are not the report's.
      if (y < 1990 || y > 2100 || /截[至止]\s*$|[比较与同]\s*$/.test(before)) continue;
      if (year === undefined || y > year) year = y;
    }
  }
  return { ...(year !== undefined ? { year } : {}), family: finals >= 2 ? 'final' : 'budget', stated: false };
}
