/**
 * The year a change is measured against, where the text measures almost every change against one year: an
 * item after item '比2025年预算执行数增加…' and one '比2024年预算执行数增加79.53%' (a 2026 budget), or nineteen
 * '与2021年决算数相比' and one '与2022年决算数持平' (the year reported itself). The odd year is a slip of the
 * pen; a warning, since a text may mean another base once. Needs no stated report year: the text is
 * measured against itself.
 */
import type { Doc } from '../document';
import { sentenceAt } from '../tokens';
import { COMPARED_YEAR, YEAR_CHARACTER } from '../words';

/** How many comparisons with one base make it the text's base, and how many others may stand beside it as slips. */
const SETTLED_BASE = 5;
const MOST_ODD = 2;
/** An odd year further from the base than this is another comparison meant, not a slipped digit. */
const NEAR_YEARS = 2;

interface Comparison {
  para: number;
  start: number;
  year: number;
}

/** '预算', '年初预算', '决算' …: comparisons with a year alone ('比2021年增长') name no base and are not counted. */
function comparisonsByBase(doc: Doc): Map<string, Comparison[]> {
  const byBase = new Map<string, Comparison[]>();
  for (const p of doc.passages) {
    if (!p.half.includes(YEAR_CHARACTER)) continue;
    COMPARED_YEAR.lastIndex = 0;
    for (let m = COMPARED_YEAR.exec(p.half); m; m = COMPARED_YEAR.exec(p.half)) {
      if (!m[3]) continue;
      const base = (m[2] ?? '') + m[3];
      let list = byBase.get(base);
      if (!list) byBase.set(base, (list = []));
      list.push({ para: p.index, start: m.index, year: Number(m[1]) });
    }
  }
  return byBase;
}

function mostCommonYear(list: readonly Comparison[]): { year: number; count: number } {
  const counts = new Map<number, number>();
  for (const c of list) counts.set(c.year, (counts.get(c.year) ?? 0) + 1);
  let best = { year: 0, count: 0 };
  for (const [year, count] of counts) if (count > best.count) best = { year, count };
  return best;
}

export function checkBaseYears(doc: Doc): void {
  for (const [base, list] of comparisonsByBase(doc)) {
    const settled = mostCommonYear(list);
    if (settled.count < SETTLED_BASE) continue;
    const odd = list.filter((c) => c.year !== settled.year);
    if (odd.length === 0 || odd.length > MOST_ODD) continue;
    for (const c of odd) {
      if (Math.abs(c.year - settled.year) > NEAR_YEARS) continue;
      const text = doc.passages[c.para].text;
      doc.out.add(
        'year',
        'warning',
        c,
        `“${sentenceAt(text, c.start)}”写的是与${c.year}年比较，文中另有${settled.count}处与${base}比较的都是${settled.year}年，请核对年份。`,
        // The key of wording.ts's comparison with the report year itself: that error, where it is raised, stands alone.
        { expected: settled.year, actual: c.year, key: `cmp${c.start}` },
      );
    }
  }
}
