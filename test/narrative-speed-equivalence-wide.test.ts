/**
 * Issue 17, twenty-first look: toHalfWidth converts only the full-width characters a search finds, not
 * every character by a loop; foldReportWords looks for its traditional characters one by one before it
 * folds. The oracles are the loop and the fold as they were: corpus lines, and arbitrary strings of
 * full-width, traditional and other characters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHalfWidth } from '../src/engine/grid/text';
import { foldReportWords } from '../src/engine/narrative/text/words';
import { corpusLines } from './narrative-helpers';

/** toHalfWidth as it was: a loop over every code unit. */
function oldToHalfWidth(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c === 0x3000 ? ' ' : c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : s[i];
  }
  return out;
}

const TRADITIONAL: Readonly<Record<string, string>> = {
  國: '国', 區: '区', 縣: '县', 鎮: '镇', 鄉: '乡', 協: '协', 稅: '税', 轉: '转', 財: '财', 預: '预', 決: '决', 總: '总', 級: '级',
  門: '门', 單: '单', 機: '机', 關: '关', 運: '运', 經: '经', 費: '费', 員: '员', 項: '项', 撥: '拨', 資: '资', 營: '营',
};

/** foldReportWords as it was: one replace by a class of all the characters. */
function oldFold(text: string): string {
  return text.replace(new RegExp(`[${Object.keys(TRADITIONAL).join('')}]`, 'g'), (c) => TRADITIONAL[c] ?? c);
}

const anyText = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));
const wide = fc
  .array(
    fc.oneof(
      fc.constantFrom('，', '（', '）', '：', '；', '％', '．', '\u3000', '！', '～', '\uff00', '\uff5f', '\u2fff', '\u3001', '。', ',', '1', '１', '万元', '支出', '\ud83d\ude00', ' '),
      fc.integer({ min: 0xff00, max: 0xff60 }).map((c) => String.fromCharCode(c)),
    ),
    { maxLength: 24 },
  )
  .map((xs) => xs.join(''));
const traditional = fc
  .array(fc.constantFrom(...Object.keys(TRADITIONAL), ...Object.values(TRADITIONAL), '全', '收入', '草案', '，', ' ', '1'), { maxLength: 20 })
  .map((xs) => xs.join(''));

describe('toHalfWidth by a search for the full-width characters against the loop', () => {
  it('converts every corpus line and every passage-sized run of lines alike', () => {
    const lines = corpusLines();
    for (const l of lines) expect(toHalfWidth(l)).toBe(oldToHalfWidth(l));
    for (let i = 0; i < lines.length; i += 7) {
      const passage = lines.slice(i, i + 7).join('');
      expect(toHalfWidth(passage)).toBe(oldToHalfWidth(passage));
    }
  });

  it('converts arbitrary text alike, and twice in a row (the search keeps no state between calls)', () => {
    fc.assert(
      fc.property(fc.oneof(wide, anyText, fc.tuple(wide, anyText, wide).map((xs) => xs.join(''))), (s) => {
        expect(toHalfWidth(s)).toBe(oldToHalfWidth(s));
        expect(toHalfWidth(s)).toBe(oldToHalfWidth(s));
      }),
      { numRuns: 20000 },
    );
  });
});

describe('foldReportWords with its characters looked for first against the one replace', () => {
  it('folds every corpus line and a mirror site’s words alike', () => {
    for (const l of corpusLines()) expect(foldReportWords(l)).toBe(oldFold(l));
    expect(foldReportWords('全區一般公共預算收入增長，稅收收入')).toBe('全区一般公共预算收入增長，税收收入');
  });

  it('folds arbitrary text alike', () => {
    fc.assert(
      fc.property(fc.oneof(traditional, anyText), (s) => {
        expect(foldReportWords(s)).toBe(oldFold(s));
      }),
      { numRuns: 10000 },
    );
  });
});
