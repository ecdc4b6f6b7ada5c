/**
 * How the claims of a document relate: which figure is broken down into which others
 * ("724.00万元，其中：基本支出262.90万元，包括人员经费…；项目支出461.10万元"), which share,
 * rate, completion rate or 持平 belongs to which figure.
 *
 * A breakdown's parts are the figures after its opener at its parenthesis depth, of its kind (values
 * for a value, changes for a change) and measure. Breakdowns nest; at a ； or 。 a breakdown whose
 * parts already add up is closed, so the next figure goes to its parent. A breakdown continues into
 * the next sentences only when its opener ends its sentence ("…其中：" — the parts follow, or
 * numbered paragraphs follow after "如下："), or when the next figure is a known sibling of its parts
 * (人员经费 … 。公用经费 …): a figure in the next sentence is otherwise not a part.
 */
import type { Family } from '../../recognize/types';
import { charCodeSet } from '../../recognize/lexicon';
import { halfUnitOf } from './figures';
import {
  ADJUSTED_BASIS,
  CARRIED_FORWARD,
  CIRCLED_ORDINAL,
  CN_IS_ORDINAL,
  CN_ORDINAL,
  CN_PAREN_ORDINAL,
  ADJUSTMENT_WORD,
  COMPLETION_BASE_LABEL,
  ETC_IN_CLAUSE,
  HEADING_START,
  INCOME_OR_EXPENSE,
  ITEM_LEVEL_HEAD,
  NAMED_HEADING,
  NIL_ITEM,
  NUM_ORDINAL,
  NUM_PAREN_ORDINAL,
  OF_WHICH_START,
  ONLY_JOINING_WORDS,
  PER_UNIT_LABEL,
  DEDUCTION_LABEL,
  CLASSIFIED_ITEM,
  RESPECTIVELY,
  SHARE_BEFORE,
  SHARE_IN_BRACKET,
  TOTAL_OF_LIST,
  WAN_OR_YUAN_AMOUNT,
  YEAR_BEFORE_FIGURE,
  OWN_NUMBER,
} from './words';
import { pairRespectiveChanges, pairRespectiveShares } from './respective';
import { classPathOf, coreId, memberOf, coversDecomposition, DECOMPOSITIONS, kindOf, siblings, sourceOfIncome, subjectOf, type Core } from './subjects';
import { findLast, type AmountToken, type Base, type MarkToken, type Measure, type OpenerKind, type OpenerToken, type PercentToken, type StatementToken, type Token } from './tokens';

export interface SumList {
  head?: AmountToken;
  opener: OpenerToken;
  kind: OpenerKind;
  /** All parts, in order. */
  parts: AmountToken[];
  /** The list ended with 等 ("…差旅费0.9万元等"): a partial list. */
  etc: boolean;
  /** The parts cover a whole known decomposition of the head (人员经费 + 公用经费 of 基本支出). */
  covers: boolean;
}

export interface ShareLink {
  percent: PercentToken;
  amount: AmountToken;
  /** The list whose part the amount is, if any. */
  list?: SumList;
}

/** A change (an amount "增加X万元", a rate "增长Y%", or both) of a subject, with the value it leads to. */
export interface ChangeLink {
  change?: AmountToken;
  rate?: PercentToken;
  /** The value the change belongs to in its own sentence, if stated there. */
  current?: AmountToken;
  /** A base value stated with it ("较2024年的2190万元"). */
  prior?: AmountToken;
  /**
   * The total of the breakdown `current` ends, when its parts add up to it and state no changes: a
   * change without a subject of its own right after the breakdown may be the total's
   * ("总预算37337407.64元，其中：基本支出…，项目支出…，同比增加…").
   */
  orTotal?: AmountToken;
  /**
   * The whole a 其中 of one part names before the change ("收入总计3759.2万元，其中年初结转和结余1366.76万元，较2019年
   * 增加197.03万元，增加5.5%"): the change is read as the part's, and as the whole's when that reading disagrees.
   */
  orWhole?: AmountToken;
  /**
   * The change names no subject and `current` is only the nearest of several figures of other subjects
   * in its clause ("财政拨款收入276.06万元，在职职工工资性收入18.70万元，…补助收入14.07万元，较上年增加42.19万元"):
   * the change may be the first one's.
   */
  nearestOfSeveral?: true;
  /**
   * The rate is on a basis adjusted from the printed figures ('减收34,086万元,剔除留抵退税后同口径增长0.67%'): it still asks for a
   * reason, but no printed figure makes it, so neither its size nor its way is checked against them.
   */
  rateOnAdjustedBasis?: true;
}

export interface CompletionLink {
  percent: PercentToken;
  /** The 决算数 it is a rate of. */
  actual?: AmountToken;
}

export interface StatementLink {
  statement: StatementToken;
  /** The value the statement speaks of (the figure before it in its sentence). */
  about?: AmountToken;
  /** The completion rate of its sentence, for 决算数小于预算数. */
  completion?: PercentToken;
  /** The figure compared with, printed right before the statement ('与上年100万元持平'). */
  prior?: AmountToken;
  /**
   * For 决算数大于（小于）预算数 without a completion rate: the 决算 and the budget of its sentence or the one
   * before, when that sentence states nothing else ('决算数为A万元，年初预算为B万元。决算数大于…').
   */
  compared?: { actual: AmountToken; budget: AmountToken };
}

export interface TextStructure {
  amounts: AmountToken[];
  percents: PercentToken[];
  lists: SumList[];
  shares: ShareLink[];
  changes: ChangeLink[];
  completions: CompletionLink[];
  statements: StatementLink[];
  parentOf: Map<AmountToken, SumList>;
}

/** The measure a figure is of, the document's own when the words do not say. */
export function measureOrDefault(m: Measure | undefined, family: Family): Measure {
  return m ?? (family === 'final' ? 'final' : 'budget');
}

export function budgetLike(m: Measure): boolean {
  return m === 'budget' || m === 'initial-budget' || m === 'adjusted-budget';
}

/** A figure that can be the budget compared with `of`: 年初预算 takes a plain 预算 too; any other, any budget. */
export function fitsBudget(m: Measure | undefined, of: Measure | undefined, family: Family): boolean {
  const x = measureOrDefault(m, family);
  return of === 'initial-budget' ? x === 'initial-budget' || x === 'budget' : budgetLike(x);
}

/**
 * Two changes compare with the same thing: the same year, and the same measure when both name one ('较上年' and '比上年决算数'
 * may be one comparison); either saying nothing of what it compares with is taken as the same.
 */
function sameBase(a: Base | undefined, b: Base | undefined): boolean {
  return !a || !b || (a.year === b.year && (a.measure === undefined || b.measure === undefined || a.measure === b.measure));
}

export function sameMeasure(a: Measure | undefined, b: Measure | undefined, family: Family): boolean {
  const x = measureOrDefault(a, family);
  const y = measureOrDefault(b, family);
  return x === y || (budgetLike(x) && budgetLike(y));
}

export function signedFen(a: AmountToken): number {
  return a.role === 'change' && a.direction === -1 ? -a.fen : a.fen;
}

/** Rounding allowance for a total against the sum of its parts (each half a printed unit), in 分. */
export function roundingAllowance(parts: readonly AmountToken[]): number {
  return parts.reduce((s, p) => s + halfUnitOf(p), 0);
}

export function isBalanced(head: AmountToken, parts: readonly AmountToken[]): boolean {
  if (parts.length === 0) return false;
  const sum = parts.reduce((s, p) => s + signedFen(p), 0);
  return Math.abs(signedFen(head) - sum) <= roundingAllowance(parts) + halfUnitOf(head);
}

const CN_DIGITS = '一二三四五六七八九十';

/** 一 … 九十九 as a number (list markers go no further). */
function chineseNumber(s: string): number {
  if (s === '十') return 10;
  const [tens, ones] = s.includes('十') ? s.split('十') : ['', s];
  return (s.includes('十') ? (tens ? CN_DIGITS.indexOf(tens) + 1 : 1) * 10 : 0) + (ones ? CN_DIGITS.indexOf(ones) + 1 : 0);
}

/** The first characters of a list marker: a Chinese numeral, a bracket or a digit (or ① to ⑳). */
const MARKER_START = charCodeSet('一二三四五六七八九十(（0123456789');
export const CIRCLED_ONE = 0x2460;
export const CIRCLED_TWENTY = 0x2473;

/** The list marker a passage starts with: its style and its number ("3、" → num 3, "（二）" → cn-paren 2). */
export function markerOf(text: string): { style: string; n: number } | undefined {
  const t = text.trim();
  // Asked at every passage's end: most passages open with no marker's first character, and are told so without six patterns.
  const first = t.charCodeAt(0);
  if (!MARKER_START.has(first) && !(first >= CIRCLED_ONE && first <= CIRCLED_TWENTY)) return undefined;
  let m: RegExpExecArray | null;
  if ((m = CN_ORDINAL.exec(t))) return { style: 'cn', n: chineseNumber(m[1]) };
  if ((m = CN_PAREN_ORDINAL.exec(t))) return { style: 'cn-paren', n: chineseNumber(m[1]) };
  if ((m = NUM_PAREN_ORDINAL.exec(t))) return { style: 'num-paren', n: Number(m[1]) };
  if ((m = NUM_ORDINAL.exec(t))) return { style: 'num', n: Number(m[1]) };
  if ((m = CIRCLED_ORDINAL.exec(t))) return { style: 'circle', n: m[1].charCodeAt(0) - 0x2460 + 1 };
  if ((m = CN_IS_ORDINAL.exec(t))) return { style: 'cn-is', n: chineseNumber(m[1]) };
  return undefined;
}

/**
 * A part numbered as the next item after the last part ("其中：1.A 30万元。2.B 20万元。"): the numbered
 * items go on in sentences of their own.
 */
function numberedNext(last: AmountToken | undefined, a: AmountToken): boolean {
  const before = last && markerOf(last.label);
  const here = before && markerOf(a.label);
  return !!here && here.style === before.style && here.n === before.n + 1;
}

/**
 * '1、群众性综合运动会654.17万元,其中补助地方30万元; 2、示范性全民健身活动559.52万元': a figure numbered
 * after the head of a list, in the head's style, is the head's next sibling — the list of the head is over.
 */
function nextSiblingOfHead(ol: OpenList, t: AmountToken, passageTexts: readonly string[]): boolean {
  const head = ol.list.head;
  if (!head || head.para !== t.para) return false;
  // Most figures have no number: the head's is looked for only when this one has one.
  const own = numberBefore(t, passageTexts);
  if (own === undefined) return false;
  const heads = numberBefore(head, passageTexts);
  return heads !== undefined && own.style === heads.style && own.n > heads.n;
}

/** The item number opening a figure's words, or just in front of them ('; 2、示范性全民健身活动559.52万元' → 2). */
function numberBefore(a: AmountToken, passageTexts: readonly string[]): { style: string; n: number } | undefined {
  const own = markerOf(a.label);
  if (own) return own;
  const text = passageTexts[a.para] ?? '';
  const wordsStart = a.start - a.label.length;
  if (text.slice(wordsStart, a.start) !== a.label) return undefined;
  const m = NUMBER_BEFORE_WORDS.exec(text.slice(Math.max(0, wordsStart - 8), wordsStart));
  return m ? markerOf(m[1]) : undefined;
}
const NUMBER_BEFORE_WORDS = /(?:^|[\s;；。，,:：])((?:\d{1,2}|[一二三四五六七八九十]+)\s*[、.．]|[(（]\s*(?:\d{1,2}|[一二三四五六七八九十]+)\s*[)）])\s*$/;

/**
 * '…总收入223.08万元。其中:…拨款215.58万元,…7.5万元,预算总支出223.08万元', '收入总计…减少1809.55万元,主要是财政拨款收入减少…;
 * 支出总计…减少1959.92万元': the whole of the other side (支出 under a 收入, or 收入 under a 支出) is never a part — it states the
 * balance, or starts the other side's account, and the list is over.
 */
function otherSidesWhole(head: AmountToken | undefined, t: AmountToken): boolean {
  const a = head?.subject.core;
  const b = t.subject.core;
  return (a === 'income' && b === 'expense') || (a === 'expense' && b === 'income') || (!!head && mirroredSides(head.subject.text, t.subject.text));
}

/**
 * '全市一般公共预算收入完成856.8亿元,…其中:税收收入…;全市一般公共预算支出完成1611.9亿元': a name that is the head's own with its
 * 收入 turned into 支出 (or back) is the other side of the same account, whatever words the name is read with.
 */
function mirroredSides(head: string, t: string): boolean {
  const at = Math.max(head.lastIndexOf('收入'), head.lastIndexOf('支出'));
  if (at < 0 || head.length !== t.length) return false;
  const other = head.startsWith('收入', at) ? '支出' : '收入';
  return t === head.slice(0, at) + other + head.slice(at + 2);
}

/**
 * '包括：A 30万元，B 20万元，合计50万元': a 合计 / 共计 / 总计 right after the parts of a list without a head
 * is their total — in their sentence, or in the next one after numbered items written as sentences.
 */
function totalAfterParts(ol: OpenList, t: AmountToken): boolean {
  const last = ol.list.parts[ol.list.parts.length - 1];
  if (ol.list.head || !last || ol.list.parts.length < 2 || ol.ofChanges !== false || ol.depth !== t.depth) return false;
  if (t.role !== 'value' || !TOTAL_OF_LIST.test(t.label)) return false;
  return t.para === last.para && (t.sentence === last.sentence || (t.sentence === last.sentence + 1 && markerOf(last.label) !== undefined));
}

interface OpenList {
  list: SumList;
  depth: number;
  /** Sentences ended since the last part was added. */
  idle: number;
  /** The parts are in the following sentences (the opener ended its sentence). */
  awaiting: boolean;
  /** Parts are the first figures of numbered paragraphs of this marker style. */
  enumeration?: { style?: string; tookPart: boolean; n?: number };
  /** Values or changes; undefined until the first part says. */
  ofChanges?: boolean;
  /** The head is from the passage before: only parts that are known parts of it may follow. */
  membersOnly?: boolean;
  /** Opened by no word, only by a known whole ending its sentence (openByKinds). */
  byKinds?: boolean;
  /**
   * The last value and the last change before the opener: the first part tells which one is the head.
   * `values`: every value that could head it, nearest first — the head is the nearest of the first
   * part's measure ("支出2.05万元,年初预算为2.95万元。其中:因公出国支出0万元…" breaks down the 2.05).
   */
  candidates: { value?: AmountToken; change?: AmountToken; values?: AmountToken[] };
  /**
   * Opened at the start of a sentence after one that states several figures ('收入1237万元,安排支出1169万元,结转下年
   * 使用68万元。其中:'): the nearest need not be the one broken down.
   */
  afterSeveral?: boolean;
  /** Then, the words of the opener's own sentence before it ('市级留用新增债券共安排20个项目,'). */
  openingWords?: string;
}

/**
 * The head of a list opened after a sentence of several figures: the nearest, unless its parts do not make it
 * and make exactly one other of those figures — or, making none, when the opener's sentence names exactly one
 * other by its words ('市级留用新增债券27.38亿元,再融资债券21.33亿元。市级留用新增债券共安排20个项目,其中,…': the
 * 27.38, whose parts then fail against it, not against the 21.33).
 */
function balancedHeadOf(ol: OpenList, nearestFigure: AmountToken): AmountToken {
  const nearest = currentOfYearPair(ol, nearestFigure);
  const parts = ol.list.parts;
  if (parts.length < 2 || isBalanced(nearest, parts)) return nearest;
  const others = (ol.candidates.values ?? []).filter((h) => h !== nearest && h.role === nearest.role);
  const balanced = others.filter((h) => isBalanced(h, parts));
  if (balanced.length > 0) return balanced.length === 1 ? balanced[0] : nearest;
  const words = ol.openingWords;
  if (!words || namedBy(nearest, words)) return nearest;
  const named = others.filter((h) => namedBy(h, words));
  return named.length === 1 ? named[0] : nearest;
}

/**
 * '比人代会预算数增加60000万元(其中:旗本级58800万元,开发区1200万元)': figures in a bracket opened right on a change break that
 * change down, though printed without a change word — not the value before it ('…达拉特开发区32200万元),比…'). The change
 * heads them when they make it; when they make neither, which one they break down cannot be told.
 */
function changeBrokenDownInBracket(ol: OpenList, head: AmountToken, passageTexts: readonly string[]): AmountToken | undefined {
  const change = ol.candidates.change;
  const opener = ol.list.opener;
  if (head.role !== 'value' || !change || change.para !== opener.para || change.start < head.end || change.end > opener.start) return head;
  if (!BRACKET_RIGHT_AFTER.test(passageTexts[opener.para]?.slice(change.end, opener.start) ?? '')) return head;
  if (isBalanced(change, ol.list.parts)) return change;
  return isBalanced(head, ol.list.parts) ? head : undefined;
}
const BRACKET_RIGHT_AFTER = /^\s*[(（]\s*$/;

/** Sets or removes a list's head (an absent head is no key at all, as the lists' readers expect). */
function setHead(l: SumList, head: AmountToken | undefined): void {
  if (head) l.head = head;
  else delete l.head;
}

/**
 * '…交通基础设施方面2.2亿元,其他方面3.01亿元': a list whose last item is '其他' (方面, 项目 …) and no named kind of its own
 * (其他支出 and 其他收入 are classes of the budget) names the rest: it is the whole.
 */
function endsWithTheRest(parts: readonly AmountToken[]): boolean {
  const last = parts.at(-1);
  return parts.length >= 2 && !!last && !last.subject.core && THE_REST_LABEL.test(last.label.replace(/\s+/g, ''));
}
const THE_REST_LABEL = /^(?:用于)?其他(?:方面|项目|领域|事项|用途)?$/;

/** Whether `words` name the figure by the words of its label ('市级留用新增债券' of '市级留用新增债券27.38亿元'). */
function namedBy(a: AmountToken, words: string): boolean {
  const name = a.label.replace(/\s+/g, '').replace(LABEL_VERB_END, '');
  return name.length >= 4 && words.replace(/\s+/g, '').includes(name);
}
/** A verb ending a figure's label ('收入为', '实现'): not part of what names it. */
const LABEL_VERB_END = /(?:为|是|达到?|完成|实现|共计?|合计)$/;

/**
 * '主要用于:(一)支持群众体育347.8976万元:其中…。(二)支持竞技体育135.653万元:体育赛事组织支持135.653万元。(三)…': a figure right
 * after a numbered part and the colon that ends it breaks that part down — it is no sibling of the numbered items.
 */
function breaksDownNumberedPart(ol: OpenList, t: AmountToken, passageTexts: readonly string[]): boolean {
  const last = ol.list.parts.at(-1);
  if (!last || last.para !== t.para || markerOf(last.label) === undefined || markerOf(t.label) !== undefined) return false;
  return COLON_FIRST.test(passageTexts[t.para]?.slice(last.end, t.start) ?? '');
}
const COLON_FIRST = /^\s*[:：]/;

function sameSubject(a: AmountToken, b: AmountToken): boolean {
  return a.subject === b.subject || (a.subject.id !== undefined && a.subject.id === b.subject.id);
}

function eligible(a: AmountToken): boolean {
  return a.role !== 'base' && !a.inReason && !perUnitStandard(a) && !DEDUCTION_LABEL.test(a.label);
}

/**
 * '生均公用经费650元', '年人均办公费387元': a standard per head, no part of a total. A fund named for what it pays per head and
 * stated in 万元 or 亿元 ('高中生均经费85万元', '义务教育生均公用经费120万元') is the money itself, a part like any other.
 */
function perUnitStandard(a: AmountToken): boolean {
  return PER_UNIT_LABEL.test(a.label) && !((a.unit === '万元' || a.unit === '亿元') && FUND_NAME_END.test(a.label.replace(LABEL_VERB_END, '')));
}
const FUND_NAME_END = /(?:经费|资金|补助|补助资金)\s*$/;

/**
 * '日常支出2638.2万元，包括基本工资、津贴补贴等工资福利支出占基本支出的94.3%': the words before 占 name
 * another subject than the figure before them — the share is of a part whose amount is not printed.
 */
function sharesAnother(share: PercentToken, amount: AmountToken): boolean {
  if (share.sharer !== undefined) return share.sharer.core !== amount.subject.core;
  // '非税收入5374万元,地方一般公共预算收入税占比85.12%': words before 占比 that are not the figure's name are another's.
  const words = sharerWords(share);
  return words.length >= 2 && !namedWithin(amount.label, words) && !words.includes(amount.subject.text);
}
const LEADING_JOINERS = /^[\s,，;；:：、]*(?:其中|另外|同时)?[\s,，:：]*/;

/** The words right before '占比' / '比重' of a share naming no whole ('税收' of '税收占比74.50%'), '' when there are none. */
function sharerWords(share: PercentToken): string {
  return share.of === '' && SHARE_BEFORE.test(share.label) ? share.label.replace(SHARE_BEFORE, '').replace(LEADING_JOINERS, '') : '';
}

/** `words` stand in `label` as its own words — not after '非', which names the rest ('税收' is not named by '非税收入'). */
function namedWithin(label: string, words: string): boolean {
  for (let i = label.indexOf(words); i >= 0; i = label.indexOf(words, i + 1)) if (label[i - 1] !== '非') return true;
  return false;
}

/**
 * '其中:税收收入41.01亿元,非税收入14.04亿元,税收占比74.50%': a share whose words before 占比 are not the last figure's name
 * but begin the name of an earlier figure of its sentence is that figure's share.
 */
function figureNamedBySharer(candidates: readonly AmountToken[], share: PercentToken): AmountToken | undefined {
  const words = sharerWords(share);
  if (words.length < 2) return undefined;
  return findLast(candidates, (a) => a.label.replace(/\s+/g, '').replace(LEADING_JOINERS, '').startsWith(words));
}

/**
 * '同比增加8.25万元,同比增长2.8%': a rate that repeats the comparison of the change just before it in
 * its sentence is that change's rate, not a change of its own. So is one that names the change's year
 * and no measure ('比上年预算减15600元,同比下降19.60%'): the 同比 of the budget the change was compared with.
 */
function restatesBase(link: ChangeLink, rate: PercentToken): boolean {
  // '由上年X增至Y,比上年增长Z%': a new level stated without its change is compared as its prior is.
  const x = link.change ?? levelPrior(link);
  if (!x?.base || !rate.base || x.para !== rate.para || x.sentence !== rate.sentence) return false;
  return x.base.year === rate.base.year && (x.base.measure === rate.base.measure || rate.base.measure === undefined);
}

/**
 * '税收收入拟调整为85000万元,调减16000万元,下降9.7%': a budget adjustment's change (调增 / 调减) is on the budget before it;
 * a rate after it in other words and naming no comparison may be on 上年 (the report's '比上年同口径下降(以下简称“下降”)')
 * — which, the words do not say, so it is not that change's rate.
 */
function adjustmentThenOtherRate(link: ChangeLink, rate: PercentToken): boolean {
  const x = link.change;
  // '年初预算为X万元,增加Z万元,调整为Y万元': a change stated before what the budget came to is the adjustment's too.
  const adjustment = !!x && !link.current?.levelWay && (ADJUSTMENT_WORD.test(x.label) || (link.prior !== undefined && link.current?.adjustedFrom === link.prior));
  return adjustment && !ADJUSTMENT_WORD.test(rate.label);
}

/**
 * '比2021年减收34,086万元,剔除留抵退税后同口径增长0.67%': a rate whose words put it on an adjusted basis that the figure it is
 * linked to (the change, or the value) does not share is no rate of the printed figures.
 */
function onAdjustedBasis(rate: PercentToken, figure: AmountToken | undefined): boolean {
  return ADJUSTED_BASIS.test(rate.label) && !(figure && ADJUSTED_BASIS.test(figure.label));
}

/**
 * '较上年减少2.5万元(其中:国内接待费10万元,下降10%;…)': a figure of another item stated between a change and a rate
 * makes the rate that item's, not the rate of the change before it.
 */
function anotherItemSince(sentenceAmounts: readonly AmountToken[], link: ChangeLink, rate: PercentToken): boolean {
  const x = link.change ?? (levelPrior(link) ? link.current : undefined);
  return !!x && sentenceAmounts.some((a) => a.start > x.end && a.end <= rate.start && a.role === 'value' && !a.inReason && !isItemValueOf(a, x));
}

/** '由上年X增至Y': the prior X of a link that is a new level in words (Y its current), if it is one. */
export function levelPrior(link: ChangeLink): AmountToken | undefined {
  const c = link.current;
  return c?.levelWay && link.prior && c.adjustedFrom === link.prior ? link.prior : undefined;
}

/**
 * '减少25000万元,(其中:旗本级减少29100万元,开发区增加4100万元),下降35.7%': a rate after a bracket has closed is of the change
 * outside it, in its sentence — not of the last change inside, a part's. `last` when the last change is not deeper than the rate.
 */
function changeOutsideBracket(changes: readonly ChangeLink[], last: ChangeLink | undefined, rate: PercentToken): ChangeLink | undefined {
  const x = last?.change;
  if (!x || x.depth <= rate.depth) return last;
  return findLast(changes, (c) => !!c.change && c.change.depth === rate.depth && c.change.para === rate.para && c.change.sentence === rate.sentence && c.change.start < x.start);
}

/**
 * '完成30,161万元,同比增长14.6%,增收4,376万元': the amount of a change stated right after its rate, the same way,
 * of the same figure and on no other comparison, is that rate's change, not a change of its own. `link` is the
 * rate's (no amount yet, its figure the last before `t`).
 */
function rateAwaitingAmount(link: ChangeLink, t: AmountToken): ChangeLink | undefined {
  const r = link.rate;
  if (!r || link.change || !link.current || r.para !== t.para || r.sentence !== t.sentence || r.depth !== t.depth || r.start > t.start) return undefined;
  if (!r.direction || r.direction !== t.direction || r.garbled || t.garbled || r.inReason || t.inReason || t.difference) return undefined;
  const sameComparison = !r.base || !t.base || (r.base.year === t.base.year && r.base.measure === t.base.measure);
  return sameComparison && isItemValueOf(link.current, t) ? link : undefined;
}

/**
 * '公务接待费2016年预算8万元,2015年预算12.5万元;对比减少4.35万元': a change that names no comparison of its own
 * after its item's figures of two years, the later first. The figure nearest the change is the earlier
 * year's (which the change was read as of: its year is the last year named), so it is the prior and the
 * one before it the current — not the change of the earlier year's figure. Only when the item has exactly
 * these two figures in the sentence, of one measure, a year apart.
 */
function yearPairBefore(sentenceAmounts: readonly AmountToken[], t: AmountToken, nearest: AmountToken | undefined): { current: AmountToken; prior: AmountToken } | undefined {
  if (!nearest || nearest.year !== t.year || t.base?.measure !== undefined || YEAR_IN_WORDS.test(t.label)) return undefined;
  // The item's figures by its name: '2016年收入总计…,2015年收入总计…' name one item twice, each in its own words.
  const figures = sentenceAmounts.filter((a) => isItemValueOf(a, t) || (a.role === 'value' && a.depth === t.depth && sameSubject(a, t) && !COMPLETION_BASE_LABEL.test(a.label)));
  if (figures.length !== 2) return undefined;
  const [later, earlier] = figures;
  return earlier === nearest && laterOfYearPair(later, earlier) ? { current: later, prior: earlier } : undefined;
}
/** Two figures of one item in one sentence, the later year's printed first, a year before the other's (the pair of a comparison). */
function laterOfYearPair(later: AmountToken, earlier: AmountToken): boolean {
  return later.start < earlier.start && later.sentence === earlier.sentence && later.year === earlier.year + 1 && later.measure === earlier.measure && sameSubject(later, earlier);
}
/**
 * '2016年收入总计2785.71万元,2015年收入总计2704.00万元,同比增加81.71万元,增长3.02%。其中,一般公共预算拨款2785.71万元': a 其中 after an
 * item's figures of two years, the later first, breaks down the later (the year reported on), not the nearer prior.
 */
function currentOfYearPair(ol: OpenList, nearest: AmountToken): AmountToken {
  return (ol.candidates.values ?? []).find((h) => h !== nearest && h.role === 'value' && nearest.role === 'value' && h.depth === nearest.depth && laterOfYearPair(h, nearest)) ?? nearest;
}
/** A value of the item `t` (a change) is of: its subject at its depth, not the budget a completion rate names. */
function isItemValueOf(a: AmountToken, t: AmountToken): boolean {
  return a.role === 'value' && a.depth === t.depth && a.subject === t.subject && !COMPLETION_BASE_LABEL.test(a.label);
}
/**
 * '…住房保障支出16.38万元;结转下年92.32万元;支出较去年增加29.48万元,主要是基本支出增加…;项目支出增加…': a 支出 stated in a
 * passage that also states what is carried forward may be its 总计, which 基本 + 项目 do not make.
 */
function carriedForwardBeside(head: AmountToken, amounts: readonly AmountToken[]): boolean {
  return head.subject.core === 'expense' && amounts.some((a) => a.para === head.para && a.role === 'value' && CARRIED_FORWARD.test(a.label));
}

/** Whether a sentence ended on a change: its last figure a change amount or a rate. */
function endedOnChange(amounts: readonly AmountToken[], percents: readonly PercentToken[]): boolean {
  const a = amounts.at(-1);
  const p = percents.at(-1);
  const last = p && (!a || (p.para === a.para && p.sentence === a.sentence && p.start > a.start)) ? p : a;
  return !!last && (last.role === 'change' || last.role === 'rate');
}
/** An opener that says what a change came mainly of. */
const CAUSE_OPENER = /^主要(?:是|为|有)$/;

/** A year written in a change's own words ('比2015年减少'): the comparison is named. */
const YEAR_IN_WORDS = /\d{4}\s*年/;

/** Builds the structure of a whole document from its tokens (passage by passage, in order). */
/**
 * `goesOn(para)`: whether passage `para`'s paragraph goes on in the next passage (Passage.goesOn: a PDF line that
 * happened to end on a 。 ended the passage).
 */
export function readStructure(tokens: readonly Token[], passageTexts: readonly string[], family: Family, goesOn: (para: number) => boolean = () => false): TextStructure {
  const amounts: AmountToken[] = [];
  const percents: PercentToken[] = [];
  const lists: SumList[] = [];
  const shares: ShareLink[] = [];
  const changes: ChangeLink[] = [];
  const completions: CompletionLink[] = [];
  const statements: StatementLink[] = [];
  const parentOf = new Map<AmountToken, SumList>();
  /** Parts that are the figure of a numbered item of their own ('1.上级补助收入11.43亿元…'): a 其中 in that item breaks them down. */
  const numberedItems = new Set<AmountToken>();
  /** The open lists, innermost last. Walked from the top by index: a walk closes only the list it is at. */
  const stack: OpenList[] = [];

  let sentenceAmounts: AmountToken[] = [];
  /** The figures of the last sentence with figures of the passage before. */
  let previousPassage: { para: number; amounts: AmountToken[] } = { para: -1, amounts: [] };
  /** The first passage of the paragraph being read: passages a PDF line cut at a 。 are one paragraph (Passage.goesOn). */
  let paragraphStart = 0;
  /** Figures compared with ("比上年…433万元"), in this sentence: the prior of the change that follows. */
  let sentenceBases: AmountToken[] = [];
  let prevSentenceAmounts: AmountToken[] = [];
  let sentencePercents: PercentToken[] = [];
  let prevSentencePercents: PercentToken[] = [];
  let lastChange: ChangeLink | undefined;
  /** Figures before a ； in this sentence cannot head a breakdown opened after it… */
  let headFloor = 0;
  /** …unless the breakdown opens right at the ； ('…合计597.52万元,增加39.42万元,增加7.06%;其中:…'): where it ended. */
  let semicolonAt = { para: -1, end: -1 };
  /** Where the current sentence starts: the end of the last sentence's mark (a passage's start is its own para at 0). */
  let sentenceStartAt = { para: -1, end: 0 };
  let commasSinceAmount = 0;

  const close = (ol: OpenList) => {
    const i = stack.indexOf(ol);
    if (i >= 0) stack.splice(i, 1);
    const l = ol.list;
    if (ol.afterSeveral && l.head) l.head = balancedHeadOf(ol, l.head);
    if (l.head) setHead(l, changeBrokenDownInBracket(ol, l.head, passageTexts));
    const carried = !!l.head && carriedForwardBeside(l.head, amounts);
    if (l.head?.subject.core) l.covers = coversDecomposition(l.head.subject.core, partCores(l.parts)) && !carried;
    if (!l.covers && !carried && endsWithTheRest(l.parts)) l.covers = true;
    if (l.parts.length > 0) lists.push(l);
  };

  const discard = (ol: OpenList) => {
    stack.splice(stack.indexOf(ol), 1);
    for (const p of ol.list.parts) if (parentOf.get(p) === ol.list) parentOf.delete(p);
  };

  /** A list whose head cannot be told: it takes parts as one with none. */
  const headless = (ol: OpenList) => {
    delete ol.list.head;
    ol.candidates = {};
    ol.membersOnly = false;
  };

  /** The head a first part `a` gives the list: of its kind, and of its measure when one candidate is. */
  const headFor = (ol: OpenList, a: AmountToken): AmountToken | undefined => {
    if (a.role === 'change') return ol.candidates.change;
    return ol.candidates.values?.find((h) => sameMeasure(h.measure, a.measure, family)) ?? ol.candidates.value;
  };

  const addPart = (ol: OpenList, a: AmountToken) => {
    if (ol.list.parts.length === 0 && ol.ofChanges === undefined) {
      ol.ofChanges = a.role === 'change';
      const head = headFor(ol, a);
      if (head) ol.list.head = head;
      else delete ol.list.head;
    }
    ol.list.parts.push(a);
    parentOf.set(a, ol.list);
    ol.idle = 0;
    ol.awaiting = false;
    // '一般公共预算 225.47万元' in a breakdown of 收入: the head says what it is.
    const head = ol.list.head;
    if (!a.subject.id && a.subject.fundOnly && head?.subject.core) {
      const core: Core = head.subject.core;
      a.subject.core = core;
      a.subject.id = coreId(core, a.subject.fund);
    }
  };

  /** `a` is the first figure of a passage headed by its own name ('事业收入:…事业收入预算35957.91万元'). */
  const headedByItsName = (a: AmountToken): boolean => {
    if (amounts.at(-2)?.para === a.para) return false;
    const heading = NAMED_HEADING.exec(passageTexts[a.para] ?? '');
    return !!heading && subjectOf(heading[1]).core === a.subject.core;
  };

  /** Whether figure `a` continues the open list `ol` (it is not in the opener's sentence). */
  const continues = (ol: OpenList, a: AmountToken): boolean => {
    if (ol.awaiting) return true;
    if (numberedNext(ol.list.parts.at(-1), a)) return true;
    const head = ol.list.head;
    if (!head?.subject.core || !a.subject.core) return false;
    // A source of a 收入 goes on with its list in a passage headed by its name ('…部门预算收入为68158.05万元,其中:' then
    // '公共预算拨款:…', '事业收入:…', '其他收入:…'), not in any sentence after it ('收入总计300万元,其中年初结转和结余68.76万元。
    // 本年收入的具体构成为:财政拨款收入…' is another whole). A 上年结转 after them may stand beside a 本年收入, not in it.
    const source = sourceOfIncome(head.subject, a.subject) && a.subject.core !== 'carryover' && headedByItsName(a);
    if (!memberOf(head.subject.core, a.subject.core) && !source) return false;
    return !ol.list.parts.some((p) => p.subject.core === a.subject.core);
  };

  const endSentence = () => {
    for (let i = stack.length - 1; i >= 0; i--) {
      const ol = stack[i];
      const l = ol.list;
      if (ol.enumeration) continue;
      // "…其中：" ends its sentence: the parts are in the next sentence, or there are none.
      if (ol.awaiting) {
        if (++ol.idle > 2) close(ol);
        continue;
      }
      // Numbered items with their total after them ('包括：1.A…。2.B…。合计…'): the next item or the total may follow.
      const totalMayFollow = !l.head && l.parts.length > 0 && markerOf(l.parts[l.parts.length - 1].label) !== undefined;
      if ((!l.head && !totalMayFollow) || l.parts.length === 0 || (l.head && isBalanced(l.head, l.parts))) {
        close(ol);
        continue;
      }
      ol.idle++;
      if (ol.idle > 3) close(ol);
    }
    prevSentenceAmounts = sentenceAmounts.length > 0 ? sentenceAmounts : prevSentenceAmounts;
    sentenceAmounts = [];
    sentenceBases = [];
    prevSentencePercents = sentencePercents.length > 0 ? sentencePercents : prevSentencePercents;
    sentencePercents = [];
    lastChange = undefined;
    headFloor = 0;
  };

  /**
   * '2025年“三公”经费预算510.12万元。' and then its kinds, one a sentence or numbered ('1.因公出国（境）费…'),
   * with no 其中: a known whole ending its sentence (its own changes may follow it) is broken down by the
   * figures after it only while each is one of its kinds, and completely only when all its kinds are there.
   */
  const openByKinds = (end: Token, ended: readonly AmountToken[]) => {
    if (stack.length > 0) return;
    const head = findLast(ended, (a) => a.role === 'value' && eligible(a));
    if (!head?.subject.core || !DECOMPOSITIONS[head.subject.core] || parentOf.has(head)) return;
    if (ended.some((a) => a.start > head.start && a.role === 'value') || lists.some((l) => l.head === head)) return;
    const opener: OpenerToken = { type: 'opener', para: end.para, start: end.end, end: end.end, depth: head.depth, sentence: head.sentence, word: '', kind: 'partial', enumeration: false, atSentenceEnd: true };
    const list: SumList = { opener, kind: 'partial', parts: [], etc: false, covers: false, head };
    stack.push({ list, depth: head.depth, idle: 0, awaiting: true, membersOnly: true, byKinds: true, ofChanges: false, candidates: { value: head, values: [head] } });
  };

  const readAmount = (t: AmountToken) => {
    amounts.push(t);
    if (t.role === 'base' && !t.inReason) sentenceBases.push(t);
    if (!eligible(t)) return;
    const isChange = t.role === 'change';
    // The first figure of a numbered paragraph is a part of the list enumerating them.
    for (let i = stack.length - 1; i >= 0; i--) {
      const ol = stack[i];
      if (totalAfterParts(ol, t)) {
        ol.list.head = t;
        close(ol);
        break;
      }
      if (nextSiblingOfHead(ol, t, passageTexts)) {
        close(ol);
        continue;
      }
      if (ol.depth !== t.depth || (ol.ofChanges !== undefined && ol.ofChanges !== isChange)) continue;
      if (ol.ofChanges === undefined && !(isChange ? ol.candidates.change : ol.candidates.value) && (ol.candidates.change ?? ol.candidates.value)) continue;
      // A part is of the head's measure: under a 决算数, the 年初预算 of an item is not a part. A part
      // whose words name no measure takes the one its head names ("支出预算90万元，其中：基本支出50万元").
      const head = ol.list.head ?? headFor(ol, t);
      if (head && !sameMeasure(head.measure, t.measure, family) && !(t.measure === undefined && head.measure !== undefined)) continue;
      // A change is a part only of a change against the same thing: under '较年初预算数减少0.04万元', an item's
      // '较上年减少2.90万元' is its change on the year, not a part of the change on the budget.
      if (head?.role === 'change' && isChange && !sameBase(head.base, t.base)) continue;
      // '…收入42100万元,完成预算49531万元的85.0%': the budget of a completion rate is of another measure than a head whose words
      // name none, though a 预算 document takes that head for a budget too.
      if (head && (head.measure === undefined || t.measure === undefined) && COMPLETION_BASE_LABEL.test(t.label)) continue;
      // Nor is a figure stated for another year ("其中：公务接待费2016年预算8万元，2015年预算12.5万元" under the
      // 2015 total) — a year inside an item's name ("下达2024年中央…专项资金293万元") does not make it one.
      if (head && head.year !== t.year && YEAR_BEFORE_FIGURE.test(t.label)) continue;
      if (ol.membersOnly && !(head?.subject.core && t.subject.core && memberOf(head.subject.core, t.subject.core))) {
        if (ol.byKinds || ol.list.parts.length > 0) {
          // Every kind already there ('支出总数…' then '基本支出…' '专项项目…' then '政府采购预算0元'): the list is whole before it.
          if (ol.byKinds && head?.subject.core && coversDecomposition(head.subject.core, partCores(ol.list.parts))) close(ol);
          else discard(ol);
          continue;
        }
        // A '其中:' is a breakdown whatever it breaks down: with no part taken, it stays open with no head, so a list
        // inside it still ends where it would in one passage ('财政拨款收入751.8万元,包括…751.8万元;其他收入…').
        headless(ol);
      }
      if (ol.enumeration) {
        // "…公务接待费0万元。具体情况如下：1、因公出国…" lists the “三公” items, not parts of 公务接待费; "收入预算3814.61万元,
        // 其中:" then "1、财政拨款…" "2、专户管理的事业收入…" "3、单位资金收入…" lists kinds of the 收入.
        if (!ol.enumeration.tookPart && head?.subject.core && t.subject.core && !kindOf(head.subject, t.subject)) {
          close(ol);
          continue;
        }
        if (!ol.enumeration.tookPart) {
          ol.enumeration.tookPart = true;
          addPart(ol, t);
          numberedItems.add(t);
        }
        break;
      }
      if (breaksDownNumberedPart(ol, t, passageTexts)) break;
      const sameSentence = ol.idle === 0 && !ol.awaiting && ol.list.opener.sentence === t.sentence;
      // 公用经费 after "人员经费…，主要包括：…" is the next part of 基本支出, not a part of 人员经费.
      const sibling = siblings(head?.subject.core, t.subject.core);
      if (!sibling && !otherSidesWhole(head, t) && (sameSentence || ol.list.parts.some((p) => p.sentence === t.sentence) || continues(ol, t))) {
        addPart(ol, t);
        break;
      }
      // Not a part of this list: it is over; the figure may still continue an outer one.
      close(ol);
    }
    if (isChange) {
      // '由年初预算X万元调整为Y万元,调增Z万元': Z is Y − X.
      const adjusted = sentenceAmounts.at(-1);
      const adjustment = adjusted?.adjustedFrom && t.base === adjusted.adjustedFrom.base ? adjusted : undefined;
      // '由上年X增至Y,增加Z': the change of the new level read at Y.
      const level = adjustment?.levelWay ? findLast(changes, (c) => c.current === adjustment && !c.change && !c.rate) : undefined;
      if (level) {
        level.change = t;
        lastChange = level;
        sentenceAmounts.push(t);
        commasSinceAmount = 0;
        return;
      }
      const nearest = adjustment ?? findLast(sentenceAmounts, (a) => isItemValueOf(a, t));
      // A budget adjusted from is the base of its adjustment's change only, not of a change on another period ('比上年增加').
      const stated =
        adjustment?.adjustedFrom ?? findLast(sentenceBases, (a) => a.end <= t.start && a.depth === t.depth && sameSubject(a, t) && !sentenceAmounts.some((v) => v.adjustedFrom === a));
      const years = stated ? undefined : yearPairBefore(sentenceAmounts, t, nearest);
      const current = years?.current ?? nearest;
      const prior = years?.prior ?? stated;
      // When the other parts state changes of their own, this one is the last part's too.
      const breakdown = current && t.inherited ? parentOf.get(current) : undefined;
      const partsChange = !!breakdown && changes.some((c) => c.current !== undefined && c.current !== current && breakdown.parts.includes(c.current));
      const endsBreakdown = breakdown?.head?.role === 'value' && !partsChange && breakdown.parts.at(-1) === current;
      const orTotal = endsBreakdown && isBalanced(breakdown.head!, breakdown.parts) ? breakdown.head : undefined;
      const orWhole = endsBreakdown && !orTotal && breakdown.parts.length === 1 ? breakdown.head : undefined;
      const nearestOfSeveral = !!current && t.inherited && sentenceAmounts.some((a) => a !== current && otherFigureOfClause(a, current, t, passageTexts));
      const rateFirst = lastChange && !prior && !nearestOfSeveral && sentenceAmounts.at(-1) === current ? rateAwaitingAmount(lastChange, t) : undefined;
      if (rateFirst) {
        rateFirst.change = t;
        sentenceAmounts.push(t);
        commasSinceAmount = 0;
        return;
      }
      lastChange = {
        change: t,
        ...(current ? { current } : {}),
        ...(prior ? { prior } : {}),
        ...(orTotal ? { orTotal } : {}),
        ...(orWhole ? { orWhole } : {}),
        ...(nearestOfSeveral ? { nearestOfSeveral: true as const } : {}),
      };
      changes.push(lastChange);
    } else if (t.levelWay && t.adjustedFrom) {
      // '由上年X增至Y': the words' way between two figures, and the link a change or rate after it joins.
      lastChange = { current: t, prior: t.adjustedFrom };
      changes.push(lastChange);
    } else if (t.adjustedFrom) {
      // '年初预算为X万元,增加Z万元,调整为Y万元': the change stated before the figure the budget came to is Y − X.
      const first = findLast(changes, (c) => c.change !== undefined && c.current === undefined && c.prior === t.adjustedFrom);
      if (first) first.current = t;
    }
    sentenceAmounts.push(t);
    commasSinceAmount = 0;
  };

  const readPercent = (t: PercentToken) => {
    percents.push(t);
    sentencePercents.push(t);
    if (t.inReason) return;
    const lastValue = findLast(sentenceAmounts, (a) => a.role === 'value' && a.depth === t.depth && !a.inReason && !COMPLETION_BASE_LABEL.test(a.label));
    if (t.role === 'share') {
      let owner = bracketedShareOwner(sentenceAmounts, t, passageTexts) ?? lastValue;
      if (owner && sharesAnother(t, owner)) {
        owner = figureNamedBySharer(
          sentenceAmounts.filter((a) => a.role === 'value' && a.depth === t.depth && !a.inReason && a !== owner),
          t,
        );
      }
      if (owner && !sharesAnother(t, owner)) shares.push({ percent: t, amount: owner, list: parentOf.get(owner) });
    } else if (t.role === 'completion') {
      const actual = findLast(sentenceAmounts, (a) => a.role === 'value' && !a.inReason && measureOrDefault(a.measure, family) === 'final');
      completions.push({ percent: t, ...(actual ? { actual } : {}) });
    } else if (t.role === 'rate') {
      const link = changeOutsideBracket(changes, lastChange, t);
      if (link && !link.rate && (!t.base || restatesBase(link, t)) && !anotherItemSince(sentenceAmounts, link, t) && !adjustmentThenOtherRate(link, t)) {
        link.rate = t;
        if (onAdjustedBasis(t, link.change)) link.rateOnAdjustedBasis = true;
      } else {
        // '下降133.1%和43.7%': a rate joined to the one before names no figure of its own (respective.ts may pair it).
        const joined = ONLY_JOINING_WORDS.test(t.label);
        // '培训费2023年预算2万元,较2022年预算1.50万元增长75%': the base printed between the figure and its rate is the rate's.
        const owner = lastValue && !joined ? lastValue : undefined;
        const prior = owner ? findLast(sentenceBases, (a) => a.start > owner.end && a.end <= t.start && a.depth === t.depth && sameSubject(a, owner)) : undefined;
        lastChange = { rate: t, ...(owner ? { current: owner } : {}), ...(prior ? { prior } : {}), ...(onAdjustedBasis(t, owner) ? { rateOnAdjustedBasis: true as const } : {}) };
        changes.push(lastChange);
      }
    }
  };

  const readStatement = (t: StatementToken) => {
    const about = findLast(sentenceAmounts, (a) => a.role === 'value' && !a.inReason);
    const completion = findLast(sentencePercents.length > 0 ? sentencePercents : prevSentencePercents, (p) => p.role === 'completion');
    // '与上年100万元持平', '与上年100万元相比，持平': the base printed right before the statement, of the figure it speaks of.
    const base = sentenceBases.at(-1);
    const prior = about && base && base.start > about.start && base.end <= t.start && sameSubject(base, about) ? base : undefined;
    const compared = t.kind === 'final-vs-budget' && !completion ? finalAndBudget(sentenceAmounts.length > 0 ? sentenceAmounts : prevSentenceAmounts, family) : undefined;
    statements.push({ statement: t, ...(about ? { about } : {}), ...(prior ? { prior } : {}), ...(completion ? { completion } : {}), ...(compared ? { compared } : {}) });
  };

  /**
   * The one figure of the passage before the run of classification items that passage `para` belongs to that is no part of
   * a breakdown — that passage may hold the first classification too ('…支出预算581.72万元,…其中:按支出项目类别:基本支出
   * 581.72万元,包括:人员经费…', then '按支出功能分类科目:…', '按支出经济分类科目:…').
   */
  const classifiedWhole = (para: number): AmountToken | undefined => {
    let k = para - 1;
    while (k >= 0 && CLASSIFIED_ITEM.test(passageTexts[k])) k--;
    if (k < 0) return undefined;
    // The whole paragraph that passage is the end of: a PDF line that ended on a 。 cut it ('…支出总预算1157.55万元,基本支出
    // 预算709.55万元,…。' / '项目支出预算448万元,…'), and the one figure must be the paragraph's.
    let first = k;
    while (first > 0 && goesOn(first - 1)) first--;
    const wholes = amounts.filter((a) => a.para >= first && a.para <= k && a.role === 'value' && !a.inReason && !parentOf.has(a));
    if (wholes.length !== 1) return undefined;
    // A known part beside its sibling or its whole in the passage before may be the end of that paragraph, cut at a 。 by a
    // copy's line not known to be full ('2023年部门支出总预算1157.55万元,基本支出预算709.55万元,…。' / '项目支出预算448万元,…'):
    // which figure is the whole is not told.
    const core = wholes[0].subject.core;
    const before = (a: AmountToken) => a.para === first - 1 && a.role === 'value' && !!a.subject.core && (siblings(a.subject.core, core) || !!memberOf(a.subject.core, core));
    if (core && amounts.some(before)) return undefined;
    return wholes[0];
  };

  const readOpener = (t: OpenerToken) => {
    // '…70.00万元。其中：' — the opener says what follows: a list opened by the kinds of that figure gives way.
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i].byKinds && stack[i].list.parts.length === 0) discard(stack[i]);
    let head: AmountToken | undefined;
    let membersOnly = false;
    const candidates: OpenList['candidates'] = {};
    // The words of the opener's sentence before it (sentenceWordsBefore), read once; only an opener without a head subject asks for them.
    let opening = '';
    if (t.headSubject) {
      head = findLast(amounts, (a) => a.role === 'value' && !a.inReason && a.subject.id === t.headSubject!.id && (!t.headMeasure || sameMeasure(a.measure, t.headMeasure, family)));
    } else {
      // The head is the last figure before the opener at the opener's depth or shallower, in this
      // sentence — or, for an opener that starts a sentence, the previous sentence's last figure.
      // A figure of the previous sentence heads an opener that starts a sentence only when it is not
      // itself a listed part, and fits the words before the opener ("支出包括：" — an expense total).
      const fresh = sentenceAmounts.length > 0;
      opening = sentenceWordsBefore(passageTexts[t.para], t);
      const words = openerWords(opening);
      const named = words !== '';
      let earlier = named ? amounts.filter((a) => a.para === t.para) : prevSentenceAmounts.filter((a) => a.para >= paragraphStart);
      // "主要变动原因如下：" alone in its passage (the line before ended a sentence): the figure before it
      // heads it only if every item proves to be a known part of it (工资福利 of 基本支出).
      if (!fresh && !named && t.atSentenceEnd && !amounts.some((a) => a.para === t.para) && previousPassage.para === t.para - 1) {
        earlier = previousPassage.amounts;
        membersOnly = earlier.length > 0;
      }
      // '(一)用于群众体育支出205.875万元,占总数的74.17%。' then '其中:用于援建公共体育场地和设施145.945万元;…': a 其中 opening its
      // passage, after a passage that ended a sentence on its one figure, breaks down that figure as it would in one passage.
      if (!fresh && !named && earlier.length === 0 && OF_WHICH_START.test(t.word) && previousPassage.para === t.para - 1 && !/\S/.test(passageTexts[t.para].slice(0, t.start))) {
        const values = previousPassage.amounts.filter((a) => a.role === 'value' && !a.inReason);
        if (values.length === 1) earlier = values;
      }
      const atSemicolon = headFloor === sentenceAmounts.length && semicolonAt.para === t.para && !/\S/.test(passageTexts[t.para].slice(semicolonAt.end, t.start));
      // A listed part may head it only standing alone in its sentence ('事业收入:…事业收入预算35957.91万元。其中纳入…'): after
      // several parts ('其中：A 10万元，B 20万元。其中：…') which one is broken down cannot be told; or as a numbered item's
      // own figure, in its own passage ('1.上级补助收入11.43亿元。其中返还性收入…').
      const alonePart = (a: AmountToken) => earlier.length === 1 && parentOf.get(a)?.opener.sentence !== a.sentence;
      const itemHead = (a: AmountToken) => numberedItems.has(a) && a.para === t.para;
      const pool = fresh ? sentenceAmounts.slice(atSemicolon ? 0 : headFloor) : earlier.filter((a) => (!parentOf.has(a) || alonePart(a) || itemHead(a)) && fitsOpenerWords(a, words));
      // Words after the figure ("…5834万元,较上年下降2.3%,主要是…,…。其中：") may be what the list is
      // about: a sentence's 其中 takes the figure before them only if every item is its known part, and
      // not when those words hold figures of their own (a reason's items may be what it lists).
      const wordy = commasSinceAmount > 2;
      const opensSentence = !fresh && !named;
      const headsAfterWords = opensSentence && OF_WHICH_START.test(t.word) && !prevSentenceAmounts.some((a) => a.inReason);
      let heads = wordy && !headsAfterWords ? [] : headsFrom(pool, t.depth);
      // …and only a known total, as the last figure before the words, can head it.
      if (wordy && !(heads[0]?.role === 'value' && heads[0].subject.core)) heads = [];
      if (wordy && heads.length > 0) membersOnly = true;
      // '…较采购计划节约资金1.44亿元。从结构上看,全市货物、工程、服务政府采购规模分别为14.71亿元、…': 分别为 gives the
      // figures of the items named before it in its own sentence. With no figure before it there, a figure of the
      // sentence before heads it only when the items named are its kinds: its known parts ('基本支出、项目支出分别为…'),
      // or kinds of its own name ('…政府采购规模为1.32亿元。其中,货物、工程、服务政府采购规模分别为…').
      if (!fresh && RESPECTIVELY.test(t.word) && heads[0] && !itemsNamedAreKindsOf(heads[0], passageTexts[t.para], t)) heads = [];
      // '…比上年预算减15600元,同比下降19.60%。主要是2018年…支出49865元与上年比减少30431元': a 主要是 opening the sentence after a
      // change gives that change's cause — it may list the change's parts, not the parts of the figure before it.
      if (opensSentence && CAUSE_OPENER.test(t.word) && endedOnChange(prevSentenceAmounts, prevSentencePercents)) heads = heads.filter((a) => a.role === 'change');
      // '…城市维护建设支出1450万元。置换出来的年初预算资金用于“保工资”,落实全区干部职工待遇,其中…': clauses opening the 其中's
      // own sentence that do not name the figure before it say what the 其中 breaks down — something whose amount is not printed.
      if (!fresh && heads.length > 0 && OF_WHICH_START.test(t.word)) {
        if (heads.every((h) => speaksOfAnother(opening, h))) heads = [];
      }
      // '…2015年支出预算112.18 万元。' then '1.按支出功能分类,包括…' and '2.按支出用途分类,包括…': numbered items that each
      // break down, by one classification, the one figure of the passage before them — also when a copy's line ended that
      // passage on its 。 (Passage.goesOn), and its last sentence's figures are still at hand.
      if (heads.length === 0 && !fresh && earlier.every((a) => a.para < t.para) && CLASSIFIED_ITEM.test(passageTexts[t.para])) {
        const whole = classifiedWhole(t.para);
        if (whole) heads = [whole];
      }
      head = heads[0];
      const value = heads.find((a) => a.role === 'value');
      const change = heads.find((a) => a.role === 'change');
      if (value) candidates.value = value;
      if (change) candidates.change = change;
      candidates.values = valuesOf(heads);
    }
    if (head && !candidates.value && !candidates.change) candidates[head.role === 'change' ? 'change' : 'value'] = head;
    // Built by assignment, not by spreading optional parts: an object literal with spreads is copied
    // on a slow path at every opener.
    const list: SumList = { opener: t, kind: t.kind, parts: [], etc: false, covers: false };
    if (head) list.head = head;
    const ol: OpenList = { list, depth: t.depth, idle: 0, awaiting: t.atSentenceEnd, candidates };
    if (t.headSubject || t.enumeration) ol.ofChanges = head?.role === 'change';
    if (t.enumeration) ol.enumeration = { tookPart: true };
    if (membersOnly) ol.membersOnly = membersOnly;
    if (!t.headSubject && sentenceAmounts.length === 0 && (candidates.values?.length ?? 0) > 1) {
      ol.afterSeveral = true;
      ol.openingWords = opening;
    }
    // A numbered list after "如下" belongs to a head only when its items are that head's known parts.
    if (t.enumeration && !head?.subject.core) return;
    stack.push(ol);
  };

  /** A ；(a comma is counted where the walk meets it). */
  const readSeparator = (t: MarkToken) => {
    if (t.char === ';') {
      headFloor = sentenceAmounts.length;
      semicolonAt = { para: t.para, end: t.end };
      // "主要包括：基本工资、津贴补贴；" listed words, not figures: it is over at the ；. A nil item
      // ("其中：一是因公出国（境）费为0；二是…") is a part without a figure: the list goes on.
      for (let i = stack.length - 1; i >= 0; i--) {
        const ol = stack[i];
        const o = ol.list.opener;
        if (ol.list.parts.length === 0 && !ol.awaiting && !ol.enumeration && o.sentence === t.sentence && o.para === t.para && !NIL_ITEM.test(passageTexts[t.para]?.slice(o.end, t.start) ?? '')) close(ol);
      }
      for (let i = stack.length - 1; i >= 0; i--) {
        const ol = stack[i];
        const l = ol.list;
        // At a ； an exact sum closes a list. One within the rounding allowance closes it only when it
        // is nested in another list of its kind (the next figure is then the outer list's): alone, a
        // small part may still follow.
        const gap = l.head ? signedFen(l.head) - l.parts.reduce((s, p) => s + signedFen(p), 0) : 0;
        const exact = l.head && l.parts.length > 0 && Math.abs(gap) <= halfUnitOf(l.head);
        const nested = stack.some((o) => o !== ol && stack.indexOf(o) < stack.indexOf(ol) && o.depth === ol.depth && o.ofChanges === ol.ofChanges);
        // Inside another list, a breakdown that has reached its head is over at the ；, even with a single
        // part ("财政拨款收入751.8万元，包括一般公共预算收入751.8万元；") or past it (a slip, reported as it
        // stands): alone, a small part may still follow.
        const whole = exact && (l.parts.length > 1 || nested);
        const past = !!l.head && nested && l.parts.length > 0 && -Math.sign(signedFen(l.head)) * gap > halfUnitOf(l.head);
        if (!ol.enumeration && l.head && (whole || past || (nested && l.parts.length > 1 && isBalanced(l.head, l.parts)))) close(ol);
        else break;
      }
    }
  };

  const endPassage = (t: MarkToken) => {
    const ended = sentenceAmounts;
    sentenceStartAt = { para: t.para + 1, end: 0 };
    markEtc(stack, t.para, passageTexts[t.para], t.start);
    // A passage whose paragraph goes on (Passage.goesOn) ended on its 。, which ended the sentence: its end is no second
    // sentence end, so an open list counts the sentences it waits as it would in one passage.
    if (!goesOn(t.para)) endSentence();
    openByKinds(t, ended);
    const next = passageTexts[t.para + 1];
    // Only the open lists ask the next passage's marker: with none open (most passages' ends) it is not read.
    const marker = next === undefined || stack.length === 0 ? undefined : markerOf(next);
    const style = marker?.style;
    for (let i = stack.length - 1; i >= 0; i--) {
      const ol = stack[i];
      if (next === undefined) {
        close(ol);
        continue;
      }
      if (ol.awaiting && style && !ol.enumeration) ol.enumeration = { style, tookPart: false };
      const en = ol.enumeration;
      if (en) {
        // A numbered item with no figure of its own ("（一）按支出功能分类科目划分。") makes the list one of
        // headings, not of amounts: it breaks nothing down.
        if (en.n !== undefined && !en.tookPart) {
          discard(ol);
          continue;
        }
        if (en.style === undefined && style) en.style = style;
        // A passage with no marker inside a numbered list goes on with the item before it (a PDF
        // line that ends a sentence ends the passage, not the item); the next item has the next number.
        if (!marker && en.style !== undefined && en.n !== undefined && !HEADING_START.test(next)) {
          // An unnumbered passage that opens a 科目 of its own is an item the numbers skip (numbered per
          // 类, say): the numbers do not mark the items, so the list cannot be read.
          if (opensClassItem(next)) discard(ol);
          continue;
        }
        if (!marker || marker.style !== en.style || (en.n !== undefined && marker.n !== en.n + 1)) close(ol);
        else {
          en.tookPart = false;
          en.n = marker.n;
        }
        continue;
      }
      // A heading between: whatever was open is over.
      if (HEADING_START.test(next) && !WAN_OR_YUAN_AMOUNT.test(next)) close(ol);
    }
    previousPassage = { para: t.para, amounts: prevSentenceAmounts };
    // A paragraph that goes on in the next passage (Passage.goesOn) keeps its last sentence's figures for a 其中 opening it.
    if (goesOn(t.para)) return;
    paragraphStart = t.para + 1;
    prevSentenceAmounts = [];
    prevSentencePercents = [];
  };

  const readSentenceEnd = (t: MarkToken) => {
    const ended = sentenceAmounts;
    const figureless = ended.length === 0 && sentencePercents.length === 0;
    markEtc(stack, t.para, passageTexts[t.para], t.start);
    endSentence();
    // '…经费366.50万元。…20多个部门因公出国经费超过1000万元。其中,…': a sentence with numbers of its own but no figure
    // read (a bound, a count) is what a 其中 after it breaks down — not the figure of the sentence before it.
    if (figureless && t.para === sentenceStartAt.para && OWN_NUMBER.test(passageTexts[t.para].slice(sentenceStartAt.end, t.start))) prevSentenceAmounts = [];
    sentenceStartAt = { para: t.para, end: t.end };
    openByKinds(t, ended);
  };

  /**
   * The walk over the tokens, a closure of its own: its loop is hot in the first document and is
   * compiled on the stack (OSR). Inside readStructure, that compile took in all of readStructure's
   * body with it — the closures' creation, the respective pairing after the walk — and cost the cold
   * run more than it saved.
   */
  const readTokens = () => {
    for (let ti = 0; ti < tokens.length; ti++) {
      const t = tokens[ti];
      switch (t.type) {
        case 'amount':
          readAmount(t);
          break;
        case 'percent':
          readPercent(t);
          break;
        case 'statement':
          readStatement(t);
          break;
        case 'opener':
          readOpener(t);
          break;
        case 'sep':
          // Most separators are commas: counted here, not by a call each.
          if (t.char === ',') commasSinceAmount++;
          else if (t.char === ';') readSeparator(t);
          break;
        case 'paren-close': {
          for (let i = stack.length - 1; i >= 0; i--) if (stack[i].depth > t.depth) close(stack[i]);
          break;
        }
        case 'sentence-end':
          readSentenceEnd(t);
          break;
        case 'para-end':
          endPassage(t);
          break;
      }
    }
  };

  readTokens();
  for (let i = stack.length - 1; i >= 0; i--) close(stack[i]);
  // The changes paired respectively are restated as their items' (new tokens): each stands in the amounts in
  // place of the token read, so the checks see one token for one figure.
  const respective = pairRespectiveChanges(changes, amounts, percents, parentOf);
  const restated = respective.restated.size === 0 ? amounts : amounts.map((a) => respective.restated.get(a) ?? a);
  return {
    amounts: restated,
    percents,
    lists,
    shares: pairRespectiveShares(shares, amounts, percents, parentOf),
    changes: respective.changes,
    completions,
    statements,
    parentOf,
  };
}

// The two lists below are gathered by loops, not by `filter`: the builtin's result and that of a
// `filter` TurboFan inlines differ in elements kind, and the optimised opener reader was thrown away
// at the other one.

/** The figures of `pool` that can head a breakdown opened at `depth`, nearest first. */
export function headsFrom(pool: readonly AmountToken[], depth: number): AmountToken[] {
  const heads: AmountToken[] = [];
  for (let i = pool.length - 1; i >= 0; i--) {
    const a = pool[i];
    if (a.depth <= depth && eligible(a) && !COMPLETION_BASE_LABEL.test(a.label)) heads.push(a);
  }
  return heads;
}

/** The subjects' cores of a list's parts, in order. */
export function partCores(parts: readonly AmountToken[]): (Core | undefined)[] {
  const cores: (Core | undefined)[] = [];
  for (let i = 0; i < parts.length; i++) cores.push(parts[i].subject.core);
  return cores;
}

/** The values among `heads`, in order. */
export function valuesOf(heads: readonly AmountToken[]): AmountToken[] {
  const values: AmountToken[] = [];
  for (let i = 0; i < heads.length; i++) if (heads[i].role === 'value') values.push(heads[i]);
  return values;
}

/** '基本支出20743.20万元（占22.78%）': the figure right before the bracket its share is in. */
function bracketedShareOwner(amounts: readonly AmountToken[], share: PercentToken, passageTexts: readonly string[]): AmountToken | undefined {
  const before = findLast(amounts, (a) => a.role === 'value' && !a.inReason && a.para === share.para && a.end <= share.start);
  if (!before || before.depth !== share.depth - 1) return undefined;
  return SHARE_IN_BRACKET.test(passageTexts[share.para]?.slice(before.end, share.start) ?? '') ? before : undefined;
}

/** The one 决算 and the one budget of a sentence stating those two figures of one subject and nothing else. */
export function finalAndBudget(amounts: readonly AmountToken[], family: Family): StatementLink['compared'] {
  const values = amounts.filter((a) => a.role === 'value' && !a.inReason);
  if (values.length !== 2 || !sameSubject(values[0], values[1]) || values[0].year !== values[1].year) return undefined;
  const actual = values.find((a) => measureOrDefault(a.measure, family) === 'final');
  const budget = values.find((a) => a.measure !== undefined && budgetLike(a.measure));
  return actual && budget ? { actual, budget } : undefined;
}

/** A figure of another subject in the clause of `change` (a '；' ends a clause) before `current`. */
export function otherFigureOfClause(a: AmountToken, current: AmountToken, change: AmountToken, passageTexts: readonly string[]): boolean {
  if (a.role !== 'value' || a.inReason || a.depth !== change.depth || a.subject === current.subject || a.para !== change.para) return false;
  return !/[;；]/.test(passageTexts[a.para]?.slice(a.end, change.start) ?? '');
}

/** A passage that starts by naming a 科目 down to its 项: "“一般公共服务（类）统计信息事务（款）统计管理（项）”3.39 万元". */
function opensClassItem(text: string): boolean {
  const head = ITEM_LEVEL_HEAD.exec(text.trim());
  return head !== null && classPathOf(head[0]) !== undefined;
}

/**
 * Whether the items the clause before an opener names are kinds of `head`: the clause ends in the head's own name
 * ('货物、工程、服务政府采购规模' under '全市政府采购规模'), or every item (joined by 、 / 和 / 及 / 与) is a known kind of
 * the head's total ('基本支出、项目支出' under 支出).
 */
function itemsNamedAreKindsOf(head: AmountToken, text: string | undefined, opener: OpenerToken): boolean {
  if (!text) return false;
  const clause = (text.slice(0, opener.start).split(/[。;；,，:：]/).pop() ?? '').trim();
  const headName = head.label.replace(/[为是:：\s]+$/, '');
  if (commonEnding(clause, headName) >= 2) return true;
  const whole = head.subject.core;
  const items = clause.split(/、|和|及|与/).filter((w) => w.trim() !== '');
  return !!whole && items.length > 0 && items.every((w) => {
    const core = subjectOf(w).core;
    return core !== undefined && memberOf(whole, core) !== undefined;
  });
}

/** How many characters two words end alike in. */
export function commonEnding(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** The words before a sentence-initial opener: "支出" in "支出包括：". */
function openerWords(words: string): string {
  return INCOME_OR_EXPENSE.test(words) ? words : '';
}

/** Words of several clauses ('…用于“保工资”,落实全区干部职工待遇,') that never name the figure `a`. */
function speaksOfAnother(words: string, a: AmountToken): boolean {
  const name = a.subject.text.replace(LEADING_JOINERS, '');
  return CLAUSE_BREAK.test(words) && name !== '' && !words.includes(name);
}
const CLAUSE_BREAK = /[，,]/;

/** The words of the opener's sentence (or clause after a ；) before it. */
function sentenceWordsBefore(text: string | undefined, opener: OpenerToken): string {
  if (!text) return '';
  const start = Math.max(text.lastIndexOf('。', opener.start - 1), text.lastIndexOf(';', opener.start - 1), text.lastIndexOf('；', opener.start - 1)) + 1;
  return text.slice(start, opener.start).trim();
}

/** "收入包括：" / "支出包括：": the words before a sentence-initial opener (`words`, openerWords) say which total it breaks down. */
function fitsOpenerWords(a: AmountToken, words: string): boolean {
  const core = a.subject.core;
  if (words === '支出') return core === 'expense' || core === 'income-expense';
  if (words === '收入') return core === 'income' || core === 'income-expense';
  return true;
}

/** Marks the open lists whose last part is followed by 等 before this sentence end. */
function markEtc(stack: OpenList[], para: number, text: string | undefined, pos: number): void {
  if (!text) return;
  for (let i = 0; i < stack.length; i++) {
    const ol = stack[i];
    const last = ol.list.parts[ol.list.parts.length - 1];
    if (!last || last.para !== para) continue;
    const tail = text.slice(last.end, pos);
    if (ETC_IN_CLAUSE.test(tail)) ol.list.etc = true;
  }
}
