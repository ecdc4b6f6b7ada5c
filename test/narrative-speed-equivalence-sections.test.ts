/**
 * Issue 17, narrative, s30 round: missingSections tries each topic's pattern once over the document's
 * paragraphs joined by line breaks (no topic pattern matches one), not once per paragraph. The oracle
 * is the per-paragraph reading it replaced, on documents built of headings, topic words and prose.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/engine/findings';
import { missingSections } from '../src/engine/narrative/text/sections';
import type { Paragraph } from '../src/engine/narrative/text/tokens';
import { PART_HEADING, SECTION_TOPICS } from '../src/engine/narrative/text/words';

/** missingSections as it read before: each topic tried on every paragraph in turn. */
function oldMissingSections(paras: readonly Paragraph[]): Finding[] {
  const headings = paras.filter((p) => PART_HEADING.test(p.text.trim())).length;
  if (paras.length === 0 || !(paras.length >= 8 && headings >= 4)) return [];
  const texts = paras.map((p) => p.text.replace(/\s+/g, ''));
  const missing = SECTION_TOPICS.filter(([, re]) => !texts.some((t) => re.test(t))).map(([name]) => name);
  if (missing.length === 0) return [];
  const first = paras[0];
  return [
    {
      rule: 'narrative/sections',
      kind: 'narrative',
      severity: 'info',
      sheet: first.sheet,
      cell: first.cell,
      related: [],
      message: `情况说明中没有找到关于${missing.join('、')}的说明；公开模板要求说明这些内容（没有的也应写明“无”或“未安排”），如已在其他部分说明可忽略。`,
    },
  ];
}

/** Pieces of 情况说明 lines, split where a topic's words could run over the end of one line into the next. */
const PIECES = [
  '一、', '二、', '三、', '四、', '五、', '收支', '收入', '支出', '预算', '决算', '情况', '合计', '总计', '包括', '为', '总体',
  '总预算', '说明', '财政拨款收', '入', '支', '一般公共', '预算', '基本支出', '政府性基金', '国有资本经营', '三公', '机关运行经费',
  '政府采购', '国有资产', '资产占', '有', '用', '绩效', '12', '5', '万元', '，', '。', ' ', '\n', '\u3000', 'ab', '基本',
];
const lineText = fc
  .tuple(fc.constantFrom('', '', '一、', '三、'), fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }))
  .map(([heading, ps]) => heading + ps.join(''));
const document = fc.array(lineText, { maxLength: 30 }).map((lines) =>
  lines.map((text, index): Paragraph => ({ index, text, sheet: '情况说明', cell: `A${index + 1}` })),
);

describe('missingSections tries each topic once over the document', () => {
  it('finds what the per-paragraph reading found', () => {
    const lines = ['一、收支总体情况', '二、收入预算情况', '三、支出预算情况', '四、财政拨款收', '入支出情况', '五、其他', '政府采购', '绩效'];
    const paras = lines.map((text, index): Paragraph => ({ index, text, sheet: '情况说明', cell: `A${index + 1}` }));
    const found = missingSections(paras);
    expect(found).toEqual(oldMissingSections(paras));
    // 财政拨款收 | 入 across two paragraphs is not the topic.
    expect(found[0].message).toContain('财政拨款收支');
    let whole = 0;
    fc.assert(
      fc.property(document, (doc) => {
        if (oldMissingSections(doc).length > 0) whole++;
        expect(missingSections(doc)).toEqual(oldMissingSections(doc));
      }),
      { numRuns: 3000 },
    );
    // Hundreds of the generated documents are whole ones with topics missing: not only empty answers are compared.
    expect(whole).toBeGreaterThan(500);
  });
});
