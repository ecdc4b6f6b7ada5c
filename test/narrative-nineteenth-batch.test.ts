/**
 * Readings the nineteenth held-out batch showed wrong (texts 218–225, test/corpus/README.md): a 中学's 经费预算 lists
 * 'A、人员经费5836.98万元。' and under it '——财政统发工资5659.5万元。' and '——其它人员经费177.48万元。' — the 其它人员经费
 * was read as 人员经费 stated again with another figure, '同一项目前后数字不一致' (218). 其他 / 其它 before a total's name
 * names what is left of that total beside the items listed: a part, not the total. Wordings are invented variants.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';
import type { Finding } from '../src/engine/findings';

const shown = (fs: Finding[]) => fs.map((f) => `${f.cell} ${f.severity} ${f.rule} ${f.message}`).join('\n');
const money = (fen: number) => (fen / 100).toFixed(2).replace(/\.?0+$/, '');
const duplicates = (t: string) => checkNarrativeText(t).filter((f) => f.rule.includes('duplicate'));

/** Totals whose remainder a list names with 其他 / 其它, and items listed before it. */
const HEADS: { head: string; items: string[] }[] = [
  { head: '人员经费', items: ['财政统发工资', '基本工资', '绩效工资'] },
  { head: '公用经费', items: ['办公费', '水电费', '差旅费'] },
];
const OTHER = ['其他', '其它'];
const LEAD = ['③部门支出用途。支出预算{T}万元。支出项目是:', '二、支出预算情况\n本年支出预算{T}万元,按用途分:', '支出预算{T}万元,支出项目如下:'];
/** The total's line opens an item: numbered, or lettered after a circled-number lead as in 218. */
const OPENING = [
  ...LEAD.flatMap((lead) => ['(一)', '1.'].map((mark) => ({ lead, mark }))),
  { lead: LEAD[0], mark: 'A、' },
  { lead: LEAD[0], mark: 'B、' },
];
const ITEM_MARK = ['——', '', '其中:'];

const case_ = fc.record({
  head: fc.constantFrom(...HEADS),
  other: fc.constantFrom(...OTHER),
  opening: fc.constantFrom(...OPENING),
  itemMark: fc.constantFrom(...ITEM_MARK),
  /** The listed item and the remainder, in fen; the total is their sum. */
  listed: fc.integer({ min: 100_000, max: 90_000_000 }),
  rest: fc.integer({ min: 1_000, max: 5_000_000 }),
  itemIndex: fc.nat(2),
});

/** The total's line, its listed item and then the remainder under 其他 / 其它 (or, for the control, under the total's own name). */
type Case = typeof case_ extends fc.Arbitrary<infer T> ? T : never;

const text = (v: Case, remainderName: string) => {
  const total = v.listed + v.rest;
  return [
    v.opening.lead.replace('{T}', money(total * 2)),
    `${v.opening.mark}${v.head.head}${money(total)}万元。`,
    `${v.itemMark}${v.head.items[v.itemIndex]}${money(v.listed)}万元。`,
    `${v.itemMark}${remainderName}${money(v.rest)}万元。`,
  ].join('\n');
};

describe('其他 / 其它 before a total’s name', () => {
  it('reads 其他人员经费 / 其它公用经费 under the total as a part of it, not the total stated again', () => {
    fc.assert(
      fc.property(case_, (v) => {
        const t = text(v, `${v.other}${v.head.head}`);
        expect(duplicates(t), `${t}\n${shown(checkNarrativeText(t))}`).toEqual([]);
      }),
    );
  });

  it('still calls the total’s own name stated again with another figure', () => {
    fc.assert(
      fc.property(case_, (v) => {
        const t = text(v, v.head.head);
        expect(duplicates(t).map((f) => f.severity), `${t}\n${shown(checkNarrativeText(t))}`).toEqual(['error']);
      }),
    );
  });
});
