/**
 * Issue 17, narrative, eleventh round: what explainedSubjects reads around each reason is found by
 * loops (src/engine/narrative/text/checks/reasons.ts) instead of a spread of a mapped array into
 * Math.max and a filter then pop. The readings they replaced are the oracles, on random texts of
 * sentence ends, words and figures, and on random changes of a few passages.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastChangeBetween, sentenceStartBefore } from '../src/engine/narrative/text/checks/reasons';
import type { ChangeLink } from '../src/engine/narrative/text/structure';

const pieces = ['。', ';', '；', '!', '?', '，', ',', '支出', '减少', '12.5万元', '主要原因是', '下降3%', ' '];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((parts) => parts.join(''));

const oldSentenceStart = (t: string, at: number) => Math.max(...['。', ';', '；', '!', '?'].map((c) => t.lastIndexOf(c, at - 1))) + 1;

const figure = fc.record({ para: fc.nat(2), start: fc.nat(40) });
const change = fc
  .record({ change: fc.option(figure, { nil: undefined }), rate: fc.option(figure, { nil: undefined }) })
  .map((r) => ({ ...(r.change ? { change: r.change } : {}), ...(r.rate ? { rate: r.rate } : {}) }) as unknown as ChangeLink);

const oldLastChange = (changes: ChangeLink[], para: number, from: number, before: number) =>
  changes
    .filter((l) => {
      const t = l.change ?? l.rate;
      return t && t.para === para && t.start >= from && t.start < before;
    })
    .pop();

describe('what a reason is read against, by loops', () => {
  it('the sentence start before a reason agrees with the spread of the mapped ends', () => {
    fc.assert(
      fc.property(text, fc.nat(60), (t, at) => {
        expect(sentenceStartBefore(t, at)).toBe(oldSentenceStart(t, at));
      }),
    );
  });

  it('the last change between two places agrees with the filtered list popped', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 10 }), fc.nat(2), fc.nat(40), fc.nat(40), (changes, para, from, before) => {
        expect(lastChangeBetween(changes, para, from, before)).toBe(oldLastChange(changes, para, from, before));
      }),
    );
  });

  it('reads a real sentence: the start after the last end, and the last change of the passage before the reason', () => {
    const t = '基本支出100万元。项目支出减少20万元，下降5%，主要原因是压缩开支';
    expect(sentenceStartBefore(t, t.indexOf('主要原因是'))).toBe(t.indexOf('项目'));
    const first = { change: { para: 0, start: 12 } } as unknown as ChangeLink;
    const second = { rate: { para: 0, start: 22 } } as unknown as ChangeLink;
    const later = { change: { para: 0, start: 40 } } as unknown as ChangeLink;
    expect(lastChangeBetween([first, second, later], 0, 10, 30)).toBe(second);
    expect(lastChangeBetween([first, second, later], 1, 0, 30)).toBeUndefined();
  });
});
