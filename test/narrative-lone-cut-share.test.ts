/**
 * A share printed one unit under its exact value, cut rather than rounded (160 L81: '财政拨款收入 2982.61万元,占本年收入63%'
 * of 收入合计 4680.58 = 63.72%): when no other share of that whole is printed, no rounding adjustment to make a group 100%
 * can explain it — a warning. A share of a group stays silent (the adjustment may be it). Figures of the property are
 * invented.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';

const shares = (text: string) => checkNarrativeText(text).filter((f) => f.rule === 'narrative/share');

describe('a lone share cut rather than rounded (160)', () => {
  const PUBLISHED_160 = [
    '广水市白泉卫生院2023年度部门决算',
    '  1. 收入决算情况说明',
    '2023年度收入合计4680.58 万元,与2022年度相比,收入合计减少2415.45   万元,下降34 %。其中:财政拨款收入 2982.61万元,占本年收入63%;',
  ].join('\n');

  it('160 L81: 63% for 2982.61 ÷ 4680.58 = 63.72% — a warning stating 64%', () => {
    const found = shares(PUBLISHED_160);
    expect(found.map((f) => [f.severity, f.cell, f.expected, f.actual])).toEqual([['warning', 'L3', 64, 63]]);
    expect(found[0].message).toContain('2,982.61 ÷ 4,680.58 = 63.72%');
    expect(found[0].message).toContain('似截去尾数');
  });

  it('the share rounded right (64%) is silent', () => {
    expect(shares(PUBLISHED_160.replace('63%', '64%'))).toEqual([]);
  });

  it('a share of a group, one of which was adjusted to make 100%, is silent', () => {
    const text = PUBLISHED_160.replace('占本年收入63%;', '占本年收入63%;事业收入1697.97万元,占本年收入37%。');
    expect(shares(text)).toEqual([]);
  });

  it('property: a lone share warned exactly when it is its exact value cut one unit short', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100_000, max: 9_000_000 }), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 0, max: 1 }), (whole, pct, decimals) => {
        const part = Math.round((whole * pct) / 100 + (whole * 37) / 10_000);
        fc.pre(part < whole);
        const exact = (part * 100) / whole;
        const scale = 10 ** decimals;
        const rounded = Math.round(exact * scale) / scale;
        const cut = Math.floor(exact * scale) / scale;
        const printed = cut;
        const text = [
          '某单位2023年度部门决算',
          `2023年度收入合计${(whole / 100).toFixed(2)}万元。其中:财政拨款收入${(part / 100).toFixed(2)}万元,占本年收入${printed.toFixed(decimals)}%。`,
        ].join('\n');
        const found = shares(text);
        // At the figures' own rounding (half a fen each) the printed share must lie out of reach for a finding.
        const lo = ((part - 0.5) * 100) / (whole + 0.5);
        const hi = ((part + 0.5) * 100) / (whole - 0.5);
        const reachable = printed >= lo - 0.5 / scale - 1e-9 && printed <= hi + 0.5 / scale + 1e-9;
        expect(found.length).toBe(rounded !== cut && !reachable ? 1 : 0);
        for (const f of found) expect([f.severity, f.cell]).toEqual(['warning', 'L2']);
      }),
    );
  });
});
