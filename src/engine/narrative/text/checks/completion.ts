/**
 * 决算 completion rates ("支出预算为3万元，支出决算为1.71万元，完成预算的43%") against 决算 ÷ 预算,
 * with the budget stated in the sentence, stated once elsewhere in the text, or given by the tables;
 * a zero budget has no rate. And the words comparing them ("决算数小于预算数", "决算数同预算数持平")
 * against the figures or the rate. Statements that a figure did not change ("较上年持平") against
 * the figures they compare.
 */
import { cutAllowanceOf, halfUnitOf, percentRange, printedHalfUnitOf, printedRateWithin, printedRoundingOf } from '../figures';
import { amountText, decimalsFor, figureText, markChecked, oneValue, percentText, quote, valuesOf, type Doc } from '../document';
import { cellRef } from '../../../model/names';
import { fitsBudget, type CompletionLink, type StatementLink, type SumList } from '../structure';
import { FINAL_LEAD, measureOf } from '../words';
import type { AmountToken, Measure, PercentToken } from '../tokens';
import { lookup } from './lookup';
import { budgetFromDifference } from './differences';

interface Budget {
  fen: number;
  halfUnit: number;
  name: string;
  /** The budget figure as stated. */
  token?: AmountToken;
  /** The difference it was derived from ('决算数大于预算数55.93万元'). */
  via?: AmountToken;
}

function budgetOf(doc: Doc, actual: AmountToken, of: Measure): Budget | undefined {
  const id = actual.subject.id;
  const fits = (m: Measure | undefined) => fitsBudget(m, of, doc.family);
  // A subject the words do not identify ('一般公共预算财政拨款支出决算为…'): only a budget of its sentence
  // that took its subject from it ('…，年初预算为…') is of the same thing.
  const same = (a: AmountToken) => (id ? a.subject.id === id : a.subject === actual.subject);
  const sameSentence = doc.structure.amounts.filter((a) => a.sentence === actual.sentence && a.role === 'value' && same(a) && a.measure !== undefined && fits(a.measure));
  if (!id) {
    const one = oneValue(sameSentence, actual);
    return one && one !== actual ? { fen: one.fen, halfUnit: halfUnitOf(one), name: quote(one), token: one } : undefined;
  }
  const stated = sameSentence.length > 0 ? sameSentence : valuesOf(doc, id, actual.year, undefined, actual).filter((a) => a.measure !== undefined && fits(a.measure));
  if (sameSentence.length === 0) {
    const derived = budgetFromDifference(doc, actual);
    if (derived) return { fen: derived.fen, halfUnit: derived.halfUnit, name: derived.name, via: derived.difference };
  }
  const one = oneValue(stated, actual);
  if (one) return { fen: one.fen, halfUnit: halfUnitOf(one), name: quote(one), token: one };
  if (stated.length > 0 || !doc.facts || actual.year !== doc.reportYear) return undefined;
  const found = lookup(doc.facts, actual.subject, of === 'initial-budget' ? 'initial-budget' : 'budget', doc.family);
  const fens = new Set(found?.witnesses.map((w) => w.fen));
  if (!found || fens.size !== 1) return undefined;
  const w = found.witnesses[0];
  return { fen: w.fen, halfUnit: w.halfUnit, name: `${found.what}预算数${amountText(w.fen, actual.unit, decimalsFor(actual))}${actual.unit}（${cellRef(w.source.sheet, w.source.cell)}）` };
}

/** '完成预算的-69.23%': no share of a budget is below zero — often the change on the budget (30.77% − 100%) printed in its place. */
function belowZero(exact: number, printed: number, unit: number): string {
  const changeOnBudget = exact - 100;
  return Math.abs(changeOnBudget - printed) <= unit + 1e-9 ? `，完成率不会是负数，文中的数是决算比预算的增减幅度（${percentText(changeOnBudget, 2)}%）` : '，完成率不会是负数';
}

function checkCompletion(doc: Doc, link: CompletionLink): void {
  const { percent: p, actual } = link;
  if (!actual || p.inReason) return;
  const budget = budgetOf(doc, actual, p.completionOf ?? 'budget');
  if (!budget) return;
  markChecked(doc, p, actual, budget.token, budget.via);
  if (budget.fen <= budget.halfUnit) return; // a zero budget has no completion rate
  const exact = (actual.fen * 100) / budget.fen;
  const { lo, hi } = percentRange(actual.fen, halfUnitOf(actual), budget.fen, budget.halfUnit);
  const unit = 10 ** -p.decimals;
  if (p.value >= lo - unit - 1e-9 && p.value <= hi + unit + 1e-9) return;
  const b = budget.token ? figureText(budget.token) : amountText(budget.fen, actual.unit, decimalsFor(actual));
  if (budget.token && unitSlip(doc, p, actual, budget.token)) return;
  const arithmetic = `${quote(actual)}的预算为${budget.name}，完成率为${figureText(actual)} ÷ ${b} = ${percentText(exact, p.decimals)}%，文中为${p.raw.replace(/\s+/g, '')}`;
  // '完成预算的36.32%' for 13.49 ÷ 37.11 = 36.35%: right to its first decimal, its second slipped — a slip to
  // look at, not a wrong rate (68.68% for 68.86%, 59.5% for 60.5% are).
  const secondDecimalSlip = p.decimals >= 2 && p.value >= lo - SECOND_DECIMAL_SLIP - 1e-9 && p.value <= hi + SECOND_DECIMAL_SLIP + 1e-9;
  // '支出决算为17万元' and '年初预算为21万元' printed coarser than the rate was worked ('80.71%' of 16.95 ÷ 21.00): the rate
  // fits once each figure may be rounded to what it prints, or cut (cutAllowanceOf) — a slip of rounding at most. Of two
  // printed unlike ('预算为1万元，支出决算为0.53万元'), the coarser is exact.
  const coarser = budget.token && printedHalfUnitOf(budget.token) !== printedHalfUnitOf(actual) ? (printedHalfUnitOf(budget.token) > printedHalfUnitOf(actual) ? budget.token : actual) : undefined;
  const loose = (t: AmountToken) => (t === coarser ? halfUnitOf(t) : Math.max(printedHalfUnitOf(t), cutAllowanceOf(t)));
  const coarse = !secondDecimalSlip && printedRateWithin(p, percentRange(actual.fen, loose(actual), budget.fen, budget.token ? loose(budget.token) : budget.halfUnit));
  doc.out.add(
    'completion',
    secondDecimalSlip || coarse ? 'warning' : 'error',
    p,
    secondDecimalSlip
      ? `${arithmetic}，差在第二位小数，请核对。`
      : coarse
        ? `${arithmetic}，差额只有在各数按所印位数四舍五入或截去尾数时才说得通，请核对。`
        : `${arithmetic}${p.value < 0 ? belowZero(exact, p.value, unit) : ''}。`,
    { expected: Number(exact.toFixed(2)), actual: p.value, key: `${p.start}`, about: p },
  );
}

/**
 * '支出预算为494,400.00万元,支出决算为115,749.56元,完成预算的23.42%': the rate fits only with both figures read in one
 * unit (115,749.56 ÷ 494,400.00 = 23.41%), so one of the two units was written wrong — that is the thing to check,
 * not a rate of 0.002%. A question (which unit slipped the text does not say), so a warning.
 */
function unitSlip(doc: Doc, p: PercentToken, actual: AmountToken, budget: AmountToken): boolean {
  const factor = actual.unit === '元' && budget.unit === '万元' ? 1 / 10_000 : actual.unit === '万元' && budget.unit === '元' ? 10_000 : undefined;
  if (!factor) return false;
  const budgetFen = budget.fen * factor;
  const budgetHalf = halfUnitOf({ unit: actual.unit, decimals: budget.decimals });
  if (budgetFen <= budgetHalf) return false;
  const { lo, hi } = percentRange(actual.fen, halfUnitOf(actual), budgetFen, budgetHalf);
  const unit = 10 ** -p.decimals;
  if (p.value < lo - unit - 1e-9 || p.value > hi + unit + 1e-9) return false;
  const exact = (actual.fen * 100) / budgetFen;
  doc.out.add(
    'unit',
    'warning',
    p,
    `${quote(actual)}以${actual.unit}计，其预算${quote(budget)}以${budget.unit}计；按同一单位，完成率为${figureText(actual)} ÷ ${figureText(budget)} = ${percentText(exact, p.decimals)}%，与文中${p.raw.replace(/\s+/g, '')}相近，疑似其中一个数的单位写错，请核对。`,
    { key: `${p.start}:unit`, about: p },
  );
  return true;
}

/** How far (in percentage points) past what its figures allow a rate printed to two decimals is a slip of its second decimal. */
const SECOND_DECIMAL_SLIP = 0.1;

function checkFinalVsBudget(doc: Doc, s: StatementLink): void {
  const relation = s.statement.relation;
  if (!relation) return;
  const rate = s.completion;
  let cmp: number | undefined;
  let evidence = '';
  // '年初预算为0万元，支出决算为35.00万元，完成年初预算的0%。决算数大于年初预算数…': 0% is how a zero
  // budget's missing rate is written, not evidence that 决算 fell short.
  const noRate = rate?.value === 0 && relation === '>';
  if (rate && !noRate && !doc.out.hasError(rate)) {
    const unit = 10 ** -rate.decimals / 2;
    cmp = rate.value > 100 + unit ? 1 : rate.value < 100 - unit ? -1 : 0;
    evidence = `完成率为${rate.raw.replace(/\s+/g, '')}`;
  }
  const figures = cmp === undefined ? comparedFigures(doc, s) : undefined;
  if (figures) {
    cmp = figures.cmp;
    evidence = `${quote(figures.actual)}、${quote(figures.budget)}`;
  }
  if (cmp === undefined) return;
  const said = relation === '<' ? -1 : relation === '>' ? 1 : 0;
  markChecked(doc, rate, figures?.actual, figures?.budget);
  // A rate that rounds to 100% ('完成年初预算100%') may stand for a little more or a little less: it
  // contradicts no 大于 / 小于.
  if (said === cmp || cmp === 0) return;
  doc.out.add('direction', 'error', s.statement, `${evidence}，与“${s.statement.text}”不符，请核对。`, { key: `${s.statement.start}` });
}

/**
 * 决算 against the budget the statement names ('决算数大于年初预算数'), from the two figures stated before it.
 */
function comparedFigures(doc: Doc, s: StatementLink): { cmp: number; actual: AmountToken; budget: AmountToken } | undefined {
  if (!s.compared) return undefined;
  const { actual, budget } = s.compared;
  const named = measureOf(s.statement.text.replace(FINAL_LEAD, ''));
  if (!fitsBudget(budget.measure, named, doc.family)) return undefined;
  const gap = actual.fen - budget.fen;
  // '45万元' may stand for 45.30: only a gap past what either figure's printing can hide tells a way.
  if (Math.abs(gap) <= printedRoundingOf(actual, budget)) return undefined;
  return { cmp: Math.sign(gap), actual, budget };
}

function printedBefore(a: AmountToken, t: { para: number; start: number }): boolean {
  return a.para < t.para || (a.para === t.para && a.end <= t.start);
}

function checkNoChange(doc: Doc, s: StatementLink): void {
  const about = s.about;
  const base = s.statement.base;
  if (!about || !base) return;
  const id = about.subject.id;
  const prior = s.prior ?? (id ? oneValue(valuesOf(doc, id, base.year, base.measure, about), about) : undefined);
  if (!prior || prior === about) return;
  // Looked for by name, the prior is a figure printed before the statement: one after it may be dated by the statement's
  // own words ('…决算支出数为0万元,与上年持平公务接待费预算数为310.37万元,决算支出数为249.29万元' — the 上年 is the 持平's).
  if (!s.prior && !printedBefore(prior, s.statement)) return;
  markChecked(doc, about, prior);
  const d = Math.abs(about.fen - prior.fen);
  if (d <= halfUnitOf(about) + halfUnitOf(prior)) return;
  const dec = decimalsFor(about, prior);
  doc.out.add(
    'direction',
    'error',
    s.statement,
    `${quote(about)}与${quote(prior)}相差${amountText(d, about.unit, dec)}${about.unit}，文中却写“${s.statement.text.replace(/^[,，]/, '')}”，请核对。`,
    { key: `${s.statement.start}`, about },
  );
}

/**
 * '支出预算为5.92万元,支出决算为3.58万元…其中:…公务用车…1.2万元,完成预算的20.3%;公务接待费…2.38万元,完成预算的40.2%':
 * each item's rate is its 决算 over the whole's budget (1.2 ÷ 5.92, 2.38 ÷ 5.92). As completion rates they would need item
 * budgets that together exceed the whole's — asked when two or more items spent something and none states its budget.
 */
function ratesOnWholeBudget(doc: Doc, list: SumList): void {
  const head = list.head;
  const headRate = head && head.role === 'value' ? doc.structure.completions.find((c) => c.actual === head) : undefined;
  const budget = headRate && head ? budgetOf(doc, head, headRate.percent.completionOf ?? 'budget') : undefined;
  if (!budget || budget.fen <= budget.halfUnit) return;
  const spent = list.parts.filter((part) => part.fen > halfUnitOf(part));
  const items = spent.flatMap((part) => {
    const link = doc.structure.completions.find((c) => c.actual === part && !c.percent.inReason);
    return link && link.percent.value > 0 && !budgetOf(doc, part, link.percent.completionOf ?? 'budget') ? [{ part, p: link.percent }] : [];
  });
  if (items.length < 2 || items.length !== spent.length) return;
  const onWhole = items.every(({ part, p }) => Math.abs((part.fen * 100) / budget.fen - p.value) <= 10 ** -p.decimals / 2 + (halfUnitOf(part) * 100) / budget.fen + 1e-9);
  const impliedBudgets = items.reduce((sum, { part, p }) => sum + (part.fen * 100) / p.value, 0);
  if (!onWhole || impliedBudgets <= budget.fen + budget.halfUnit) return;
  const b = budget.token ? figureText(budget.token) : amountText(budget.fen, head!.unit, decimalsFor(head!));
  const arithmetic = items.map(({ part, p }) => `${figureText(part)} ÷ ${b} = ${percentText((part.fen * 100) / budget.fen, p.decimals)}%`).join('，');
  doc.out.add(
    'completion',
    'warning',
    items[0].p,
    `各项的完成率都是该项决算数除以${budget.name}：${arithmetic}；按此各项预算之和将超过总预算，请按各项自己的预算数计算完成率。`,
    { key: `${items[0].p.start}:whole-budget`, about: items[0].p },
  );
}

export function checkCompletions(doc: Doc): void {
  for (const link of doc.structure.completions) checkCompletion(doc, link);
  for (const list of doc.structure.lists) ratesOnWholeBudget(doc, list);
  for (const s of doc.structure.statements) {
    if (s.statement.kind === 'final-vs-budget') checkFinalVsBudget(doc, s);
    else checkNoChange(doc, s);
  }
}
