/**
 * A nested breakdown inside a list's parts ('旗本级…75.29亿元,分项目看:税收完成16.81亿元…,非税完成58.48亿元'): withoutNestedBreakdown
 * (src/engine/narrative/text/checks/sums.ts) grows each run one part at a time with its sum and allowance carried along,
 * instead of slicing and summing every run afresh — quadratic in the parts, not cubic. The search as it was is the oracle,
 * on every list the corpus texts read into and on random lists built with nested runs, 类 names and changes.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutNestedBreakdown } from '../src/engine/narrative/text/checks/sums';
import { paragraphsOfText } from '../src/engine/narrative/text/check';
import { isFunctionClassName } from '../src/engine/narrative/text/function-classes';
import { joinLinesOfWidth, wrapWidth } from '../src/engine/narrative/text/join';
import { readPassage } from '../src/engine/narrative/text/read';
import { isBalanced, readStructure, type SumList } from '../src/engine/narrative/text/structure';
import { nameKey } from '../src/engine/narrative/text/subjects';
import type { AmountToken, Token } from '../src/engine/narrative/text/tokens';

/** The search as it was: every run sliced, checked and cut out afresh. */
function oldWithoutNestedBreakdown(head: AmountToken, parts: readonly AmountToken[]): readonly AmountToken[] {
  const figureName = (a: AmountToken) => (a.subject.id?.startsWith('name:') ? a.subject.id.slice(5) : nameKey(a.label));
  if (parts.length < 4 || isBalanced(head, parts)) return parts;
  for (let i = 0; i < parts.length - 2; i++) {
    const whole = parts[i];
    if (whole.role !== 'value' || whole.fen === 0) continue;
    const wholeIsClass = isFunctionClassName(figureName(whole));
    for (let j = i + 2; j < parts.length; j++) {
      const run = parts.slice(i + 1, j + 1);
      if (!run.every((p) => p.role === 'value') || !isBalanced(whole, run)) continue;
      if (wholeIsClass && run.some((p) => isFunctionClassName(figureName(p)))) continue;
      const without = [...parts.slice(0, i + 1), ...parts.slice(j + 1)];
      if (isBalanced(head, without)) return without;
    }
  }
  return parts;
}

/** Every list with a head that the corpus's 情况说明 texts read into. */
function corpusLists(): SumList[] {
  const corpus = join(__dirname, 'corpus');
  const out: SumList[] = [];
  for (const dir of [join(corpus, 'narrative', 'texts'), join(corpus, 'tables', 'text')]) {
    for (const f of readdirSync(dir)) {
      const paras = paragraphsOfText(readFileSync(join(dir, f), 'utf8'), f);
      const passages = joinLinesOfWidth(paras, wrapWidth(paras.map((p) => p.text)));
      const tokens: Token[] = [];
      let sentences = 0;
      for (const p of passages) {
        const r = readPassage(p, { reportYear: 2024 }, sentences);
        for (const t of r.tokens) tokens.push(t);
        sentences = r.sentences;
      }
      for (const l of readStructure(tokens, passages.map((p) => p.text), 'final').lists) if (l.head) out.push(l);
    }
  }
  return out;
}

const CLASS_NAMES = ['一般公共服务支出', '教育支出', '社会保障和就业支出', '住房保障支出'];
const OTHER_NAMES = ['税收收入', '非税收入', '上年结转', '人员经费', '公用经费'];

function amount(fen: number, name: string, change?: -1 | 1): AmountToken {
  return {
    type: 'amount',
    role: change ? 'change' : 'value',
    direction: change,
    fen,
    value: fen / 1_000_000,
    unit: '万元',
    decimals: 2,
    label: name,
    subject: { id: `name:${name}` },
  } as unknown as AmountToken;
}

/** A part, alone or followed by a run of parts that make it (a nested breakdown), in whole 万元 so sums meet exactly. */
const group = fc.record({
  fen: fc.integer({ min: 0, max: 9 }).map((n) => n * 1_000_000),
  split: fc.array(fc.integer({ min: 0, max: 5 }).map((n) => n * 1_000_000), { maxLength: 3 }),
  name: fc.constantFrom(...CLASS_NAMES, ...OTHER_NAMES),
  runNames: fc.constantFrom(CLASS_NAMES, OTHER_NAMES),
  change: fc.constantFrom<(-1 | 1 | undefined)[]>(undefined, undefined, undefined, -1, 1),
});

const list = fc.record({ groups: fc.array(group, { minLength: 1, maxLength: 5 }), slip: fc.constantFrom(0, 0, 1_000_000, -1_000_000, 4_000) }).map(({ groups, slip }) => {
  const parts: AmountToken[] = [];
  let sum = 0;
  for (const g of groups) {
    parts.push(amount(g.fen, g.name, g.change));
    sum += g.change === -1 ? -g.fen : g.fen;
    // A run of two or more that makes the part exactly; a short or uneven one is left to sum to what it does.
    if (g.split.length >= 2) {
      let rest = g.fen;
      g.split.forEach((s, k) => {
        const fen = k === g.split.length - 1 ? Math.max(rest, 0) : Math.min(s, rest);
        rest -= fen;
        parts.push(amount(fen, g.runNames[k % g.runNames.length]));
      });
    }
  }
  return { head: amount(sum + slip, '收入合计'), parts };
});

describe('a nested breakdown cut out of a list, by runs grown one part at a time', () => {
  it('agrees with the search as it was on every list of the corpus texts, some of them cut', () => {
    const lists = corpusLists();
    expect(lists.length).toBeGreaterThan(500);
    let cut = 0;
    for (const l of lists) {
      const old = oldWithoutNestedBreakdown(l.head!, l.parts);
      expect(withoutNestedBreakdown(l.head!, l.parts)).toEqual(old);
      if (old !== l.parts) cut++;
    }
    expect(cut).toBeGreaterThan(0);
  });

  it('agrees with the search as it was on random lists with nested runs, 类 names and changes', () => {
    fc.assert(
      fc.property(list, ({ head, parts }) => {
        expect(withoutNestedBreakdown(head, parts)).toEqual(oldWithoutNestedBreakdown(head, parts));
      }),
      { numRuns: 3000 },
    );
  });

  it('cuts the run that makes a part, and keeps a run of 类 after a part named as a 类', () => {
    const head = amount(100_000_000, '收入合计');
    const nested = [amount(75_000_000, '旗本级收入'), amount(16_000_000, '税收收入'), amount(59_000_000, '非税收入'), amount(20_000_000, '转移支付收入'), amount(5_000_000, '上年结余')];
    expect(withoutNestedBreakdown(head, nested)).toEqual([nested[0], nested[3], nested[4]]);
    const classes = [amount(75_000_000, '一般公共服务支出'), amount(16_000_000, '教育支出'), amount(59_000_000, '住房保障支出'), amount(20_000_000, '其他支出'), amount(5_000_000, '上年结余')];
    expect(withoutNestedBreakdown(head, classes)).toBe(classes);
  });
});
