/**
 * Which “三公” figures a table gives for certain. The table's two sums (合计 = 因公出国 + 公务用车 + 公务接待;
 * 公务用车 = 购置 + 运行) decide: a blank cell is zero when the sums then hold; a figure the table does not print
 * (no line for it, or a blank the sums do not allow to be zero) is worked out from a sum it is the only unknown
 * of; and when printed figures break a sum, the one figure whose removal makes every sum hold is set aside (the
 * others stand), or, when no single figure is to blame, every figure of the broken sum. What is left unknown
 * the draft leaves for the clerk to fill.
 */
import { HALF_WAN_CENT } from '../../model/money';

export type ThreePublicPart = 'total' | 'abroad' | 'vehicle' | 'purchase' | 'operation' | 'reception';

export const THREE_PUBLIC_PARTS: readonly ThreePublicPart[] = ['total', 'abroad', 'vehicle', 'purchase', 'operation', 'reception'];

/** A figure as the table prints it: a number, a blank cell (null), or nothing at all (no line or column: undefined). */
export type Printed = Partial<Record<ThreePublicPart, number | null>>;

type Known = Partial<Record<ThreePublicPart, number>>;

const SUMS: readonly [ThreePublicPart, readonly ThreePublicPart[]][] = [
  ['total', ['abroad', 'vehicle', 'reception']],
  ['vehicle', ['purchase', 'operation']],
];

/** A sum of rounded parts may miss its printed whole by half a cent a part. */
function holds(whole: number, parts: readonly number[]): boolean {
  return Math.abs(whole - parts.reduce((s, x) => s + x, 0)) <= HALF_WAN_CENT * parts.length;
}

/** Works out every figure that is the only unknown of a sum (a part never below zero). */
function propagate(start: Known): Known {
  const k: Known = { ...start };
  for (let changed = true; changed; ) {
    changed = false;
    for (const [whole, parts] of SUMS) {
      const members = [whole, ...parts];
      const unknown = members.filter((m) => k[m] === undefined);
      if (unknown.length !== 1) continue;
      const [u] = unknown;
      const partsSum = parts.reduce((s, p) => s + (k[p] ?? 0), 0);
      const value = u === whole ? partsSum : k[whole]! - partsSum;
      if (value < -HALF_WAN_CENT * parts.length) continue;
      k[u] = Math.max(0, value);
      changed = true;
    }
  }
  return k;
}

/** The sums whose figures are all known and do not hold. */
function broken(k: Known): (readonly [ThreePublicPart, readonly ThreePublicPart[]])[] {
  return SUMS.filter(([whole, parts]) => k[whole] !== undefined && parts.every((p) => k[p] !== undefined) && !holds(k[whole]!, parts.map((p) => k[p]!)));
}

function only(printed: Printed, blanksAsZero: boolean): Known {
  const k: Known = {};
  for (const p of THREE_PUBLIC_PARTS) {
    const v = printed[p];
    if (typeof v === 'number') k[p] = v;
    else if (v === null && blanksAsZero) k[p] = 0;
  }
  return k;
}

export interface CertainFigures {
  /** Every figure the table gives for certain; a part missing here is unknown. */
  figures: Known;
  /** Printed figures set aside because they break a sum the other figures keep. */
  setAside: ThreePublicPart[];
  /** What the other figures make of the one figure set aside, when one alone is to blame. */
  implied?: number;
}

export function certainFigures(printed: Printed): CertainFigures {
  const zeroed = propagate(only(printed, true));
  if (broken(zeroed).length === 0) return { figures: zeroed, setAside: [] };
  const read = only(printed, false);
  const open = propagate(read);
  const failing = broken(open);
  if (failing.length === 0) return { figures: open, setAside: [] };
  const suspects = [...new Set(failing.flatMap(([whole, parts]) => [whole, ...parts]))].filter((p) => read[p] !== undefined);
  const culprits = suspects.filter((s) => {
    const without = { ...read };
    delete without[s];
    const k = propagate(without);
    return broken(k).length === 0 && k[s] !== undefined;
  });
  const setAside = culprits.length === 1 ? culprits : suspects;
  const kept = { ...read };
  for (const s of setAside) delete kept[s];
  const figures = culprits.length === 1 ? propagate(kept) : kept;
  const implied = culprits.length === 1 ? figures[culprits[0]] : undefined;
  // The figure set aside is not stated even where the sums give it: the table prints another.
  for (const s of setAside) delete figures[s];
  return { figures, setAside, ...(implied !== undefined ? { implied } : {}) };
}
