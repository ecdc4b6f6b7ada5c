/**
 * Issue 17, narrative, twelfth round: readPassage visits a passage's figures and marks in text order
 * (eachInTextOrder) instead of building a Mark per comma, filtering out those inside figures and
 * merging both lists. The lists are the oracle: structureMarks, the overlap filter and the merge as
 * readPassage made them, on corpus lines and arbitrary strings of figures, words and punctuation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHalfWidth } from '../src/engine/grid/text';
import { scanFigures, type Figure } from '../src/engine/narrative/text/figures';
import { eachInTextOrder, structureMarks, type Mark } from '../src/engine/narrative/text/read';
import { STRUCT_WORDS } from '../src/engine/narrative/text/words';
import { corpusLines } from './narrative-helpers';

/**
 * structureMarks before the fifteenth round: every character's code asked its punctuation kind, each
 * mark's character taken from the text (a two-byte one a new string).
 */
function oldStructureMarks(text: string): Mark[] {
  const kindOf = (c: number): Mark['kind'] | undefined =>
    c === 0x2c || c === 0x3001 || c === 0x3b ? 'separator' : c === 0x3002 || c === 0x21 || c === 0x3f ? 'sentence-end' : c === 0x28 ? 'paren-open' : c === 0x29 ? 'paren-close' : undefined;
  const kinds: Mark['kind'][] = ['opener', 'no-change', 'final-vs-budget'];
  const marks: Mark[] = [];
  STRUCT_WORDS.lastIndex = 0;
  let word = STRUCT_WORDS.exec(text);
  for (let i = 0; i < text.length; i++) {
    if (word && i === word.index) {
      const g = word[1] !== undefined ? 1 : word[2] !== undefined ? 2 : 3;
      const end = i + word[0].length;
      const next = STRUCT_WORDS.exec(text);
      marks.push({ type: 'mark', start: i, end, kind: kinds[g - 1], word: word[g] });
      i = end - 1;
      word = next;
      continue;
    }
    const kind = kindOf(text.charCodeAt(i));
    if (kind) marks.push({ type: 'mark', start: i, end: i + 1, kind, word: text[i] });
  }
  return marks;
}

/**
 * The overlap test readPassage asked of every mark before the seventeenth round's one loop: whether
 * [start, end) overlaps one of `figures` (sorted by start), asked for spans in text order.
 */
function overlapTest(figures: readonly { start: number; end: number }[]): (start: number, end: number) => boolean {
  let next = 0;
  let furthestEnd = -1;
  return (start, end) => {
    for (; next < figures.length && figures[next].start < end; next++) furthestEnd = Math.max(furthestEnd, figures[next].end);
    return furthestEnd > start;
  };
}

/**
 * The events as readPassage listed them before: the marks of the old scan outside figures, merged
 * with the figures (the old reading whole, so that eachInTextOrder's one loop is checked against it).
 */
function oldEvents(text: string, figures: readonly Figure[]): (Figure | Mark)[] {
  const overlapsFigure = overlapTest(figures);
  const marks = oldStructureMarks(text).filter((k) => !overlapsFigure(k.start, k.end));
  const events: (Figure | Mark)[] = [];
  let i = 0;
  let j = 0;
  while (i < figures.length || j < marks.length) {
    if (j >= marks.length || (i < figures.length && figures[i].start <= marks[j].start)) events.push(figures[i++]);
    else events.push(marks[j++]);
  }
  return events;
}

function visited(text: string, figures: readonly Figure[]): (Figure | Mark)[] {
  const events: (Figure | Mark)[] = [];
  eachInTextOrder(
    text,
    figures,
    (f) => events.push(f),
    (start, end, kind, word) => events.push({ type: 'mark', start, end, kind, word }),
  );
  return events;
}


const anyText = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));
const words = fc
  .array(
    fc.constantFrom('其中', '其中包括', '主要用于', '包括', '含', '如下', '按', '功能', '分类', ':', '持平', '无增减', '决算数', '小于', '预算数', ',', '、', ';', '。', '!', '?', '(', ')', '1,234.5万元', '12万元', '3.5%', '1,2', '万元', '%', '12', ' '),
    { maxLength: 20 },
  )
  .map((xs) => xs.join(''));

describe('eachInTextOrder against the lists readPassage merged', () => {
  it('visits the same figures and marks in the same order on corpus lines', () => {
    for (const line of corpusLines()) {
      const half = toHalfWidth(line);
      const figures = scanFigures(line, half);
      expect(visited(half, figures), half).toEqual(oldEvents(half, figures));
    }
  });

  it('visits the same figures and marks in the same order on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(words, anyText), (s) => {
        const half = toHalfWidth(s);
        const figures = scanFigures(s, half);
        expect(visited(half, figures)).toEqual(oldEvents(half, figures));
      }),
      { numRuns: 5000 },
    );
  });

  it('structureMarks finds the marks the character-by-character scan found', () => {
    for (const line of corpusLines()) expect(structureMarks(toHalfWidth(line)), line).toEqual(oldStructureMarks(toHalfWidth(line)));
    const marks = fc
      .array(fc.constantFrom('其中', '含', '持平', '决算数小于预算数', '按功能分类:', ',', '、', ';', '。', '!', '?', '(', ')', ':', '，', '；', '）', '\u3000', '@', '>', '0', '预算', '𠀀', 'A'), { maxLength: 30 })
      .map((xs) => xs.join(''));
    fc.assert(
      fc.property(fc.oneof(marks, anyText), (s) => {
        expect(structureMarks(s)).toEqual(oldStructureMarks(s));
      }),
      { numRuns: 5000 },
    );
  });

  // Moved here from narrative-speed-equivalence-figures.test.ts with the overlap closure (the oracle's now).
  it('overlapTest tells the marks that overlap a figure as testing every figure does', () => {
    const span = fc.tuple(fc.nat(60), fc.integer({ min: 1, max: 8 })).map(([start, n]) => ({ start, end: start + n }));
    const inOrder = (xs: { start: number; end: number }[]) => [...xs].sort((a, b) => a.start - b.start);
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), fc.array(span, { maxLength: 20 }), (figures, marks) => {
        const fs = inOrder(figures);
        const ms = [...marks].sort((a, b) => a.end - b.end);
        const overlaps = overlapTest(fs);
        return ms.every((m) => overlaps(m.start, m.end) === fs.some((f) => m.start < f.end && m.end > f.start));
      }),
      { numRuns: 5000 },
    );
  });

  it('leaves out the comma inside a figure and puts a figure before a mark at its start', () => {
    const text = '其中基本支出1,234.5万元,增长3.5%。';
    const kinds = visited(text, scanFigures(text)).map((e) => (e.type === 'mark' ? e.word : e.raw));
    expect(kinds).toEqual(['其中', '1,234.5万元', ',', '3.5%', '。']);
  });
});
