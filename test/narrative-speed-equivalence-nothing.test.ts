/**
 * Issue 17, narrative, fourteenth round: the 无…收支 statements (src/engine/narrative/text/checks/tables.ts)
 * are looked for only in a passage that names one of their funds or items, told by one search for any
 * of the words (namesAnyNothingWord) before the search for each. The search for each word is the
 * oracle, on random passages of the words, their parts and other prose.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { namesAnyNothingWord } from '../src/engine/narrative/text/checks/tables';
import { NOTHING_STATEMENTS } from '../src/engine/narrative/text/words';

const pieces = ['政府性基金', '政府性', '基金', '国有资本经营', '国有资本', '机关运行经费', '机关运行', '三公', '三', '公', '“', '”', '无', '未安排', '预算', '收支', '，', '。', '12.5万元', ' '];
const passage = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join(''));

describe('the 无…收支 statements, looked for where their words are', () => {
  it('a passage names some statement’s word exactly where one of the searches for each word finds it', () => {
    fc.assert(
      fc.property(passage, (text) => {
        expect(namesAnyNothingWord(text)).toBe(NOTHING_STATEMENTS.some((s) => text.includes(s.word)));
      }),
    );
  });

  it('reads real passages', () => {
    expect(namesAnyNothingWord('本部门无政府性基金预算收支。')).toBe(true);
    expect(namesAnyNothingWord('“三公”经费预算12.5万元。')).toBe(true);
    expect(namesAnyNothingWord('基本支出预算400万元，项目支出100万元。')).toBe(false);
  });
});
