/**
 * Issue 17, twenty-second look: checks for slips most documents never make (缺少金额, 方向词相反, 原因后没有写原因,
 * 复制的原因, 原因的增减方向) and the causes named after 是 try their pattern once over the document's whole text (the passages joined by line breaks) and read the
 * passages one by one only when it matches there. The oracle is the scan as it was, passage by passage: whenever
 * some passage holds a match, the whole text must too (else a finding would be lost). Corpus lines grouped into
 * passages, and arbitrary passages built from the patterns' own words and the characters at their edges.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAUSE_OF_NAMED_CHANGE, EMPTY_REASON, GARBLED_DIRECTION, MISSING_AMOUNT, NUMBERED_ITEM_PATH, WAY_BEFORE_REASON } from '../src/engine/narrative/text/words';
import { foundInWhole } from '../src/engine/narrative/text/document';
import { mayHoldEmptyReason, mayHoldNumberedItemPath } from '../src/engine/narrative/text/checks/reasons';
import { corpusLines } from './narrative-helpers';

/** Whether some passage holds a match of `pattern`, read passage by passage as the checks did. */
function somePassageMatches(pattern: RegExp, passages: readonly string[]): boolean {
  return passages.some((p) => {
    pattern.lastIndex = 0;
    const found = pattern.exec(p) !== null;
    pattern.lastIndex = 0;
    return found;
  });
}

const GATES: { name: string; pattern: RegExp; gate: (whole: string) => boolean }[] = [
  { name: 'MISSING_AMOUNT', pattern: MISSING_AMOUNT, gate: (w) => foundInWhole(MISSING_AMOUNT, w) },
  { name: 'GARBLED_DIRECTION', pattern: GARBLED_DIRECTION, gate: (w) => foundInWhole(GARBLED_DIRECTION, w) },
  { name: 'EMPTY_REASON', pattern: EMPTY_REASON, gate: mayHoldEmptyReason },
  { name: 'NUMBERED_ITEM_PATH', pattern: NUMBERED_ITEM_PATH, gate: mayHoldNumberedItemPath },
  { name: 'WAY_BEFORE_REASON', pattern: WAY_BEFORE_REASON, gate: (w) => foundInWhole(WAY_BEFORE_REASON, w) },
  { name: 'CAUSE_OF_NAMED_CHANGE', pattern: CAUSE_OF_NAMED_CHANGE, gate: (w) => foundInWhole(CAUSE_OF_NAMED_CHANGE, w) },
];

function expectGatesHold(passages: readonly string[]): void {
  const whole = passages.join('\n');
  for (const g of GATES) if (somePassageMatches(g.pattern, passages)) expect(g.gate(whole), `${g.name}: ${JSON.stringify(passages)}`).toBe(true);
}

const WORDS = [
  '增加', '减少', '增长', '下降', '增支', '减支', '万元', '亿元', '千元', '元', '减', '降', '增', '升', '无', '有', '压缩', '削', '上升', '提高', '降低',
  '大', '小于', '的', '因素', '大幅', '明显', '变动', '变化', '上涨', '重要', '三公经费', '小', '大于', '高于', '低于', '多', '少于', '了', '为', '原因', '主要', '是', '主要是', '主要有', '：', ':', '。', '；', ';', '，', ',',
  '、', ')', '）', '(', '（', '类', '款', '项', '"', '“', '”', '1', '12', '3.5', '%', ' ', '\u3000', '|', '\t', '2080505', '公务用车', '支出',
];
const passage = fc.array(fc.constantFrom(...WORDS), { maxLength: 14 }).map((xs) => xs.join(''));

describe('the whole-text gates against the passage-by-passage scan', () => {
  it('keep every corpus match, the corpus lines grouped into passages of one to five lines', () => {
    const lines = corpusLines().filter((l) => l.trim() !== '');
    let matched = 0;
    for (let i = 0; i < lines.length; ) {
      // Eight passages of one to five lines each: a document's stretch as the joining makes it.
      const passages: string[] = [];
      for (let k = 0; k < 8 && i < lines.length; k++) {
        const size = ((i + k) % 5) + 1;
        passages.push(lines.slice(i, i + size).join(''));
        i += size;
      }
      expectGatesHold(passages);
      if (GATES.some((g) => somePassageMatches(g.pattern, passages))) matched++;
    }
    // The corpus holds each kind of slip somewhere: the gates were tried where they must open.
    for (const g of GATES) expect(lines.some((l) => somePassageMatches(g.pattern, [l])), g.name).toBe(true);
    expect(matched).toBeGreaterThan(0);
  });

  it('keep a match at a passage’s end before a passage that opens with a table row or a stop', () => {
    expectGatesHold(['支出比上年增加万元', '|一般公共预算|']);
    expectGatesHold(['增加的主要原因是', '。其他']);
    expectGatesHold(['主要原因是：', '|1|2|']);
    expect(mayHoldEmptyReason(['增加的主要原因是', '1、人员增加'].join('\n'))).toBe(true);
    expectGatesHold(['其他', '1、“社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）”']);
    expectGatesHold(['单位', '比上年降增加12万元']);
    expectGatesHold(['是三公经费大幅下降的主要因素', '增加的主要原因']);
  });

  it('keep every match of arbitrary passages', () => {
    fc.assert(
      fc.property(fc.array(passage, { minLength: 1, maxLength: 6 }), (passages) => expectGatesHold(passages)),
      { numRuns: 20000 },
    );
  });
});
