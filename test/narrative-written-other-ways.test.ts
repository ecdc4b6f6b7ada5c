/**
 * Real texts written the way other real texts write them — digits full-width, a paragraph cut into PDF lines of
 * another width — are read as they are (src/engine/narrative/text/join.ts, checks/reasons.ts, checks/wording.ts,
 * checks/tables.ts, sections.ts). Each case is a corpus text before and after the transform of
 * test/narrative-transforms.ts that first changed its findings; each property applies that transform to random
 * real lines of the corpus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeWorkbook, type Table } from '../src/engine';
import { reviewNarrativeText } from '../src/engine/narrative';
import { displayWidth } from '../src/engine/narrative/text/join';
import { workbookToGrids } from '../src/xlsx/grids';
import { loadXlsx } from '../src/xlsx/load';
import { fullWidthDigits, punctuationToFullWidth, reviewDifference, rewrapped, splitsInside, type TextTransform } from './narrative-transforms';

const CORPUS = join(__dirname, 'corpus');
const narrative = (name: string) => readFileSync(join(CORPUS, 'narrative/texts', name), 'utf8');

/** What the transform changes in the review of `text`: findings added or lost, figures no longer read. */
function changed(text: string, transform: TextTransform, tables: Table[] = []) {
  const t = transform.apply(text);
  expect(t.text).not.toBe(text);
  const diff = reviewDifference(reviewNarrativeText(text, tables), reviewNarrativeText(t.text, tables), t);
  return { added: diff.added, lost: diff.lost, figuresLost: diff.figuresLost };
}
const unchanged = { added: [], lost: [], figuresLost: 0 };

describe('digits written full-width (227.txt writes ‘４个’ and ‘１、’)', () => {
  it('05: its sum, change and reason findings stay, and no percent reads as missing (‘增幅１７.１８%’)', () => {
    const text = narrative('05.txt');
    expect(reviewNarrativeText(text).findings.filter((f) => f.severity === 'error').length).toBeGreaterThan(0);
    expect(changed(text, fullWidthDigits)).toEqual(unchanged);
  });

  it('42 (a PDF text layer, full-width punctuation): the same findings, wrapped again at its width', () => {
    expect(changed(narrative('42.txt'), fullWidthDigits)).toEqual(unchanged);
  });

  it('258 and 319: the same topics are found spoken of (收入１２万元 is 收入 and a figure)', () => {
    expect(changed(narrative('258.txt'), fullWidthDigits)).toEqual(unchanged);
    expect(changed(narrative('319.txt'), fullWidthDigits)).toEqual(unchanged);
  });
});

describe('a paragraph cut into PDF lines of another width', () => {
  it('487 L12 with full-width punctuation at 63: ‘…5、对下级单位补助支出0万元；’ / ‘6、其他支出0万元。’ goes on with its inline list — no sum of the lists after it', () => {
    // A PDF line breaks after a full-width ‘；’, never inside the ASCII run ';6'.
    expect(changed(punctuationToFullWidth.apply(narrative('487.txt')).text, rewrapped(63))).toEqual(unchanged);
  });

  it('204 L28 with full-width punctuation at 63: ‘…（含人员支出4450.87万元、占总支出85.38%’ / ‘公用支出762.04万元…）’ — the bracket goes on, no part larger than its whole', () => {
    expect(changed(punctuationToFullWidth.apply(narrative('204.txt')).text, rewrapped(63))).toEqual(unchanged);
  });

  it('578 L47 with full-width punctuation at 63: ‘…较上年612.33万元’ / ‘减少了239.12万元…’ — the change goes on its comparison, no direction missing', () => {
    expect(changed(punctuationToFullWidth.apply(narrative('578.txt')).text, rewrapped(63))).toEqual(unchanged);
  });

  it('602 L8 with full-width punctuation at 63: ‘…差额补助事业编制人数’ / ‘0、自收自支编制人数13人’ — no item is numbered 0, the count of 编制 still adds up wrong', () => {
    const text = narrative('602.txt');
    expect(reviewNarrativeText(text).findings.some((f) => f.rule === 'narrative/sum' && f.cell === 'L8')).toBe(true);
    expect(changed(punctuationToFullWidth.apply(text).text, rewrapped(63))).toEqual(unchanged);
  });

  it('277 L1–L3 at 60: a title as wide as a line stands alone, and the completion rate 36.32% is still checked', () => {
    const text = narrative('277.txt');
    expect(reviewNarrativeText(text).findings.some((f) => f.rule === 'narrative/completion')).toBe(true);
    expect(changed(text, rewrapped(60))).toEqual(unchanged);
  });

  it('211 L98 at 84: ‘…下降了16.64%。这进一步表’ / ‘明…’ is prose cut in a word, and its reason follows', () => {
    expect(changed(narrative('211.txt'), rewrapped(84))).toEqual(unchanged);
  });

  it('93 L18 at 84: the cause (‘随着…’) on the line that ended on a 。 before the changes explains them', () => {
    expect(changed(narrative('93.txt'), rewrapped(84))).toEqual(unchanged);
  });

  it('93 L18 at 85: the cause two passages back, over two full lines that each ended on a 。, still explains the changes', () => {
    expect(changed(narrative('93.txt'), rewrapped(85))).toEqual(unchanged);
  });

  it('113 at 68: a change restated (140.010934万元, 10.67%) had its reason where it was first stated, on the line after the one that ended on its 。', () => {
    expect(changed(narrative('113.txt'), rewrapped(68))).toEqual(unchanged);
  });

  it('383 L20 at 56: ‘(一)按支出功能分类科目划分…其中:’ breaks down the paragraph’s whole, not 项目支出448万元 alone on the line after a 。', () => {
    expect(changed(narrative('383.txt'), rewrapped(56))).toEqual(unchanged);
  });

  it('615 L7 at 84: a flattened table head cut after ‘比重%’ is a column’s unit, no missing percentage', () => {
    expect(changed(narrative('615.txt'), rewrapped(84))).toEqual(unchanged);
  });

  it('shiquan-benji-2026 L73 at 84, with its tables: the 科目 named once is flagged once, not again on the next passage', async () => {
    const file = 'shiquan-benji-2026.xlsx';
    const workbook = await loadXlsx(new Uint8Array(readFileSync(join(CORPUS, 'tables/workbooks', file))));
    const tables = analyzeWorkbook(workbookToGrids(workbook, file)).tables;
    const text = readFileSync(join(CORPUS, 'tables/text/shiquan-benji-2026.txt'), 'utf8');
    expect(reviewNarrativeText(text, tables).findings.filter((f) => f.rule === 'narrative/name' && f.cell === 'L73')).toHaveLength(1);
    expect(changed(text, rewrapped(84), tables)).toEqual(unchanged);
  });
});

/** Corpus lines with a figure, long enough for a PDF to cut (a Chinese character is 2 wide). */
function corpusLines(): string[] {
  const lines: string[] = [];
  for (const f of readdirSync(join(CORPUS, 'narrative/texts')).sort()) {
    for (const l of narrative(f).split('\n')) if (/\d/.test(l) && l.length >= 50 && !l.includes('|')) lines.push(l.trim());
  }
  return lines;
}

describe('property over the real texts these fixes came from', () => {
  /** The texts whose findings a re-wrap first changed (93, 113, 204, 211, 277, 383, 487, 578, 602, 615). */
  const texts = ['93.txt', '113.txt', '204.txt', '211.txt', '277.txt', '383.txt', '487.txt', '578.txt', '602.txt', '615.txt'].map(narrative);

  it('property: each, with its punctuation as written or full-width, cut into PDF lines of any width from 56 to 100, gains no error or warning', () => {
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.boolean(), fc.integer({ min: 56, max: 100 }), (written, fullWidth, width) => {
        const text = fullWidth ? punctuationToFullWidth.apply(written).text : written;
        const t = rewrapped(width).apply(text);
        const diff = reviewDifference(reviewNarrativeText(text), reviewNarrativeText(t.text), t);
        expect(diff.added.filter((f) => f.severity !== 'info')).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});

describe('properties over real lines of the corpus', () => {
  const lines = corpusLines();
  /**
   * A run of real lines, as a text of its own: three at most, so it is never taken for a hard-wrapped page (four full
   * lines), which the transform would wrap again — the re-wrap is a transform of its own.
   */
  const texts = fc.array(fc.constantFrom(...lines), { minLength: 1, maxLength: 3 }).map((ls) => ls.join('\n'));

  it('property: real lines in full-width digits give the same findings and read the same figures', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(changed(text, fullWidthDigits)).toEqual(unchanged);
      }),
      { numRuns: 150 },
    );
  });

  it('property: real lines with full-width punctuation, cut at any width from 56 to 100, are never split inside a bracket, before the next item of an inline list or before the way of a change', () => {
    // Lines that write a list inline ('…；2、…；3、…') or a bracket: where the joiner had to be taught.
    const listed = lines.filter((l) => /[;；,，。:：]\d{1,2}、/.test(l) || /[(（][^)）]*\d[^)）]*[)）]/.test(l));
    fc.assert(
      fc.property(fc.constantFrom(...listed), fc.integer({ min: 56, max: 100 }), (line, width) => {
        const text = punctuationToFullWidth.apply(line).text;
        // A paragraph of at least four full lines: a text hard-wrapped at that width.
        fc.pre(displayWidth(text) >= 4 * width);
        expect(splitsInside(rewrapped(width).apply(text).text)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
