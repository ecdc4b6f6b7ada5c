/**
 * '决算数大小于预算数': the template's 大于 / 小于 left unchosen. The 决算 and 预算 stated just before it say which word
 * belongs there, and the warning says so (src/engine/narrative/text/checks/wording.ts, checkGarbledDirections). Real
 * lines: 61 L24 (7.69 against 49.9) and shiquan-2025 L39 (19,044.27 against 21,864.85). Figures of the properties are
 * invented.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';

const CORPUS = join(__dirname, 'corpus');
const garbled = (text: string) => checkNarrativeText(text).filter((f) => f.rule === 'narrative/direction' && f.message.includes('方向词相反'));

describe('大小于 over a 决算 and its 预算 (real texts)', () => {
  it('61 L24: 决算 7.69 below 预算 49.9 — 小于', () => {
    const found = garbled(readFileSync(join(CORPUS, 'narrative/texts/61.txt'), 'utf8'));
    expect(found.map((f) => [f.cell, f.severity])).toEqual([['L24', 'warning']]);
    expect(found[0].message).toMatch(/中“大小于”前后两个方向词相反；按决算7\.69万元、预算49\.90万元计，决算数小于预算数，应为“小于”，请核对。$/);
  });

  it('shiquan-2025 L39: the figures in the sentence before — 19,044.27 below 21,864.85', () => {
    const found = garbled(readFileSync(join(CORPUS, 'tables/text/shiquan-2025.txt'), 'utf8')).filter((f) => f.cell === 'L39');
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/；按决算19,044\.27万元、预算21,864\.85万元计，决算数小于预算数，应为“小于”，请核对。$/);
  });
});

describe('property: 决算数大小于预算数 after a 预算 and a 决算', () => {
  const cents = fc.integer({ min: 100, max: 9_999_999 });
  const money = (c: number) => (c / 100).toFixed(2);

  it('property: the warning names the word the two figures call for; with one figure it cannot tell', () => {
    fc.assert(
      fc.property(cents, cents, fc.constantFrom('大小于', '小大于'), (budget, final, words) => {
        fc.pre(budget !== final);
        const opening = `2021年度一般公共预算财政拨款“三公”经费支出预算为${money(budget)}万元,支出决算为${money(final)}万元,`;
        const found = garbled(`${opening}决算数${words}预算数的主要原因是厉行节约。`);
        const way = final < budget ? '小于' : '大于';
        expect(found).toHaveLength(1);
        expect(found[0].message).toContain(`决算数${way}预算数，应为“${way}”`);
        const alone = garbled(`2021年度“三公”经费支出决算为${money(final)}万元,决算数${words}预算数的主要原因是厉行节约。`);
        expect(alone.map((f) => f.message.includes('读不出是大于还是小于'))).toEqual([true]);
      }),
    );
  });
});
