/**
 * A small subset of Excel number formats, enough to show amounts as Excel would
 * ("#,##0.00", "0.00", "0.0%", "General"). ExcelJS stores the format but does not apply it.
 * A workbook uses a handful of formats over many thousands of cells: each format string is read
 * once and remembered.
 */

/** One section of a format ("#,##0.00" of "#,##0.00;(#,##0.00)"); null shows the value as General. */
interface Section {
  percent: boolean;
  decimals: number;
  grouped: boolean;
  parentheses: boolean;
}

interface Format {
  general: boolean;
  /** The format has a section for negative values. */
  hasNegative: boolean;
  positive: Section | null;
  negative: Section | null;
}

function readSection(section: string): Section | null {
  const m = /0(?:\.(0+))?/.exec(section.replace(/"[^"]*"|\\./g, ''));
  if (!m) return null;
  return {
    percent: section.includes('%'),
    decimals: m[1] ? m[1].length : 0,
    grouped: /#,##0|0,000|#,#/.test(section),
    parentheses: section.includes('('),
  };
}

function readFormat(numFmt: string | undefined): Format {
  if (!numFmt || /^general$/i.test(numFmt) || numFmt === '@') return { general: true, hasNegative: false, positive: null, negative: null };
  const sections = numFmt.split(';');
  const hasNegative = numFmt.includes(';');
  return { general: false, hasNegative, positive: readSection(sections[0]), negative: hasNegative ? readSection(sections[1]) : null };
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

/** Thousands separators in the integer part of a toFixed() text. */
function group(text: string): string {
  const dot = text.indexOf('.');
  const int = dot < 0 ? text : text.slice(0, dot);
  const sign = int.startsWith('-') ? '-' : '';
  const digits = sign ? int.slice(1) : int;
  if (digits.length <= 3) return text;
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (dot < 0 ? '' : text.slice(dot));
}

export function formatWithNumFmt(value: number, numFmt: string | undefined): string {
  const format = formatOf(numFmt);
  if (format.general) return generalText(value);
  const negInSection = value < 0 && format.hasNegative;
  const section = negInSection ? format.negative : format.positive;
  if (!section) return generalText(value);
  const shown = section.percent ? value * 100 : value;
  const abs = negInSection ? Math.abs(shown) : shown;
  let text = abs.toFixed(section.decimals);
  if (section.grouped) text = group(text);
  if (negInSection) text = section.parentheses ? `(${text})` : `-${text}`;
  return section.percent ? text + '%' : text;
}

function generalText(value: number): string {
  if (Number.isInteger(value)) return String(value);
  // Excel's General shows up to ~11 significant digits.
  return String(Number(value.toPrecision(11)));
}
