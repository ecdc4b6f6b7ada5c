/**
 * What the fifty-second held-out batch (texts 433–441, test/corpus/README.md) showed the checker calling wrong on correct figures.
 * - 434 L10 (1 error): a 文化馆's budget, '其中:文化旅游体育与传媒支出支出预算286.85万元,群众文化支出预算 286.85万元,社会保障和就业支出
 *   预算107.16万元,…' — the 项 群众文化, the whole of its 类 and printed with the same figure right after it, summed as a fifth part,
 *   '286.85 + 286.85 + 107.16 + 19.57 + 16.73 = 717.16万元，文中为430.31万元'.
 * Wordings and figures of the properties are invented variants.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText, reviewNarrativeText } from '../src/engine/narrative';

const sumFindings = (text: string) => checkNarrativeText(text).filter((f) => f.severity !== 'info' && f.message.includes('之和'));

const BUDGET_434 = [
  '二、单位收支总体情况',
  '(一)收入预算:2025年年初预算数 430.31万元,其中:一般公共预算拨款430.31万元。收入较2024年增加 16.26万元,主要是人员经费拨款增加 16.26万元。',
  '(二)支出预算:2025年年初预算数430.31万元,其中:文化旅游体育与传媒支出支出预算286.85万元,群众文化支出预算 286.85万元,社会保障和就业支出预算107.16万元,卫生健康支出预算19.57万元,住房保障支出预算 16.73万元。支出预算较2024年增加16.26万元,主要是基本支出预算增加16.26 万元。',
];

describe('a 类 and its one 项 printed with the same figure, one after the other (434 L10)', () => {
  it('the published 434 lines raise no sum finding, and the list is still summed (its figures checked)', () => {
    const text = BUDGET_434.join('\n');
    expect(sumFindings(text).map((f) => f.message)).toEqual([]);
    const figures = reviewNarrativeText(text).checks.find((c) => c.rule === 'narrative/figures');
    expect(figures?.reason).toMatch(/核对 \d+ 处/);
    expect(figures?.reason).not.toContain('核对 0 处');
  });

  it('the same list with a wrong total is still an error (the rule drops the restatement, not the check)', () => {
    const text = BUDGET_434[2].replace('年初预算数430.31万元', '年初预算数440.31万元');
    const found = sumFindings(text);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('error');
    expect(found[0].message).toContain('440.31');
  });

  it('two equal figures of different items that the total needs both of are summed as two parts', () => {
    const text = '2025年年初预算数300.00万元,其中:教育支出预算100.00万元,科学技术支出预算100.00万元,住房保障支出预算100.00万元。';
    expect(sumFindings(text)).toEqual([]);
    const wrong = text.replace('300.00万元', '200.00万元');
    expect(sumFindings(wrong).map((f) => f.severity)).toEqual(['error']);
  });

  it('property: a restated 类 beside its siblings adds up silently; a total below its 类 is an error', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1_00, max: 900_00 }), { minLength: 2, maxLength: 4 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1_00, max: 50_00 }),
        fc.boolean(),
        (fens, at, skew, right) => {
          const classes = ['文化旅游体育与传媒支出', '社会保障和就业支出', '卫生健康支出', '住房保障支出', '农林水支出'];
          const nested = ['群众文化支出', '行政事业单位养老支出', '公立医院支出', '住房改革支出', '农业农村支出'];
          const i = at % fens.length;
          const sum = fens.reduce((a, b) => a + b, 0);
          // A total below its 类: the parts exceed it read either way (a total above them may just leave an item out).
          fc.pre(right || skew < sum - 1_00);
          const total = sum - (right ? 0 : skew);
          const money = (fen: number) => `${(fen / 100).toFixed(2)}万元`;
          const items = fens.map((fen, j) => `${classes[j]}预算${money(fen)}${j === i ? `,${nested[j]}预算${money(fen)}` : ''}`);
          const text = `2025年年初预算数${money(total)},其中:${items.join(',')}。`;
          const found = sumFindings(text);
          expect(found.length).toBe(right ? 0 : 1);
          if (!right) expect(found[0].severity).toBe('error');
        },
      ),
    );
  });
});
