/**
 * A whole printed under the name of one of its parts: '2018年年初预算数205.3万元,其中一般公共预算拨款105.3万元,…上级补助拨款
 * 100万元' and, sections later, '2018年一般公共预算拨款收入205.3万元' — the fund's 拨款 is stated as a part of the 收入 and then
 * given the whole's exact figure. One of the two 一般公共预算拨款 is wrong, most likely the second (the total copied under a
 * part's name); which, and whether the second speaks of another scope, the words cannot prove: a warning.
 *
 * Read only for one fund's 拨款 / 收入 (一般公共预算, 政府性基金, 国有资本经营): a part of a 收入 breakdown that is less than
 * its head, and a figure elsewhere of the same fund, year and measure that is exactly the head's figure.
 */
import { amountText, decimalsFor, markChecked, quote, type Doc } from '../document';
import { measureOrDefault, type SumList } from '../structure';
import type { Fund } from '../subjects';
import type { AmountToken } from '../tokens';

/** A fund of its own with its own 拨款 (一般公共预算, 政府性基金, 国有资本经营): not a total of several, not 财政拨款 as a whole. */
export function oneFund(fund: Fund): boolean {
  return fund === 'general-budget' || fund === 'gov-fund' || fund === 'state-capital';
}

/** One fund's 拨款 or 收入: a source of the whole 收入, not a total of several funds. */
function fundSource(a: AmountToken): boolean {
  const core = a.subject.core;
  return (core === 'appropriation' || core === 'income') && oneFund(a.subject.fund);
}

/** A head that may be the whole 收入: one named 收入 (or 收支), or one its words leave unnamed ('2018年年初预算数'). */
function incomeWhole(head: AmountToken): boolean {
  const core = head.subject.core;
  return core === undefined || core === 'income' || core === 'income-expense';
}

function sameMeasure(doc: Doc, a: AmountToken, b: AmountToken): boolean {
  const budget = (x: AmountToken) => {
    const m = measureOrDefault(x.measure, doc.family);
    return m === 'budget' || m === 'initial-budget' ? 'budget' : m;
  };
  return budget(a) === budget(b);
}

interface PartOfWhole {
  list: SumList;
  head: AmountToken;
  part: AmountToken;
}

function partsOfWholes(doc: Doc): PartOfWhole[] {
  const out: PartOfWhole[] = [];
  for (const list of doc.structure.lists) {
    const head = list.head;
    if (!head || head.role !== 'value' || head.inReason || head.fen <= 0 || !incomeWhole(head)) continue;
    for (const part of list.parts) {
      if (part.role === 'value' && !part.inReason && fundSource(part) && part.unit === head.unit && part.year === head.year && part.fen < head.fen) out.push({ list, head, part });
    }
  }
  return out;
}

export function checkWholeAsPart(doc: Doc): void {
  const wholes = partsOfWholes(doc);
  if (wholes.length === 0) return;
  for (const a of doc.structure.amounts) {
    if (a.role !== 'value' || a.inReason || a.fromTable || !fundSource(a)) continue;
    const w = wholes.find(
      ({ list, head, part }) =>
        a !== head &&
        a.para !== head.para &&
        !list.parts.includes(a) &&
        a.subject.fund === part.subject.fund &&
        a.year === head.year &&
        a.unit === head.unit &&
        a.fen === head.fen &&
        sameMeasure(doc, a, head) &&
        sameMeasure(doc, a, part),
    );
    if (!w || doc.out.hasError(a)) continue;
    markChecked(doc, a, w.head, w.part);
    const d = decimalsFor(a, w.part);
    doc.out.add(
      'duplicate',
      'warning',
      a,
      `${quote(a)}与前文合计${quote(w.head)}相同，而前文所列其中${quote(w.part)}只是合计的一部分：疑把合计写成了该项（前文该项为${amountText(w.part.fen, a.unit, d)}${a.unit}，相差${amountText(a.fen - w.part.fen, a.unit, d)}${a.unit}），请核对。`,
      { expected: w.part.value, actual: a.value, key: `whole-as-part${a.start}`, about: a },
    );
  }
}
