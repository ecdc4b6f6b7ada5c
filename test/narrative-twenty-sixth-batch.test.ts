/**
 * What the twenty-sixth held-out batch (texts 260–269, test/corpus/README.md) showed the checker misreading:
 * a city's monthly report (268) gives falls as '减少0.46亿元,负增长1.21%' — 负增长 is a fall, not the 增长 it ends
 * with. Wordings and figures are invented variants of that layout.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';

const changeFindings = (text: string) =>
  checkNarrativeText(text)
    .filter((f) => f.rule === 'narrative/change' || f.rule === 'narrative/direction')
    .map((f) => `${f.severity} ${f.rule} ${f.cell}`);

const yi = (cents: number) => (cents / 100).toFixed(2);

const KINDS = ['上划中央收入', '上划省级收入', '地方财政收入', '税收收入'];

describe('负增长 is a fall (twenty-sixth batch, 268)', () => {
  const fall = fc.record({
    kind: fc.constantFrom(...KINDS),
    current: fc.integer({ min: 1_000, max: 900_000 }),
    decrease: fc.integer({ min: 10, max: 50_000 }),
  });
  /** The rate of the fall to two decimals, from the exact figures. */
  const rateOf = (current: number, decrease: number) => ((decrease * 100) / (current + decrease)).toFixed(2);

  it('the published line: silent on 减少0.46亿元 with 负增长1.21% (1.203%, 1.216% at the rounding limits)', () => {
    expect(changeFindings('其中:上划中央收入完成37.78亿元,减少0.46亿元,负增长1.21%;上划省级收入完成8.09亿元,减少766万元,负增长0.94%.')).toEqual([]);
  });

  it('property: a decrease with its 负增长 rate makes no change or direction finding', () => {
    fc.assert(
      fc.property(fall, ({ kind, current, decrease }) => {
        const text = `${kind}完成${yi(current)}亿元,减少${yi(decrease)}亿元,负增长${rateOf(current, decrease)}%。`;
        expect(changeFindings(text)).toEqual([]);
      }),
      { seed: 2601, numRuns: 120 },
    );
  });

  it('property: an increase beside a 负增长 rate is an error of direction on its line', () => {
    fc.assert(
      fc.property(fall, ({ kind, current, decrease }) => {
        const text = `${kind}完成${yi(current)}亿元,增加${yi(decrease)}亿元,负增长${rateOf(current, decrease)}%。`;
        expect(changeFindings(text)).toEqual(['error narrative/direction L1']);
      }),
      { seed: 2602, numRuns: 120 },
    );
  });
});
