/**
 * Issue 17, narrative, third round: readers of a figure's words that now skip their patterns when a
 * cheap test says they cannot match. The patterns run alone are the oracles: property tests feed
 * both the corpus lines, every ending of them, and arbitrary strings of the words the patterns know.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeLabel } from '../src/engine/grid/text';
import { clauseStart, isSorted } from '../src/engine/narrative/text/read';
import { classPathOf, subjectOf } from '../src/engine/narrative/text/subjects';
import { CLASS_LEVEL_MARKER, DIFFERENCE_BEFORE, differenceBefore, ITEM_HEADER, LEI_BY_NAME, NOTHING_STATEMENTS, LEI_NUMBERING, measureOf, STEP_JOINER, STEP_LEAD, STEP_ORDINAL, STEP_ORDINAL_UNMARKED, STEP_PERIOD } from '../src/engine/narrative/text/words';
import { corpusLines } from './narrative-helpers';

/** Each line cut after every character: the labels in front of a figure end anywhere in a sentence. */
const corpusLabels = (): string[] => corpusLines().flatMap((l) => Array.from({ length: Math.min(l.length, 80) }, (_, i) => l.slice(0, i + 1)));

const anyText = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));
const wordsOf = (words: string[]) => fc.array(fc.constantFrom(...words), { maxLength: 10 }).map((xs) => xs.join(''));
/** classPathOf before it skipped labels with neither ')' nor 类. */
function oldClassPathOf(label: string) {
  const s = normalizeLabel(label).replace(STEP_ORDINAL_UNMARKED, '').replace(/[“”"]/g, '');
  const steps: { level: 1 | 2 | 3; name?: string; code?: string }[] = [];
  let from = 0;
  for (const m of s.matchAll(CLASS_LEVEL_MARKER)) {
    const name = s.slice(from, m.index).replace(STEP_JOINER, '').replace(STEP_ORDINAL, '').replace(STEP_LEAD, '').replace(STEP_PERIOD, '').trim();
    const level = m[2] === '类' ? 1 : m[2] === '款' ? 2 : 3;
    steps.push({ level, ...(name ? { name } : {}), ...(m[1] ? { code: m[1] } : {}) });
    from = m.index + m[0].length;
  }
  if (steps.length === 0) {
    const lei = LEI_BY_NAME.exec(s.replace(LEI_NUMBERING, ''));
    if (!lei) return undefined;
    steps.push({ level: 1, name: lei[1] });
  }
  return steps;
}

const same = (a: RegExpExecArray | null, b: RegExpExecArray | null) => JSON.stringify(a && [...a, a.index]) === JSON.stringify(b && [...b, b.index]);

describe('readers of a figure’s words against their patterns', () => {
  it('differenceBefore finds what DIFFERENCE_BEFORE finds', () => {
    for (const s of corpusLabels()) expect(same(differenceBefore(s), DIFFERENCE_BEFORE.exec(s)), s).toBe(true);
    const words = wordsOf(['决算', '数', '支出', '实际支出', '大于', '高于', '超过', '小于', '低于', '年初', '调整', '预算', '预算数', '差值', '差额', '相差', '为', '是', '了', '达', '约', ' ', '\u3000', '\n', '\u00a0', '\ufeff', '万元', '比上年']);
    fc.assert(fc.property(fc.oneof(words, anyText), (s) => same(differenceBefore(s), DIFFERENCE_BEFORE.exec(s))), { numRuns: 5000 });
  });

  it('classPathOf reads the 科目 path as before', () => {
    const steps = (s: string) => classPathOf(s)?.steps;
    for (const s of corpusLabels()) expect(steps(s), s).toEqual(oldClassPathOf(s));
    const words = wordsOf(['(', '（', ')', '）', '201', '06', '类', '款', '项', '一般公共服务支出', '科目', '教育支出', '、', '1.', ' ', '“', '”', '-', '—', '/']);
    fc.assert(fc.property(fc.oneof(words, anyText), (s) => JSON.stringify(steps(s)) === JSON.stringify(oldClassPathOf(s))), { numRuns: 5000 });
  });

  it('a label normalised once reads as one normalised again (subjectOf normalises once)', () => {
    const words = wordsOf(['（', '）', '“', '”', '‘', '’', '"', "'", '＂', '\u3000', ' ', '\u00a0', '\u200b', '支出', 'ＡＢ', '１２']);
    fc.assert(fc.property(fc.oneof(words, anyText), (s) => normalizeLabel(normalizeLabel(s)) === normalizeLabel(s)), { numRuns: 5000 });
    for (const s of corpusLabels().slice(0, 2000)) expect(subjectOf(s)).toEqual(subjectOf(normalizeLabel(s)));
  });

  it('clauseStart finds the clause start as with its pattern', () => {
    const oldClauseStart = (text: string, pos: number, floor = 0): number => {
      let depth = 0;
      for (let i = pos - 1; i >= floor; i--) {
        const ch = text[i];
        if (ch === ')') depth++;
        else if (ch === '(') {
          if (depth === 0) return i + 1;
          depth--;
        } else if (depth === 0 && /[,、;。:!?]/.test(ch) && !(ch === '、' && text[i - 1] === '收' && text[i + 1] === '支')) return i + 1;
      }
      return floor;
    };
    const words = wordsOf([',', '、', ';', '。', ':', '!', '?', '(', ')', '收', '支', '，', '：', '万元', '12', ' ', '>', '@', '~', '\u3000', '\u3003']);
    const cases = fc.oneof(words, anyText).chain((t) => fc.tuple(fc.constant(t), fc.nat(t.length), fc.nat(t.length)));
    fc.assert(fc.property(cases, ([t, a, b]) => clauseStart(t, Math.max(a, b), Math.min(a, b)) === oldClauseStart(t, Math.max(a, b), Math.min(a, b))), { numRuns: 5000 });
    // Thirteenth round: clauseStart walks by code units; every position of the corpus's lines too.
    for (const line of corpusLines()) for (let pos = 0; pos <= line.length; pos += 3) expect(clauseStart(line, pos), line).toBe(oldClauseStart(line, pos));
  });

  it('a passage is compacted for the inline-table header test only when it starts with 项, as all that can pass', () => {
    const compact = (s: string) => s.replace(/\s+/g, '');
    const words = wordsOf(['项', '目', '|', ' ', '\u3000', '\t', '\n', '\u00a0', '\ufeff', '项目支出', '金额']);
    fc.assert(
      fc.property(fc.oneof(words, anyText), (s) => (s.trimStart().startsWith('项') && ITEM_HEADER.test(compact(s))) === ITEM_HEADER.test(compact(s))),
      { numRuns: 5000 },
    );
  });

  it('isSorted tells the arrays a stable sort leaves as they are', () => {
    const order = (a: [number, number], b: [number, number]) => a[0] - b[0];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.nat()), { maxLength: 12 }), (xs) => {
        const sorted = [...xs].sort(order);
        return isSorted(xs, order) === sorted.every((x, i) => x === xs[i]);
      }),
      { numRuns: 5000 },
    );
  });

  it('a 无…收支 statement is looked for only in a passage holding its word, as every match holds it', () => {
    const words = wordsOf(['无', '没有', '未安排', '未使用', '政府性基金', '国有资本经营', '机关运行经费', '三公', '“', '”', '"', '经费', '收入', '支出', '预算', '表', '情况表', '为空表', '。', '；', '政府性', '基金', '国有资本']);
    for (const { pattern: re, word } of NOTHING_STATEMENTS) {
      for (const s of corpusLines()) expect(same(s.includes(word) ? re.exec(s) : null, re.exec(s)), s).toBe(true);
      fc.assert(fc.property(fc.oneof(words, anyText), (s) => same(s.includes(word) ? re.exec(s) : null, re.exec(s))), { numRuns: 3000 });
    }
  });

  it('measureOf tries its patterns only on words holding a character every measure word holds, and removes fund names only where a 预 stands', () => {
    /** measureOf before the character test: every fund name removed, then each pattern in turn. */
    const oldMeasureOf = (words: string) => {
      const t = words.replace(/一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算|部门预算|单位预算|预算单位|预算绩效|预算管理|(?:安排)?(?:预算稳定调节基金|预算周转金)/g, '');
      const found = [
        [/年初预算/, 'initial-budget'],
        [/调整预算|全年预算|调整后预算/, 'adjusted-budget'],
        [/执行数|执行情况|已支付|已拨付|已使用/, 'execution'],
        [/决算|实际支出|实际完成|实际发生/, 'final'],
        [/预算|安排(?!的)/, 'budget'],
      ].find(([re]) => (re as RegExp).test(t));
      return found?.[1];
    };
    const words = wordsOf(['年初', '预算', '调整', '全年', '调整后', '执行数', '执行情况', '执行', '决算', '实际支出', '实际完成', '实际', '发生', '安排', '的', '一般公共', '政府性基金', '国有资本经营', '部门', '单位', '绩效', '管理', '支出', '预', '算', '已支付', '已拨付', '已使用', '已', '支付', '稳定调节基金', '周转金', '动用']);
    for (const s of corpusLabels()) expect(measureOf(s), s).toBe(oldMeasureOf(s));
    fc.assert(fc.property(fc.oneof(words, anyText), (s) => measureOf(s) === oldMeasureOf(s)), { numRuns: 5000 });
  });
});
