/** How a printed rate that its figures do not give is worded and reported, whatever the rate is of (a change, a saving). */
import type { Doc } from '../document';
import type { PercentToken } from '../tokens';

/**
 * A printed rate `r` that its figures do not give, as data: how the figures give a rate, in words (`reading`: '按本年
 * 4.97万元、上年4.86万元计，增加0.11万元，变动率为0.11 ÷ 4.86 = 2.3%'), the rate they give (`exact`), and whether the
 * printed one is one printed unit off (`slip`, '下降6.00%' for 6.0100%: a slip of rounding, a warning; further off, an error).
 * `why`: when the slip is not the rate's last digit, what it is in words (said instead of '差一个尾数', which would not be true).
 */
export interface RateMiss {
  r: PercentToken;
  reading: string;
  exact: number;
  slip: boolean;
  why?: string;
}

/** The finding's words: the reading, then what the text prints against it. */
export function rateMissMessage({ r, reading, exact, slip, why }: RateMiss): string {
  const printed = r.raw.replace(/\s+/g, '');
  if (slip && why) return `${reading}，文中为${printed}，${why}，请核对。`;
  return slip ? `${reading}，四舍五入为${exact.toFixed(r.decimals)}%，文中为${printed}，差一个尾数，请核对。` : `${reading}，文中为${printed}。`;
}

/** The rate the figures give, as a finding's `expected`. */
export function expectedRate(miss: RateMiss): number {
  return Number(miss.exact.toFixed(2));
}

export function reportRate(doc: Doc, rule: 'change' | 'share', miss: RateMiss, key: string): void {
  doc.out.add(rule, miss.slip ? 'warning' : 'error', miss.r, rateMissMessage(miss), { expected: expectedRate(miss), actual: miss.r.value, key, about: miss.r });
}
