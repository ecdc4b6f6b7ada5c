/**
 * Issue 17, narrative, thirteenth round: readPassage reads once per passage what its figures asked
 * of the passage again and again. A figure asks the openers of its sentence, kept as they are read,
 * instead of walking every token of the passage back; the last explicit subject before it is found
 * from the end instead of filtering them all; whether the passage holds a reason word or a 科目
 * level mark anywhere is asked once, and a pattern of literal words or of no anchors that finds
 * nothing in the passage is not tried on its slices; the passage's last 科目 path is handed to the
 * document's reader with its tokens. The scans they replace are the oracles. (clauseStart now walks
 * back by code units: its oracle, the walk by pattern, is in narrative-speed-equivalence-figures.test.ts.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHalfWidth } from '../src/engine/grid/text';
import { joinLines } from '../src/engine/narrative/text/join';
import { lastBefore, lastPathSubject, openerAtOrAbove, readPassage } from '../src/engine/narrative/text/read';
import { findLast, type OpenerToken, type Token } from '../src/engine/narrative/text/tokens';
import { CLASS_LEVEL_MARK, REASON_START } from '../src/engine/narrative/text/words';
import { corpusLines } from './narrative-helpers';

const anyText = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));
const words = fc
  .array(fc.constantFrom('原因', '主要原因是', '由于', '因为', '系因', '源于', '原', '因', '（类）', '(款)', '（ 2 项 ）', '(', ')', '类', '一般公共服务', '。', ';', ',', '12万元', ' '), { maxLength: 16 })
  .map((xs) => xs.join(''));

/** An opener token as readPassage builds them (pushInHead's name their head). */
const opener = (sentence: number, depth: number, head: boolean): OpenerToken => ({
  type: 'opener',
  para: 0,
  start: 0,
  end: 0,
  depth,
  sentence,
  word: '其中',
  kind: 'complete',
  enumeration: false,
  atSentenceEnd: false,
  ...(head ? { headSubject: { text: 'x' } as OpenerToken['headSubject'] } : {}),
});

describe('the openers of a sentence, kept as they are read', () => {
  it('give the opener the scan of every token gave, at every depth', () => {
    // A passage as a stream of openers (with or without a head), separators and sentence ends.
    const step = fc.oneof(
      fc.record({ kind: fc.constant('opener' as const), depth: fc.nat(3), head: fc.boolean() }),
      fc.record({ kind: fc.constantFrom('sep' as const, 'sentence-end' as const) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), fc.nat(3), (steps, depth) => {
        const tokens: Token[] = [];
        let sentence = 0;
        let kept: OpenerToken[] = [];
        for (const s of steps) {
          if (s.kind === 'opener') {
            const o = opener(sentence, s.depth, s.head);
            tokens.push(o);
            if (!s.head) kept.push(o);
          } else if (s.kind === 'sep') tokens.push({ type: 'sep', para: 0, start: 0, end: 0, depth: 0, sentence, char: ',' });
          else {
            tokens.push({ type: 'sentence-end', para: 0, start: 0, end: 0, depth: 0, sentence, char: '。' });
            sentence++;
            kept = [];
          }
          const old = findLast(tokens, (t): t is OpenerToken => t.type === 'opener' && t.sentence === sentence && !t.headSubject && t.depth <= depth);
          expect(openerAtOrAbove(kept, depth)).toBe(old);
          expect(openerAtOrAbove(kept, depth) !== undefined).toBe(tokens.some((t) => t.type === 'opener' && t.sentence === sentence && t.depth <= depth && !t.headSubject));
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the last explicit subject before a figure', () => {
  it('is the one filtering them all gave', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(200), { maxLength: 20 }), fc.nat(220), (positions, at) => {
        const items = positions.sort((a, b) => a - b).map((pos) => ({ pos }));
        expect(lastBefore(items, at)).toBe(items.filter((e) => e.pos < at).pop());
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a pattern that finds nothing in the passage finds nothing in its slices', () => {
  const check = (text: string, from: number, to: number) => {
    for (const re of [REASON_START, CLASS_LEVEL_MARK]) if (!re.test(text)) expect(re.test(text.slice(from, to)), text).toBe(false);
  };

  it('holds on corpus lines and arbitrary text', () => {
    for (const line of corpusLines()) for (let i = 0; i < line.length; i += 7) check(toHalfWidth(line), i, line.length - (i % 5));
    fc.assert(
      fc.property(fc.oneof(words, anyText), fc.nat(40), fc.nat(40), (s, a, b) => check(toHalfWidth(s), Math.min(a, b), Math.max(a, b))),
      { numRuns: 3000 },
    );
  });

  it('reads the same tokens when a passage holds neither', () => {
    // A passage without a reason word: no figure is in a reason.
    const [p] = joinLines([{ index: 0, text: '一般公共预算支出100万元，其中：基本支出60万元，项目支出40万元。比上年增加10万元。', sheet: 'S', cell: 'A1' }]);
    const amounts = readPassage(p, { reportYear: 2025 }, 0).tokens.filter((t) => t.type === 'amount');
    expect(amounts.map((a) => a.inReason)).toEqual([false, false, false, false]);
  });
});

describe("the passage's last 科目 path, handed on with its tokens", () => {
  it('is lastPathSubject of the passage', () => {
    const lines = corpusLines().filter((l) => l.trim());
    expect(lines.length).toBeGreaterThan(1000);
    for (const line of lines) {
      const [p] = joinLines([{ index: 0, text: line, sheet: 'S', cell: 'A1' }]);
      if (!p) continue;
      expect(readPassage(p, { reportYear: 2025 }, 0).lastPath, line).toEqual(lastPathSubject(p.half));
    }
    fc.assert(
      fc.property(words, (s) => {
        const [p] = joinLines([{ index: 0, text: s, sheet: 'S', cell: 'A1' }]);
        if (p) expect(readPassage(p, { reportYear: 2025 }, 0).lastPath).toEqual(lastPathSubject(p.half));
      }),
      { numRuns: 1000 },
    );
  });
});
