/**
 * A figure per vehicle ('全年车均运行维护费支出5.97元', '平均每辆车运行维护费5.41万元') against the 运行
 * (维护)费 and the number of vehicles the text states: the quotient written in the figure's own unit
 * confirms it; the quotient's digits under another unit mean the unit is mistyped (17.9万元 ÷ 3辆 =
 * 5.97万元, printed '5.97元'). Any other quotient proves nothing — the average may be over another sum
 * or fleet — and the figure stays unchecked.
 */
import type { Unit } from '../../../recognize/types';
import { UNIT_IN_YUAN } from '../../../grid/units';
import { amountText, markChecked, quote, type Doc } from '../document';
import { printedHalfUnitOf } from '../figures';
import type { AmountToken } from '../tokens';

/** Words that make the figure after them an amount per vehicle. */
const PER_VEHICLE = /车均|平均每辆|每辆车|单车/;
/** A number of vehicles: '保有量为3辆', '共有公务用车206辆'. */
const VEHICLES = /(\d+)\s*辆/g;
/** The sum a per-vehicle figure divides: a 公务用车 运行 or 运行维护 cost. */
const RUNNING_COST = /运行/;
const UNITS = Object.keys(UNIT_IN_YUAN) as Unit[];

function vehicleCounts(text: string): number[] {
  const counts: number[] = [];
  for (const m of text.matchAll(VEHICLES)) {
    const n = Number(m[1]);
    if (n > 0) counts.push(n);
  }
  return counts;
}

/** `fen` written in `unit`, compared with the figure's printed digits within both roundings. */
function sameDigits(fen: number, allowance: number, unit: Unit, a: AmountToken): boolean {
  const perUnit = UNIT_IN_YUAN[unit] * 100;
  return Math.abs(fen / perUnit - a.value) * perUnit <= allowance + Math.round(printedHalfUnitOf({ unit, decimals: a.decimals }));
}

function runningCosts(doc: Doc, a: AmountToken): AmountToken[] {
  return doc.structure.amounts.filter(
    (d) => d !== a && d.role === 'value' && !d.inReason && d.fen > 0 && RUNNING_COST.test(d.label) && !PER_VEHICLE.test(d.label) && d.year === a.year,
  );
}

export function checkAverages(doc: Doc): void {
  for (const a of doc.structure.amounts) {
    if (a.role !== 'value' || a.inReason || a.value === 0 || !PER_VEHICLE.test(a.label)) continue;
    const counts = vehicleCounts(doc.passages[a.para].text);
    if (!counts.length) continue;
    const costs = runningCosts(doc, a);
    let slip: { cost: AmountToken; count: number; unit: Unit; fen: number } | undefined;
    let confirmed = false;
    for (const cost of costs) {
      for (const count of counts) {
        const fen = cost.fen / count;
        const allowance = printedHalfUnitOf(cost) / count;
        if (sameDigits(fen, allowance, a.unit, a)) {
          markChecked(doc, a, cost);
          confirmed = true;
        } else if (!slip) {
          const unit = UNITS.find((u) => u !== a.unit && sameDigits(fen, allowance, u, a));
          if (unit) slip = { cost, count, unit, fen };
        }
      }
    }
    if (confirmed || !slip) continue;
    markChecked(doc, a, slip.cost);
    doc.out.add(
      'unit',
      'warning',
      a,
      `${quote(a)}：按${quote(slip.cost)}、${slip.count}辆计，每辆为${amountText(Math.round(slip.fen), slip.unit, a.decimals)}${slip.unit}，与文中数字相同而单位不同，疑为单位写错（应为${slip.unit}？），请核对。`,
      { key: `average${a.start}`, about: a },
    );
  }
}
