/**
 * Issue 17, twenty-second look (the reader): readPassage sorts its tokens only when a 'X中，' opener was
 * pushed ahead of the walk (the figures and marks come in text order); mayOpenAmong walks back over the
 * spaces before the comma instead of slicing and trimming. The oracles: the old mayOpenAmong, /\s/, and
 * the order of every token list readPassage returns (the old code sorted whenever the list was out of
 * order, so a list it hands back out of order is a difference).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinLines } from '../src/engine/narrative/text/join';
import { isSpaceCode, mayOpenAmong, readPassage } from '../src/engine/narrative/text/read';
import type { Token } from '../src/engine/narrative/text/tokens';
import { corpusLines } from './narrative-helpers';

const anyText = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));

/** mayOpenAmong as it was: the clause up to its first comma, trimmed. */
function oldMayOpenAmong(text: string, from: number): boolean {
  const comma = text.indexOf(',', from);
  return comma >= 0 && text.slice(from, comma).trimEnd().endsWith('中');
}

const inOrder = (a: Token, b: Token) => a.start - b.start || (a.type === 'para-end' ? 1 : 0) - (b.type === 'para-end' ? 1 : 0);
const sorted = (tokens: readonly Token[]) => tokens.every((t, i) => i === 0 || inOrder(tokens[i - 1], t) <= 0);

/** Prose of the words the reader's marks, figures and 'X中，' openers are made of. */
const prose = fc
  .array(
    fc.constantFrom('一般公共预算支出', '基本支出', '项目支出', '中', '当中', ',', '，', '；', ';', '。', '、', '(', ')', '（', '）', ' ', '\u3000', '\t', '其中', '包括', '含', '100万元', '20.5%', '比上年增加', '持平', '减少'),
    { maxLength: 40 },
  )
  .map((xs) => xs.join(''));

describe('mayOpenAmong by a walk back from the comma', () => {
  it('answers as the slice and trim did, at every position of the corpus lines and of arbitrary text', () => {
    for (const line of corpusLines()) for (let from = 0; from <= line.length; from++) expect(mayOpenAmong(line, from), line).toBe(oldMayOpenAmong(line, from));
    fc.assert(
      fc.property(fc.oneof(prose, anyText), fc.nat({ max: 60 }), (text, at) => {
        const from = Math.min(at, text.length);
        expect(mayOpenAmong(text, from)).toBe(oldMayOpenAmong(text, from));
      }),
      { numRuns: 5000 },
    );
  });

  it('takes for space exactly what /\\s/ and trimEnd take', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const s = String.fromCharCode(c);
      expect(isSpaceCode(c), c.toString(16)).toBe(/\s/.test(s));
      expect(isSpaceCode(c), c.toString(16)).toBe(`a${s}`.trimEnd() === 'a');
    }
  });
});

describe('readPassage sorts only after a head opener', () => {
  it('hands back every corpus passage and arbitrary prose in token order', () => {
    const lines = corpusLines();
    const paras = lines.map((text, index) => ({ index, text, sheet: 'S', cell: `A${index + 1}` }));
    for (const p of joinLines(paras)) expect(sorted(readPassage(p, { reportYear: 2025 }, 0).tokens), p.text).toBe(true);
    fc.assert(
      fc.property(prose, (text) => {
        const [p] = joinLines([{ index: 0, text, sheet: 'S', cell: 'A1' }]);
        if (p) expect(sorted(readPassage(p, { reportYear: 2025 }, 0).tokens)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('still sorts a passage whose head opener sits after the tokens read before it', () => {
    const [p] = joinLines([{ index: 0, text: '一般公共预算支出、基本支出中，项目支出60万元。', sheet: 'S', cell: 'A1' }]);
    const tokens = readPassage(p, { reportYear: 2025 }, 0).tokens;
    // The opener (at 中) is pushed before the walk reaches the 、 ahead of it.
    expect(tokens.map((t) => t.type).slice(0, 2)).toEqual(['sep', 'opener']);
    expect(sorted(tokens)).toBe(true);
  });
});
