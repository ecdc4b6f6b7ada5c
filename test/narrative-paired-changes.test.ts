/**
 * Changes and rates stated respectively after the items they are of (text 237 of the twenty-second batch):
 * '公务用车购置及运行费1.41亿元,包括公务用车购置费0.14亿元和公务用车运行费1.27亿元,与2015年相比,分别减少0.18亿元和
 * 0.56亿元,下降133.1%和43.7%'. Where as many changes (and rates) follow 分别 as items are named, each is read
 * as its own item's and checked; where the counts differ or an item has no figure, nothing is paired and
 * the changes stay unchecked. Wordings are invented variants.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';
import type { Finding } from '../src/engine/findings';
import { joinLinesOfWidth, wrapWidth } from '../src/engine/narrative/text/join';
import { readPassage } from '../src/engine/narrative/text/read';
import { readStructure } from '../src/engine/narrative/text/structure';
import type { Token } from '../src/engine/narrative/text/tokens';

const shown = (fs: Finding[]) => fs.map((f) => `${f.cell} ${f.severity} ${f.rule} ${f.message}`).join('\n');

/** A head and its items, as the 情况说明 name them. */
const GROUPS: { head: string; items: string[] }[] = [
  { head: '公务用车购置及运行费', items: ['公务用车购置费', '公务用车运行费'] },
  { head: '公务用车购置及运行维护费', items: ['公务用车购置费', '公务用车运行维护费'] },
  { head: '基本支出', items: ['人员经费', '公用经费'] },
  { head: '“三公”经费', items: ['因公出国（境）费', '公务用车购置及运行维护费', '公务接待费'] },
];

const item = fc.record({
  /** This year's figure and the change, in hundredths of 万元; the change a fifth to a half of the figure. */
  centi: fc.integer({ min: 1_000, max: 500_000 }),
  fifths: fc.integer({ min: 20, max: 50 }),
});

const case_ = fc.record({
  year: fc.integer({ min: 2014, max: 2025 }),
  group: fc.constantFrom(...GROUPS),
  items: fc.array(item, { minLength: 3, maxLength: 3 }),
  down: fc.boolean(),
  join: fc.constantFrom('和', '、', '及'),
  /** '包括A x和B y' after the head, or 'A x、B y' alone. */
  withHead: fc.boolean(),
  wrong: fc.nat(),
});
type Case = typeof case_ extends fc.Arbitrary<infer T> ? T : never;

const wan = (centi: number) => `${(centi / 100).toFixed(2)}万元`;

interface Figures {
  names: string[];
  values: number[];
  changes: number[];
  /** The rates on last year's figures, to two decimals. */
  rates: string[];
  /** The rates taken on this year's figures (the slip). */
  slips: string[];
}

function figuresOf(v: Case): Figures {
  const names = v.group.items;
  const its = v.items.slice(0, names.length);
  const values = its.map((i) => i.centi);
  const changes = its.map((i) => Math.round((i.centi * i.fifths) / 100));
  const priors = values.map((x, n) => (v.down ? x + changes[n] : x - changes[n]));
  return {
    names,
    values,
    changes,
    rates: changes.map((c, n) => ((c * 100) / priors[n]).toFixed(2)),
    slips: changes.map((c, n) => ((c * 100) / values[n]).toFixed(2)),
  };
}

/** Joins a list of words the way a 情况说明 does: 'a和b', 'a、b和c'. */
function listed(words: readonly string[], join: string): string {
  if (words.length === 2) return `${words[0]}${join}${words[1]}`;
  return `${words.slice(0, -1).join('、')}${join === '、' ? '、' : join}${words.at(-1)}`;
}

/** The text: the items with their figures, then 分别 with `changes` and `rates` (printed as given). */
function text(v: Case, f: Figures, changes: readonly string[], rates: readonly string[], items = f.names.map((n, i) => `${n}${wan(f.values[i])}`)): string {
  const total = f.values.reduce((s, x) => s + x, 0);
  const enumeration = v.withHead ? `${v.group.head}${wan(total)},包括${listed(items, v.join)}` : listed(items, '、');
  const rateWords = rates.length > 0 ? `,${v.down ? '下降' : '增长'}${listed(rates, v.join)}` : '';
  return [
    `${v.year}年部门决算情况说明`,
    `${v.year}年${enumeration},与${v.year - 1}年相比,分别${v.down ? '减少' : '增加'}${listed(changes, v.join)}${rateWords},主要原因是严格执行厉行节约有关规定。`,
  ].join('\n');
}

const changeFindings = (t: string) => checkNarrativeText(t).filter((f) => f.rule === 'narrative/change');

describe('changes and rates stated respectively (分别)', () => {
  it('raises nothing when each rate is right for its own item', () => {
    fc.assert(
      fc.property(case_, (v) => {
        const f = figuresOf(v);
        const t = text(v, f, f.changes.map(wan), f.rates.map((r) => `${r}%`));
        expect(checkNarrativeText(t), `${t}\n${shown(checkNarrativeText(t))}`).toEqual([]);
      }),
      { seed: 30_001, numRuns: 150 },
    );
  });

  it('reports the one rate taken on this year’s figure, with its own item’s arithmetic', () => {
    fc.assert(
      fc.property(case_, (v) => {
        const f = figuresOf(v);
        const at = v.wrong % f.names.length;
        if (f.slips[at] === f.rates[at]) return;
        const rates = f.rates.map((r, n) => `${n === at ? f.slips[n] : r}%`);
        const t = text(v, f, f.changes.map(wan), rates);
        const fs = changeFindings(t);
        expect(fs.map((x) => `${x.cell} ${x.severity}`), `${t}\n${shown(checkNarrativeText(t))}`).toEqual(['L2 error']);
        const prior = v.down ? f.values[at] + f.changes[at] : f.values[at] - f.changes[at];
        expect(fs[0].message.replace(/,/g, '')).toContain(`${(f.changes[at] / 100).toFixed(2)} ÷ ${(prior / 100).toFixed(2)} = `);
        expect(fs[0].message).toContain(`文中为${f.slips[at]}%`);
      }),
      { seed: 30_002, numRuns: 150 },
    );
  });

  it('checks the changes alone when no rates follow them', () => {
    fc.assert(
      fc.property(case_, (v) => {
        const f = figuresOf(v);
        const t = text(v, f, f.changes.map(wan), []);
        expect(checkNarrativeText(t), `${t}\n${shown(checkNarrativeText(t))}`).toEqual([]);
      }),
      { seed: 30_003, numRuns: 100 },
    );
  });

  it('stays silent when the counts differ or an item has no figure', () => {
    fc.assert(
      fc.property(case_, fc.constantFrom('fewer-rates', 'more-changes', 'unfigured-item'), (v, variant) => {
        const f = figuresOf(v);
        // Every rate taken on this year's figure: any pairing would report them.
        const slips = f.slips.map((r) => `${r}%`);
        const changes = f.changes.map(wan);
        let t: string;
        if (variant === 'fewer-rates') t = text(v, f, changes, slips.slice(0, -1));
        else if (variant === 'more-changes') t = text(v, f, [...changes, wan(f.changes[0] + 7)], [...slips, '12.50%']);
        else t = text(v, f, changes, slips, f.names.map((n, i) => (i === 0 ? n : `${n}${wan(f.values[i])}`)));
        expect(changeFindings(t), `${t}\n${shown(checkNarrativeText(t))}`).toEqual([]);
      }),
      { seed: 30_004, numRuns: 150 },
    );
  });

  it('pairs without changing the tokens it was handed: the paired changes are new tokens, in the amounts in place of those read', () => {
    fc.assert(
      fc.property(case_, (v) => {
        const f = figuresOf(v);
        const lines = text(v, f, f.changes.map(wan), f.rates.map((r) => `${r}%`)).split('\n');
        const paras = lines.map((t, index) => ({ index, text: t, sheet: 's', cell: `L${index + 1}` }));
        const passages = joinLinesOfWidth(paras, wrapWidth(lines));
        const tokens: Token[] = [];
        let sentences = 0;
        for (const p of passages) {
          const r = readPassage(p, { reportYear: v.year }, sentences);
          tokens.push(...r.tokens);
          sentences = r.sentences;
        }
        const before = structuredClone(tokens);
        const texts = passages.map((p) => p.text);
        const first = readStructure(tokens, texts, 'final');
        expect(tokens).toEqual(before);
        // Read again from the same tokens: the same answer (no reader sees what an earlier one changed).
        const again = readStructure(tokens, texts, 'final');
        expect(again.changes).toEqual(first.changes);
        const paired = first.changes.filter((l) => l.change && l.current && l.change.subject.id === l.current.subject.id && l.change.inherited);
        expect(paired).toHaveLength(f.names.length);
        for (const l of paired) {
          expect(tokens).not.toContain(l.change);
          expect(first.amounts).toContain(l.change);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('finds both rates of text 237 L2 with the key’s arithmetic', () => {
    const t = [
      '2016年省级“三公”经费支出2.29亿元。',
      '其中,公务用车购置及运行费1.41亿元,包括公务用车购置费0.14亿元和公务用车运行费1.27亿元,与2015年相比,分别减少0.18亿元和0.56亿元,下降133.1%和43.7%。',
    ].join('\n');
    const fs = changeFindings(t).map((x) => x.message);
    expect(fs.some((m) => m.includes('0.18 ÷ 0.32 = 56.25%') && m.includes('133.1%')), fs.join('\n')).toBe(true);
    expect(fs.some((m) => m.includes('0.56 ÷ 1.83 = 30.60%') && m.includes('43.7%')), fs.join('\n')).toBe(true);
  });
});
