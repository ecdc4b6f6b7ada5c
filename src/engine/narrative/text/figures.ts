/**
 * The figures of 情况说明 prose: amounts with their money unit ("431.00万元", "5,806,105.16 元",
 * "881300.39 元") and percentages ("64.34%", "77.70 %"). Numbers without a money unit (years,
 * counts of 辆 or 个, table cells pasted without their unit) are not figures. Positions refer to the
 * passage's own text; the scan runs on its half-width form, which has the same length.
 */
import type { Unit } from '../../recognize/types';
import { toHalfWidth } from '../../grid/text';
import { toFen } from '../../model/money';
import { BARE_UNIT_FIGURE, FIGURE_WITH_UNIT, MONEY_WORD_BEFORE } from './words';

export interface AmountFigure {
  type: 'amount';
  start: number;
  end: number;
  /** As written, e.g. '135.1万元'. */
  raw: string;
  value: number;
  unit: Unit;
  /** Decimals as written. */
  decimals: number;
  fen: number;
}

export interface PercentFigure {
  type: 'percent';
  start: number;
  end: number;
  raw: string;
  value: number;
  decimals: number;
}

export type Figure = AmountFigure | PercentFigure;

const UNITS: Record<string, Unit> = { 亿元: '亿元', 万元: '万元', 千元: '千元', 元: '元' };

/** FIGURE_WITH_UNIT and BARE_UNIT_FIGURE tried at one position only (sticky). */
const FIGURE_AT = new RegExp(FIGURE_WITH_UNIT.source, 'y');
const BARE_UNIT_AT = new RegExp(BARE_UNIT_FIGURE.source, 'y');
const DIGIT = /\d/;
/** The unit a bare-unit figure ends in, as BARE_UNIT_FIGURE has it: 万 / 亿 with a mark, a space or the end after it. */
const BARE_UNIT = /[万亿](?=[,;。、)\s]|$)/;
/**
 * A digit that no digit precedes: where a run of digits starts. Searched by `test`, which builds no
 * match (the run's start is lastIndex − 1); the look-behind stands after the digit, so the search
 * scans for digits and tries it only at one.
 */
const RUN_START = /\d(?<!\d\d)/g;

/**
 * The next match of `sticky` (a figure pattern: it starts at a digit that no digit precedes) at or
 * after `from` (never right after a digit: 0, or the end of a figure's unit), as the pattern's global
 * search finds it. The search is tried only where a run of digits starts: a global search tries the
 * pattern's look-behinds at every character of the prose.
 */
function nextAt(sticky: RegExp, half: string, from: number): RegExpExecArray | null {
  RUN_START.lastIndex = from;
  while (RUN_START.test(half)) {
    sticky.lastIndex = RUN_START.lastIndex - 1;
    const m = sticky.exec(half);
    if (m) return m;
  }
  return null;
}

function bareUnitFigures(half: string, text: string): AmountFigure[] {
  // A bare 万 / 亿 is read only in a text that writes the unit in full elsewhere.
  const wan = half.includes('万元');
  const yi = half.includes('亿元');
  // Nor in a text with no 万 / 亿 that a mark or the end follows (most: every 万 is a 万元): one search, not a try at every run of digits.
  if ((!wan && !yi) || !BARE_UNIT.test(half)) return [];
  const out: AmountFigure[] = [];
  for (let m = nextAt(BARE_UNIT_AT, half, 0); m; m = nextAt(BARE_UNIT_AT, half, m.index + m[0].length)) {
    const unit = m[3] === '亿' ? '亿元' : '万元';
    if (!(unit === '亿元' ? yi : wan) || !MONEY_WORD_BEFORE.test(half.slice(Math.max(0, m.index - 16), m.index))) continue;
    const decimals = m[2]?.length ?? 0;
    const value = Number(`${m[1].replace(/,/g, '')}${m[2] ? `.${m[2]}` : ''}`);
    out.push({ type: 'amount', start: m.index, end: m.index + m[0].length, raw: text.slice(m.index, m.index + m[0].length), value, unit, decimals, fen: toFen(value, unit) });
  }
  return out;
}

/** Parses '1,212.12' / '0.4' / '47' into a value and its decimals; undefined for anything else. */
export function parseNumber(s: string): { value: number; decimals: number } | undefined {
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(s.trim());
  if (!m) return undefined;
  const decimals = m[2]?.length ?? 0;
  return { value: Number(`${m[1].replace(/,/g, '')}${m[2] ? `.${m[2]}` : ''}`), decimals };
}

/** Every amount and percentage of a text, in order (`half`: its toHalfWidth, when the caller has it). */
export function scanFigures(text: string, half = toHalfWidth(text)): Figure[] {
  // Every figure starts with a digit: a text without one (about half the passages of a 情况说明: headings,
  // duties, titles) is told so by one search, not by the figures' search and the bare units' two words.
  if (!DIGIT.test(half)) return [];
  const out: Figure[] = [];
  for (let m = nextAt(FIGURE_AT, half, 0); m; m = nextAt(FIGURE_AT, half, m.index + m[0].length)) {
    const start = m.index;
    const end = start + m[0].length;
    const decimals = m[2]?.length ?? 0;
    // A run of more than 15 digits is no amount anyone reports (and no float holds it exactly).
    if (m[1].replace(/,/g, '').length > 15 || decimals > 6) continue;
    const value = Number(`${m[1].replace(/,/g, '')}${m[2] ? `.${m[2]}` : ''}`);
    const raw = text.slice(start, end);
    if (m[3] === '%') out.push({ type: 'percent', start, end, raw, value, decimals });
    else {
      const unit = UNITS[m[3]];
      out.push({ type: 'amount', start, end, raw, value, unit, decimals, fen: toFen(value, unit) });
    }
  }
  const bare = bareUnitFigures(half, text);
  // The figures with a unit are found in order: most texts have no bare 万 to merge in.
  return bare.length === 0 ? out : [...out, ...bare].sort((a, b) => a.start - b.start);
}

/**
 * Half a unit of the last printed decimal of an amount, in 分; never finer than 0.005 of its unit — except
 * in 亿元, where no amount is exact: '7738.1亿元' is rounded to its printed 0.1 亿元.
 */
/**
 * The percentages a part may be of its whole, each figure anywhere within its rounding (`*Half`: half a
 * printed unit, in 分): what a printed share or rate of part ÷ whole is measured against.
 */
export function percentRange(partFen: number, partHalf: number, wholeFen: number, wholeHalf: number): { lo: number; hi: number } {
  const lo = (Math.max(0, partFen - partHalf) * 100) / (wholeFen + wholeHalf);
  // A whole that may be nothing within its rounding allows any percentage.
  const hi = wholeFen - wholeHalf > 0 ? ((partFen + partHalf) * 100) / (wholeFen - wholeHalf) : Infinity;
  return { lo, hi };
}

/** Whether a printed rate may be a value of `range`, to half a unit of its last printed decimal. */
export function printedRateWithin(r: { value: number; decimals: number }, range: { lo: number; hi: number }): boolean {
  const half = 10 ** -r.decimals / 2;
  return r.value >= range.lo - half - 1e-9 && r.value <= range.hi + half + 1e-9;
}

export function halfUnitOf(a: Pick<AmountFigure, 'unit' | 'decimals'>): number {
  return a.unit === '亿元' ? printedHalfUnitOf(a) : Math.round(toFen(0.5, a.unit) / 10 ** Math.max(a.decimals, 2));
}

/**
 * Half a unit of the last decimal the figure is printed to, however coarse: '995万元' may stand for
 * anything from 994.5 to 995.5. Whole-number figures are often exact (a budget set in whole 万元),
 * so arithmetic treats them as exact (halfUnitOf); a gap that only this wider rounding explains is
 * at most a warning, never an error.
 */
export function printedHalfUnitOf(a: Pick<AmountFigure, 'unit' | 'decimals'>): number {
  return Math.round(toFen(0.5, a.unit) / 10 ** a.decimals);
}

/**
 * One unit of the last decimal the figure is printed to, in 分: how far a figure cut rather than rounded
 * ('328,661万元' for 328,661.81, '16万元' for 16.95) may lie below what it stands for — the corpus's standard
 * for a cut figure is a slip of rounding, at most a warning, never an error.
 */
function printedUnitOf(a: Pick<AmountFigure, 'unit' | 'decimals'>): number {
  return 2 * printedHalfUnitOf(a);
}

/**
 * How far a figure of a rate or a sum may be from what it stands for when it may be cut: a printed unit for a figure
 * printed coarser than the tables' cent ('4733万元', '127.2万元') of a hundred printed units or more, where a unit is
 * at most a hundredth of it — real texts cut such figures ('328,661万元' for 328,661.81); otherwise halfUnitOf. A
 * smaller one ('预算为1万元', '减少0.1万元') is taken as exact: a unit of it would allow almost any rate. A figure
 * to the cent of 万元 is the tables' own precision: nothing finer to cut it from.
 */
export function cutAllowanceOf(a: Pick<AmountFigure, 'unit' | 'decimals' | 'fen'>): number {
  const unit = printedUnitOf(a);
  const exact = halfUnitOf(a);
  return unit / 2 > exact && Math.abs(a.fen) >= 100 * unit ? unit : exact;
}

/** The rounding the figures as printed allow together: the sum of their printedHalfUnitOf (a gap within it is no error). */
export function printedRoundingOf(...figures: readonly Pick<AmountFigure, 'unit' | 'decimals'>[]): number {
  let sum = 0;
  for (const a of figures) sum += printedHalfUnitOf(a);
  return sum;
}

/**
 * Whether `statedFen`, printed as `a` coarser than every figure it is worked from, is `exactFen` rounded to its own last
 * printed digit ('相差3万元' for 120.37 − 117.12 = 3.25, '减少14.9万元' for 24.67 − 9.75 = 14.92): a figure rounded for the
 * text, nothing wrong in it.
 */
export function roundedToItsDigit(a: Pick<AmountFigure, 'unit' | 'decimals'>, statedFen: number, exactFen: number, ...from: readonly Pick<AmountFigure, 'unit' | 'decimals'>[]): boolean {
  const unit = printedHalfUnitOf(a) * 2;
  const rounded = Math.sign(exactFen) * Math.round(Math.abs(exactFen) / unit) * unit;
  return unit > 2 * Math.max(...from.map(printedHalfUnitOf)) && Math.abs(rounded - statedFen) < 1;
}
