/**
 * Amounts as integers and the rounding policy (docs/design.md §4).
 * Every comparison runs on integers of 0.0001 元 ("micro-yuan"), so sums carry no float dust and
 * tables in 元 and 万元 compare directly.
 */
import { UNIT_IN_YUAN } from '../grid/units';
import type { Unit } from '../recognize/types';

const MICRO_PER_YUAN = 10_000;

export function toMicro(value: number, unit: Unit): number {
  return Math.round(value * UNIT_IN_YUAN[unit] * MICRO_PER_YUAN);
}

export function fromMicro(micro: number, unit: Unit): number {
  const v = micro / (UNIT_IN_YUAN[unit] * MICRO_PER_YUAN);
  return Math.round(v * 1e8) / 1e8;
}

/** Half a unit of the last printed decimal, in micro-yuan: 0.005 万元 = 500000. */
export function halfUnitMicro(decimals: number, unit: Unit): number {
  return 0.5 * 10 ** -decimals * UNIT_IN_YUAN[unit] * MICRO_PER_YUAN;
}

export type Verdict = 'ok' | 'rounding' | 'error';

/** 0 → ok; inside the tolerance → rounding (warning); beyond → error. */
export function judge(diffMicro: number, toleranceMicro: number): Verdict {
  const d = Math.abs(diffMicro);
  if (d === 0) return 'ok';
  return d <= toleranceMicro + 1e-6 ? 'rounding' : 'error';
}

/** Formats an amount for a message with a fixed number of decimals ("5.90"). */
export function formatAmount(value: number, decimals: number): string {
  const d = Math.max(0, Math.min(6, decimals));
  const s = Math.abs(value).toFixed(d);
  const [int, frac] = s.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (value < 0 && Number(s) !== 0 ? '-' : '') + grouped + (frac ? '.' + frac : '');
}
