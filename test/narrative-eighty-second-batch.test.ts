/**
 * What the eighty-second held-out batch (texts 683–691, test/corpus/README.md) showed the checker calling wrong on correct figures.
 * - 683 L11 (1 error): a 区's 预算执行 report, '其中:税收收入41.01亿元,非税收入14.04亿元,税收占比74.50%' — the share, whose words name
 *   the 税收, given to the 非税收入 before it ('税收' stands inside '非税收入'), '…比例应为25.50%…文中为74.50%'.
 * - 684 L14 (1 warning): a 博物馆's 2026 预算, '本单位2026年收支总预算1291.68万元,2025 年收支总预算 846.48万元,较上年增加了445.20万元' —
 *   the year before's level, the base of the change, called a wrong year, '写的是2025年，本报告是2026年'.
 * Wordings and figures of the properties are invented variants.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';

const loud = (text: string) => checkNarrativeText(text).filter((f) => f.severity !== 'info');
const errorsWith = (text: string, words: string) => loud(text).filter((f) => f.severity === 'error' && f.message.includes(words));
const findingsWith = (text: string, words: string) => loud(text).filter((f) => f.message.includes(words));

const LINE_683 =
  '一般公共预算收入预计完成55.05亿元,完成调整预算100%。其中:税收收入41.01亿元,非税收入14.04亿元,税收占比74.50%。';

describe('a share whose words before 占比 name an earlier figure of its sentence (683 L11)', () => {
  it('the published 683 line: the 税收占比 is not the 非税收入\'s share', () => {
    expect(errorsWith(LINE_683, '比例应为')).toEqual([]);
  });

  it('the share is read as the 税收收入\'s: a wrong one is an error stating 41.01 ÷ 55.05', () => {
    const found = errorsWith(LINE_683.replace('74.50%', '70.50%'), '比例应为');
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('41.01 ÷ 55.05');
  });

  it('a 占比 naming the figure right before it is still that figure\'s', () => {
    expect(errorsWith(LINE_683.replace('税收占比74.50%', '非税收入占比20.00%'), '比例应为')).toHaveLength(1);
  });

  it('property: the 税收占比 after the 非税收入 is checked against the 税收收入, right or wrong', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9000 }), fc.integer({ min: 1000, max: 9000 }), fc.boolean(), (tax, other, right) => {
        const total = tax + other;
        const share = ((tax / total) * 100 + (right ? 0 : 6)).toFixed(2);
        const text = `一般公共预算收入完成${total}万元。其中:税收收入${tax}万元,非税收入${other}万元,税收占比${share}%。`;
        const found = errorsWith(text, '比例应为');
        expect(found.length).toBe(right ? 0 : 1);
        for (const f of found) expect(f.message).toContain('税收收入');
      }),
    );
  });
});

const LINE_684 =
  '本单位2026年收支总预算1291.68万元,2025 年收支总预算 846.48万元,较上年增加了445.20万元,增长率52.59%,主要原因是陈列改造项目增加。';
const TITLE_684 = '潜江市博物馆2026年部门预算情况说明';

describe('the year before\'s level stated as the base of the year\'s change (684 L14)', () => {
  it('the published 684 sentence: 2025 is the year compared with, not a wrong year', () => {
    expect(findingsWith(`${TITLE_684}\n${LINE_684}`, '请核对年份')).toEqual([]);
  });

  it('the year before stated as the year\'s own level, with no change after it, is still a warning', () => {
    const text = `${TITLE_684}\n本单位2025年收支总预算846.48万元,其中:一般公共预算财政拨款收入600万元。`;
    expect(findingsWith(text, '写的是2025年')).toHaveLength(1);
  });

  it('property: a year-before level beside the year\'s own is silent with a change after it and a warning without', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2016, max: 2030 }),
        fc.integer({ min: 100, max: 9000 }),
        fc.integer({ min: 100, max: 9000 }),
        fc.boolean(),
        (year, now, before, compared) => {
          const way = now >= before ? '增加' : '减少';
          const change = compared ? `,较上年${way}${Math.abs(now - before)}万元` : '';
          const text = `某单位${year}年部门预算情况说明\n本单位${year}年收支总预算${now}万元,${year - 1}年收支总预算${before}万元${change}。`;
          expect(findingsWith(text, `写的是${year - 1}年`).length).toBe(compared ? 0 : 1);
        },
      ),
    );
  });
});
