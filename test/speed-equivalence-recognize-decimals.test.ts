/**
 * Issue 17, recognition (thirteenth round): the body reader reads a figure's decimals by the plain
 * scan (grid/numbers plainDecimals) and asks shownDecimals only of a text the scan does not read;
 * together they answer as shownDecimals alone, on random number cells as they are shown — plain,
 * grouped, signed, with units, percents, spaces, full-width digits, empty — fed by fast-check.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { plainDecimals, shownDecimals } from '../src/engine/grid/numbers';

const shown = fc.oneof(
  fc.constantFrom('', ' ', '0', '0.00', '-5', '+3.1', '1,234.50', '12,34', '1,234,567', '.5', '5.', '293万元', '12.5%', ' 7.25 ', '１２.５', '-', '—', '#REF!'),
  fc.tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.nat(5), fc.boolean()).map(([n, d, grouped]) => {
    const s = (n / 10 ** d).toFixed(d);
    return grouped ? Number(s).toLocaleString('en-US', { minimumFractionDigits: d }) : s;
  }),
  fc.string({ maxLength: 8 }),
);

describe("a figure's decimals", () => {
  it('read by the plain scan first answer as shownDecimals (property)', () => {
    fc.assert(
      fc.property(shown, fc.double({ noNaN: true, noDefaultInfinity: true }), (text, v) => {
        const plain = plainDecimals(text);
        expect(plain >= 0 ? plain : shownDecimals(text, v)).toBe(shownDecimals(text, v));
      }),
      { numRuns: 3000 },
    );
  });
});
