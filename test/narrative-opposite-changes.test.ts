/**
 * One item's change printed both ways on one comparison (442 L9: '…城市维护建设税798万元,同比减收194万元,下降19.56%;房产税收入同比
 * 增收531万元,同比减收24万元,下降4.32%'): the 24 is the 房产税's, named with the change before it — not the 城市维护建设税's (the
 * checker once read 24 against 798) — and an item cannot have risen and fallen against one base. The rate fits the 531 as the
 * year's figure (24 ÷ (531 + 24) = 4.32%), and the error says so. Figures of the property are invented.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';

const opposite = (text: string) => checkNarrativeText(text).filter((f) => f.rule === 'narrative/change' && f.message.includes('增减方向相反'));
const onTheLine = (text: string) => checkNarrativeText(text).filter((f) => f.cell === 'L2' && f.severity !== 'info');

const PUBLISHED_442 = [
  '2024年上半年税收收入情况',
  '税收收入主要项目变动如下:资源税1631万元,同比减收286万元,下降14.92%;城市维护建设税798万元,同比减收194万元,下降19.56%;房产税收入同比增收531万元,同比减收24万元,下降4.32%;车船税745万元,同比增收60万元,增长8.76%。',
].join('\n');

describe('one item’s change printed both ways (442)', () => {
  it('442 L9: 增收531 then 减收24 — one error, stating 24 ÷ (531 + 24) = 4.324%; nothing read against the 城市维护建设税 798', () => {
    const found = onTheLine(PUBLISHED_442);
    expect(found.map((f) => [f.severity, f.rule])).toEqual([['error', 'narrative/change']]);
    expect(found[0].message).toContain('24 ÷ (531 + 24) = 4.324%');
    expect(found[0].message).toContain('531似为本年数');
    expect(found[0].message).not.toContain('798');
  });

  it('the two changes the same way are no contradiction', () => {
    expect(opposite(PUBLISHED_442.replace('同比减收24万元,下降4.32%', '同比增收24万元,增长4.32%'))).toEqual([]);
  });

  it('changes on two comparisons (the year and the budget) may go two ways', () => {
    expect(opposite(PUBLISHED_442.replace('同比增收531万元,同比减收24万元', '同比增收531万元,较年初预算减收24万元'))).toEqual([]);
  });

  it('property: an error exactly when the two changes of one item go opposite ways; the rate’s reading only when it fits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 9_000 }), fc.integer({ min: 1, max: 900 }), fc.boolean(), fc.boolean(), (first, second, up, opposed) => {
        const w1 = up ? '增收' : '减收';
        const w2 = opposed === up ? '增收' : '减收';
        // The first read as the year's figure, as the error reads it: its prior is it less the second's change.
        const prior = first - (w2 === '增收' ? second : -second);
        fc.pre(prior > 0);
        const rate = ((second * 100) / prior).toFixed(2);
        const text = [
          '2024年上半年税收收入情况',
          `税收收入主要项目变动如下:资源税1631万元,同比减收286万元;房产税收入同比${w1}${first}万元,同比${w2}${second}万元,${w2 === '增收' ? '增长' : '下降'}${rate}%;车船税745万元,同比增收60万元。`,
        ].join('\n');
        const found = opposite(text);
        const contradicts = w1 !== w2;
        expect(found.length).toBe(contradicts ? 1 : 0);
        for (const f of found) {
          expect([f.severity, f.cell]).toEqual(['error', 'L2']);
          expect(f.message).toContain('似为本年数');
        }
      }),
    );
  });
});
