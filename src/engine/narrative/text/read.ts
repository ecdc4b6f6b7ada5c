/**
 * Reads a passage of 情况说明 prose into tokens: each figure with the claim it makes (a value of a
 * subject for a year and measure, a change against a base, the base itself, a share, a rate, a
 * completion rate), the breakdown openers, the statements without figures and the punctuation.
 *
 * A figure's own words (back to the previous figure or punctuation) say what it is; words that name
 * nothing by themselves ("支出决算为", "2025年预算数为", "比上年增加") take the subject of the
 * sentence, or the 科目 or subject the passage is about. What cannot be told stays unknown
 * (subject.id undefined): such a figure is never checked.
 */
import type { Passage } from './join';
import { scanFigures, type AmountFigure, type PercentFigure } from './figures';
import { classPathOf, kindOf, subjectOf, type Core, type Subject } from './subjects';
import { findLast, type AmountToken, type Base, type OpenerToken, type PercentToken, type StatementToken, type Token } from './tokens';
import {
  ADJUSTED_FROM_BEFORE,
  ADJUSTED_TO_AFTER,
  ADJUSTED_TO_BEFORE,
  LEVEL_FROM_BEFORE,
  LEVEL_TO_AFTER,
  LEVEL_TO_BEFORE,
  mayStateLevel,
  BUDGET_STATED_BEFORE,
  CHANGE_THEN_ADJUSTED_TO_AFTER,
  AMONG_SUBJECT,
  COUNTED_BODIES,
  CARRIED_FORWARD,
  COMPOSITION_OPENING,
  AMOUNT_WITH_UNIT,
  AMOUNT_OR_PERCENT,
  BASE_VALUE_BEFORE,
  BASIC_BEFORE,
  BARE_CHANGE_AFTER,
  BARE_CLOSE_THEN_CHANGE,
  CHANGE_AFTER,
  CLOSES_COMPARISON,
  ONLY_COMPARISON_CLOSE,
  CLASS_LEVEL_MARK,
  COMPARE_ALL,
  COMPARISON_IN_LABEL,
  COMPARISON_OPENS_CLAUSE,
  COMPARISON_WORD,
  HE_COMPARISON_IN_LABEL,
  COMPLETION_BASE_LABEL,
  COMPLETION_BEFORE,
  COPULA_END,
  DE_END,
  differenceBefore,
  differenceWay,
  type Direction,
  DIRECTION_BEFORE,
  DOWN_WORD,
  bothWaysBefore,
  garbledBefore,
  NO_CHANGE_AFTER,
  LESS_THAN,
  type Measure,
  measureOf,
  MORE_THAN,
  NEXT_ITEM,
  ONLY_JOINING_WORDS,
  OPENING_YEAR,
  PARTIAL_LIST_START,
  PRIOR_WORDS,
  QI_END,
  RATE_BEFORE,
  REASON_START,
  REASON_WORDS,
  SAME_AS_LEAD,
  SAME_WORDS,
  SHARE_BEFORE,
  SHARE_WORDS_END,
  STRUCT_WORDS,
  THIS_YEARS_CARRYOVER,
  THRESHOLD_AFTER,
  THRESHOLD_BEFORE,
  unbracketDirections,
  UP_WORD,
  WAY_OF_RATE_AFTER,
  YEAR_IN,
  ZAI_START,
} from './words';

export interface ReadContext {
  /** The report year; a stand-in year far from real ones when it is not known. */
  reportYear: number;
  /**
   * The 科目 the passage goes on about when it names none itself: a numbered 科目 item whose text runs
   * over several passages (a PDF line that ends a sentence ends the passage, not the item).
   */
  topic?: Subject;
}

/** The year of an unknown report: any stated year differs from it. */
export const UNKNOWN_YEAR = 9999;

const SPACE = /\s/;
/** The words between two figures of one run: a bare joiner. */
const JOINED_TO_PREVIOUS = /^\s*(?:和|、|及|以及)\s*$/;
/** Whether a text ends in '(' and perhaps spaces (/[(]\s*$/), told from its end: an end-anchored pattern is tried at every position. */
export function endsInOpenBracket(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && SPACE.test(text[i])) i--;
  return text[i] === '(';
}

/** Whether position `pos` is inside a reason: a reason word before it in its clause, or in the numbered list the clause goes on. */
function inReasonAt(text: string, sentenceStart: number, pos: number): boolean {
  let from = text.lastIndexOf(';', pos - 1) + 1;
  while (from > sentenceStart && NEXT_ITEM.test(text.slice(from, pos))) from = text.lastIndexOf(';', from - 2) + 1;
  const words = text.slice(Math.max(sentenceStart, from), pos);
  return REASON_START.test(words) && !comparisonWithReasonOfItsOwn(text, words, pos);
}

/**
 * '…减少了239.12万元,主要原因是减少基本建设资金,和2018年预算310.88万元比,增加62.22万元,增加20%,主要原因是当年有省级运维专款':
 * a clause after a reason that opens with a comparison of its own (no subject before it) and is given a reason of its own
 * later in the sentence is the next statement of the sentence's figure, not a part of the reason before it. A comparison in
 * a reason that names its item ('主要原因:一是2019年年初预算收入7031.72万元,比2018年…') opens no clause of its own.
 */
function comparisonWithReasonOfItsOwn(text: string, words: string, pos: number): boolean {
  const end = text.indexOf('。', pos);
  const rest = text.slice(pos, end < 0 ? text.length : end);
  if (!rest.includes('原因') && !rest.includes('由于')) return false;
  let lastReason = -1;
  REASON_WORDS.lastIndex = 0;
  for (let m = REASON_WORDS.exec(words); m; m = REASON_WORDS.exec(words)) lastReason = m.index;
  const after = words.slice(lastReason);
  const opens = COMPARISON_OPENS_CLAUSE.exec(after);
  // The comparison's clause is the first after the reason to hold a figure: '原因是…增加,2017年项目支出2626万元,…与上年相比
  // 增了2228万元' goes on with figures of its own items, whose change the comparison is.
  return opens !== null && !/\d/.test(after.slice(0, opens.index));
}
/** Whether a code unit of the half-width text ends a clause: , 、 ; 。 : ! ? */
/**
 * A kind of the whole 收入 or 支出 a bare total's word names — a source of 收入 (上年结转, 事业收入), 基本支出 or 项目支出 of 支出 —
 * or a use beside 支出 ('结转下年'): not what the word's 收入 or 支出 is.
 */
function partOfTheWhole(word: Core, s: Subject): boolean {
  if (word === 'expense' && CARRIED_FORWARD.test(s.text)) return true;
  return !!s.core && s.core !== word && kindOf({ text: '', fund: 'all', bare: true, core: word }, s);
}

function endsClause(c: number): boolean {
  return c === 0x2c || c === 0x3001 || c === 0x3b || c === 0x3002 || c === 0x3a || c === 0x21 || c === 0x3f;
}
const SHOU = 0x6536; // 收
const ZHI = 0x652f; // 支

/**
 * Start of the clause that ends at `pos`: back to the previous , 、 ; 。 : at depth 0, skipping (…) and the 、 of '收、支'.
 * Walked by code units: asked for every figure, and a character as a string (a two-byte one is a new
 * string each time) looked up in a list of marks was a builtin call per step.
 */
export function clauseStart(text: string, pos: number, floor = 0): number {
  let depth = 0;
  for (let i = pos - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    // Chinese characters and digits end no clause: only the ASCII marks, 、 and 。 are looked at (a call per character ran interpreted).
    if (c > 0x3f && c !== 0x3001 && c !== 0x3002) continue;
    if (c === 0x29) depth++;
    else if (c === 0x28) {
      if (depth === 0) return i + 1;
      depth--;
    } else if (depth === 0 && endsClause(c) && !(c === 0x3001 && text.charCodeAt(i - 1) === SHOU && text.charCodeAt(i + 1) === ZHI)) return i + 1;
  }
  return floor;
}

interface Compare {
  /** Index of the comparison word in the searched text. */
  index: number;
  year?: number;
  prior: boolean;
  measure?: Measure;
  words: string;
}

/** The last comparison in `s` that names a year, 上年, a measure, or is 同比 / 相比. */
export function lastCompare(s: string): Compare | undefined {
  const all: Compare[] = [];
  COMPARE_ALL.lastIndex = 0;
  for (let m = COMPARE_ALL.exec(s); m; m = COMPARE_ALL.exec(s)) {
    if (m[0].length === 0) {
      COMPARE_ALL.lastIndex++;
      continue;
    }
    const isWord = m[0] === '同比' || m[0] === '相比';
    if (!isWord && !m[1] && !m[2] && !m[3]) continue;
    all.push({
      index: m.index,
      ...(m[1] ? { year: Number(m[1]) } : {}),
      prior: Boolean(m[2]) || m[0] === '同比',
      ...(m[3] ? { measure: measureOf(m[3]) } : {}),
      words: m[0],
    });
  }
  const last = all[all.length - 1];
  // '与上年预算数相比': the details are in the 与 part.
  if (last?.words === '相比' && all.length > 1) return all[all.length - 2];
  return last;
}

/** The base of a figure compared with that only a closing word and a comma part from `before`'s end ('…100万元相比，'). */
function baseRightBefore(tokens: readonly Token[], before: string): Base | undefined {
  const last = findLast(tokens, (t) => t.type !== 'sep');
  if (last?.type !== 'amount' || last.role !== 'base' || !last.base) return undefined;
  return ONLY_COMPARISON_CLOSE.test(before.slice(last.end)) ? last.base : undefined;
}

function baseOf(c: Compare | undefined, toYear: number): Base {
  if (!c) return { year: toYear - 1, words: '上年' };
  const year = c.year ?? (c.prior || !c.measure ? toYear - 1 : toYear);
  return { year, ...(c.measure ? { measure: c.measure } : {}), words: c.words };
}

export function ownYear(raw: string, sentenceYear: number | undefined, reportYear: number): number {
  // Every word read below holds 年 (a year, 上年, 去年, and the carry-over words removed first): most figures' words hold none.
  if (!raw.includes('年')) return sentenceYear ?? reportYear;
  // '上年结转结余' / '上年末' name a thing of this year's report, not last year.
  const s = raw.replace(THIS_YEARS_CARRYOVER, '');
  const y = YEAR_IN.exec(s);
  if (y) return Number(y[1]);
  const base = sentenceYear ?? reportYear;
  if (PRIOR_WORDS.test(s)) return base - 1;
  return base;
}

export function openingYear(sentence: string): number | undefined {
  // OPENING_YEAR reads a year written with 年.
  if (!sentence.includes('年')) return undefined;
  const m = OPENING_YEAR.exec(sentence.replace(THIS_YEARS_CARRYOVER, ''));
  return m ? Number(m[1]) : undefined;
}

function directionOf(m: RegExpExecArray): Direction {
  return m[1] || m[3] ? 1 : -1;
}

/** The last 科目 path written in `text` (the passage's topic when a figure's own words name nothing). */
export function lastPathSubject(text: string): Subject | undefined {
  // A level marker never spans a 。 or ;: a text without one anywhere has none in any segment.
  if (!CLASS_LEVEL_MARK.test(text)) return undefined;
  const segments = text.split(/[。;]/);
  for (let i = segments.length - 1; i >= 0; i--) {
    if (!CLASS_LEVEL_MARK.test(segments[i])) continue;
    const path = classPathOf(segments[i]);
    if (path) return subjectOf(segments[i].slice(0, segments[i].lastIndexOf(')') + 1) || segments[i]);
  }
  return undefined;
}

/**
 * A known subject (a total, a “三公” item, a 科目) named by the clauses of `text` between `floor` and
 * `to` that hold no figure: the nearest one before `to`, looked for back to the first clause with a
 * figure or a reason. The words before a comparison name it ("公务接待费支出决算比预算无增减变化").
 */
function namedInClauses(text: string, floor: number, to: number): Subject | undefined {
  if (to <= floor) return undefined;
  const clauses = text.slice(floor, to).split(/[,;、:。]/);
  for (let i = clauses.length - 1; i >= 0; i--) {
    const clause = clauses[i];
    if (AMOUNT_OR_PERCENT.test(clause) || REASON_START.test(clause)) return undefined;
    const words = clause.split(COMPARISON_WORD)[0];
    if (!words.trim()) continue;
    const subject = subjectOf(words);
    if (!subject.bare && subject.id && (subject.core || subject.path)) return subject;
  }
  return undefined;
}

export type MarkKind = 'opener' | 'separator' | 'sentence-end' | 'paren-open' | 'paren-close' | 'no-change' | 'final-vs-budget';

/** A word or punctuation mark that structures a sentence. */
export interface Mark {
  type: 'mark';
  start: number;
  end: number;
  kind: MarkKind;
  /** The mark as written. */
  word: string;
}

/** The kind of a punctuation mark of the half-width text, undefined for any other character. */
function punctuationKind(code: number): MarkKind | undefined {
  switch (code) {
    case 0x2c: // ,
    case 0x3001: // 、
    case 0x3b: // ;
      return 'separator';
    case 0x3002: // 。
    case 0x21: // !
    case 0x3f: // ?
      return 'sentence-end';
    case 0x28: // (
      return 'paren-open';
    case 0x29: // )
      return 'paren-close';
    default:
      return undefined;
  }
}

const WORD_KINDS: readonly MarkKind[] = ['opener', 'no-change', 'final-vs-budget'];

/** A 中 with nothing but spaces before a comma: where mayOpenAmong can say yes. */
const AMONG_COMMA = /中\s*,/;

/** The characters punctuationKind knows. */
const PUNCTUATION = /[,、;。!?()]/g;

/** What is told of each mark: where it is, its kind and the mark as written. */
export type MarkVisitor = (start: number, end: number, kind: MarkKind, word: string) => void;

/** The marks of a text in order (the structuring words and the punctuation eachInTextOrder visits), as objects. */
export function structureMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  eachInTextOrder(
    text,
    [],
    () => undefined,
    (start, end, kind, word) => marks.push({ type: 'mark', start, end, kind, word }),
  );
  return marks;
}

/**
 * Visits the figures of a text and its marks outside them — its structuring words (STRUCT_WORDS) and
 * its punctuation — in text order (a figure before a mark at its start), with no Mark object per comma
 * and no lists of them: a text has hundreds of marks, mostly punctuation. The punctuation is found by a
 * search's `test` (lastIndex says where, and no match object is made); a step per character ran
 * unoptimised in a fresh process over every character of the first documents. One
 * loop, not a visitor of marks feeding a visitor that asked an overlap closure: two calls of a closure
 * per mark, interpreted over the first documents (the overlap closure called from the loop: cold
 * +15 M instructions on the 20-department bench).
 */
export function eachInTextOrder(text: string, figures: readonly (AmountFigure | PercentFigure)[], onFigure: (f: AmountFigure | PercentFigure) => void, onMark: MarkVisitor): void {
  STRUCT_WORDS.lastIndex = 0;
  let word = STRUCT_WORDS.exec(text);
  let wordAt = word ? word.index : -1;
  /** The next figure to visit. */
  let next = 0;
  // A mark overlaps a figure when one of the figures starting before the mark's end ends after its
  // start: the marks come in text order, so one pass over the figures serves them all.
  let reached = 0;
  let furthestEnd = -1;
  const length = text.length;
  /** Where the next punctuation mark is at or after `i` (length when none): found by a search, not by a step per character. */
  let punctuationAt = -1;
  for (let i = 0; ; ) {
    if (punctuationAt < i) {
      PUNCTUATION.lastIndex = i;
      punctuationAt = PUNCTUATION.test(text) ? PUNCTUATION.lastIndex - 1 : length;
    }
    const start = word && wordAt <= punctuationAt ? wordAt : punctuationAt;
    if (start >= length) break;
    let end: number;
    let kind: MarkKind;
    let written: string;
    if (start === wordAt && word) {
      const g = word[1] !== undefined ? 1 : word[2] !== undefined ? 2 : 3;
      end = start + word[0].length;
      kind = WORD_KINDS[g - 1];
      written = word[g];
      word = STRUCT_WORDS.exec(text);
      wordAt = word ? word.index : -1;
    } else {
      const c = text.charCodeAt(start);
      end = start + 1;
      kind = punctuationKind(c)!;
      // 、 and 。 as constants: text[i] makes a new string of a two-byte character each time.
      written = c === 0x3001 ? '、' : c === 0x3002 ? '。' : text[start];
    }
    i = end;
    for (; reached < figures.length && figures[reached].start < end; reached++) furthestEnd = Math.max(furthestEnd, figures[reached].end);
    if (furthestEnd > start) continue;
    while (next < figures.length && figures[next].start <= start) onFigure(figures[next++]);
    onMark(start, end, kind, written);
  }
  while (next < figures.length) onFigure(figures[next++]);
}

/**
 * What a passage reads into: its tokens, the document's sentence count after it, and the last 科目 path
 * it writes (lastPathSubject), read when asked: only a hard-wrapped document hands it to the next passage.
 */
export class PassageReading {
  constructor(
    readonly tokens: Token[],
    readonly sentences: number,
    private readonly text: string,
    private readonly mayHoldPath: boolean,
  ) {}

  get lastPath(): Subject | undefined {
    return this.mayHoldPath ? lastPathSubject(this.text) : undefined;
  }
}

/** Reads one passage. `sentence` is the document's sentence count so far; returns the new count. */
export function readPassage(p: Passage, ctx: ReadContext, sentenceFrom: number): PassageReading {
  const text = p.half;
  const para = p.index;
  const figures = scanFigures(p.text, text);

  const tokens: Token[] = [];
  let depth = 0;
  let sentence = sentenceFrom;
  let sentenceStart = 0;
  let lastEnd = 0;
  let sentValues: AmountToken[] = [];
  /** The last change of this sentence named by its own words ('房产税收入同比增收531万元'): what an unnamed change after it is of. */
  let namedChange: AmountToken | undefined;
  let sentYear: number | undefined;
  /** The budget of this sentence an adjustment starts from ('由年初预算X万元调整为…'), and the figure it was adjusted to. */
  let adjusting: Adjusting | undefined;
  /** Explicit subjects of the passage by position, for figures whose own words name nothing. */
  const explicit: { pos: number; subject: Subject; listed: boolean }[] = [];
  /**
   * The openers read in this sentence (none names its head: those of pushInHead do), kept as they are
   * read so a figure asks them, not every token of the passage, whether it is a listed part.
   */
  let sentenceOpeners: OpenerToken[] = [];
  /**
   * Where an unbracketed 含 / 包含 was read in this sentence ("总预算4471.22万元，含甲经费250万元，乙经费537.31万元"): not
   * an opener of a list to sum, but the figures after it are named inside the one before it, so a later change
   * with no words of its own may be the total's as well as the last one's.
   */
  let inclusion: { at: number; depth: number } | undefined;
  // Asked of the whole passage once: a pattern that finds nothing in it finds nothing in a part of it.
  // Asked when first needed: a passage without figures (about half) reads neither.
  let mayHoldReason: boolean | undefined;
  let mayHoldPath: boolean | undefined;
  // 'X中，' needs a 中 with only spaces before a comma: a passage without one is not asked at every sentence start and ；.
  const mayHoldAmong = AMONG_COMMA.test(text);

  const endSentence = () => {
    sentence++;
    sentValues = [];
    namedChange = undefined;
    sentYear = undefined;
    sentenceOpeners = [];
    inclusion = undefined;
    adjusting = undefined;
  };

  /** The subject for a figure at `at` (its words starting at `labelStart`) whose own words name nothing. */
  const inherit = (at: number, labelStart: number, fromValues: boolean, totalWord: Core | undefined): Subject | undefined => {
    // A figure after 其中 / 包括 is a part: it never takes the subject of the total before the opener.
    const opener = openerAtOrAbove(sentenceOpeners, depth);
    const here = sentValues.filter((v) => v.depth === depth);
    // '完成年初预算数60999万元的40.4%' names the budget of a completion rate: the figures after it are not of it.
    const own = findLast(here, (v) => (!opener || v.start > opener.start) && (Boolean(v.subject.id) || v.subject.fund !== 'all') && (fromValues || !v.inherited) && !COMPLETION_BASE_LABEL.test(v.label));
    // "公务接待费支出决算比预算无增减变化,比去年增加0.5万元": the clause before names it in words alone.
    const named = namedInClauses(text, Math.max(sentenceStart, opener?.end ?? 0, own?.end ?? 0), labelStart);
    if (named) return named;
    if (!own && opener && here.some((v) => v.start < opener.start)) return undefined;
    // The last of the figures named inside another after 含: which of the two a change is of cannot be told.
    const inc = inclusion;
    if (own && fromValues && inc && inc.depth === depth && own.start > inc.at && here.some((v) => v.start < inc.at)) return undefined;
    // '…上年结转结余资金29.81万元;收入较去年增加76.05万元': a change named by a total's word speaks of the total, not of a
    // listed item or a kind of it named before it in the sentence (a source of 收入, 基本支出 of 支出). A figure of another kind
    // ('机关运行经费预算数…,实际支出…') is what the word's 支出 is of.
    // '城市维护建设税798万元,同比减收194万元;房产税收入同比增收531万元,同比减收24万元': the 24 is of the 房产税 named with the change
    // before it, whose own figure is not printed — not of the 城市维护建设税 before.
    // Read only when a '；' opens the named change's item after the figure and only commas follow it.
    const item = namedChange;
    if (fromValues && own && item && item.depth === depth && item.start > own.end && item.subject.id !== own.subject.id && (!opener || item.start > opener.start)) {
      if (/[;；]/.test(text.slice(own.end, item.start)) && !/[;；。]/.test(text.slice(item.end, labelStart))) return item.subject;
    }
    const listedPart = !!opener && !!own && own.start > opener.start;
    if (own && !(fromValues && totalWord && (listedPart || partOfTheWhole(totalWord, own.subject)))) return own.subject;
    if (opener && opener.end <= at) return undefined;
    // "…住房保障支出65.09万元。支出较去年增加105.77万元": a sentence that names the total's word ('支出',
    // '收入') speaks of the total, not of the last item named before it.
    if (totalWord) return undefined;
    // From an earlier sentence: the 科目 the passage is about, or — for a change or rate only — the
    // last subject named ("…382.17万元，为当年拨付的资金。较上年减少157.86万元"). A value never takes
    // a total named in another sentence: "。支出预算…" is not the 上年结转 just before it.
    const path = (mayHoldPath ??= CLASS_LEVEL_MARK.test(text)) ? lastPathSubject(text.slice(0, at)) : undefined;
    const pathPos = path ? text.slice(0, at).lastIndexOf(')') : -1;
    const last = lastBefore(explicit, at);
    if (path && (!last || pathPos > last.pos)) return path;
    if (!path && !last && ctx.topic) return ctx.topic;
    // '…其中：…公务用车购置及运行费2800万元。比2018年减少830万元' — the last item of a breakdown or its
    // total: which one the change is of cannot be told.
    if (last?.listed && !last.subject.path) return undefined;
    return fromValues || last?.subject.path ? last?.subject : undefined;
  };

  /** A structuring word: an opener, a statement of no change, a final against its budget. */
  const readWordMark = (start: number, end: number, markKind: MarkKind, word: string) => {
    if (markKind === 'opener') {
      const before = text.slice(0, start);
      const after = text.slice(end);
      if ((word === '含' || word === '包含') && !endsInOpenBracket(before)) {
        inclusion = { at: start, depth };
        return;
      }
      if ((word === '主要是' || word === '主要用于') && !/^[^,;。]*\d/.test(after)) return;
      // '…具体情况如下：' ends its passage and numbered items follow; PDF lines joined into one passage may run on after
      // its colon with the items themselves ('…支出105.00 万元，支出具体情况如下：住房保障支出（类）…135.00 万元'), a list
      // like 其中's — when its sentence has stated the figure it breaks down ('…公开如下:' opens no breakdown) and the words
      // before it announce that figure's detail ('具体情况', '明细', '构成'; '主要原因如下：' lists causes, not parts).
      const inline =
        word === '如下' && /^\s*[:：]\s*[^\s。;]/.test(after) && /(?:情况|明细|构成)\s*$/.test(before) && AMOUNT_WITH_UNIT.test(before.slice(before.lastIndexOf('。') + 1));
      if (word === '如下' && !inline && !/^\s*[:：]?\s*(?:[。;]|$)/.test(after)) return;
      const atSentenceEnd = /^\s*[:：]?\s*(?:[。]|$)/.test(after);
      // '按支出功能分类科目：' breaks the figure before it down completely, like 其中.
      const kind = PARTIAL_LIST_START.test(word) || word === '如下' ? 'partial' : 'complete';
      const opener: OpenerToken = {
        type: 'opener',
        para,
        start,
        end,
        depth,
        sentence,
        word,
        kind,
        enumeration: word === '如下' && !inline,
        atSentenceEnd,
      };
      tokens.push(opener);
      sentenceOpeners.push(opener);
      if (word !== '含' && word !== '包含') lastEnd = end;
    } else if (markKind === 'no-change') {
      if (BASIC_BEFORE.test(text.slice(Math.max(0, start - 3), start))) return;
      const cs = clauseStart(text, start);
      const clause = text.slice(cs, start);
      const inReason = (mayHoldReason ??= REASON_START.test(text)) && inReasonAt(text, sentenceStart, start);
      const c = lastCompare(clause);
      // '与上年100万元相比，持平': the comparison is the one of the base printed right before the clause.
      const printed = c ? undefined : baseRightBefore(tokens, text.slice(0, cs));
      if ((!c && !printed) || inReason) return;
      const statement: StatementToken = {
        type: 'statement',
        para,
        start,
        end,
        depth,
        sentence,
        kind: 'no-change',
        base: printed ?? baseOf(c, sentYear ?? ownYear(clause, undefined, ctx.reportYear)),
        text: text.slice(cs, end),
      };
      tokens.push(statement);
    } else if (markKind === 'final-vs-budget') {
      const w = word;
      const relation = LESS_THAN.test(w) ? '<' : MORE_THAN.test(w) ? '>' : '=';
      if (SAME_AS_LEAD.test(w) && !SAME_WORDS.test(w)) return;
      tokens.push({ type: 'statement', para, start, end, depth, sentence, kind: 'final-vs-budget', relation, text: w });
    }
  };

  /**
   * A mark of the text's structure. The punctuation (hundreds a text) is read here and the words by
   * readWordMark: this closure is hot from the first passages on, and its compile took in the words'
   * reading with it.
   */
  const readMark = (start: number, end: number, markKind: MarkKind, word: string) => {
    if (markKind === 'separator') {
      tokens.push({ type: 'sep', para, start, end, depth, sentence, char: word });
      if (word === ';' && mayHoldAmong && pushInHead(text, end, tokens, para, depth, sentence)) outOfOrder = true;
    } else if (markKind === 'sentence-end') {
      tokens.push({ type: 'sentence-end', para, start, end, depth, sentence, char: word });
      endSentence();
      sentenceStart = end;
      if (mayHoldAmong && pushInHead(text, end, tokens, para, depth, sentence)) outOfOrder = true;
    } else if (markKind === 'paren-open') {
      tokens.push({ type: 'paren-open', para, start, end, depth, sentence, char: word });
      depth++;
    } else if (markKind === 'paren-close') {
      depth = Math.max(0, depth - 1);
      tokens.push({ type: 'paren-close', para, start, end, depth, sentence, char: word });
    } else readWordMark(start, end, markKind, word);
  };

  /** A figure: its token, with the words and the subject it is of. */
  const readFigure = (f: AmountFigure | PercentFigure) => {
    // Read once: each use was a property load, interpreted in the first documents.
    const fStart = f.start;
    const fEnd = f.end;
    const before8 = text.slice(Math.max(0, fStart - 8), fStart);
    const after8 = text.slice(fEnd, fEnd + 8);
    // Every threshold word after a figure holds 以: the pattern runs only where one stands.
    if (THRESHOLD_BEFORE.test(before8) || (after8.includes('以') && THRESHOLD_AFTER.test(after8))) {
      lastEnd = fEnd;
      return;
    }
    const cs = clauseStart(text, fStart);
    const labelStart = Math.max(cs, lastEnd);
    const label = text.slice(labelStart, fStart);
    const clause = text.slice(cs, fStart);
    const inReason = (mayHoldReason ??= REASON_START.test(text)) && inReasonAt(text, sentenceStart, fStart);

    if (f.type === 'percent') {
      const at = { para, start: fStart, end: fEnd, depth, sentence };
      const between = text.slice(lastEnd, fStart);
      const token = ofComposition(shareGluedToItsAmount(rateInBracketsAfterChange(percentJoinedToPrevious(readPercent(f, label, at, inReason), tokens), tokens, between), tokens, between), text.slice(sentenceStart, fStart));
      if (token.role === 'rate') {
        const compare = lastCompare(label);
        if (compare) token.base = baseOf(compare, sentYear ?? ctx.reportYear);
      }
      tokens.push(token);
      lastEnd = fEnd;
      return;
    }

    const prev = tokens[tokens.length - 1];
    // The figure before a '、' between two figures (the 、 is a separator token of its own).
    const beforeJoin = prev?.type === 'sep' && prev.char === '、' ? tokens[tokens.length - 2] : prev;
    const read = amountRole(text, f, label, prev, lastEnd, beforeJoin);
    const { plain, difference, dir, garbled, eitherWay, bareWay, joinedChange, openedByHe } = read;
    const adjustment = adjustmentRole(text, f, plain, read, adjusting);
    const role = adjustment?.role ?? read.role;
    // The figure's own words: for a change or a base, those before the comparison ('基本支出预算较上年增').
    let own = plain;
    let compare: ReturnType<typeof lastCompare>;
    // '和2018年预算310.88万元比,增加62.22万元': a change whose words name no comparison is of the base printed right before it.
    let printedBase: Base | undefined;
    if (adjustment?.from) own = plain.slice(0, adjustment.from.index);
    else if (adjustment?.levelFrom) own = plain.slice(0, adjustment.levelFrom.index);
    else if (difference) own = plain.slice(0, difference.index);
    else if (role !== 'value') {
      const head = dir ? plain.slice(0, dir.index) : plain;
      // '与上年100万元相比增加20万元': a 相比 / 比较 that is all of the change's words closes the comparison before them.
      const closing = dir !== null && CLOSES_COMPARISON.test(head);
      const inOwn = closing ? undefined : lastCompare(openedByHe ? heAsYu(head) : head);
      own = closing ? '' : inOwn ? head.slice(0, inOwn.index) : head;
      compare = inOwn ?? lastCompare(clause.slice(0, clause.length - label.length)) ?? lastCompare(text.slice(sentenceStart, labelStart));
      if (role === 'change' && !inOwn && !closing) printedBase = baseRightBefore(tokens, text.slice(0, labelStart));
    }
    // The figure adjusted to, and the change of the adjustment, are of the budget adjusted.
    let subject = adjustment?.of ? adjustment.of.subject : bareWay && prev?.type === 'amount' ? prev.subject : subjectOf(own);
    // '1.因公出国(境)费:0万元' / '…（项）：2025年预算数为…': the subject is before the colon.
    let inherited = adjustment?.of !== undefined;
    if (!inherited && (subject.bare || !subject.id) && text[cs - 1] === ':') {
      const named = subjectOf(text.slice(clauseStart(text, cs - 1), cs - 1));
      if (named.id) {
        subject = named;
        inherited = true;
      }
    }
    // A change joined to another ('分别减少0.18亿元和0.56亿元') is of an item the words do not pair it with: it takes no subject.
    if (!inherited && !joinedChange && (subject.bare || (!subject.id && subject.fund === 'all'))) {
      const from = inherit(fStart, labelStart, role !== 'value', subject.bare === true ? subject.core : undefined);
      if (from) {
        subject = from;
        inherited = true;
      } else if (subject.bare && subject.core) {
        // Only a total's word ('支出预算'): it stands for the total, but is too weak to be compared as an indicator.
        subject = { ...subject, id: `${subject.core}@${subject.fund}` };
      }
    }
    // '财政厅晒出的“账本”显示,2013年省级(包括…单位)“三公”经费…支出9.5亿元': the year opening the figure's clause is its
    // year when its own words (cut after the bracket's 包括) and the sentence's opening name none.
    const year = adjustment?.levelYear ?? (adjustment?.of ? adjustment.of.year : ownYear(own, sentYear ?? openingYear(text.slice(sentenceStart, fStart)) ?? (cs === sentenceStart ? undefined : openingYear(text.slice(cs, fStart))), ctx.reportYear));
    const measure = adjustment?.role === 'value' && !adjustment.level ? 'adjusted-budget' : measureOf(own);
    // Its optional parts are assigned, not spread into the literal (a spreading literal is copied on a slow path).
    const token: AmountToken = {
      type: 'amount',
      para,
      start: fStart,
      end: fEnd,
      depth,
      sentence,
      raw: f.raw,
      value: f.value,
      unit: f.unit,
      decimals: f.decimals,
      fen: f.fen,
      role,
      label,
      subject,
      inherited,
      year,
      inReason,
    };
    if (dir && !garbled && adjustment?.role !== 'value') token.direction = directionOf(dir);
    else if (bareWay) token.direction = UP_WORD.test(bareWay[1]) ? 1 : -1;
    else if (joinedChange?.direction) token.direction = joinedChange.direction;
    if (garbled) token.garbled = garbled;
    if (eitherWay) token.eitherWay = true;
    if (measure) token.measure = measure;
    if (adjustment?.from) {
      const words = adjustment.from[1].replace(/\s+/g, '');
      token.base = { year, measure: measureOf(words) ?? 'initial-budget', words: words || '调整前预算' };
      token.measure = token.base.measure;
      adjusting = { from: token };
    } else if (adjustment?.levelFrom) {
      const [words, y, prior, m] = adjustment.levelFrom;
      const levelYear = sentYear ?? openingYear(text.slice(sentenceStart, labelStart)) ?? ctx.reportYear;
      const named = words.replace(/\s+/g, '').replace(/^[由从]|的$/g, '');
      token.base = baseOf({ index: 0, ...(y ? { year: Number(y) } : {}), prior: !!prior, ...(m ? { measure: measureOf(m) } : {}), words: named || '上年' }, levelYear);
      token.year = token.base.year;
      if (token.base.measure) token.measure = token.base.measure;
      else delete token.measure;
      adjusting = { from: token, level: adjustment.level, levelYear };
    } else if (adjustment?.of && role === 'change') {
      token.base = adjustment.of.base;
      // Its change stated first, the budget's adjusted figure may still follow ('…增加Z万元,调整为Y万元').
      adjusting = adjusting && !adjusting.to ? { from: adjusting.from, change: token } : undefined;
    } else if (difference) {
      const way = differenceWay(difference);
      if (way) token.direction = way;
      token.difference = true;
      token.base = { year, ...(way ? { measure: difference[3] === '年初' ? 'initial-budget' : difference[3] === '调整' ? 'adjusted-budget' : 'budget' } : {}), words: difference[0].replace(/\s+/g, '').replace(COPULA_END, '') };
    } else if (role === 'change') {
      token.base = printedBase ?? baseOf(compare, year);
      if (subject.id && !inherited && !subject.bare) namedChange = token;
      sentYear = year;
    } else if (role === 'base') {
      token.base = baseOf(compare, sentYear ?? ctx.reportYear);
      token.year = token.base.year;
      if (token.base.measure) token.measure = token.base.measure;
      else delete token.measure;
      if (adjustment?.level) adjusting = { from: token, level: adjustment.level, levelYear: sentYear ?? ctx.reportYear };
    } else {
      if (adjustment?.of) {
        token.adjustedFrom = adjustment.of;
        if (adjustment.level) token.levelWay = adjustment.level;
        adjusting = { from: adjustment.of, to: token, ...(adjustment.level ? { level: adjustment.level, levelYear: adjustment.levelYear } : {}) };
      }
      sentValues.push(token);
      sentYear = year;
      if (subject.id && !inherited) {
        const listed = openerAtOrAbove(sentenceOpeners, depth) !== undefined;
        explicit.push({ pos: fStart, subject, listed });
      }
    }
    tokens.push(token);
    lastEnd = fEnd;
  };

  let outOfOrder = mayHoldAmong && pushInHead(text, 0, tokens, para, depth, sentence);
  eachInTextOrder(text, figures, readFigure, readMark);
  tokens.push({ type: 'para-end', para, start: p.text.length, end: p.text.length, depth: 0, sentence, char: '' });
  // 'X中，' openers are found at the sentence start but sit after X. The figures and marks come in text order,
  // so only a passage with such an opener may need the sort; most have none, and were compared pair by pair.
  if (outOfOrder && !isSorted(tokens, inTokenOrder)) tokens.sort(inTokenOrder);
  // Not asked yet: lastPathSubject asks it first.
  return new PassageReading(tokens, sentence + 1, text, mayHoldPath ?? true);
}

function inTokenOrder(a: Token, b: Token): number {
  return a.start - b.start || (a.type === 'para-end' ? 1 : 0) - (b.type === 'para-end' ? 1 : 0);
}

/** The last of a sentence's openers at depth `depth` or shallower. */
export function openerAtOrAbove(openers: readonly OpenerToken[], depth: number): OpenerToken | undefined {
  for (let i = openers.length - 1; i >= 0; i--) if (openers[i].depth <= depth) return openers[i];
  return undefined;
}

/** The last of `items` (in order of `pos`) before position `at`. */
export function lastBefore<T extends { pos: number }>(items: readonly T[], at: number): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (items[i].pos < at) return items[i];
  return undefined;
}

/** What an amount's words make of it: a change (its way word, a difference, a bare way after its base), a base, or a value. */
interface AmountRole {
  /** The label with bracketed direction words opened. */
  plain: string;
  difference: RegExpExecArray | null;
  dir: RegExpExecArray | null;
  garbled: boolean;
  /** '较上年增加(减少)0万元': the template's two ways, neither chosen. */
  eitherWay: boolean;
  bareWay: RegExpExecArray | null;
  /** The change this one is joined to by a bare 和 / 、 / 及. */
  joinedChange: AmountToken | undefined;
  role: AmountToken['role'];
  /** A base compared with in a comparison opened by 和 and closed by 比 ('和2018年预算310.88万元比,增加…'). */
  openedByHe: boolean;
}

/**
 * The role of the amount `f` of `text` whose words are `label` (`prev` the token before it, `lastEnd`
 * where the words before it end, `beforeJoin` the figure before a 、 right before it). A function of its
 * own, not part of the figure reader: one body holding both was the costliest TurboFan compile of the stage.
 */
function amountRole(text: string, f: AmountFigure, label: string, prev: Token | undefined, lastEnd: number, beforeJoin: Token | undefined): AmountRole {
  const plain = unbracketDirections(label);
  const difference = mayEndInDifferenceWord(plain) ? differenceBefore(plain) : null;
  const dir = difference ? null : DIRECTION_BEFORE.exec(plain);
  // '较上年增加(减少)0万元': a change whose way the words leave open; not checked, and not a part of a list.
  const bothWays = !dir && !difference && bothWaysBefore(plain);
  const lost = lostCharacterBefore(text, f.start);
  const garbled = bothWays || (dir ? garbledBefore(plain.slice(0, dir.index), directionOf(dir)) : false) || lost;
  // "较2024年的2190万元", "比上年累计支出433万元减少2万元", "较预算数0万元无增减": the figure compared with.
  const baseBefore = !difference && BASE_VALUE_BEFORE.test(label);
  const inLabel = !difference && !baseBefore && COMPARISON_IN_LABEL.test(label);
  const openedByHe = !difference && !baseBefore && !inLabel && label.includes('和') && closedThenChange(text, f.end) && HE_COMPARISON_IN_LABEL.test(label);
  const isBase =
    baseBefore ||
    openedByHe ||
    (inLabel &&
      (CHANGE_AFTER.test(text.slice(f.end)) ||
        BARE_CHANGE_AFTER.test(text.slice(f.end, f.end + 60)) ||
        NO_CHANGE_AFTER.test(text.slice(f.end, f.end + 12)) ||
        closedByBareBi(text, f.end)));
  // The change right after its base with its way word left out ('…决算数688.84万元131.49万元,增长19.09%').
  const bareWay =
    !dir && !difference && !label.trim() && prev?.type === 'amount' && prev.role === 'base' && prev.end === lastEnd ? WAY_OF_RATE_AFTER.exec(text.slice(f.end, f.end + 40)) : null;
  // '分别减少0.18亿元和0.56亿元': a figure joined to a change by 和 / 、 / 及 alone is a second change, not a value.
  const joinedChange =
    !dir && !difference && !bareWay && beforeJoin?.type === 'amount' && beforeJoin.role === 'change' && beforeJoin.end === lastEnd && JOINED_TO_PREVIOUS.test(text.slice(lastEnd, f.start))
      ? beforeJoin
      : undefined;
  const role: AmountToken['role'] = dir || difference || bareWay || joinedChange || bothWays ? 'change' : isBase ? 'base' : 'value';
  return { plain, difference, dir, garbled, eitherWay: bothWays && !lost, bareWay, joinedChange, role, openedByHe };
}

/** '…310.88万元比,增加62.22万元': a bare 比 right after the figure closes its comparison, and the change follows. Told by the 比 first. */
function closedByBareBi(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return text.charCodeAt(i) === 0x6bd4 && BARE_CLOSE_THEN_CHANGE.test(text.slice(end, end + 40)); // 比
}

/**
 * '…310.88万元比,增加62.22万元', '…310.88万元相比,增加…': a closing word right after the figure, then its change — what a
 * comparison opened by 和 needs to be one. Told by the closing word's first character before any pattern runs.
 */
function closedThenChange(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  if (c === 0x6bd4) return closedByBareBi(text, end) || CHANGE_AFTER.test(text.slice(end)); // 比(较)
  return (c === 0x76f8 || c === 0x5bf9) && CHANGE_AFTER.test(text.slice(end)); // 相比, 对比
}

/** '和2018年预算' read as the comparison it opens: '与2018年预算'. */
function heAsYu(words: string): string {
  const i = words.lastIndexOf('和');
  return `${words.slice(0, i)}与${words.slice(i + 1)}`;
}

/** Whether a code unit is the last character of a word a difference's label ends in: 预算, 预算数, 差值, 差额, 相差, 超收, 短收. */
function endsDifferenceWord(c: number): boolean {
  return c === 0x7b97 || c === 0x6570 || c === 0x503c || c === 0x989d || c === 0x5dee || c === 0x6536; // 算 数 值 额 差 收
}

/** Whether a code unit is a copula differenceBefore passes over: 为 是 了 达 约. */
function isCopula(c: number): boolean {
  return c === 0x4e3a || c === 0x662f || c === 0x4e86 || c === 0x8fbe || c === 0x7ea6;
}

/**
 * Whether `label` may end as differenceBefore asks (one of its words, then perhaps a 为 / 是 / 了 / 达 / 约), told by
 * the codes of its last characters: differenceBefore trims, slices and tries seven endings of every amount's label.
 */
export function mayEndInDifferenceWord(label: string): boolean {
  let i = label.length - 1;
  while (i >= 0 && isSpaceCode(label.charCodeAt(i))) i--;
  if (i >= 0 && isCopula(label.charCodeAt(i))) {
    i--;
    while (i >= 0 && isSpaceCode(label.charCodeAt(i))) i--;
  }
  return i >= 0 && endsDifferenceWord(label.charCodeAt(i));
}

/** LOST_CHARACTER_END on the character before `pos`, read by its code: no slice and no pattern a figure. */
export function lostCharacterBefore(text: string, pos: number): boolean {
  if (pos <= 0) return false;
  const c = text.charCodeAt(pos - 1);
  return c === 0x3f || c === 0xfffd;
}

/** A figure's part in a budget adjustment: the budget adjusted from (`from`: its words), or the figure adjusted to or the change, `of` that budget. */
interface AdjustmentRole {
  role: AmountToken['role'];
  from?: RegExpExecArray;
  of?: AmountToken;
  /** '由上年X增至Y' / '较上年X增至Y': a new level, its way; on X, `levelFrom` the words naming X's period when they are '由…'. */
  level?: Direction;
  levelFrom?: RegExpExecArray;
  /** The year a new level leads to (the prior's year is its base's). */
  levelYear?: number;
}

/** The words of a change that compare with the budget before an adjustment and name nothing else ('比年初预算'). */
const ON_BUDGET_ONLY = /^\s*(?:[,，]\s*)?(?:(?:比|较)\s*(?:年初|原|调整前)?\s*预算数?\s*)?$/;

/**
 * '由年初预算79552.91万元调整为82513.70万元,调增2960.79万元': the first figure is the budget compared with, the
 * second the budget after the adjustment, the third (whose words name no other comparison) the change between them.
 * Undefined for a figure outside such a sentence.
 */
/** An adjustment being read: the budget it starts from, the figure it came to, and its change when stated before that figure. */
interface Adjusting {
  from: AmountToken;
  to?: AmountToken;
  change?: AmountToken;
  /** A new level's way ('由上年X增至Y'), not a budget adjusted, and the year it leads to. */
  level?: Direction;
  levelYear?: number;
}

function adjustmentRole(text: string, f: AmountFigure, plain: string, read: AmountRole, adjusting: Adjusting | undefined): AdjustmentRole | undefined {
  if (read.difference || read.garbled) return undefined;
  // A budget adjusted from starts an adjustment, whether or not one is open ('A由…调整为…，B由…调整为…').
  const from = read.dir ? null : ADJUSTED_FROM_BEFORE.exec(plain);
  if (from && ADJUSTED_TO_AFTER.test(text.slice(f.end, f.end + 12))) return { role: 'base', from };
  const stated = read.dir ? null : BUDGET_STATED_BEFORE.exec(plain);
  if (stated && CHANGE_THEN_ADJUSTED_TO_AFTER.test(text.slice(f.end, f.end + 40))) return { role: 'base', from: stated };
  const levelStart = read.dir ? undefined : levelStartOf(text, f, plain, read);
  if (levelStart) return levelStart;
  if (!adjusting) return undefined;
  const after = adjusting.to ?? adjusting.change ?? adjusting.from;
  // Nothing but words between the figures: no other figure stands between the steps.
  if (/\d/.test(text.slice(after.end, f.start))) return undefined;
  if (adjusting.level) {
    if (!adjusting.to && !adjusting.change) return LEVEL_TO_BEFORE.test(plain) ? { role: 'value', of: adjusting.from, level: adjusting.level, levelYear: adjusting.levelYear } : undefined;
    // '由上年X增至Y,增加Z': the change of the new level.
    return !adjusting.change && adjusting.to && read.dir && ON_BUDGET_ONLY.test(plain.slice(0, read.dir.index)) ? { role: 'change', of: adjusting.from, level: adjusting.level, levelYear: adjusting.levelYear } : undefined;
  }
  // The way word of '调增为' is the adjustment's, not a change's.
  if (!adjusting.to && ADJUSTED_TO_BEFORE.test(plain)) return { role: 'value', of: adjusting.from };
  // '年初预算为X万元,增加Z万元,调整为Y万元': the change may come before what the budget came to.
  if (adjusting.change) return undefined;
  const changeMayCome = adjusting.to !== undefined || BUDGET_STATED_BEFORE.test(adjusting.from.label);
  return changeMayCome && read.dir && ON_BUDGET_ONLY.test(plain.slice(0, read.dir.index)) ? { role: 'change', of: adjusting.from } : undefined;
}

/**
 * '由上年的100万元增加为120万元', '较上年100万元增至120万元': the prior of a new level, and the way the words say it went.
 * Undefined for a figure no level word follows.
 */
function levelStartOf(text: string, f: AmountFigure, plain: string, read: AmountRole): AdjustmentRole | undefined {
  if (read.difference || read.garbled) return undefined;
  const after = text.slice(f.end, f.end + 32);
  if (!mayStateLevel(after.slice(0, 10))) return undefined;
  const way = LEVEL_TO_AFTER.exec(after);
  if (!way) return undefined;
  const level: Direction = way[1] ? 1 : -1;
  const from = plain.includes('由') || plain.includes('从');
  // '较上年100万元增加至120万元': a figure compared with, its way and new level after it.
  if (read.role === 'base' || (!from && read.role === 'value' && lastCompare(plain) !== undefined)) return { role: 'base', level };
  if (!from) return undefined;
  const levelFrom = LEVEL_FROM_BEFORE.exec(plain);
  return levelFrom ? { role: 'base', level, levelFrom } : undefined;
}

/** Whether no element of `xs` sorts after the next one. */
export function isSorted<T>(xs: readonly T[], order: (a: T, b: T) => number): boolean {
  for (let i = 1; i < xs.length; i++) if (order(xs[i - 1], xs[i]) > 0) return false;
  return true;
}

function readPercent(
  f: PercentFigure,
  label: string,
  at: { para: number; start: number; end: number; depth: number; sentence: number },
  inReason: boolean,
): PercentToken {
  const base = { type: 'percent' as const, ...at, raw: f.raw, value: f.value, decimals: f.decimals, label, inReason };
  const completion = COMPLETION_BEFORE.exec(label);
  if (completion) {
    const which = completion[1] ?? completion[2] ?? completion[3] ?? '预算';
    // '完成预算的-69.23%': the sign is printed before the figure the scan reads; a completion rate below zero is
    // checked as printed (a change on the budget written as the rate), not read as 69.23%.
    const signed = completion[4] ? { value: -f.value, raw: `-${f.raw}` } : {};
    return { ...base, ...signed, role: 'completion', completionOf: measureOf(which) ?? 'budget' };
  }
  const zhan = label.lastIndexOf('占');
  if (zhan >= 0 && label[zhan + 1] !== '比') {
    const of = label
      .slice(zhan + 1)
      .replace(/\s+/g, '')
      .replace(SHARE_WORDS_END, '')
      .replace(DE_END, '');
    const sharer = subjectOf(label.slice(0, zhan));
    return { ...base, role: 'share', of, ...(sharer.core ? { sharer } : {}) };
  }
  if (SHARE_BEFORE.test(label)) return { ...base, role: 'share', of: '' };
  const plain = unbracketDirections(label);
  // '收入减少15.65万元,增长-5.86%': a growth printed with a minus sign is a fall; a fall so printed says both ways.
  const minus = MINUS_SIGN_END.exec(plain);
  if (minus) return grewByMinus(plain.slice(0, minus.index)) ? { ...base, role: 'rate', direction: -1 } : { ...base, role: 'other' };
  const rate = RATE_BEFORE.exec(plain);
  if (rate) return { ...base, role: 'rate', ...(rate[1] ? { direction: 1 as const } : rate[2] ? { direction: -1 as const } : {}) };
  const dir = DIRECTION_BEFORE.exec(plain);
  if (dir && garbledBefore(plain.slice(0, dir.index), directionOf(dir))) return { ...base, role: 'rate', garbled: true };
  if (dir) return { ...base, role: 'rate', direction: directionOf(dir) };
  // '下降（增长）27.78%': the words say both ways.
  if (/[(（][^)）]*[)）]\s*$/.test(label) && UP_WORD.test(label) && DOWN_WORD.test(label)) return { ...base, role: 'rate' };
  return { ...base, role: 'other' };
}

/** A minus sign right before a percent ('增长-5.86%'). */
const MINUS_SIGN_END = /[-－]\s*$/;

/** Whether the words before a minus sign say a growth: an up word, ungarbled (the sign then makes it a fall). */
function grewByMinus(words: string): boolean {
  const rate = RATE_BEFORE.exec(words);
  if (rate) return !!rate[1];
  const dir = DIRECTION_BEFORE.exec(words);
  return !!dir && directionOf(dir) === 1 && !garbledBefore(words.slice(0, dir.index), 1);
}

/** A share naming no whole in a sentence that opens '本年收入的具体构成为:': a share of that whole. */
function ofComposition(token: PercentToken, sentence: string): PercentToken {
  if (token.role !== 'share' || token.of) return token;
  const opening = COMPOSITION_OPENING.exec(sentence);
  return opening ? { ...token, of: opening[1], ofOpening: true } : token;
}

/**
 * '占全国政府采购规模的8.1%和91.9%' / '比例为25.8%、44.8%和29.4%': a percent joined to a share by 和 / 、
 * alone is a share of the same whole; '下降133.1%和43.7%': one joined to a rate is a rate the same way.
 */
function percentJoinedToPrevious(token: PercentToken, before: readonly Token[]): PercentToken {
  if (token.role !== 'other' || !ONLY_JOINING_WORDS.test(token.label)) return token;
  const prev = findLast(before, (t) => t.type !== 'sep');
  if (prev?.type !== 'percent' || prev.para !== token.para || prev.sentence !== token.sentence) return token;
  if (prev.role === 'share') return { ...token, role: 'share', of: prev.of ?? '' };
  if (prev.role === 'rate' && prev.direction && !prev.garbled) return { ...token, role: 'rate', direction: prev.direction };
  return token;
}

/**
 * '公务接待费2.30万元,较上年减少1.5万元(42.86%)': a bare percent in brackets right after a change amount of its
 * sentence is that change's rate, the same way.
 */
function rateInBracketsAfterChange(token: PercentToken, before: readonly Token[], between: string): PercentToken {
  if (token.role !== 'other' || !/^\s*[(（]\s*$/.test(between) || before.at(-1)?.type !== 'paren-open') return token;
  const prev = before.at(-2);
  if (prev?.type !== 'amount' || prev.para !== token.para || prev.sentence !== token.sentence) return token;
  if (prev.role !== 'change' || !prev.direction || prev.garbled || prev.difference) return token;
  return { ...token, role: 'rate', direction: prev.direction };
}

/**
 * '…一般公共服务支出588.61万元占31.75%、…社会保障和就业支出206.53万元11.14%、卫生健康支出57.22万元占3.09%': a bare
 * percent written right after a listed amount, its 占 dropped, among items whose percents are shares, is that item's
 * share of the same whole.
 */
function shareGluedToItsAmount(token: PercentToken, before: readonly Token[], between: string): PercentToken {
  if (token.role !== 'other' || between.trim() !== '') return token;
  const prev = before.at(-1);
  if (prev?.type !== 'amount' || prev.role !== 'value' || prev.para !== token.para || prev.sentence !== token.sentence) return token;
  const sibling = findLast(before, (t) => t.type === 'percent' && t.para === token.para && t.sentence === token.sentence);
  return sibling?.type === 'percent' && sibling.role === 'share' ? { ...token, role: 'share', of: sibling.of ?? '' } : token;
}

/**
 * Whether 'X中，' (AMONG_SUBJECT) may open the clause at `from`: X holds no ',', so its 中 stands right
 * before the first ',' after `from`. Asked at every sentence start, where the pattern nearly always
 * failed after trying every length of X.
 */
export function mayOpenAmong(text: string, from: number): boolean {
  const comma = text.indexOf(',', from);
  if (comma < 0) return false;
  // Back over the spaces before the comma (what trimEnd drops), with no slice and no trimmed copy.
  let i = comma - 1;
  while (i >= from && isSpaceCode(text.charCodeAt(i))) i--;
  return i >= from && text.charCodeAt(i) === 0x4e2d; // 中
}

/** Whether a code unit is white space or a line end, as /\s/ and trim have it. */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** 'X中，' at the start of a sentence or after ；: X (stated before) is broken down next. Whether it pushed an opener. */
function pushInHead(
  text: string,
  from: number,
  tokens: Token[],
  para: number,
  depth: number,
  sentence: number,
): boolean {
  if (!mayOpenAmong(text, from)) return false;
  const m = AMONG_SUBJECT.exec(text.slice(from));
  if (!m || QI_END.test(m[1]) || AMOUNT_OR_PERCENT.test(m[1]) || COUNTED_BODIES.test(m[1])) return false;
  const subject = subjectOf(m[1].replace(ZAI_START, ''));
  if (!subject.id || !subject.core) return false;
  const start = from + m[0].length - 1;
  tokens.push({
    type: 'opener',
    para,
    start,
    end: start + 1,
    depth,
    sentence,
    word: `${m[1]}中`,
    kind: 'complete',
    enumeration: false,
    headSubject: subject,
    ...(measureOf(m[1]) ? { headMeasure: measureOf(m[1]) } : {}),
    atSentenceEnd: false,
  });
  return true;
}
