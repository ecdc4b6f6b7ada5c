/**
 * 科目编码 as printed: one column (206 / 20601 / 2060101) or split over 类 | 款 | 项 columns, where
 * continuation rows leave the 类 (and 款) cell blank and inherit it from the line above; or inside a
 * summary label ('206 科学技术支出', '六、科学技术支出').
 */
import type { CodeLevel, CodeSystem } from './types';
import { charCodeSet, LEI_BY_NAME, stripItemPrefix } from './lexicon';
import { isChineseCharCode } from '../grid/text';

export interface ParsedCode {
  code: string;
  system: CodeSystem;
  level: CodeLevel;
}

/** Code system by first digit: 2xx 功能分类, 3xx 部门经济分类, 5xx 政府经济分类. */
export function codeSystemOf(code: string): CodeSystem | undefined {
  if (code.startsWith('2')) return 'function';
  if (code.startsWith('3')) return 'economic';
  if (code.startsWith('5')) return 'gov-economic';
  return undefined;
}

/** One ASCII digit or more, nothing else (/^\d+$/ without a pattern match). */
export function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Holds an ASCII character other than a digit or a space, or a Chinese character: no code, however
 * its spaces are taken out (a label such as '科学技术支出' is told without rebuilding it).
 */
function holdsNonCodeCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if (c < 0x80 ? c !== 0x20 && (c < 0x09 || c > 0x0d) : isChineseCharCode(c)) return true;
  }
  return false;
}

/** Reads a full code ('206', '20601', '2060101', '301', '30101'); undefined when it is not one. */
export function parseCode(raw: string): ParsedCode | undefined {
  // Most codes are printed as digits alone, most labels hold letters: both told without rebuilding the text.
  let code = raw;
  if (!isDigits(raw)) {
    if (holdsNonCodeCharacter(raw)) return undefined;
    code = raw.replace(/[\s\u00a0]/g, '');
    if (!isDigits(code)) return undefined;
  }
  const system = codeSystemOf(code);
  if (!system) return undefined;
  let level: CodeLevel | undefined;
  if (system === 'function') level = code.length === 3 ? 1 : code.length === 5 ? 2 : code.length === 7 ? 3 : undefined;
  else level = code.length === 3 ? 1 : code.length === 5 ? 2 : undefined;
  return level ? { code, system, level } : undefined;
}

/** A 类 part: three digits. */
export function leiPart(raw: string): string | undefined {
  const s = raw.replace(/\s/g, '');
  return /^[235]\d\d$/.test(s) ? s : undefined;
}

/** A 款 or 项 part: two digits ('04'; a number 4 stored by Excel reads '4' and is padded). */
export function subPart(raw: string): string | undefined {
  const s = raw.replace(/\s/g, '');
  if (/^\d{2}$/.test(s)) return s;
  if (/^\d$/.test(s)) return `0${s}`;
  return undefined;
}

/**
 * Joins split code cells with inheritance. `previous` is the last code read in this block.
 * Returns undefined when the cells hold no code.
 */
export function joinSplitCode(lei: string, kuan: string, xiang: string | undefined, previous: string | undefined): ParsedCode | undefined {
  const k = kuan ? subPart(kuan) : undefined;
  const x = xiang ? subPart(xiang) : undefined;
  let l = lei ? leiPart(lei) : undefined;
  if (lei && !l) return parseCode(lei); // a full code typed into the 类 cell
  if (!l && (k || x) && previous) l = previous.slice(0, 3);
  if (!l) return undefined;
  let kk = k;
  if (!kk && x && previous && previous.startsWith(l) && previous.length >= 5) kk = previous.slice(3, 5);
  if (x && !kk) return undefined;
  return parseCode(l + (kk ?? '') + (kk && x ? x : ''));
}

const CODE_LEAD = charCodeSet('0123456789[［【(（');

/**
 * Code and name typed into one cell: '2060101 行政运行', '[2060101]行政运行', '【206】科学技术支出',
 * '206 01 01 行政运行'. Undefined unless a whole code leads and a name follows it.
 */
export function splitCodeAndName(text: string): { code: ParsedCode; name: string } | undefined {
  // Most labels cannot hold a leading code: their first visible character is no digit or bracket.
  if (!CODE_LEAD.has(text.trimStart().charCodeAt(0))) return undefined;
  const m = /^[\s\u00a0]*[[［【(（]?[\s\u00a0]*(\d{3}(?:[\s\u00a0]*\d{2}){0,2})(?!\d)[\s\u00a0]*[\]］】)）]?[\s\u00a0]*([^\d\s.,，、．].*)$/s.exec(text);
  if (!m) return undefined;
  const code = parseCode(m[1]);
  return code ? { code, name: m[2].trim() } : undefined;
}

/** Code of a summary label: '206 科学技术支出', '[206]科学技术支出', '六、科学技术支出', '科学技术支出（206类）'. */
export function codeFromLabel(key: string): ParsedCode | undefined {
  const lead = splitCodeAndName(key)?.code ?? parseCode(key);
  if (lead) return lead;
  const name = stripItemPrefix(key);
  const lei = LEI_BY_NAME.get(name);
  return lei ? parseCode(lei) : undefined;
}
