/**
 * A saving rate ('…采购计划金额共计30005.94万元,实际采购金额共计24380.43万元,共节约资金5625.51万元,节约率为18%') against the
 * saving and the plan stated with it: 节约率 = 节约资金 ÷ 采购计划. Read only when the figures since the rate before it in
 * its sentence hold exactly one plan and one saving; a rate whose plan is not printed ('规模为32.72亿元,较采购计划节约资金
 * 5.51亿元,资金节约率达14.41%') stays unchecked. One printed unit off is a warning, as for a change's rate.
 */
import { halfUnitOf, percentRange, printedRateWithin } from '../figures';
import { amountText, decimalsFor, markChecked, percentText, quote, type Doc } from '../document';
import type { PercentToken } from '../tokens';
import { reportRate } from './rate-finding';

const SAVING_RATE = /节约率\s*(?:为|达|是|:|：)?\s*$/;
const SAVING = /节约/;
const PLAN = /计划|预算/;

export function checkSavings(doc: Doc): void {
  const { amounts, percents } = doc.structure;
  const rates = percents.filter((r) => SAVING_RATE.test(r.label) && !r.inReason);
  for (const r of rates) {
    const before = rates.filter((q: PercentToken) => q.para === r.para && q.sentence === r.sentence && q.end <= r.start).at(-1);
    const figures = amounts.filter(
      (a) => a.para === r.para && a.sentence === r.sentence && a.start >= (before?.end ?? 0) && a.end <= r.start && a.role === 'value' && !a.inReason,
    );
    const savings = figures.filter((a) => SAVING.test(a.label));
    const plans = figures.filter((a) => PLAN.test(a.label) && !SAVING.test(a.label));
    if (savings.length !== 1 || plans.length !== 1) continue;
    const [saving] = savings;
    const [plan] = plans;
    if (plan.fen <= 0 || saving.fen < 0 || saving.fen > plan.fen) continue;
    markChecked(doc, r, saving, plan);
    const { lo, hi } = percentRange(saving.fen, halfUnitOf(saving), plan.fen, halfUnitOf(plan));
    const unit = 10 ** -r.decimals;
    const eps = 1e-9;
    if (printedRateWithin(r, { lo, hi })) continue;
    const slip = r.value >= lo - unit - eps && r.value <= hi + unit + eps;
    const exact = (saving.fen * 100) / plan.fen;
    const d = decimalsFor(saving, plan);
    const arithmetic = `按${quote(plan)}、${quote(saving)}计，节约率为${amountText(saving.fen, saving.unit, d)} ÷ ${amountText(plan.fen, saving.unit, d)} = ${percentText(exact, r.decimals)}%`;
    reportRate(doc, 'share', { r, reading: arithmetic, exact, slip }, `saving:${r.start}`);
  }
}
