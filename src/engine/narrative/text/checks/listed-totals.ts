/**
 * A total stated after the items that make it, joined by '、', as a government's 决算 report states its 收入总量 / 支出总量
 * ('…平衡情况是:地方一般公共预算收入完成107,150万元、返还性收入18,345万元、…、调入预算稳定调节基金1,644万元,收入总量为610,013万元'):
 * the items must make the total, as those added after 加上 do (checkAdditions). Read only within one sentence, from its opening
 * (or the colon in it) to the 收入 / 支出 总计 / 总量 / 合计, three items or more, each joined to the next by '、' alone and the last
 * to the total by a comma, one unit, no 加上, 等, 减, 扣除, 其中 or 包括 in it, and not opening with 加 (items added to a figure
 * stated before). A gap beyond the rounding of the figures as printed is a warning: such a list may leave an item out.
 */
import { printedRoundingOf } from '../figures';
import { amountsOfPassage, markChecked, type Doc } from '../document';
import type { AmountToken } from '../tokens';
import { plain, SIDE_TOTAL, warnTotalNotMade } from './additions';

/** What every label SIDE_TOTAL takes holds: one search of a passage spares reading its figures when it holds none. */
export const SIDE_TOTAL_WORDS = /(?:收入|支出)(?:总计|总量|合计)/;
const NOT_PLAIN_LIST = /加上|等|减|扣除|其中|包括/;
const ADDED_TO_BEFORE = /^\s*(?:另|再)?加/;
const ITEM_JOINER = /^[^,，;；。:：]*、[^,，;；。:：、]*$/;
const LAST_JOINER = /^[^;；。:：、]*[,，][^;；。:：、,，]*$/;

/** Where a list ending at `at` may open: after the last full stop, semicolon or colon before it. */
function listOpening(text: string, at: number): number {
  let k = at - 1;
  while (k >= 0 && !CLAUSE_END.test(text[k])) k--;
  return k + 1;
}
const CLAUSE_END = /[。;；:：]/;

function checkListedTotal(doc: Doc, text: string, amounts: readonly AmountToken[], total: AmountToken): void {
  const from = listOpening(text, total.start);
  const items = amounts.filter((a) => a.start >= from && a.end <= total.start);
  if (items.length < 3 || items.some((a) => !plain(a) || a.unit !== total.unit || SIDE_TOTAL.test(a.label))) return;
  const opening = text.slice(from, items[0].start);
  // '加市级财政税收返还和补助收入109.6亿元、…,收入总量为490.7亿元': items added to a figure of the sentence before.
  if (NOT_PLAIN_LIST.test(text.slice(from, total.start)) || /[,，、]/.test(opening) || ADDED_TO_BEFORE.test(opening)) return;
  for (let i = 1; i < items.length; i++) if (!ITEM_JOINER.test(text.slice(items[i - 1].end, items[i].start))) return;
  if (!LAST_JOINER.test(text.slice(items[items.length - 1].end, total.start))) return;
  markChecked(doc, ...items, total);
  const sum = items.reduce((acc, a) => acc + a.fen, 0);
  if (Math.abs(total.fen - sum) <= printedRoundingOf(total, ...items)) return;
  warnTotalNotMade(doc, total, items, (a) => a.fen, '所列');
}

export function checkListedTotals(doc: Doc): void {
  for (const p of doc.passages) {
    if (!p.text.includes('、') || !SIDE_TOTAL_WORDS.test(p.text)) continue;
    const amounts = amountsOfPassage(doc, p.index).filter((a) => a.role === 'value' && !a.inReason);
    for (const total of amounts) if (plain(total) && SIDE_TOTAL.test(total.label)) checkListedTotal(doc, p.text, amounts, total);
  }
}
