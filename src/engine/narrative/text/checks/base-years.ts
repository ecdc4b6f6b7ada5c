/**
 * The year a change is measured against, where the text measures almost every change against one year: an
 * item after item '比2025年预算执行数增加…' and one '比2024年预算执行数增加79.53%' (a 2026 budget), or nineteen
 * '与2021年决算数相比' and one '与2022年决算数持平' (the year reported itself). Likewise the year set beside a
 * figure, item after item: '2026年度预算1,687.92万元，2025年度预算…' and one '…，2024年度预算1,676.41万元'. The odd
 * year is a slip of the pen; a warning, since a text may mean another base once. Needs no stated report year:
 * the text is measured against itself.
 */
import type { Doc } from '../document';
import { sentenceAt } from '../tokens';
import { COMPARED_YEAR, PAIRED_YEAR, YEAR_CHARACTER } from '../words';

/** How many comparisons with one base make it the text's base, and how many others may stand beside it as slips. */
const SETTLED_BASE = 5;
const MOST_ODD = 2;
/** An odd year further from the base than this is another comparison meant, not a slipped digit. */
const NEAR_YEARS = 2;

interface Comparison {
  para: number;
  start: number;
  year: number;
  /** What the year is compared with or set beside, in the message's words: '与预算比较', '与2026年预算并列'. */
  how: string;
}

function add(byBase: Map<string, Comparison[]>, key: string, c: Comparison): void {
  let list = byBase.get(key);
  if (!list) byBase.set(key, (list = []));
  list.push(c);
}

/**
 * The comparisons, by base ('预算', '年初预算', '决算' …; a comparison with a year alone, '比2021年增长', names no base and is
 * not counted), and the years set beside another year's figure, by that year and base.
 */
function comparisonsByBase(doc: Doc): Map<string, Comparison[]> {
  const byBase = new Map<string, Comparison[]>();
  for (const p of doc.passages) {
    if (!p.half.includes(YEAR_CHARACTER)) continue;
    COMPARED_YEAR.lastIndex = 0;
    for (let m = COMPARED_YEAR.exec(p.half); m; m = COMPARED_YEAR.exec(p.half)) {
      if (!m[3]) continue;
      const base = (m[2] ?? '') + m[3];
      add(byBase, base, { para: p.index, start: m.index, year: Number(m[1]), how: `与${base}比较` });
    }
    PAIRED_YEAR.lastIndex = 0;
    for (let m = PAIRED_YEAR.exec(p.half); m; m = PAIRED_YEAR.exec(p.half)) {
      const first = `${m[2]}年${m[3]}`;
      add(byBase, `${first}|${m[5]}`, { para: p.index, start: m.index + m[1].length, year: Number(m[4]), how: `与${first}并列` });
      // The second year may begin the next pair.
      PAIRED_YEAR.lastIndex = m.index + m[1].length;
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
  for (const list of comparisonsByBase(doc).values()) {
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
        `“${sentenceAt(text, c.start)}”写的是${c.year}年，文中另有${settled.count}处${c.how}的都是${settled.year}年，请核对年份。`,
        // The key of wording.ts's comparison with the report year itself: that error, where it is raised, stands alone.
        { expected: settled.year, actual: c.year, key: `cmp${c.start}` },
      );
    }
  }
}
