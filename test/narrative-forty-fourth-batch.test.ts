/**
 * Readings the forty-fourth held-out batch showed wrong (texts 361–369, test/corpus/README.md): a 镇's 财政拨款
 * 收入 and 支出 changes whose reason the passage gives two lines on, for the fall of all its 收支, in 财政拨款 money.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';
import type { Finding } from '../src/engine/findings';

const shown = (fs: Finding[]) => fs.map((f) => `${f.cell} ${f.severity} ${f.rule} ${f.message}`).join('\n');
const reasons = (text: string) => checkNarrativeText(text).filter((f) => f.rule.includes('reason'));

/** 361 L12–L15 as published (重庆市江津区柏林镇, 2021年度部门决算). */
const BAILIN = (cause: string) =>
  [
    '二、部门决算情况说明',
    '2021年度财政拨款收入总计2951.23万元,较上年决算数减少834.60万元,下降22.05%。2021年度财政拨款支出总计3084.82万元,较上年决算数减少567.42万元,下降15.54%。',
    '(一)收入支出决算总体情况说明。',
    `1.总体情况。2021年度收入总计3,084.82万元,支出总计3,084.82万元。收支较上年决算数减少701.01万元、下降18.5%,${cause}`,
  ].join('\n');

describe("a fund's change explained by the reason of the whole, given in that fund's money", () => {
  it('asks no reason of the 财政拨款 changes when the 收支 reason names 财政拨款 money (361 L13)', () => {
    const found = reasons(BAILIN('主要原因是2020年有政府性基金预算财政拨款收入710万元,主要用于征地和拆迁补偿支出。'));
    expect(found, shown(found)).toEqual([]);
  });

  it('still asks when the reason of the whole names other money (事业收入)', () => {
    const found = reasons(BAILIN('主要原因是事业收入减少。'));
    expect(found, shown(found)).toHaveLength(2);
    expect(found.every((f) => f.severity === 'warning')).toBe(true);
  });

  it('holds for any amounts and any fund of 财政拨款 the reason names, and never for another source', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 50000, max: 900000 }),
        fc.integer({ min: 15, max: 40 }),
        fc.constantFrom('政府性基金预算财政拨款收入', '一般公共预算财政拨款', '财政拨款收入', '国有资本经营预算拨款'),
        fc.constantFrom('事业收入', '经营收入', '其他收入'),
        (fen, pct, fiscal, other) => {
          const cur = fen / 100;
          const fall = Math.round(fen * pct) / 10000;
          const rate = ((fall / (cur + fall)) * 100).toFixed(2);
          const text = (cause: string) =>
            [
              '二、部门决算情况说明',
              `2021年度财政拨款收入总计${cur.toFixed(2)}万元,较上年决算数减少${fall.toFixed(2)}万元,下降${rate}%。`,
              '(一)收入支出决算总体情况说明。',
              `1.总体情况。2021年度收入总计${cur.toFixed(2)}万元,支出总计${cur.toFixed(2)}万元。收支较上年决算数减少${fall.toFixed(2)}万元、下降${rate}%,${cause}`,
            ].join('\n');
          const explained = reasons(text(`主要原因是上年有${fiscal}一次性安排的项目。`));
          expect(explained, shown(explained)).toEqual([]);
          const elsewhere = reasons(text(`主要原因是${other}减少。`));
          expect(elsewhere, shown(elsewhere)).toHaveLength(1);
        },
      ),
      { numRuns: 40 },
    );
  });
});

const errors = (text: string) => checkNarrativeText(text).filter((f) => f.severity === 'error');

describe('a rate printed in brackets after its change amount (362)', () => {
  it("reads '较上年减少1.5万元(42.86%)' as the change's rate and finds it wrong (362 L9)", () => {
    const found = errors('2、公务接待费2.30万元,较上年减少1.5万元(42.86%),减少的主要原因是认真落实中央八项规定,厉行节约,压缩接待费开支。');
    expect(found, shown(found)).toHaveLength(1);
    expect(found[0].message).toContain('1.50 ÷ 3.80 = 39.474%');
    expect(found[0].message).toContain('42.86%');
  });

  it('finds the right rates right (362 L5) and reads no bracketed share or percent after a figure that is no change', () => {
    const clean = [
      '2019年本部门一般公共预算“三公”经费预算支出9.80万元,较上年减少18.50万元(65.37%),减少的主要原因是公车运行维护费减少。',
      '公务接待费2.30万元(42.86%),主要用于接待上级检查。',
      '1、因公出国(境)经费0万元,较上年增加(减少)0万元(0%)。',
    ];
    for (const text of clean) {
      const found = errors(text);
      expect(found, shown(found)).toEqual([]);
    }
  });

  it('holds for any amounts: the right rate in brackets is quiet, one off by a point is an error', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10000, max: 5000000 }), fc.integer({ min: 10000, max: 5000000 }), fc.boolean(), (curFen, changeFen, up) => {
        // Amounts of at least 100万元 printed to the cent: their rounding moves a rate far less than the point added below.
        const prior = up ? curFen - changeFen : curFen + changeFen;
        fc.pre(prior >= 10000 && changeFen <= 3 * prior);
        const exact = (changeFen / prior) * 100;
        const line = (rate: number) =>
          `公务接待费${(curFen / 100).toFixed(2)}万元,较上年${up ? '增加' : '减少'}${(changeFen / 100).toFixed(2)}万元(${rate.toFixed(2)}%),主要原因是工作需要。`;
        const right = errors(line(exact));
        expect(right, shown(right)).toEqual([]);
        const wrong = errors(line(exact + 1));
        expect(wrong, shown(wrong)).toHaveLength(1);
      }),
      { numRuns: 60 },
    );
  });
});
