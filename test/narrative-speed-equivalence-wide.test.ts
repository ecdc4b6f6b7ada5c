/**
 * Issue 17, twenty-first look: toHalfWidth converts only the full-width characters a search finds, not
 * every character by a loop. The oracle is the loop as it was: corpus lines, and arbitrary strings of
 * full-width and other characters. (The fold of a jurisdiction's report words in traditional characters
 * this look also sped up is gone: a text in traditional characters is now read folded as a whole.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHalfWidth } from '../src/engine/grid/text';
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
