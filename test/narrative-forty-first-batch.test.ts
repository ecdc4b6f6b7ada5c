/**
 * What the forty-first held-out batch (texts 334–342, test/corpus/README.md) showed the checker missing.
 * - A 县's 体彩 notice (339): '2022年度结余体彩公益金91.6294万元,2023年本年留成46.6784万元、结余11.5765万元。' and, after the
 *   heading of its 使用情况, one use, '用于本年体育部门群众体育支出40.00万元' — 91.6294 + 46.6784 − 40.00 = 98.3078, not 11.5765.
 *   No rule read a balance carried in, the year's money, its use and the balance left as one account.
 * The balance is now read when one sentence holds one balance carried in, one inflow and the closing 结余 last; the outflow
 * is that sentence's one 支出 or the first figure after the next heading (the notices' 分配情况 / 使用情况 sections).
 * Wordings and figures of the properties are invented variants.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';

const findings = (text: string) => checkNarrativeText(text).filter((f) => f.severity === 'error' || f.severity === 'warning');

describe('a fund’s closing 结余 is the balance carried in, plus the year’s money, less its use (339, 336)', () => {
  const YILIANG = [
    '一、体育彩票公益金分配情况',
    '2022年度结余体彩公益金91.6294万元,2023年本年留成46.6784万元、结余11.5765万元。',
    '二、2023年度宜良县体育彩票公益金使用情况',
    '用于本年体育部门群众体育支出40.00万元,其中:用于援建公共体育场地和设施40.00万元。',
    '特此公告。',
  ].join('\n');

  it('the published 339 passage raises the keyed balance, as a question, with its arithmetic', () => {
    const found = findings(YILIANG);
    expect(found.map((f) => [f.rule, f.severity, f.cell])).toEqual([['narrative/sum', 'warning', 'L2']]);
    expect(found[0].message).toContain('91.6294 + 46.6784 − 40.0000 = 98.3078万元，文中结余为11.5765万元');
  });

  it('the published 336 sentence, whose balance holds, raises nothing', () => {
    const text = [
      '一、体育彩票公益金分配情况',
      '2022年曾都区本级体彩公益金总收入266.98万元,上年结转171.6万元,2022年体彩公益金总支出405.43万元,结余33.15万元。',
      '二、本级体育彩票公益金使用情况',
      '本级体育彩票公益金用于群众体育支出405.43万元,占总数的100%。其中:',
    ].join('\n');
    expect(findings(text)).toEqual([]);
  });

  const yuan = (fen: number) => (fen / 100).toFixed(2);
  const account = fc.record({
    opening: fc.integer({ min: 0, max: 2_000_000 }),
    inflow: fc.integer({ min: 1, max: 2_000_000 }),
    spentShare: fc.double({ min: 0, max: 1, noNaN: true }),
    gap: fc.integer({ min: -50_000, max: 50_000 }),
    outflowInSentence: fc.boolean(),
    // A balance named by its year is carried in only into a later year's account.
    words: fc.constantFrom(
      { opener: '上年结转', income: '本年留成' },
      { opener: '上年结余', income: '总收入' },
      { opener: '2022年度结余', income: '2023年本年留成' },
      { opener: '2022年度结余', income: '2023年本级留用' },
    ),
  });

  it('property: the balance adds up, or the gap is raised once on the balance’s line', () => {
    fc.assert(
      fc.property(account, ({ opening, inflow, spentShare, gap, outflowInSentence, words: { opener, income } }) => {
        const spent = Math.floor((opening + inflow) * spentShare);
        const closing = opening + inflow - spent + gap;
        // A gap within the rounding of four printed figures (half a cent each) is no question to ask.
        fc.pre(closing >= 0 && (gap === 0 || Math.abs(gap) > 2));
        const lines = outflowInSentence
          ? ['一、分配情况', `${opener}${yuan(opening)}万元,${income}${yuan(inflow)}万元,支出${yuan(spent)}万元,结余${yuan(closing)}万元。`, '特此公告。']
          : ['一、分配情况', `${opener}${yuan(opening)}万元,${income}${yuan(inflow)}万元、结余${yuan(closing)}万元。`, '二、使用情况', `用于群众体育支出${yuan(spent)}万元。`];
        const found = findings(lines.join('\n'));
        if (gap === 0) expect(found).toEqual([]);
        else expect(found.map((f) => [f.rule, f.severity, f.cell])).toEqual([['narrative/sum', 'warning', 'L2']]);
      }),
      { seed: 4101, numRuns: 200 },
    );
  });

  it('property: no balance is read without a balance carried in, or when what follows the heading is no 支出, not the only use or a share of it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 900_000 }), fc.integer({ min: 1, max: 900_000 }), fc.integer({ min: 1, max: 900_000 }), (a, b, c) => {
        const noOpening = ['一、分配情况', `本年留成${yuan(a)}万元,支出${yuan(b)}万元,结余${yuan(c)}万元。`].join('\n');
        const noOutflow = ['一、分配情况', `上年结余${yuan(a)}万元,本年留成${yuan(b)}万元、结余${yuan(c)}万元。`, '二、其他情况', `收到捐赠${yuan(b)}万元。`].join('\n');
        // The section after the heading lists a second use: its first figure is not the whole outflow.
        const twoUses = ['一、分配情况', `上年结余${yuan(a)}万元,本年留成${yuan(b)}万元、结余${yuan(c)}万元。`, '二、使用情况', `用于群众体育支出${yuan(b)}万元。`, `用于竞技体育支出${yuan(a)}万元。`].join('\n');
        expect(findings(noOpening)).toEqual([]);
        expect(findings(noOutflow)).toEqual([]);
        // '占总数的60%': the use read is a part of the whole use.
        const share = 1 + (a % 98);
        const partOfUse = ['一、分配情况', `上年结余${yuan(a)}万元,本年留成${yuan(b)}万元、结余${yuan(c)}万元。`, '二、使用情况', `用于群众体育支出${yuan(b)}万元,占总数的${share}%。`].join('\n');
        expect(findings(twoUses)).toEqual([]);
        expect(findings(partOfUse)).toEqual([]);
      }),
      { seed: 4102, numRuns: 80 },
    );
  });
});
