/**
 * Money inside the engine, defined once: amounts are integers of 分 (0.01 元) — the smallest unit a
 * table prints (a 元 table to 0.01, a 万元 table to 0.000001) — so sums carry no float dust and tables
 * in 元 and 万元 compare directly; shares are integers of 0.01 %. Rounding allowances are half a unit
 * of a figure's last printed decimal, which may be a fraction of a 分 (0.005 元 is half a 分). One
 * formatter prints figures: in messages with thousands separators, in the 情况说明 as published.
 */
import { UNIT_IN_YUAN } from '../grid/units';
import type { Unit } from '../recognize/types';

const FEN_PER_YUAN = 100;
/** 1 万元 in 分. */
export const FEN_PER_WAN = 1_000_000;
/** 0.01 万元 in 分: the precision of every amount a 情况说明 prints. */
export const FEN_PER_WAN_CENT = FEN_PER_WAN / 100;
/** Half of 0.01 万元: two amounts closer than this print as the same figure in a 情况说明. */
export const HALF_WAN_CENT = FEN_PER_WAN_CENT / 2;
/** A share is held in 0.01 %: the whole is 10 000. */
export const BASIS_POINTS_WHOLE = 10_000;
/** Float dust left in a sum of fractional allowances; a difference within it is no difference. */
const ALLOWANCE_DUST = 1e-6;
/** Ratios between the units tables are printed in (元, 千元, 万元, 亿元): two figures that differ by one slipped a unit. */
export const UNIT_SLIP_FACTORS: readonly number[] = [1_000, 10_000, 100_000_000];

/** A value in `unit` as an integer of 分. */
export function toFen(value: number, unit: Unit): number {
  return Math.round(value * UNIT_IN_YUAN[unit] * FEN_PER_YUAN);
}

/** 分 back in `unit` (rid of float dust past the 8th decimal). */
export function fromFen(fen: number, unit: Unit): number {
  const v = fen / (UNIT_IN_YUAN[unit] * FEN_PER_YUAN);
  return Math.round(v * 1e8) / 1e8;
}

/** Half a unit of the last printed decimal, in 分: 0.005 万元 = 50 分, 0.005 元 = 0.5 分. */
export function halfUnitFen(decimals: number, unit: Unit): number {
  return (UNIT_IN_YUAN[unit] * FEN_PER_YUAN) / 2 / 10 ** decimals;
}

export type Verdict = 'ok' | 'rounding' | 'error';

/** 0 → ok; within the rounding allowance → rounding (a warning); beyond it → error. */
export function judge(diffFen: number, allowanceFen: number): Verdict {
  const d = Math.abs(diffFen);
  if (d === 0) return 'ok';
  return d <= allowanceFen + ALLOWANCE_DUST ? 'rounding' : 'error';
}

/** 分 rounded half away from zero to 0.01 万元, as an integer count of 0.01 万元. */
function fenToWanCents(fen: number): number {
  const sign = fen < 0 ? -1 : 1;
  return sign * Math.floor((Math.abs(fen) + FEN_PER_WAN_CENT / 2) / FEN_PER_WAN_CENT);
}

/** '1234567' → '1,234,567'. */
function grouped(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * A figure for a message, with the decimals its table prints and thousands separators:
 * (1234.5, 2) → '1,234.50'. Never '-0.00'.
 */
export function formatAmount(value: number, decimals: number): string {
  const d = Math.max(0, Math.min(6, decimals));
  const s = Math.abs(value).toFixed(d);
  const [int, frac] = s.split('.');
  return (value < 0 && Number(s) !== 0 ? '-' : '') + grouped(int) + (frac ? `.${frac}` : '');
}

/** An integer count of hundredths with two decimals, as a 情况说明 prints it: 72400 → '724.00', -507 → '-5.07'. */
function hundredthsText(n: number): string {
  const a = Math.abs(n);
  return `${n < 0 ? '-' : ''}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

/** 分 as a 情况说明 prints 万元 (two decimals, no separators): 724_000_000 → '724.00'. */
export function formatWan(fen: number): string {
  return hundredthsText(fenToWanCents(fen));
}

/** A share in 0.01 % as printed: 6434 → '64.34'. */
export function formatShare(basisPoints: number): string {
  return hundredthsText(basisPoints);
}
