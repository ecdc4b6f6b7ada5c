/**
 * The pieces a passage of 情况说明 prose is read into: figures with what they claim (a value of a
 * subject, a change, the base of a comparison, a share, a rate, a completion rate), the words that
 * open a breakdown, statements without figures (持平, 决算数小于预算数) and the punctuation that
 * closes clauses and sentences. Positions refer to the passage's own text.
 */
import type { AmountFigure, PercentFigure } from './figures';
import type { Subject } from './subjects';
import type { Direction, Measure } from './words';
import { AMOUNT_WITH_UNIT } from './words';

export interface Paragraph {
  /** Index in the document (0-based). */
  index: number;
  text: string;
  sheet: string;
  cell: string;
  /** Where in `text` an amount was left blank (a draft's 【请填写金额】, masked): no sum through it can be checked. */
  blanks?: readonly number[];
  /** Where in `text` a reason was left blank (a draft's 【请填写原因】, masked): the reason to fill, not one missing. */
  reasonBlanks?: readonly number[];
}

export type { Direction, Measure } from './words';

/** What a comparison is made with: a year (absolute; the report year when not stated otherwise) and a measure. */
export interface Base {
  year: number;
  measure?: Measure;
  /** The words of the comparison as written ('比2022年预算执行数'), for messages. */
  words: string;
}

interface Positioned {
  /** Passage index. */
  para: number;
  start: number;
  end: number;
  /** Parenthesis depth at the token. */
  depth: number;
  /** Sentence number in the document. */
  sentence: number;
}

/** A figure as scanned (what it says: raw, value, unit, decimals, 分), where it stands, and what it claims. */
export interface AmountToken extends Positioned, AmountFigure {
  /** value: the amount of a subject; base: the figure something is compared with; change: 增加X万元. */
  role: 'value' | 'base' | 'change';
  direction?: Direction;
  /** A change whose direction words contradict each other ('减增加'): which way it went is unknown. */
  garbled?: boolean;
  /** Of the garbled: a template's way pair left unresolved ('较上年减少(增加)0.11万元') — either way may be meant. */
  eitherWay?: boolean;
  /**
   * A change that is the difference of two figures of one year ('决算数大于预算数55.93万元' — 决算 −
   * 预算, signed; '差值为0.9万元' — unsigned, no direction), not a change on an earlier period.
   */
  difference?: boolean;
  /** The words in front of the figure, back to the previous figure or punctuation. */
  label: string;
  subject: Subject;
  /** The subject was taken from the sentence or passage, not from the figure's own words. */
  inherited: boolean;
  /** The year the figure is of (for a change: the year it leads to). */
  year: number;
  /** Stated measure; undefined: the document's own (预算数 in a budget, 决算数 in final accounts). */
  measure?: Measure;
  /** For changes and bases: what is compared with. */
  base?: Base;
  /** Inside a reason (主要原因是…): an explanation, not a reported figure. */
  inReason: boolean;
  /** A cell of a table pasted into the text one cell a line (inline-table.ts), not a figure of its prose. */
  fromTable?: boolean;
  /** The budget this figure was adjusted from ('由年初预算X万元调整为Y万元': on Y, the base X). */
  adjustedFrom?: AmountToken;
  /** '由上年X万元增至Y万元': on Y, the way its words say it went from X (then `adjustedFrom`, the prior level X, not a budget adjusted). */
  levelWay?: Direction;
}

export type PercentRole = 'share' | 'rate' | 'completion' | 'other';

export interface PercentToken extends Positioned, PercentFigure {
  role: PercentRole;
  /** For rates: the direction its words give (undefined when they say both, '下降（增长）'). */
  direction?: Direction;
  /** A rate whose direction words contradict each other ('减增长'). */
  garbled?: boolean;
  /** For shares: the words naming the whole ('本年支出合计'), '' when none. */
  of?: string;
  /** For shares: `of` is named by the sentence's opening ('本年收入的具体构成为:'), not by the share's own words. */
  ofOpening?: boolean;
  /** For shares: the known subject the words before 占 name ('…工资福利支出占基本支出的94.3%'), whose share it is. */
  sharer?: Subject;
  /** For completion rates: which budget ('年初预算' → initial-budget). */
  completionOf?: Measure;
  /** For rates: the comparison in the rate's own words ('比2022年预算执行数增加77.70%'). */
  base?: Base;
  label: string;
  inReason: boolean;
}

export type OpenerKind = 'complete' | 'partial';

export interface OpenerToken extends Positioned {
  type: 'opener';
  word: string;
  kind: OpenerKind;
  /** '…如下：' — the parts are the numbered paragraphs that follow. */
  enumeration: boolean;
  /** 'X中，' — the breakdown of X (stated before) follows. */
  headSubject?: Subject;
  headMeasure?: Measure;
  /** Nothing but punctuation follows in its sentence: the parts are in the next sentences. */
  atSentenceEnd: boolean;
}

/** '较上年持平' / '与上年相比无变化' / '决算数小于预算数'. */
export interface StatementToken extends Positioned {
  type: 'statement';
  kind: 'no-change' | 'final-vs-budget';
  /** For final-vs-budget: 决算 < / > / = 预算. */
  relation?: '<' | '>' | '=';
  base?: Base;
  text: string;
}

export interface MarkToken extends Positioned {
  type: 'sep' | 'sentence-end' | 'paren-open' | 'paren-close' | 'para-end';
  char: string;
}

export type Token = AmountToken | PercentToken | OpenerToken | StatementToken | MarkToken;

/**
 * The clause of `text` around position `pos` (from the ；/。 before to the mark after), for messages about one figure of a
 * long sentence; with the sentence before when the clause names no amount ("2017年总收入488.93万元。
 * 比上年增长33%。").
 */
export function clauseAt(text: string, pos: number): string {
  const stop = /[。；;!?！？]/;
  let a = pos;
  while (a > 0 && !stop.test(text[a - 1])) a--;
  let b = pos;
  while (b < text.length && !/[。；;!?！？，,]/.test(text[b])) b++;
  if (!AMOUNT_WITH_UNIT.test(text.slice(a, pos)) && a > 0) {
    a--;
    while (a > 0 && !stop.test(text[a - 1])) a--;
  }
  const s = text.slice(a, Math.min(text.length, b + 1)).trim().replace(/[，,]$/, '');
  return s.length > 80 ? `…${s.slice(-78)}` : s;
}

/** `a` begins before `b` does, in text order (an earlier passage, or earlier in the same one). */
export function startsBefore(a: { para: number; start: number }, b: { para: number; start: number }): boolean {
  return a.para < b.para || (a.para === b.para && a.start < b.start);
}

/** `x` begins after `a` has ended, in text order. */
export function startsAfterEnd(x: { para: number; start: number }, a: { para: number; end: number }): boolean {
  return x.para > a.para || (x.para === a.para && x.start > a.end);
}

/** `x` stands between `a` and `b` in text order: begun after `a` ends and before `b` begins. */
export function standsBetween(x: { para: number; start: number }, a: { para: number; end: number }, b: { para: number; start: number }): boolean {
  return startsAfterEnd(x, a) && startsBefore(x, b);
}

/** The last item of `items` that `test` accepts (without copying the array, as `[...items].reverse().find` would). */
export function findLast<T, S extends T = T>(items: readonly T[], test: ((t: T) => t is S) | ((t: T) => boolean)): S | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return items[i] as S;
  return undefined;
}

const SENTENCE_END = /[。!?！？]/;

/** Where the sentence of `text` around `pos` starts, and where its end mark stands (text.length when it has none). */
export function sentenceBounds(text: string, pos: number): { start: number; end: number } {
  let start = pos;
  while (start > 0 && !SENTENCE_END.test(text[start - 1])) start--;
  let end = pos;
  while (end < text.length && !SENTENCE_END.test(text[end])) end++;
  return { start, end };
}

/** The sentence of `text` around position `pos` (between 。 marks), trimmed, for messages. */
export function sentenceAt(text: string, pos: number): string {
  const { start: a, end: b } = sentenceBounds(text, pos);
  const s = text.slice(a, Math.min(text.length, b + 1)).trim();
  return s.length > 80 ? `${s.slice(0, 78)}…` : s;
}
