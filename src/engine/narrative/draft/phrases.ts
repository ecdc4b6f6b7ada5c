/**
 * Phrases every part of a draft uses: a share list whose shares add up to exactly 100.00%, a
 * change on the prior year, a completion rate, and the 类（类）款（款）项（项） path of a 功能分类 line
 * with official names.
 */
import { shareBasisPoints, largestRemainderShares } from '../shares';
import { HALF_WAN_CENT, formatWan } from '../../model/money';
import { joinLines, line, pct, placeholder, wan, type Line, type Part } from './model';
import { lineOfCode, type CodedLine } from './coded-lines';
import type { DraftNames } from './names';

export interface ShareItem {
  name: Part;
  fen: number;
  /** Printed after the share: '，包括…' or a change clause. */
  after?: Part;
}

/** The items as shares when the tables give every amount; undefined when one is left open (no share beside a blank). */
export function everyGiven(items: readonly { name: string; fen: number | undefined }[]): ShareItem[] | undefined {
  const given = items.flatMap(({ name, fen }) => (fen === undefined ? [] : [{ name, fen }]));
  return given.length === items.length ? given : undefined;
}

/**
 * "A X万元，占a%；B Y万元，占b%": shares of the items' own sum by the largest-remainder method, so a
 * group always adds up to 100.00%. Returns a note when the items do not add up to the whole the
 * sentence states (the shares are then of the items' sum; the tables need checking).
 */
export function shareList(items: readonly ShareItem[], whole: number | undefined, what: string, notes: string[], separator = '；'): Line {
  const sum = items.reduce((s, i) => s + i.fen, 0);
  const shares = sum > 0 && items.every((i) => i.fen >= 0) ? largestRemainderShares(items.map((i) => i.fen)) : undefined;
  if (whole !== undefined && Math.abs(whole - sum) >= HALF_WAN_CENT && shares) {
    notes.push(`${what}：所列各项之和${formatWan(sum)}万元与合计${formatWan(whole)}万元不符，占比按各项之和计算，请先核对表格。`);
  }
  return joinLines(
    items.map((item, i) => line(item.name, wan(item.fen), shares && `，占`, shares && pct(shares[i], what), item.after && '，', item.after)),
    separator,
  );
}

/** "比上年增加X万元，增长Y%，主要原因是【请填写原因】" (or 减少 / 持平); undefined without a prior figure. */
export function changeOnPrior(current: number, prior: number | undefined, what = '上年'): Line | undefined {
  if (prior === undefined) return undefined;
  const diff = current - prior;
  if (Math.abs(diff) < HALF_WAN_CENT) return line(`与${what}持平`);
  if (prior === 0) return line(`比${what}增加`, wan(diff), `（${what}未安排），主要原因是`, placeholder('reason'));
  const rate = shareBasisPoints(Math.abs(diff), Math.abs(prior)) ?? 0;
  return diff > 0
    ? line(`比${what}增加`, wan(diff), '，增长', pct(rate), '，主要原因是', placeholder('reason'))
    : line(`比${what}减少`, wan(-diff), '，下降', pct(rate), '，主要原因是', placeholder('reason'));
}

/** "完成年初预算的95.45%" — undefined when the budget is zero (no rate can be stated). */
export function completion(final: number, budget: number, of: string): Line | undefined {
  const rate = shareBasisPoints(final, budget);
  return rate === undefined ? undefined : line(`完成${of}的`, pct(rate));
}

/** "决算数大于年初预算数的主要原因是【请填写原因】" / "决算数与年初预算数持平". */
export function finalAgainstBudget(final: number, budget: number, budgetWord = '年初预算数'): Line {
  const diff = final - budget;
  if (Math.abs(diff) < HALF_WAN_CENT) return line(`决算数与${budgetWord}持平`);
  return line(`决算数${diff > 0 ? '大于' : '小于'}${budgetWord}的主要原因是`, placeholder('reason'));
}

/** The official name of a 功能分类 line, or the name placeholder. */
export function functionName(names: DraftNames, l: Pick<CodedLine, 'code' | 'written'>): Part {
  return names.name('function', l.code, l.written) ?? placeholder('name');
}

/** '社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）'. */
export function classPath(names: DraftNames, lines: readonly CodedLine[], item: CodedLine): Line {
  const parts: Part[] = [];
  for (const [len, word] of [
    [3, '类'],
    [5, '款'],
    [7, '项'],
  ] as const) {
    if (item.code.length < len) break;
    const code = item.code.slice(0, len);
    const own = code === item.code ? item : lineOfCode(lines, code);
    parts.push(functionName(names, { code, written: own?.written ?? '' }), `（${word}）`);
  }
  return line(...parts);
}
