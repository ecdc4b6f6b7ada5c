/**
 * The year a change is measured against, where a text measures almost every change against one year
 * (src/engine/narrative/text/checks/base-years.ts). Real slips: 156 L15, a 2022 决算 of a 州 whose items are
 * each '与2021年决算数相比' but one '与2022年决算数持平'; shiquan-benji-2026 L40 and L66, a 2026 单位预算 whose 34
 * items compare with the 2025年预算执行数 but two with '2024年预算执行数', and whose 34 items each set a 2025年度预算
 * beside the 2026年度预算 but two a '2024年度预算' (L76, L80). Wordings and figures of the properties are invented
 * variants.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';

const CORPUS = join(__dirname, 'corpus');
const yearFindings = (text: string) => checkNarrativeText(text).filter((f) => f.rule === 'narrative/year');

describe('one comparison year among many with another (real texts)', () => {
  it('156 L15: “与2022年决算数持平” among nineteen comparisons with the 2021 决算', () => {
    const found = yearFindings(readFileSync(join(CORPUS, 'narrative/texts/156.txt'), 'utf8'));
    expect(found.map((f) => [f.cell, f.severity, f.expected, f.actual])).toEqual([['L15', 'warning', 2021, 2022]]);
    expect(found[0].message).toBe('“11、20123-民族事务156万元,与2022年决算数持平。”写的是2022年，文中另有19处与决算比较的都是2021年，请核对年份。');
  });

  it('shiquan-benji-2026 L40 and L66: the 2024年预算执行数 among comparisons with 2025’s; L76 and L80: a 2024年度预算 set beside the 2026 one', () => {
    const found = yearFindings(readFileSync(join(CORPUS, 'tables/text/shiquan-benji-2026.txt'), 'utf8')).filter((f) => f.actual === 2024);
    expect(found.map((f) => [f.cell, f.severity, f.expected])).toEqual([
      ['L40', 'warning', 2025],
      ['L66', 'warning', 2025],
      ['L76', 'warning', 2025],
      ['L80', 'warning', 2025],
    ]);
    expect(found[2].message).toMatch(/2026年度预算1,687\.92万元，2024年度预算1,676\.41万元.*”写的是2024年，文中另有32处与2026年预算并列的都是2025年，请核对年份。$/);
  });
});

describe('property: items compared with a base year', () => {
  const ITEM_NAMES = ['行政运行', '一般行政管理事务', '机关服务', '事业运行', '其他民政管理事务支出', '行政单位医疗', '住房公积金', '购房补贴'];
  const item = fc.record({
    name: fc.constantFrom(...ITEM_NAMES),
    amount: fc.integer({ min: 1, max: 9_000 }),
    change: fc.integer({ min: 0, max: 500 }),
    way: fc.constantFrom('比', '较', '与'),
  });
  const base = fc.constantFrom(['决算数', '决算'], ['预算执行数', '预算'], ['年初预算数', '年初预算'], ['预算数', '预算']);

  /** One item a line: '3、行政运行120万元,比2021年决算数增加5万元。' */
  function itemLine(i: number, it: { name: string; amount: number; change: number; way: string }, year: number, word: string): string {
    const tail = it.way === '与' ? '持平' : `增加${it.change}万元`;
    return `${i + 1}、${it.name}${it.amount}万元,${it.way}${year}年${word}${tail}。`;
  }

  it('property: one item of five or more compared with a year one or two off the others is a warning on its line', () => {
    fc.assert(
      fc.property(
        fc.array(item, { minLength: 5, maxLength: 14 }),
        base,
        fc.integer({ min: 2014, max: 2026 }),
        fc.constantFrom(-2, -1, 1, 2),
        fc.nat(),
        (items, [word, baseName], year, off, at) => {
          const odd = at % (items.length + 1);
          const all = [...items.slice(0, odd), items[0], ...items.slice(odd)];
          const text = all.map((it, i) => itemLine(i, it, i === odd ? year + off : year, word)).join('\n');
          const found = yearFindings(text);
          expect(found.map((f) => [f.cell, f.severity, f.expected, f.actual])).toEqual([[`L${odd + 1}`, 'warning', year, year + off]]);
          expect(found[0].message).toContain(`文中另有${items.length}处与${baseName}比较的都是${year}年`);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('property: silent when every item has one year, when fewer than five share it, when three differ, or when the odd year is far off', () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 3, maxLength: 12 }), base, fc.integer({ min: 2014, max: 2026 }), (items, [word], year) => {
        const line = (years: (i: number) => number) => items.map((it, i) => itemLine(i, it, years(i), word)).join('\n');
        expect(yearFindings(line(() => year))).toEqual([]);
        // Four with one year, one with another: too few to call either the text's base.
        expect(yearFindings(line((i) => (i < 4 ? year : year - 1)).split('\n').slice(0, 5).join('\n'))).toEqual([]);
        // Three or more with another year: the text measures against two bases.
        if (items.length >= 8) expect(yearFindings(line((i) => (i % 3 === 0 ? year - 1 : year)))).toEqual([]);
        // A base years away is another comparison meant ('比2015年（“十二五”末）增长').
        expect(yearFindings(line((i) => (i === 0 ? year - 5 : year)))).toEqual([]);
      }),
      { numRuns: 120 },
    );
  });

  it('property: one item of five or more setting another year beside the year’s figure than the rest is a warning on its line', () => {
    fc.assert(
      fc.property(
        // Five or more set the one year beside it, and one the other.
        fc.array(item, { minLength: 6, maxLength: 14 }),
        fc.constantFrom('预算', '决算'),
        fc.integer({ min: 2014, max: 2026 }),
        fc.constantFrom(-1, 1),
        fc.nat(),
        fc.constantFrom('，', ',', '；'),
        (items, word, year, off, at, comma) => {
          const odd = at % items.length;
          const text = items
            .map((it, i) => `${i + 1}、${it.name}${year}年度${word}${it.amount}万元${comma}${i === odd ? year - 1 + off : year - 1}年度${word}${it.amount + it.change}万元。`)
            .join('\n');
          const found = yearFindings(text);
          expect(found.map((f) => [f.cell, f.severity, f.expected, f.actual])).toEqual([[`L${odd + 1}`, 'warning', year - 1, year - 1 + off]]);
          expect(found[0].message).toContain(`文中另有${items.length - 1}处与${year}年${word}并列的都是${year - 1}年`);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('property: comparisons that name no base (比2021年增长) are not counted', () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 6, maxLength: 12 }), fc.integer({ min: 2014, max: 2026 }), (items, year) => {
        const text = items.map((it, i) => `${i + 1}、${it.name}${it.amount}万元,比${i === 0 ? year - 1 : year}年增加${it.change}万元。`).join('\n');
        expect(yearFindings(text)).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });
});
