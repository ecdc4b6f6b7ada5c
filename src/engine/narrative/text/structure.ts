/**
 * The arithmetic structure of 情况说明 prose: which figure is broken down into which others
 * ("724.00万元，其中：基本支出262.90万元，包括人员经费…；项目支出461.10万元"), which share belongs to
 * which figure, and which change belongs to which amount.
 *
 * Breakdowns nest and their parts are separated by ， 、 or ；, so the boundary between a sub-list
 * and the next part of its parent is decided by the arithmetic: at a ； or 。 a list whose parts
 * already add up to its head is closed. A list whose parts fall short at the end of its sentence may
 * continue into the next sentences (Chinese budget prose often puts "其中：" at the end of a
 * paragraph and the parts in the following ones); if it never adds up, it is judged on the parts of
 * its own sentence.
 */
import type { AmountToken, OpenerKind, OpenerToken, PercentToken, Token } from './tokens';

export interface SumList {
  head?: AmountToken;
  opener: OpenerToken;
  kind: OpenerKind;
  /** Parts as read up to the end of the sentence that holds the first part. */
  parts: AmountToken[];
  /** All parts, including those taken from following sentences. */
  allParts: AmountToken[];
  /** The list ended with 等 ("…差旅费0.9万元等"): a partial list. */
  etc: boolean;
  /** The parts added up to the head at some point. */
  balanced: boolean;
}

export interface ShareLink {
  percent: PercentToken;
  amount: AmountToken;
  /** The list whose part the amount is, if any. */
  list?: SumList;
}

export interface ChangeLink {
  change: AmountToken;
  /** The current amount the change belongs to (same sentence, before it). */
  current?: AmountToken;
  growth?: PercentToken;
}

export interface TextStructure {
  amounts: AmountToken[];
  lists: SumList[];
  shares: ShareLink[];
  changes: ChangeLink[];
  /** Growth percentages with no change amount in their sentence. */
  bareGrowths: PercentToken[];
  /** Parent list of each amount that is a part (by token identity). */
  parentOf: Map<AmountToken, SumList>;
}

/** Whether a list's parts add up to its head within the rounding of n parts (n × 0.005 万元). */
export function partsSum(list: Pick<SumList, 'head'>, parts: readonly AmountToken[]): number {
  return parts.reduce((s, p) => s + signed(p), 0);
}

export function signed(a: AmountToken): number {
  return a.change === -1 ? -a.fen : a.fen;
}

/** Rounding allowance for comparing a total with the sum of n parts, in 分. */
export function roundingAllowance(parts: readonly AmountToken[]): number {
  return parts.reduce((s, p) => s + halfUnitFen(p), 0);
}

/** Half a unit of the last printed decimal, never finer than 0.005 of the figure's unit (in 分). */
export function halfUnitFen(a: AmountToken): number {
  const d = Math.max(a.decimals, 2);
  const unitFen = a.fen === 0 && a.value === 0 ? unitToFen(a.unit) : a.fen / a.value;
  return Math.round((0.5 * unitFen) / 10 ** d);
}

function unitToFen(unit: AmountToken['unit']): number {
  return unit === '万元' ? 1_000_000 : unit === '亿元' ? 10_000_000_000 : unit === '千元' ? 100_000 : 100;
}

function isBalanced(head: AmountToken, parts: readonly AmountToken[]): boolean {
  if (parts.length === 0) return false;
  return Math.abs(signed(head) - partsSum({ head }, parts)) <= roundingAllowance(parts) + halfUnitFen(head);
}

interface OpenList {
  list: SumList;
  depth: number;
  /** Sentences ended while incomplete since the last part was added. */
  idleSentences: number;
  snapshotTaken: boolean;
  /** Index of the sentence that holds the opener. */
  sentence: number;
}

const HEADING = /^\s*(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|\d+[、.．])/;

function compatible(list: SumList, a: AmountToken): boolean {
  const ref = list.head ?? list.allParts[0];
  if (!ref) return true;
  return Boolean(ref.change) === Boolean(a.change);
}

/** Builds the structure of a whole document from its tokens (paragraph by paragraph, in order). */
export function readStructure(tokens: readonly Token[], paragraphTexts: readonly string[]): TextStructure {
  const amounts: AmountToken[] = [];
  const lists: SumList[] = [];
  const shares: ShareLink[] = [];
  const changes: ChangeLink[] = [];
  const bareGrowths: PercentToken[] = [];
  const parentOf = new Map<AmountToken, SumList>();
  const stack: OpenList[] = [];

  let sentence = 0;
  let sentenceAmounts: AmountToken[] = [];
  let prevSentenceAmounts: AmountToken[] = [];
  let lastChangeInSentence: ChangeLink | undefined;
  /** Figures before a ； in this sentence cannot head a breakdown opened after it. */
  let headFloor = 0;
  let commasSinceAmount = 0;

  const close = (ol: OpenList) => {
    const i = stack.indexOf(ol);
    if (i >= 0) stack.splice(i, 1);
    if (!ol.snapshotTaken || ol.list.parts.length < 2) ol.list.parts = [...ol.list.allParts];
    if (ol.list.allParts.length > 0) lists.push(ol.list);
  };

  const endSentence = (paraEnd: boolean, nextHeading: boolean) => {
    for (const ol of [...stack].reverse()) {
      const l = ol.list;
      if (!l.head || nextHeading) {
        close(ol);
        continue;
      }
      if (l.balanced || isBalanced(l.head, l.allParts)) {
        l.balanced = true;
        close(ol);
        continue;
      }
      if (l.allParts.length > 0 && !ol.snapshotTaken) {
        l.parts = [...l.allParts];
        ol.snapshotTaken = true;
      }
      ol.idleSentences++;
      // A list left waiting for its parts gives up after two sentences without a new part.
      if (ol.idleSentences > 2 || (l.allParts.length === 0 && !paraEnd && ol.idleSentences > 1)) close(ol);
    }
    sentence++;
    prevSentenceAmounts = sentenceAmounts;
    sentenceAmounts = [];
    lastChangeInSentence = undefined;
    headFloor = 0;
  };

  for (let ti = 0; ti < tokens.length; ti++) {
    const t = tokens[ti];
    switch (t.type) {
      case 'amount': {
        amounts.push(t);
        const top = stack[stack.length - 1];
        if (top && t.depth === top.depth && compatible(top.list, t)) {
          top.list.allParts.push(t);
          parentOf.set(t, top.list);
          top.idleSentences = 0;
          if (top.list.head) top.list.balanced = isBalanced(top.list.head, top.list.allParts);
        } else if (top && t.depth === top.depth && top.idleSentences > 0) {
          // A figure of another kind in a later sentence ends a list that was waiting for parts.
          close(top);
        }
        if (t.change) {
          const current = [...sentenceAmounts].reverse().find((a) => !a.change && a.depth === t.depth);
          lastChangeInSentence = { change: t, current };
          changes.push(lastChangeInSentence);
        }
        sentenceAmounts.push(t);
        commasSinceAmount = 0;
        break;
      }
      case 'percent': {
        if (t.role === 'share') {
          const amount = [...sentenceAmounts].reverse().find((a) => !a.change && a.depth === t.depth);
          if (amount) shares.push({ percent: t, amount, list: parentOf.get(amount) });
        } else if (lastChangeInSentence && !lastChangeInSentence.growth) {
          lastChangeInSentence.growth = t;
        } else {
          bareGrowths.push(t);
        }
        break;
      }
      case 'opener': {
        // The head is the last figure before the opener at the opener's depth or shallower,
        // in this sentence — or, for an opener that starts a sentence, the previous sentence's last figure.
        const pool =
          sentenceAmounts.length > 0 ? sentenceAmounts.slice(headFloor) : prevSentenceAmounts.filter((a) => a.para === t.para);
        const head = commasSinceAmount > 2 ? undefined : [...pool].reverse().find((a) => a.depth <= t.depth);
        const list: SumList = { head, opener: t, kind: t.kind, parts: [], allParts: [], etc: false, balanced: false };
        stack.push({ list, depth: t.depth, idleSentences: 0, snapshotTaken: false, sentence });
        break;
      }
      case 'sep': {
        if (t.char === ',') commasSinceAmount++;
        if (t.char === ';') {
          headFloor = sentenceAmounts.length;
          for (const ol of [...stack].reverse()) {
            const l = ol.list;
            // At a ； only an exact sum closes a list: a part within the rounding allowance may still follow.
            if (l.head && l.allParts.length > 1 && Math.abs(signed(l.head) - partsSum(l, l.allParts)) <= halfUnitFen(l.head)) {
              l.balanced = true;
              close(ol);
            } else break;
          }
        }
        break;
      }
      case 'paren-close': {
        for (const ol of [...stack].reverse()) if (ol.depth > t.depth) close(ol);
        break;
      }
      case 'sentence-end':
        markEtc(stack, t.para, paragraphTexts[t.para], t.start);
        endSentence(false, false);
        break;
      case 'para-end': {
        markEtc(stack, t.para, paragraphTexts[t.para], t.start);
        const next = paragraphTexts[t.para + 1];
        const nextHeading = next !== undefined && HEADING.test(next) && !/\d+(?:\.\d+)?\s*(万元|元)/.test(next);
        const lastTextTrim = paragraphTexts[t.para].trim();
        // A paragraph ending in ： 、 ， or ； continues in the next one (text broken over rows or pages).
        const endsWithOpener = /[：:、，,；;]$/.test(lastTextTrim);
        if (!endsWithOpener || next === undefined) {
          endSentence(true, nextHeading || next === undefined);
        } else {
          sentence++;
          prevSentenceAmounts = sentenceAmounts;
          sentenceAmounts = [];
          lastChangeInSentence = undefined;
          headFloor = 0;
        }
        break;
      }
    }
  }
  for (const ol of [...stack].reverse()) close(ol);
  return { amounts, lists, shares, changes, bareGrowths, parentOf };
}

/** Marks the open lists whose last part is followed by 等 before this sentence end. */
function markEtc(stack: OpenList[], para: number, text: string | undefined, pos: number): void {
  if (!text) return;
  for (const ol of stack) {
    const last = ol.list.allParts[ol.list.allParts.length - 1];
    if (!last || last.para !== para) continue;
    const tail = text.slice(last.end, pos);
    if (/^[^,，;；。]*等/.test(tail)) ol.list.etc = true;
  }
}
