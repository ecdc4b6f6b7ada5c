/** Text normalisation shared by recognition, catalog matching and narrative parsing. */

/** Any character toHalfWidth would change: full-width ASCII (！ to ～) or the ideographic space. */
const WIDE = /[\uff01-\uff5e\u3000]/g;

/** Full-width ASCII (！ to ～) to half-width, ideographic space to space. */
export function toHalfWidth(s: string): string {
  // Most cells hold nothing full-width: a native scan returns them as they are. Prose has a full-width
  // comma or bracket every few characters: the scan finds each (`test`, which leaves lastIndex after it,
  // with no match array), and only those are converted. A loop over every character ran unoptimised in a
  // fresh process (cold, the 20-department bench: 62 M instructions unoptimised, 18 M this way).
  WIDE.lastIndex = 0;
  if (!WIDE.test(s)) return s;
  let out = '';
  let copied = 0;
  do {
    const i = WIDE.lastIndex - 1;
    const c = s.charCodeAt(i);
    out += s.slice(copied, i) + String.fromCharCode(c === 0x3000 ? 0x20 : c - 0xfee0);
    copied = i + 1;
  } while (WIDE.test(s));
  return out + s.slice(copied);
}

/** A full-width digit (０ to ９): ANY_WIDE_DIGIT tells whether there is one (no lastIndex), WIDE_DIGIT replaces each. */
const ANY_WIDE_DIGIT = /[\uff10-\uff19]/;
const WIDE_DIGIT = /[\uff10-\uff19]/g;

/**
 * Full-width digits to half-width, nothing else ('１２万元' → '12万元'): for text that is shown as written but
 * read with \d. A text with none, told by one native scan, is returned as it is: ten `includes` through a string
 * iterator cost more, asked of every joined line of prose in a fresh process.
 */
export function toHalfWidthDigits(s: string): string {
  if (!ANY_WIDE_DIGIT.test(s)) return s;
  return s.replace(WIDE_DIGIT, (w) => String.fromCharCode(w.charCodeAt(0) - 0xfee0));
}

/** Any character normalizeLabel would change or remove (whitespace, quotes, full-width forms). */
const LABEL_CHANGES = /[\s\u00a0\u200b“”„‟"＂‘’'\uff01-\uff5e\u3000]/;

/** A code unit of the CJK Unified Ideographs block (U+4E00–U+9FFF): the Chinese characters of labels. */
export function isChineseCharCode(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/** False when normalizeLabel returns the text as it is (true does not promise a change). */
export function labelMayChange(s: string): boolean {
  // Most labels and codes are Chinese characters, ASCII letters and digits: told by a scan; a text
  // holding any other character is left to the pattern.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) continue; // isChineseCharCode, written out: asked of every character of every key
    if (c >= 0x80) return LABEL_CHANGES.test(s);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x22 || c === 0x27) return true; // whitespace, " and '
  }
  return false;
}

/** A header or label as a key: half-width, no whitespace of any kind, curly quotes unified. */
export function normalizeLabel(s: string): string {
  if (!labelMayChange(s)) return s;
  return toHalfWidth(s)
    .replace(/[\s\u00a0\u200b]+/g, '')
    .replace(/[“”„‟"＂]/g, '"')
    .replace(/[‘’']/g, "'");
}
