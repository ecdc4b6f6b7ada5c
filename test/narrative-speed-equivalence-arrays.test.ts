/**
 * Issue 17, narrative, tenth round: lists the 情况说明 checks build by `filter` / `map` are built by
 * loops instead (an array from the builtin and one from TurboFan's inlined copy differ in elements
 * kind, and the optimised readers were thrown away at the second in the warm runs). The heads an
 * opener can take, their values, a list's parts' cores and the words between a list's parts: the
 * `filter` / `map` readings they replaced are the oracles, on random figures of a few passages.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headsFrom, partCores, valuesOf } from '../src/engine/narrative/text/structure';
import { joinersOf } from '../src/engine/narrative/text/checks/sums';
import { COMPLETION_BASE_LABEL, PER_UNIT_LABEL } from '../src/engine/narrative/text/words';
import type { AmountToken } from '../src/engine/narrative/text/tokens';
import type { Core } from '../src/engine/narrative/text/subjects';

const labels = ['', '基本支出', '完成年初预算数', '人均', '其中：', '人员经费', '项目支出合计', '每人'];
const cores: (Core | undefined)[] = [undefined, 'basic', 'personnel', 'public', 'vehicle', 'vehicle-purchase'];

const amount = fc
  .record({
    para: fc.nat(2),
    start: fc.nat(60),
    length: fc.integer({ min: 1, max: 8 }),
    depth: fc.nat(2),
    role: fc.constantFrom('value' as const, 'base' as const, 'change' as const),
    inReason: fc.boolean(),
    label: fc.constantFrom(...labels),
    core: fc.constantFrom(...cores),
  })
  .map(
    (r) =>
      ({
        type: 'amount',
        para: r.para,
        start: r.start,
        end: r.start + r.length,
        depth: r.depth,
        sentence: 0,
        role: r.role,
        inReason: r.inReason,
        label: r.label,
        subject: r.core === undefined ? { fund: 'all' } : { core: r.core, fund: 'all' },
      }) as unknown as AmountToken,
  );

const oldHeads = (pool: AmountToken[], depth: number) =>
  [...pool].reverse().filter((a) => a.depth <= depth && a.role !== 'base' && !a.inReason && !PER_UNIT_LABEL.test(a.label) && !COMPLETION_BASE_LABEL.test(a.label));

describe('the heads an opener can take, by a loop', () => {
  it('agree with the reversed pool filtered, and their values with filtering those', () => {
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 12 }), fc.nat(3), (pool, depth) => {
        const heads = headsFrom(pool, depth);
        expect(heads).toEqual(oldHeads(pool, depth));
        heads.forEach((h, i) => expect(h).toBe(oldHeads(pool, depth)[i]));
        expect(valuesOf(heads)).toEqual(heads.filter((a) => a.role === 'value'));
      }),
    );
  });

  it('leave the pool as it was', () => {
    const pool = fc.sample(fc.array(amount, { minLength: 3, maxLength: 6 }), { numRuns: 1, seed: 7 })[0];
    const copy = [...pool];
    headsFrom(pool, 2);
    expect(pool).toEqual(copy);
  });
});

describe("a list's parts' cores, by a loop", () => {
  it('agree with mapping the parts', () => {
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 10 }), (parts) => {
        expect(partCores(parts)).toEqual(parts.map((p) => p.subject.core));
      }),
    );
  });
});

describe('the words between the parts of a list, by a loop', () => {
  it('agree with mapping the parts after the first', () => {
    const text = '其中：基本支出100万元、项目支出20万元，公用经费5万元；其他3万元。合计128万元等各项支出说明如下';
    fc.assert(
      fc.property(amount, fc.array(amount, { maxLength: 8 }), (head, parts) => {
        const old = parts.slice(1).map((p, i) => (p.para === parts[i].para && p.para === head.para ? text.slice(parts[i].end, p.start) : ''));
        expect(joinersOf(text, head, parts)).toEqual(old);
      }),
    );
  });
});
