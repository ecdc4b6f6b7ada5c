/**
 * rememberedByComparison (grid/remembered.ts): a reading kept under a cheap key and found again by an
 * exact comparison — the memory column-sum keeps of a block's header identities. Whatever the order
 * and repetition of inputs, and however small the bound, each answer is the reading of that input, and
 * an input seen since the memory was last emptied is not read again.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rememberedByComparison } from '../src/engine/grid/remembered';

const SEED = 31_101;

describe('rememberedByComparison', () => {
  it('answers each input with its own reading, reading an input again only after the memory was emptied', () => {
    const input = fc.array(fc.constantFrom('甲', '乙', '丙'), { minLength: 0, maxLength: 3 });
    fc.assert(
      fc.property(fc.array(input, { maxLength: 40 }), fc.integer({ min: 1, max: 6 }), (inputs, limit) => {
        const reads: string[] = [];
        const read = (xs: readonly string[]) => {
          reads.push(xs.join('/'));
          return `读:${xs.join('/')}`;
        };
        const remembered = rememberedByComparison<readonly string[], string[], string>(
          (xs) => xs[0] ?? '',
          (xs) => [...xs],
          (xs, kept) => xs.length === kept.length && xs.every((x, i) => x === kept[i]),
          read,
          limit,
        );
        for (const xs of inputs) expect(remembered([...xs])).toBe(`读:${xs.join('/')}`);
        // Each distinct input is read once per filling of the memory: never more often than it occurs, at least once.
        const distinct = new Set(inputs.map((xs) => xs.join('/')));
        for (const key of distinct) {
          const count = reads.filter((r) => r === key).length;
          expect(count).toBeGreaterThanOrEqual(1);
          expect(count).toBeLessThanOrEqual(inputs.filter((xs) => xs.join('/') === key).length);
        }
        if (distinct.size <= limit) expect(reads.length).toBe(distinct.size);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
