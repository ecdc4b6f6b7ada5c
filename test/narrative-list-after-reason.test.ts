/**
 * A “三公” total, its change and the reason for it, and only then, in a new sentence, '其中：' and the
 * kinds — as 区县 “三公” 预算 pages write it (corpus text 141). The kinds are the total's parts; the
 * sentences here are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText, reviewNarrativeText } from '../src/engine/narrative';

const brief = (text: string) => checkNarrativeText(text).map((f) => `${f.rule} ${f.severity} ${f.cell}`);

const sentence = (total: string, car: string, run: string, host: string, abroad: string) =>
  `经汇总,2024年全县一般公共预算财政拨款开支“三公”经费${total}万元,较上年下降2.3%,主要是贯彻落实中央八项规定,加强公车管理,严控公务接待。` +
  `其中:公务用车购置费${car}万元,主要是执法车辆更新;公务用车运行维护费${run}万元,较上年下降5%,主要是车辆减少;公务接待费${host}万元,与上年持平;因公出国(境)费${abroad}万元,与上年持平。`;

describe('其中 after a sentence that gives the total, its change and the reason', () => {
  it('lists the total’s kinds: they are checked against it, and right they raise nothing', () => {
    const text = sentence('5834', '692', '4612', '430', '100');
    expect(brief(text)).toEqual([]);
    expect(reviewNarrativeText(text).coverage.checked).toBeGreaterThanOrEqual(5);
  });

  it('finds a total its kinds do not make, with the arithmetic', () => {
    const f = checkNarrativeText(sentence('5843', '692', '4612', '430', '100'));
    expect(f.map((x) => `${x.rule} ${x.severity}`)).toEqual(['narrative/sum error']);
    expect(f[0].message).toContain('692.00 + 4,612.00 + 430.00 + 100.00 = 5,834.00万元');
  });

  it('knows the kinds by their short names too (公车购置, 公车运行及维护, 因公出国)', () => {
    const short = (total: string) =>
      `2024年全区一般公共预算财政拨款开支“三公”经费${total}万元,较上年下降2.3%,主要是严控公务接待。其中:公车购置安排692万元,主要是执法车辆增加;公车运行及维护4612万元,较上年下降21%,主要是车辆减少;公务接待费430万元,与上年持平;因公出国100万元,与上年持平。`;
    expect(brief(short('5834'))).toEqual([]);
    expect(reviewNarrativeText(short('5834')).coverage.checked).toBeGreaterThanOrEqual(5);
    expect(brief(short('5843'))).toEqual(['narrative/sum error L1']);
  });

  it('is not read when the items are not the total’s known parts (what the reason spoke of)', () => {
    const text =
      '2024年部门支出预算5000万元,比上年增加800万元,增长19%,主要是新增项目,加强基础设施,改善办公条件。其中:道路改造项目300万元,办公楼维修项目200万元。';
    expect(brief(text)).toEqual([]);
  });

  it('is not read when the reason holds figures of its own', () => {
    const text =
      '2024年收入预算总额为7783.26万元,比上年增加7122.54万元,增长1078%,原因是:1、人员增加,经费相应增加;2、本年增加了其他资金预算7000万元。其中:财政拨款收入751.8万元,包括一般公共预算收入751.8万元;其他收入7000万元。';
    expect(brief(text).filter((b) => b.startsWith('narrative/sum'))).toEqual([]);
  });

  it('agrees with the kinds’ sum for any amounts, and finds any total off by a whole 万元 or more, stating the kinds’ sum', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 1, max: 500 }),
        ([car, run, host, abroad], off) => {
          const total = car + run + host + abroad;
          expect(brief(sentence(String(total), String(car), String(run), String(host), String(abroad)))).toEqual([]);
          const low = total - 1 - (off % (total - 1));
          // (A total that a first few kinds reach exactly closes the list there: those are its parts.)
          fc.pre(![car, car + run, car + run + host].includes(low));
          const under = checkNarrativeText(sentence(String(low), String(car), String(run), String(host), String(abroad)));
          expect(under.map((x) => x.rule)).toEqual(['narrative/sum']);
          expect(under[0].message).toContain(`= ${(total).toLocaleString('en-US')}.00万元`);
          const over = checkNarrativeText(sentence(String(total + off), String(car), String(run), String(host), String(abroad)));
          expect(over.map((x) => x.rule)).toEqual(['narrative/sum']);
        },
      ),
      { numRuns: 40 },
    );
  });
});
