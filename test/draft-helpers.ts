/** Reading drafts in tests: share groups, figures and lines. */
import type { DraftLine } from '../src/engine/narrative';

/** The sum (in 0.01 %) of each share group on a line. */
export function shareGroupSums(spans: DraftLine): number[] {
  const sums = new Map<string, number>();
  for (const s of spans) if (s.type === 'share' && s.group) sums.set(s.group, (sums.get(s.group) ?? 0) + s.basisPoints);
  return [...sums.values()];
}
