/**
 * The info note that names the template's topics a whole 情况说明 does not speak of (sections.ts).
 * A note that calls a present topic missing is wrong: the user reads it. Real cases from the corpus:
 * text 255 gives its 支出 as '支出总计77.82万元'; text 258 (PDF lines) splits '一般公共 | 预算' and
 * '国有资本经 | 营' across lines and gives its 收支 as '收入预算27,807.61万元' … '支出预算27,807.61万元';
 * 106 is a flattened table whose rows are numbered like headings; 209 explains its “三公” 经费 only.
 * The properties re-wrap and re-space invented documents, and set parts of 支出 against its whole.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraphsOfText } from '../src/engine/narrative/text/check';
import { missingSections } from '../src/engine/narrative/text/sections';
import type { Paragraph } from '../src/engine/narrative/text/tokens';
import { PART_HEADING } from '../src/engine/narrative/text/words';

const corpusText = (name: string) => readFileSync(join(__dirname, 'corpus', 'narrative', 'texts', name), 'utf8');

/** The topics the note names, or null when there is no note. */
function missingTopics(paras: readonly Paragraph[]): string[] | null {
  const notes = missingSections(paras);
  if (notes.length === 0) return null;
  return /没有找到关于(.*?)的说明/.exec(notes[0].message)![1].split('、');
}

const asParagraphs = (lines: readonly string[]) => paragraphsOfText(lines.join('\n'), '情况说明');

/** The parts of a whole explanation that do not state its whole 收入 or 支出: headings and prose of other topics. */
const HEADINGS = ['一、关于财政拨款收支情况的说明', '二、关于“三公”经费的说明', '三、关于政府采购的说明', '四、关于预算绩效的说明', '五、关于国有资产占有使用情况的说明'];
const amount = fc.integer({ min: 1, max: 9_999_999 }).map((n) => (n / 100).toFixed(2));

/** Spaces a letter-spaced PDF layer or a careless paste puts between characters. */
const spaced = (text: string, at: readonly number[], space: string) => [...text].map((ch, i) => (at.includes(i) ? space + ch : ch)).join('');

/**
 * Each line cut into pieces at the given places: a PDF's hard line breaks, anywhere in a word, but
 * not inside a heading's numbering ('二' | '、关于…' would no longer count as a part's heading).
 */
function rewrapped(lines: readonly string[], cuts: readonly number[]): string[] {
  return lines.flatMap((line, i) => {
    const numbering = PART_HEADING.exec(line)?.[0].length ?? 0;
    const at = [...new Set(cuts.map((c) => (c + i * 7) % (line.length + 1)))].filter((c) => c > numbering && c < line.length).sort((a, b) => a - b);
    const pieces: string[] = [];
    let start = 0;
    for (const c of [...at, line.length]) {
      pieces.push(line.slice(start, c));
      start = c;
    }
    return pieces;
  });
}

describe('the sections note names only topics the document does not speak of', () => {
  it('text 255: 支出总计 is its 支出; text 258: topics split across PDF lines and 收入预算 … 支出预算 are present', () => {
    expect(missingTopics(paragraphsOfText(corpusText('255.txt'), '255.txt'))).toEqual(['国有资本经营', '机关运行经费', '政府采购', '国有资产']);
    expect(missingTopics(paragraphsOfText(corpusText('258.txt'), '258.txt'))).toBeNull();
  });

  it('a flattened table numbered like headings, and an explanation of one topic, are not whole documents', () => {
    expect(missingSections(paragraphsOfText(corpusText('106.txt'), '106.txt'))).toEqual([]);
    expect(missingSections(paragraphsOfText(corpusText('209.txt'), '209.txt'))).toEqual([]);
    const table = ['2020年收支执行情况表', '项目 | 预算数 | 执行数', '一、税收收入 | 401 | 431', '二、非税收入 | 12 | 15', '三、一般公共服务支出 | 946 | 965', '四、教育支出 | 30 | 31', '收入总计 | 413 | 446', '支出总计 | 976 | 996'];
    expect(missingSections(asParagraphs(table))).toEqual([]);
    const oneTopic = ['“三公”经费情况说明', '一、因公出国(境)费', '0万元。', '二、公务用车购置及运行费', '12万元。', '三、公务接待费', '9万元。', '四、其他说明', '“三公”经费比上年减少。'];
    expect(missingSections(asParagraphs(oneTopic))).toEqual([]);
  });

  it('a line break or spaces anywhere in the text never change the note', () => {
    const sayings = fc.constantFrom(
      '本部门收入预算{a}万元，支出预算{a}万元。',
      '收入总计{a}万元；支出总计{a}万元。',
      '一般公共预算财政拨款支出{a}万元，其中基本支出{a}万元。',
      '政府性基金预算支出{a}万元。',
      '国有资本经营预算支出{a}万元。',
      '机关运行经费{a}万元。',
      '部门预算总收入{a}万元，总支出{a}万元。',
      '2025年部门预算收支情况说明',
    );
    const doc = fc.tuple(fc.array(fc.tuple(sayings, amount), { minLength: 3, maxLength: 8 }), fc.subarray(HEADINGS, { minLength: 4 })).map(([said, heads]) => [
      '2025年部门预算情况说明',
      ...heads.flatMap((h, i) => [h, ...said.filter((_, j) => j % heads.length === i).map(([s, a]) => s.replaceAll('{a}', a))]),
    ]);
    let noted = 0;
    fc.assert(
      fc.property(
        doc,
        fc.array(fc.nat(200), { minLength: 1, maxLength: 4 }),
        fc.array(fc.nat(60), { maxLength: 6 }),
        fc.constantFrom(' ', '\u3000', '  '),
        (lines, cuts, at, space) => {
          const before = missingTopics(asParagraphs(lines));
          if (before) noted++;
          expect(missingTopics(asParagraphs(rewrapped(lines, cuts)))).toEqual(before);
          expect(missingTopics(asParagraphs(lines.map((l) => spaced(l, at, space))))).toEqual(before);
        },
      ),
      { numRuns: 300 },
    );
    // The documents are whole ones with notes, not only silent ones.
    expect(noted).toBeGreaterThan(100);
  });

  it('a part of 支出 or a share of it is not its whole; the whole, however labelled, is', () => {
    const part = fc.constantFrom('一般公共预算支出{a}万元', '基本支出{a}万元', '项目支出{a}万元', '政府性基金预算支出{a}万元', '人员支出{a}万元，占总支出{p}%', '“三公”经费支出合计{a}万元');
    const whole = fc.constantFrom('支出总计{a}万元', '总支出{a}万元', '本部门支出预算{a}万元', '单位预算支出{a}万元', '支出合计为{a}万元', '部门收入{a}元，支出{a}元');
    const percent = fc.integer({ min: 1, max: 9999 }).map((n) => (n / 100).toFixed(2));
    const documentWith = (sentence: string) => asParagraphs(['2025年部门预算情况说明', ...HEADINGS.flatMap((h) => [h, `${sentence}。`])]);
    fc.assert(
      fc.property(part, whole, amount, percent, (p, w, a, pct) => {
        const fill = (s: string) => s.replaceAll('{a}', a).replaceAll('{p}', pct);
        expect(missingTopics(documentWith(fill(p)))).toContain('支出');
        expect(missingTopics(documentWith(fill(w)))).not.toContain('支出');
      }),
      { numRuns: 200 },
    );
  });
});
