/**
 * A total against the parts listed for it ("支出预算724.00万元，其中：基本支出262.90万元，项目支出
 * 461.10万元"). A complete list (其中 / 包括 / 分别为 with two or more parts, or parts that make a
 * known whole: 人员经费 + 公用经费 of 基本支出) must add up within the rounding of its figures; a
 * partial one (主要为 / 含 / …等 / a single part) can only be proven wrong when its parts exceed the total.
 */
import type { TableFacts } from '../../facts';
import { toFen } from '../../../model/money';
import { cutAllowanceOf, halfUnitOf, percentRange, printedHalfUnitOf, printedRoundingOf } from '../figures';
import { amountsBetween, amountsInLists, amountsOfPassage, paragraphEnd, textBetween, amountText, amountValue, decimalsFor, markChecked, quote, type Doc, figureOfChange } from '../document';
import { CIRCLED_ONE, CIRCLED_TWENTY, isBalanced, markerOf, roundingAllowance, signedFen, type SumList } from '../structure';
import { memberOf, nameKey, siblings, type Core } from '../subjects';
import { ADDED_TO_OWN_REVENUE, AGGREGATE_OF_CLASSES, CLASSIFIED_ITEM, EXPENSE_NAME_END, HEADING_START, INCOME_NAME_END, LIST_SEPARATOR, OWN_TOTAL_LEAD, SENTENCE_CLOSED, SPACED_NUMBER, TOTAL_LABEL, UNITLESS_AMOUNT } from '../words';
import { indexOf } from '../facts-index';
import { standsBetween, startsBefore, type AmountToken } from '../tokens';
import { governmentReport } from './reasons';
import { isFunctionClassName } from '../function-classes';
import { listHoldsBlank } from '../blanks';

function isComplete(list: SumList, facts: TableFacts | undefined): boolean {
  if (list.covers) return true;
  if (facts && listsAllProjects(list, facts)) return true;
  return list.kind === 'complete' && list.parts.length >= 2 && !list.etc;
}

/** The list names every project of the tables (by name), so it must add up even if it says 主要为. */
function listsAllProjects(list: SumList, facts: TableFacts): boolean {
  if (list.head?.subject.core !== 'project') return false;
  const names = new Set(indexOf(facts).projectKeys);
  if (names.size === 0 || names.size !== list.parts.length) return false;
  return list.parts.every((p) => names.has(nameKey(p.label)));
}

/** A part whose 元 / 万元 is swapped: with the other unit the parts add up exactly. */
function unitSlip(head: AmountToken, parts: readonly AmountToken[], allowance: number): AmountToken | undefined {
  const sum = parts.reduce((acc, p) => acc + signedFen(p), 0);
  for (const p of parts) {
    for (const factor of [10_000, 1 / 10_000]) {
      if ((factor > 1 && p.unit !== '元') || (factor < 1 && p.unit !== '万元')) continue;
      const converted = Math.round(signedFen(p) * factor);
      if (Math.abs(converted) < 10 * allowance) continue;
      // Read in the other unit, the part is rounded as printed there ('9850.00元' is exact to the fen).
      const inOtherUnit = allowance - halfUnitOf(p) + halfUnitOf({ unit: factor > 1 ? '万元' : '元', decimals: p.decimals });
      if (Math.abs(signedFen(head) - (sum - signedFen(p) + converted)) <= inOtherUnit) return p;
    }
  }
  return undefined;
}

/**
 * '大口径财政收入累计完成95808万元,…增收15167万元。其中:公共财政预算收入43101万元,…增收5345万元;政府性基金收入26785万元,…增收6411万元':
 * changes listed under a change, each item stating its own figure too. Those figures tell whether the list names every part:
 * when they do not make the head's figure (43101 + 26785 = 69886 of 95808 — the 大口径 holds the taxes passed up as well), it
 * names the main lines only, and their changes need not make the head's change either.
 */
function itemsFiguresFallShortOfTheHeads(doc: Doc, head: AmountToken, parts: readonly AmountToken[]): boolean {
  if (head.role !== 'change' || !parts.every((p) => p.role === 'change')) return false;
  const figureOf = (c: AmountToken) => figureOfChange(doc, c);
  const whole = figureOf(head);
  if (!whole || whole.role !== 'value') return false;
  const figures: AmountToken[] = [];
  for (const p of parts) {
    const f = figureOf(p);
    if (!f || f.role !== 'value' || f === whole || figures.includes(f)) return false;
    figures.push(f);
  }
  return !isBalanced(whole, figures);
}

/** The side of the account a figure's words name: 收入 or 支出 ('…预算收入为', '各项社会保险支出为'), undefined when neither. */
function sideOf(a: AmountToken): 'income' | 'expense' | undefined {
  const name = a.label.replace(/[为是]\s*$/, '');
  if (a.subject.core === 'income' || INCOME_NAME_END.test(name)) return 'income';
  if (a.subject.core === 'expense' || EXPENSE_NAME_END.test(name)) return 'expense';
  return undefined;
}

/**
 * '…预算收入为243,438万元,其中:保险费收入152,246万元、…其他收入130万元;各项社会保险支出为219,491万元,其中:…': after a
 * semicolon, a figure heading a breakdown of its own that names the other side of the account (the 支出 after the 收入 listed)
 * is the head's sibling, not its last part.
 */
function withoutOtherSideAfterSemicolon(doc: Doc, head: AmountToken, parts: readonly AmountToken[]): readonly AmountToken[] {
  if (parts.length < 3) return parts;
  const last = parts[parts.length - 1];
  const before = parts[parts.length - 2];
  const side = sideOf(head);
  if (!side || before.para !== last.para || !doc.structure.lists.some((l) => l.head === last)) return parts;
  if (sideOf(last) !== (side === 'income' ? 'expense' : 'income')) return parts;
  return /[;；]/.test(doc.passages[last.para]?.text.slice(before.end, last.start) ?? '') ? parts.slice(0, -1) : parts;
}

/**
 * '本级对千里山镇税收返还和各类转移支付支出 505 元,…其中,税收返还 17 万 元,…一般性转移支付 168 万元,…专项转移支付 320 万 元': a total
 * printed in 元 whose parts, all in 万元, make its digits exactly (17 + 168 + 320 = 505万元) — the total's unit was mistyped. Its
 * digits read in the parts' unit; undefined when no unit slip of the total explains the gap. `sum`: the parts' signed sum.
 */
function totalWithMistypedUnit(head: AmountToken, parts: readonly AmountToken[], sum: number, allowance: number): AmountToken | undefined {
  const unit = parts[0].unit;
  if (head.unit === unit || head.role !== 'value' || !parts.every((p) => p.unit === unit)) return undefined;
  const read: AmountToken = { ...head, unit, fen: toFen(head.value, unit) };
  return Math.abs(read.fen - sum) <= allowance - halfUnitOf(head) + halfUnitOf(read) ? read : undefined;
}

/**
 * Lists whose reading cannot be trusted, so their sum proves nothing: a 'part' that is itself a 合计 larger
 * than the head ("…1884万元，其中：一般转移支付1478万元…，收入合计为6449万元": the 合计 of an outer list), or
 * items joined by '、' and then one after a comma ("（含A 166万元、B 968万元、C 212万元,专项转移支付406万元）":
 * the last may be a sibling of the head) whose sum fits only without that last one.
 */
function misread(doc: Doc, head: AmountToken, parts: readonly AmountToken[]): boolean {
  if (parts.some((p) => TOTAL_LABEL.test(p.label) && p.fen > head.fen)) return true;
  // '其中:民生支出24.15亿元,…卫生健康支出2.52亿元,…教育支出6.73亿元': the 类 are inside the 民生 sum, not beside it.
  if (parts.length >= 2 && parts.some((p) => AGGREGATE_OF_CLASSES.test(p.label))) return true;
  if (incomeBesideExpense(parts)) return true;
  if (namesComeRoundAgain(head, parts)) return true;
  if (siblingAfterSemicolon(doc, head, parts)) return true;
  if (itemsCarryTheHeadsMeasure(head, parts)) return true;
  // '…其中：公务用车购置及运行维护费905788.66，公务接待费450732.78万元', '…1 000.00元': an item whose unit was
  // dropped or whose number a PDF spaced is not read, so the parts read are not all the list.
  const end = parts[parts.length - 1];
  const between = textBetween(doc, head, end);
  if (UNITLESS_AMOUNT.test(between) || SPACED_NUMBER.test(between)) return true;
  if (unreadBareUnitItemAfter(doc, end)) return true;
  if (unreadItemBetween(doc, head, parts)) return true;
  if (itemsSplitEveryTotal(doc, head, parts)) return true;
  if (parts.length < 3) return false;
  const text = doc.passages[head.para]?.text ?? '';
  const joiners = joinersOf(text, head, parts);
  const last = joiners[joiners.length - 1];
  if (!joiners.slice(0, -1).every((j) => j.includes('、')) || last.includes('、') || !/[,，;；]/.test(last)) return false;
  const without = parts.slice(0, -1).reduce((acc, p) => acc + signedFen(p), 0);
  return without <= signedFen(head) + roundingAllowance(parts) + halfUnitOf(head);
}

/**
 * '2021年安排省级彩票公益金支出5.5亿元,安排市县彩票公益金支出2.9亿元,其中:' then '1.省级福利彩票公益金2亿元,…市县福利彩票公益金
 * 1.67亿元,…': totals of one sentence told apart by a word (省级 / 市县), a 其中 after the last, and items that give one figure for
 * each total, named by those words in the same order — the 其中 breaks down every total, and an item's first figure is the first
 * total's, not the last's, so the parts read under the last total are not its parts.
 */
function itemsSplitEveryTotal(doc: Doc, head: AmountToken, parts: readonly AmountToken[]): boolean {
  const first = parts[0];
  if (first.para === head.para) return false;
  const totals = amountsOfPassage(doc, head.para).filter(
    (a) => a.sentence === head.sentence && a.start <= head.start && a.role === 'value' && !a.inReason && a.depth === head.depth && a.year === head.year,
  );
  if (totals.length < 2 || totals[totals.length - 1] !== head) return false;
  const words = distinguishingWords(totals.map(figureName));
  if (!words) return false;
  const item = amountsOfPassage(doc, first.para).filter((a) => a.start >= first.start && a.role === 'value' && !a.inReason && a.year === first.year);
  return item.length === totals.length && item.every((a, i) => figureName(a).includes(words[i]));
}

/** What a figure is of, by its words: its subject's name, or its label's. */
function figureName(a: AmountToken): string {
  return a.subject.id?.startsWith('name:') ? a.subject.id.slice(5) : nameKey(a.label);
}

/** The words that tell names apart ('省级' and '市县' of '省级彩票公益金支出' and '市县彩票公益金支出'): each name less what all begin and end with. */
function distinguishingWords(names: readonly string[]): string[] | undefined {
  const shortest = Math.min(...names.map((n) => n.length));
  let start = 0;
  while (start < shortest && names.every((n) => n[start] === names[0][start])) start++;
  let end = 0;
  while (end < shortest - start && names.every((n) => n[n.length - 1 - end] === names[0][names[0].length - 1 - end])) end++;
  const words = names.map((n) => n.slice(start, n.length - end));
  if (words.some((w) => w === '' || w.length > 6) || new Set(words).size !== words.length) return undefined;
  return words;
}

/**
 * '…后备人才训练支持71万元;科研助力保障1.25万。': the next item after the last part, its unit cut to a bare 万 / 亿 that no money
 * word before it lets be read as an amount, is an item all the same — the list goes on past the parts read.
 */
function unreadBareUnitItemAfter(doc: Doc, end: AmountToken): boolean {
  const rest = doc.passages[end.para]?.text.slice(end.end) ?? '';
  const m = NEXT_ITEM_WITH_BARE_UNIT.exec(rest);
  if (!m) return false;
  const at = end.end + m[0].length - m[1].length;
  return !amountsOfPassage(doc, end.para).some((a) => a.start === at);
}
const NEXT_ITEM_WITH_BARE_UNIT = /^\s*[,，;；、][^,，;；、。:：\d]{0,20}(\d[\d,]*(?:\.\d+)?\s*[万亿])(?![元\d])/;

/**
 * '其中,企业国有资产方面,…资产总额121732.52亿元,…负债总额73660.55亿元,…所有者权益48071.97亿元;金融类企业国有资产方面,…资产总额
 * 48954.94亿元,负债总额41607.13亿元,…': a name that comes round again after other names ('负债总额' of each kind) shows items that
 * each carry several figures, one a measure — a table of kinds by measures read in a row, not the parts of one figure. Parts that
 * make the head are its parts all the same ('收入总计77.82万元,包括一般公共预算本年收入77.82万元、上年结转0万元,政府性基金预算本年
 * 收入0万元、上年结转0万元': each fund's own 上年结转).
 */
function namesComeRoundAgain(head: AmountToken, parts: readonly AmountToken[]): boolean {
  const sum = parts.reduce((acc, p) => acc + signedFen(p), 0);
  if (Math.abs(signedFen(head) - sum) <= roundingAllowance(parts) + halfUnitOf(head)) return false;
  const seen = new Map<string, number>();
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    const id = p.subject.id;
    if (!id || p.inherited) continue;
    const at = seen.get(id);
    if (at !== undefined && parts.slice(at + 1, i).some((q) => !!q.subject.id && q.subject.id !== id && !q.inherited)) return true;
    seen.set(id, i);
  }
  return false;
}

/**
 * '一般公共预算收入…完成29.2亿元…。其中,税收收入完成10.84亿元…,非税收入完成18.36亿元…,上级补助收入85.77亿元…,政府一般债券转贷收入
 * 6.52亿元…': in a jurisdiction's report, the parts before money received from above or borrowed (ADDED_TO_OWN_REVENUE) make the
 * total, and that money is added to the revenue, not a part of it — the 其中 ran on into the sentence's other revenues, so the
 * list is the parts before them.
 */
function withoutAddedRevenue(doc: Doc, head: AmountToken, parts: readonly AmountToken[]): readonly AmountToken[] {
  const at = parts.findIndex((p) => ADDED_TO_OWN_REVENUE.test(p.label));
  if (at < 1 || !parts.slice(at).every((p) => ADDED_TO_OWN_REVENUE.test(p.label)) || !governmentReport(doc)) return parts;
  const own = parts.slice(0, at);
  const sum = own.reduce((acc, p) => acc + signedFen(p), 0);
  return Math.abs(signedFen(head) - sum) <= roundingAllowance(own) + halfUnitOf(head) ? own : parts;
}

/**
 * '…年末滚存结余26900亿元。其中,基本养老保险费收入17002亿元,增长13%;支出16090亿元,增长20%': a 收入 and a 支出 read as
 * parts of one figure are two sides of one account (its income and its spending), and no amount is made of both.
 */
function incomeBesideExpense(parts: readonly AmountToken[]): boolean {
  return parts.some((p) => INCOME_NAME_END.test(p.label)) && parts.some((p) => EXPENSE_NAME_END.test(p.label));
}

/**
 * '共节约资金15857.74万元,…其中货物类…采购计划金额共计48962.44万元,实际采购金额共计39944.66万元,共节约资金9017.78万元;工程类…':
 * a part named as the head itself ('共节约资金' under '共节约资金') beside parts of other names — each item carries several
 * figures (its plan, its spending, its saving), one of them the head's own measure, so the parts read mix measures.
 */
function itemsCarryTheHeadsMeasure(head: AmountToken, parts: readonly AmountToken[]): boolean {
  const id = head.subject.id;
  // Named by its own words: a bare '总计' after the parts takes the last part's name, which proves nothing.
  if (!id?.startsWith('name:') || head.inherited) return false;
  const named = parts.filter((p) => p.subject.id === id && !p.inherited).length;
  return named > 0 && named < parts.length;
}

/**
 * '其中:因公出国(境)费用60万元,比2017年减少25.36万元,主要是因为严格执行中央有关规定,严控290.5万元,比2017年减少26.7万元,
 * …严格车运行维护费2450.18万元,比2017年减少243.12万元,…;公务用车购置费0万元': a figure of the head's measure (or of none
 * stated) with a change on an earlier year of its own, between the head and its last part, that no list reads (its item's name lost, it ran
 * into the reason before) is an item all the same, so the parts read are not all the list. An item's 年初预算 with its
 * 差值 beside it ('…支出3.90万元，年初预算为5.50万元，差值为1.60万元') is another measure, not an item.
 * In a list of changes, such a figure with only a rate after it ('比2021年增加231,448.10元…其中:…增加0元,增长0%;公务用车购置及运行费
 * 支出决算174,732.10元,增长176.55%;公务接待费支出决算增加56,716.00元'): the item's change printed without its 增加.
 */
function unreadItemBetween(doc: Doc, head: AmountToken, parts: readonly AmountToken[]): boolean {
  const end = parts[parts.length - 1];
  // Over passages only where a copy's line happened to end on a 。 inside one paragraph (Passage.goesOn): typed lines are items of their own.
  for (let para = head.para; para < end.para; para++) if (!doc.passages[para].goesOn) return false;
  const between = amountsBetween(doc, head, end);
  if (!between.some((a) => a.role === 'value')) return false;
  const read = amountsInLists(doc);
  return between.some((a, i) => {
    if (a.role !== 'value' || (a.measure !== undefined && a.measure !== head.measure) || read.has(a)) return false;
    const change = between[i + 1];
    if (change?.role === 'change' && !change.difference && change.subject.id === a.subject.id) return true;
    return head.role === 'change' && rateBefore(doc, a, change ?? end);
  });
}

/** A rate of change stated after `a` and before `next`, in text order (a copy's line may break between them). */
function rateBefore(doc: Doc, a: AmountToken, next: AmountToken): boolean {
  const { percents } = doc.structure;
  for (let i = 0; i < percents.length; i++) if (percents[i].role === 'rate' && standsBetween(percents[i], a, next)) return true;
  return false;
}

/**
 * The words between each two parts in the head's passage ('' across passages). By a loop, not `map`:
 * the builtin's result and TurboFan's inlined one differ in elements kind, and the optimised
 * `misread` was thrown away at the other one.
 */
export function joinersOf(text: string, head: AmountToken, parts: readonly AmountToken[]): string[] {
  const joiners: string[] = [];
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i];
    joiners.push(p.para === parts[i - 1].para && p.para === head.para ? text.slice(parts[i - 1].end, p.start) : '');
  }
  return joiners;
}

/**
 * '…存款余额308.74亿元,其中,住户存款余额269.52亿元;本外币贷款余额115.69亿元,其中:…': a last item after a ； that heads
 * a 其中 of its own may be a sibling of the head rather than its part — so when the sum fits only without it.
 */
function siblingAfterSemicolon(doc: Doc, head: AmountToken, parts: readonly AmountToken[]): boolean {
  if (parts.length < 2) return false;
  const last = parts[parts.length - 1];
  const before = parts[parts.length - 2];
  if (before.para !== last.para || !doc.structure.lists.some((l) => l.head === last)) return false;
  if (!/[;；]/.test(doc.passages[last.para]?.text.slice(before.end, last.start) ?? '')) return false;
  const without = parts.slice(0, -1).reduce((acc, p) => acc + signedFen(p), 0);
  return without <= signedFen(head) + roundingAllowance(parts) + halfUnitOf(head);
}

/**
 * Items listed one a passage after their total up to the end of the text as given ('…支出16599424.17元，
 * 其中：' then '1、…' '2、…' '3.…' and nothing more): the text may have been cut there, so items may follow —
 * unless the last is the line a 收入 list of the template ends with ('6.上年结转和结余2.3155万元'): nothing follows it.
 */
function runsToTextEnd(doc: Doc, head: AmountToken, parts: readonly AmountToken[]): boolean {
  const last = parts[parts.length - 1];
  const endsTheIncomeLines = head.subject.core === 'income' && last.subject.core === 'carryover';
  return last.para > head.para && last.para === doc.passages.length - 1 && !endsTheIncomeLines;
}

/**
 * '本年收入合计1,151.41万元;包括财政拨款收入1,077.36万元(…),占收入合计93.57%;上级补助收入0万元,…;事业收入0万元,…;经营收入'
 * and no more: the text as given stops in the middle of the list, at an item named without its figure (no full stop after the
 * last part, and words with no number after the last comma) or inside the last part's unit, so the items after the cut are not
 * there to be summed; so does one ending on a list separator. A text that
 * only ends without its full stop after a whole item ('…其他收入0万元,占总收入0.00%') is no cut list.
 */
function cutInsideTheList(doc: Doc, parts: readonly AmountToken[]): boolean {
  const last = parts[parts.length - 1];
  if (last.para !== doc.passages.length - 1) return false;
  const rest = doc.passages[last.para]?.text.slice(last.end) ?? '';
  // '…;事业收入 4,899.34万' and no more: the text stops inside the last part, its unit cut to a bare 万 / 亿.
  if (rest.trim() === '' && /[万亿]$/.test(last.raw) && parts.some((p) => /元$/.test(p.raw))) return true;
  if (SENTENCE_CLOSED.test(rest)) return false;
  // '…政府采购货物预算 4928.74万元、政府采购工程预算25566.81万元、' and no more: the text stops on a separator, the next item cut off.
  if (LIST_SEPARATOR.test(rest.trimEnd().slice(-1))) return true;
  const item = rest.split(LIST_SEPARATOR).pop()?.trim() ?? '';
  return item !== '' && !/\d/.test(item);
}

/**
 * '按支出经济分类科目:工资福利支出59.95万元,商品和服务支出62.82万元,对个人和家庭的补助66.28万元。其它资本性支出45万元。': a passage
 * that breaks a figure down by one classification is that classification's list to its end, and a figure after a '。' in it was
 * not read as a part — the sum read short proves nothing.
 */
function classificationGoesOn(doc: Doc, list: SumList, parts: readonly AmountToken[]): boolean {
  const last = parts[parts.length - 1];
  if (last.para !== list.opener.para || !CLASSIFIED_ITEM.test(doc.passages[last.para]?.text ?? '')) return false;
  return amountsAfterInParagraph(doc, last).some((a) => a.role === 'value' && !a.inReason);
}

/** The 收入总计 of a 决算: the year's 收入 and, on the template's last 收入 line, the 年初结转和结余. */
const INCOME_GRAND_TOTAL = /收入总计/;

/**
 * '…本部分的收入总计6,838.97万元,其中财政拨款收入2,543.04万元,事业收入1,519.09万元,…其他收入585.90万元' and no more: a 收入总计
 * whose list stops at the end of the text, its sentence never closed, before the 年初结转和结余 the template ends it with — the copy
 * was cut before that line. The shortfall is a note (info), not a warning: nothing printed is shown wrong.
 */
function stopsBeforeTheCarryover(doc: Doc, head: AmountToken, parts: readonly AmountToken[]): boolean {
  const last = parts[parts.length - 1];
  if (last.para !== doc.passages.length - 1 || !INCOME_GRAND_TOTAL.test(head.label) || parts.some((p) => p.subject.core === 'carryover')) return false;
  return !SENTENCE_CLOSED.test(doc.passages[last.para]?.text.slice(last.end) ?? '');
}

/**
 * '总计下达305万元。其中:①省级直接下达…30万元和…40万元。②…分配各县(区)、古雷开发区235万元': the parts were read under a
 * circled item number and the passage goes on with the next one — the list was read up to the end of its first item.
 */
function nextCircledItemFollows(doc: Doc, parts: readonly AmountToken[]): boolean {
  const last = parts[parts.length - 1];
  const before = doc.passages[parts[0].para]?.text.slice(0, parts[0].start) ?? '';
  let n = -1;
  for (let i = before.length - 1; i >= 0 && n < 0; i--) {
    const c = before.charCodeAt(i);
    if (c >= CIRCLED_ONE && c < CIRCLED_TWENTY) n = c;
  }
  if (n < 0) return false;
  // Or opening the next passage: a copy's line may break before the item's number ('…40万元。' / '②2022年…').
  const following = doc.passages[last.para + 1]?.text.trimStart() ?? '';
  return textAfterInParagraph(doc, last).includes(String.fromCharCode(n + 1)) || following.startsWith(String.fromCharCode(n + 1));
}

/**
 * '…支出决算为2.11万元。其中:' then '1.因公出国(境)费用支出决算为0万元。', '2.公务用车购置及运行维护费支出决算为1.33万元,…', '(1)…',
 * '(2)…', '3.公务接待费支出决算为0.78万元': the parts were read from numbered passages and stopped at the last one's nested
 * items; the first later passage numbered in the parts' style is the next number, so the list goes on past what was read.
 */
function nextNumberedPassageFollows(doc: Doc, parts: readonly AmountToken[]): boolean {
  const last = parts[parts.length - 1];
  const own = markerOf(last.label);
  if (!own) return false;
  for (let i = last.para + 1; i < doc.passages.length; i++) {
    const m = markerOf(doc.passages[i].text);
    if (m?.style === own.style) return m.n === own.n + 1;
  }
  return false;
}

/**
 * A list of a known whole that stops short of naming all its kinds while its passage goes on with a kind it
 * lacks: '…公务接待费为122万元,…接待9195人次。公务用车购置及运行维护费为1012万元' (the list went on after a '。'),
 * '…公务用车购置及运行维护费27.46万元…;其中:公务用车购置…;公务接待费22.59万元' (read up to a nested 其中).
 * The list was read short, so its sum proves nothing.
 */
function missingKindFollows(doc: Doc, head: AmountToken, parts: readonly AmountToken[]): boolean {
  const whole = head.subject.core;
  const listed = parts.map((p) => p.subject.core);
  // A kind of the head's whole, or, when the head's words name no whole ('…经费支出决算汇总数'), a sibling of every part.
  const kindLacking = (k: Core) => !listed.includes(k) && (whole ? memberOf(whole, k) !== undefined : listed.every((c) => siblings(c, k)));
  const last = parts[parts.length - 1];
  return amountsAfterInParagraph(doc, last).some((a) => a.role === 'value' && a.year === head.year && !!a.subject.core && kindLacking(a.subject.core));
}

/**
 * '公务用车购置及运行维护费为0万元,…其中:公务用车购置费0万元,…;公务用车运行维护费5.98万元': a known whole printed 0 while a
 * kind of it its list lacks follows in the same sentence, of the same year and measure, with a figure above 0 — amounts are never
 * negative, so a whole of 0 has no part that is not 0. The first such kind.
 */
function partAboveZeroWhole(doc: Doc, head: AmountToken, parts: readonly AmountToken[]): AmountToken | undefined {
  const whole = head.subject.core;
  if (!whole || head.fen !== 0 || head.role !== 'value' || head.inReason) return undefined;
  const listed = parts.map((p) => p.subject.core);
  const last = parts[parts.length - 1];
  return amountsOfPassage(doc, last.para).find(
    (a) =>
      a.start > last.end &&
      a.sentence === head.sentence &&
      a.role === 'value' &&
      !a.inReason &&
      a.fen > 0 &&
      a.year === head.year &&
      a.measure === head.measure &&
      !!a.subject.core &&
      !listed.includes(a.subject.core) &&
      memberOf(whole, a.subject.core) !== undefined,
  );
}

/**
 * '支出275.7248万元,其中:一般公共服务支出177.2577万元,社会保障和就业支出23.7080万元,医疗卫生…12.8904万元,住房保障支出12.8687万元
 * …' then '一般公共预算拨款支出226.7248万元,其中:一般公共服务支出177.2577万元,社会保障和就业支出23.7080万元': the items this 其中
 * leaves out were listed with its parts before, and some of them make the gap exactly — the list names some of the total's
 * items, which the text has already given.
 */
function leftOutItemsListedBefore(doc: Doc, list: SumList, gap: number, allowance: number): boolean {
  const sameItem = (a: AmountToken, b: AmountToken) => a.fen === b.fen && a.subject.id !== undefined && a.subject.id === b.subject.id;
  return doc.structure.lists.some((other) => {
    if (other === list || !other.head || !startsBefore(other.head, list.head!)) return false;
    if (!list.parts.every((p) => other.parts.some((q) => sameItem(p, q)))) return false;
    const rest = other.parts.filter((q) => !list.parts.some((p) => sameItem(p, q)) && q.role === 'value');
    if (rest.length === 0 || rest.length > 10) return false;
    for (let mask = 1; mask < 1 << rest.length; mask++) {
      const chosen = rest.filter((_, i) => mask & (1 << i));
      const sum = chosen.reduce((acc, q) => acc + q.fen, 0);
      if (Math.abs(sum - gap) <= allowance + roundingAllowance(chosen)) return true;
    }
    return false;
  });
}

/**
 * The figures after `a` in its paragraph: in its passage, and on in the passages the copy cut the paragraph into
 * (paragraphEnd) — what follows a list in one paragraph does wherever the copy breaks it.
 */
function amountsAfterInParagraph(doc: Doc, a: AmountToken): AmountToken[] {
  const after = amountsOfPassage(doc, a.para).filter((b) => b.start > a.end);
  for (let p = a.para + 1, end = paragraphEnd(doc, a.para); p <= end; p++) after.push(...amountsOfPassage(doc, p));
  return after;
}

const SENTENCE_END = /[。！？!?]/;

/**
 * The figures of the sentence after `a`'s: in its passage, or, when `a`'s sentence ends its passage, the first sentence of
 * the next passage unless that opens a heading — whether a copy's line ended the paragraph there or only the sentence cannot
 * always be told (a document of lines of many widths is not read as hard-wrapped), and the items' sum tells.
 */
function nextSentenceFigures(doc: Doc, a: AmountToken): readonly AmountToken[] {
  const here = amountsOfPassage(doc, a.para);
  const next = here.filter((b) => b.sentence === a.sentence + 1);
  const nextPassage = doc.passages[a.para + 1];
  if (next.length > 0 || !nextPassage || (!doc.passages[a.para].goesOn && HEADING_START.test(nextPassage.text))) return next;
  const rest = (doc.passages[a.para]?.text.slice(a.end) ?? '').trimEnd();
  if (rest.search(SENTENCE_END) !== rest.length - 1) return next;
  const following = amountsOfPassage(doc, a.para + 1);
  const first = following[0];
  if (!first || SENTENCE_END.test(doc.passages[a.para + 1].text.slice(0, first.start))) return next;
  return following.filter((b) => b.sentence === first.sentence);
}

/** The text after `a` in its paragraph (as amountsAfterInParagraph). */
function textAfterInParagraph(doc: Doc, a: AmountToken): string {
  let text = doc.passages[a.para]?.text.slice(a.end) ?? '';
  for (let p = a.para + 1, end = paragraphEnd(doc, a.para); p <= end; p++) text += doc.passages[p].text;
  return text;
}

/**
 * '年初预算数1282.73万元,其中:一般公共预算拨款1125.76万元,上年结转0.00万元。事业收入86.97万元,其他收入70.00万元。': the full
 * stop ends the parts read, but the figures of the next sentence go on with the items — the first of them make the gap
 * exactly, so nothing is left out of the total.
 */
function itemsGoOnAfterStop(doc: Doc, parts: readonly AmountToken[], gap: number, allowance: number): boolean {
  const last = parts[parts.length - 1];
  const next = nextSentenceFigures(doc, last).filter((a) => !a.inReason);
  const taken: AmountToken[] = [];
  let sum = 0;
  for (const a of next.slice(0, 10)) {
    if (a.role !== 'value') return false;
    taken.push(a);
    sum += a.fen;
    if (Math.abs(sum - gap) <= allowance + roundingAllowance(taken)) return true;
    if (sum > gap + allowance) return false;
  }
  return false;
}

/**
 * '总收入预计1335.34万元…其中:财政拨款(补助)448.87万元,占总收入的33.61%;非税收入拨款0万元,占总收入的0.00%;其他收入0万元,
 * 占总收入0.00%': under 其中 ('among it'), every part carries its share of the total, each right for part ÷ total — the
 * text measured each against this very total and its shares stop short of 100% as its parts do: the list most likely
 * names some of the total's sources, and no figure is shown wrong, so the shortfall is a note (info), not a warning.
 * A share that does not fit ('事业收入375.81万元,占70.33%' of 597.52) keeps the warning, and so does a list that says
 * it is whole ('具体为：…，总计…').
 */
function sharesOfTheTotal(doc: Doc, list: SumList): boolean {
  const head = list.head;
  if (!head || head.fen <= 0 || !list.opener.word.startsWith('其中')) return false;
  return list.parts.every((part) => {
    const share = doc.structure.shares.find((s) => s.amount === part);
    if (!share) return false;
    const p = share.percent;
    const { lo, hi } = percentRange(part.fen, halfUnitOf(part), head.fen, halfUnitOf(head));
    const half = 10 ** -p.decimals / 2 + 1e-9;
    return p.value >= lo - half && p.value <= hi + half;
  });
}

export function partsArithmetic(parts: readonly AmountToken[], unit: AmountToken['unit'], decimals: number): string {
  const shown = parts.slice(0, 8).map((p, i) => {
    const v = amountText(Math.abs(signedFen(p)), unit, decimals);
    return i === 0 ? (signedFen(p) < 0 ? `-${v}` : v) : `${signedFen(p) < 0 ? '−' : '+'} ${v}`;
  });
  return `${shown.join(' ')}${parts.length > 8 ? ' …' : ''}`;
}

/**
 * How far the figures whose look shows they were rounded for the text may be from what they round: parts printed to
 * fewer decimals than their total (in its unit), and a list whose every figure but its zeros is in 万元 to one decimal
 * ('371445.8万元': a sum no ledger keeps to the 千元) — n parts and their total each within half a tenth.
 */
function roundedForTheText(head: AmountToken, parts: readonly AmountToken[]): number {
  const coarser = printedRoundingOf(...parts.filter((p) => p.unit === head.unit && p.decimals < head.decimals && p.value !== 0));
  const figures = [head, ...parts].filter((p) => p.value !== 0);
  const inTenths = figures.every((p) => p.unit === '万元' && p.decimals === 1) ? printedRoundingOf(...figures) : 0;
  return Math.max(coarser, inTenths);
}

/**
 * How far every figure of the list may be from what it rounds, at the last decimal each is printed to. A bare '0' among
 * figures printed with decimals ('…224.10万元,政府性基金预算拨款 0万元,…其他收入0.10万元') is an empty source, exact:
 * the text shows it keeps its amounts to the decimal, so a '0' is no rounded 0.4.
 */
function printedRounding(head: AmountToken, parts: readonly AmountToken[]): number {
  return printedRoundingOf(...roundedFigures(head, parts));
}

function roundedFigures(head: AmountToken, parts: readonly AmountToken[]): AmountToken[] {
  const figures = [head, ...parts];
  const toTheDecimal = figures.some((p) => p.value !== 0 && p.decimals > 0);
  return figures.filter((p) => !(toTheDecimal && p.value === 0 && p.decimals === 0));
}

/** printedRounding with each figure large enough to be cut allowed a whole printed unit (cutAllowanceOf). */
function cutRounding(head: AmountToken, parts: readonly AmountToken[]): number {
  return roundedFigures(head, parts).reduce((acc, p) => acc + Math.max(printedHalfUnitOf(p), cutAllowanceOf(p)), 0);
}

/**
 * '其中:文化旅游体育与传媒支出支出预算286.85万元,群众文化支出预算 286.85万元,社会保障和就业支出预算107.16万元,…': a part
 * that is no 类, printed with the very figure of the 类 just before it, where the list adds up without it — a 类 whose one
 * 项 makes the whole of it, named after it: nested in the part before, not beside it. Two 类 of one figure are two parts,
 * and two or more parts must remain, so that a list of two equal figures against a total of one stays a question.
 */
function withoutNestedRestatement(head: AmountToken, parts: readonly AmountToken[]): readonly AmountToken[] {
  if (parts.length < 3) return parts;
  const sum = parts.reduce((acc, p) => acc + signedFen(p), 0);
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i];
    const before = parts[i - 1];
    if (p.fen === 0 || p.fen !== before.fen || p.role !== 'value' || before.role !== 'value') continue;
    if (!p.subject.id || !before.subject.id || p.subject.id === before.subject.id) continue;
    if (!isFunctionClassName(figureName(before)) || isFunctionClassName(figureName(p))) continue;
    const without = parts.filter((_, j) => j !== i);
    if (Math.abs(signedFen(head) - (sum - signedFen(p))) <= roundingAllowance(without) + halfUnitOf(head)) return without;
  }
  return parts;
}

/**
 * '全旗…收入完成100.03亿元,其中:旗本级…收入完成75.29亿元…,分项目看:税收完成16.81亿元…,非税完成58.48亿元…;上级转移支付20.88亿元;
 * 债券转贷收入0.48亿元;上年结余3.38亿元': a run of two or more parts right after a part that they make exactly (16.81 + 58.48 =
 * 75.29) is that part's own breakdown, nested in it — when the list adds up without the run, the run is no parts of the head.
 * A 功能分类 类 breaks down into its 款, never into other 类: a run naming a 类 after a part named as one is beside it
 * ('其中:一般公共服务支出预算511.37万元,教育支出预算0.55万元,…住房保障支出预算8.28万元,其他支出536.54万元', where the five 类
 * after the first make its 511.37: a subtotal printed under a 类's name, which the list's sum must still show).
 */
export function withoutNestedBreakdown(head: AmountToken, parts: readonly AmountToken[]): readonly AmountToken[] {
  if (parts.length < 4 || isBalanced(head, parts)) return parts;
  // Each run grows by one part at a time, its sum and allowance carried along, so the search is quadratic; a part's
  // name is read as a 类 at most once, and only when a balanced run asks.
  let total = 0;
  for (const p of parts) total += signedFen(p);
  const allowance = roundingAllowance(parts);
  const headAllowance = halfUnitOf(head);
  const named: (boolean | undefined)[] = [];
  const isClass = (k: number) => (named[k] ??= isFunctionClassName(figureName(parts[k])));
  for (let i = 0; i < parts.length - 2; i++) {
    const whole = parts[i];
    if (whole.role !== 'value' || whole.fen === 0) continue;
    const wholeAllowance = halfUnitOf(whole);
    let runSum = 0;
    let runAllowance = 0;
    let classSeen = false;
    let classReadTo = i;
    for (let j = i + 1; j < parts.length; j++) {
      const p = parts[j];
      if (p.role !== 'value') break;
      runSum += p.fen;
      runAllowance += halfUnitOf(p);
      if (j < i + 2 || Math.abs(whole.fen - runSum) > runAllowance + wholeAllowance) continue;
      if (isClass(i)) {
        while (!classSeen && classReadTo < j) classSeen = isClass(++classReadTo);
        if (classSeen) continue;
      }
      if (Math.abs(signedFen(head) - (total - runSum)) <= allowance - runAllowance + headAllowance) {
        return [...parts.slice(0, i + 1), ...parts.slice(j + 1)];
      }
    }
  }
  return parts;
}

/**
 * '全州彩票销量…8.47亿元,其中,福利彩票销量4.04亿元,体育彩票销量4.43亿元,共为国家筹集彩票公益金2.31亿元': a last figure whose clause
 * opens with a total's word (共 / 合计 / 总计 / 累计) states a total of its own, of another thing — when the parts before it make the
 * head, it is no part of it.
 */
function withoutTrailingTotal(head: AmountToken, parts: readonly AmountToken[]): readonly AmountToken[] {
  const last = parts[parts.length - 1];
  if (parts.length < 3 || !OWN_TOTAL_LEAD.test(last.label)) return parts;
  const before = parts.slice(0, -1);
  return isBalanced(head, before) && !isBalanced(head, parts) ? before : parts;
}

/**
 * '支出预算16947.30万元。' then '1.按支出功能分类:公共安全支出14007.53万元;其他监狱支出553.40万元;社会保障和就业支出…': a
 * breakdown by classification, headed from the passage before, that names 类 beside a name that is no 类 may list a 款 or 项
 * beside the 类 that holds it; parts over the whole prove nothing then.
 */
function classNamesBesideItemNames(doc: Doc, list: SumList, parts: readonly AmountToken[]): boolean {
  const head = list.head;
  if (!head || head.para >= list.opener.para || !CLASSIFIED_ITEM.test(doc.passages[list.opener.para]?.text ?? '')) return false;
  const classes = parts.filter((p) => isFunctionClassName(figureName(p))).length;
  return classes > 0 && classes < parts.length;
}

export function checkSums(doc: Doc): void {
  for (const list of doc.structure.lists) {
    const head = list.head;
    if (!head || list.parts.length === 0 || head.garbled || list.parts.some((p) => p.garbled)) continue;
    if (listHoldsBlank(doc.passages, list)) continue;
    const listed = withoutAddedRevenue(doc, head, list.parts);
    const parts = withoutOtherSideAfterSemicolon(doc, head, withoutTrailingTotal(head, withoutNestedBreakdown(head, withoutNestedRestatement(head, listed))));
    // '差值' is written unsigned: differences of unknown direction do not add up.
    if ([head, ...parts].some((p) => p.role === 'change' && !p.direction)) continue;
    const sum = parts.reduce((acc, p) => acc + signedFen(p), 0);
    const diff = signedFen(head) - sum;
    const allowance = roundingAllowance(parts) + halfUnitOf(head);
    if (misread(doc, head, parts)) continue;
    if (itemsFiguresFallShortOfTheHeads(doc, head, parts)) continue;
    if (diff < -allowance && classNamesBesideItemNames(doc, list, parts)) continue;
    const above = partAboveZeroWhole(doc, head, parts);
    if (above) {
      markChecked(doc, head, above);
      const d = decimalsFor(head, above);
      doc.out.add(
        'sum',
        'error',
        head,
        `${quote(head)}，但其组成部分${quote(above)}不为0：合计至少应为${amountText(above.fen, head.unit, d)}${head.unit}，请核对合计或该项金额。`,
        { expected: amountValue(above.fen, head.unit, d), actual: head.value, key: `${head.para}:${head.start}:zero`, about: head },
      );
      continue;
    }
    const complete = isComplete(list, doc.facts);
    const values = head.role === 'value' && parts.every((p) => p.role === 'value');
    // A nested restatement was compared too: its figure is the one of the part it restates.
    if (complete || values) markChecked(doc, head, ...listed);
    if (Math.abs(diff) <= allowance) continue;
    // A partial list is wrong only when its parts exceed the whole (amounts are never negative).
    if (!complete && !(values && sum > signedFen(head) + allowance)) continue;
    const d = decimalsFor(head, ...parts);
    const sumText = amountText(sum, head.unit, d);
    const arithmetic = `${partsArithmetic(parts, head.unit, d)} = ${sumText}${head.unit}`;
    const gap = `差${amountText(diff, head.unit, d)}${head.unit}`;
    // '168.53万元,其中:…39万元、…119.5万元、…10万元': parts printed coarser than their total are rounded for the
    // text, as their look shows; a gap their rounding covers is no question to ask.
    if (Math.abs(diff) <= roundedForTheText(head, parts)) continue;
    // '995万元（其中38万元、958万元）': whole 万元 figures may each be rounded; only that explains the gap. Or cut, not
    // rounded ('595.2万元' for 595.28): each a whole printed unit from what it stands for — a slip of rounding still.
    if (Math.abs(diff) <= cutRounding(head, parts)) {
      const how = Math.abs(diff) <= printedRounding(head, parts) ? '四舍五入' : '四舍五入或截去尾数';
      doc.out.add(
        'sum',
        'warning',
        head,
        `${quote(head)}与其后所列各项之和不一致：${arithmetic}，文中为${amountText(signedFen(head), head.unit, d)}${head.unit}（${gap}），差额只有在各数按所印位数${how}时才说得通，请核对。`,
        { expected: amountValue(sum, head.unit, d), actual: head.role === 'change' && head.direction === -1 ? -head.value : head.value, key: `${head.para}:${head.start}`, about: head },
      );
      continue;
    }
    // Which unit slipped the text does not say for certain (the digits agree), so a question: a warning, as the changes' unit slips.
    const read = totalWithMistypedUnit(head, parts, sum, allowance);
    if (read) {
      const dr = decimalsFor(read, ...parts);
      doc.out.add(
        'unit',
        'warning',
        head,
        `${quote(head)}的单位疑似有误：其后所列各项之和为${partsArithmetic(parts, read.unit, dr)} = ${amountText(sum, read.unit, dr)}${read.unit}，与所印数字相同而单位为${head.unit}，疑为${read.unit}之误，请核对单位。`,
        { expected: amountValue(sum, read.unit, dr), actual: head.value, key: `${head.start}:unit`, about: head },
      );
      continue;
    }
    const slip = unitSlip(head, parts, allowance);
    if (slip) {
      doc.out.add(
        'unit',
        'error',
        slip,
        `${quote(slip)}的单位疑似有误：按${slip.unit === '元' ? '万元' : '元'}计各项之和才等于${quote(head)}，请核对单位。`,
        { key: `${slip.start}`, about: slip },
      );
      continue;
    }
    // A 其中 list that falls short of its total may just not name every item: that is a question, not a proven slip —
    // and none to ask of a report on a whole jurisdiction, whose 其中 names its main lines ('其中,教育支出…').
    // (A budget adjusted from, heading its sources' budgets before the adjustment, is a value of its year as much.)
    const shortOnly = complete && !list.covers && diff > 0 && head.role !== 'change';
    if (shortOnly && (runsToTextEnd(doc, head, parts) || cutInsideTheList(doc, parts) || missingKindFollows(doc, head, parts) || nextCircledItemFollows(doc, parts) || nextNumberedPassageFollows(doc, parts) || governmentReport(doc))) continue;
    if (shortOnly && (leftOutItemsListedBefore(doc, list, diff, allowance) || itemsGoOnAfterStop(doc, parts, diff, allowance))) continue;
    if (shortOnly && classificationGoesOn(doc, list, parts)) continue;
    const ask = shortOnly ? '；若所列未含全部项目，请补列其余项目，否则请核对合计或各项金额。' : '，请核对合计或各项金额。';
    const message = !complete
      ? parts.length === 1
        ? `${quote(head)}小于其后所列项目${quote(parts[0])}（${gap}），部分不能大于合计，请核对合计或该项金额。`
        : `${quote(head)}小于其后所列部分项目之和：${arithmetic}（${gap}）${ask}`
      : `${quote(head)}与${doc.facts && listsAllProjects(list, doc.facts) ? '所列各项目金额之和' : '其后所列各项之和'}不符：${arithmetic}，文中为${amountText(signedFen(head), head.unit, d)}${head.unit}（${gap}）${ask}`;
    doc.out.add(
      'sum',
      !shortOnly ? 'error' : sharesOfTheTotal(doc, list) || stopsBeforeTheCarryover(doc, head, parts) ? 'info' : 'warning',
      head,
      message,
      { expected: amountValue(sum, head.unit, d), actual: head.role === 'change' && head.direction === -1 ? -head.value : head.value, key: `${head.para}:${head.start}`, about: head },
    );
  }
}
