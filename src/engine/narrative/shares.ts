/**
 * Shares for the 情况说明, as integers of 0.01 % (model/money) so that a group of them adds up to
 * exactly 100.00 %.
 */
import { BASIS_POINTS_WHOLE } from '../model/money';

/** part / whole in 0.01%, rounded half up; undefined when the whole is zero. */
export function shareBasisPoints(part: number, whole: number): number | undefined {
  if (whole === 0) return undefined;
  const q = (part * BASIS_POINTS_WHOLE) / whole;
  return q < 0 ? -Math.round(-q) : Math.round(q);
}

/**
 * Shares of a group whose parts add up to its whole, rounded to 0.01% so that they sum to exactly
 * 100.00% (largest-remainder / Hamilton method): every share is first rounded down, then the
 * missing hundredths go one each to the parts with the largest remainders (ties: larger part first,
 * then earlier part). Parts must be non-negative integers with a positive sum.
 */
export function largestRemainderShares(parts: readonly number[]): number[] {
  const total = parts.reduce((s, p) => s + p, 0);
  if (total <= 0 || parts.some((p) => p < 0)) return parts.map(() => 0);
  const floors = parts.map((p) => Math.floor((p * BASIS_POINTS_WHOLE) / total));
  const remainders = parts.map((p, i) => p * BASIS_POINTS_WHOLE - floors[i] * total);
  let missing = BASIS_POINTS_WHOLE - floors.reduce((s, f) => s + f, 0);
  const order = parts
    .map((_, i) => i)
    .sort((a, b) => remainders[b] - remainders[a] || parts[b] - parts[a] || a - b);
  for (const i of order) {
    if (missing <= 0) break;
    floors[i] += 1;
    missing -= 1;
  }
  return floors;
}

/** The policy sentence printed under every draft that states shares. */
export const SHARE_ROUNDING_POLICY =
  '各项占比按四舍五入保留两位小数；同一组占比之和不等于100%时，按最大余数法调整（先全部舍去第三位小数，再将差额按0.01%逐一补给舍去部分最大的项目），使该组占比合计为100.00%。';
