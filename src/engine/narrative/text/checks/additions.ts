/**
 * A total built by additions, as a government's report states its 收入总计 / 支出总计 / 收入合计 ('一般公共预算支出完成59.69亿元,下降18.2%。
 * 加上上解支出1.4亿元、调出资金0.46亿元、地方政府债务还本支出0.8亿元,以及结转下年3.48亿元后,支出总计66.05亿元'): the figure
 * added to and every figure from 加上 up to the 总计 make the 总计. The figure added to is the last one before 加上 in its
 * passage, or the total its 其中 list breaks down ('收入完成13.62亿元…其中:税收收入8.53亿元…非税收入5.09亿元…。加上…'), and
 * must be of the 总计's side (收入 / 支出). Read only within one sentence from 加上 to the 总计, one unit, and no 等, 减, 扣除,
 * 其中 or 包括 in it. A gap beyond the rounding of the figures as printed (whole 万元 may be rounded too) is a warning: such a
 * list may leave an item out (a 安排预算稳定调节基金 the table shows).
 */
import { printedRoundingOf } from '../figures';
import { amountsBeforeInParagraph, amountsOfPassage, amountText, amountValue, decimalsFor, markChecked, quote, type Doc } from '../document';
import { startsBefore, type AmountToken } from '../tokens';
import { sentenceStartBefore } from './reasons';

const ADDED_ON = /加上/g;
// '收入合计' too ('…加上转移性收入49.2亿元,收入合计196.3亿元'), but not a 部门's '本年收入合计', the year's income before its 结转.
export const SIDE_TOTAL = /(?<!本年)(收入|支出)(?:总计|总量|合计)\s*(?:为|是|达)?\s*$/;
/** A minus printed right before the figure ('加上上解上级支出-1.83亿元': the 上解 is a net receipt that year). */
const PRINTED_MINUS = /[-－−]\s*$/;
const NOT_PLAIN_ADDITION = /等|减|扣除|其中|包括|[。;；]/;

export function plain(a: AmountToken): boolean {
  return a.role === 'value' && !a.inReason && a.depth === 0 && !a.fromTable;
}

/** The figure added to: the last before `at`, or the head of the list it is a part of (followed up to the top). */
function addedTo(doc: Doc, before: readonly AmountToken[]): AmountToken | undefined {
  let base = before.at(-1);
  for (let guard = 0; base && guard < 4; guard++) {
    const current: AmountToken = base;
    const outer = doc.structure.lists.find((l) => l.head && l.parts.includes(current));
    if (!outer?.head) break;
    base = outer.head;
  }
  return base;
}

/**
 * '决算数9.40亿元,…,其中土地出让收入和城市建设配套费翘尾入库6.75亿元。加上级补助收入153.43亿元…,收入总量为271.59亿元': the last
 * figure before 加上 is the one item of a 其中 (no list is read of one part); what is added to is the figure that 其中 qualifies,
 * the last one before it in the same sentence.
 */
function ownerOfLoneItem(text: string, before: readonly AmountToken[]): AmountToken | undefined {
  const last = before.at(-1);
  const previous = before.at(-2);
  if (!last || !previous || previous.sentence !== last.sentence) return undefined;
  const between = text.slice(previous.end, last.start);
  const ofWhich = between.lastIndexOf('其中');
  return ofWhich >= 0 && !/[。;；]/.test(between.slice(ofWhich)) ? previous : undefined;
}

/** A total broken down earlier in the paragraph (the head of a list, of the 总计's side) with which the sum of `parts` fits. */
function brokenDownBefore(
  doc: Doc,
  before: readonly AmountToken[],
  base: AmountToken,
  ofSide: (a: AmountToken) => boolean,
  parts: readonly AmountToken[],
  fits: (figures: readonly AmountToken[]) => boolean,
): AmountToken | undefined {
  const heads = before.filter((a) => a !== base && startsBefore(a, base) && ofSide(a) && doc.structure.lists.some((l) => l.head === a));
  return heads.find((h) => fits([h, ...parts]));
}

function checkAddition(doc: Doc, para: number, at: number): void {
  const text = doc.passages[para].text;
  const amounts = amountsOfPassage(doc, para).filter(plain);
  const total = amounts.find((a) => a.start > at && SIDE_TOTAL.test(a.label));
  if (!total || NOT_PLAIN_ADDITION.test(text.slice(at, total.start))) return;
  const parts = amounts.filter((a) => a.start > at && a.start < total.start);
  // The figure added to may stand in a passage before, a copy's line having ended it on a 。 inside the paragraph (Passage.goesOn).
  const before = amountsBeforeInParagraph(doc, para, at).filter(plain);
  const side = SIDE_TOTAL.exec(total.label)?.[1];
  // '一般公共预算本级支出…,决算数为136.6亿元,…。加上解上级0.6亿元…': a figure named by its sentence's subject ('决算数') is of that side.
  const named = (a: AmountToken) => a.label.includes(side ?? '') || (a.inherited && a.subject.text.includes(side ?? ''));
  const ofSide = (a: AmountToken) => named(a) && !SIDE_TOTAL.test(a.label);
  // The owner of a lone 其中 item is named by the item ('决算数9.40亿元,…,其中土地出让收入…6.75亿元'): the item tells the side.
  const owner = before.length > 0 ? ownerOfLoneItem(doc.passages[before[before.length - 1].para].text, before) : undefined;
  const base = owner && ofSide(before[before.length - 1]) ? owner : addedTo(doc, before);
  if (!base || !side || parts.length === 0 || (base !== owner && !ofSide(base))) return;
  const all = [base, ...parts];
  if (all.some((a) => a.unit !== total.unit)) return;
  const signed = (a: AmountToken) => (PRINTED_MINUS.test(a.label) ? -a.fen : a.fen);
  const fits = (figures: readonly AmountToken[]) => Math.abs(total.fen - figures.reduce((acc, a) => acc + signed(a), 0)) <= printedRoundingOf(total, ...figures);
  // '本级收入完成53.19亿元,…。其中,税收收入29.09亿元,…。非税收入24.1亿元,增长1.9%。加上…': the last part of a breakdown may stand in a
  // sentence of its own, out of the list read; the total it breaks down, when the sum fits with it, is the figure added to.
  const whole = base.fen !== 0 && !fits(all) ? brokenDownBefore(doc, before, base, ofSide, parts, fits) : undefined;
  if (whole) {
    markChecked(doc, whole, ...parts, total);
    return;
  }
  markChecked(doc, ...all, total);
  if (!fits(all)) warnTotalNotMade(doc, total, all, signed, '所加');
}

/**
 * The warning for a total its items do not make, items and total in the order printed; `how` says how the text joined them
 * ('所加' after 加上, '所列' for items listed before their total).
 */
export function warnTotalNotMade(doc: Doc, total: AmountToken, items: readonly AmountToken[], signed: (a: AmountToken) => number, how: string): void {
  const sum = items.reduce((acc, a) => acc + signed(a), 0);
  const gap = total.fen - sum;
  const d = decimalsFor(...items, total);
  const show = (fen: number) => amountText(fen, total.unit, d);
  doc.out.add(
    'sum',
    'warning',
    total,
    `${quote(total)}与其前${how}各项之和不符：${items.map((a, i) => (i === 0 ? show(signed(a)) : signed(a) < 0 ? `− ${show(a.fen)}` : `+ ${show(a.fen)}`)).join(' ')} = ${show(sum)}${total.unit}，文中为${show(total.fen)}${total.unit}（差${show(gap)}${total.unit}）；若有未写出的项目，请补列，否则请核对各项金额。`,
    { expected: amountValue(sum, total.unit, d), actual: amountValue(total.fen, total.unit, d), key: `addition:${total.start}`, about: total },
  );
}

/** '…后,支出总计40万元': the 总计 a sentence of additions closes with; searched for only in a passage holding '后' and '总'. */
const AFTER_THEN_TOTAL = /后\s*[,，]?\s*(?:收入|支出)总(?:计|量)/g;
/** Words that make the sentence's figures other than additions ('剔除留抵退税…后', '抵顶…后'). */
const NOT_ADDED = /剔除|除去|去除|[扣抵冲]/;

/**
 * '全区政府性基金预算支出40万元,主要是抗疫特别国债40万元。结转下年项目支出4万元后,支出总计40万元': the sentence of additions
 * with its 加上 left out — every figure from its start to the 总计 is added to the figure before it, as after 加上.
 */
function checkSentenceOfAdditions(doc: Doc, text: string, para: number): void {
  AFTER_THEN_TOTAL.lastIndex = 0;
  for (let m = AFTER_THEN_TOTAL.exec(text); m; m = AFTER_THEN_TOTAL.exec(text)) {
    const start = sentenceStartBefore(text, m.index + 1);
    // Opening its passage, it adds to a figure before only over a 。 a copy's line ended the paragraph's passage on (Passage.goesOn).
    if (start === 0 && !doc.passages[para - 1]?.goesOn) continue;
    const sentence = text.slice(start, m.index);
    if (sentence.includes('加上') || NOT_ADDED.test(sentence)) continue;
    checkAddition(doc, para, start);
  }
}

export function checkAdditions(doc: Doc): void {
  for (const p of doc.passages) {
    if (p.text.includes('加上')) {
      ADDED_ON.lastIndex = 0;
      for (let m = ADDED_ON.exec(p.text); m; m = ADDED_ON.exec(p.text)) checkAddition(doc, p.index, m.index);
    }
    if (p.text.includes('后') && p.text.includes('总')) checkSentenceOfAdditions(doc, p.text, p.index);
  }
}
