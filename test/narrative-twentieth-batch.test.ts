/**
 * Readings the twentieth held-out batch showed wrong (texts 226–236, test/corpus/README.md): a report of a “三公”
 * 预算 whose total falls by 11.7% and whose cause is written first, two paragraphs on — '公务用车购置及运行费34.59亿元,
 * 比2014年预算数减少6.68亿元,减幅为16.2%,是“三公”经费预算大幅下降的主要因素' — was asked for the total's reason (234;
 * its total was also named '三公经费预算总数', which was read as a name of its own, not the “三公” total); and a “三公”
 * 预算 whose published line lost two item names, so that their figures ran into the reason before them ('…主要是因为严格
 * 执行中央有关规定,严控290.5万元,比2017年减少26.7万元,…严格车运行维护费2450.18万元,…'), was called short of its
 * listed items, 60 + 0 = 60 against 2800.68 (227). Wordings are invented variants.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';
import type { Finding } from '../src/engine/findings';

const shown = (fs: Finding[]) => fs.map((f) => `${f.cell} ${f.severity} ${f.rule} ${f.message}`).join('\n');
const money = (fen: number) => (fen / 100).toFixed(2);
const reasonWarnings = (t: string) => checkNarrativeText(t).filter((f) => f.rule.includes('reason'));

/** A total, the words it may be named by after 是, and a part of it. */
const WHOLES: { total: string; named: string[]; part: string }[] = [
  { total: '“三公”经费', named: ['“三公”经费', '“三公”经费预算', '三公经费'], part: '公务用车购置及运行费' },
  { total: '“三公”经费', named: ['“三公”经费支出'], part: '公务接待费' },
  { total: '公务用车购置及运行费', named: ['公务用车购置及运行费'], part: '公务用车购置费' },
];
/** How the total's figure is introduced: plainly, or as its 总数 / 总额. */
const TOTAL_WORD = ['', '预算总数', '预算总额'];
const ADVERB = ['', '大幅', '明显'];
const CAUSE = ['因素', '原因'];

const case_ = fc.record({
  whole: fc.constantFrom(...WHOLES),
  namedIndex: fc.nat(2),
  totalWord: fc.constantFrom(...TOTAL_WORD),
  adverb: fc.constantFrom(...ADVERB),
  cause: fc.constantFrom(...CAUSE),
  up: fc.boolean(),
  /** Whole 万元 of the year before, and the rates of the total and of the part, in whole percent (exact). */
  before: fc.integer({ min: 200, max: 90_000 }),
  rate: fc.integer({ min: 11, max: 60 }),
  partShare: fc.integer({ min: 30, max: 90 }),
  partRate: fc.integer({ min: 11, max: 60 }),
  year: fc.integer({ min: 2014, max: 2026 }),
});
type Case = typeof case_ extends fc.Arbitrary<infer T> ? T : never;

/**
 * The total's change in one paragraph; the part's in another after a paragraph between, ending on the cause clause
 * ('…,是“三公”经费预算大幅下降的主要因素。') or, for the control, on nothing.
 */
function text(v: Case, withCause: boolean): string {
  const way = v.up ? '增加' : '减少';
  const moved = v.up ? '增长' : '下降';
  const before = v.before * 100;
  const change = before * v.rate / 100;
  const now = before + (v.up ? change : -change);
  const partBefore = Math.round(before * v.partShare / 100 / 100) * 100;
  const partChange = partBefore * v.partRate / 100;
  const partNow = partBefore + (v.up ? partChange : -partChange);
  const named = v.whole.named[Math.min(v.namedIndex, v.whole.named.length - 1)];
  const cause = withCause ? `,是${named}${v.adverb}${moved}的主要${v.cause}` : '';
  return [
    `${v.year}年本部门${v.whole.total}${v.totalWord}为${money(now)}万元,比${v.year - 1}年预算数${way}${money(change)}万元,${moved}${v.rate}%。`,
    `${v.whole.total}包括因公出国(境)费、公务接待费和公务用车购置及运行费。`,
    `从分项看,${v.whole.part}${money(partNow)}万元,比${v.year - 1}年预算数${way}${money(partChange)}万元,${v.up ? '增幅' : '减幅'}为${v.partRate}%${cause}。`,
  ].join('\n');
}

describe('a cause written first, naming after 是 the change it explains', () => {
  it('reads the total’s change as explained by a later “…,是{total}下降的主要因素”', () => {
    fc.assert(
      fc.property(case_, (v) => {
        const t = text(v, true);
        expect(reasonWarnings(t), `${t}\n${shown(checkNarrativeText(t))}`).toEqual([]);
      }),
    );
  });

  it('still asks the total for its reason when no sentence gives one', () => {
    fc.assert(
      fc.property(case_, (v) => {
        const t = text(v, false);
        expect(reasonWarnings(t).map((f) => f.cell), `${t}\n${shown(checkNarrativeText(t))}`).toContain('L1');
      }),
    );
  });
});

/**
 * What is left of an item's words when the published line lost its name: the end of the reason before, a fragment, or
 * nothing. (Not a change word such as 压减: '压减10万元' states a decrease.)
 */
const LOST_NAME = ['严控', '严格', '严格车运行维护费', ''];

const listCase = fc.record({
  year: fc.integer({ min: 2014, max: 2026 }),
  /** The three items and their decreases, in fen. */
  abroad: fc.integer({ min: 0, max: 20_000_000 }),
  reception: fc.integer({ min: 1_000, max: 50_000_000 }),
  vehicle: fc.integer({ min: 1_000, max: 90_000_000 }),
  cuts: fc.tuple(fc.integer({ min: 1, max: 900_000 }), fc.integer({ min: 1, max: 900_000 }), fc.integer({ min: 1, max: 900_000 })),
  lost: fc.tuple(fc.constantFrom(...LOST_NAME), fc.constantFrom(...LOST_NAME)),
  /** For the control: how far the printed total is off the items, in fen (well past rounding). */
  off: fc.integer({ min: 1_000, max: 5_000_000 }),
});
type ListCase = typeof listCase extends fc.Arbitrary<infer T> ? T : never;

/**
 * The “三公” total and its items after '其中:': with `names` lost, the second and third run on from the reason of the item
 * before them; with names, each item is a clause of its own, its reason after its change.
 */
function listText(v: ListCase, names: [string, string] | undefined, total: number): string {
  const y = v.year;
  const [a, b, c] = v.cuts;
  const head = `${y}年“三公”经费预算${money(total)}万元,比${y - 1}年减少${money(a + b + c)}万元。其中:`;
  const tail = `公务用车购置费0万元,与${y - 1}年一致。`;
  if (!names) {
    return (
      `${head}因公出国(境)费用${money(v.abroad)}万元,公务接待费${money(v.reception)}万元,公务用车运行维护费${money(v.vehicle)}万元,` +
      `分别比${y - 1}年减少${money(a)}万元、${money(b)}万元、${money(c)}万元;${tail}`
    );
  }
  return (
    `${head}因公出国(境)费用${money(v.abroad)}万元,比${y - 1}年减少${money(a)}万元,主要是因为严格执行中央有关规定,` +
    `${names[0]}${money(v.reception)}万元,比${y - 1}年减少${money(b)}万元,主要是根据中央“八项规定”,` +
    `${names[1]}${money(v.vehicle)}万元,比${y - 1}年减少${money(c)}万元,主要是减少公务用车运营成本;${tail}`
  );
}

const sums = (t: string) => checkNarrativeText(t).filter((f) => f.rule.includes('sum'));

describe('an item of a list whose name the text lost', () => {
  it('does not call the total short of the named items when figures with changes of their own stand between them', () => {
    fc.assert(
      fc.property(listCase, (v) => {
        const t = listText(v, v.lost, v.abroad + v.reception + v.vehicle);
        expect(sums(t), `${t}\n${shown(checkNarrativeText(t))}`).toEqual([]);
      }),
    );
  });

  it('still checks a list of the same items each named in a clause of its own', () => {
    fc.assert(
      fc.property(listCase, (v) => {
        const t = listText(v, undefined, v.abroad + v.reception + v.vehicle + v.off);
        expect(sums(t).length, `${t}\n${shown(checkNarrativeText(t))}`).toBeGreaterThan(0);
      }),
    );
  });

  it('still checks a list whose items carry their 年初预算 and 差值 beside them (another measure, not items)', () => {
    fc.assert(
      fc.property(listCase, (v) => {
        const items: [string, number][] = [
          ['因公出国(境)支出', v.abroad],
          ['公务用车运行维护费支出', v.vehicle],
          ['公务接待费支出', v.reception],
        ];
        const [a, b, c] = v.cuts;
        const budgets = [v.abroad + a, v.vehicle + b, v.reception + c];
        const total = v.abroad + v.reception + v.vehicle + v.off;
        const budget = budgets[0] + budgets[1] + budgets[2];
        const t =
          `${v.year}年度本单位“三公”经费支出${money(total)}万元,年初预算为${money(budget)}万元。其中:` +
          items.map(([name, now], i) => `${name}${money(now)}万元,年初预算为${money(budgets[i])}万元,差值为${money(budgets[i] - now)}万元`).join(';') +
          '。';
        expect(sums(t).length, `${t}\n${shown(checkNarrativeText(t))}`).toBeGreaterThan(0);
      }),
    );
  });
});
