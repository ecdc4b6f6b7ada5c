/**
 * Robust amount parsing for cells typed by people: real numbers, text numbers with thousands
 * separators, full-width digits and punctuation, negative forms, dashes and blanks as empty,
 * and Excel error values as a distinct state.
 */
import type { Cell, CellValue, ErrorValue } from './types';
import { isChineseCharCode, toHalfWidth } from './text';
import { NOT_APPLICABLE, TRAILING_UNIT } from '../model/cell-words';

export interface ParsedAmount {
  value: number | null;
  /** Decimals as written (from the displayed text when there is one). */
  decimals: number;
  problem?: 'error' | 'text';
}

const EMPTY_MARKS = new Set(['', '-', '--', '—', '——', '–', '－', '/', '\\', '无', '空']);
const EXCEL_ERRORS = new Set(['#REF!', '#VALUE!', '#DIV/0!', '#N/A', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA']);

export function isErrorValue(v: CellValue | undefined): v is ErrorValue {
  return typeof v === 'object' && v !== null && 'error' in v;
}

export function isExcelErrorText(s: string): boolean {
  return EXCEL_ERRORS.has(s.trim().toUpperCase());
}

function decimalsOf(numericText: string): number {
  const m = /\.(\d+)/.exec(numericText);
  return m ? m[1].length : 0;
}

function decimalsOfNumber(n: number): number {
  if (!Number.isFinite(n) || Number.isInteger(n)) return 0;
  const s = String(n);
  if (s.includes('e')) return 0;
  return decimalsOf(s);
}

const NUMBER_TEXT = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/;

/** Parses a text such as "1,234.50", "１２３．４", "(12.00)", "-5", "—". */
export function parseAmountText(raw: string): ParsedAmount {
  // What most amount cells show ("1,234.50", "-5", "0.00"): read without the full reading below.
  const plain = plainDecimals(raw);
  if (plain >= 0) {
    const n = Number(raw.replace(/,/g, ''));
    return { value: n === 0 ? 0 : n, decimals: plain };
  }
  let s = toHalfWidth(raw).replace(/[\s\u00a0]+/g, '');
  if (EMPTY_MARKS.has(s) || NOT_APPLICABLE.test(s)) return { value: null, decimals: 0 };
  if (isExcelErrorText(s)) return { value: null, decimals: 0, problem: 'error' };
  s = s.replace(/[，]/g, ',').replace(/[−–—]/g, '-').replace(/。/g, '.');
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1];
  }
  // A trailing unit written in the cell ("293万元", "5元") is tolerated; the table unit still rules.
  s = s.replace(TRAILING_UNIT, '');
  if (s.startsWith('-')) {
    negative = !negative;
    s = s.slice(1);
  } else if (s.startsWith('+')) {
    s = s.slice(1);
  }
  if (s === '' || !NUMBER_TEXT.test(s) || s === '.') return { value: null, decimals: 0, problem: 'text' };
  const n = Number(s.replace(/,/g, ''));
  if (!Number.isFinite(n)) return { value: null, decimals: 0, problem: 'text' };
  const value = negative ? -n : n;
  return { value: value === 0 ? 0 : value, decimals: decimalsOf(s) };
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The decimals of a plain number text — ASCII digits, comma groups, one sign at most ("1,234.50",
 * "-5", "0.00") — found by one scan of its characters; -1 for any other text (which then goes
 * through the full reading of parseAmountText). What nearly every
 * numeric cell shows, so a sheet of numbers is read without a pattern match per cell.
 */
export function plainDecimals(raw: string): number {
  const n = raw.length;
  // Hundreds of digits may read as Infinity: leave those to the full reading.
  if (n === 0 || n > 300) return -1;
  let i = raw.charCodeAt(0) === 43 || raw.charCodeAt(0) === 45 ? 1 : 0; // + -
  const start = i;
  // The digit tests written out, not a call of isDigit per character: most of a cold run reads
  // these in the interpreter, where each call costs more than the test.
  for (; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c < 48 || c > 57) break;
  }
  const intDigits = i - start;
  if (i < n && raw.charCodeAt(i) === 44) {
    // 1,234,567: a first group of one to three digits, then groups of exactly three.
    if (intDigits > 3 || intDigits === 0) return -1;
    while (i < n && raw.charCodeAt(i) === 44) {
      if (!(isDigit(raw.charCodeAt(i + 1)) && isDigit(raw.charCodeAt(i + 2)) && isDigit(raw.charCodeAt(i + 3)))) return -1;
      i += 4;
    }
  }
  let decimals = 0;
  if (i < n && raw.charCodeAt(i) === 46) {
    const from = ++i;
    for (; i < n; i++) {
      const c = raw.charCodeAt(i);
      if (c < 48 || c > 57) break;
    }
    decimals = i - from;
    if (decimals === 0) return -1;
  }
  if (i !== n || (intDigits === 0 && decimals === 0)) return -1;
  return decimals;
}

/** Parses a cell as an amount, preferring the stored number and taking decimals from the shown text. */
export function parseAmountCell(cell: Cell | undefined): ParsedAmount {
  if (!cell) return { value: null, decimals: 0 };
  const v = cell.value;
  if (v === null || v === undefined) {
    return cell.text ? parseAmountText(cell.text) : { value: null, decimals: 0 };
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { value: null, decimals: 0, problem: 'text' };
    return { value: v === 0 ? 0 : v, decimals: shownDecimals(cell.text, v) };
  }
  if (typeof v === 'string') return parseAmountText(v);
  if (isErrorValue(v)) return { value: null, decimals: 0, problem: 'error' };
  return { value: null, decimals: 0, problem: 'text' };
}

/** Decimals of a number cell: as its text shows them when the text reads as a number, else the number's own. */
export function shownDecimals(text: string, v: number): number {
  if (!text) return decimalsOfNumber(v);
  const plain = plainDecimals(text);
  if (plain >= 0) return plain;
  const shown = parseAmountText(text);
  return shown.value !== null ? shown.decimals : decimalsOfNumber(v);
}

/** Any digit a number could be written with (ASCII or full-width): without one, no text reads as a number. */
const ANY_DIGIT = /[0-9\uff10-\uff19]/;

/** The value parseAmountCell reads, without working out decimals or problems (layout detection asks only this). */
export function amountValueOf(cell: Cell | undefined): number | null {
  if (!cell) return null;
  const v = cell.value;
  if (typeof v === 'number') return Number.isFinite(v) ? (v === 0 ? 0 : v) : null;
  const text = v === null || v === undefined ? cell.text : typeof v === 'string' ? v : undefined;
  if (!text || !ANY_DIGIT.test(text) || holdsWord(text)) return null;
  return parseAmountText(text).value;
}

const UNIT_CHARACTERS = new Set(['万', '千', '亿', '元']);

/**
 * Holds a Chinese character other than a unit's (万 千 亿 元): no such text reads as a number
 * ('306秦皇岛市…', '预算年度：2025'), so header and label cells skip the full reading.
 */
function holdsWord(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (isChineseCharCode(text.charCodeAt(i)) && !UNIT_CHARACTERS.has(text.charAt(i))) return true;
  }
  return false;
}

