/**
 * Reasons: a stated change of at least the threshold (a setting, 10% by default) needs a reason
 * (主要原因是…) in its sentence or the next, or in the breakdown that follows it ("具体情况如下：" with
 * a reason per item); a reason left empty ("主要原因是。") is a slip; and the reason of a numbered
 * 科目 item that names another listed item and not its own was copied from that item.
 */
import { amountsOfPassage, foundInWhole, markChecked, paragraphStart, wholeText, type Doc } from '../document';
import { roundingAllowance, signedFen, type ChangeLink } from '../structure';
import { classPathOf, isThreePublic, memberOf, nameKey, siblings, subjectOf, type Fund, type Subject } from '../subjects';
import { clauseAt, sentenceAt, startsAfterEnd, startsBefore, type AmountToken, type PercentToken } from '../tokens';
import { halfUnitOf } from '../figures';
import { reasonLeftBlank } from '../blanks';
import { quote } from '../../../model/names';
import {
  AMOUNT_ONLY_CHANGE,
  AMOUNT_OR_PERCENT,
  BREAKDOWN,
  CAUSE_FIRST,
  CAUSE_SENTENCE_START,
  CAUSE_OF_NAMED_CHANGE,
  CHANGES_EXPLAINED_HEADING,
  CHANGE_WORD_END,
  CN_ORDINAL,
  COMPARISON_WORD,
  COUNT_CHANGE_BEFORE_RATE,
  ECONOMY_OR_AVERAGE_RATE,
  DEPARTMENT_VOICE,
  EMPTY_REASON,
  GOVERNMENT_WIDE,
  HEADING_START,
  JURISDICTION_TOTAL,
  LIST_ITEM_START,
  NEWS_DATELINE,
  NEWS_ACCOUNT,
  NONE_THIS_YEAR,
  NUMBERED_ITEM_PATH,
  OF_WHICH_START,
  POSSESSIVE_END,
  REASON,
  REASON_CLAUSE,
  REASON_GIVEN,
  REPORT_TO_CONGRESS,
  AUDIT_RESULT,
  BUDGET_EXECUTION_AUDITED,
  NAMED_REASON_SENTENCE_START,
  REASON_SENTENCE_START,
  SUBJECT_FUNDS,
  WAY_BEFORE_RATE,
  WAY_WITH_RATE,
  DOWN_WORD,
  UP_WORD,
} from '../words';


/**
 * The text of passage `para` run on into the next passage when its paragraph goes on there (Passage.goesOn), up to
 * that passage's first amount or percentage: its words before any figure of its own may say why ('…下降了16.64%。' / '这进一步表明…'),
 * a figure starts the next item ('…下降23.00%。' / '对个人和家庭补助支出预算4,800.00元,…'). Positions in passage `para`
 * stay where they are.
 */
function textOnward(doc: Doc, para: number): string {
  const text = doc.passages[para].text;
  if (!doc.passages[para].goesOn) return text;
  const next = doc.passages[para + 1].text;
  const figure = next.search(FIGURE);
  return text + (figure < 0 ? next : next.slice(0, figure));
}

/** An amount or a percentage, from its first digit: a year ('2022年度无公务接待支出。') is no figure. */
const FIGURE = /\d[\d,，.]*\s*(?:亿元|万元|千元|元|%|％)/;

/** The passages of the paragraph that goes on into passage `para` (Passage.goesOn), run together; '' when it opens its paragraph. */
function paragraphBefore(doc: Doc, para: number): string {
  return doc.passages.slice(paragraphStart(doc, para), para).map((p) => p.text).join('');
}

/** Sentence ends after `from` in `text`: the position after the n-th. */
function afterSentences(text: string, from: number, n: number): number {
  let count = 0;
  for (let i = from; i < text.length; i++) if (/[。!?！？]/.test(text[i]) && ++count >= n) return i + 1;
  return text.length;
}

/** The passages after passage `para`, each on a line of its own, up to the first that `stops` (at most `max` passages). */
function passagesAfter(doc: Doc, para: number, max: number, stops: (text: string) => boolean): string {
  let s = '';
  for (let i = para + 1; i < doc.passages.length && i <= para + max; i++) {
    const t = doc.passages[i].text;
    if (stops(t)) break;
    s += `\n${t}`;
  }
  return s;
}

/** A heading other than a numbered item ('1、', '(1)'). */
const headingNotItem = (t: string) => HEADING_START.test(t) && !/^\s*(?:\d{1,2}|[(（]?\d[)）])\s*[、.．]/.test(t);
/** A section of the report ('二、…', '第三部分'). */
const sectionStart = (t: string) => SECTION_START.test(t);

/** The text that follows position `from` of passage `para`, up to the next heading (at most `max` passages). */
function following(doc: Doc, para: number, from: number, max: number): string {
  return doc.passages[para].text.slice(from) + passagesAfter(doc, para, max, headingNotItem);
}

/**
 * The passages after passage `para` that a sentence ending '…如下:' announces: its items, numbered '(一)', '1、' or
 * not, up to the next section ('二、…') — at most `max` passages.
 */
function itemsAfter(doc: Doc, para: number, max: number): string {
  return passagesAfter(doc, para, max, sectionStart);
}
const SECTION_START = /^\s*(?:[一二三四五六七八九十]+\s*、|第[一二三四五六七八九十]+部分)/;

interface Explained {
  para: number;
  /** Where the reason's words begin in its passage. */
  start: number;
  subject: Subject;
  /** The reason's own words, from its reason word to the end of its sentence. */
  cause?: string;
}

function subjectOfLink(link: ChangeLink): Subject | undefined {
  return link.change?.subject ?? link.current?.subject;
}

/**
 * '公务用车运行维护费上升20.1%,上涨的主要原因是…', '其中,公务接待费、因公出国(境)费用、公务用车购置费降幅均超过25%,
 * 下降的主要原因是…': a reason led by its change word alone explains the items named, one or several joined by '、',
 * at the head of the clause before it.
 */
function namedInClauseBefore(before: string): Subject[] {
  const clauses = before.split(/[,，]/);
  if (!/^\s*(?:其)?(?:下降|上涨|上升|增加|减少|增长|降低)?的?(?:主要)?$/.test(clauses.pop() ?? 'x')) return [];
  const clause = (clauses.pop() ?? '').replace(/^\s*其中[:：]?/, '');
  const m = /^([^\d%％]+?)(?:降幅|增幅|涨幅|下降|上升|上涨|增加|减少|增长|降低)/.exec(clause);
  if (!m) return [];
  const subjects = m[1].replace(/[均都]$/, '').split('、').map((name) => subjectOf(name));
  return subjects.every((x) => x.id && !x.bare && x.core) ? subjects : [];
}

/** The subjects named after 是 as the ones whose change a cause written before explains (CAUSE_OF_NAMED_CHANGE). */
function namedAsExplained(text: string): { at: number; subject: Subject }[] {
  const out: { at: number; subject: Subject }[] = [];
  CAUSE_OF_NAMED_CHANGE.lastIndex = 0;
  for (let m = CAUSE_OF_NAMED_CHANGE.exec(text); m; m = CAUSE_OF_NAMED_CHANGE.exec(text)) {
    const subject = subjectOf(m[1]);
    if (subject.id && !subject.bare) out.push({ at: m.index, subject });
  }
  return out;
}

const SENTENCE_ENDS = ['。', ';', '；', '!', '?', '！', '？'];

/**
 * Where the sentence holding `at` starts: after the last sentence end before it. A loop, not a
 * spread of a mapped array into Math.max: explainedSubjects runs once per text, and TurboFan
 * compiled it in a warm run with that array, its callback and the spread call in its graph.
 */
export function sentenceStartBefore(text: string, at: number): number {
  let last = -1;
  for (let i = 0; i < SENTENCE_ENDS.length; i++) last = Math.max(last, text.lastIndexOf(SENTENCE_ENDS[i], at - 1));
  return last + 1;
}

/** The last change (by its change figure, else its rate) stated in passage `para` from `from` up to `before`. */
export function lastChangeBetween(changes: readonly ChangeLink[], para: number, from: number, before: number): ChangeLink | undefined {
  for (let i = changes.length - 1; i >= 0; i--) {
    const t = changes[i].change ?? changes[i].rate;
    if (t && t.para === para && t.start >= from && t.start < before) return changes[i];
  }
  return undefined;
}

/**
 * What each reason of the text explains: the subject its sentence names before the reason words
 * ("公务用车购置及运行维护费支出增加的主要原因是…"), or else the subject of the change stated just
 * before it in its sentence ("…下降50%,下降原因主要是压缩开支"); and the subject a cause written first
 * names after 是 ('…,是“三公”经费预算大幅下降的主要因素').
 */
function explainedSubjects(doc: Doc): Explained[] {
  const out: Explained[] = [];
  // Unanchored, with no look-around: a passage's match is one of the whole text's too.
  const causesNamed = foundInWhole(CAUSE_OF_NAMED_CHANGE, wholeText(doc));
  // Index loops: each for…of is an iterator and a try/finally in the bytecode TurboFan compiles.
  for (let pi = 0; pi < doc.passages.length; pi++) {
    const p = doc.passages[pi];
    const explained = causesNamed ? namedAsExplained(p.text) : [];
    for (let i = 0; i < explained.length; i++) out.push({ para: p.index, start: explained[i].at, subject: explained[i].subject });
    REASON_GIVEN.lastIndex = 0;
    for (let m = REASON_GIVEN.exec(p.text); m; m = REASON_GIVEN.exec(p.text)) {
      const from = sentenceStartBefore(p.text, m.index);
      const before = p.text.slice(from, m.index);
      const together = namedInClauseBefore(before);
      if (together.length) {
        for (let i = 0; i < together.length; i++) out.push({ para: p.index, start: m.index, subject: together[i] });
        continue;
      }
      const words = before.split(COMPARISON_WORD)[0].replace(POSSESSIVE_END, '');
      let subject: Subject | undefined;
      if (!AMOUNT_OR_PERCENT.test(words)) {
        const named = subjectOf(words.replace(CHANGE_WORD_END, ''));
        if (named.id && !named.bare && (named.core || named.path)) subject = named;
      }
      if (!subject) {
        const last = lastChangeBetween(doc.structure.changes, p.index, from, m.index);
        subject = last ? subjectOfLink(last) : undefined;
      }
      if (subject?.id) out.push({ para: p.index, start: m.index, subject, cause: p.text.slice(m.index, afterSentences(p.text, m.index, 1)) });
    }
  }
  return out;
}

/** One subject is the other, or a part of it by a known decomposition (公务接待费 of the “三公” total). */
function related(a: Subject, b: Subject): boolean {
  if (a.id === b.id) return true;
  return !!a.core && !!b.core && (memberOf(a.core, b.core) !== undefined || memberOf(b.core, a.core) !== undefined);
}

/** The funds of 财政拨款: money of any of them is 财政拨款 money. */
const FISCAL_FUNDS: ReadonlySet<Fund> = new Set<Fund>(['fiscal', 'general-budget', 'gov-fund', 'state-capital']);

const WHOLE_CORES = new Set(['income', 'expense', 'income-expense']);

/**
 * '2021年度财政拨款收入总计2951.23万元,较上年决算数减少834.60万元,下降22.05%。' then, under the next heading,
 * '收支较上年决算数减少701.01万元、下降18.5%,主要原因是2020年有政府性基金预算财政拨款收入710万元': the reason of
 * the 收入 / 支出 of all funds, given in the money of the change's own fund, explains that fund's change too.
 */
function explainedByTheWhole(subject: Subject, e: Explained): boolean {
  if (e.subject.fund !== 'all' || !WHOLE_CORES.has(e.subject.core ?? '') || !e.cause) return false;
  if ((subject.core !== 'income' && subject.core !== 'expense') || subject.fund === 'all') return false;
  const cause = e.cause;
  return SUBJECT_FUNDS.some(([re, fund]) => re.test(cause) && (fund === subject.fund || (subject.fund === 'fiscal' && FISCAL_FUNDS.has(fund))));
}

/** Where a change is stated and how large it is: its rate, or the rate its amount implies. */
type Stated = Pick<PercentToken, 'para' | 'start' | 'end' | 'value' | 'direction'>;

/** A reason given later (in the next passages) for the change's subject, a part of it, or its whole. */
function explainedLater(explained: readonly Explained[], link: ChangeLink, r: Stated): boolean {
  const subject = subjectOfLink(link);
  if (!subject?.id) return false;
  return explained.some(
    (e) => startsAfterEnd(e, r) && e.para <= r.para + LATER_PASSAGES && (related(subject, e.subject) || explainedByTheWhole(subject, e)),
  );
}

/**
 * A reason given earlier in the change's own paragraph for its subject or a part of it: an overview with its reasons,
 * then the details ('…降幅均超过25%,下降的主要原因是…。从明细看,公务接待费…下降25%') — in its passage, or in one before
 * that a copy's line ended on a 。 inside the paragraph (Passage.goesOn).
 */
function explainedEarlier(doc: Doc, explained: readonly Explained[], link: ChangeLink, r: Stated): boolean {
  const subject = subjectOfLink(link);
  if (!subject?.id) return false;
  const partOrSelf = (e: Subject) => e.id === subject.id || (!!subject.core && !!e.core && memberOf(subject.core, e.core) !== undefined);
  const first = paragraphStart(doc, r.para);
  return explained.some((e) => e.para >= first && startsBefore(e, r) && partOrSelf(e.subject));
}

/** How far on a reason given for the same subject still counts (an item list, a closing paragraph). */
const LATER_PASSAGES = 12;

/** How far before its parts, listed one a passage, the reason of their whole may stand. */
const PARTS_AFTER_WHOLE = 8;

/** A clause of `cause` that names `name` with a way word of `direction` ('政府性基金预算收入减少', '需增加上年结转结余资金'). */
function namesWithWay(cause: string, name: string, direction: number): boolean {
  return cause.split(/[,，;；]/).some((clause) => clause.includes(name) && (direction > 0 ? UP_WORD : DOWN_WORD).test(clause));
}

/**
 * '我单位总收入1325.73万元,较上年减少10%,主要原因是政府性基金预算收入减少,…需增加上年结转结余资金安排支出。' then its parts one
 * a passage, '(二)政府性基金预算收入0万元,较上年减少100%。', '(六)上年结转结余228万元,较上年增长52%。': the reason of the whole,
 * given just before, names the part and its way — the part's change is that reason's.
 */
function explainedByTheWholeBefore(explained: readonly Explained[], link: ChangeLink, r: Stated): boolean {
  const name = subjectOfLink(link)?.text;
  if (!name || !r.direction) return false;
  const direction = r.direction;
  return explained.some(
    (e) =>
      e.para < r.para &&
      r.para - e.para <= PARTS_AFTER_WHOLE &&
      e.subject.fund === 'all' &&
      WHOLE_CORES.has(e.subject.core ?? '') &&
      !!e.cause &&
      namesWithWay(e.cause, name, direction),
  );
}

/**
 * A passage that opens with a reason ('主要原因是…', '增长的原因：…'), before any figure of its own: the reason
 * of the change ending the passage before. A passage with figures first ('(三)公务接待费…减少10万元,下降4%,
 * 下降原因主要是…') states a change of its own, and the reason is that change's.
 */
function reasonOpens(passage: string): boolean {
  const m = REASON.exec(passage.slice(0, 60));
  return m !== null && !AMOUNT_OR_PERCENT.test(passage.slice(0, m.index));
}

/**
 * '英德市环保局2014年三公经费预算' / '增减情况说明' / '按照中央八项规定…“三公经费”只减不增,严格控制一般性支出…' / '…接待费下降9%,
 * 公务车运行费下降31%。': under a heading announcing the explanation of the changes, a passage of causes alone (no figure)
 * just before the passage of the changes gives their reasons first.
 */
function causesGivenFirst(doc: Doc, para: number): boolean {
  const before = doc.passages[para - 1]?.text;
  if (!before || AMOUNT_OR_PERCENT.test(before) || !REASON.test(before)) return false;
  for (let i = 0; i < para - 1; i++) if (CHANGES_EXPLAINED_HEADING.test(doc.passages[i].text.trim())) return true;
  return false;
}

/**
 * The same change stated again, its amount and rate repeated ('收、支总计各减少2415.45万元,下降34%,主要原因是…'
 * then '收入合计…减少2415.45万元,下降34 %'): its reason was given where it was first stated.
 */
function explainedBefore(doc: Doc, link: ChangeLink): boolean {
  const x = link.change;
  if (!x || !link.rate) return false;
  const rate = link.rate;
  return doc.structure.changes.some((o) => {
    const y = o.change;
    if (!y || !o.rate || y.fen !== x.fen || y.direction !== x.direction || o.rate.value !== rate.value) return false;
    if (!startsBefore(y, x)) return false;
    const text = textOnward(doc, o.rate.para);
    return REASON.test(text.slice(o.rate.start, afterSentences(text, o.rate.start, 2)));
  });
}

/**
 * A fall of 100% whose next words say there is none of it now ("公务接待费支出决算减少450.00元，下降
 * 100.00%。2022年度无公务接待支出。"): the item stopped, and the text says so — that is its explanation.
 */
function goneToNothing(link: ChangeLink, r: Stated, near: string): boolean {
  if (r.direction !== -1 || r.value !== 100) return false;
  const m = NONE_THIS_YEAR.exec(near);
  if (!m) return false;
  const subject = subjectOfLink(link);
  const named = subjectOf(m[1]);
  return !subject?.core || !named.core || related(subject, named);
}

/**
 * A change in the last sentences of a text that stops mid-sentence ('…38万元,比2017年减少7.5万元。其中:…公务用车运行
 * 维护费10万元,比2017年减少7.5万元;' and nothing more): where its reason would stand, the copy was cut, so no
 * reason is asked for. A text that goes on for two sentences after the change is read, and so is one that ends on a full
 * stop — unless the change is its last sentence and the text stops in the first section of a new part (stopsInItsFirstPart).
 */
function reasonMayBeCut(doc: Doc, r: Stated): boolean {
  const last = doc.passages.length - 1;
  // The change's own breakdown may open the last passage ('…降幅33.79%。' / '其中:财政拨款收入5308' and no more: a copy's line
  // ended on the 。): the sentences read on into it. Another item's passage stands apart.
  const breakdownLast = r.para === last - 1 && OF_WHICH_START.test(doc.passages[last].text.trimStart());
  if (r.para !== last && !breakdownLast) return false;
  const text = breakdownLast ? doc.passages[r.para].text + doc.passages[last].text : doc.passages[r.para].text;
  if (afterSentences(text, r.start, 2) < text.length) return false;
  return !ENDS_A_SENTENCE.test(text) || (afterSentences(text, r.start, 1) >= text.length && stopsInItsFirstPart(doc));
}

/**
 * '一、主要职能' … '二、单位基本情况' … '第二部分…部门预算安排情况说明' / '一、部门收支预算总体情况' / '…比2012年预算增加755.18万元,
 * 增长20.32%。' and nothing more: a text whose numbering started again at 一 (a new part) and stops in that first section has
 * only begun the part, so the copy is an excerpt, and a change in its very last sentence may have had its reason in the
 * sentence the copy left out. A text of one section ('一、“三公”经费情况' alone) may be whole, and is read.
 */
function stopsInItsFirstPart(doc: Doc): boolean {
  let last = -1;
  for (let i = doc.passages.length - 1; i >= 0 && last < 0; i--) if (numberedSection(doc.passages[i].text) !== undefined) last = i;
  if (last < 0 || numberedSection(doc.passages[last].text) !== '一') return false;
  for (let i = 0; i < last; i++) {
    const n = numberedSection(doc.passages[i].text);
    if (n !== undefined && n !== '一') return true;
  }
  return false;
}

/** The Chinese number of a passage opening a numbered section ('二、单位基本情况' → 二); not of a table row pasted as text. */
function numberedSection(text: string): string | undefined {
  return text.includes('|') ? undefined : CN_ORDINAL.exec(text.trimStart())?.[1];
}

/** The end of a passage that closes a sentence (or a parenthesis, a quotation) rather than breaking off in it. */
const ENDS_A_SENTENCE = /[。!?！？…．.)）”」』]\s*$/;

function causeStatedBefore(text: string, at: number): boolean {
  return text
    .slice(0, at)
    .split(/[。!?！？]|\.(?!\d)/) // '…15.9%.随着…': a copied text may end a sentence with an ASCII '.'
    .some((sentence) => CAUSE_FIRST.test(sentence));
}

/**
 * Whether a text holds a newspaper's dateline (NEWS_DATELINE). Every match holds 讯, 日电 or 新华社: the
 * pattern, tried at every position of the whole document, runs only over a text holding one.
 */
export function newsDateline(text: string): boolean {
  return (text.includes('讯') || text.includes('日电') || text.includes('新华社')) && NEWS_DATELINE.test(text);
}

/** Whether a text is a reporter's account of figures without a dateline (NEWS_ACCOUNT); tried only over a text holding its words. */
function newsAccount(text: string): boolean {
  return (text.includes('据了解') || text.includes('官网') || text.includes('获悉')) && NEWS_ACCOUNT.test(text);
}

/**
 * A report on a jurisdiction's finances or a newspaper's report, not a 部门 / 单位 publication (see
 * GOVERNMENT_WIDE, NEWS_DATELINE, AUDIT_RESULT): a fact of the whole document, read over all its text once and
 * kept on it (asked by the reasons' check and by the sums' for every list short of its total).
 */
export function governmentReport(doc: Doc): boolean {
  return (doc.governmentReport ??= readGovernmentReport(wholeText(doc)));
}

/** governmentReport of a document's whole text (wholeText; one in traditional characters is read folded, traditional.ts). */
export function readGovernmentReport(all: string): boolean {
  // Every REPORT_TO_CONGRESS match holds 草案.
  return (
    (all.includes('草案') && REPORT_TO_CONGRESS.test(all)) || newsDateline(all) || newsAccount(all) || (AUDIT_RESULT.test(all) && BUDGET_EXECUTION_AUDITED.test(all)) || JURISDICTION_TOTAL.test(all) || (GOVERNMENT_WIDE.test(all) && !DEPARTMENT_VOICE.test(all))
  );
}

/**
 * '…支出2339.68万元,占本年支出合计的30.08%。与上年对比减少660.26万元。': a change whose sentence states no figure
 * and names nothing, after a sentence of its passage that states exactly one figure, of the subject it took.
 */
function onlyFigureBefore(doc: Doc, x: AmountToken): AmountToken | undefined {
  if (!x.inherited) return undefined;
  const values = amountsOfPassage(doc, x.para).filter((a) => a.role === 'value' && !a.inReason);
  if (values.some((a) => a.sentence === x.sentence)) return undefined;
  const before = values.filter((a) => a.sentence === x.sentence - 1);
  return before.length === 1 && before[0].subject.id === x.subject.id ? before[0] : undefined;
}

/**
 * A change stated as an amount only ('与上年对比减少660.26万元') on the year before, of the figure stated with
 * it: the rate it implies (660.26 ÷ 2999.94 = 22.0%), as a stated rate. Not for a change on a budget, nor one
 * whose figure is uncertain.
 */
function impliedRate(doc: Doc, link: ChangeLink): Stated | undefined {
  const x = link.change;
  const c = link.current ?? (x ? onlyFigureBefore(doc, x) : undefined);
  if (link.rate || !x || !c || !x.direction || x.difference || x.inReason || x.garbled || c.garbled || x.base?.measure) return undefined;
  if (link.orTotal || link.nearestOfSeveral || c.role !== 'value' || c.subject.id !== x.subject.id) return undefined;
  if (perUnit(doc, x) || perUnit(doc, c)) return undefined;
  const prior = c.fen - x.direction * x.fen;
  if (prior <= 0 || x.fen === 0) return undefined;
  return { para: x.para, start: x.start, end: x.end, value: (x.fen / prior) * 100, direction: x.direction };
}

/**
 * '机关运转一般公用经费按27000元/人年测算,提高7000元/人': an amount per head (per car, per pupil …) is a standard of
 * the budget, not money of it; the rate its change implies is no change of the budget's to explain.
 */
function perUnit(doc: Doc, a: AmountToken): boolean {
  return PER_UNIT_AFTER.test(doc.passages[a.para]?.text.slice(a.end, a.end + 4) ?? '');
}
const PER_UNIT_AFTER = /^\s*[/／]\s*(?:人|辆|户|生|车|床|平方米|亩)/;

const sameWay = (a: string, b: string) => (UP_WORD.test(a) && UP_WORD.test(b)) || (DOWN_WORD.test(a) && DOWN_WORD.test(b));

/**
 * '…较2021年预算下降42.86%。减少6万元。主要原因是厉行节约。': a sentence after the rate's that only restates the
 * change's amount, the same way, belongs to the change's statement; its reason may stand in the sentence after it.
 */
function amountRestatedAfter(text: string, r: Stated): boolean {
  const first = afterSentences(text, r.start, 1);
  return restatesAmount(text.slice(first, afterSentences(text, first, 1)), r);
}

/** Whether `sentence` only states a change's amount (AMOUNT_ONLY_CHANGE), the way of `r`. */
function restatesAmount(sentence: string, r: Stated): boolean {
  const m = AMOUNT_ONLY_CHANGE.exec(sentence);
  return m !== null && (r.direction === undefined || (r.direction > 0 ? UP_WORD : DOWN_WORD).test(m[1]));
}

/**
 * The same with the rate's sentence ending its passage ('…较2021年预算下降42.86%。' / '减少6万元。主要原因是厉行节约。'): an
 * amount with no name of its own opens no item, so the passage it opens goes on with the change before it.
 */
function restatedThenReason(next: string, r: Stated): boolean {
  const end = afterSentences(next, 0, 1);
  return restatesAmount(next.slice(0, end), r) && reasonOpens(next.slice(end));
}

/**
 * '总收入3647.88万元。比上年增长12.16%。总支出3629.2万元,比上年增长11.64%。增长原因主要是…': totals stated side
 * by side, each with its change the same way, and one reason sentence after both — it explains both. One that names
 * each change ('收入总计减少567.62万元,减少32.59%。支出总计增加842.86万元,增长213.56%。收入减少的原因是…;支出增加的原因是…')
 * explains this one whichever way the other went. `text` may run on into the next passage: a copy's line that ended on
 * a change's 。 cut the paragraph there.
 */
function reasonAfterParallelChange(text: string, at: number): boolean {
  const way = WAY_BEFORE_RATE.exec(text.slice(Math.max(0, at - 12), at))?.[1];
  if (!way) return false;
  const first = afterSentences(text, at, 1);
  const second = afterSentences(text, first, 1);
  const between = text.slice(first, second);
  const parallel = WAY_WITH_RATE.exec(between);
  if (!parallel || REASON.test(between)) return false;
  const sentence = text.slice(second, afterSentences(text, second, 1));
  const named = NAMED_REASON_SENTENCE_START.exec(sentence);
  if (named && sameWay(way, named[2]) && text.slice(sentenceStartBefore(text, at), at).includes(named[1].trim())) return true;
  if (!sameWay(way, parallel[1])) return false;
  // A reason that names a way ('增长原因') must name this one; one that names none ('主要原因', '变动原因') explains both.
  const reason = REASON_SENTENCE_START.exec(sentence);
  return !!reason && (reason[1] === undefined || sameWay(way, reason[1]));
}

/** '“三公”经费部门预算增减变化及原因如下:', '变动原因说明如下：': the text says the reasons of the changes follow. */
const REASONS_ANNOUNCED = /原因(?:说明)?如下/;

/**
 * '2018年“三公”经费部门预算增减变化及原因如下:' over the changes, and no reason anywhere after it: the text announced its
 * reasons and the copy stops before them — on the page they stand after it (fuyuan-zhengfuban-2018: in the table's
 * 备注). Whether they are there cannot be read from the text, so none is asked for. A text that gives any reason after
 * its announcement is read as usual.
 */
function announcedReasonsBeyondText(doc: Doc, r: Stated): boolean {
  // Neither pattern can match across a line break: a whole text with no announcement has none in a passage, and a
  // reason after one is found in the passage that holds it.
  if (!REASONS_ANNOUNCED.test(wholeText(doc))) return false;
  for (let i = r.para; i >= 0; i--) {
    const text = doc.passages[i].text;
    const m = REASONS_ANNOUNCED.exec(i === r.para ? text.slice(0, r.start) : text);
    if (!m) continue;
    if (REASON.test(text.slice(m.index + m[0].length))) return false;
    for (let j = i + 1; j < doc.passages.length; j++) if (REASON.test(doc.passages[j].text)) return false;
    return true;
  }
  return false;
}

/** Whether a change needs a reason: none asked (undefined), one given ('explained'), or where it is stated without one. */
type Verdict = undefined | 'explained' | { r: Stated; text: string };

function reasonVerdict(doc: Doc, link: ChangeLink, seen: { explained?: Explained[] }): Verdict {
  const x = link.change;
  const implied = impliedRate(doc, link);
  const r: Stated | undefined = link.rate ?? implied;
  if (!r || link.rate?.inReason || r.value < doc.reasonThreshold || (x && x.fen === 0) || link.rate?.garbled || x?.garbled) return undefined;
  const text = doc.passages[r.para].text;
  // A change in a sentence that gives a cause is that cause, not a change asking for one.
  if (CAUSE_SENTENCE_START.test(text.slice(sentenceStartBefore(text, r.start), r.start))) return undefined;
  // The paragraph of the change runs on over the passages before and after it that it goes on into (a PDF line that
  // ended on a 。 ended the passage): the cause stated first, or the reason in the next sentences, may stand there.
  const onward = textOnward(doc, r.para);
  const restated = amountRestatedAfter(text, r);
  const near = onward.slice(r.start, afterSentences(onward, r.start, restated ? 3 : 2));
  // 【请填写原因】 where its reason would be read: the reason is left to fill, told once as a blank.
  if (reasonLeftBlank(doc.passages[r.para], sentenceStartBefore(text, r.start), r.start + near.length)) return undefined;
  const earlier = paragraphBefore(doc, r.para);
  if (REASON.test(near) || causeStatedBefore(earlier + text, earlier.length + r.start)) return 'explained';
  const next = doc.passages[r.para + 1]?.text ?? '';
  // Run on into the next passage unless it opens a heading: positions in this one stay where they are.
  if (reasonAfterParallelChange(HEADING_START.test(next) ? text : text + next, r.start)) return 'explained';
  // The rate's sentence (with the sentence restating its amount, when one does) ends the passage: the next may open with the reason.
  if (afterSentences(text, r.start, restated ? 2 : 1) >= text.length && (reasonOpens(next) || (!restated && restatedThenReason(next, r)))) return 'explained';
  if (causesGivenFirst(doc, r.para)) return 'explained';
  // A breakdown follows: its items carry the reasons — announced after the sentence, or at its end ('…增长21.81%,安排情况如下:').
  const sentenceEnd = afterSentences(text, r.start, 1);
  const after = following(doc, r.para, sentenceEnd, 8);
  if (BREAKDOWN.test(after.slice(0, 30)) && REASON.test(after)) return 'explained';
  if (OPENS_ITEMS_AT_END.test(text.slice(r.end, sentenceEnd)) && REASON.test(itemsAfter(doc, r.para, 8))) return 'explained';
  seen.explained ??= explainedSubjects(doc);
  if (explainedLater(seen.explained, link, r) || explainedEarlier(doc, seen.explained, link, r) || explainedBefore(doc, link)) return 'explained';
  if (explainedByTheWholeBefore(seen.explained, link, r)) return 'explained';
  if (goneToNothing(link, r, near)) return 'explained';
  // A rate of a count ('减少119批次,下降100%') with no money change of its own is no change of the budget's.
  if (!x && COUNT_CHANGE_BEFORE_RATE.test(text.slice(Math.max(0, r.start - 30), r.start))) return undefined;
  if (ECONOMY_OR_AVERAGE_RATE.test(text.slice(sentenceStartBefore(text, r.start), r.start))) return undefined;
  if (reasonMayBeCut(doc, r) || detailsCut(doc, link, r) || cutInItsDetails(doc, link, r) || announcedReasonsBeyondText(doc, r)) return undefined;
  // The “三公” table checked with the text gives the reason in its note, on the same page.
  if (doc.facts?.threePublicChangesExplained && isThreePublic((x ?? link.current)?.subject.core)) return 'explained';
  return { r, text };
}

/**
 * The same change stated twice, amount, way and rate alike ('2023年部门收支总预算1157.55万元,同比减少518.08万元,同比下降30.92%'
 * and '2023年部门收入总预算1157.55万元,同比减少518.08万元,同比下降30.92%。…减少的主要原因:…'): a reason given at one
 * statement explains the other, before or after it.
 */
function restates(a: ChangeLink, b: ChangeLink): boolean {
  const x = a.change;
  const y = b.change;
  if (a === b || !x || !y || !a.rate || !b.rate || x.fen !== y.fen || x.direction !== y.direction || a.rate.value !== b.rate.value) return false;
  // Of one figure: the same amount, and not two known kinds apart (财政拨款收入 beside the 收支 of all funds is explained only
  // in its own money, explainedByTheWhole).
  if (a.current && b.current && a.current.fen !== b.current.fen) return false;
  const s = subjectOfLink(a);
  const t = subjectOfLink(b);
  if (!s?.core || !t?.core || related(s, t)) return true;
  // '1.因公出国(境)支出' then '2015年全年支出226万元,比上年增加139万元,同比增长160.1%。其主要原因:…': a section's figure named only
  // '支出' restates its item's, the current figure, the change and the rate alike.
  return !!a.current && !!b.current && bareWhole(s) !== bareWhole(t);
}

/** A subject named only by a whole's word ('全年支出'): all funds, no item. */
const bareWhole = (s: Subject) => !!s.core && WHOLE_CORES.has(s.core) && s.fund === 'all';

/**
 * '(二)按支出结构分类划分,分为基本支出预算和项目支出预算,其中:' and nothing more: the text stops in a breakdown that names the
 * change's subject, so the details where its reason would stand were cut from the copy.
 */
function detailsCut(doc: Doc, link: ChangeLink, r: Stated): boolean {
  const last = doc.passages.length - 1;
  const text = doc.passages[last].text;
  const subject = subjectOfLink(link);
  return last > r.para && last <= r.para + LATER_PASSAGES && OPENS_ITEMS_AT_END.test(text) && !!subject?.text && text.includes(subject.text);
}

/**
 * '…因公出国(境)经费支出226万元,…同比增长160.1%;…公务接待支出1,379万元,比上年减少648万元,同比下降32%。' then '1.因公出国(境)支出'
 * … '2.公务用车购置及运行维护费支出' … '(2)公务用车运行维护费' … '较上年减少330万元,同比' and nothing more: numbered details of
 * the items follow, each with its reason, and the copy breaks off in them. An item whose section is the one cut, or that the
 * sections had not reached (公务接待 after 出国 and 公务用车), may have had its reason in what was cut.
 */
function cutInItsDetails(doc: Doc, link: ChangeLink, r: Stated): boolean {
  const last = doc.passages.length - 1;
  const subject = subjectOfLink(link);
  if (!subject?.core || last <= r.para || last > r.para + LATER_PASSAGES || ENDS_A_SENTENCE.test(doc.passages[last].text)) return false;
  const sections: Subject[] = [];
  for (let p = r.para + 1; p <= last; p++) {
    const m = NUMBERED_ITEM_START.exec(doc.passages[p].text);
    const named = m ? subjectOf(doc.passages[p].text.slice(m[0].length)) : undefined;
    if (named?.core) sections.push(named);
  }
  if (sections.length === 0) return false;
  if (related(subject, sections[sections.length - 1])) return true;
  return !sections.some((t) => related(subject, t)) && sections.some((t) => siblings(subject.core, t.core));
}
const NUMBERED_ITEM_START = /^\s*(?:\d{1,2}\s*[、.．]|[(（]\s*\d{1,2}\s*[)）])/;


/** A passage that ends by opening a list ('…,其中:', '包括:'). */
const OPENS_ITEMS_AT_END = /(?:其中|包括|如下)\s*[:：]\s*$/;

function checkMissingReasons(doc: Doc): void {
  if (governmentReport(doc)) return;
  // Read over every passage only when a change gets as far as asking: most are told apart before.
  const seen: { explained?: Explained[] } = {};
  const verdicts = doc.structure.changes.map((link) => ({ link, verdict: reasonVerdict(doc, link, seen) }));
  for (const { link, verdict } of verdicts) {
    if (typeof verdict !== 'object') continue;
    if (verdicts.some((o) => o.verdict === 'explained' && restates(o.link, link))) continue;
    if (explainedByItsParts(link, verdicts)) continue;
    const { r, text } = verdict;
    markChecked(doc, link.rate ?? link.change);
    const size = link.rate ? link.rate.raw.replace(/\s+/g, '') : `${r.value.toFixed(1)}%（按金额推算）`;
    doc.out.add('reason', 'warning', r, `${quote(clauseAt(text, r.start))}变动${size}，达到${doc.reasonThreshold}%以上却未说明原因，请补写“主要原因是……”。`, {
      key: `${r.start}`,
    });
  }
}

/** At most this many explained changes are tried as the parts of another; of them, groups of two to four. */
const PART_CANDIDATES = 12;
const MAX_PARTS = 4;

/**
 * '2022年收入预算998.51万元,比2021年…减少205.82万元,下降17.1%' and later '基本支出预算913.18万元,…减少182.17万元,…主要原因为…',
 * '项目支出预算85.33万元,…减少23.65万元,…减少原因为…': changes each explained, of figures that make the change's figure
 * (913.18 + 85.33 = 998.51) and that together make its change (182.17 + 23.65 = 205.82), explain it.
 */
function explainedByItsParts(link: ChangeLink, verdicts: readonly { link: ChangeLink; verdict: Verdict }[]): boolean {
  const x = link.change;
  const whole = link.current;
  if (!x?.direction || !whole) return false;
  const candidates = verdicts
    .filter((o) => {
      const c = o.link.current;
      const y = o.link.change;
      return o.verdict === 'explained' && !!y?.direction && !!c && c.unit === whole.unit && y.unit === x.unit && c.year === whole.year && c.fen < whole.fen;
    })
    .map((o) => o.link)
    .slice(0, PART_CANDIDATES);
  const makes = (parts: readonly ChangeLink[]) => {
    const figures = parts.map((l) => l.current!);
    const changes = parts.map((l) => l.change!);
    const figureSum = figures.reduce((s, a) => s + a.fen, 0);
    const changeSum = changes.reduce((s, a) => s + signedFen(a), 0);
    return (
      Math.abs(figureSum - whole.fen) <= roundingAllowance(figures) + halfUnitOf(whole) && Math.abs(changeSum - signedFen(x)) <= roundingAllowance(changes) + halfUnitOf(x)
    );
  };
  const choose = (from: number, chosen: ChangeLink[]): boolean => {
    if (chosen.length >= 2 && makes(chosen)) return true;
    if (chosen.length === MAX_PARTS) return false;
    for (let i = from; i < candidates.length; i++) if (choose(i + 1, [...chosen, candidates[i]])) return true;
    return false;
  };
  return choose(0, []);
}

/** '…主要原因是：' ending its passage, the reasons listed in the numbered passages after it ('1、公务用车购置…'). */
function listedAfter(doc: Doc, para: number, m: RegExpExecArray): boolean {
  const text = doc.passages[para].text;
  const rest = text.slice(m.index + m[0].length);
  return /[:：]\s*$/.test(m[0]) && !rest.trim() && LIST_ITEM_START.test(doc.passages[para + 1]?.text ?? '');
}

/**
 * Whether a document's whole text (wholeText) may hold an EMPTY_REASON in one of its passages: the pattern over the
 * joined passages, where a passage's end is a line's end (multiline: its `$`), so no passage's match is missed.
 */
export function mayHoldEmptyReason(whole: string): boolean {
  return EMPTY_REASON_IN_WHOLE.test(whole);
}
const EMPTY_REASON_IN_WHOLE = new RegExp(EMPTY_REASON.source, 'm');

function checkEmptyReasons(doc: Doc): void {
  if (!mayHoldEmptyReason(wholeText(doc))) return;
  for (const p of doc.passages) {
    EMPTY_REASON.lastIndex = 0;
    for (let m = EMPTY_REASON.exec(p.text); m; m = EMPTY_REASON.exec(p.text)) {
      if (listedAfter(doc, p.index, m) || reasonLeftBlank(p, m.index, m.index + m[0].length)) continue;
      doc.out.add('reason', 'warning', { para: p.index, start: m.index }, `“${sentenceAt(p.text, m.index)}”中“${m[0].trim()}”后没有写原因，请补写。`, { key: `empty${m.index}` });
    }
  }
}

/**
 * Whether a document's whole text may hold a NUMBERED_ITEM_PATH at the start of one of its passages: every match
 * ends in (项) or （项）.
 */
export function mayHoldNumberedItemPath(whole: string): boolean {
  return whole.includes('项)') || whole.includes('项）');
}

/** '主要原因是：统计管理经费增加' names its own 科目 (统计管理); another item's name means it was copied. */
function checkCopiedReasons(doc: Doc): void {
  if (!mayHoldNumberedItemPath(wholeText(doc))) return;
  const items = doc.passages
    .map((p) => {
      const m = NUMBERED_ITEM_PATH.exec(p.text);
      const path = m ? classPathOf(m[1]) : undefined;
      if (!path || path.steps.length < 2) return undefined;
      const steps = path.steps.filter((s) => s.name);
      const xiang = steps[steps.length - 1]?.name;
      const kuan = steps.find((s) => s.level === 2)?.name;
      if (!xiang) return undefined;
      const reason = REASON_CLAUSE.exec(p.text);
      return { p, xiang, kuan, reason: reason ? reason[1] : undefined, reasonAt: reason ? reason.index : 0 };
    })
    .filter((x): x is NonNullable<typeof x> => x !== undefined);
  if (items.length < 3) return;
  for (const item of items) {
    if (!item.reason) continue;
    const own = nameKey(item.xiang);
    const reason = nameKey(item.reason);
    if (reason.includes(own)) continue;
    const other = items.find((o) => o !== item && nameKey(o.xiang) !== own && o.xiang.length >= 4 && reason.includes(nameKey(`${o.kuan ?? ''}${o.xiang}`)));
    if (!other) continue;
    doc.out.add(
      'reason',
      'warning',
      { para: item.p.index, start: item.reasonAt },
      `“${item.xiang}”一项的原因“${item.reason.slice(0, 30)}”说的是另一科目“${other.kuan ?? ''}${other.xiang}”，没有说明本科目的变动原因，疑似从其他条目复制，请核对。`,
      { key: `copied${item.reasonAt}` },
    );
  }
}

export function checkReasons(doc: Doc): void {
  checkMissingReasons(doc);
  checkEmptyReasons(doc);
  checkCopiedReasons(doc);
}
