/**
 * Reading figures and claims out of prose: numbers as they are printed (thousands separators, a space
 * before the unit, full-width digits), percentages, and what each figure claims — and a property of
 * the claim reader: a change sentence generated with right figures raises nothing in any wording,
 * one with a wrong rate is found with the rate it should be.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';
import { formatAmount } from '../src/engine/model/money';
import { parseNumber, printedHalfUnitOf, printedRoundingOf, scanFigures } from '../src/engine/narrative/text/figures';
import { joinLines } from '../src/engine/narrative/text/join';
import { readPassage } from '../src/engine/narrative/text/read';
import type { AmountToken, PercentToken, Token } from '../src/engine/narrative/text/tokens';

const toFullWidth = (s: string) => s.replace(/[0-9.,%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const grouped = (n: number) => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function read(text: string, year = 2025): Token[] {
  const passages = joinLines([{ index: 0, text, sheet: 's', cell: 'L1' }]);
  return readPassage(passages[0], { reportYear: year }, 0).tokens;
}
const amounts = (ts: Token[]) => ts.filter((t): t is AmountToken => t.type === 'amount');
const percents = (ts: Token[]) => ts.filter((t): t is PercentToken => t.type === 'percent');

describe('figures as printed', () => {
  it('reads amounts with separators, spaces and full-width digits, and percentages, to the 分', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_99 }), fc.constantFrom('元', '万元'), fc.boolean(), fc.boolean(), fc.boolean(), (cents, unit, sep, space, full) => {
        const value = cents / 100;
        let number = sep ? grouped(value) : value.toFixed(2);
        if (full) number = toFullWidth(number);
        const text = `基本支出${number}${space ? ' ' : ''}${unit}，占${full ? toFullWidth('12.5%') : '12.5%'}。`;
        const [a, p] = scanFigures(text);
        expect(a).toMatchObject({ type: 'amount', value, unit, decimals: 2, fen: unit === '元' ? cents : cents * 10_000 });
        expect(text.slice(a.start, a.end).replace(/\s/g, '')).toBe(`${number}${unit}`);
        expect(p).toMatchObject({ type: 'percent', value: 12.5, decimals: 1 });
      }),
    );
  });

  it('parses a number only when it is one', () => {
    expect(parseNumber('1,212.12')).toEqual({ value: 1212.12, decimals: 2 });
    expect(parseNumber('47')).toEqual({ value: 47, decimals: 0 });
    expect(parseNumber('1,21.2')).toBeUndefined();
    expect(parseNumber('12a')).toBeUndefined();
  });

  it('skips numbers that are not reported figures: years, counts, codes, thresholds', () => {
    const ts = read('2025年车辆7辆，单价50万元以上设备0台，财教〔2024〕509号文件，控制在≤30万元，支出预算724.00万元。');
    expect(amounts(ts).map((a) => a.raw)).toEqual(['724.00万元']);
  });
});

describe('the rounding a printed figure allows', () => {
  it('allows half a unit of the last printed decimal: 995万元 ±0.5万元, 57.53万元 ±0.005万元, 3.1元 ±0.05元', () => {
    expect(printedHalfUnitOf({ unit: '万元', decimals: 0 })).toBe(500_000);
    expect(printedHalfUnitOf({ unit: '万元', decimals: 2 })).toBe(5_000);
    expect(printedHalfUnitOf({ unit: '元', decimals: 1 })).toBe(5);
    // '预算为89.90万元,支出决算为57.53万元' with a change of '32万元': the three together allow 0.5 + 0.005 + 0.005 万元.
    expect(printedRoundingOf({ unit: '万元', decimals: 2 }, { unit: '万元', decimals: 2 }, { unit: '万元', decimals: 0 })).toBe(510_000);
    expect(printedRoundingOf()).toBe(0);
  });

  it('property: the figures together allow the sum of what each allows, in any order', () => {
    const figure = fc.record({ unit: fc.constantFrom('元', '万元', '亿元'), decimals: fc.integer({ min: 0, max: 4 }) });
    fc.assert(
      fc.property(fc.array(figure, { maxLength: 6 }), (figures) => {
        const each = figures.reduce((s, f) => s + printedHalfUnitOf(f), 0);
        expect(printedRoundingOf(...figures)).toBe(each);
        expect(printedRoundingOf(...[...figures].reverse())).toBe(each);
      }),
    );
  });
});

describe('what a figure claims', () => {
  it('tells a value, the base of a comparison and a change apart, and gives them one subject', () => {
    const ts = read('“三公”经费预算总额为1969万元，较2024年的2190万元减少221万元，下降10.1%。');
    expect(amounts(ts).map((a) => `${a.raw} ${a.role} ${a.year} ${a.subject.id}`)).toEqual([
      '1969万元 value 2025 three-public',
      '2190万元 base 2024 three-public',
      '221万元 change 2025 three-public',
    ]);
    expect(percents(ts).map((p) => `${p.raw} ${p.role} ${p.direction}`)).toEqual(['10.1% rate -1']);
  });

  it('reads a budget written as an amount before its change as the base compared with', () => {
    const ts = read('公务接待费为122万元,较上年144万元减少22万元,下降15%,较预算数339万元减少217万元,下降64%。', 2021);
    expect(amounts(ts).map((a) => `${a.raw} ${a.role} ${a.measure ?? ''}`)).toEqual([
      '122万元 value ',
      '144万元 base ',
      '22万元 change ',
      '339万元 base budget',
      '217万元 change ',
    ]);
  });

  it('reads a figure compared with and followed by 无增减 / 持平 as the base, not as another value', () => {
    const ts = read('因公出国(境)费为0万元,较上年0万元无增减,较预算数5万元减少5万元;公务接待费为12万元,比上年12万元持平。', 2021);
    expect(amounts(ts).map((a) => `${a.raw} ${a.role}`)).toEqual(['0万元 value', '0万元 base', '5万元 base', '5万元 change', '12万元 value', '12万元 base']);
  });

  it('property: a budget base printed before its change, in any wording, is checked against the figure and the change', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9_999_999 }),
        fc.integer({ min: 1, max: 9_999_999 }),
        fc.constantFrom('较', '比', '相比'),
        fc.constantFrom('预算数', '年初预算数', '调整预算数', '预算', '年初预算'),
        fc.boolean(),
        (current, base, compare, budget, de) => {
          fc.pre(current !== base);
          const money = (cents: number) => (cents / 100).toFixed(2);
          const way = current > base ? '增加' : '减少';
          const sentence = (change: number) =>
            `2023年度“三公”经费财政拨款支出决算为${money(current)}万元,${compare}${budget}${de ? '的' : ''}${money(base)}万元${way}${money(change)}万元。`;
          const right = Math.abs(current - base);
          expect(checkNarrativeText(sentence(right)).filter((f) => f.severity === 'error')).toEqual([]);
          const wrong = checkNarrativeText(sentence(right + 100)).filter((f) => f.severity === 'error');
          expect(wrong.map((f) => f.message).join('\n')).toContain(`${grouped(current / 100)} − ${grouped(base / 100)}`);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('reads a bare amount right after its base, whose way only the rate after it gives, as the change', () => {
    // A county's “三公” summary that leaves out every 增加: '较2022年决算数688.84万元131.49万元,增长19.09%'.
    const ts = read('公务用车购置费预算数为43.48万元,决算支出数为63.06万元,较2022年决算数13.8万元49.26万元,增长356.96%。', 2023);
    expect(amounts(ts).map((a) => `${a.raw} ${a.role} ${a.direction ?? ''}`)).toEqual(['43.48万元 value ', '63.06万元 value ', '13.8万元 base ', '49.26万元 change 1']);
    const down = read('公务接待费249.29万元,比上年251.37万元 2.08万元，下降0.83%。', 2023);
    expect(amounts(down).map((a) => `${a.raw} ${a.role} ${a.direction ?? ''}`)).toEqual(['249.29万元 value ', '251.37万元 base ', '2.08万元 change -1']);
    // Two figures side by side with no rate after them prove nothing of the second.
    const list = read('较上年决算数13.8万元49.26万元。', 2023);
    expect(amounts(list).map((a) => a.role)).not.toContain('change');
  });

  it('property: a change printed bare after its base is checked against the figure, the base and the rate', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 9_999_999 }),
        fc.integer({ min: 100, max: 9_999_999 }),
        fc.constantFrom('较2022年决算数', '比上年', '较上年决算数', '比2022年'),
        fc.constantFrom(',', '，'),
        (current, base, compare, comma) => {
          fc.pre(Math.abs(current - base) >= 100);
          const money = (cents: number) => (cents / 100).toFixed(2);
          const change = Math.abs(current - base);
          const rate = ((change / base) * 100).toFixed(2);
          const way = current > base ? '增长' : '下降';
          const sentence = (c: number) => `2023年度“三公”经费决算支出数为${money(current)}万元,${compare}${money(base)}万元${money(c)}万元${comma}${way}${rate}%。主要原因是公务活动变化。`;
          const right = checkNarrativeText(sentence(change));
          expect(right.filter((f) => f.severity === 'error')).toEqual([]);
          expect(right.filter((f) => f.rule === 'narrative/direction')).toEqual([]);
          const wrong = checkNarrativeText(sentence(change + 100)).filter((f) => f.severity === 'error');
          expect(wrong.map((f) => f.message).join('\n')).toContain(`${grouped(current / 100)} − ${grouped(base / 100)}`);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('reads the measure (年初预算 / 决算 / 执行数) and the comparison base', () => {
    const ts = read('2024年当年预算执行数为11.67万元，2025年预算安排45.41万元，比2024年预算执行数增加289.12%。');
    expect(amounts(ts).map((a) => `${a.year} ${a.measure}`)).toEqual(['2024 execution', '2025 budget']);
    expect(percents(ts)[0]).toMatchObject({ role: 'rate', direction: 1, base: { year: 2024, measure: 'execution' } });
  });

  it('reads 增 / 减 / 增幅 / 减幅 / 下降（增长）, shares with and without a named whole, and completion rates', () => {
    const ts = read('工资福利支出较上年增18.67万元，增21.86%；商品和服务支出较上年减0.04万元，减幅0.02%，占基本支出的18.76%，占比5%；支出决算为0.39万元，完成年初预算的13.68%，下降（增长）27.78%。');
    expect(amounts(ts).map((a) => `${a.role}${a.direction ?? ''}`)).toEqual(['change1', 'change-1', 'value']);
    expect(percents(ts).map((p) => `${p.role} ${p.direction ?? ''} ${p.of ?? ''}${p.completionOf ?? ''}`)).toEqual([
      'rate 1 ',
      'rate -1 ',
      'share  基本支出',
      'share  ',
      'completion  initial-budget',
      'rate  ',
    ]);
  });

  it('takes the subject of a figure whose own words name nothing from its sentence or its 科目', () => {
    const ts = read('1.社会保障和就业支出（类）行政事业单位养老支出（款）事业单位离退休（项）。主要用于退休人员。年初预算为28.11万元，支出决算为28.11万元。');
    expect(amounts(ts).map((a) => a.subject.id)).toEqual(['path:1社会保障和就业支出/2行政事业单位养老支出/3事业单位离退休', 'path:1社会保障和就业支出/2行政事业单位养老支出/3事业单位离退休']);
    const coded = read('（204类）司法（06款）行政运行（01项）支出123.45万元。');
    expect(amounts(coded)[0].subject.path?.code).toBe('2040601');
  });

  it('never lets a part after 其中 take the subject of the total before it', () => {
    const ts = read('支出预算724.00万元（含当年拨款431.00万元、上年结转293.00万元），比上年增加72.40万元。');
    const [total, , carry, change] = amounts(ts);
    expect(carry.subject.id).toBe('carryover@all');
    expect(change.subject).toBe(total.subject);
  });
});

describe('a change sentence, in any wording', () => {
  const comparison = fc.constantFrom('比上年', '较上年', '比上年预算', '与上年相比', '同比', '较2024年');
  const up = fc.constantFrom('增加', '增长', '增加了', '增');
  const rateWord = fc.constantFrom('增长', '增幅', '增长率为', '增加');

  it('raises nothing when its figures agree, and finds a wrong rate with the one it should be', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10_000, max: 9_999_999 }),
        fc.integer({ min: 100, max: 999_999 }),
        comparison,
        up,
        rateWord,
        (prior, change, cmp, upWord, rw) => {
          const current = prior + change;
          const w = (n: number) => (n / 100).toFixed(2);
          const rate = (change * 100) / prior;
          const text = (r: string) => `2025年项目支出${w(current)}万元，${cmp}${upWord}${w(change)}万元，${rw}${r}%，主要原因是新增专项工作。`;
          expect(checkNarrativeText(text(rate.toFixed(2)))).toEqual([]);
          const wrong = rate + 3;
          const f = checkNarrativeText(text(wrong.toFixed(2)));
          expect(f.map((x) => `${x.rule} ${x.severity}`)).toEqual(['narrative/change error']);
          expect(f[0].expected).toBeCloseTo(rate, 1);
          expect(f[0].message).toContain(`${formatAmount(change / 100, 2)} ÷ ${formatAmount(prior / 100, 2)}`);
        },
      ),
    );
  });
});

describe('any text', () => {
  it('never throws, and every finding names a line of the text that exists', () => {
    const piece = fc.constantFrom('基本支出', '项目支出', '“三公”经费', '其中：', '比上年', '增加', '减少', '下降', '增长', '占', '完成预算的', '，', '；', '。', '\n', '（', '）', '主要原因是', '持平', '2025年', '上年', '如下：', '1.', '（一）', '万元', '元', '%');
    const num = fc.integer({ min: 0, max: 99_999_999 }).map((n) => (n / 100).toFixed(n % 3));
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, num), { maxLength: 80 }), (parts) => {
        const text = parts.join('');
        const lines = text.split('\n').length;
        const findings = checkNarrativeText(text);
        for (const f of findings) {
          expect(f.cell).toMatch(/^L\d+$/);
          expect(Number(f.cell.slice(1))).toBeLessThanOrEqual(lines);
          expect(f.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('a bare 亿 among 亿元 figures', () => {
  const TEXT = '省级行政事业单位财政拨款“三公”经费支出4.2亿元，其中：因公出国（境）经费0.3亿元；公务用车购置及运行费3.1亿元（公务用车购置费0.2亿元、公务用车运行维护费2.9亿元）；公务接待费0.8亿。';

  it('is read as 亿元 after words of money, so the list it ends adds up', () => {
    const figs = scanFigures(TEXT).filter((f) => f.type === 'amount');
    expect(figs.at(-1)).toMatchObject({ raw: '0.8亿', unit: '亿元', value: 0.8 });
    expect(checkNarrativeText(TEXT)).toEqual([]);
    const wrong = checkNarrativeText(TEXT.replace('0.8亿。', '1.8亿。')).filter((f) => f.severity === 'error');
    expect(wrong.map((f) => f.message).join('\n')).toContain('1.80');
  });

  it('is not read for people, without a money word before it, or in a text without 亿元', () => {
    for (const text of [
      '全国人口14亿，中央本级“三公”经费预算51.87亿元。',
      '惠及群众1.2亿人次，支出3.00亿元。',
      '本年培训费支出0.3亿，比上年增加0.1亿。',
    ]) {
      const bare = scanFigures(text).filter((f) => f.type === 'amount' && !f.raw.endsWith('元'));
      expect(bare.map((f) => f.raw), text).toEqual([]);
    }
  });

  it('property: a money word, a number and a bare 亿 before punctuation read as the same number of 亿元', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('合计为', '经费', '支出', '收入', '预算数为', '公务接待费', '决算数'),
        fc.integer({ min: 0, max: 9_999_999 }),
        fc.constantFrom('，', '。', '、', '；', ')'),
        (words, tenths, punct) => {
          const number = (tenths / 10).toFixed(1);
          const figs = scanFigures(`其中公用经费1.5亿元，${words}${number}亿${punct}`).filter((f) => f.type === 'amount');
          expect(figs).toHaveLength(2);
          expect(figs[1]).toMatchObject({ unit: '亿元', value: Number(number), raw: `${number}亿` });
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('a figure after a character the copy lost', () => {
  // A mirror that decoded the page wrongly: '(一)一般公共服务支出48639万元' became '…С?8639万元' (corpus 155).
  const TEXT = [
    '?。ㄒ唬┮话愎卜罩С?8639万元,较上年减支5273万元,下降9.8%,主要是上年档案馆新馆建设支出的影响。其中:',
    '1.人大事务1087万元,较上年增支204万元,增长23.1%,主要是人员增加;',
    '2.政协事务805万元,较上年增支187万元,增长30.3%,主要是人员增加;',
    '3.政府办公厅(室)及相关机构事务18524万元,较上年减支2484万元,下降11.8%,主要是上年启动资金支出的影响;',
  ].join('\n');

  it('is not checked: neither its 其中 items nor its change can be held against it', () => {
    const findings = checkNarrativeText(TEXT);
    expect(findings.filter((f) => f.severity !== 'info' && f.cell === 'L1')).toEqual([]);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('property: whatever was lost, a figure after ? or U+FFFD raises nothing against its parts or its rate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), fc.constantFrom('?', '\uFFFD'), fc.array(fc.integer({ min: 1, max: 99_999 }), { minLength: 2, maxLength: 5 }), (shown, lost, parts) => {
        const items = parts.map((v, i) => `${i + 1}.第${i + 1}项事务${v}万元;`);
        const text = [`一般公共服务支出${lost}${shown}万元,较上年减支${shown + 1}万元,下降9.8%,主要是项目完成。其中:`, ...items].join('\n');
        expect(checkNarrativeText(text).filter((f) => f.severity !== 'info' && f.cell === 'L1')).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('a figure read whole is still checked against its parts', () => {
    const whole = TEXT.replace('С?8639', '支出8639');
    expect(checkNarrativeText(whole).some((f) => f.cell === 'L1' && f.severity !== 'info')).toBe(true);
  });
});

describe('a bare 万 among 万元 figures', () => {
  const TEXT =
    '本区2022年的“三公”经费决算数合计为1000.87万，其中：因公出国（境）费0万元、公务用车购置费399.25万元、公务用车运行维护费472.38万元、公务接待费43.77万元、会议费34.10万元、培训费51.37万元。';

  it('is read as 万元 after words of money, and a list it heads is checked', () => {
    const figs = scanFigures(TEXT).filter((f) => f.type === 'amount');
    expect(figs[0]).toMatchObject({ raw: '1000.87万', unit: '万元', value: 1000.87 });
    expect(checkNarrativeText(TEXT).filter((f) => f.severity === 'error')).toEqual([]);
    const wrong = checkNarrativeText(TEXT.replace('1000.87万', '1100.87万')).filter((f) => f.severity === 'error');
    expect(wrong.map((f) => f.message).join('\n')).toContain('1,000.87');
  });

  it('is not read where it counts people or area, follows no money word, or stands in a text without 万元', () => {
    for (const text of [
      '服务人口3万，辖区面积1.2万平方米，本年支出决算为500.00万元。',
      '全镇常住人口约2.5万，公用经费支出30.00万元。',
      '本年培训费支出4.66万，比上年增加1.00万。',
      '2023年接待群众来访1.3万人次，支出12.00万元。',
    ]) {
      const bare = scanFigures(text).filter((f) => f.type === 'amount' && !f.raw.endsWith('元'));
      expect(bare.map((f) => f.raw), text).toEqual([]);
    }
  });

  it('property: a money word, a number and a bare 万 before punctuation read as the same number of 万元', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('合计为', '经费', '支出', '收入', '预算数为', '培训费增加', '决算数'),
        fc.integer({ min: 0, max: 99_999_999 }),
        fc.constantFrom('，', '。', '、', '；', ')'),
        (words, cents, punct) => {
          const number = (cents / 100).toFixed(2);
          const figs = scanFigures(`其中公用经费10.00万元，${words}${number}万${punct}`).filter((f) => f.type === 'amount');
          expect(figs).toHaveLength(2);
          expect(figs[1]).toMatchObject({ unit: '万元', value: Number(number), raw: `${number}万` });
        },
      ),
      { numRuns: 100 },
    );
  });
});
