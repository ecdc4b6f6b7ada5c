/**
 * The changes of a balanced budget's two sides (582 L12): the 收入 and the 支出 are both 1165.79万元, so last year's budget
 * balanced too and the two changes on it are one — '收入较去年减少59.04万元' against '支出较去年减少92.43万元'. A warning,
 * on the 支出's change: the words cannot tell which is wrong. Wordings and figures of the properties are invented variants.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';

const balanced = (text: string) => checkNarrativeText(text).filter((f) => f.rule === 'narrative/change' && f.message.includes('两者的增减应相同'));
const wan = (fen: number) => (fen / 100).toFixed(2);

describe('the changes of a balanced budget’s 收入 and 支出 (582)', () => {
  const PUBLISHED_582 = [
    '重庆市荣昌区某学校2025年部门预算情况说明',
    '二、单位收支总体情况',
    '(一)收入预算:2025年年初预算数1165.79万元,其中:一般公共预算拨款本年收入1144.25万元,上年结转21.54万元;政府性基金预算拨款0万元,国有资本经营预算收入0万元,事业收入0万元,事业单位经营收入0万元,其他收入0万元。收入较去年减少59.04万元,主要是教学楼重建工程竣工减少59.04万元。',
    '(二)支出预算:2025年年初预算数1165.79万元,其中:一般公共服务支出0万元,教育支出876.88万元,社会保障和就业支出185.08万元,卫生健康支出51.21万元,住房保障支出52.62万元。支出较去年减少92.43万元,主要是基本支出增加26.82万元,项目支出减少119.25万元。',
  ].join('\n');

  it('582: −59.04 against −92.43 for one balanced 1165.79 — a warning stating both and the 33.39 between them', () => {
    const found = balanced(PUBLISHED_582);
    expect(found.map((f) => [f.severity, f.cell])).toEqual([['warning', 'L4']]);
    expect(found[0].message).toContain('1,165.79万元');
    expect(found[0].message).toContain('59.04');
    expect(found[0].message).toContain('92.43');
    expect(found[0].message).toContain('相差33.39万元');
  });

  it('sides that differ (380: 504.51 with the 上年结转, 441.68 with 结转下年 apart) may change differently', () => {
    expect(balanced(PUBLISHED_582.replace('(二)支出预算:2025年年初预算数1165.79万元', '(二)支出预算:2025年年初预算数1100.79万元'))).toEqual([]);
  });

  it('a 决算, whose 收入 and 支出 need not balance, is left alone', () => {
    expect(balanced(PUBLISHED_582.replace('2025年部门预算情况说明', '2025年部门决算情况说明').replace(/年初预算数/g, '决算数'))).toEqual([]);
  });

  it('sections written alike, the two changes at the same place of their lines, are still compared', () => {
    const alike = [
      '某单位2025年部门预算情况说明',
      '(一)收入预算:2025年年初预算数1165.79万元,其中:一般公共预算拨款1165.79万元。收入较去年减少59.04万元。',
      '(二)支出预算:2025年年初预算数1165.79万元,其中:一般公共服务支出1165.79万元。支出较去年减少92.43万元。',
    ];
    expect(alike[1].indexOf('59.04')).toBe(alike[2].indexOf('92.43'));
    expect(balanced(alike.join('\n')).map((f) => [f.severity, f.cell])).toEqual([['warning', 'L3']]);
  });

  it('property: a warning exactly when the two changes of equal sides differ beyond their last printed unit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100_000, max: 9_000_000 }),
        fc.integer({ min: 1, max: 90_000 }),
        fc.integer({ min: -5_000, max: 5_000 }),
        fc.constantFrom('较去年', '较上年', '比2024年'),
        (total, change, gap, compared) => {
          const other = change + gap;
          fc.pre(other > 0);
          const text = [
            '某单位2025年部门预算情况说明',
            `(一)收入预算:2025年年初预算数${wan(total)}万元,其中:一般公共预算拨款${wan(total)}万元。收入${compared}减少${wan(change)}万元。`,
            `(二)支出预算:2025年年初预算数${wan(total)}万元,其中:教育支出${wan(total)}万元。支出${compared}减少${wan(other)}万元。`,
          ].join('\n');
          const found = balanced(text);
          expect(found.length).toBe(Math.abs(gap) > 1 ? 1 : 0);
          for (const f of found) expect([f.severity, f.cell]).toEqual(['warning', 'L3']);
        },
      ),
    );
  });
});
