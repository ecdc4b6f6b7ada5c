/**
 * Shares ("占64.34%", "占本年支出合计的31.45%"): checked only against a whole the text names and
 * states once (or the tables give once), the total the share's figure is listed under, or — for
 * shares with no whole named — a run of shares that makes 100%. A share within one printed unit of
 * the exact one may be a rounding adjustment (a group made to add up to 100%): a warning only when
 * its group then does not make 100%; never an error.
 */
import { cutAllowanceOf, halfUnitOf, percentRange, printedHalfUnitOf, printedRateWithin, printedRoundingOf } from '../figures';
import { amountsBeforeInParagraph, amountText, amountValue, decimalsFor, figureText, markChecked, oneValue, percentText, quote, valuesOf, type Doc } from '../document';
import type { ShareLink, SumList } from '../structure';
import { measureOrDefault, roundingAllowance } from '../structure';
import { subjectOf, subjectWords } from '../subjects';
import { findLast, startsBefore, type AmountToken, type PercentToken } from '../tokens';
import { lookup } from './lookup';

interface Whole {
  fen: number;
  halfUnit: number;
  /** How the message names it: “本年支出合计4021.94万元”. */
  name: string;
  token?: AmountToken;
  /** The shares of one group (same whole, parts adding up to it), when the whole is a list's total. */
  group?: ShareLink[];
}

function wholeOf(doc: Doc, link: ShareLink, orphanGroups: Map<ShareLink, ShareLink[]>, statedWholes: ReadonlyMap<ShareLink, AmountToken>): Whole | undefined {
  const of = (link.percent.of ?? '').trim();
  const a = link.amount;
  if (of) {
    const subject = subjectOf(of);
    if (!subject.id && !(subject.bare && subject.core)) return undefined;
    const id = subject.id ?? `${subject.core}@${subject.fund}`;
    const head = link.list?.head;
    // '本年收入9082.61万元,占总收入93.52%' where 本年收入 is itself listed in 收入决算 9712.02: 总收入 is no figure listed
    // in a larger one (it holds the 结转 and 结余 that 本年收入 does not).
    const grand = GRAND_TOTAL_END.test(of);
    const inScope = (v: AmountToken) => !grand || !listedInLarger(doc, v);
    if (head && head.subject.id === id && head.role === 'value' && inScope(head)) return fromToken(head, groupOf(doc, link));
    if (link.percent.ofOpening) return wholeNamedInText(doc, link, id, of);
    // The whole named word for word ('本年支出合计', not the 支出总计 of the same funds) first.
    const words = subjectWords(of);
    const named = valuesOf(doc, id, a.year, undefined).filter((v) => v !== a && !v.inherited && subjectWords(v.label) === words);
    const others = valuesOf(doc, id, a.year, undefined).filter((v) => v !== a && inScope(v));
    // The list's head counts among the figures before the share even when its scope ('全区…') hides its subject.
    const before = head?.role === 'value' ? [...others, head] : others;
    const candidate = oneValue(named, a) ?? oneValue(others, a);
    const inText = trustedNamedWhole(candidate, a, before);
    if (inText) return fromToken(inText);
    if (candidate) return undefined;
    if (named.length > 0 || valuesOf(doc, id, a.year, undefined).length > 1) return undefined;
    if (doc.facts && a.year === doc.reportYear) {
      const found = lookup(doc.facts, { ...subject, id }, measureOrDefault(a.measure, doc.family), doc.family);
      const fens = new Set(found?.witnesses.map((w) => w.fen));
      if (found && fens.size === 1) return { fen: found.witnesses[0].fen, halfUnit: found.witnesses[0].halfUnit, name: `${of}${amountText(found.witnesses[0].fen, a.unit, decimalsFor(a))}${a.unit}（${found.what}）` };
    }
    return undefined;
  }
  const head = link.list?.head;
  if (head && head.role === 'value') return fromToken(head, groupOf(doc, link));
  const stated = statedWholes.get(link);
  if (stated) return fromToken(stated);
  const group = orphanGroups.get(link);
  if (group) {
    const fen = group.reduce((s, l) => s + l.amount.fen, 0);
    return { fen, halfUnit: roundingAllowance(group.map((l) => l.amount)), name: `各项合计${amountText(fen, a.unit, decimalsFor(...group.map((l) => l.amount)))}${a.unit}`, group };
  }
  return undefined;
}

/**
 * The whole under the share's very words, unless it is stated only after the share while a figure of its kind that
 * disagrees stands before: '全区一般公共预算支出3095.01亿元,…其中:民生支出2428.54亿元,占一般公共预算支出的78.5%。
 * 自治区本级…一般公共预算支出584.04亿元' — the later one is another scope's.
 */
function trustedNamedWhole(named: AmountToken | undefined, share: AmountToken, others: readonly AmountToken[]): AmountToken | undefined {
  if (!named || startsBefore(named, share)) return named;
  const disagrees = (v: AmountToken) => Math.abs(v.fen - named.fen) > halfUnitOf(v) + halfUnitOf(named);
  return others.some((v) => startsBefore(v, share) && disagrees(v)) ? undefined : named;
}

/** The whole of all 收入 or 支出, with 结转 and 结余: '总收入', '收入总计'. */
const GRAND_TOTAL_END = /(?:总(?:收入|支出)|(?:收入|支出)总计)\s*$/;

/** A figure listed as a part of a larger one. */
function listedInLarger(doc: Doc, v: AmountToken): boolean {
  return doc.structure.lists.some((l) => l.head && l.head.fen > v.fen && l.parts.includes(v));
}

/**
 * The whole a sentence's opening names ('本年收入的具体构成为:'): only a figure the text states under those very words
 * ('本年收入合计231.24万元'), and only when every figure of that subject agrees — 收入总计 may hold 结转 that 本年收入 does not.
 */
function wholeNamedInText(doc: Doc, link: ShareLink, id: string, of: string): Whole | undefined {
  const a = link.amount;
  const values = valuesOf(doc, id, a.year, undefined).filter((v) => v !== a && !v.inherited);
  const worded = oneValue(values.filter((v) => v.label.replace(/\s+/g, '').includes(of)), a);
  return worded && oneValue(values, a) ? fromToken(worded) : undefined;
}

function fromToken(t: AmountToken, group?: ShareLink[]): Whole {
  return { fen: t.fen, halfUnit: halfUnitOf(t), name: `${quote(t)}`, token: t, ...(group ? { group } : {}) };
}

/** The shares of the list a share's figure belongs to, when every part has one and the parts add up. */
function groupOf(doc: Doc, link: ShareLink): ShareLink[] | undefined {
  const list = link.list;
  if (!list?.head) return undefined;
  const links = list.parts.map((p) => doc.structure.shares.find((s) => s.amount === p));
  if (links.some((l) => !l)) return undefined;
  const sum = list.parts.reduce((s, p) => s + p.fen, 0);
  if (Math.abs(sum - list.head.fen) > roundingAllowance([...list.parts, list.head])) return undefined;
  return links as ShareLink[];
}

/** Runs of shares with no whole named or listed whose percentages make 100%: their whole is their sum. */
function orphanGroups(links: readonly ShareLink[]): Map<ShareLink, ShareLink[]> {
  const out = new Map<ShareLink, ShareLink[]>();
  const orphans = links.filter((l) => !l.list?.head && !(l.percent.of ?? '').trim());
  let run: ShareLink[] = [];
  const flush = () => {
    if (run.length >= 2) {
      const total = run.reduce((acc, l) => acc + l.percent.value, 0);
      if (Math.abs(total - 100) <= 0.011 * run.length) for (const l of run) out.set(l, run);
    }
    run = [];
  };
  for (const l of orphans) {
    const prev = run[run.length - 1];
    if (prev && (l.percent.para !== prev.percent.para || l.percent.sentence - prev.percent.sentence > 1)) flush();
    run.push(l);
  }
  flush();
  return out;
}

/** How far from 100% the shares of a run naming no whole may add up and still be read as the parts of one whole. */
const RUN_TOTAL_SLACK = 1;

/**
 * '2023年部门预算支出总数121.76万元,…下降原因主要为…。其中:人员支出43.72万元、占35.9%,日常公用支出5.49万元、占6.97%,项目支出70.2万元、
 * 占57.65%': a run of three or more shares naming no whole, of figures listed under no head, adding up to about 100% (100.52%: one
 * may be wrong; when they make 100% exactly, the figure stated is their whole rather than the parts' own sum), most of which — two at least — fit the last figure stated before the run in its passage that they can fit: that figure is
 * the whole they are of, and a share that does not fit it is checked against it.
 */
function statedWholesOfRuns(doc: Doc, links: readonly ShareLink[]): Map<ShareLink, AmountToken> {
  const out = new Map<ShareLink, AmountToken>();
  const orphans = links.filter((l) => !l.list?.head && !(l.percent.of ?? '').trim());
  const runs: ShareLink[][] = [];
  for (const l of orphans) {
    const run = runs.at(-1);
    const prev = run?.at(-1);
    if (run && prev && l.percent.para === prev.percent.para && l.percent.sentence === prev.percent.sentence) run.push(l);
    else runs.push([l]);
  }
  for (const run of runs) {
    if (run.length < 3) continue;
    const total = run.reduce((acc, l) => acc + l.percent.value, 0);
    if (Math.abs(total - 100) > RUN_TOTAL_SLACK) continue;
    const first = run[0].amount;
    const largest = Math.max(...run.map((l) => l.amount.fen));
    const fits = (whole: AmountToken) => {
      const fitting = run.filter((l) => printedRateWithin(l.percent, percentRange(l.amount.fen, halfUnitOf(l.amount), whole.fen, halfUnitOf(whole)))).length;
      return fitting >= 2 && fitting * 2 > run.length;
    };
    const whole = findLast(
      amountsBeforeInParagraph(doc, first.para, first.start).filter((a) => a.role === 'value' && !a.inReason && a.unit === first.unit && a.fen > largest),
      fits,
    );
    if (whole) for (const l of run) out.set(l, whole);
  }
  return out;
}

/**
 * A share whose every exact value, within its figures' rounding, lies above it by less than one printed unit: the
 * share cut, not rounded ('占本年收入63%' for 2982.61 ÷ 4680.58 = 63.72%).
 */
function cutShort(p: PercentToken, lo: number, hi: number): boolean {
  const unit = 10 ** -p.decimals;
  return lo > p.value + unit / 2 + 1e-9 && hi < p.value + unit - 1e-9;
}

/**
 * The only share the text states of its whole: no other share there a rounding adjustment could have made up to 100%
 * against this one ('…63%' with no sibling's share printed).
 */
function aloneOfItsWhole(link: ShareLink, whole: Whole, wholes: readonly { link: ShareLink; whole: Whole | undefined }[]): boolean {
  return !wholes.some((o) => o.link !== link && o.whole && (whole.token ? o.whole.token === whole.token : o.whole.fen === whole.fen));
}

/** Whether the stated percentages of a group make 100% at their printed precision. */
function makesHundred(group: readonly ShareLink[]): boolean {
  const decimals = Math.max(...group.map((l) => l.percent.decimals));
  const total = group.reduce((s, l) => s + l.percent.value, 0);
  return Math.abs(total - 100) < 0.5 * 10 ** -decimals;
}

/**
 * A share printed off its exact rounding in a group that does not make 100% ('占67.75%',
 * '占32.24%' for 2.48 ÷ 7.69 = 32.2497%: 99.99%) — the slip the group's total shows, when correcting
 * this share moves the total towards 100%. The amounts' own rounding might allow the printed share,
 * but a group whose parts add up to its whole cannot print a total off 100% unless some share is
 * rounded wrongly; a group of correctly rounded shares that misses 100% (33.33% three times) has no
 * share off its rounding, so nothing is said.
 */
function slipInGroup(p: PercentToken, rounded: number, group: readonly ShareLink[]): boolean {
  if (makesHundred(group)) return false;
  const unit = 10 ** -p.decimals;
  const off = rounded - p.value;
  const total = group.reduce((s, l) => s + l.percent.value, 0);
  // Off its rounding, and correcting it moves the total towards 100% without passing it.
  return Math.abs(off) >= unit / 2 && Math.sign(off) === Math.sign(100 - total) && Math.abs(off) <= Math.abs(100 - total) + unit / 2;
}

/** Lists one of whose shares was reported as a group's slip: their total is said with it. */
const slipReported = new WeakSet<SumList>();

function warnGroupSlip(doc: Doc, link: ShareLink, whole: Whole, arithmetic: string, rounded: number): void {
  if (link.list) slipReported.add(link.list);
  const p = link.percent;
  const group = whole.group!;
  const total = group.reduce((s, l) => s + l.percent.value, 0);
  doc.out.add(
    'share',
    'warning',
    p,
    `${quote(link.amount)}占${whole.name}的比例为${arithmetic}，四舍五入为${rounded.toFixed(p.decimals)}%，文中为${p.raw.replace(/\s+/g, '')}；该组占比合计为${total.toFixed(Math.max(...group.map((l) => l.percent.decimals)))}%，不等于100%，请核对。`,
    { expected: rounded, actual: p.value, key: `${p.start}`, about: p },
  );
}

/**
 * The shares of parts that together make their whole, adding up to more than 100% by more than their printing
 * allows ('54.54%、1.51%和44.69%' of 0.72 + 0.02 + 0.59 亿元 in 1.32 亿元: 100.74%): some share is wrong, though
 * each alone is within its amounts' rounding. Short of 100% proves it only when the parts cover the whole.
 */
function checkGroupTotal(doc: Doc, list: SumList, group: readonly ShareLink[], whole: Whole): void {
  if (slipReported.has(list) || group.some((l) => doc.out.hasError(l.percent))) return;
  const total = group.reduce((s, l) => s + l.percent.value, 0);
  const slack = group.reduce((s, l) => s + 0.5 * 10 ** -l.percent.decimals, 0) + 1e-9;
  const over = total - 100 > slack;
  if (!over && !(100 - total > slack && list.covers)) return;
  const last = group[group.length - 1].percent;
  const decimals = Math.max(...group.map((l) => l.percent.decimals));
  const sum = group.map((l) => `${l.percent.value.toFixed(l.percent.decimals)}%`).join(' + ');
  doc.out.add(
    'share',
    'warning',
    last,
    `${group.map((l) => `“${l.amount.raw.replace(/\s+/g, '')}”`).join('、')}占${whole.name}的比例合计为${sum} = ${total.toFixed(decimals)}%，${over ? '超过' : '不足'}100%，请核对各项占比。`,
    { expected: 100, actual: Number(total.toFixed(decimals)), key: `group${last.start}`, about: last },
  );
}

/**
 * '工程类采购金额10141.11亿元,占采购总规模的58.6%' … '货物类…5230.04亿元,占…30.2%' … '服务类…1934.25亿元,…占…11.2%' under
 * '全国政府采购规模为17305.34亿元': parts stated apart, each with its share of one whole the text states, whose shares make
 * 100% — so they are the whole, and must add up to it. Each share may be right at its precision while the amounts miss the
 * whole by more than their printing allows: a warning on the whole (which figure slipped, the shares cannot tell). Parts of
 * a list under that whole are left to the sums' check.
 */
function checkPartsOfSharedWhole(doc: Doc, byWhole: ReadonlyMap<AmountToken, ShareLink[]>): void {
  for (const [whole, links] of byWhole) {
    const amounts = new Set(links.map((l) => l.amount));
    if (links.length < 2 || amounts.size !== links.length || doc.out.hasError(whole)) continue;
    if (links.some((l) => doc.out.hasError(l.percent) || l.list?.head === whole)) continue;
    const total = links.reduce((s, l) => s + l.percent.value, 0);
    if (Math.abs(total - 100) > links.reduce((s, l) => s + 0.5 * 10 ** -l.percent.decimals, 0) + 1e-9) continue;
    const parts = links.map((l) => l.amount);
    const sum = parts.reduce((s, a) => s + a.fen, 0);
    // printedHalfUnitOf ≥ halfUnitOf for every figure: the printed rounding is the wider allowance.
    const allowance = printedRoundingOf(whole, ...parts);
    if (Math.abs(sum - whole.fen) <= allowance) continue;
    const d = decimalsFor(whole, ...parts);
    const shares = links.map((l) => `${l.percent.value.toFixed(l.percent.decimals)}%`).join(' + ');
    const decimals = Math.max(...links.map((l) => l.percent.decimals));
    doc.out.add(
      'share',
      'warning',
      whole,
      `${quote(whole)}与各项之和不符：${parts.map((a) => amountText(a.fen, whole.unit, d)).join(' + ')} = ${amountText(sum, whole.unit, d)}${whole.unit}（各项占其比例${shares} = ${total.toFixed(decimals)}%，即为全部），文中为${amountText(whole.fen, whole.unit, d)}${whole.unit}（差${amountText(whole.fen - sum, whole.unit, d)}${whole.unit}），请核对合计或各项金额。`,
      { expected: amountValue(sum, whole.unit, d), actual: whole.value, key: `parts${whole.start}`, about: whole },
    );
  }
}

/** The share a list's head states of another, larger whole it names ('本年收入合计521.49万元,占总收入99.90%,包括…'). */
function headsShareOfAnother(doc: Doc, list: SumList): ShareLink | undefined {
  const head = list.head;
  if (!head) return undefined;
  return doc.structure.shares.find((s) => s.amount === head && (s.percent.of ?? '').trim() !== '' && s.percent.value > 0 && s.percent.value < 100);
}

/**
 * '本年收入合计521.49万元,占总收入99.90%,包括财政拨款收入494.34万元…,占94.70%': the head's own share names the whole its
 * parts' shares are of (494.34 ÷ 521.99 = 94.70%), which the head's figure and share give within their printing — a part's
 * share that names no whole may be of it, and is not called wrong when it fits it.
 */
function ofTheHeadsWhole(doc: Doc, link: ShareLink): boolean {
  const head = link.list?.head;
  const headShare = link.list && headsShareOfAnother(doc, link.list);
  if (!head || !headShare) return false;
  const q = headShare.percent;
  const qHalf = 0.5 * 10 ** -q.decimals;
  const hHead = halfUnitOf(head);
  const wholeLo = ((head.fen - hHead) * 100) / (q.value + qHalf);
  const wholeHi = ((head.fen + hHead) * 100) / Math.max(1e-9, q.value - qHalf);
  const a = link.amount;
  const p = link.percent;
  const lo = (Math.max(0, a.fen - halfUnitOf(a)) * 100) / wholeHi;
  const hi = ((a.fen + halfUnitOf(a)) * 100) / wholeLo;
  return printedRateWithin(p, { lo, hi });
}

export function checkShares(doc: Doc): void {
  const orphans = orphanGroups(doc.structure.shares);
  const statedWholes = statedWholesOfRuns(doc, doc.structure.shares);
  const groups = new Map<SumList, { group: ShareLink[]; whole: Whole }>();
  const byWhole = new Map<AmountToken, ShareLink[]>();
  const wholes = doc.structure.shares.map((link) => ({ link, whole: wholeOf(doc, link, orphans, statedWholes) }));
  for (const { link, whole } of wholes) {
    if (!whole || whole.fen <= 0) continue;
    if (whole.group && link.list && !headsShareOfAnother(doc, link.list)) groups.set(link.list, { group: whole.group, whole });
    if (whole.token && !whole.group) byWhole.set(whole.token, [...(byWhole.get(whole.token) ?? []), link]);
    markChecked(doc, link.percent, link.amount, whole.token);
    const a = link.amount;
    const p = link.percent;
    const exact = (a.fen * 100) / whole.fen;
    const { lo, hi } = percentRange(a.fen, halfUnitOf(a), whole.fen, whole.halfUnit);
    const unit = 10 ** -p.decimals;
    const eps = 1e-9;
    const division = `${figureText(a)} ÷ ${whole.token ? figureText(whole.token) : amountText(whole.fen, a.unit, decimalsFor(a))}`;
    const arithmetic = `${division} = ${percentText(exact, p.decimals)}%`;
    // A slip of rounding is shown with the decimals that decide it (32.2497%, not 32.250%).
    const fine = `${division} = ${exact.toFixed(Math.min(4, p.decimals + 2))}%`;
    // The whole as printed: '“三公”经费支出决算为37万元' may be 37.35 rounded, '4733万元' 4,733.14 cut.
    const wholePrinted = whole.token ? printedHalfUnitOf(whole.token) : whole.halfUnit;
    const wholeCut = whole.token ? cutAllowanceOf(whole.token) : whole.halfUnit;
    // "100%" and "0%" claim the whole or nothing: they hold only when the figures say so.
    if (p.decimals === 0 && (p.value === 100 || p.value === 0)) {
      const target = p.value === 100 ? whole.fen : 0;
      if (Math.abs(a.fen - target) <= halfUnitOf(a) + (p.value === 100 ? wholePrinted : whole.halfUnit)) continue;
      // '公务接待费122.06万元，占0%' in shares given to whole percents: rounded right (0.1%), but read as none
      // of it — loose, a question (as '下降100%' with a little left is). A share under 1% cut to '0%', and '100%'
      // of a whole cut a printed unit short of its part ('37.35万元' of '37万元'), are slips of rounding. ('100%'
      // of 2827.22 for 2820.57 stays an error: it claims the whole, seed 000.)
      if (p.value === 100 && Math.abs(a.fen - target) <= halfUnitOf(a) + wholeCut) {
        doc.out.add('share', 'warning', p, `${quote(a)}占${whole.name}的比例为${fine}，文中为100%，差额只有在各数按所印位数四舍五入或截去尾数时才说得通，请核对。`, {
          expected: Number(exact.toFixed(2)),
          actual: p.value,
          key: `${p.start}`,
          about: p,
        });
        continue;
      }
      if (p.value === 0 && exact < 1) {
        const rounded = Number(exact.toFixed(0)) === 0;
        const said = rounded ? `四舍五入为0%，但“${p.raw.replace(/\s+/g, '')}”读作没有此项，请核对是否写出小数` : `四舍五入为1%，文中为0%，差一个尾数，请核对`;
        doc.out.add('share', 'warning', p, `${quote(a)}占${whole.name}的比例为${fine}，${said}。`, {
          expected: Number(exact.toFixed(2)),
          actual: p.value,
          key: `${p.start}`,
          about: p,
        });
        continue;
      }
      doc.out.add('share', 'error', p, `${quote(a)}占${whole.name}的比例为${arithmetic}，文中为${p.raw.replace(/\s+/g, '')}。`, {
        expected: Number(exact.toFixed(2)),
        actual: p.value,
        key: `${p.start}`,
        about: p,
      });
      continue;
    }
    const rounded = Number(exact.toFixed(p.decimals));
    if (printedRateWithin(p, { lo, hi })) {
      if (whole.group && slipInGroup(p, rounded, whole.group)) warnGroupSlip(doc, link, whole, fine, rounded);
      continue;
    }
    if (whole.token === link.list?.head && !(p.of ?? '').trim() && ofTheHeadsWhole(doc, link)) continue;
    const within = p.value >= lo - unit - eps && p.value <= hi + unit + eps;
    // '263万元，占36.31%' of 724.00万元: a whole-number figure may be the table's 262.90 rounded, the share
    // taken from it — which of the two the text means it cannot tell, so it says nothing.
    const printedHalf = printedHalfUnitOf(a);
    const loPrinted = (Math.max(0, a.fen - printedHalf) * 100) / (whole.fen + wholePrinted);
    const hiPrinted = ((a.fen + printedHalf) * 100) / Math.max(1, whole.fen - wholePrinted);
    if (!within && p.value >= loPrinted - unit / 2 - eps && p.value <= hiPrinted + unit / 2 + eps) continue;
    if (within) {
      // One printed unit off: an adjustment to make a group 100% — unless the group still does not make it.
      if (whole.group && !makesHundred(whole.group)) warnGroupSlip(doc, link, whole, fine, rounded);
      else if (!whole.group && cutShort(p, lo, hi) && aloneOfItsWhole(link, whole, wholes)) {
        doc.out.add('share', 'warning', p, `${quote(a)}占${whole.name}的比例为${fine}，四舍五入为${rounded.toFixed(p.decimals)}%，文中为${p.raw.replace(/\s+/g, '')}，似截去尾数而未四舍五入，请核对。`, {
          expected: rounded,
          actual: p.value,
          key: `${p.start}`,
          about: p,
        });
      }
      continue;
    }
    // A share that fits once each figure may be a whole printed unit from what it stands for (figures cut, not
    // rounded: '1367万元' of '4733万元' for 1,367.76 ÷ 4,733.14 = 28.90%): a slip of rounding, a warning.
    if (printedRateWithin(p, percentRange(a.fen, cutAllowanceOf(a), whole.fen, wholeCut))) {
      doc.out.add('share', 'warning', p, `${quote(a)}占${whole.name}的比例为${arithmetic}，文中为${p.raw.replace(/\s+/g, '')}，差额只有在各数按所印位数四舍五入或截去尾数时才说得通，请核对。`, {
        expected: rounded,
        actual: p.value,
        key: `${p.start}`,
        about: p,
      });
      continue;
    }
    doc.out.add('share', 'error', p, `${quote(a)}占${whole.name}的比例应为${rounded.toFixed(p.decimals)}%（${arithmetic}），文中为${p.raw.replace(/\s+/g, '')}。`, {
      expected: rounded,
      actual: p.value,
      key: `${p.start}`,
      about: p,
    });
  }
  for (const [list, { group, whole }] of groups) checkGroupTotal(doc, list, group, whole);
  checkPartsOfSharedWhole(doc, byWhole);
  checkRunsOfStatedWholes(doc, statedWholes);
}

/**
 * The figures of a run of shares read as the parts of the figure before it (statedWholesOfRuns): shares adding to about 100%
 * say they are all of it, so they must add up to it ('43.72 + 5.49 + 70.2 = 119.41' under 121.76). Asked only when every
 * figure of a headless list is in the run, and only when a share already fails — shares that all fit make parts that add up.
 */
function checkRunsOfStatedWholes(doc: Doc, statedWholes: ReadonlyMap<ShareLink, AmountToken>): void {
  const runs = new Map<AmountToken, ShareLink[]>();
  for (const [link, whole] of statedWholes) runs.set(whole, [...(runs.get(whole) ?? []), link]);
  for (const [whole, run] of runs) {
    const parts = run.map((l) => l.amount);
    const list = doc.structure.lists.find((l) => !l.head && l.parts.length === parts.length && l.parts.every((p) => parts.includes(p)));
    if (!list || !run.some((l) => doc.out.hasError(l.percent))) continue;
    const sum = parts.reduce((acc, a) => acc + a.fen, 0);
    if (Math.abs(sum - whole.fen) <= roundingAllowance(parts) + halfUnitOf(whole)) continue;
    const d = decimalsFor(whole, ...parts);
    const total = run.reduce((acc, l) => acc + l.percent.value, 0);
    doc.out.add(
      'sum',
      'error',
      whole,
      `${quote(whole)}与其后所列各项之和不符：${parts.map((a) => amountText(a.fen, whole.unit, d)).join(' + ')} = ${amountText(sum, whole.unit, d)}${whole.unit}（各项占比合计${total.toFixed(2)}%，即为全部），文中为${amountText(whole.fen, whole.unit, d)}${whole.unit}（差${amountText(whole.fen - sum, whole.unit, d)}${whole.unit}），请核对合计或各项金额。`,
      { expected: amountValue(sum, whole.unit, d), actual: whole.value, key: `run${whole.start}`, about: whole },
    );
  }
}
