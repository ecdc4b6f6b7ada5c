/** Text normalisation shared by recognition, catalog matching and narrative parsing. */

/** Full-width ASCII (！ to ～) to half-width, ideographic space to space. */
export function toHalfWidth(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

/** A header or label as a key: half-width, no whitespace of any kind, curly quotes unified. */
export function normalizeLabel(s: string): string {
  return toHalfWidth(s)
    .replace(/[\s\u00a0\u200b]+/g, '')
    .replace(/[“”„‟"＂]/g, '"')
    .replace(/[‘’']/g, "'");
}
