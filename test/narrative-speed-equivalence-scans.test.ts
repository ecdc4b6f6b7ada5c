/**
 * Issue 17, narrative, sixth round: readers that now scan the characters instead of running
 * patterns give what the patterns gave. toHalfWidth converts by one loop over the code units: the
 * replace with a callback per full-width character it replaced is the oracle. An opener 含 inside
 * brackets is told by endsInOpenBracket looking back from the end (oracle: /[(]\s*$/); the threshold
 * words after a figure are tried only where a 以 stands (oracle: THRESHOLD_AFTER alone).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHalfWidth } from '../src/engine/grid/text';
import { endsInOpenBracket } from '../src/engine/narrative/text/read';
import { THRESHOLD_AFTER } from '../src/engine/narrative/text/words';

/** Characters of the 情况说明: Chinese, full-width punctuation and forms, their ASCII twins, edges of the ranges. */
const PROSE_CHARS = [
  '预', '算', '支', '出', '万', '元', '，', '。', '：', '；', '（', '）', '％', '、', '“', '”', '\u3000', ' ', '１', '２', '０',
  '．', 'Ａ', 'ｚ', '！', '～', '\uff00', '\uff5f', '\u2fff', '\u3001', '1', '.', '%', '(', ')', 'a', '\t', '\ud83d\ude00',
];
const prose = fc.array(fc.constantFrom(...PROSE_CHARS), { maxLength: 60 }).map((cs) => cs.join(''));
const anyText = fc.oneof(prose, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));

describe('toHalfWidth by a scan of the code units', () => {
  const WIDE = /[\uff01-\uff5e\u3000]/g;
  const oldToHalfWidth = (s: string) =>
    s.replace(WIDE, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));

  it('converts as the replace did, keeping the length', () => {
    expect(toHalfWidth('比上年增加（减少）１２．３万元，增长％。\u3000')).toBe('比上年增加(减少)12.3万元,增长%。 ');
    fc.assert(
      fc.property(anyText, (s) => {
        const half = toHalfWidth(s);
        expect(half).toBe(oldToHalfWidth(s));
        expect(half.length).toBe(s.length);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('tests at the ends of a clause', () => {
  it('endsInOpenBracket answers as /[(]\\s*$/', () => {
    expect(endsInOpenBracket('基本支出(')).toBe(true);
    expect(endsInOpenBracket('基本支出( \u3000\n')).toBe(true);
    expect(endsInOpenBracket('基本支出(a ')).toBe(false);
    expect(endsInOpenBracket('')).toBe(false);
    fc.assert(
      fc.property(anyText, (s) => {
        expect(endsInOpenBracket(s)).toBe(/[(]\s*$/.test(s));
      }),
      { numRuns: 5000 },
    );
  });

  it('a text without 以 never holds a threshold word', () => {
    const words = fc.array(fc.constantFrom('以上', '以下', '以内', '及以上', '(含)', '（含）', ' ', '以', '及', '上', '元', '，'), { maxLength: 5 }).map((w) => w.join(''));
    fc.assert(
      fc.property(fc.oneof(words, anyText), (s) => {
        const after8 = s.slice(0, 8);
        expect(after8.includes('以') && THRESHOLD_AFTER.test(after8)).toBe(THRESHOLD_AFTER.test(after8));
      }),
      { numRuns: 5000 },
    );
  });
});
