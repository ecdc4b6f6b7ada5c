/** How a printed rate that its figures do not give is reported, whatever the rate is of (a change, a saving). */
import type { Doc } from '../document';
import type { PercentToken } from '../tokens';

/**
 * Reports rate `r` against the `exact` one its figures give (`arithmetic`: how, in words). One printed unit
 * off (`slip`, '下降6.00%' for 6.0100%) is a slip of rounding, a warning; further off, an error.
 */
export function reportRate(doc: Doc, rule: 'change' | 'share', r: PercentToken, arithmetic: string, exact: number, slip: boolean, key: string): void {
  const printed = r.raw.replace(/\s+/g, '');
  doc.out.add(
    rule,
    slip ? 'warning' : 'error',
    r,
    slip ? `${arithmetic}，四舍五入为${exact.toFixed(r.decimals)}%，文中为${printed}，差一个尾数，请核对。` : `${arithmetic}，文中为${printed}。`,
    { expected: Number(exact.toFixed(2)), actual: r.value, key, about: r },
  );
}
