/**
 * One fund's 拨款 change stated twice with two figures (577 L39): '收入较2024增加39.39万元,主要是…,一般公共预算拨款增加了32.42万元'
 * in the 收入 section and '2025年一般公共预算财政拨款收入1125.76万元,较2024年增加34.42 万元' in the 拨款 section — one change
 * of the same appropriation, on the same year. Which of the two is wrong the words cannot tell: a warning on the later.
 *
 * Read only in a budget, for one fund's 拨款 (the words name 拨款: a department's appropriation, not a government's
 * revenue of the fund, '一般公共预算收入'), as 拨款 or as the 收入 it is; a change inside a reason counts, a 支出's only when
 * its sentence prints the 收入 alike (with 上年结转 a fund's 支出 may change otherwise than its 拨款).
 */
import { halfUnitOf } from '../figures';
import { amountsOfPassage, amountText, decimalsFor, markChecked, quote, type Doc, figureOfChange } from '../document';
import { signedFen } from '../structure';
import type { AmountToken } from '../tokens';
import { oneFund } from './whole-as-part';

/** A change stated in the text, of a known way, read whole: one to set against another's. */
export function plainChange(a: AmountToken): boolean {
  return a.role === 'change' && !a.difference && !a.garbled && !a.eitherWay && a.direction !== undefined && !a.fromTable;
}

/** How much `b` says more than `a`, in 分 and signed, when the two differ beyond rounding and are not one figure under two units. */
export function changeGap(a: AmountToken, b: AmountToken): number | undefined {
  // The same digits under two units are a unit slip, which the change's own rate tells of.
  if (a.value === b.value && a.unit !== b.unit) return undefined;
  const gap = signedFen(b) - signedFen(a);
  return Math.abs(gap) <= halfUnitOf(a) + halfUnitOf(b) ? undefined : gap;
}

function appropriationChange(doc: Doc, a: AmountToken): boolean {
  const { core, fund, text } = a.subject;
  return (
    plainChange(a) &&
    oneFund(fund) &&
    text.includes('拨款') &&
    (core === 'appropriation' || core === 'income' || (core === 'expense' && ofIncomeAlike(doc, a)))
  );
}

/**
 * '2023年一般公共预算财政拨款收入513.09万元,一般公共预算财政拨款支出513.09万元,比2022年减少12.48万元' (387 L13): a change after a
 * fund's 收入 and 支出 printed alike in its sentence is the change of both, its 拨款's too.
 */
function ofIncomeAlike(doc: Doc, a: AmountToken): boolean {
  const current = figureOfChange(doc, a);
  if (!current || current.subject.id !== a.subject.id) return false;
  const income = `income@${a.subject.fund}`;
  return amountsOfPassage(doc, a.para).some((v) => v.role === 'value' && v.sentence === a.sentence && v.end <= current.start && v.subject.id === income && v.fen === current.fen && v.unit === current.unit);
}

export function checkRepeatedChanges(doc: Doc): void {
  if (doc.family !== 'budget') return;
  const changes = doc.structure.amounts.filter((a) => appropriationChange(doc, a));
  for (let j = 1; j < changes.length; j++) {
    const b = changes[j];
    const a = changes.slice(0, j).find((x) => x.para !== b.para && x.subject.fund === b.subject.fund && x.year === b.year && x.base?.year === b.base?.year && x.base?.measure === b.base?.measure);
    if (!a || doc.out.hasError(b)) continue;
    const gap = changeGap(a, b);
    if (gap === undefined) continue;
    markChecked(doc, a, b);
    const d = decimalsFor(a, b);
    doc.out.add(
      'duplicate',
      'warning',
      b,
      `同一拨款的增减前后不一致：前文为${quote(a)}，此处为${quote(b)}（差${amountText(Math.abs(gap), b.unit, d)}${b.unit}），请核对。`,
      { key: `repeated-change${b.start}`, about: b },
    );
  }
}
