/**
 * A total's change explained by the changes of every part its breakdown names (437 L12): a '主要是' list of changes is
 * partial, but one that names each part of the figure's breakdown (the four 类 that make 582.44) must make the total's
 * change — 135.66 + 1.84 + 1.65 + 1.83 = 140.98 against 140.86. A warning (a part gone since last year would explain it).
 * Wordings and figures of the properties are invented variants.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';

const everyPart = (text: string) => checkNarrativeText(text).filter((f) => f.rule === 'narrative/sum' && f.message.includes('的全部组成部分'));
const wan = (fen: number) => (fen / 100).toFixed(2);

describe('the changes of every part of a breakdown against the total’s (437)', () => {
  const PUBLISHED_437 = [
    '某局2026年部门预算情况说明',
    '(二)支出预算',
    '2026年年初预算数582.44万元,其中:文化旅游体育与传媒支出预算462.99万元,社会保障和就业支出预算82.92万元,卫生健康支出预算18.17万元,住房保障支出预算18.35万元。支出预算比2025年增加140.86万元,主要是文化旅游体育与传媒支出增加135.66万元、社会保障和就业支出增加1.84万元、卫生健康支出增加1.65万元、住房保障支出增加1.83万元导致。',
  ].join('\n');

  it('437: the four 类 changes make 140.98, not 140.86 — a warning with the arithmetic', () => {
    const found = everyPart(PUBLISHED_437);
    expect(found.map((f) => [f.severity, f.cell])).toEqual([['warning', 'L3']]);
    expect(found[0].message).toContain('135.66 + 1.84 + 1.65 + 1.83 = 140.98万元');
  });

  it('a list naming only some of the parts is a list of the main changes: nothing', () => {
    expect(everyPart(PUBLISHED_437.replace('、住房保障支出增加1.83万元', ''))).toEqual([]);
  });

  it('property: changes naming every part are held to the total’s change; naming fewer, never', () => {
    const names = ['一般公共服务支出', '教育支出', '社会保障和就业支出', '卫生健康支出', '住房保障支出'];
    fc.assert(
      fc.property(
        fc.array(fc.record({ value: fc.integer({ min: 1_000, max: 900_000 }), change: fc.integer({ min: -900, max: 900 }) }), { minLength: 2, maxLength: 5 }),
        fc.integer({ min: -2_000, max: 2_000 }),
        fc.boolean(),
        (items, slip, all) => {
          fc.pre(items.every((it) => it.change !== 0));
          const total = items.reduce((s, it) => s + it.value, 0);
          const change = items.reduce((s, it) => s + it.change, 0) + slip;
          fc.pre(change !== 0);
          const named = all ? items : items.slice(0, -1);
          const values = items.map((it, i) => `${names[i]}预算${wan(it.value)}万元`).join(',');
          const changes = named.map((it, i) => `${names[i]}${it.change > 0 ? '增加' : '减少'}${wan(Math.abs(it.change))}万元`).join('、');
          const text = [
            '某单位2026年部门预算情况说明',
            `2026年年初预算数${wan(total)}万元,其中:${values}。支出预算比2025年${change > 0 ? '增加' : '减少'}${wan(Math.abs(change))}万元,主要是${changes}。`,
          ].join('\n');
          const found = everyPart(text);
          // Each change printed to 0.01: the gap must pass their rounding, half a unit each.
          const rounding = (named.length + 1) / 2;
          expect(found.length).toBe(all && Math.abs(slip) > rounding ? 1 : 0);
        },
      ),
    );
  });
});
