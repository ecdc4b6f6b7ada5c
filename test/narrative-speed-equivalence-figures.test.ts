/**
 * Issue 17, narrative, third round: readers of a figure's words that now skip their patterns when a
 * cheap test says they cannot match. The patterns run alone are the oracles: property tests feed
 * both the corpus lines, every ending of them, and arbitrary strings of the words the patterns know.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIFFERENCE_BEFORE, differenceBefore } from '../src/engine/narrative/text/words';

const CORPUS = join(__dirname, 'corpus');
const corpusLines = (): string[] => {
  const dirs = [join(CORPUS, 'narrative', 'texts'), join(CORPUS, 'tables', 'text')];
  return dirs.flatMap((d) => readdirSync(d).map((f) => readFileSync(join(d, f), 'utf8'))).flatMap((t) => t.split(/\r\n|\r|\n/));
};
/** Each line cut after every character: the labels in front of a figure end anywhere in a sentence. */
const corpusLabels = (): string[] => corpusLines().flatMap((l) => Array.from({ length: Math.min(l.length, 80) }, (_, i) => l.slice(0, i + 1)));

const anyText = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));
const wordsOf = (words: string[]) => fc.array(fc.constantFrom(...words), { maxLength: 10 }).map((xs) => xs.join(''));
const same = (a: RegExpExecArray | null, b: RegExpExecArray | null) => JSON.stringify(a && [...a, a.index]) === JSON.stringify(b && [...b, b.index]);

describe('readers of a figure’s words against their patterns', () => {
  it('differenceBefore finds what DIFFERENCE_BEFORE finds', () => {
    for (const s of corpusLabels()) expect(same(differenceBefore(s), DIFFERENCE_BEFORE.exec(s)), s).toBe(true);
    const words = wordsOf(['决算', '数', '支出', '实际支出', '大于', '高于', '超过', '小于', '低于', '年初', '调整', '预算', '预算数', '差值', '差额', '相差', '为', '是', '了', '达', '约', ' ', '\u3000', '\n', '\u00a0', '\ufeff', '万元', '比上年']);
    fc.assert(fc.property(fc.oneof(words, anyText), (s) => same(differenceBefore(s), DIFFERENCE_BEFORE.exec(s))), { numRuns: 5000 });
  });
});
