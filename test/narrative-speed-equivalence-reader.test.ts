/**
 * Issue 17, twenty-second look (the reader): readPassage sorts its tokens only when a 'X中，' opener was
 * pushed ahead of the walk (the figures and marks come in text order); mayOpenAmong walks back over the
 * spaces before the comma instead of slicing and trimming; the character lost before a figure is read by
 * its code, not by LOST_CHARACTER_END on a slice; differenceBefore runs only on a label whose last characters
 * (past the spaces and one copula) may end a difference's word; the bare 万 / 亿 are looked for at the runs of
 * digits only in a text where one search finds a 万 / 亿 with a mark or the end after it (the global searches
 * of narrative-speed-equivalence-digits.test.ts are that step's oracle); a figure's own year and the sentence's
 * opening year are read only from words holding a 年; 'X中，' is looked for only in a passage where a 中 stands
 * before a comma with only spaces between; whether a passage holds a reason word or a 科目 level mark is asked
 * when a figure or a statement first needs it, not of every passage. The oracles: ownYear and openingYear
 * as they were, differenceBefore alone, LOST_CHARACTER_END, the old mayOpenAmong, /\s/, and
 * the order of every token list readPassage returns (the old code sorted whenever the list was out of
 * order, so a list it hands back out of order is a difference).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanFigures } from '../src/engine/narrative/text/figures';
import { joinLines } from '../src/engine/narrative/text/join';
import { isSpaceCode, lostCharacterBefore, mayEndInDifferenceWord, mayOpenAmong, openingYear, ownYear, readPassage } from '../src/engine/narrative/text/read';
import type { Token } from '../src/engine/narrative/text/tokens';
import { differenceBefore, LOST_CHARACTER_END, OPENING_YEAR, PRIOR_WORDS, THIS_YEARS_CARRYOVER, YEAR_IN } from '../src/engine/narrative/text/words';
import { corpusLines } from './narrative-helpers';

const anyText = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));

/** mayOpenAmong as it was: the clause up to its first comma, trimmed. */
function oldMayOpenAmong(text: string, from: number): boolean {
  const comma = text.indexOf(',', from);
  return comma >= 0 && text.slice(from, comma).trimEnd().endsWith('中');
}

const inOrder = (a: Token, b: Token) => a.start - b.start || (a.type === 'para-end' ? 1 : 0) - (b.type === 'para-end' ? 1 : 0);
const sorted = (tokens: readonly Token[]) => tokens.every((t, i) => i === 0 || inOrder(tokens[i - 1], t) <= 0);

/** Prose of the words the reader's marks, figures and 'X中，' openers are made of. */
const prose = fc
  .array(
    fc.constantFrom('一般公共预算支出', '基本支出', '项目支出', '中', '当中', ',', '，', '；', ';', '。', '、', '(', ')', '（', '）', ' ', '\u3000', '\t', '其中', '包括', '含', '100万元', '20.5%', '比上年增加', '持平', '减少'),
    { maxLength: 40 },
  )
  .map((xs) => xs.join(''));

describe('mayOpenAmong by a walk back from the comma', () => {
  it('answers as the slice and trim did, at every position of the corpus lines and of arbitrary text', () => {
    const differ: string[] = [];
    for (const line of corpusLines()) for (let from = 0; from <= line.length; from++) if (mayOpenAmong(line, from) !== oldMayOpenAmong(line, from)) differ.push(`${from} ${line}`);
    expect(differ).toEqual([]);
    fc.assert(
      fc.property(fc.oneof(prose, anyText), fc.nat({ max: 60 }), (text, at) => {
        const from = Math.min(at, text.length);
        expect(mayOpenAmong(text, from)).toBe(oldMayOpenAmong(text, from));
      }),
      { numRuns: 5000 },
    );
  });

  it('says yes only in a text where a 中 stands before a comma with nothing but spaces between (the gate of a passage)', () => {
    const gate = /中\s*,/;
    const missed: string[] = [];
    for (const line of corpusLines()) for (let from = 0; from <= line.length; from++) if (mayOpenAmong(line, from) && !gate.test(line)) missed.push(line);
    expect(missed).toEqual([]);
    fc.assert(
      fc.property(fc.oneof(prose, anyText), fc.nat({ max: 60 }), (text, at) => {
        if (mayOpenAmong(text, Math.min(at, text.length))) expect(gate.test(text)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('takes for space exactly what /\\s/ and trimEnd take', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const s = String.fromCharCode(c);
      if (isSpaceCode(c) !== /\s/.test(s) || isSpaceCode(c) !== (`a${s}`.trimEnd() === 'a')) differ.push(c);
    }
    expect(differ).toEqual([]);
  });
});

describe('readPassage sorts only after a head opener', () => {
  it('hands back every corpus passage and arbitrary prose in token order', () => {
    const lines = corpusLines();
    const paras = lines.map((text, index) => ({ index, text, sheet: 'S', cell: `A${index + 1}` }));
    for (const p of joinLines(paras)) expect(sorted(readPassage(p, { reportYear: 2025 }, 0).tokens), p.text).toBe(true);
    fc.assert(
      fc.property(prose, (text) => {
        const [p] = joinLines([{ index: 0, text, sheet: 'S', cell: 'A1' }]);
        if (p) expect(sorted(readPassage(p, { reportYear: 2025 }, 0).tokens)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('still sorts a passage whose head opener sits after the tokens read before it', () => {
    const [p] = joinLines([{ index: 0, text: '一般公共预算支出、基本支出中，项目支出60万元。', sheet: 'S', cell: 'A1' }]);
    const tokens = readPassage(p, { reportYear: 2025 }, 0).tokens;
    // The opener (at 中) is pushed before the walk reaches the 、 ahead of it.
    expect(tokens.map((t) => t.type).slice(0, 2)).toEqual(['sep', 'opener']);
    expect(sorted(tokens)).toBe(true);
  });
});

describe('lostCharacterBefore by the code of one character', () => {
  it('answers as LOST_CHARACTER_END on the one-character slice, at every position', () => {
    const old = (text: string, pos: number) => LOST_CHARACTER_END.test(text.slice(Math.max(0, pos - 1), pos));
    expect(lostCharacterBefore('支出?8639万元', 3)).toBe(true);
    expect(lostCharacterBefore('支出\uFFFD8639万元', 3)).toBe(true);
    expect(lostCharacterBefore('支出8639万元', 2)).toBe(false);
    const differ: string[] = [];
    for (const line of corpusLines()) for (let pos = 0; pos <= line.length; pos++) if (lostCharacterBefore(line, pos) !== old(line, pos)) differ.push(`${pos} ${line}`);
    expect(differ).toEqual([]);
    fc.assert(
      fc.property(fc.oneof(prose.map((s) => s.replace(/当/g, '?')), anyText), fc.nat({ max: 60 }), (text, at) => {
        const pos = Math.min(at, text.length);
        expect(lostCharacterBefore(text, pos)).toBe(old(text, pos));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('differenceBefore gated by the last character of the label', () => {
  const labelWords = fc
    .array(fc.constantFrom('决算数', '大于', '小于', '年初', '预算', '预算数', '差值', '差额', '相差', '超收', '短收', '为', '是', '了', '达', '约', ' ', '\u3000', '\t', '支出', '比上年', '收', '算', '弥补收支'), { maxLength: 10 })
    .map((xs) => xs.join(''));
  it('finds every difference differenceBefore finds, in every prefix of the corpus lines and in arbitrary labels', () => {
    expect(mayEndInDifferenceWord('决算数大于预算数 为 ')).toBe(true);
    expect(mayEndInDifferenceWord('差值为为')).toBe(false);
    // Where the gate says no, differenceBefore finds nothing (where it says yes, differenceBefore itself runs).
    const missed: string[] = [];
    for (const line of corpusLines()) for (let end = 0; end <= line.length; end++) {
      const label = line.slice(0, end);
      if (!mayEndInDifferenceWord(label) && differenceBefore(label)) missed.push(label);
    }
    expect(missed).toEqual([]);
    fc.assert(
      fc.property(fc.oneof(labelWords, anyText), (label) => {
        expect(mayEndInDifferenceWord(label) ? differenceBefore(label) : null).toEqual(differenceBefore(label));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('bare 万 / 亿 looked for only where one is written', () => {
  it('still reads a bare unit before each mark and at the end, and none where every 万 is a 万元', () => {
    const bare = (text: string) => scanFigures(text).filter((f) => f.type === 'amount' && !f.raw.endsWith('元')).map((f) => f.raw);
    expect(bare('合计为1000.86万，其中：公务用车购置费399.25万元')).toEqual(['1000.86万']);
    for (const mark of [',', ';', '。', '、', ')', ' ', '']) expect(bare(`公务接待费0.7亿${mark}公务用车购置费1.2亿元`.replace('亿元', mark === '' ? '亿元。' : '亿元'))).toEqual(mark === '' ? [] : ['0.7亿']);
    expect(bare('经费支出10万元，比上年增加2万元')).toEqual([]);
  });
});

describe('the years read only from words that hold a 年', () => {
  /** ownYear and openingYear as they were: the carry-over words removed, then the patterns, on any words. */
  function oldOwnYear(raw: string, sentenceYear: number | undefined, reportYear: number): number {
    const s = raw.replace(THIS_YEARS_CARRYOVER, '');
    const y = YEAR_IN.exec(s);
    if (y) return Number(y[1]);
    const base = sentenceYear ?? reportYear;
    if (PRIOR_WORDS.test(s)) return base - 1;
    return base;
  }
  function oldOpeningYear(sentence: string): number | undefined {
    const m = OPENING_YEAR.exec(sentence.replace(THIS_YEARS_CARRYOVER, ''));
    return m ? Number(m[1]) : undefined;
  }
  const yearWords = fc
    .array(fc.constantFrom('2024', '2025', '年', '年度', '上年', '上一年', '去年', '上年同期', '结转', '结余', '末', '年初', '截至', '3月', ' ', '支出', '比', ',', '。'), { maxLength: 12 })
    .map((xs) => xs.join(''));
  it('read the same year from every prefix of the corpus lines and from arbitrary words', () => {
    const differ: string[] = [];
    for (const line of corpusLines())
      for (let end = 0; end <= line.length; end++) {
        const words = line.slice(Math.max(0, end - 30), end);
        if (ownYear(words, undefined, 2025) !== oldOwnYear(words, undefined, 2025) || ownYear(words, 2019, 2025) !== oldOwnYear(words, 2019, 2025)) differ.push(words);
        if (openingYear(line.slice(0, end)) !== oldOpeningYear(line.slice(0, end))) differ.push(line.slice(0, end));
      }
    expect(differ).toEqual([]);
    fc.assert(
      fc.property(fc.oneof(yearWords, anyText), fc.option(fc.integer({ min: 2000, max: 2030 }), { nil: undefined }), (words, sentenceYear) => {
        expect(ownYear(words, sentenceYear, 2025)).toBe(oldOwnYear(words, sentenceYear, 2025));
        expect(openingYear(words)).toBe(oldOpeningYear(words));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('the reason and 科目 gates asked when first needed', () => {
  const read = (text: string) => readPassage(joinLines([{ index: 0, text, sheet: 'S', cell: 'A1' }])[0], { reportYear: 2025 }, 0);
  it('hands on the path of a passage without figures and marks a figure inside a reason', () => {
    expect(read('一般公共服务支出(类)人大事务(款)行政运行(项)').lastPath?.path).toBeDefined();
    expect(read('本部门职责如下。').lastPath).toBeUndefined();
    const amounts = read('比上年增加10万元,主要原因是人员增加5万元。').tokens.filter((t) => t.type === 'amount');
    expect(amounts.map((t) => t.type === 'amount' && t.inReason)).toEqual([false, true]);
  });
});
