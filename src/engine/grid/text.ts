/** Text normalisation shared by recognition, catalog matching and narrative parsing. */

/** Any character toHalfWidth would change: full-width ASCII (！ to ～) or the ideographic space. */
const WIDE = /[\uff01-\uff5e\u3000]/;

/** Full-width ASCII (！ to ～) to half-width, ideographic space to space. */
export function toHalfWidth(s: string): string {
  // Most cells hold nothing full-width: return them as they are instead of rebuilding them.
  if (!WIDE.test(s)) return s;
  return s.replace(WIDE_ALL, halfOf);
}

const WIDE_ALL = new RegExp(WIDE.source, 'g');
const halfOf = (ch: string) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0));

/** Any character normalizeLabel would change or remove (whitespace, quotes, full-width forms). */
const LABEL_CHANGES = /[\s\u00a0\u200b“”„‟"＂‘’'\uff01-\uff5e\u3000]/;

/** False when normalizeLabel returns the text as it is (true does not promise a change). */
export function labelMayChange(s: string): boolean {
  return LABEL_CHANGES.test(s);
}

/** A header or label as a key: half-width, no whitespace of any kind, curly quotes unified. */
export function normalizeLabel(s: string): string {
  if (!LABEL_CHANGES.test(s)) return s;
  return toHalfWidth(s)
    .replace(/[\s\u00a0\u200b]+/g, '')
    .replace(/[“”„‟"＂]/g, '"')
    .replace(/[‘’']/g, "'");
}
