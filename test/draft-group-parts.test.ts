/**
 * The parts of a grouped income source ('财政拨款收入中，一般公共预算资金…万元，政府性基金…万元。'), written by one helper for the
 * 预算 and the 决算 drafts, where each wrote its own loop. Both loops as they were are the oracles, on a real 收入 list
 * and on random lists of sources and parts, some of them 0.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IncomeItem } from '../src/engine/narrative/draft/income';
import { body, joinLines, line, lineText, wan, type DraftParagraph } from '../src/engine/narrative/draft/model';
import { groupPartParagraphs } from '../src/engine/narrative/draft/shared';

/** The 预算 draft's loop as it was. */
function budgetLoop(items: IncomeItem[]): DraftParagraph[] {
  const paragraphs: DraftParagraph[] = [];
  for (const group of items.filter((i) => !i.sub && i.fen !== 0)) {
    const index = items.indexOf(group);
    const parts: IncomeItem[] = [];
    for (const i of items.slice(index + 1)) {
      if (!i.sub) break;
      parts.push(i);
    }
    const present = parts.filter((p) => p.fen !== 0);
    if (present.length === 0) continue;
    paragraphs.push(body(`${group.name}中，`, joinLines(present.map((p) => line(p.name, wan(p.fen))), '，'), '。'));
  }
  return paragraphs;
}

/** The 决算 draft's loop as it was. */
function finalLoop(items: IncomeItem[]): DraftParagraph[] {
  const paragraphs: DraftParagraph[] = [];
  for (const group of items.filter((x) => !x.sub).filter((x) => x.fen !== 0)) {
    const start = items.indexOf(group);
    const parts = [];
    for (const x of items.slice(start + 1)) {
      if (!x.sub) break;
      if (x.fen !== 0) parts.push(x);
    }
    if (parts.length > 0) paragraphs.push(body(`${group.name}中，`, joinLines(parts.map((p) => line(p.name, wan(p.fen))), '，'), '。'));
  }
  return paragraphs;
}

const item = fc.record({ name: fc.constantFrom('财政拨款收入', '一般公共预算资金', '政府性基金', '事业收入', '其他收入'), fen: fc.constantFrom(0, 0, 1_000_000, 23_456_700), sub: fc.boolean() });

describe('the parts of a grouped income source, one helper for both drafts', () => {
  it('writes what both loops wrote, on random lists of sources and parts', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 10 }), (items) => {
        const written = groupPartParagraphs(items);
        expect(written).toEqual(budgetLoop(items));
        expect(written).toEqual(finalLoop(items));
      }),
      { numRuns: 2000 },
    );
  });

  it('a 财政拨款 source with two funds, one of them 0, and a source without parts', () => {
    const items: IncomeItem[] = [
      { name: '财政拨款收入', fen: 1_234_560_000, sub: false },
      { name: '一般公共预算资金', fen: 1_134_560_000, sub: true },
      { name: '政府性基金', fen: 100_000_000, sub: true },
      { name: '国有资本经营预算', fen: 0, sub: true },
      { name: '事业收入', fen: 50_000_000, sub: false },
    ];
    const written = groupPartParagraphs(items);
    expect(written.map((p) => lineText(p.spans))).toEqual(['财政拨款收入中，一般公共预算资金1134.56万元，政府性基金100.00万元。']);
  });
});
