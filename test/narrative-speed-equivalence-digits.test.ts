/**
 * Issue 17, narrative, twelfth round: scanFigures tries its figure patterns only where a run of digits
 * starts (sticky), instead of a global search that tries the look-behinds at every character. The
 * global searches are the oracle: corpus lines, and arbitrary strings of digits, units and the words
 * around figures.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHalfWidth } from '../src/engine/grid/text';
import { toFen } from '../src/engine/model/money';
import { scanFigures, type AmountFigure, type Figure } from '../src/engine/narrative/text/figures';
import { BARE_UNIT_FIGURE, FIGURE_WITH_UNIT, MONEY_WORD_BEFORE } from '../src/engine/narrative/text/words';
import type { Unit } from '../src/engine/recognize/types';
import { corpusLines } from './narrative-helpers';

const UNITS: Record<string, Unit> = { 亿元: '亿元', 万元: '万元', 千元: '千元', 元: '元' };

/** scanFigures as it was: both patterns searched globally. */
function oldScanFigures(text: string, half = toHalfWidth(text)): Figure[] {
  const out: Figure[] = [];
  const all = new RegExp(FIGURE_WITH_UNIT.source, 'g');
  for (let m = all.exec(half); m; m = all.exec(half)) {
    const start = m.index;
    const end = start + m[0].length;
    const decimals = m[2]?.length ?? 0;
    if (m[1].replace(/,/g, '').length > 15 || decimals > 6) continue;
    const value = Number(`${m[1].replace(/,/g, '')}${m[2] ? `.${m[2]}` : ''}`);
    const raw = text.slice(start, end);
    if (m[3] === '%') out.push({ type: 'percent', start, end, raw, value, decimals });
    else {
      const unit = UNITS[m[3]];
      out.push({ type: 'amount', start, end, raw, value, unit, decimals, fen: toFen(value, unit) });
    }
  }
  const bare: AmountFigure[] = [];
  const wan = half.includes('万元');
  const yi = half.includes('亿元');
  if (wan || yi) {
    const b = new RegExp(BARE_UNIT_FIGURE.source, 'g');
    for (let m = b.exec(half); m; m = b.exec(half)) {
      const unit = m[3] === '亿' ? '亿元' : '万元';
      if (!(unit === '亿元' ? yi : wan) || !MONEY_WORD_BEFORE.test(half.slice(Math.max(0, m.index - 16), m.index))) continue;
      const decimals = m[2]?.length ?? 0;
      const value = Number(`${m[1].replace(/,/g, '')}${m[2] ? `.${m[2]}` : ''}`);
      bare.push({ type: 'amount', start: m.index, end: m.index + m[0].length, raw: text.slice(m.index, m.index + m[0].length), value, unit, decimals, fen: toFen(value, unit) });
    }
  }
  return bare.length === 0 ? out : [...out, ...bare].sort((a, b) => a.start - b.start);
}


const anyText = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));
const words = fc
  .array(
    fc.constantFrom('1', '23', '456', '7890', '1234567890123456', ',', ',000', '.', '.5', '.1234567', ' ', '\u3000', '\u00a0', '万元', '亿元', '千元', '元', '%', '％', '万', '亿', '１２', '．', 'A', 'x', '支出', '经费', '预算', '为', '增加', '。', '、', ')', ';', '\n'),
    { maxLength: 16 },
  )
  .map((xs) => xs.join(''));

describe('scanFigures by runs of digits against the global searches', () => {
  it('finds the same figures in every corpus line and every passage-sized run of lines', () => {
    const lines = corpusLines();
    for (const l of lines) expect(scanFigures(l), l).toEqual(oldScanFigures(l));
    for (let i = 0; i < lines.length; i += 7) {
      const passage = lines.slice(i, i + 7).join('');
      expect(scanFigures(passage)).toEqual(oldScanFigures(passage));
    }
  });

  it('finds the same figures in arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(words, anyText, fc.tuple(words, anyText, words).map((xs) => xs.join(''))), (s) => {
        expect(scanFigures(s)).toEqual(oldScanFigures(s));
      }),
      { numRuns: 20000 },
    );
  });

  // Seventeenth round: a text without a digit (made half-width: '１２' is one) is passed over by one search.
  it('finds the same figures in text of units and words with few digits or none', () => {
    const fewDigits = fc
      .array(fc.constantFrom('万元', '亿元', '元', '%', '万', '亿', '支出', '经费', '预算', '为', '。', ' ', '１', '２', '．', '1', '.5', '9', '０'), { maxLength: 16 })
      .map((xs) => xs.join(''));
    fc.assert(
      fc.property(fewDigits, (s) => {
        expect(scanFigures(s)).toEqual(oldScanFigures(s));
      }),
      { numRuns: 5000 },
    );
  });
});
