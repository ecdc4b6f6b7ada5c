/**
 * What the thirtieth held-out batch (texts 283–288, test/corpus/README.md) showed the checker misreading:
 * a 自治区 彩票公益金 notice (287) gives each lottery's share one a line, each line opened by a dash and ended
 * by a ；: '——筹集福利彩票公益金215763.4万元,其中,上缴中央…;地州市留成53658.8万元;' and then
 * '——筹集体育彩票公益金155682.4万元,其中,…'. A line ending in ； was read as running on into the next, so the
 * second lottery's total was taken for a fourth part of the first one's list, '与其后所列各项之和不符'.
 * A line opened by a dash is an item of its own.
 * A school's 决算 (283) states its two totals side by side, each with its change, and one reason after both:
 * '2018年总收入3647.88万元。比上年增长12.16%。总支出3629.2万元,比上年增长11.64%。增长原因主要是…': the first
 * change was asked for a reason, '未说明原因'. A reason sentence right after the next change of the same way
 * explains both. Wordings and figures are invented variants.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';

const sumErrors = (text: string) =>
  checkNarrativeText(text)
    .filter((f) => f.rule === 'narrative/sum' && f.severity === 'error')
    .map((f) => f.cell);

/** Amounts kept in fen and printed to one decimal of 万元, as the notice prints them: a list may miss its total by 0.1. */
const wan1 = (fen: number) => (Math.round(fen / 10) / 10).toFixed(1);

const SOURCES = ['福利彩票公益金', '体育彩票公益金', '专项资金', '上级补助资金'];
const SHARES = ['上缴中央', '本级留成', '下级留成'];

/** Two or three dash items, each a total and the shares that make it (before rounding), each line ended by a ；. */
const notice = fc.record({
  year: fc.integer({ min: 2015, max: 2025 }),
  items: fc.array(fc.tuple(fc.integer({ min: 100, max: 9_000_000 }), fc.integer({ min: 100, max: 9_000_000 }), fc.integer({ min: 100, max: 9_000_000 })), {
    minLength: 2,
    maxLength: 3,
  }),
});

const noticeText = ({ year, items }: { year: number; items: [number, number, number][] }) =>
  [
    '二、资金分配情况',
    ...items.map(
      (shares, i) =>
        `——筹集${SOURCES[i]}${wan1(shares.reduce((s, x) => s + x, 0))}万元,其中,${shares.map((x, j) => `${SHARES[j]}${wan1(x)}万元`).join(';')};`,
    ),
    `三、${year}年资金使用情况`,
  ].join('\n');

describe('a line opened by a dash is an item of its own (thirtieth batch, 287)', () => {
  it('the published lines: no sum error (the 0.1 gaps of figures printed to one decimal are left to the rounding warning)', () => {
    const found = sumErrors(
      '二、彩票公益金分配情况\n' +
        '2023年,全区筹集彩票公益金371445.8万元,其中,上缴中央189135.8万元;自治区本级留成89215.8万元;地州市留成93094.3万元。\n' +
        '——筹集福利彩票公益金215763.4万元,其中,上缴中央111909.5万元;自治区本级留成50195.2万元;地州市留成53658.8万元;\n' +
        '——筹集体育彩票公益金155682.4万元,其中,上缴中央77226.3万元;自治区本级留成39020.6万元;地州市留成39435.5万元。\n' +
        '三、彩票公益金安排使用情况',
    );
    expect(found).toEqual([]);
  });

  it('property: dash items whose shares make their totals (to the rounding of one decimal) raise no sum error', () => {
    fc.assert(
      fc.property(notice, (n) => {
        expect(sumErrors(noticeText(n))).toEqual([]);
      }),
      { seed: 3001, numRuns: 120 },
    );
  });

  it('property: a share moved within one dash item is still caught on that item', () => {
    fc.assert(
      fc.property(notice, fc.integer({ min: 1_000, max: 90_000 }), fc.nat(), (n, shift, pick) => {
        const at = pick % n.items.length;
        const items = n.items.map((s) => [...s] as [number, number, number]);
        const total = items[at].reduce((s, x) => s + x, 0);
        items[at][0] += shift;
        const lines = noticeText({ ...n, items }).split('\n');
        // the printed total stays what it was; its first share is the slip
        lines[at + 1] = lines[at + 1].replace(/筹集([^\d]+)[\d.]+万元/, `筹集$1${wan1(total)}万元`);
        expect(sumErrors(lines.join('\n'))).toEqual([`L${at + 2}`]);
      }),
      { seed: 3002, numRuns: 120 },
    );
  });
});

const reasonWarnings = (text: string) =>
  checkNarrativeText(text)
    .filter((f) => f.rule === 'narrative/reason' && f.severity === 'warning')
    .map((f) => f.cell);

const RISES = ['增长', '增加'];
const FALLS = ['下降', '减少'];
const REASONS = ['增长原因主要是人员经费调整。', '主要原因是人员增加。', '变动原因是项目调整。'];

/** Two totals side by side, each with a change of 10% or more, in one paragraph. */
const twoTotals = fc.record({
  year: fc.integer({ min: 2015, max: 2025 }),
  income: fc.integer({ min: 10_000, max: 9_000_000 }),
  spending: fc.integer({ min: 10_000, max: 9_000_000 }),
  rates: fc.tuple(fc.integer({ min: 1_000, max: 9_000 }), fc.integer({ min: 1_000, max: 9_000 })),
  words: fc.tuple(fc.constantFrom(...RISES), fc.constantFrom(...RISES)),
});

const pct = (bp: number) => (bp / 100).toFixed(2);

describe("one reason after two totals' changes the same way explains both (thirtieth batch, 283)", () => {
  it('the published paragraph: no reason asked for', () => {
    expect(
      reasonWarnings(
        '(一)收入支出决算总体情况说明\n2018年总收入3647.88万元。比上年增长12.16%。总支出3629.2万元,比上年增长11.64%。增长原因主要是主要是人员经费调整后,财政拨入人员经费上调。\n(二)收入决算情况说明',
      ),
    ).toEqual([]);
  });

  it('property: totals rising side by side with one reason after both ask for none', () => {
    fc.assert(
      fc.property(twoTotals, fc.constantFrom(...REASONS), (t, reason) => {
        const text = `(一)收入支出决算总体情况说明\n${t.year}年总收入${wan1(t.income)}万元。比上年${t.words[0]}${pct(t.rates[0])}%。总支出${wan1(t.spending)}万元,比上年${t.words[1]}${pct(t.rates[1])}%。${reason}\n(二)收入决算情况说明`;
        expect(reasonWarnings(text)).toEqual([]);
      }),
      { seed: 3003, numRuns: 120 },
    );
  });

  it("property: a rise followed by a fall and the fall's reason still asks for the rise's", () => {
    fc.assert(
      fc.property(twoTotals, fc.constantFrom(...FALLS), (t, fall) => {
        const text = `(一)收入支出决算总体情况说明\n${t.year}年总收入${wan1(t.income)}万元。比上年${t.words[0]}${pct(t.rates[0])}%。总支出${wan1(t.spending)}万元,比上年${fall}${pct(t.rates[1])}%。${fall}原因主要是项目减少。\n(二)收入决算情况说明`;
        expect(reasonWarnings(text)).toEqual(['L2']);
      }),
      { seed: 3004, numRuns: 120 },
    );
  });
});
