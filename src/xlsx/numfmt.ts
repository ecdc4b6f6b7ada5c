/**
 * A small subset of Excel number formats, enough to show amounts as Excel would
 * ("#,##0.00", "0.00", "0.0%", "General"). ExcelJS stores the format but does not apply it.
 */
export function formatWithNumFmt(value: number, numFmt: string | undefined): string {
  if (!numFmt || /^general$/i.test(numFmt) || numFmt === '@') return generalText(value);
  const section = numFmt.split(';')[value < 0 && numFmt.includes(';') ? 1 : 0] ?? numFmt;
  const percent = section.includes('%');
  const m = /0(?:\.(0+))?/.exec(section.replace(/"[^"]*"|\\./g, ''));
  if (!m) return generalText(value);
  const decimals = m[1] ? m[1].length : 0;
  const grouped = /#,##0|0,000|#,#/.test(section);
  const shown = percent ? value * 100 : value;
  const negInSection = value < 0 && numFmt.includes(';');
  const abs = negInSection ? Math.abs(shown) : shown;
  let text = abs.toFixed(decimals);
  if (grouped) {
    const [int, frac] = text.split('.');
    const sign = int.startsWith('-') ? '-' : '';
    const digits = sign ? int.slice(1) : int;
    text = sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? '.' + frac : '');
  }
  if (negInSection) text = section.includes('(') ? `(${text})` : `-${text}`;
  return percent ? text + '%' : text;
}

function generalText(value: number): string {
  if (Number.isInteger(value)) return String(value);
  // Excel's General shows up to ~11 significant digits.
  return String(Number(value.toPrecision(11)));
}
