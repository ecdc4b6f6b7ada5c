/**
 * The change of a whole against the changes stated for its known parts, wherever the text states them (224: '“三公”经费支出总额为
 * 3825万元,比预算数减少1188万元', then under their own headings 因公出国(境)费 99 '比预算数减少31万元', 公务接待费 1014 '减少850万元',
 * 公务用车购置及运行维护费 2712 '减少107万元': −988, not −1188). Said only when certain: every part of one known decomposition
 * (三公 = 出国 + 接待 + 用车, 支出 = 基本 + 项目, …) is stated, each always alike, with a change on the same comparison as
 * the whole's, and the parts' own figures add up to the whole's — so they are its parts — while their changes do not, by
 * more than the rounding of the figures as printed.
 */
import { printedHalfUnitOf } from '../figures';
import { amountText, amountValue, decimalsFor, markChecked, quote, type Doc } from '../document';
import { sameMeasure, signedFen, type ChangeLink } from '../structure';
import { DECOMPOSITIONS, type Core } from '../subjects';
import type { AmountToken } from '../tokens';

/** A figure stated with its change: '公务接待费1014万元, 比预算数减少850万元'. */
interface Stated {
  value: AmountToken;
  change: AmountToken;
}

function statedOf(link: ChangeLink): Stated | undefined {
  const { change, current } = link;
  if (!change || !current || link.nearestOfSeveral || link.prior) return undefined;
  if (change.role !== 'change' || !change.direction || change.garbled || change.difference || change.inReason || !change.base) return undefined;
  if (current.role !== 'value' || current.inReason || !current.subject.core) return undefined;
  return { value: current, change };
}

function sameComparison(a: AmountToken, b: AmountToken): boolean {
  return a.base!.year === b.base!.year && a.base!.measure === b.base!.measure;
}

/** The one statement of `core` like the whole's (year, measure, comparison); undefined when none, or when they differ. */
function partOf(doc: Doc, stated: readonly Stated[], whole: Stated, core: Core): Stated | undefined {
  const like = stated.filter(
    (s) =>
      s !== whole &&
      s.value.subject.core === core &&
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

/** Whether `whole` is the parts' sum within the rounding of the figures as printed. */
function addsUp(whole: AmountToken, parts: readonly AmountToken[], value: (a: AmountToken) => number): boolean {
  const sum = parts.reduce((s, p) => s + value(p), 0);
  const allowance = parts.reduce((s, p) => s + printedHalfUnitOf(p), printedHalfUnitOf(whole));
  return Math.abs(value(whole) - sum) <= allowance;
}

function checkWhole(doc: Doc, stated: readonly Stated[], whole: Stated): void {
  for (const set of DECOMPOSITIONS[whole.value.subject.core!] ?? []) {
    const parts = set.map((core) => partOf(doc, stated, whole, core));
    if (parts.some((p) => !p)) continue;
    const found = parts as Stated[];
    if (!addsUp(whole.value, found.map((p) => p.value), (a) => a.fen)) continue;
    markChecked(doc, whole.change, ...found.map((p) => p.change));
    if (addsUp(whole.change, found.map((p) => p.change), signedFen)) return;
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
      `${quote(whole.value)}“${whole.change.label.replace(/\s+/g, '').replace(/^[,，;；]+/, '')}${whole.change.raw.replace(/\s+/g, '')}”与其各项的变动之和不符：${names}的变动合计为${terms} = ${amountText(sum, unit, d)}${unit}，文中为${amountText(signedFen(whole.change), unit, d)}${unit}（各项之和与总数相符，变动却不符），请核对。`,
      { expected: amountValue(sum, unit, d), actual: amountValue(signedFen(whole.change), unit, d), key: `parts${whole.change.start}`, about: whole.change },
    );
    return;
  }
}

export function checkPartChanges(doc: Doc): void {
  const stated: Stated[] = [];
  for (const link of doc.structure.changes) {
    const s = statedOf(link);
    if (s) stated.push(s);
  }
  // A change that heads a list of changes is checked against that list (checkSums).
  const heads = new Set(doc.structure.lists.map((l) => l.head));
  for (const whole of stated) {
    if (!DECOMPOSITIONS[whole.value.subject.core!] || heads.has(whole.change) || doc.out.hasError(whole.change)) continue;
    checkWhole(doc, stated, whole);
  }
}
