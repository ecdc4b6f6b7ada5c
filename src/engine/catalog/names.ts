/**
 * Comparing 科目名称: tolerant of what is not an error (full/half-width characters, spaces, bracket
 * styles, 其中 prefixes), strict on everything else.
 */
import { toHalfWidth } from '../grid/text';
import { OF_WHICH } from '../recognize/lexicon';

const BRACKETS: Record<string, string> = { '【': '(', '】': ')', '[': '(', ']': ')', '〔': '(', '〕': ')', '﹙': '(', '﹚': ')' };

/** Anything nameKey removes or rewrites (after toHalfWidth): most names hold none of it. */
const KEY_CHANGES = /[\s\u00a0\u200b【】[\]〔〕﹙﹚“”"'‘’]|^[-—–·•]/;

/**
 * False when nameKey returns the name as it is: Chinese characters and ASCII other than whitespace,
 * quotes and square brackets, not opening with '-' or 其 (其中). Told by one scan; any other
 * character is left to the patterns.
 */
function nameKeyMayChange(name: string): boolean {
  const first = name.charCodeAt(0);
  if (first === 0x2d || first === 0x5176) return true; // '-', 其
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) continue; // isChineseCharCode written out: a call per character of every name, unoptimised in a first run
    if (c >= 0x80 || c <= 0x20 || c === 0x22 || c === 0x27 || c === 0x5b || c === 0x5d) return true;
  }
  return false;
}

/** A 科目名称 as a comparison key. Two names with the same key are the same name. */
export function nameKey(name: string): string {
  if (!nameKeyMayChange(name)) return name;
  const half = toHalfWidth(name);
  if (!KEY_CHANGES.test(half) && !OF_WHICH.test(half)) return half;
  return half
    .replace(/[\s\u00a0\u200b]+/g, '')
    .replace(/[【】[\]〔〕﹙﹚]/g, (ch) => BRACKETS[ch] ?? ch)
    .replace(OF_WHICH, '')
    .replace(/^[-—–·•]+/, '')
    .replace(/[“”"'‘’]/g, '');
}

/** True when the written name is the official one or one of the accepted names. */
export function sameName(written: string, accepted: readonly string[]): boolean {
  const key = nameKey(written);
  return accepted.some((n) => nameKey(n) === key);
}

/** True when the cell holds no name at all. */
export function isBlankName(label: string | undefined): boolean {
  return label === undefined || nameKey(label) === '';
}
