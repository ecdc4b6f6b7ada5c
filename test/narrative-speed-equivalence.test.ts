/**
 * The 情况说明 readers made faster for issue 17 answer what the readings they replaced answered. The
 * readings before are kept here, and only here, as oracles: property tests feed both the same lines —
 * realistic ones (the corpus texts, page numbers as PDFs print them) and arbitrary ones.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHalfWidth } from '../src/engine/grid/text';
import { closeLetterSpacing, displayWidth, isPageNumber, joinLines } from '../src/engine/narrative/text/join';
import { PAGE_NUMBER, unbracketDirections } from '../src/engine/narrative/text/words';
import { paragraphsOfText } from '../src/engine/narrative/text/check';
import { corpusLines } from './narrative-helpers';

// ---- the readings before (oracles) ----

function oldDisplayWidth(s: string): number {
  let w = 0;
  for (const ch of s.trim()) w += ch.charCodeAt(0) > 0xff ? 2 : 1;
  return w;
}

function oldIsPageNumber(line: string): boolean {
  return PAGE_NUMBER.test(toHalfWidth(line));
}

// ---- inputs ----

const CORPUS = join(__dirname, 'corpus');

/** Characters page numbers and prose are made of, full-width forms and surrogate pairs among them. */
const pieces = fc.constantFrom('第', '页', '—', '–', '－', '-', '_', ' ', '\u3000', '\t', '5', '１２', '３', '12', '万元', '。', '，', '（', '）', '支出', '𠀀', '\ud800', '\udc00', 'a', '|');
const lineish = fc.array(pieces, { maxLength: 12 }).map((xs) => xs.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), lineish);

describe('情况说明 readers against the readings they replaced', () => {
  it('displayWidth counts as before', () => {
    for (const line of corpusLines()) expect(displayWidth(line)).toBe(oldDisplayWidth(line));
    fc.assert(fc.property(anyText, (s) => displayWidth(s) === oldDisplayWidth(s)), { numRuns: 3000 });
  });

  it('isPageNumber tells page numbers as before', () => {
    const printed = ['6', ' 12 ', '—5—', '－ ３ －', '第 7 页', '第１２页', '— 123 —', '_8_', '1234', '第页', '6万元', '5。'];
    for (const line of [...printed, ...corpusLines()]) expect(isPageNumber(line), line).toBe(oldIsPageNumber(line));
    fc.assert(fc.property(anyText, (s) => isPageNumber(s) === oldIsPageNumber(s)), { numRuns: 3000 });
  });

  it('a passage carries the half-width form of its own text', () => {
    const dirs = [join(CORPUS, 'narrative', 'texts'), join(CORPUS, 'tables', 'text')];
    for (const d of dirs) {
      for (const f of readdirSync(d)) {
        for (const p of joinLines(paragraphsOfText(readFileSync(join(d, f), 'utf8'), f))) expect(p.half).toBe(toHalfWidth(p.text));
      }
    }
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 8 }), (lines) =>
        joinLines(paragraphsOfText(lines.join('\n'), 'x.txt')).every((p) => p.half === toHalfWidth(p.text) && p.half.length === p.text.length),
      ),
      { numRuns: 1000 },
    );
  });
});

describe('letter spacing of PDF text layers', () => {
  const oldCloseLetterSpacing = (line: string) => line.replace(/(?<=\p{Script=Han})[ \t\u3000]+(?=\p{Script=Han})/gu, '');
  it('closeLetterSpacing closes up as before', () => {
    for (const line of corpusLines()) expect(closeLetterSpacing(line)).toBe(oldCloseLetterSpacing(line));
    const spaced = fc.array(fc.constantFrom('同', '比', '增', '加', ' ', '\t', '\u3000', '2025', '年', 'a', '，', '\u00a0'), { maxLength: 16 }).map((xs) => xs.join(''));
    fc.assert(fc.property(fc.oneof(spaced, anyText), (s) => closeLetterSpacing(s) === oldCloseLetterSpacing(s)), { numRuns: 3000 });
  });
});

describe('direction words in brackets', () => {
  const oldUnbracketDirections = (label: string) => label.replace(/(?<![增减加少长降升])[(（]\s*(增加|减少|增长|下降|增|减)\s*[)）]/g, '$1');
  it('unbracketDirections reads as before', () => {
    for (const line of corpusLines()) expect(unbracketDirections(line)).toBe(oldUnbracketDirections(line));
    const words = fc.array(fc.constantFrom('(', '（', ')', '）', '增加', '减少', '增长', '下降', '增', '减', ' ', '比上年', '16.23万元', '幅'), { maxLength: 10 }).map((xs) => xs.join(''));
    fc.assert(fc.property(fc.oneof(words, anyText), (s) => unbracketDirections(s) === oldUnbracketDirections(s)), { numRuns: 3000 });
  });
});
