/**
 * One item's change printed both ways on one comparison, one right after the other (442 L9: '房产税收入同比增收531万元,同比减收24万元,
 * 下降4.32%'): an item cannot have risen and fallen against the same base — one of the two is no change. When the rate after the
 * second fits it on the first as the year's figure (24 ÷ (531 + 24) = 4.32%), the message says so: the first is the figure
 * printed as a change. An error: the two cannot both stand.
 *
 * Read only for two plain changes of one named subject, at one depth, on the same comparison (year, measure and words), with no
 * figure, percentage or 其中 between them.
 */
import { halfUnitOf, percentRange, printedRateWithin } from '../figures';
import { amountsOfPassage, figureText, markChecked, percentText, quote, quoteChange, type Doc } from '../document';
import type { AmountToken } from '../tokens';
import { plainChange } from './repeated-changes';

function sameComparison(a: AmountToken, b: AmountToken): boolean {
  return !!a.base && !!b.base && a.base.year === b.base.year && a.base.measure === b.base.measure && a.base.words === b.base.words;
}

const BETWEEN_BREAKS = /其中|包括|含|[%％。;；]/;

export function checkOppositeChanges(doc: Doc): void {
  for (const link of doc.structure.changes) {
    const b = link.change;
    if (!b || !plainChange(b) || b.inReason || !b.subject.id) continue;
    const amounts = amountsOfPassage(doc, b.para);
    const a = amounts[amounts.indexOf(b) - 1];
    if (!a || !plainChange(a) || a.inReason || a.sentence !== b.sentence || a.depth !== b.depth || a.subject.id !== b.subject.id) continue;
    if (a.direction === b.direction || !sameComparison(a, b)) continue;
    if (BETWEEN_BREAKS.test(doc.passages[b.para].text.slice(a.end, b.start))) continue;
    markChecked(doc, a, b);
    const rate = link.rate;
    // The first read as the year's figure: its prior is the figure less the second's change.
    const prior = a.fen - (b.direction ?? 0) * b.fen;
    const fits = rate && prior > 0 && printedRateWithin(rate, percentRange(b.fen, halfUnitOf(b), prior, halfUnitOf(a) + halfUnitOf(b)));
    const why = fits
      ? `按其后的变动率${rate.raw.replace(/\s+/g, '')}计，${figureText(b)} ÷ (${figureText(a)} ${b.direction === -1 ? '+' : '−'} ${figureText(b)}) = ${percentText((b.fen * 100) / prior, rate.decimals)}%，${figureText(a)}似为本年数而写成了变动`
      : '两者必有一误';
    doc.out.add('change', 'error', b, `${quote(a)}与紧接其后的${quoteChange(b)}增减方向相反：同一项目对同一基数不能既增又减，${why}，请核对。`, {
      key: `opposite${b.start}`,
      about: b,
    });
  }
}
