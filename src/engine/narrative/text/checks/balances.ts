/**
 * A fund's balance ('上年结转171.6万元,…总收入266.98万元,…总支出405.43万元,结余33.15万元'; '2022年度结余91.6294万元,
 * 2023年本年留成46.6784万元、结余11.5765万元' with the use in the 使用情况 after its heading): the closing 结余 is the
 * balance carried in, plus the year's money, less what was spent. Read only when one sentence holds exactly one
 * carried-in balance, one inflow and, last, the closing 结余 with no name of its own; the outflow is the one
 * 支出 of that sentence or, when it names none, the first figure of the next passage with figures, past headings
 * only, when that is a 支出. A balance that does not add up is a warning: a 结余 may be of a scope the text does
 * not give.
 */
import { halfUnitOf } from '../figures';
import { amountsOfPassage, amountText, amountValue, decimalsFor, markChecked, quote, type Doc } from '../document';
import type { AmountToken } from '../tokens';

const CARRIED_IN = /(?:上年度?|年初|以前年度)(?:结转|结余)|^\s*\d{4}\s*年度?\s*(?:结转|结余)/;
const INFLOW = /留成|留用|总收入|本年收入|筹集|拨付|收入$/;
const OUTFLOW = /支出/;
/** The closing balance: 结余 with at most a year or 年末 before it, nothing naming another fund. */
const CLOSING = /^[\s,，、;；]*(?:\d{4}\s*年度?)?\s*(?:年末|年底)?\s*(?:结转)?\s*结余\s*(?:为|是)?\s*$/;

function plain(a: AmountToken): boolean {
  return a.role === 'value' && !a.inReason && a.depth === 0 && !a.fromTable;
}

function carriedIn(a: AmountToken, closing: AmountToken): boolean {
  if (!CARRIED_IN.test(a.label)) return false;
  const year = /^\s*(\d{4})\s*年度?\s*(?:结转|结余)/.exec(a.label);
  return !year || Number(year[1]) < closing.year;
}

/**
 * The 支出 after the balance's passage: the first figure of the next passage with figures, only headings between,
 * when every other figure of its section (up to the next heading) is a part of it and no share makes it a part of
 * more — a section that lists a second use ('用于群众体育支出…' then '用于竞技体育支出…') does not give the whole outflow.
 */
function outflowAfter(doc: Doc, para: number): AmountToken | undefined {
  let p = para + 1;
  while (p < doc.passages.length && p <= para + 2 && !amountsOfPassage(doc, p).some(plain)) p++;
  const first = p <= para + 2 ? amountsOfPassage(doc, p).find(plain) : undefined;
  if (!first || !OUTFLOW.test(first.label) || CARRIED_IN.test(first.label)) return undefined;
  // '用于群众体育支出…,占总数的60%': a share of the whole use, not all of it.
  if (doc.structure.percents.some((r) => r.para === p && r.sentence === first.sentence && r.role === 'share' && r.value < 99.5)) return undefined;
  const parts = new Set(doc.structure.lists.filter((l) => l.head === first).flatMap((l) => l.parts));
  for (let q = p; q < doc.passages.length; q++) {
    const section = amountsOfPassage(doc, q).filter(plain);
    if (section.length === 0) break;
    if (section.some((a) => a !== first && !parts.has(a))) return undefined;
  }
  return first;
}

function checkBalance(doc: Doc, closing: AmountToken, sentence: readonly AmountToken[]): void {
  const before = sentence.filter((a) => a.start < closing.start);
  const opening = before.filter((a) => carriedIn(a, closing));
  const inflow = before.filter((a) => INFLOW.test(a.label) && !OUTFLOW.test(a.label) && !CARRIED_IN.test(a.label));
  const spent = before.filter((a) => OUTFLOW.test(a.label) && !CARRIED_IN.test(a.label));
  if (opening.length !== 1 || inflow.length !== 1 || spent.length > 1) return;
  if (before.length !== opening.length + inflow.length + spent.length) return;
  const out = spent[0] ?? outflowAfter(doc, closing.para);
  if (!out) return;
  const [open] = opening;
  const [income] = inflow;
  if (new Set([open.unit, income.unit, out.unit, closing.unit]).size !== 1) return;
  markChecked(doc, open, income, out, closing);
  const expected = open.fen + income.fen - out.fen;
  const gap = closing.fen - expected;
  if (Math.abs(gap) <= halfUnitOf(open) + halfUnitOf(income) + halfUnitOf(out) + halfUnitOf(closing)) return;
  const d = decimalsFor(open, income, out, closing);
  const show = (fen: number) => amountText(fen, closing.unit, d);
  doc.out.add(
    'sum',
    'warning',
    closing,
    `结余与收支不符：${quote(open)} + ${quote(income)} − ${quote(out)} = ${show(open.fen)} + ${show(income.fen)} − ${show(out.fen)} = ${show(expected)}${closing.unit}，文中结余为${show(closing.fen)}${closing.unit}（差${show(gap)}${closing.unit}）；若另有收支未写出，请补充说明，否则请核对结余或各项金额。`,
    { expected: amountValue(expected, closing.unit, d), actual: amountValue(closing.fen, closing.unit, d), key: `balance:${closing.start}`, about: closing },
  );
}

export function checkBalances(doc: Doc): void {
  for (const closing of doc.structure.amounts) {
    if (!plain(closing) || !CLOSING.test(closing.label)) continue;
    const sentence = amountsOfPassage(doc, closing.para).filter((a) => a.sentence === closing.sentence && plain(a));
    checkBalance(doc, closing, sentence);
  }
}
