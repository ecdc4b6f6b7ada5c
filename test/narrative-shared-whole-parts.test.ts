/**
 * Parts stated apart, each with its share of one whole the text states, whose shares make 100%: they must add up to
 * the whole (src/engine/narrative/text/checks/shares.ts, checkPartsOfSharedWhole). Real slip: 93 L10, the 2014
 * 全国政府采购规模 17305.34 亿元 against 工程 10141.11 + 货物 5230.04 + 服务 1934.25 = 17305.40 (shares 58.6 + 30.2 +
 * 11.2 = 100.0), the parts on L14, L16, L18. Amounts of the properties are invented.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';
import { subjectOf } from '../src/engine/narrative/text/subjects';

const CORPUS = join(__dirname, 'corpus');
const partsFindings = (text: string) => checkNarrativeText(text).filter((f) => f.rule === 'narrative/share' && f.message.includes('与各项之和不符'));

describe('parts whose shares of one whole make 100% (real text)', () => {
  it('93 L10: 10141.11 + 5230.04 + 1934.25 = 17305.40 against the 17305.34 亿元 of 全国政府采购规模', () => {
    const found = partsFindings(readFileSync(join(CORPUS, 'narrative/texts/93.txt'), 'utf8'));
    expect(found.map((f) => [f.cell, f.severity, f.expected, f.actual])).toEqual([['L10', 'warning', 17305.4, 17305.34]]);
    expect(found[0].message).toBe(
      '“2014年全国政府采购规模为17305.34亿元”与各项之和不符：10,141.11 + 5,230.04 + 1,934.25 = 17,305.40亿元（各项占其比例58.6% + 30.2% + 11.2% = 100.0%，即为全部），文中为17,305.34亿元（差-0.06亿元），请核对合计或各项金额。',
    );
  });

  it('the 政府采购 total by its size: 全国政府采购规模, 采购总规模', () => {
    for (const words of ['2014年全国政府采购规模为', '采购总规模', '政府采购规模']) expect(subjectOf(words).core).toBe('procurement');
    for (const words of ['全国公务用车采购', '集中采购规模']) expect(subjectOf(words).core).not.toBe('procurement');
  });
});

describe('property: three kinds of 政府采购 stated apart with their shares of the total', () => {
  const cents = fc.integer({ min: 100_000, max: 2_000_000 }); // 1,000.00 to 20,000.00 亿元
  const yuan = (c: number) => (c / 100).toFixed(2);
  const share = (c: number, whole: number) => ((c * 100) / whole).toFixed(1);
  function text(parts: number[], whole: number): string {
    const [works, goods, services] = parts;
    // Laid out as 93 is: each kind in a passage of its own after a sentence on its trend, not a list under the total.
    return [
      `  财政部公布的数据显示:2014年全国政府采购规模为${yuan(whole)}亿元。`,
      '  财政部有关负责人表示,政府采购规模呈现增速放缓、结构优化的特点。主要体现在以下方面:',
      `  —工程类采购增幅大幅回落。工程类采购金额${yuan(works)}亿元, 占采购总规模的${share(works, whole)}% ,比上年增长2.2%。`,
      `  —货物类采购增幅趋缓。货物类采购金额${yuan(goods)}亿元,占采购总规模的${share(goods, whole)}%,比上年增长6.3%。`,
      `  —服务类采购增长迅速。服务类采购金额${yuan(services)}亿元,比上年增长26.1%,占采购总规模的${share(services, whole)}%。`,
    ].join('\n\n');
  }
  const sharesMakeHundred = (parts: number[], whole: number) => Math.abs(parts.reduce((s, c) => s + Number(share(c, whole)), 0) - 100) <= 0.1 + 1e-9;

  it('property: a whole off its parts by more than their printing allows is one warning on the whole', () => {
    fc.assert(
      fc.property(fc.array(cents, { minLength: 3, maxLength: 3 }), fc.integer({ min: 3, max: 100 }), fc.boolean(), (parts, off, up) => {
        const sum = parts.reduce((s, c) => s + c, 0);
        const whole = sum + (up ? off : -off);
        fc.pre(sharesMakeHundred(parts, whole));
        const found = partsFindings(text(parts, whole));
        expect(found.map((f) => [f.cell, f.severity, f.expected, f.actual])).toEqual([['L1', 'warning', sum / 100, whole / 100]]);
      }),
    );
  });

  it('property: a whole its parts make, to the rounding of four figures printed to 0.01, is no finding', () => {
    fc.assert(
      fc.property(fc.array(cents, { minLength: 3, maxLength: 3 }), fc.integer({ min: -2, max: 2 }), (parts, off) => {
        const whole = parts.reduce((s, c) => s + c, 0) + off;
        expect(partsFindings(text(parts, whole))).toEqual([]);
      }),
    );
  });
});
