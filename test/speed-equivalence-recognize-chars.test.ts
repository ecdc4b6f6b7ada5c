/**
 * Issue 17, recognition (fourteenth round): the character tests of plainDecimals and labelMayChange
 * are written out in their scans (no call of isDigit / isChineseCharCode per character). Fed by
 * fast-check on random texts of digits, signs, commas and points, Chinese characters, spaces of
 * every kind, full-width forms and quotes, and on numbers as they are shown:
 * - plainDecimals answers as the pattern it stands for (a plain number: sign, digits or comma
 *   groups, decimals), -1 for any other text;
 * - labelMayChange false means normalizeLabel leaves the text as it is.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { plainDecimals } from '../src/engine/grid/numbers';
import { labelMayChange, normalizeLabel } from '../src/engine/grid/text';

const PIECES = ['0', '1', '7', '9', ',', '.', '+', '-', ' ', '\u3000', '\u00a0', '\u200b', '\t', '\n', '１', '，', '（', '“', '"', "'", '注', '备', '说', '明', '：', ':', '合', '计', '科', '目', 'a', 'Z', '#', '%', '万', '\ufeff'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((xs) => xs.join(''));

/** plainDecimals' reading as a pattern: the decimals of a plain number text, -1 for any other. */
function decimalsByPattern(raw: string): number {
  if (raw.length === 0 || raw.length > 300) return -1;
  const m = /^[+-]?(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d+))?$/.exec(raw);
  if (!m || (m[1] === '' && m[2] === undefined)) return -1;
  return m[2]?.length ?? 0;
}

const numberText = fc.oneof(
  text,
  fc.tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.nat(4), fc.boolean()).map(([n, d, grouped]) => {
    const s = (n / 10 ** d).toFixed(d);
    return grouped ? Number(s).toLocaleString('en-US', { minimumFractionDigits: d }) : s;
  }),
);


describe('character tests written out (fourteenth round)', () => {
  it('plainDecimals answers as the pattern of a plain number (property)', () => {
    fc.assert(
      fc.property(numberText, (raw) => {
        expect(plainDecimals(raw)).toBe(decimalsByPattern(raw));
      }),
      { numRuns: 3000 },
    );
  });

  it('labelMayChange false leaves the label as normalizeLabel reads it (property)', () => {
    fc.assert(
      fc.property(text, (s) => {
        if (!labelMayChange(s)) expect(normalizeLabel(s)).toBe(s);
      }),
      { numRuns: 3000 },
    );
  });
});
