/**
 * A number's text as Excel shows it under the cell's number format (ExcelJS stores the format but does not
 * apply it). The formats of budget tables — General, "0.00", "#,##0.00", "0.0%", a second section for
 * negatives — are shown here directly, each format string read once and remembered; every other format
 * (accounting formats with "-" for zero, literals, dates, locale tags such as [$-804]) goes to the numfmt
 * library, which follows Excel's formatting rules (ECMA-376). test/speed-equivalence.test.ts holds the direct
 * path to numfmt's answers.
 */

/**
 * numfmt's formatter, loaded with ExcelJS by loadXlsx (its own chunk: the preview's shell paints without it). A
 * workbook built in memory without loadXlsx shows the formats outside the direct path as General until it is loaded.
 */
let formatByLibrary: ((pattern: string, value: number) => string) | undefined;

export async function loadNumberFormats(): Promise<void> {
  formatByLibrary ??= (await import(/* webpackChunkName: "numfmt" */ 'numfmt')).format;
}

/** One section of a format ("#,##0.00" of "#,##0.00;(#,##0.00)") and how it shows a negative number's sign. */
interface Section {
  percent: boolean;
  decimals: number;
  grouped: boolean;
  sign: 'none' | 'minus' | 'parentheses';
}

type Format = { kind: 'general' } | { kind: 'library' } | { kind: 'plain'; positive: Section; negative?: Section };

const COLOR = String.raw`(?:\[(?:black|blue|cyan|green|magenta|red|white|yellow|color\s?\d{1,2})\])?`;
const SECTION = new RegExp(String.raw`^${COLOR}(?:(-)|(\())?(#,##0|0)(?:\.(0+))?(%)?(\))?$`, 'i');

/** A section the direct path shows, or undefined (a literal, a padding, an unbalanced bracket: the library's). */
function readSection(text: string): Section | undefined {
  const m = SECTION.exec(text);
  if (!m || !!m[2] !== !!m[6]) return undefined;
  return { grouped: m[3] === '#,##0', decimals: m[4]?.length ?? 0, percent: !!m[5], sign: m[2] ? 'parentheses' : m[1] ? 'minus' : 'none' };
}

function readFormat(numFmt: string | undefined): Format {
  if (!numFmt || /^general$/i.test(numFmt) || numFmt === '@') return { kind: 'general' };
  const sections = numFmt.split(';');
  if (sections.length > 2) return { kind: 'library' };
  const positive = readSection(sections[0]);
  // A sign in the first section is printed on every number: the library's.
  if (!positive || positive.sign !== 'none') return { kind: 'library' };
  if (sections.length === 1) return { kind: 'plain', positive };
  const negative = readSection(sections[1]);
  return negative ? { kind: 'plain', positive, negative } : { kind: 'library' };
}

const formats = new Map<string | undefined, Format>();

function formatOf(numFmt: string | undefined): Format {
  let f = formats.get(numFmt);
  if (!f) {
    f = readFormat(numFmt);
    // Formats are few; a pathological workbook with thousands of distinct ones is still bounded.
    if (formats.size > 1000) formats.clear();
    formats.set(numFmt, f);
  }
  return f;
}

/** Thousands separators in the integer part of a number's text. */
function group(text: string): string {
  const dot = text.indexOf('.');
  const int = dot < 0 ? text : text.slice(0, dot);
  if (int.length <= 3) return text;
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (dot < 0 ? '' : text.slice(dot));
}

/** A decimal string of digits plus one in its last place ("1299" → "1300", "99" → "100"). */
function plusOneInLastPlace(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  if (i < 0) return '1' + '0'.repeat(digits.length);
  return digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1) + '0'.repeat(digits.length - i - 1);
}

/**
 * |value| with `decimals` decimals, rounded half away from zero on the number's 15 significant digits as Excel
 * rounds what it shows: 2.675 shows "2.68" (toFixed gives "2.67", the binary double being 2.67499…).
 */
function fixedAsExcel(abs: number, decimals: number): string {
  // Away from a tie at the shown decimals toFixed rounds the same, and costs less.
  const scaled = abs * 10 ** decimals;
  if (Math.abs((scaled % 1) - 0.5) > 1e-9 + scaled * 1e-12) return abs.toFixed(decimals);
  const precise = abs.toPrecision(15);
  if (precise.includes('e')) return abs.toFixed(decimals);
  const dot = precise.indexOf('.');
  const int = dot < 0 ? precise : precise.slice(0, dot);
  const fraction = dot < 0 ? '' : precise.slice(dot + 1);
  let digits = int + fraction.slice(0, decimals).padEnd(decimals, '0');
  if (fraction.length > decimals && fraction.charCodeAt(decimals) >= 0x35 /* '5' */) digits = plusOneInLastPlace(digits);
  if (decimals === 0) return digits;
  const intLength = digits.length - decimals;
  return `${digits.slice(0, intLength)}.${digits.slice(intLength)}`;
}

function sectionText(value: number, section: Section, negative: boolean): string {
  const abs = Math.abs(section.percent ? value * 100 : value);
  let text = fixedAsExcel(abs, section.decimals);
  if (section.grouped) text = group(text);
  if (section.percent) text += '%';
  if (!negative || section.sign === 'none') return text;
  return section.sign === 'parentheses' ? `(${text})` : `-${text}`;
}

/** Whether a number's shown digits are all zeros ("0.00", "0%"): Excel drops the minus of such a negative. */
function showsZero(text: string): boolean {
  return !/[1-9]/.test(text);
}

export function formatWithNumFmt(value: number, numFmt: string | undefined): string {
  const format = formatOf(numFmt);
  if (format.kind === 'plain') {
    if (value < 0 && format.negative) return sectionText(value, format.negative, true);
    const text = sectionText(value, format.positive, false);
    return value < 0 && !showsZero(text) ? `-${text}` : text;
  }
  if (format.kind === 'general') {
    // Excel's General shows up to 11 characters in a cell of standard width; a number that is shorter as written
    // is shown as written.
    const written = String(value);
    if (written.length <= 11 && !written.includes('e')) return written;
  }
  return byLibrary(format.kind === 'general' ? 'General' : numFmt!, value);
}

function byLibrary(numFmt: string, value: number): string {
  if (!formatByLibrary) return String(value);
  try {
    return formatByLibrary(numFmt, value);
  } catch {
    // A format the library cannot read (a damaged workbook): the number as General.
    return numFmt === 'General' ? String(value) : byLibrary('General', value);
  }
}
