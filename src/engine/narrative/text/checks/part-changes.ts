/**
 * The change of a whole against the changes stated for its known parts, wherever the text states them (224: '“三公”经费支出总额为
 * 3825万元,比预算数减少1188万元', then under their own headings 因公出国(境)费 99 '比预算数减少31万元', 公务接待费 1014 '减少850万元',
 * 公务用车购置及运行维护费 2712 '减少107万元': −988, not −1188). Said only when certain: every part of one known decomposition
 * (三公 = 出国 + 接待 + 用车, 支出 = 基本 + 项目, …) is stated, each always alike, with a change on the same comparison as
 * the whole's, and the parts' own figures add up to the whole's — so they are its parts — while their changes do not, by
 * more than the rounding of the figures as printed.
 */
import { printedRoundingOf } from '../figures';
import { amountsOfPassage, amountText, amountValue, decimalsFor, markChecked, quote, quoteChange, type Doc } from '../document';
import { budgetLike, finalAndBudget, measureOrDefault, sameMeasure, signedFen, type ChangeLink } from '../structure';
import { DECOMPOSITIONS, type Core, type Fund } from '../subjects';
import type { AmountToken } from '../tokens';
import { partsArithmetic } from './sums';

/** A figure stated with its change: '公务接待费1014万元, 比预算数减少850万元'. */
interface Stated {
  value: AmountToken;
  change: AmountToken;
}

function statedOf(doc: Doc, link: ChangeLink): Stated | undefined {
  const { change, current } = link;
  if (!change || !current || (link.nearestOfSeveral && !equalFiguresBefore(doc, current)) || link.prior) return undefined;
  if (change.role !== 'change' || !change.direction || change.garbled || change.difference || change.inReason || !change.base) return undefined;
  if (current.role !== 'value' || current.inReason || !current.subject.core) return undefined;
  return { value: current, change };
}

/**
 * '一般公共预算财政拨款收入756.20万元,一般公共预算财政拨款支出756.20万元,比2022年增加55.87万元': the figures before the nearest one
 * in its sentence are the same amount, the 收入 and 支出 of its fund — the change is of each of them.
 */
function equalFiguresBefore(doc: Doc, current: AmountToken): boolean {
  const others = amountsOfPassage(doc, current.para).filter((a) => a !== current && a.sentence === current.sentence && a.start < current.start && a.role === 'value' && !a.inReason);
  const incomeOrExpense = (a: AmountToken) => a.subject.core === 'income' || a.subject.core === 'expense';
  // '支出预算328,661万元，其中：财政拨款支出预算328,661万元，比2025年预算增加115,649万元': a total all of one fund, that fund's
  // figure listed under it — the change stands with the part it follows.
  const listedUnder = (a: AmountToken) => doc.structure.lists.some((l) => l.head === a && l.parts.includes(current));
  return others.length > 0 && incomeOrExpense(current) && others.every((a) => a.fen === current.fen && (a.subject.fund === current.subject.fund || listedUnder(a)) && incomeOrExpense(a));
}

function sameComparison(a: AmountToken, b: AmountToken): boolean {
  return a.base!.year === b.base!.year && a.base!.measure === b.base!.measure;
}

/** The one statement of `core` (of `fund`, when given) like the whole's (year, measure, comparison); undefined when none, or when they differ. */
function partOf(doc: Doc, stated: readonly Stated[], whole: Stated, core: Core, fund?: Fund): Stated | undefined {
  const like = stated.filter(
    (s) =>
      s !== whole &&
      s.value.subject.core === core &&
      (fund === undefined || s.value.subject.fund === fund) &&
      s.value.year === whole.value.year &&
      // A measure read from the comparison's words ('3825万元,比预算数减少…' taken for a budget) is not held against
      // parts that state none: that their figures add up to the whole's says they are its parts.
      (s.value.measure === undefined || whole.value.measure === undefined || sameMeasure(s.value.measure, whole.value.measure, doc.family)) &&
      sameComparison(s.change, whole.change),
  );
  if (like.length === 0) return undefined;
  const [first] = like;
  return like.every((s) => s.value.fen === first.value.fen && signedFen(s.change) === signedFen(first.change)) ? first : undefined;
}

/**
 * Whether `whole` is the sum of `parts` (of `rounded`, when given, with `parts` only the ones printed rounded) within the
 * rounding of the figures as printed.
 */
function addsUp(whole: AmountToken, rounded: readonly AmountToken[], value: (a: AmountToken) => number, parts: readonly AmountToken[] = rounded): boolean {
  const sum = parts.reduce((s, p) => s + value(p), 0);
  const allowance = printedRoundingOf(whole, ...rounded);
  return Math.abs(value(whole) - sum) <= allowance;
}

/** A part printed as 0 with a change of 0, both without decimals. */
function nothingEitherYear(p: Stated): boolean {
  return p.value.fen === 0 && p.change.fen === 0 && p.value.decimals === 0 && p.change.decimals === 0;
}

/**
 * The parts a whole is made of, each found among the statements: by kind (三公 = 出国 + 接待 + 用车, 支出 = 基本 + 项目, …) and,
 * for a 财政拨款 figure, by fund — the 一般公共预算, 政府性基金 and 国有资本经营 figures of its kind (jianguanwei-2026 L4–L6).
 */
function decompositionsOf(doc: Doc, stated: readonly Stated[], whole: Stated): (Stated | undefined)[][] {
  const core = whole.value.subject.core!;
  const byKind = (DECOMPOSITIONS[core] ?? []).map((set) => set.map((c) => partOf(doc, stated, whole, c)));
  if (whole.value.subject.fund !== 'fiscal') return byKind;
  return [...byKind, FISCAL_FUNDS.map((fund) => partOf(doc, stated, whole, core, fund))];
}

/** The funds 财政拨款 is made of. */
const FISCAL_FUNDS: readonly Fund[] = ['general-budget', 'gov-fund', 'state-capital'];

function checkWhole(doc: Doc, stated: readonly Stated[], whole: Stated): void {
  for (const parts of decompositionsOf(doc, stated, whole)) {
    if (parts.some((p) => !p)) continue;
    const found = parts as Stated[];
    if (!addsUp(whole.value, found.map((p) => p.value), (a) => a.fen)) continue;
    markChecked(doc, whole.change, ...found.map((p) => p.change));
    // A part at 0 that changed by 0 ('因公出国(境)经费0万元,同比减少0万元') had nothing either year: its 0s are exact, no rounding.
    const rounded = found.filter((p) => !nothingEitherYear(p)).map((p) => p.change);
    if (addsUp(whole.change, rounded, signedFen, found.map((p) => p.change))) return;
    const changes = found.map((p) => p.change);
    const d = decimalsFor(whole.change, ...changes);
    const unit = whole.change.unit;
    const sum = changes.reduce((s, c) => s + signedFen(c), 0);
    const terms = changes.map((c) => amountText(signedFen(c), unit, d)).join(' + ');
    const names = found.map((p) => quote(p.value)).join('、');
    doc.out.add(
      'change',
      'error',
      whole.change,
      `${quote(whole.value)}${quoteChange(whole.change)}与其各项的变动之和不符：${names}的变动合计为${terms} = ${amountText(sum, unit, d)}${unit}，文中为${amountText(signedFen(whole.change), unit, d)}${unit}（各项之和与总数相符，变动却不符），请核对。`,
      { expected: amountValue(sum, unit, d), actual: amountValue(signedFen(whole.change), unit, d), key: `parts${whole.change.start}`, about: whole.change },
    );
    return;
  }
}

/**
 * '“三公”经费支出预算为89.90万元,支出决算为57.53万元' and then, under each kind's heading, '…支出决算数比预算数减少17.54万元'
 * (148): the whole's change on its budget is its 决算 less its budget, though no sentence states it. The kinds' changes on
 * their budgets must add to it — when every kind of one decomposition states one (a '增加(减少)0万元' of the template is 0
 * either way) and the kinds' 决算 add up to the whole's. Only a warning: the whole's change is worked out, not printed.
 */
function checkBudgetWhole(doc: Doc, whole: { actual: AmountToken; budget: AmountToken }): void {
  const { actual, budget } = whole;
  const year = actual.year;
  const onBudget = (c: AmountToken) =>
    c.role === 'change' && !c.inReason && !c.difference && c.year === year && c.base?.year === year && c.base.measure !== undefined && budgetLike(c.base.measure) && (!!c.direction || (c.fen === 0 && !!c.garbled));
  const changes = doc.structure.changes.map((l) => l.change).filter((c): c is AmountToken => !!c && onBudget(c));
  // A whole whose own change on the budget is stated is checked by checkWhole.
  if (changes.some((c) => c.subject.id === actual.subject.id)) return;
  const finals = doc.structure.amounts.filter((a) => a.role === 'value' && !a.inReason && a.year === year && measureOrDefault(a.measure, doc.family) === 'final');
  /** The one figure of `core` among `of`, all alike (undefined when none, or when they differ). */
  const one = (of: readonly AmountToken[], core: Core, value: (a: AmountToken) => number) => {
    const like = of.filter((a) => a.subject.core === core);
    return like.length > 0 && like.every((a) => value(a) === value(like[0])) ? like[0] : undefined;
  };
  for (const set of DECOMPOSITIONS[actual.subject.core!] ?? []) {
    const partChanges = set.map((core) => one(changes, core, signedFen));
    const partFinals = set.map((core) => one(finals.filter((a) => a !== actual), core, (a) => a.fen));
    if (partChanges.some((c) => !c) || partFinals.some((a) => !a)) continue;
    const found = partChanges as AmountToken[];
    if (!addsUp(actual, partFinals as AmountToken[], (a) => a.fen)) continue;
    // A kind's change already shown wrong (against the tables, say) is the slip: the whole's gap is its consequence.
    if (found.some((c) => doc.out.hasError(c))) return;
    markChecked(doc, actual, budget, ...found);
    const wholeChange = actual.fen - budget.fen;
    const sum = found.reduce((s, c) => s + signedFen(c), 0);
    const allowance = printedRoundingOf(actual, budget, ...found);
    if (Math.abs(wholeChange - sum) <= allowance) return;
    const unit = actual.unit;
    const d = decimalsFor(actual, budget, ...found);
    doc.out.add(
      'change',
      'warning',
      budget,
      `${quote(budget)}、${quote(actual)}：决算比预算变动${amountText(actual.fen, unit, d)} − ${amountText(budget.fen, unit, d)} = ${amountText(wholeChange, unit, d)}${unit}，但文中各项的决算比预算变动合计为${partsArithmetic(found, unit, d)} = ${amountText(sum, unit, d)}${unit}（差${amountText(wholeChange - sum, unit, d)}${unit}），请核对预算数或各项的变动。`,
      { expected: amountValue(sum, unit, d), actual: amountValue(wholeChange, unit, d), key: `budget-parts${budget.start}`, about: budget },
    );
    return;
  }
}

export function checkPartChanges(doc: Doc): void {
  const stated: Stated[] = [];
  for (const link of doc.structure.changes) {
    const s = statedOf(doc, link);
    if (s) stated.push(s);
  }
  // A change that heads a list of changes is checked against that list (checkSums).
  const heads = new Set(doc.structure.lists.map((l) => l.head));
  for (const whole of stated) {
    if (heads.has(whole.change) || doc.out.hasError(whole.change)) continue;
    checkWhole(doc, stated, whole);
  }
  for (const whole of budgetWholes(doc)) checkBudgetWhole(doc, whole);
}

/** The wholes of a known decomposition whose 决算 and budget one sentence states, and nothing else ('预算为89.90万元,支出决算为57.53万元'). */
function budgetWholes(doc: Doc): { actual: AmountToken; budget: AmountToken }[] {
  const out: { actual: AmountToken; budget: AmountToken }[] = [];
  const amounts = doc.structure.amounts;
  for (let i = 0; i < amounts.length; ) {
    let j = i + 1;
    while (j < amounts.length && amounts[j].para === amounts[i].para && amounts[j].sentence === amounts[i].sentence) j++;
    const pair = finalAndBudget(amounts.slice(i, j), doc.family);
    if (pair && pair.actual.subject.core && DECOMPOSITIONS[pair.actual.subject.core]) out.push(pair);
    i = j;
  }
  return out;
}
