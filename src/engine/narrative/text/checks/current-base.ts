/**
 * A rate taken on this year's figure instead of last year's: '1.财政拨款收入276.0605万元,在职职工工资性收入18.6973万元,…
 * 补助收入14.0723万元,较上年度决算数增加42.1949万元,增加15%'. The change names no subject and is read as the nearest
 * figure's, which it cannot be (an increase larger than 14.0723 leaves last year below nothing). The one figure of its
 * clause of which the printed rate is change ÷ figure (42.1949 ÷ 276.0605 = 15.28%) is the figure it is of — the author
 * divided by it — and the rate is wrong: last year was 276.0605 − 42.1949 = 233.8656, so 42.1949 ÷ 233.8656 = 18.04%.
 * Silent when no figure, or more than one, gives the printed rate so, and when the proper rate fits as well.
 */
import { halfUnitOf, percentRange, printedHalfUnitOf, printedRateWithin, printedRoundingOf } from '../figures';
import { amountText, decimalsFor, markChecked, percentText, quote, type Doc } from '../document';
import { otherFigureOfClause, type ChangeLink } from '../structure';
import type { AmountToken, PercentToken } from '../tokens';

/** Whether `r` is `part` ÷ `whole` as the printed figures allow, to the rate's last printed digit. */
function rateOf(r: PercentToken, part: number, partHalf: number, whole: number, wholeHalf: number): boolean {
  return printedRateWithin(r, percentRange(part, partHalf, whole, wholeHalf));
}

/** The figure of the change's clause its rate was taken on as this year's, when exactly one is. */
function figureDividedBy(doc: Doc, link: ChangeLink, x: AmountToken, r: PercentToken): AmountToken | undefined {
  const current = link.current;
  if (!current || !link.nearestOfSeveral || x.direction !== 1 || r.direction !== 1 || x.garbled || r.garbled) return undefined;
  // Read as the nearest figure's, the change is possible: nothing says it is another's.
  if (current.fen - x.fen >= -(halfUnitOf(current) + halfUnitOf(x))) return undefined;
  const texts = doc.passages.map((p) => p.text);
  const clause = doc.structure.amounts.filter(
    (a) => a.sentence === x.sentence && a.start < x.start && (a === current || otherFigureOfClause(a, current, x, texts)),
  );
  const bases = clause.filter((a) => a.fen > x.fen + halfUnitOf(a) + halfUnitOf(x) && rateOf(r, x.fen, printedHalfUnitOf(x), a.fen, printedHalfUnitOf(a)));
  return bases.length === 1 ? bases[0] : undefined;
}

/** Reports the rate of `link` taken on this year's figure; true when it did. */
export function checkRateOnCurrentBase(doc: Doc, link: ChangeLink): boolean {
  const x = link.change;
  const r = link.rate;
  if (!x || !r) return false;
  const figure = figureDividedBy(doc, link, x, r);
  if (!figure) return false;
  const priorFen = figure.fen - x.fen;
  const priorHalf = printedRoundingOf(figure, x);
  if (rateOf(r, x.fen, printedHalfUnitOf(x), priorFen, priorHalf)) return false;
  markChecked(doc, r, x, figure);
  const d = decimalsFor(figure, x);
  const money = (fen: number) => `${amountText(fen, x.unit, d)}${x.unit}`;
  const exact = (x.fen * 100) / priorFen;
  const taken = (x.fen * 100) / figure.fen;
  const printed = r.raw.replace(/\s+/g, '');
  doc.out.add(
    'change',
    'error',
    r,
    `${quote(figure)}增加${money(x.fen)}，上年应为${money(figure.fen)} − ${money(x.fen)} = ${money(priorFen)}，变动率为${amountText(x.fen, x.unit, d)} ÷ ${amountText(priorFen, x.unit, d)} = ${percentText(exact, Math.max(r.decimals, 1))}%；文中的${printed}是以本年数为基数算的（${amountText(x.fen, x.unit, d)} ÷ ${amountText(figure.fen, x.unit, d)} = ${percentText(taken, Math.max(r.decimals, 1))}%），请按上年数核对。`,
    { expected: Number(exact.toFixed(2)), actual: r.value, key: `${r.start}`, about: r },
  );
  return true;
}
