/**
 * Differences of two figures of one year: an unsigned 差值 / 差额 ("支出2.05万元,年初预算为2.95万元,
 * 差值为0.9万元") against the gap between the two figures stated just before it, and a 决算 − 预算
 * with its direction ("决算为120万元,年初预算为100万元,决算数大于预算数20万元") against 决算 − 预算.
 * A difference is never a part of a breakdown of values, nor a change on an earlier year. When the
 * budget itself is not stated, a signed difference still gives it for a completion rate (决算 − 差额).
 */
import { halfUnitOf, printedRoundingOf, roundedToItsDigit } from '../figures';
import { amountsOfPassage, amountText, amountValue, decimalsFor, decimalsIn, figureText, markChecked, numberText, quote, type Doc } from '../document';
import { fitsBudget, measureOrDefault } from '../structure';
import type { AmountToken } from '../tokens';

/** The values of the difference's subject stated before it in its sentence, since the previous difference. */
function valuesBefore(doc: Doc, d: AmountToken): AmountToken[] {
  const sentence = amountsOfPassage(doc, d.para).filter((a) => a.sentence === d.sentence && a.start < d.start);
  const previous = sentence.filter((a) => a.difference).pop();
  return sentence.filter(
    (a) => a.role === 'value' && !a.inReason && a.depth === d.depth && a.subject.id !== undefined && a.subject.id === d.subject.id && (!previous || a.start > previous.start),
  );
}

/** The two figures a difference is of: [决算, 预算] for a signed one, the last two of different measures otherwise. */
function pairOf(doc: Doc, d: AmountToken): [AmountToken, AmountToken] | undefined {
  const values = valuesBefore(doc, d);
  if (d.direction) {
    const final = values.filter((a) => measureOrDefault(a.measure, doc.family) === 'final').pop();
    const budget = values.filter((a) => a.measure !== undefined && fitsBudget(a.measure, d.base?.measure, doc.family)).pop();
    return final && budget ? [final, budget] : undefined;
  }
  const last = values[values.length - 1];
  const other = last ? values.filter((a) => measureOrDefault(a.measure, doc.family) !== measureOrDefault(last.measure, doc.family)).pop() : undefined;
  return last && other ? [other, last] : undefined;
}

function checkDifference(doc: Doc, d: AmountToken): void {
  const pair = pairOf(doc, d);
  if (!pair) return;
  const [a, b] = pair;
  markChecked(doc, d, a, b);
  const expected = d.direction ? a.fen - b.fen : Math.abs(a.fen - b.fen);
  const stated = d.direction ? d.direction * d.fen : d.fen;
  const gap = Math.abs(expected - stated);
  const strict = halfUnitOf(a) + halfUnitOf(b) + halfUnitOf(d);
  if (gap <= strict) return;
  // A difference printed coarser than its figures, their gap rounded to its own digit, is right as printed.
  if (roundedToItsDigit(d, stated, expected, a, b)) return;
  const printed = printedRoundingOf(a, b, d);
  const dec = decimalsIn(d.unit, a, b, d);
  const show = (fen: number) => amountText(fen, d.unit, dec);
  const words = d.base?.words ?? '差值';
  const arithmetic = d.direction
    ? `决算${quote(a)}减预算${quote(b)}为${show(a.fen)} − ${show(b.fen)} = ${show(expected)}${d.unit}`
    : `${quote(a)}与${quote(b)}相差${show(Math.max(a.fen, b.fen))} − ${show(Math.min(a.fen, b.fen))} = ${show(expected)}${d.unit}`;
  doc.out.add(
    'change',
    gap <= printed ? 'warning' : 'error',
    d,
    `${arithmetic}，文中为“${words}${numberText(d)}${d.unit}”${gap <= printed ? '，差额只有在各数按所印位数四舍五入时才说得通' : ''}，请核对。`,
    { expected: amountValue(expected, d.unit, dec), actual: amountValue(stated, d.unit, dec), key: `${d.start}`, about: d },
  );
}

export function checkDifferences(doc: Doc): void {
  for (const d of doc.structure.amounts) if (d.difference && !d.inReason) checkDifference(doc, d);
}

/**
 * The budget a completion rate of `actual` is of, from a signed difference of its sentence
 * ("支出总计1741.75万元，完成年初预算100%，决算数大于预算数55.93万元": 1741.75 − 55.93).
 */
export function budgetFromDifference(doc: Doc, actual: AmountToken): { fen: number; halfUnit: number; name: string; difference: AmountToken } | undefined {
  const d = doc.structure.amounts.find(
    (x) => x.difference && x.direction && !x.inReason && x.sentence === actual.sentence && x.start > actual.start && x.subject.id === actual.subject.id,
  );
  if (!d?.direction) return undefined;
  const fen = actual.fen - d.direction * d.fen;
  const dec = decimalsFor(actual, d);
  return {
    fen,
    halfUnit: halfUnitOf(actual) + halfUnitOf(d),
    name: `${figureText(actual)} ${d.direction > 0 ? '−' : '+'} ${figureText(d)} = ${amountText(fen, actual.unit, dec)}${actual.unit}（由“${d.base?.words ?? ''}${numberText(d)}${d.unit}”推得）`,
    difference: d,
  };
}
