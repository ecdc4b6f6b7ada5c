/**
 * Reading the figures out of 情况说明 prose: every amount ("431.00万元"), every percentage ("占64.34%",
 * "增长37.49%"), the words that open a breakdown ("其中", "包括", "主要为"), and the punctuation that
 * closes one. Positions refer to the paragraph's own text, so findings can quote the sentence.
 */
import type { Unit } from '../../recognize/types';
import { toHalfWidth } from '../../grid/text';
import { beyondAnyBudget } from '../../grid/units';
import { toFen } from '../amounts';

export interface Paragraph {
  /** Index in the document (0-based). */
  index: number;
  text: string;
  sheet: string;
  cell: string;
}

/** +1 增加/增长, -1 减少/下降. */
export type Direction = 1 | -1;

export interface AmountToken {
  type: 'amount';
  para: number;
  start: number;
  end: number;
  /** The figure as written, e.g. '135.1万元'. */
  raw: string;
  value: number;
  unit: Unit;
  decimals: number;
  fen: number;
  /** Set when the figure is a change ("增加71.83万元"): its direction. */
  change?: Direction;
  /** The words in front of the figure back to the previous punctuation ('一般公共预算收入'). */
  label: string;
  /** label, or when the label says only '2025年预算数为', the words before the colon as well. */
  subject: string;
  /** Parenthesis depth at the figure. */
  depth: number;
}

export interface PercentToken {
  type: 'percent';
  para: number;
  start: number;
  end: number;
  raw: string;
  value: number;
  decimals: number;
  role: 'share' | 'growth';
  direction?: Direction;
  /** For shares: the words between 占 and the figure ('项目支出预算比重'), '' when none. */
  of?: string;
  depth: number;
}

export type OpenerKind = 'complete' | 'partial';

export interface OpenerToken {
  type: 'opener';
  para: number;
  start: number;
  end: number;
  word: string;
  kind: OpenerKind;
  depth: number;
}

export interface MarkToken {
  type: 'sep' | 'sentence-end' | 'paren-open' | 'paren-close' | 'para-end';
  para: number;
  start: number;
  end: number;
  char: string;
  depth: number;
}

export type Token = AmountToken | PercentToken | OpenerToken | MarkToken;

const UNIT_WORDS: Record<string, Unit> = { 亿元: '亿元', 万元: '万元', 千元: '千元', 元: '元' };

/**
 * One master pattern, applied to the half-width form of the paragraph (same length as the original
 * for the characters that occur in Chinese prose).
 */
const TOKEN_RE =
  /(\d+(?:,\d{3})*(?:\.\d+)?)\s*(亿元|万元|千元|元)|(\d+(?:\.\d+)?)\s*%|(其中包括|其中|主要包括|主要为|主要有|主要是|分别为|分别是|具体为|具体包括|包括|包含|含)|([,、;])|([。!?])|([(（])|([)）])/g;

const CHANGE_BEFORE = /(增加|减少|增长|下降|降低|提高|上升|节约|减少了|增加了)(了)?\s*$/;
const GROWTH_BEFORE = /(增长|下降|减少|增加|降低|提高|上升|增幅|降幅|减幅|下降幅度|增长率)(了|为|达)?\s*$/;
const THRESHOLD_AFTER = /^\s*(以上|以下|以内|及以上|及以下|\(含\)以上|（含）以上)/;
const THRESHOLD_BEFORE = /(≤|≥|<|>|=|不超过|不高于|不低于|控制在|不少于|<=|>=)\s*$/;
const NEGATIVE_WORDS = /^(减少|下降|降低|节约|减|少|降幅|减幅|下降幅度)/;

function directionOf(word: string): Direction {
  return NEGATIVE_WORDS.test(word) ? -1 : 1;
}

/** Start of the clause that ends at `pos`: back to the previous , 、 ; 。 : at depth 0, skipping (…). */
function clauseStart(text: string, pos: number, floor: number): number {
  let depth = 0;
  for (let i = pos - 1; i >= floor; i--) {
    const ch = text[i];
    if (ch === ')' || ch === '）') depth++;
    else if (ch === '(' || ch === '（') {
      if (depth === 0) return i + 1;
      depth--;
    } else if (depth === 0 && /[,、;。:!?，；：]/.test(ch)) return i + 1;
  }
  return floor;
}

const GENERIC_LABEL =
  /^(?:\d{4}\s*年(?:度)?)?\s*(?:全年)?\s*(?:预算数|预算安排|预算金额|预算|安排|金额|合计|总计|共计|小计|数)?\s*(?:为|是|达|共)?\s*$/;

const LEADING_JOINERS = /^(?:以及|和|及|与|另|还有|包含|含)\s*/;
const TRAILING_FILLER = /(?:(?:预算数|预算安排|安排|金额)?\s*(?:为|是|达|共计|共|合计|计)|预算数|预算安排|金额)\s*$/;

function cleanLabel(s: string): string {
  return s
    .replace(/^\s+|\s+$/g, '')
    .replace(/^(?:\d+|[一二三四五六七八九十]+)[、.．]\s*/, '')
    .replace(/^\((?:\d+|[一二三四五六七八九十]+)\)\s*/, '')
    .replace(LEADING_JOINERS, '');
}

/** Reads the tokens of one paragraph. */
export function tokenizeParagraph(p: Paragraph): Token[] {
  const text = toHalfWidth(p.text);
  const tokens: Token[] = [];
  let depth = 0;
  let lastEnd = 0; // end of the previous figure or opener: labels never reach back past it
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] !== undefined) {
      // A digit run glued to letters or other digits before it is part of a name (509号…), not an amount.
      const prev = text[start - 1] ?? '';
      if (/[\d.]/.test(prev)) continue;
      const before = text.slice(Math.max(0, start - 8), start);
      if (THRESHOLD_BEFORE.test(before) || THRESHOLD_AFTER.test(text.slice(end, end + 6))) {
        lastEnd = end;
        continue;
      }
      const numText = m[1].replace(/,/g, '');
      const value = Number(numText);
      const unit = UNIT_WORDS[m[2]];
      if (beyondAnyBudget(value, unit)) {
        // More than any budget (a run of digits, a slip): no figure to add up or compare.
        lastEnd = end;
        continue;
      }
      const decimals = /\.(\d+)/.exec(numText)?.[1].length ?? 0;
      const cs = Math.max(clauseStart(text, start, 0), lastEnd);
      const rawLabel = p.text.slice(cs, start);
      const changeMatch = CHANGE_BEFORE.exec(text.slice(cs, start));
      let label = cleanLabel(rawLabel.replace(TRAILING_FILLER, ''));
      let subject = label;
      if (GENERIC_LABEL.test(label)) subject = cleanLabel(rawLabel) || label;
      if (GENERIC_LABEL.test(label) || GENERIC_LABEL.test(rawLabel.trim())) {
        // '科学技术支出（类）…（项）：2025年预算数为194.69万元' — the subject sits before the colon.
        const colon = cs - 1;
        if (colon >= 0 && /[:：]/.test(text[colon])) {
          const s2 = clauseStart(text, colon, 0);
          subject = cleanLabel(p.text.slice(s2, colon));
        }
        if (GENERIC_LABEL.test(label)) label = '';
      }
      tokens.push({
        type: 'amount',
        para: p.index,
        start,
        end,
        raw: p.text.slice(start, end),
        value,
        unit,
        decimals,
        fen: toFen(value, unit),
        change: changeMatch ? directionOf(changeMatch[1]) : undefined,
        label: changeMatch ? cleanLabel(rawLabel.slice(0, rawLabel.length - changeMatch[0].length)) : label,
        subject,
        depth,
      });
      lastEnd = end;
    } else if (m[3] !== undefined) {
      const cs = Math.max(clauseStart(text, start, 0), lastEnd);
      const clause = text.slice(cs, start);
      const value = Number(m[3]);
      if (!Number.isFinite(value)) continue; // hundreds of digits before a %: no share to check
      const decimals = /\.(\d+)/.exec(m[3])?.[1].length ?? 0;
      const g = GROWTH_BEFORE.exec(clause);
      const zhan = clause.lastIndexOf('占');
      if (THRESHOLD_BEFORE.test(text.slice(Math.max(0, start - 4), start))) continue;
      if (zhan >= 0) {
        const of = clause
          .slice(zhan + 1)
          .replace(/(?:的)?(?:比重|比例|份额)?\s*(?:为|是|达|约)?\s*$/, '')
          .replace(/的$/, '');
        tokens.push({ type: 'percent', para: p.index, start, end, raw: p.text.slice(start, end), value, decimals, role: 'share', of, depth });
      } else if (g) {
        tokens.push({
          type: 'percent',
          para: p.index,
          start,
          end,
          raw: p.text.slice(start, end),
          value,
          decimals,
          role: 'growth',
          direction: directionOf(g[1]),
          depth,
        });
      }
    } else if (m[4] !== undefined) {
      const word = m[4];
      // '含' and '包含' open a breakdown only right after '('; elsewhere they are ordinary words.
      if ((word === '含' || word === '包含') && !/[(（]$/.test(text.slice(0, start))) continue;
      // '主要是' opens a breakdown only when a figure follows in its clause; otherwise it gives a reason.
      if (word === '主要是' && !/^[^,;。]*\d/.test(text.slice(end))) continue;
      const kind: OpenerKind = word.startsWith('主要') || word === '含' || word === '包含' ? 'partial' : 'complete';
      tokens.push({ type: 'opener', para: p.index, start, end, word, kind, depth });
      // '（含…）' inside a name must not cut the name's label short.
      if (word !== '含' && word !== '包含') lastEnd = end;
    } else if (m[5] !== undefined) {
      tokens.push({ type: 'sep', para: p.index, start, end, char: m[5], depth });
    } else if (m[6] !== undefined) {
      tokens.push({ type: 'sentence-end', para: p.index, start, end, char: m[6], depth });
    } else if (m[7] !== undefined) {
      tokens.push({ type: 'paren-open', para: p.index, start, end, char: m[7], depth });
      depth++;
    } else if (m[8] !== undefined) {
      depth = Math.max(0, depth - 1);
      tokens.push({ type: 'paren-close', para: p.index, start, end, char: m[8], depth });
    }
  }
  tokens.push({ type: 'para-end', para: p.index, start: p.text.length, end: p.text.length, char: '', depth: 0 });
  return tokens;
}

/** The sentence of `text` around position `pos` (between 。 marks), trimmed, for messages. */
export function sentenceAt(text: string, pos: number): string {
  let a = pos;
  while (a > 0 && !/[。!?！？]/.test(text[a - 1])) a--;
  let b = pos;
  while (b < text.length && !/[。!?！？]/.test(text[b])) b++;
  const s = text.slice(a, Math.min(text.length, b + 1)).trim();
  return s.length > 80 ? `${s.slice(0, 78)}…` : s;
}
