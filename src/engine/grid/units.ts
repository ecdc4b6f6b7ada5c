/** Reading the amount unit of a table from its 单位 line. */
import type { Unit } from '../recognize/types';
import { UNIT_STATEMENT } from '../model/cell-words';
import { normalizeLabel } from './text';

/** '单位：万元', '金额单位：元', '（单位：千元）', '单位（元）' → the unit; undefined when the text states none. */
export function parseUnit(text: string): Unit | undefined {
  // Most cells say nothing of a unit: without a 位 there is no 单位 to read, however it is spaced.
  if (!text.includes('位')) return undefined;
  const m = UNIT_STATEMENT.exec(normalizeLabel(text));
  return m ? (m[1] as Unit) : undefined;
}

/** How many 元 one unit is. */
export const UNIT_IN_YUAN: Record<Unit, number> = { 元: 1, 千元: 1_000, 万元: 10_000, 亿元: 100_000_000 };

/**
 * 10 万亿元: more than any department's budget (a whole province's is a fraction of it). An amount
 * beyond it is a typing, formula or unit slip, never a figure to add up — summing a stray 1e308
 * would make every total it feeds read Infinity.
 */
export const MAX_PLAUSIBLE_YUAN = 1e13;

/** True when `value` in `unit` is more than any budget can hold (MAX_PLAUSIBLE_YUAN). */
export function beyondAnyBudget(value: number, unit: Unit): boolean {
  return !(Math.abs(value) * UNIT_IN_YUAN[unit] <= MAX_PLAUSIBLE_YUAN);
}

/** Converts an amount between units. */
export function convertAmount(value: number, from: Unit, to: Unit): number {
  return (value * UNIT_IN_YUAN[from]) / UNIT_IN_YUAN[to];
}
