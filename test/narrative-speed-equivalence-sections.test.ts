/**
 * Issue 17, narrative, fourteenth round: the 情况说明 topics (src/engine/narrative/text/words.ts,
 * SECTION_TOPICS) are tried faster over the closed-up document — 收支总体情况 as two patterns (its
 * heading words; the whole 收入 and 支出 both stated) instead of one alternation with a `^` branch, and
 * the 支出 topic's look-behind standing after the 支出 it qualifies. The patterns as they were, rebuilt
 * from the new ones, are the oracles, on random texts made of the topics' own words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SECTION_TOPICS } from '../src/engine/narrative/text/words';
import { missingSections } from '../src/engine/narrative/text/sections';
import type { Paragraph } from '../src/engine/narrative/text/tokens';

const [overallName, heading, bothWholes] = SECTION_TOPICS[0];
const [spendingName, spending] = SECTION_TOPICS[2];
const LOOK_BEHIND_AFTER = '支出(?<=(?:[、)）]|关于)支出)(?:总体)?情况';
const LOOK_BEHIND_BEFORE = '(?<=[、)）]|关于)支出(?:总体)?情况';

const oldOverall = new RegExp(`${heading.source}|${bothWholes.source}`);
const oldSpending = new RegExp(spending.source.replace(LOOK_BEHIND_AFTER, LOOK_BEHIND_BEFORE));

const pieces = [
  '收支', '收入', '支出', '总体', '情况', '说明', '总计', '合计', '总额', '预算', '决算', '总', '的', '安排', '增减', '关于', '、', ')', '）',
  '拨款', '公共', '基金', '经营', '本年', '基本', '项目', '部门', '单位', '为', '是', '共', '12.5', '3,000', '万', '亿', '元', '，', ',', '；', '。', '数', '占',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((parts) => parts.join(''));

describe('the 情况说明 topics, tried faster', () => {
  it('the oracles are the patterns as they were', () => {
    expect([overallName, spendingName]).toEqual(['收支总体情况', '支出']);
    expect(bothWholes.source.startsWith('^(?=')).toBe(true);
    expect(oldSpending.source).not.toBe(spending.source);
    expect(oldSpending.source).toContain(LOOK_BEHIND_BEFORE);
  });

  it('收支总体情况 by two patterns is spoken of exactly where the one alternation matched', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(heading.test(t) || bothWholes.test(t)).toBe(oldOverall.test(t));
      }),
    );
  });

  it('支出 with its look-behind after the word matches where and what it matched before', () => {
    fc.assert(
      fc.property(text, (t) => {
        const now = spending.exec(t);
        const before = oldSpending.exec(t);
        expect(now?.index).toBe(before?.index);
        expect(now?.[0]).toBe(before?.[0]);
      }),
    );
  });

  it('reads real headings and statements', () => {
    expect(heading.test('一、部门收支总体情况')).toBe(true);
    expect(heading.test('一般公共预算收支的情况')).toBe(false);
    expect(bothWholes.test('本部门收入总计77.82万元，支出总计77.82万元。')).toBe(true);
    expect(bothWholes.test('本部门收入总计77.82万元。')).toBe(false);
    expect(spending.test('三、关于支出情况')).toBe(true);
    expect(spending.test('（二）支出总体情况')).toBe(true);
    expect(spending.test('二是支出总体情况')).toBe(false);
    expect(spending.test('基本支出情况')).toBe(false);
  });

  it('a whole document that states both wholes, with no heading of them, is not told that 收支总体情况 is missing', () => {
    const lines = [
      '一、收入情况：本部门收入总计77.82万元。',
      '二、支出情况：本部门支出总计77.82万元。',
      '三、财政拨款收支情况：一般公共预算拨款收入77.82万元。',
      '四、基本支出：基本支出50万元。',
      '五、政府性基金、国有资本经营：无。',
      '六、“三公”经费、机关运行经费：无。',
      '七、政府采购：无。',
      '八、国有资产占有使用情况、绩效：无。',
    ];
    const paras: Paragraph[] = lines.map((text, index) => ({ index, text, sheet: '情况说明', cell: `A${index + 1}` }));
    expect(missingSections(paras)).toEqual([]);
    const missing = missingSections(paras.map((p) => ({ ...p, text: p.text.replace('本部门支出总计77.82万元', '支出77.82万元') })));
    expect(missing.map((f) => f.message.slice(0, f.message.indexOf('；')))).toEqual(['情况说明中没有找到关于收支总体情况的说明']);
  });
});
