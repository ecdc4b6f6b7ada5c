/**
 * Readings the sixty-fifth held-out batch showed wrong (texts 532–540, test/corpus/README.md): a 民族中学's “三公”
 * 预算 printed on a template whose way pair was never chosen, '减少(增加)0.11万元,同比下降(增加)6%' — a rate that
 * neither way makes, passed in silence.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';
import type { Finding } from '../src/engine/findings';

const shown = (fs: Finding[]) => fs.map((f) => `${f.cell} ${f.severity} ${f.rule} ${f.message}`).join('\n');
const loud = (text: string) => checkNarrativeText(text).filter((f) => f.severity !== 'info');

/** 535 L3 as published (普洱市民族中学, 2017年财政拨款“三公”经费预算情况说明), to the change's rate. */
const PUER = (rate: string) =>
  '普洱市民族中学2017年“三公”经费财政拨款预算安排4.97万元,其中:安排因公出国(境)费0万元,公务用车购置及运行费3万元,公务接待费1.97万元。' +
  ` 2017年“三公”经费预算数较2016年“三公”经费预算数减少(增加)0.11万元,同比下降(增加)${rate}。`;

describe("a template's change whose way pair was left unchosen", () => {
  it('reports a rate neither way makes, with both readings (535 L3)', () => {
    const found = loud(PUER('6%'));
    expect(found, shown(found)).toHaveLength(1);
    expect(found[0].severity).toBe('error');
    expect(found[0].message).toContain('减少(增加)0.11万元');
    expect(found[0].message).toContain('0.11 ÷ 4.86');
    expect(found[0].message).toContain('0.11 ÷ 5.08');
  });

  it('is quiet when either way makes the rate, and on the zero changes the template leaves', () => {
    for (const text of [
      PUER('2.26%'),
      PUER('2.17%'),
      '“三公”经费支出合计9.75万元,较预算数增加(减少)0.03万元,(下降)0.3%。',
      '因公出国(境)费为0万元,较上年增加(减少)0万元,增长(下降)0%,共计安排因公出国(境)团组0个。',
    ]) {
      const found = loud(text);
      expect(found, `${text}\n${shown(found)}`).toEqual([]);
    }
  });

  it('holds for any amounts: a rate of either way is quiet, one far from both is an error', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10000, max: 5000000 }), fc.integer({ min: 100, max: 2000000 }), fc.boolean(), (curFen, changeFen, up) => {
        // Amounts of at least 100万元 printed to the cent: their rounding moves a rate far less than the points added below.
        fc.pre(changeFen < curFen / 2);
        const prior = up ? curFen - changeFen : curFen + changeFen;
        const line = (rate: number) =>
          `公务接待费${(curFen / 100).toFixed(2)}万元,较上年增加(减少)${(changeFen / 100).toFixed(2)}万元,增长(下降)${rate.toFixed(2)}%。`;
        const right = loud(line((changeFen / prior) * 100));
        expect(right, shown(right)).toEqual([]);
        // Both ways' rates lie within changeFen / (cur ± change): five points above the larger is far from both.
        const wrong = loud(line((changeFen / (curFen - changeFen)) * 100 + 5));
        expect(wrong, shown(wrong)).toHaveLength(1);
        expect(wrong[0].severity).toBe('error');
      }),
      { numRuns: 60 },
    );
  });
});
