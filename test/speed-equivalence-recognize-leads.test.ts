/**
 * Issue 17, recognition (fourteenth round): character tests written out in the scans every cell
 * goes through, and the body walk telling most rows from a note or a repeated header by the first
 * character of the cell's text instead of reading its key. Fed by fast-check on random texts of
 * digits, Chinese characters (those a note starts with among them), spaces of every kind, full-width
 * forms and quotes:
 * - plainDecimals answers as the pattern it stands for (a plain number: sign, digits or comma
 *   groups, decimals);
 * - labelMayChange false means normalizeLabel leaves the text as it is;
 * - certainKeyLead, when it names a code unit, names the first of the cell's key as SheetView reads
 *   it; so a lead that opens no note is a key that is no note, and a lead other than the first
 *   header key's is a key other than it (the walk's two tests it spares).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { plainDecimals } from '../src/engine/grid/numbers';
import { labelMayChange, normalizeLabel } from '../src/engine/grid/text';
import { certainKeyLead } from '../src/engine/recognize/lines';
import { isNote, mayLeadNote } from '../src/engine/recognize/lexicon';
import { SheetView } from '../src/engine/recognize/view';
import type { Cell } from '../src/engine/grid/types';

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

function keyOf(cell: Cell): string {
  return new SheetView({ name: 'S', rows: [[cell]], rowCount: 1, colCount: 1, merges: [] }).key(0, 0);
}

describe('the characters leading a cell (fourteenth round)', () => {
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

  it("certainKeyLead names the first code unit of the cell's key, so the walk's tests it spares answer no (property)", () => {
    const cell = fc.oneof(
      text.map((t): Cell => ({ value: t, text: t })),
      fc.tuple(fc.double({ noNaN: true, min: -1e9, max: 1e9 }), text).map(([v, t]): Cell => ({ value: v, text: t })),
    );
    fc.assert(
      fc.property(cell, text, (c, headerKey) => {
        const lead = certainKeyLead(c);
        if (lead < 0) return;
        const key = keyOf(c);
        expect(key.charCodeAt(0)).toBe(lead);
        if (!mayLeadNote(lead)) expect(isNote(key)).toBe(false);
        const headerLead = headerKey.length ? headerKey.charCodeAt(0) : NaN;
        if (lead !== headerLead) expect(key === headerKey).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('a note is told by its lead: 注：… and 说明：… are read as notes', () => {
    for (const t of ['注：本表反映部门预算', '说明：本年度没有三公经费', '备注1：单位万元']) {
      const c: Cell = { value: t, text: t };
      expect(mayLeadNote(certainKeyLead(c))).toBe(true);
      expect(isNote(keyOf(c))).toBe(true);
    }
  });
});
