/**
 * The 情况说明 of a publication covers a standard set of topics (财政部 部门预算/决算公开 templates):
 * 收支总体情况, 收入, 支出, 财政拨款收支, 一般公共预算, 基本支出, 政府性基金, 国有资本经营, “三公”经费,
 * 机关运行经费, 政府采购, 国有资产, 绩效. Local templates name and group them differently, so a topic
 * counts as covered when any paragraph speaks of it, and a missing one is only `info`.
 */
import type { Finding } from '../../findings';
import type { Paragraph } from './tokens';
import { PART_HEADING, SECTION_TOPICS } from './words';

/** A full explanation, not a sentence or an excerpt: several numbered parts. */
function isWholeDocument(paras: readonly Paragraph[]): boolean {
  const headings = paras.filter((p) => PART_HEADING.test(p.text.trim())).length;
  return paras.length >= 8 && headings >= 4;
}

export function missingSections(paras: readonly Paragraph[]): Finding[] {
  if (paras.length === 0 || !isWholeDocument(paras)) return [];
  // The paragraphs, closed up, one a line: no topic's pattern matches a line break, so each is tried
  // once over the document instead of once per paragraph.
  const text = paras.map((p) => p.text.replace(/\s+/g, '')).join('\n');
  const missing = SECTION_TOPICS.filter(([, re]) => !re.test(text)).map(([name]) => name);
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
