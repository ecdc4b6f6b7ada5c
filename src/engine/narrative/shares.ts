/**
 * Amounts and shares for the 情况说明, as integers so sums never carry float dust.
 * An amount is held in 分 (0.01 元); text shows 万元 with two decimals; a share is held in
 * 万分之一 (0.01%).
 */
import type { Unit } from '../recognize/types';
import { UNIT_IN_YUAN } from '../grid/units';

/** 1 万元 in 分. */
export const FEN_PER_WAN = 1_000_000;
/** 0.01 万元 in 分: the precision of every published amount. */
export const FEN_PER_WAN_CENT = 10_000;

/** A value in `unit` as an integer of 分. */
export function toFen(value: number, unit: Unit): number {
  return Math.round(value * UNIT_IN_YUAN[unit] * 100);
}

/** 分 rounded half away from zero to 0.01 万元, as an integer count of 0.01 万元. */
export function fenToWanCents(fen: number): number {
  const sign = fen < 0 ? -1 : 1;
  return sign * Math.floor((Math.abs(fen) + FEN_PER_WAN_CENT / 2) / FEN_PER_WAN_CENT);
}

/** An integer of hundredths as text with two decimals: 72400 → '724.00', -507 → '-5.07'. */
export function hundredthsText(n: number): string {
  const sign = n < 0 ? '-' : '';
  const a = Math.abs(n);
  return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

/** 分 as the published 万元 text with two decimals: 7_240_000_00 → '724.00'. */
export function formatWan(fen: number): string {
  return hundredthsText(fenToWanCents(fen));
}

/** An integer share in 0.01% as text: 6434 → '64.34'. */
export function formatShare(basisPoints: number): string {
  return hundredthsText(basisPoints);
}

/** part / whole in 0.01%, rounded half up; undefined when the whole is zero. */
export function shareBasisPoints(part: number, whole: number): number | undefined {
  if (whole === 0) return undefined;
  const q = (part * 10_000) / whole;
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
  const floors = parts.map((p) => Math.floor((p * 10_000) / total));
  const remainders = parts.map((p, i) => p * 10_000 - floors[i] * total);
  let missing = 10_000 - floors.reduce((s, f) => s + f, 0);
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
