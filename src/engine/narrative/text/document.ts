/**
 * A 情况说明 read for checking: its passages, the structure of its claims, what it is (预算 / 决算,
 * the report year), the tables' facts when given, and where the checks put their findings and
 * record which figures they could check.
 */
import type { Finding, Severity } from '../../findings';
import type { Family, Unit } from '../../recognize/types';
import { UNIT_IN_YUAN } from '../../grid/units';
import { formatAmount } from '../../model/money';
import type { FactValue, TableFacts } from '../facts';
import { halfUnitOf } from './figures';
import { cellAt, type Passage } from './join';
import { AMOUNT_OR_PERCENT, AMOUNT_UNIT_END, HEADING_START } from './words';
import { sameMeasure, type TextStructure } from './structure';
import { displayName } from './subjects';
import { standsBetween, type AmountToken, type Measure, type Token } from './tokens';

export type Rule =
  | 'amount'
  | 'sum'
  | 'share'
  | 'change'
  | 'completion'
  | 'direction'
  | 'duplicate'
  | 'placeholder'
  | 'year'
  | 'unit'
  | 'reason'
  | 'missing'
  | 'name'
  | 'empty';

export interface FindingExtra {
  expected?: number;
  actual?: number;
  related?: FactValue[];
  /** Distinguishes findings of one rule on one passage (default: the message). */
  key?: string;
  /** The figure the finding is about: it gets at most one error. */
  about?: Token;
}

export class FindingList {
  readonly items: Finding[] = [];
  private readonly seen = new Set<string>();
  private readonly erred = new Set<Token>();
  constructor(private readonly passages: readonly Passage[]) {}

  add(rule: Rule, severity: Severity, at: { para: number; start: number }, message: string, extra: FindingExtra = {}): void {
    const p = this.passages[at.para];
    const id = `${rule}|${at.para}|${extra.key ?? message}`;
    if (this.seen.has(id)) return;
    if (extra.about && this.erred.has(extra.about)) return;
    this.seen.add(id);
    if (extra.about && severity === 'error') this.erred.add(extra.about);
    this.items.push({
      rule: `narrative/${rule}`,
      kind: 'narrative',
      severity,
      sheet: p.sheet,
      cell: cellAt(p, at.start),
      related: (extra.related ?? []).map((r) => ({ sheet: r.source.sheet, cell: r.source.cell })),
      ...(extra.expected !== undefined ? { expected: extra.expected } : {}),
      ...(extra.actual !== undefined ? { actual: extra.actual } : {}),
      message,
    });
  }

  hasError(t: Token): boolean {
    return this.erred.has(t);
  }
}

export interface Doc {
  passages: Passage[];
  structure: TextStructure;
  family: Family;
  /** The report year (UNKNOWN_YEAR when neither the tables nor the text tell it). */
  reportYear: number;
  /** The year comes from the tables or a title, not from the years the text mentions. */
  yearStated: boolean;
  facts?: TableFacts;
  out: FindingList;
  /** Figures that took part in a check that could run. */
  checked: Set<Token>;
  reasonThreshold: number;
  /**
   * structure.amounts by passage and by subject, each built on first use. Kept on the document, not
   * in a WeakMap by it: a WeakMap's values are strong in young-generation collections, so every
   * document's tokens outlived it until a full collection.
   */
  amountsByPassage?: Map<number, AmountToken[]>;
  /** Each change's figure (figureOfChange), indexed on first use. */
  figureByChange?: Map<AmountToken, AmountToken | undefined>;
  amountsBySubject?: Map<string, AmountToken[]>;
  /** The heads and parts of structure.lists, built on first use (same reason). */
  amountsInLists?: Set<AmountToken>;
  /** Whether the document is a jurisdiction's or a newspaper's report (checks/reasons.ts governmentReport), told on first use. */
  governmentReport?: boolean;
  /** wholeText's join, made on first use. */
  whole?: string;
}

/**
 * The passages' texts joined by line breaks, made once a document. A check for a slip most documents never
 * make runs its pattern once over it, and over the passages one by one only when it matches somewhere:
 * ~90 executions a document become one (each costs ~1,000 instructions unoptimised before it reads a character).
 */
export function wholeText(doc: Doc): string {
  return (doc.whole ??= doc.passages.map((p) => p.text).join('\n'));
}

/**
 * Whether `pattern` (global) finds a match in a document's whole text (wholeText), its lastIndex left at 0. No
 * passage's match is missed there when the pattern has no anchor and no look-around that a line break and the
 * next passage could turn (each caller says why its pattern has none).
 */
export function foundInWhole(pattern: RegExp, whole: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(whole);
  pattern.lastIndex = 0;
  return found;
}

/**
 * The text from the end of `a` to the start of `b`, over the passages between, each begun on a line of its own: what
 * stands between two figures reads the same wherever a copy's lines broke the paragraph into passages ('…217.8亿元,…
 * 增长7.1%。' / '其中:地方财政收入133.6亿元,…提高 5.6个、7.3个百分点;…').
 */
export function textBetween(doc: Doc, a: AmountToken, b: AmountToken): string {
  if (a.para === b.para) return doc.passages[a.para]?.text.slice(a.end, b.start) ?? '';
  let text = doc.passages[a.para]?.text.slice(a.end) ?? '';
  for (let i = a.para + 1; i < b.para; i++) text += `\n${doc.passages[i]?.text ?? ''}`;
  return `${text}\n${doc.passages[b.para]?.text.slice(0, b.start) ?? ''}`;
}

/** The amounts of passage `para`, in order (indexed once a document, so a check per figure stays linear). */
export function amountsOfPassage(doc: Doc, para: number): readonly AmountToken[] {
  let index = doc.amountsByPassage;
  if (!index) {
    index = new Map();
    for (const a of doc.structure.amounts) {
      const list = index.get(a.para);
      if (list) list.push(a);
      else index.set(a.para, [a]);
    }
    doc.amountsByPassage = index;
  }
  return index.get(para) ?? [];
}

/** The first passage of passage `para`'s paragraph: a copy's line that happened to end on a 。 cut it there (Passage.goesOn). */
export function paragraphStart(doc: Doc, para: number): number {
  let p = para;
  while (p > 0 && doc.passages[p - 1].goesOn) p--;
  return p;
}

/** The last passage of passage `para`'s paragraph (as paragraphStart). */
export function paragraphEnd(doc: Doc, para: number): number {
  let p = para;
  while (doc.passages[p]?.goesOn && p + 1 < doc.passages.length) p++;
  return p;
}

/**
 * The figures before position `at` of passage `para` in its paragraph: in its passage, and in the passages before it that a
 * copy's line cut the paragraph from (paragraphStart), in the order of the text.
 */
export function amountsBeforeInParagraph(doc: Doc, para: number, at: number): AmountToken[] {
  const before: AmountToken[] = [];
  for (let p = paragraphStart(doc, para); p < para; p++) before.push(...amountsOfPassage(doc, p));
  for (const b of amountsOfPassage(doc, para)) if (b.end <= at) before.push(b);
  return before;
}

/** The amounts after `a` and before `b` in text order, across passages. */
export function amountsBetween(doc: Doc, a: AmountToken, b: AmountToken): AmountToken[] {
  const out: AmountToken[] = [];
  for (let para = a.para; para <= b.para; para++) {
    for (const x of amountsOfPassage(doc, para)) {
      if (standsBetween(x, a, b)) out.push(x);
    }
  }
  return out;
}

/** The figure a change belongs to in its own sentence (the `current` of its first ChangeLink), indexed once a document. */
export function figureOfChange(doc: Doc, change: AmountToken): AmountToken | undefined {
  let index = doc.figureByChange;
  if (!index) {
    index = new Map();
    for (const l of doc.structure.changes) if (l.change && !index.has(l.change)) index.set(l.change, l.current);
    doc.figureByChange = index;
  }
  return index.get(change);
}

/** Every amount some list reads, as its head or a part (gathered once a document). */
export function amountsInLists(doc: Doc): ReadonlySet<AmountToken> {
  let listed = doc.amountsInLists;
  if (!listed) {
    listed = new Set();
    for (const l of doc.structure.lists) {
      if (l.head) listed.add(l.head);
      for (const p of l.parts) listed.add(p);
    }
    doc.amountsInLists = listed;
  }
  return listed;
}

/** The amounts whose subject is `id`, in order (indexed once a document: values are asked for by every change, sum and share). */
function amountsOfSubject(doc: Doc, id: string): readonly AmountToken[] {
  let index = doc.amountsBySubject;
  if (!index) {
    index = new Map();
    for (const a of doc.structure.amounts) {
      const key = a.subject.id;
      if (key === undefined) continue;
      const list = index.get(key);
      if (list) list.push(a);
      else index.set(key, [a]);
    }
    doc.amountsBySubject = index;
  }
  return index.get(id) ?? [];
}

export function markChecked(doc: Pick<Doc, 'checked'>, ...tokens: (Token | undefined)[]): void {
  for (const t of tokens) if (t) doc.checked.add(t);
}

/** An amount in a unit with `decimals` decimals, as a message prints it (model/money): 16,497.86. */
export function amountText(fen: number, unit: Unit, decimals: number): string {
  return formatAmount(fen / (UNIT_IN_YUAN[unit] * 100), decimals);
}

/** The same amount as a number, for a finding's expected / actual: 16497.86. */
export function amountValue(fen: number, unit: Unit, decimals: number): number {
  return Number((fen / (UNIT_IN_YUAN[unit] * 100)).toFixed(decimals));
}

/** Decimals to show amounts of a message with: as printed, at least two for 万元 and 亿元. */
export function decimalsFor(...tokens: AmountToken[]): number {
  return decimalsIn(undefined, ...tokens);
}

/**
 * The same, when the message shows every amount in `unit`: a figure printed in a smaller unit keeps
 * its digits (120万元 in 亿元 is 0.0120, not 0.01).
 */
export function decimalsIn(unit: Unit | undefined, ...tokens: AmountToken[]): number {
  if (unit === undefined) return Math.max(...tokens.map((t) => (t.unit === '元' ? t.decimals : Math.max(2, t.decimals))), 0);
  const shift = (t: AmountToken) => Math.max(0, Math.round(Math.log10(UNIT_IN_YUAN[unit] / UNIT_IN_YUAN[t.unit])));
  return Math.max(unit === '元' ? 0 : 2, ...tokens.map((t) => t.decimals + shift(t)));
}

function shorten(s: string, n: number): string {
  return s.length > n ? `…${s.slice(-(n - 2))}` : s;
}

/** Quotation marks inside a quotation become single ones: “‘三公’经费支出”. */
function nested(s: string): string {
  let open = false;
  return s.replace(/[“”"]/g, (q) => {
    open = q === '“' || (q === '"' && !open);
    return open ? '‘' : '’';
  });
}

/** A figure as quoted in a message: “基本支出149.07万元”; with its subject when its own words do not name it. */
export function quote(a: AmountToken): string {
  const label = nested(a.label.replace(/\s+/g, '').replace(/^[,，;；:：、]+/, ''));
  const raw = a.raw.replace(/\s+/g, '');
  if (a.inherited && displayName(a.subject)) return `“${nested(displayName(a.subject))}：${shorten(label, 12)}${raw}”`;
  return `“${shorten(label, 24)}${raw}”`;
}

/** A change as quoted in a message, its words and figure as printed: “比上年增加12.5万元”. */
export function quoteChange(c: AmountToken): string {
  return `“${c.label.replace(/\s+/g, '').replace(/^[,，;；]+/, '')}${c.raw.replace(/\s+/g, '')}”`;
}

/** A figure of the text in a message's arithmetic, in the messages' one format: '1212.12万元' → '1,212.12'. */
export function figureText(a: AmountToken): string {
  return formatAmount(a.value, a.decimals);
}

/** The number of an amount as written, for a quotation of the text: '1,212.12万元' → '1,212.12'. */
export function numberText(a: AmountToken): string {
  return a.raw.replace(/\s+/g, '').replace(AMOUNT_UNIT_END, '');
}

/** A percentage computed for a message: one decimal more than the text printed (at least one). */
export function percentText(x: number, statedDecimals: number): string {
  return x.toFixed(Math.min(3, Math.max(1, statedDecimals + 1)));
}

/** A heading passage: a numbered title with no figure ("六、一般公共预算基本支出情况说明"). */
function isHeading(doc: Doc, para: number): boolean {
  const t = doc.passages[para]?.text ?? '';
  return HEADING_START.test(t) && t.length < 60 && !AMOUNT_OR_PERCENT.test(t);
}

/**
 * Whether passage `para` is close enough to `near` for a broad subject: its own passage or one of the
 * two before it, with no heading between. 基本支出 of one section is not 基本支出 of another (all
 * funds, then 一般公共预算 only), while a 科目, a fund's total or the “三公” figures are one thing
 * wherever they are written.
 */
function sameSection(doc: Doc, para: number, near: AmountToken): boolean {
  if (para > near.para || para < near.para - 2) return false;
  for (let p = para + 1; p <= near.para; p++) if (isHeading(doc, p)) return false;
  return true;
}

function isBroad(id: string): boolean {
  return id.endsWith('@all') || id.startsWith('name:');
}

/**
 * Values the text states for a subject in a year (and measure, when given): every one, so a caller
 * can tell whether they agree. Inherited subjects count; values inside reasons do not. With `near`,
 * a broad subject (a total of all funds, a plain name) is looked for only in the section of `near`.
 */
export function valuesOf(doc: Doc, id: string, year: number, measure: Measure | undefined, near?: AmountToken): AmountToken[] {
  // An appropriation is stated as the income or expense of its fund too: those subjects are looked through all.
  const candidates = id.startsWith('appropriation@') ? doc.structure.amounts : amountsOfSubject(doc, id);
  return candidates.filter(
    (a) =>
      a.role === 'value' &&
      !a.inReason &&
      a.year === year &&
      (a.subject.id === id || (id.startsWith('appropriation@') && a.subject.id?.replace(/^(income|expense)@/, 'appropriation@') === id)) &&
      (measure === undefined || sameMeasure(a.measure, measure, doc.family)) &&
      (!near || !isBroad(id) || sameSection(doc, a.para, near)),
  );
}

/** The one value among `values` (they all agree within their rounding); undefined when none or they disagree. */
export function oneValue(values: readonly AmountToken[], before?: AmountToken): AmountToken | undefined {
  if (values.length === 0) return undefined;
  const ordered = before ? [...values].sort((a, b) => distance(a, before) - distance(b, before)) : [...values];
  const first = ordered[0];
  const agree = values.every((v) => Math.abs(v.fen - first.fen) <= halfUnitOf(v) + halfUnitOf(first));
  return agree ? first : undefined;
}

/**
 * The one value of `values` (oneValue), or — when the document's values disagree — the one of the section
 * of `near`: '鄂城区…“三公”经费决算数合计为1000.86万' right before '“三公”经费决算数相较于上年增加275.76万元', and
 * '区直…“三公”经费决算数为736.40万元' in a later section, are two scopes of one name; the change speaks of its own.
 */
export function oneValueNear(doc: Doc, values: readonly AmountToken[], near: AmountToken): AmountToken | undefined {
  return oneValue(values, near) ?? oneValue(values.filter((v) => sameSection(doc, v.para, near)), near);
}

function distance(a: AmountToken, b: AmountToken): number {
  return Math.abs(a.para - b.para) * 100_000 + Math.abs(a.start - b.start);
}
