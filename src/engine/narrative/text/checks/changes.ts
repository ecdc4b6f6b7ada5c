/**
 * Changes against the figures they compare ("较2024年的2190万元减少221万元，下降10.1%"; "比2022年预算
 * 执行数增加77.70%"): the amount against 本年 − 上年 when both are stated, the rate against the change
 * and the base (上年 = 本年 − 变动 when only the current value is stated), the direction words
 * against each other and against the figures, an increase larger than the current amount (a negative
 * base), and a part whose base would exceed the whole's base (增加0.11万元、增幅0.01% means 1100万元
 * last year). A zero base has no rate: "增长100%" for a new item is never checked.
 */
import { cutAllowanceOf, halfUnitOf, percentRange, printedHalfUnitOf, printedRateWithin, printedRoundingOf, roundedToItsDigit } from '../figures';
import { toFen } from '../../../model/money';
import { amountText, amountValue, decimalsFor, figureText, markChecked, numberText, oneValueNear, percentText, quote, valuesOf, type Doc } from '../document';
import { levelPrior, measureOrDefault, signedFen, type ChangeLink } from '../structure';
import type { AmountToken, Base, Direction, Measure, PercentToken } from '../tokens';
import { displayName } from '../subjects';
import { COMPARISON_LEAD } from '../words';
import { expectedRate, reportRate, type RateMiss } from './rate-finding';
import { checkRateOnCurrentBase } from './current-base';

const word = (d: Direction) => (d > 0 ? '增加' : '减少');

function unitFen(a: AmountToken): number {
  return halfUnitOf(a) * 2;
}

interface Resolved {
  link: ChangeLink;
  current?: AmountToken;
  prior?: AmountToken;
  direction?: Direction;
  /** What the two figures are called in messages: 本年 / 上年, or 决算 / 2021年度预算 for a comparison with a budget. */
  now: string;
  then: string;
}

function periodsOf(doc: Doc, base: Base, toYear: number, currentMeasure: Measure | undefined): { now: string; then: string } {
  if (base.year === toYear - 1 && base.measure === undefined) return { now: '本年', then: '上年' };
  const then = base.words.replace(COMPARISON_LEAD, '').replace(/\s+/g, '') || `${base.year}年`;
  const now = base.year === toYear ? (measureOrDefault(currentMeasure, doc.family) === 'final' ? '决算' : '预算') : '本年';
  return { now, then };
}

/** The id of a figure whose label is only the verb before it ('达到', '完成'). */
const VERB_ONLY_NAME = /^name:(?:达到|完成|实现|累计完成)$/;

function resolve(doc: Doc, link: ChangeLink): Resolved {
  const x = link.change;
  const r = link.rate;
  const ref = (x ?? link.current)!;
  const subject = x?.subject ?? link.current?.subject;
  const id = subject?.id;
  const toYear = x?.year ?? link.current?.year ?? doc.reportYear;
  const level = levelPrior(link);
  const base = x?.base ?? r?.base ?? level?.base ?? { year: toYear - 1, words: '上年' };
  // This year's value is of the change's measure, the document's own when unsaid (a 决算's 支出决算, not its 年初预算).
  const current = link.current ?? (id && ref ? oneValueNear(doc, valuesOf(doc, id, toYear, measureOrDefault(x?.measure, doc.family), ref), ref) : undefined);
  // '比上年预算下降8.2%': a comparison naming a measure takes a prior that names it too; a figure of another year
  // whose words name none ('2013年…支出为9.5亿元' in a text about 2014's 预算) may be either, so it is not compared.
  const namesMeasureAsAsked = (a: AmountToken) => base.measure === undefined || a.measure !== undefined || a.year === doc.reportYear;
  const direction = x?.direction ?? r?.direction ?? link.current?.levelWay;
  // '由上年X增至Y': the words say X is the prior; no other reading of it is tried.
  const printedBase = level ?? (link.prior && !x && r && link.current && !rateFitsBaseAsChange(r, link.current, link.prior, direction || undefined) ? link.prior : undefined);
  // '…收入突破5000亿元,达到5026.71亿元…。…支出突破7000亿元,达到7175.90亿元,…比上年增长7.3%': figures named by a verb
  // alone are not one item's two years.
  const priorId = id && !VERB_ONLY_NAME.test(id) ? id : undefined;
  const prior = (x ? link.prior : printedBase) ?? (priorId && ref ? oneValueNear(doc, valuesOf(doc, priorId, base.year, base.measure, ref).filter(namesMeasureAsAsked), ref) : undefined);
  const { now, then } = periodsOf(doc, base, toYear, (current ?? x)?.measure);
  // One shape, every field written (undefined where there is none): spreading the optional parts
  // into the literal made a large, slow-path graph that TurboFan compiled in a late warm run.
  return { link, current: current || undefined, prior: prior && prior !== current ? prior : undefined, direction: direction || undefined, now, then };
}

/** Where a check marks the figures that took part: the document's own set, or a trial reading's. */
type Marks = Pick<Doc, 'checked'>;

/**
 * What the checks of one change link find, as data: worded only when reported (reportProblem), so a trial reading
 * (checkEitherWay, agreesAsChangeOf) learns what it would find without wording or reporting anything.
 */
type ChangeProblem =
  /** The amount's and the rate's words go opposite ways. */
  | { kind: 'opposite-ways'; x: AmountToken; r: PercentToken }
  /** The words' way is not the way from the prior figure to the current one. */
  | { kind: 'way-against-figures'; res: Resolved; at: AmountToken | PercentToken; current: AmountToken; prior: AmountToken; direction: Direction }
  /** The amount is not current − prior; `withinRounding`: only by a last printed unit (a warning). */
  | { kind: 'amount'; res: Resolved; x: AmountToken; current: AmountToken; prior: AmountToken; withinRounding: boolean }
  /** The amount's digits are current − prior, printed in another unit. */
  | { kind: 'amount-unit'; res: Resolved; x: AmountToken; current: AmountToken; prior: AmountToken }
  /** An increase larger than the current figure. */
  | { kind: 'negative-base'; x: AmountToken; current: AmountToken }
  /** The change's rate is made by its digits read in the current figure's unit (`read`). */
  | { kind: 'rate-unit'; x: AmountToken; current: AmountToken; r: PercentToken; read: AmountToken; belowLastUnit: boolean }
  /** The rate is made by the current figure's digits read in the change's unit (`read`): the figure's unit was mistyped. */
  | { kind: 'figure-unit'; x: AmountToken; current: AmountToken; r: PercentToken; read: AmountToken }
  /** '增长100%' with an increase that is not the whole current figure. */
  | { kind: 'new-item'; x: AmountToken; current: AmountToken }
  /** '下降100%' of a figure that is still there; `rateFits`: the rate rounds to 100% (a warning). */
  | { kind: 'nothing-left'; r: PercentToken; current: AmountToken; changeFen: number; priorFen: number; rateFits: boolean }
  | { kind: 'rate'; miss: RateMiss };

/**
 * '总支出1135.8万元,比上年增加64.23元,增长5.7%': a change printed in another unit than its figure, with a rate no such change makes
 * — the unit was mistyped (元 for 万元), not the digits. Below the figure's last printed unit no change as printed is possible;
 * above it ('…255,325万元,比上年同期增支14,484元,增长6.01%'), the digits read in the figure's unit must make the rate. The slip,
 * with the change read in the figure's unit; undefined when the change as printed may be meant.
 */
function changeWithMistypedUnit(x: AmountToken, current: AmountToken, r: PercentToken): Extract<ChangeProblem, { kind: 'rate-unit' }> | undefined {
  if (x.unit === current.unit || x.value === 0) return undefined;
  const asPrinted = percentRange(x.fen, printedHalfUnitOf(x), current.fen - signedFen(x), printedHalfUnitOf(current));
  if (printedRateWithin(r, asPrinted)) return undefined;
  const read: AmountToken = { ...x, unit: current.unit, fen: toFen(x.value, current.unit) };
  if (read.fen >= current.fen) return undefined;
  const belowLastUnit = x.fen < 2 * printedHalfUnitOf(current);
  const priorFen = current.fen - signedFen(read);
  if (!belowLastUnit && !printedRateWithin(r, percentRange(read.fen, printedHalfUnitOf(read), priorFen, printedHalfUnitOf(current)))) return undefined;
  return { kind: 'rate-unit', x, current, r, read, belowLastUnit };
}

/**
 * '…转移支付支出 505 元,比上年减少 6969 万元,下降 93.24%': the figure printed in another unit than its change, with a rate only its
 * digits read in the change's unit make (6969 ÷ (505 + 6969) = 93.24%) — the figure's unit was mistyped, not the change's. The
 * slip, with the figure read in the change's unit (the sums' check may have said it already, under the same key); undefined
 * when the figure as printed may be meant.
 */
function figureWithMistypedUnit(x: AmountToken, current: AmountToken, r: PercentToken): Extract<ChangeProblem, { kind: 'figure-unit' }> | undefined {
  if (x.unit === current.unit || current.value === 0 || current.role !== 'value') return undefined;
  if (current.fen - signedFen(x) > 0 && printedRateWithin(r, percentRange(x.fen, printedHalfUnitOf(x), current.fen - signedFen(x), printedHalfUnitOf(current)))) return undefined;
  const read: AmountToken = { ...current, unit: x.unit, fen: toFen(current.value, x.unit) };
  const priorFen = read.fen - signedFen(x);
  if (priorFen <= 0 || !printedRateWithin(r, percentRange(x.fen, printedHalfUnitOf(x), priorFen, printedHalfUnitOf(read)))) return undefined;
  return { kind: 'figure-unit', x, current, r, read };
}

function checkRate(res: Resolved, r: PercentToken, marks: Marks, found: ChangeProblem[]): void {
  const { link, current, prior } = res;
  const printed = link.change;
  const unitSlip = printed && current && !prior ? changeWithMistypedUnit(printed, current, r) : undefined;
  if (unitSlip) found.push(unitSlip);
  const figureSlip = printed && current && !prior && !unitSlip ? figureWithMistypedUnit(printed, current, r) : undefined;
  if (figureSlip) {
    markChecked(marks, r, printed, current);
    found.push(figureSlip);
    return;
  }
  const x = unitSlip?.read ?? printed;
  let priorFen: number | undefined;
  let hPrior = 0;
  const hPrinted = { prior: 0, change: 0 };
  // The figures as they may be when cut, not rounded (cutAllowanceOf).
  const hCut = { prior: 0, change: 0 };
  if (prior) {
    priorFen = prior.fen;
    hPrior = halfUnitOf(prior);
    hPrinted.prior = printedHalfUnitOf(prior);
    hCut.prior = cutAllowanceOf(prior);
  } else if (current && x) {
    priorFen = current.fen - signedFen(x);
    hPrior = halfUnitOf(current) + halfUnitOf(x);
    hPrinted.prior = printedRoundingOf(current, x);
    hCut.prior = cutAllowanceOf(current) + cutAllowanceOf(x);
  }
  let changeFen: number | undefined;
  if (x) {
    changeFen = x.fen;
    hPrinted.change = printedHalfUnitOf(x);
    hCut.change = cutAllowanceOf(x);
  } else if (current && prior) {
    changeFen = Math.abs(current.fen - prior.fen);
    hPrinted.change = printedRoundingOf(current, prior);
    hCut.change = cutAllowanceOf(current) + cutAllowanceOf(prior);
  }
  if (priorFen === undefined || changeFen === undefined) return;
  markChecked(marks, r, x, current, prior);
  // "增长100%" is written for an item new this year (上年为0) or one that doubled: the increase is the
  // whole current amount, or half of it.
  if (res.direction === 1 && r.value === 100 && x && current && !prior) {
    const tol = halfUnitOf(current) + halfUnitOf(x);
    if (Math.abs(x.fen - current.fen) <= tol || Math.abs(current.fen - 2 * x.fen) <= tol + halfUnitOf(x)) return;
    found.push({ kind: 'new-item', x, current });
    return;
  }
  if (priorFen <= hPrior) return; // a zero base has no rate
  // The rate as the printed figures allow it: each rounded to the precision it is printed to.
  const { lo, hi } = percentRange(changeFen, hPrinted.change, priorFen, hPrinted.prior);
  const unit = 10 ** -r.decimals;
  const eps = 1e-9;
  const rateFits = printedRateWithin(r, { lo, hi });
  if (res.direction === -1 && r.value === 100 && r.decimals <= 2 && current && current.fen > halfUnitOf(current)) {
    // '下降100%' says nothing is left. When the figures' own rate rounds to it, the words are right at
    // their precision: '100.00%' for 99.995% is silent, a whole '100%' for 99.58% a warning (loose, not wrong).
    if (rateFits && r.decimals >= 2) return;
    found.push({ kind: 'nothing-left', r, current, changeFen, priorFen, rateFits });
    return;
  }
  if (rateFits) {
    // The prior worked out as this year's figure and the change together moves with them, not as a third figure of its own
    // (each figure still allowed a whole printed unit where it may be cut, as below).
    const together =
      !prior && current && x && res.direction
        ? derivedPriorRange(current.fen, Math.max(printedHalfUnitOf(current), cutAllowanceOf(current)), changeFen, Math.max(hPrinted.change, hCut.change), res.direction)
        : undefined;
    if (!together || printedRateWithin(r, together)) return;
    const reading = rateReading(res, r, current, priorFen, changeFen, current!.unit, decimalsFor(current!, x!));
    const why = `即使${res.now}数与${word(res.direction!)}额各按所印位数四舍五入，变动率也只能在${percentText(together.lo, r.decimals)}%至${percentText(together.hi, r.decimals)}%之间，所印各数与文中变动率不能都对`;
    found.push({ kind: 'rate', miss: { r, reading, exact: (changeFen * 100) / priorFen, slip: true, why } });
    return;
  }
  // Both years stated with a change amount that does not lead from one to the other: the amount is
  // the slip (reported by checkAmount) when the rate is right for the two figures. An amount that does
  // lead from one to the other ('较2020年4729万元减少533万元') is a figure the rate must fit too: its own
  // rounding holds the change tighter than the two years' ('下降11.2%' for 533 ÷ 4729 = 11.27%).
  if (x && current && prior && !amountLeadsBetween(x, current, prior)) {
    if (printedRateWithin(r, percentRange(Math.abs(current.fen - prior.fen), printedRoundingOf(current, prior), prior.fen, printedHalfUnitOf(prior)))) return;
  }
  // One printed unit off ('下降6.00%' for 6.0100%): a rounding slip, a warning. So is a rate that fits once each figure
  // may be a whole printed unit from what it stands for: figures cut, not rounded ('6万元' for 6.75, '增加33.33%' of 2.25 ÷ 6.75).
  // So is one that fits a change printed as the difference of the two years' rounded figures, not as the rounded difference, beside
  // a rate worked on the unrounded ones ('13.94亿元,比上年减少0.77亿元,下降5.17%': 14.705 − 13.944 = 0.761, 0.761 ÷ 14.705 = 5.175%):
  // such a change may be off by both figures' rounding.
  const differenceRounding = current ? printedRoundingOf(current, (prior ?? x)!) : 0;
  const roundingSlip = (r.value >= lo - unit - eps && r.value <= hi + unit + eps) || printedRateWithin(r, percentRange(changeFen, hCut.change, priorFen, hCut.prior));
  const asRoundedDifference = !roundingSlip && current !== undefined && printedRateWithin(r, percentRange(changeFen, differenceRounding, priorFen, hPrinted.prior));
  const slip = roundingSlip || asRoundedDifference;
  const unitOf = (current ?? x ?? prior)!;
  const d = decimalsFor(...[current, x, prior].filter((t): t is AmountToken => !!t));
  const exact = (changeFen * 100) / priorFen;
  // A rate printed to three or more decimals and cut rather than rounded ('6.2118%' for 6.21187%): the
  // software's way of printing, not a slip worth a clerk's time.
  if (slip && r.decimals >= 3 && Math.abs(r.value - Math.trunc(exact * 10 ** r.decimals) / 10 ** r.decimals) < eps) return;
  const way = res.direction ? word(res.direction) : '变动';
  const reading = rateReading(res, r, current, priorFen, changeFen, unitOf.unit, d);
  const why = asRoundedDifference
    ? `只有在${way}额是两年数字取整后相减所得、实际${way}${amountText(changeFen - differenceRounding, unitOf.unit, d)}至${amountText(changeFen + differenceRounding, unitOf.unit, d)}${unitOf.unit}时才说得通`
    : undefined;
  found.push({ kind: 'rate', miss: { r, reading, exact, slip, why } });
}

/** How a rate finding reads the figures: '按本年13.94亿元、上年14.71亿元计，减少0.77亿元，变动率为0.77 ÷ 14.71 = 5.235%'. */
function rateReading(res: Resolved, r: PercentToken, current: AmountToken | undefined, priorFen: number, changeFen: number, unit: AmountToken['unit'], d: number): string {
  const cur = current ? `${res.now}${amountText(current.fen, unit, d)}${unit}、` : '';
  const pri = `${res.then}${amountText(priorFen, unit, d)}${unit}`;
  const chg = `${res.direction ? word(res.direction) : '变动'}${amountText(changeFen, unit, d)}${unit}`;
  return `按${cur}${pri}计，${chg}，变动率为${amountText(changeFen, unit, d)} ÷ ${amountText(priorFen, unit, d)} = ${percentText((changeFen * 100) / priorFen, r.decimals)}%`;
}

/**
 * The rates a change may have when its prior is this year's figure less the change (`way` 1) or plus it (−1), each figure
 * anywhere within its rounding (`*Half`): the rate X ÷ (C ∓ X) grows with X and falls with C, so its ends are taken at
 * the ends of both together ('本年0.01亿元,减少0.03亿元': at most 0.035 ÷ (0.005 + 0.035) = 87.5%).
 */
function derivedPriorRange(currentFen: number, currentHalf: number, changeFen: number, changeHalf: number, way: Direction): { lo: number; hi: number } {
  const base = (c: number, x: number) => (way === -1 ? c + x : c - x);
  const least = Math.max(0, changeFen - changeHalf);
  const most = changeFen + changeHalf;
  const loBase = base(currentFen + currentHalf, least);
  const hiBase = base(currentFen - currentHalf, most);
  return { lo: loBase > 0 ? (least * 100) / loBase : 0, hi: hiBase > 0 ? (most * 100) / hiBase : Infinity };
}

/**
 * '财政拨款收入177.28万元,…与2016年相比21.79万元,增加14.01%', '568.5万元, 较2023年度决算数38.31万元,下降6.31%': the figure after
 * the comparison may be the change with its 增加 / 减少 left out. When the rate fits that reading (21.79 ÷ 155.49 = 14.01%), the
 * figure is not known to be the prior, and nothing is shown wrong.
 */
function rateFitsBaseAsChange(r: PercentToken, current: AmountToken, base: AmountToken, direction: Direction | undefined): boolean {
  return ([1, -1] as const).some((d) => {
    if (direction !== undefined && d !== direction) return false;
    const priorFen = current.fen - d * base.fen;
    if (priorFen <= 0) return false;
    return printedRateWithin(r, percentRange(base.fen, printedHalfUnitOf(base), priorFen, printedRoundingOf(current, base)));
  });
}

/**
 * The stated change is 本年 − 上年 as printed, to the last unit of the figures (checkAmount finds nothing in it) — or, printed
 * coarser than both ('…24.67万元…9.75万元…减少14.9万元'), that difference rounded to its own last digit (14.92 → 14.9).
 */
function amountLeadsBetween(x: AmountToken, current: AmountToken, prior: AmountToken): boolean {
  const expected = current.fen - prior.fen;
  const diff = Math.abs(expected - signedFen(x));
  if (diff === 0 || diff < Math.min(unitFen(x), unitFen(current), unitFen(prior))) return true;
  return roundedToItsDigit(x, signedFen(x), expected, current, prior);
}

/**
 * '科学技术支出259万元,比上年同期139万元增支120元': the change's digits are the difference in its figures' unit — the unit
 * was mistyped (元 for 万元), not the amount. Whether the digits, read in the figures' unit, are the difference.
 */
function changeInFiguresUnit(x: AmountToken, current: AmountToken, prior: AmountToken, expected: number): boolean {
  if (x.unit === current.unit || current.unit !== prior.unit || x.value === 0) return false;
  const read = (x.direction ?? 1) * toFen(x.value, current.unit);
  const tol = halfUnitOf(current) + halfUnitOf(prior) + halfUnitOf({ unit: current.unit, decimals: x.decimals });
  return Math.abs(expected - read) <= tol;
}
function checkAmount(res: Resolved, x: AmountToken, marks: Marks, found: ChangeProblem[]): void {
  const { current, prior } = res;
  if (current && prior) {
    markChecked(marks, x, current, prior);
    if (amountLeadsBetween(x, current, prior)) return;
    const expected = current.fen - prior.fen;
    const diff = Math.abs(expected - signedFen(x));
    // Within the rounding of the figures as printed (whole 万元 each ±0.5) the gap is a slip of rounding: a warning.
    // (printedHalfUnitOf ≥ halfUnitOf for every figure: the printed rounding is the wider of the two.)
    const withinRounding = diff <= printedRoundingOf(current, prior, x);
    if (!withinRounding && changeInFiguresUnit(x, current, prior, expected)) found.push({ kind: 'amount-unit', res, x, current, prior });
    else found.push({ kind: 'amount', res, x, current, prior, withinRounding });
    return;
  }
  // An increase larger than what there is now: last year would be negative — unless the figure is only
  // the nearest of several in its clause, when the impossible base shows the change is another one's.
  if (current && x.direction === 1 && !res.link.nearestOfSeveral && current.fen - x.fen < -(halfUnitOf(current) + halfUnitOf(x))) {
    markChecked(marks, x, current);
    found.push({ kind: 'negative-base', x, current });
  }
}

/** Whether the words' way disagrees with itself or with the figures (nothing else is then checked). */
function checkDirection(res: Resolved, marks: Marks, found: ChangeProblem[]): boolean {
  const x = res.link.change;
  const r = res.link.rate;
  if (x?.direction && r?.direction && x.direction !== r.direction && !(x.fen === 0 && r.value === 0)) {
    markChecked(marks, x, r);
    found.push({ kind: 'opposite-ways', x, r });
    return true;
  }
  const { current, prior, direction } = res;
  if (current && prior && direction) {
    const d = current.fen - prior.fen;
    if (Math.abs(d) > halfUnitOf(current) + halfUnitOf(prior) && Math.sign(d) !== direction) {
      const at = x ?? r ?? current;
      markChecked(marks, at, current, prior);
      found.push({ kind: 'way-against-figures', res, at, current, prior, direction });
      return true;
    }
  }
  return false;
}

/** Words a problem and adds it to the document's findings: every change message is worded here (a rate's in rate-finding). */
function reportProblem(doc: Doc, p: ChangeProblem): void {
  const stated = (x: AmountToken) => `“${word(x.direction ?? 1)}${x.raw.replace(/\s+/g, '')}”`;
  switch (p.kind) {
    case 'opposite-ways': {
      const { x, r } = p;
      doc.out.add('direction', 'error', r, `${stated(x)}与“${r.direction! > 0 ? '增' : '减'}${r.raw.replace(/\s+/g, '')}”方向相反，请核对增减方向。`, { key: `${x.start}`, about: r });
      return;
    }
    case 'way-against-figures': {
      const { res, at, current, prior } = p;
      doc.out.add('direction', 'error', at, `${res.now}${quote(current)}${current.fen - prior.fen > 0 ? '多于' : '少于'}${res.then}${quote(prior)}，文中却写“${word(p.direction)}”，请核对增减方向。`, {
        key: `${at.start}`,
        about: at,
      });
      return;
    }
    case 'amount': {
      const { res, x, current, prior } = p;
      const expected = current.fen - prior.fen;
      const d = decimalsFor(current, prior, x);
      const arithmetic = `${amountText(current.fen, x.unit, d)} − ${amountText(prior.fen, x.unit, d)} = ${amountText(expected, x.unit, d)}${x.unit}`;
      const stateText = `${word(x.direction ?? 1)}${amountText(x.fen, x.unit, d)}${x.unit}`;
      // '由年初预算X万元调整为Y万元，调增Z万元': the change of the adjustment is Y − X.
      const lead = current.adjustedFrom === prior && !current.levelWay ? `${quote(prior)}调整为${numberText(current)}${current.unit}，调整额应为` : `按${res.now}${quote(current)}、${res.then}${quote(prior)}计，变动为`;
      doc.out.add('change', p.withinRounding ? 'warning' : 'error', x, `${lead}${arithmetic}，文中为“${stateText}”${p.withinRounding ? '，相差一个尾数单位，请核对' : ''}。`, {
        expected: amountValue(expected, x.unit, d),
        actual: amountValue(signedFen(x), x.unit, d),
        key: `${x.start}`,
        about: x,
      });
      return;
    }
    case 'amount-unit': {
      const { res, x, current, prior } = p;
      const d = decimalsFor(current, prior);
      const unit = current.unit;
      const difference = `${amountText(current.fen, unit, d)} − ${amountText(prior.fen, unit, d)} = ${amountText(current.fen - prior.fen, unit, d)}${unit}`;
      doc.out.add('unit', 'warning', x, `按${res.now}${quote(current)}、${res.then}${quote(prior)}计，变动为${difference}，文中为${stated(x)}：数字相同而单位为${x.unit}，疑为${unit}之误，请核对单位。`, {
        expected: amountValue(current.fen - prior.fen, unit, d),
        actual: x.value,
        key: `${x.start}:unit`,
        about: x,
      });
      return;
    }
    case 'negative-base': {
      const { x, current } = p;
      const d = decimalsFor(current, x);
      doc.out.add(
        'change',
        'error',
        x,
        `${quote(current)}，却“增加${amountText(x.fen, x.unit, d)}${x.unit}”：上年将为${amountText(current.fen, x.unit, d)} − ${amountText(x.fen, x.unit, d)} = ${amountText(current.fen - x.fen, x.unit, d)}${x.unit}，不可能为负数，请核对增加额。`,
        { key: `${x.start}`, about: x },
      );
      return;
    }
    case 'rate-unit': {
      const { x, current, r, read } = p;
      const d = decimalsFor(current, read);
      const priorFen = current.fen - signedFen(read);
      const rate = r.raw.replace(/\s+/g, '');
      const why = p.belowLastUnit
        ? `${stated(x)}小于${quote(current)}所印的最后一位，却有${rate}的变动率：数字应为${amountText(read.fen, current.unit, d)}${current.unit}`
        : `${stated(x)}按${x.unit}计，变动率只有${percentText((x.fen * 100) / (current.fen - signedFen(x)), r.decimals)}%，与${rate}不符；按${current.unit}读，${amountText(read.fen, current.unit, d)} ÷ ${amountText(priorFen, current.unit, d)} = ${percentText((read.fen * 100) / priorFen, r.decimals)}%，正合所印变动率`;
      doc.out.add('unit', 'warning', x, `${why}，单位${x.unit}疑为${current.unit}之误，请核对单位。`, {
        expected: amountValue(read.fen, current.unit, d),
        actual: x.value,
        key: `${x.start}:unit`,
        about: x,
      });
      return;
    }
    case 'figure-unit': {
      const { x, current, r, read } = p;
      const d = decimalsFor(read, x);
      const priorFen = read.fen - signedFen(x);
      doc.out.add(
        'unit',
        'warning',
        current,
        `${quote(current)}按${current.unit}计，与${stated(x)}、${r.raw.replace(/\s+/g, '')}对不上；按${x.unit}读，${amountText(x.fen, x.unit, d)} ÷ ${amountText(priorFen, x.unit, d)} = ${percentText((x.fen * 100) / priorFen, r.decimals)}%，正合所印变动率，单位${current.unit}疑为${x.unit}之误，请核对单位。`,
        { expected: amountValue(read.fen, x.unit, d), actual: current.value, key: `${current.start}:unit`, about: current },
      );
      return;
    }
    case 'new-item': {
      const { x, current } = p;
      const d = decimalsFor(current, x);
      doc.out.add(
        'change',
        'error',
        x,
        `${quote(current)}“增长100%”表示上年为0（新增项目），增加额应等于本年的${amountText(current.fen, x.unit, d)}${x.unit}，文中为“增加${x.raw.replace(/\s+/g, '')}”。`,
        { expected: amountValue(current.fen, x.unit, d), actual: x.value, key: `${x.start}`, about: x },
      );
      return;
    }
    case 'nothing-left': {
      const { r, current, changeFen, priorFen, rateFits } = p;
      const message = rateFits
        ? `${quote(current)}仍有金额，降幅约${((changeFen / priorFen) * 100).toFixed(Math.max(2, r.decimals + 1))}%，四舍五入后为100%，但“下降100%”读来是已无支出，建议写出实际降幅。`
        : `${quote(current)}仍有金额，不应写“下降100%”，请核对。`;
      doc.out.add('change', rateFits ? 'warning' : 'error', r, message, { key: `${r.start}`, about: r });
      return;
    }
    case 'rate':
      reportRate(doc, 'change', p.miss, `${p.miss.r.start}`);
  }
}

/** A part's base (变动 ÷ 变动率) cannot exceed its whole's base. */
function checkBounds(doc: Doc, byChange: Map<AmountToken, ChangeLink>): void {
  for (const list of doc.structure.lists) {
    const head = list.head;
    if (!head || head.role !== 'change' || head.garbled) continue;
    const headRate = byChange.get(head)?.rate;
    if (!headRate || headRate.value <= 0) continue;
    const headUnit = 10 ** -headRate.decimals / 2;
    const headPriorMax = ((head.fen + halfUnitOf(head)) * 100) / Math.max(1e-9, headRate.value - headUnit);
    for (const part of list.parts) {
      const r = byChange.get(part)?.rate;
      if (!r || r.value <= 0 || part.garbled || r.garbled || doc.out.hasError(r)) continue;
      const u = 10 ** -r.decimals / 2;
      const partPriorMin = (Math.max(0, part.fen - halfUnitOf(part)) * 100) / (r.value + u);
      if (partPriorMin <= headPriorMax) continue;
      markChecked(doc, part, r, head, headRate);
      const d = decimalsFor(head, part);
      const partPrior = (part.fen * 100) / r.value;
      const headPrior = (head.fen * 100) / headRate.value;
      const minRate = (part.fen * 100) / headPrior;
      doc.out.add(
        'change',
        'error',
        r,
        `按“${word(part.direction ?? 1)}${part.raw.replace(/\s+/g, '')}，${r.raw.replace(/\s+/g, '')}”，上年应为${figureText(part)} ÷ ${r.value}% = ${amountText(partPrior, part.unit, d)}${part.unit}，超过上年${displayName(head.subject)}的全部（${figureText(head)} ÷ ${headRate.value}% = ${amountText(headPrior, head.unit, d)}${head.unit}）；变动率应不低于${minRate.toFixed(2)}%，请核对。`,
        { key: `${r.start}`, about: r },
      );
    }
  }
}

/** What the checks of one change link find, in the order they are reported; the figures that took part are marked in `marks`. */
function problemsOf(doc: Doc, link: ChangeLink, marks: Marks): ChangeProblem[] {
  const res = resolve(doc, link);
  const found: ChangeProblem[] = [];
  if (checkDirection(res, marks, found)) return found;
  if (link.change) checkAmount(res, link.change, marks, found);
  if (link.rate) checkRate(res, link.rate, marks, found);
  return found;
}

function checkLink(doc: Doc, link: ChangeLink): void {
  for (const p of problemsOf(doc, link, doc)) reportProblem(doc, p);
}

/** A trial reading's marks, kept apart from the document's. */
const trialMarks = (): Marks => ({ checked: new Set() });

/** Whether the change agrees with its figures when read as the change of `current`. */
function agreesAsChangeOf(doc: Doc, link: ChangeLink, current: AmountToken): boolean {
  return problemsOf(doc, { ...link, current }, trialMarks()).length === 0;
}

/**
 * '较2016年“三公”经费预算数减少(增加)0.11万元,同比下降(增加)6%': a template's change whose way the words leave open. Read
 * both ways; silent when either reading agrees with its figures, and its rate reported only when neither way makes it
 * (0.11 on 4.97 is 2.26% up or 2.17% down, never 6%). Any other disagreement is left unsaid: which way was meant is unknown.
 */
const WAY_PAIR_END = /(?:增加|减少|增长|下降|上升|增|减)\s*[(（]\s*(?:增加|减少|增长|下降|上升|增|减)\s*[)）]\s*(?:为|了)?\s*$/;

function checkEitherWay(doc: Doc, link: ChangeLink): void {
  const x = link.change!;
  const r = link.rate;
  const trials = ([1, -1] as const).map((direction) =>
    problemsOf(doc, { ...link, change: { ...x, direction, garbled: false }, rate: r && { ...r, direction } }, trialMarks()),
  );
  if (!r || trials.some((found) => found.length === 0)) {
    markChecked(doc, x, r, link.current);
    return;
  }
  const misses = trials.flatMap((found) => (found.length === 1 && found[0].kind === 'rate' ? [found[0].miss] : []));
  if (misses.length < 2) return;
  const printed = r.raw.replace(/\s+/g, '');
  const words = WAY_PAIR_END.exec(x.label)?.[0].replace(/\s+/g, '') ?? '';
  markChecked(doc, x, r, link.current);
  doc.out.add(
    'change',
    misses.some((m) => m.slip) ? 'warning' : 'error',
    r,
    `“${words}${x.raw.replace(/\s+/g, '')}”未选定增减方向，两种读法都不合文中的${printed}：${misses.map((m) => m.reading).join('；')}。`,
    { expected: expectedRate(misses[0]), actual: r.value, key: `${r.start}`, about: r },
  );
}

export function checkChanges(doc: Doc): void {
  const byChange = new Map<AmountToken, ChangeLink>();
  for (const link of doc.structure.changes) {
    if (link.rateOnAdjustedBasis) {
      // Only the amount is of the printed figures.
      if (link.change && !link.change.inReason && !link.change.difference && !link.change.garbled) checkLink(doc, { ...link, rate: undefined });
      continue;
    }
    if (link.change) byChange.set(link.change, link);
    if (link.change?.inReason || link.rate?.inReason) continue;
    // A difference of two figures of one year is checked by checkDifferences.
    if (link.change?.difference) continue;
    if (link.change?.eitherWay && !link.rate?.garbled && !link.current?.garbled) {
      checkEitherWay(doc, link);
      continue;
    }
    // '比2024年度减增加21.90万元': which way it went cannot be read (the words are reported by checkWording);
    // '支出?8639万元': the figure itself lost characters.
    if (link.change?.garbled || link.rate?.garbled || link.current?.garbled) continue;
    // Which figure the change is of cannot be told: it is reported only when neither reading agrees.
    if (link.orTotal && agreesAsChangeOf(doc, link, link.orTotal)) {
      markChecked(doc, link.change, link.rate, link.orTotal);
      continue;
    }
    if (link.orWhole && !agreesAsChangeOf(doc, link, link.current!) && agreesAsChangeOf(doc, link, link.orWhole)) {
      markChecked(doc, link.change, link.rate, link.orWhole);
      continue;
    }
    if (checkRateOnCurrentBase(doc, link)) continue;
    checkLink(doc, link);
  }
  checkBounds(doc, byChange);
}
