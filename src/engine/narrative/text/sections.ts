/**
 * The 情况说明 of a publication covers a standard set of topics (财政部 部门预算/决算公开 templates):
 * 收支总体情况, 收入, 支出, 财政拨款收支, 一般公共预算, 基本支出, 政府性基金, 国有资本经营, “三公”经费,
 * 机关运行经费, 政府采购, 国有资产, 绩效. Local templates name and group them differently, so a topic
 * counts as covered when anything in the document speaks of it, and a missing one is only `info`.
 */
import type { Finding } from '../../findings';
import { toHalfWidthDigits } from '../../grid/text';
import type { Paragraph } from './tokens';
import { PART_HEADING, SECTION_TOPICS } from './words';

/**
 * A numbered part's heading, spaced or not ('一 、 收 入'); a table row pasted as text
 * ('一、税收收入 | 401 | 431') is not one.
 */
function isPartHeading(p: Paragraph): boolean {
  return PART_HEADING.test(p.text.replace(/\s+/g, '')) && !p.text.includes('|');
}

/**
 * A full explanation, not a sentence, an excerpt or a flattened table: several numbered parts, and
 * more than one topic spoken of (a “三公” 经费 explanation or a 政府采购 report alone is not told what
 * the whole template holds).
 */
function isWholeDocument(paras: readonly Paragraph[], covered: number): boolean {
  return paras.length >= 8 && paras.filter(isPartHeading).length >= 4 && covered >= 2;
}

/** Whether any of a topic's patterns matches `text`. */
function spokenOf([, ...patterns]: readonly [string, ...RegExp[]], text: string): boolean {
  for (let i = 0; i < patterns.length; i++) if (patterns[i].test(text)) return true;
  return false;
}

export function missingSections(paras: readonly Paragraph[]): Finding[] {
  if (paras.length < 8) return [];
  // The whole document closed up, line breaks and spaces alike: a PDF's lines split a topic's words
  // anywhere ('一般公共' | '预算'), and a heading that names the topic counts however it is wrapped.
  // Digits written full-width ('收入１２万元') are read as ASCII ones, as the checks read them.
  const text = toHalfWidthDigits(paras.map((p) => p.text).join('').replace(/\s+/g, ''));
  const missing = SECTION_TOPICS.filter((topic) => !spokenOf(topic, text)).map(([name]) => name);
  if (missing.length === 0 || !isWholeDocument(paras, SECTION_TOPICS.length - missing.length)) return [];
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
