/**
 * Issue 17, narrative, seventeenth round: the wording check passes over a passage without a 年 before
 * trying the years' patterns on it. That is exact only while every match of every one of them holds a
 * 年: checked here on texts made of the patterns' own words, and on corpus lines.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AS_OF, COMPARED_YEAR, LEVEL_YEAR, REPORT_TITLE, YEAR_CHARACTER } from '../src/engine/narrative/text/words';
import { corpusLines } from './narrative-helpers';

const PATTERNS = { LEVEL_YEAR, AS_OF, REPORT_TITLE, COMPARED_YEAR };

/** Every match of `pattern` in `text` (a global copy: the shared patterns keep their lastIndex). */
function matches(pattern: RegExp, text: string): string[] {
  return [...text.matchAll(new RegExp(pattern.source, 'g'))].map((m) => m[0]);
}

const yearText = fc
  .array(fc.constantFrom('2025', '2024', '12', '年', '年度', '部门', '预算', '决算', '预算数', '预算收入', '一般公共预算', '收支总预算', '为', '是', '截至', '截止', '比', '较', '与', '年初', '调整', ' ', '\u3000', '，', '。', '万元', '7'), { maxLength: 16 })
  .map((xs) => xs.join(''));

describe('the years of the wording check', () => {
  it('every match of the years\u2019 patterns holds a 年, on texts of their words', () => {
    fc.assert(
      fc.property(fc.oneof(yearText, fc.string()), (text) => {
        for (const [name, pattern] of Object.entries(PATTERNS)) for (const m of matches(pattern, text)) expect(m, name).toContain(YEAR_CHARACTER);
      }),
      { numRuns: 5000 },
    );
  });

  it('finds nothing in a text without 年, and finds the years where a 年 stands', () => {
    fc.assert(
      fc.property(yearText, (text) => {
        const without = text.replaceAll(YEAR_CHARACTER, '');
        for (const pattern of Object.values(PATTERNS)) expect(matches(pattern, without)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
    expect(matches(LEVEL_YEAR, '2025年预算收入724.00万元')).toHaveLength(1);
    expect(matches(REPORT_TITLE, '2024年部门预算')).toHaveLength(1);
    expect(matches(COMPARED_YEAR, '较2024年预算增加71.83万元')).toHaveLength(1);
    expect(matches(AS_OF, '截至2024年底')).toHaveLength(1);
  });

  it('every match on corpus lines holds a 年', () => {
    let found = 0;
    for (const line of corpusLines())
      for (const pattern of Object.values(PATTERNS))
        for (const m of matches(pattern, line)) {
          expect(m, line).toContain(YEAR_CHARACTER);
          found++;
        }
    expect(found).toBeGreaterThan(0);
  });
});
