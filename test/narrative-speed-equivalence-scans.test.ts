/**
 * Issue 17, narrative, sixth round: readers that now scan the characters instead of running
 * patterns give what the patterns gave. toHalfWidth converts by one loop over the code units: the
 * replace with a callback per full-width character it replaced is the oracle. An opener 含 inside
 * brackets is told by endsInOpenBracket looking back from the end (oracle: /[(]\s*$/); the threshold
 * words after a figure are tried only where a 以 stands (oracle: THRESHOLD_AFTER alone). The wording
 * checks run their patterns only over passages holding a character or word every match holds: the
 * patterns alone are the oracles. markerOf tests a passage's first character before its six
 * patterns: the patterns alone are the oracle. Seventh round: 'X中，' is looked for only where the 中
 * stands right before the clause's first ',' (mayOpenAmong): AMONG_SUBJECT alone is the oracle.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHalfWidth } from '../src/engine/grid/text';
import { endsInOpenBracket, mayOpenAmong } from '../src/engine/narrative/text/read';
import { markerOf } from '../src/engine/narrative/text/structure';
import {
  CIRCLED_ORDINAL,
  CN_IS_ORDINAL,
  CN_ORDINAL,
  CN_PAREN_ORDINAL,
  NUM_ORDINAL,
  NUM_PAREN_ORDINAL,
  AMONG_SUBJECT, AS_OF, LEVEL_YEAR, MISSING_PERCENT, PLACEHOLDER_CHARACTER, PLACEHOLDERS, REPORT_TITLE, THRESHOLD_AFTER } from '../src/engine/narrative/text/words';

/** Characters of the 情况说明: Chinese, full-width punctuation and forms, their ASCII twins, edges of the ranges. */
const PROSE_CHARS = [
  '预', '算', '支', '出', '万', '元', '，', '。', '：', '；', '（', '）', '％', '、', '“', '”', '\u3000', ' ', '１', '２', '０',
  '．', 'Ａ', 'ｚ', '！', '～', '\uff00', '\uff5f', '\u2fff', '\u3001', '1', '.', '%', '(', ')', 'a', '\t', '\ud83d\ude00',
];
const prose = fc.array(fc.constantFrom(...PROSE_CHARS), { maxLength: 60 }).map((cs) => cs.join(''));
const anyText = fc.oneof(prose, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));

describe('toHalfWidth by a scan of the code units', () => {
  const WIDE = /[\uff01-\uff5e\u3000]/g;
  const oldToHalfWidth = (s: string) =>
    s.replace(WIDE, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));

  it('converts as the replace did, keeping the length', () => {
    expect(toHalfWidth('比上年增加（减少）１２．３万元，增长％。\u3000')).toBe('比上年增加(减少)12.3万元,增长%。 ');
    fc.assert(
      fc.property(anyText, (s) => {
        const half = toHalfWidth(s);
        expect(half).toBe(oldToHalfWidth(s));
        expect(half.length).toBe(s.length);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('tests at the ends of a clause', () => {
  it('endsInOpenBracket answers as /[(]\\s*$/', () => {
    expect(endsInOpenBracket('基本支出(')).toBe(true);
    expect(endsInOpenBracket('基本支出( \u3000\n')).toBe(true);
    expect(endsInOpenBracket('基本支出(a ')).toBe(false);
    expect(endsInOpenBracket('')).toBe(false);
    fc.assert(
      fc.property(anyText, (s) => {
        expect(endsInOpenBracket(s)).toBe(/[(]\s*$/.test(s));
      }),
      { numRuns: 5000 },
    );
  });

  it('a text without 以 never holds a threshold word', () => {
    const words = fc.array(fc.constantFrom('以上', '以下', '以内', '及以上', '(含)', '（含）', ' ', '以', '及', '上', '元', '，'), { maxLength: 5 }).map((w) => w.join(''));
    fc.assert(
      fc.property(fc.oneof(words, anyText), (s) => {
        const after8 = s.slice(0, 8);
        expect(after8.includes('以') && THRESHOLD_AFTER.test(after8)).toBe(THRESHOLD_AFTER.test(after8));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('the wording checks pass over passages no match can be in', () => {
  const matches = (re: RegExp, s: string) => new RegExp(re.source, re.flags.replace('g', '')).test(s);
  const wordy = fc
    .array(
      fc.constantFrom(
        ...PROSE_CHARS, 'XX', 'ｘｘ', '××', 'x,xxx.xx', '待填', '待补充', '请填写', '【请补充原因】', '○○', '〇〇', '□□', '＊＊', '**', '……', '2025', '年', '年度',
        '部门', '预算', '决算', '收入预算', '一般公共预算', '截至', '截止', '占', '增长', '比重', '完成预算的', '%', '％', '|',
      ),
      { maxLength: 14 },
    )
    .map((w) => w.join(''));
  const texts = fc.oneof(wordy, anyText);

  it('no placeholder without a placeholder character', () => {
    expect(PLACEHOLDERS.every(([re]) => !matches(re, '收入预算1234.56万元。'))).toBe(true);
    fc.assert(
      fc.property(texts, (s) => {
        if (!PLACEHOLDER_CHARACTER.test(s)) for (const [re] of PLACEHOLDERS) expect(matches(re, s), re.source).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });

  it('no year pattern without its word, no missing percentage without a %', () => {
    expect(matches(REPORT_TITLE, '2024年部门预算')).toBe(true);
    expect(matches(MISSING_PERCENT, '占基本支出预算%')).toBe(true);
    fc.assert(
      fc.property(texts, (s) => {
        if (!s.includes('预算')) expect(matches(LEVEL_YEAR, s)).toBe(false);
        if (!s.includes('部门')) expect(matches(REPORT_TITLE, s)).toBe(false);
        if (!s.includes('截')) expect(matches(AS_OF, s)).toBe(false);
        if (!toHalfWidth(s).includes('%')) expect(matches(MISSING_PERCENT, s)).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('markerOf tells a passage without a marker by its first character', () => {
  it('answers as its six patterns', () => {
    const oldHasMarker = (text: string) =>
      [CN_ORDINAL, CN_PAREN_ORDINAL, NUM_PAREN_ORDINAL, NUM_ORDINAL, CIRCLED_ORDINAL, CN_IS_ORDINAL].some((re) => re.test(text.trim()));
    expect(markerOf(' （二）项目支出')).toEqual({ style: 'cn-paren', n: 2 });
    expect(markerOf('⑳其他')).toEqual({ style: 'circle', n: 20 });
    const marked = fc
      .array(fc.constantFrom(' ', '\u3000', '一', '二', '十', '、', '是', '.', '．', '(', '（', ')', '）', '1', '2', '0', '①', '⑳', '\u2474', '\u245f', '收入', '其中'), { maxLength: 6 })
      .map((w) => w.join(''));
    fc.assert(
      fc.property(fc.oneof(marked, anyText), (s) => {
        const m = markerOf(s);
        expect(m !== undefined).toBe(oldHasMarker(s));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("'X中，' looked for only where its 中 ends the clause", () => {
  /** Half-width prose: the words, 中 / 当中, the stops AMONG_SUBJECT's words exclude, whitespace. */
  const AMONG_CHARS = ['一', '般', '公', '共', '预', '算', '支', '出', '中', '当', '中 ', '当中\u3000\t', ',', ';', '。', '!', '?', ':', ' ', '\u3000', '\t', '\n', '1', '.', '万', '元'];
  const amongText = fc.array(fc.constantFrom(...AMONG_CHARS), { maxLength: 80 }).map((cs) => cs.join(''));

  it('says no only where AMONG_SUBJECT cannot match', () => {
    expect(mayOpenAmong('一般公共预算支出中,基本支出', 0)).toBe(true);
    expect(mayOpenAmong('。一般公共预算支出当中 \u3000,', 1)).toBe(true);
    expect(mayOpenAmong('其中:基本支出,项目支出', 0)).toBe(false);
    fc.assert(
      fc.property(fc.oneof(amongText, anyText), fc.nat({ max: 90 }), (text, at) => {
        const from = Math.min(at, text.length);
        if (AMONG_SUBJECT.test(text.slice(from))) expect(mayOpenAmong(text, from)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('skips the spaces between 中 and the comma, as the pattern does', () => {
    const mutant = (text: string, from: number) => {
      const comma = text.indexOf(',', from);
      return comma > 0 && text[comma - 1] === '中';
    };
    expect(AMONG_SUBJECT.test('支出中 ,基本支出')).toBe(true);
    expect(mutant('支出中 ,基本支出', 0)).toBe(false);
    expect(mayOpenAmong('支出中 ,基本支出', 0)).toBe(true);
  });
});
