/**
 * '…具体情况如下：' with its items run on in the same passage (PDF lines joined), read as a breakdown of the figure its
 * sentence states before it (src/engine/narrative/text/read.ts, readWordMark). Real slip: 42 L222, the 政府性基金
 * '支出收入105.00 万元，支出具体情况如下：' over its only item, '其他住房保障支出（项）135.00 万元' (L223–L224). Names and
 * amounts of the properties are invented variants.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';

const CORPUS = join(__dirname, 'corpus');
const sumFindings = (text: string) => checkNarrativeText(text).filter((f) => f.rule === 'narrative/sum');

describe('a 如下 list run on after its colon (real text)', () => {
  it('42 L222: 政府性基金 支出 105.00 over its one item 135.00', () => {
    const found = sumFindings(readFileSync(join(CORPUS, 'narrative/texts/42.txt'), 'utf8')).filter((f) => f.cell === 'L222');
    expect(found.map((f) => [f.cell, f.severity])).toEqual([['L222', 'error']]);
    expect(found[0].message).toBe(
      '“支出收入105.00万元”小于其后所列项目“…别国债安排的支出(款)其他住房保障支出(项)135.00万元”（差-30.00万元），部分不能大于合计，请核对合计或该项金额。',
    );
  });
});

describe('property: 政府性基金 支出 and the items after 如下：', () => {
  const ITEMS = [
    '住房保障支出（类）超长期特别国债安排的支出（款）其他住房保障支出（项）',
    '城乡社区支出（类）国有土地使用权出让收入安排的支出（款）其他国有土地使用权出让收入安排的支出（项）',
    '其他支出（类）彩票公益金安排的支出（款）用于社会福利的彩票公益金支出（项）',
  ];
  const cents = fc.integer({ min: 1_000, max: 500_000 });
  const money = (c: number) => (c / 100).toFixed(2);
  function text(head: number, items: number[]): string {
    const listed = items.map((c, i) => `${ITEMS[i]}${money(c)} 万元，主要用于项目建设`).join('；');
    return `政府性基金预算财政拨款收入 ${money(head)} 万元，支出 ${money(head)} 万元，支出具体情况如下：${listed}。`;
  }

  it('property: items adding to more than the 支出 before 如下 are one error on its line; items within it (or its rounding) are silent', () => {
    fc.assert(
      fc.property(fc.array(cents, { minLength: 1, maxLength: 3 }), fc.integer({ min: -300_000, max: 300_000 }), (items, off) => {
        const sum = items.reduce((s, c) => s + c, 0);
        const head = sum + off;
        fc.pre(head > 0);
        const found = sumFindings(text(head, items));
        // Each figure printed to 0.01 may be 0.005 off what it rounds: past that, the items exceed their total.
        if (-off > (items.length + 1) / 2) expect(found.map((f) => [f.cell, f.severity, f.actual])).toEqual([['L1', 'error', head / 100]]);
        else expect(found).toEqual([]);
      }),
    );
  });

  it('property: 如下 with no figure before it in its sentence (…情况公开如下：), or after a cause (原因如下：), breaks nothing down', () => {
    fc.assert(
      fc.property(cents, cents, (reception, vehicle) => {
        const total = reception + vehicle;
        const t = `现将2021年度“三公”经费决算情况公开如下：公务接待费${money(reception)}万元，公务用车运行维护费${money(vehicle)}万元，合计${money(total)}万元。`;
        expect(sumFindings(t)).toEqual([]);
        // Causes listed after a change are no parts of it.
        const causes = `支出较上年增加${money(reception)}万元,主要原因如下：新增项目${money(total + vehicle)}万元。`;
        expect(sumFindings(causes)).toEqual([]);
      }),
    );
  });
});
