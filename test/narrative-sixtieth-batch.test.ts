/**
 * What the sixtieth held-out batch (texts 505–513, test/corpus/README.md) showed the checker calling wrong on correct figures.
 * - 505 L4 (1 error): a 旗's half-year report, '全旗一般公共预算收入完成100.03亿元,其中:旗本级…收入完成75.29亿元…,分项目看:税收完成
 *   16.81亿元…,非税完成58.48亿元…;上级转移支付20.88亿元;债券转贷收入0.48亿元;上年结余3.38亿元' — the 本级 figure's own breakdown
 *   (16.81 + 58.48 = 75.29) summed beside it, '75.29 + 16.81 + 58.48 + 20.88 + 0.48 + 3.38 = 175.32亿元'.
 * - 506 L7 (1 error): '全州彩票销量…8.47亿元,其中,福利彩票销量4.04亿元,体育彩票销量4.43亿元,共为国家筹集彩票公益金2.31亿元' — the
 *   公益金 raised, a total of its own after '共', summed as a third part of the sales.
 * - 507 L11 (2 errors): '比2021年减收34,086万元,剔除留抵退税后同口径增长0.67%' called a contradiction of ways, and the 税收's
 *   '同比减收92,021万元,剔除留抵退税后同口径下降 6.07%' worked on the printed figures, '92,021.00 ÷ 812,822.00 = 11.321%' — rates on
 *   an adjusted basis that no printed figure makes.
 * - 508 L10 (keyed error, missed): a 县's 决算 report, '一般公共预算支出559,594万元、上解支出24,562万元、…、援助其他地区支出546万元,支出总量为
 *   596,070万元' — the five items make 595,799; no list of items joined by '、' ahead of their 总量 was summed.
 * Wordings and figures of the properties are invented variants.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';

const loud = (text: string) => checkNarrativeText(text).filter((f) => f.severity !== 'info');
const errors = (text: string) => loud(text).filter((f) => f.severity === 'error');
const errorsWith = (text: string, words: string) => errors(text).filter((f) => f.message.includes(words));

/** Hundredths of 亿元 printed to two decimals. */
const yi = (n: number) => (n / 100).toFixed(2);

const LINE_505 =
  '(一)公共财政预算收支情况。经旗第十八届人民代表大会第三次会议批准全旗一般公共预算收入83.318亿元,其中:旗本级一般公共预算收入51.9亿元,增长2%。1-6月,全旗一般公共预算收入完成100.03亿元,其中:旗本级一般公共财政预算收入完成75.29亿元(包括苏里格开发区收入1.38亿元),同比增长219.2%,完成年初目标任务的145.07%,分项目看:税收完成16.81亿元,同比减少17.7%,非税完成58.48亿元,同比增加1757.0%;上级转移支付20.88亿元;债券转贷收入0.48亿元;上年结余3.38亿元。';

describe('a run of parts that makes the part before it is that part’s breakdown, nested in it (505 L4)', () => {
  it('the published 505 line raises no sum error', () => {
    expect(errorsWith(LINE_505, '之和')).toEqual([]);
  });

  it('with the breakdown off its part, the list is read whole and its excess is still an error', () => {
    expect(errorsWith(LINE_505.replace('非税完成58.48亿元', '非税完成59.48亿元'), '之和')).toHaveLength(1);
  });

  it('parts that exceed the total with or without the nested run are an error', () => {
    expect(errorsWith(LINE_505.replace('上年结余3.38亿元', '上年结余4.38亿元'), '之和')).toHaveLength(1);
  });

  it('property: “T,其中:A…,分项目看:B₁,B₂;C;D” with B₁ + B₂ = A is silent when A + C + D = T, an error when the parts exceed T', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('全旗', '全县', '全区', '全市'),
        fc.constantFrom('旗本级', '县本级', '区本级', '市本级'),
        fc.integer({ min: 100, max: 900_000 }),
        fc.integer({ min: 5, max: 95 }),
        fc.integer({ min: 1, max: 300_000 }),
        fc.integer({ min: 1, max: 50_000 }),
        fc.constantFrom(0, 0, 37, 1_000),
        (place, level, own, percent, transfer, carried, excess) => {
          const tax = Math.floor((own * percent) / 100);
          const other = own - tax;
          // No other run of parts makes the one before it: the nested run is the only reading that balances.
          fc.pre(tax > 0 && other > 0 && tax !== transfer + carried && other !== transfer + carried && other !== transfer);
          const total = own + transfer + carried - excess;
          fc.pre(total > 0);
          const text = `1-6月,${place}一般公共预算收入完成${yi(total)}亿元,其中:${level}一般公共预算收入完成${yi(own)}亿元,分项目看:税收完成${yi(tax)}亿元,非税完成${yi(other)}亿元;上级转移支付${yi(transfer)}亿元;上年结余${yi(carried)}亿元。`;
          expect(errorsWith(text, '之和')).toHaveLength(excess === 0 ? 0 : 1);
        },
      ),
      { numRuns: 150 },
    );
  });
});

/** 516 L8 (sixty-third batch): a subtotal printed under a 类's name, the five 类 after it making it. */
const LINE_516 =
  '(二)支出预算:2021年年初预算数1047.91万元,其中:一般公共服务支出预算511.37万元,教育支出预算0.55万元,文化旅游体育与传媒支出464.26万元,社会保障和就业支出预算29.28万元,卫生健康支出预算9万元,住房保障支出预算8.28万元,其他支出536.54万元。';

describe('a run of 类 is no breakdown of a part named as a 类 (516 L8, met with the sixty-third batch)', () => {
  it('the published 516 line: the five 类 that make the 一般公共服务支出 figure are parts beside it, and the sum is an error', () => {
    expect(errorsWith(LINE_516, '1,559.28')).toHaveLength(1);
  });

  it('the same run under a part that is no 类 is still its breakdown', () => {
    expect(errorsWith(LINE_516.replace('一般公共服务支出预算511.37万元', '一般公共预算支出511.37万元'), '之和')).toEqual([]);
  });

  it('property: “T,其中:类₀ A, 类₁ B₁, 类₂ B₂, 其他支出 C” with B₁ + B₂ = A and A + C = T is an error; named 一般公共预算 A, silent', () => {
    const classes = ['教育支出', '社会保障和就业支出', '卫生健康支出', '住房保障支出', '农林水支出', '城乡社区支出'];
    fc.assert(
      fc.property(
        fc.constantFrom('一般公共服务支出', '公共安全支出', '文化旅游体育与传媒支出'),
        fc.uniqueArray(fc.constantFrom(...classes), { minLength: 2, maxLength: 3 }),
        fc.array(fc.integer({ min: 1, max: 90_000 }), { minLength: 3, maxLength: 3 }),
        fc.integer({ min: 1, max: 90_000 }),
        (first, run, amounts, other) => {
          const parts = amounts.slice(0, run.length);
          const whole = parts.reduce((a, b) => a + b, 0);
          const total = whole + other;
          const list = (name: string) =>
            `支出预算${yi(total)}万元,其中:${name}${yi(whole)}万元,${run.map((c, k) => `${c}${yi(parts[k])}万元`).join(',')},其他支出${yi(other)}万元。`;
          expect(errorsWith(list(first), '之和')).toHaveLength(1);
          expect(errorsWith(list('一般公共预算支出'), '之和')).toEqual([]);
        },
      ),
      { numRuns: 120 },
    );
  });
});

const LINE_506 =
  '2018年,云南省文山州把握彩票销售规律,大力加强网点建设,积极引导彩民理性购买彩票,全州彩票销量再创历史新高达8.47亿元,其中,福利彩票销量4.04亿元,体育彩票销量4.43亿元,共为国家筹集彩票公益金2.31亿元,同比增长25.18%。';

describe('a last figure whose clause opens with 共 / 合计 / 总计 / 累计 is a total of its own, no part of the list before it (506 L7)', () => {
  it('the published 506 line raises no sum error', () => {
    expect(errorsWith(LINE_506, '之和')).toEqual([]);
  });

  it('when the parts before it do not make the total, the list is read whole and its excess is an error', () => {
    expect(errorsWith(LINE_506.replace('体育彩票销量4.43亿元', '体育彩票销量4.53亿元'), '之和')).toHaveLength(1);
  });

  it('property: “T,其中,A,B,共…C” is silent when A + B = T and an error when A + B exceeds T', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('全州', '全市', '全省', '全县'),
        fc.constantFrom('共', '合计', '累计', '总计'),
        fc.integer({ min: 1, max: 900_000 }),
        fc.integer({ min: 1, max: 900_000 }),
        fc.integer({ min: 1, max: 400_000 }),
        fc.constantFrom(0, 0, 9, 2_000),
        (place, lead, welfare, sports, fund, excess) => {
          fc.pre(welfare + sports - excess > 0);
          const text = `${place}彩票销量${yi(welfare + sports - excess)}亿元,其中,福利彩票销量${yi(welfare)}亿元,体育彩票销量${yi(sports)}亿元,${lead}为国家筹集彩票公益金${yi(fund)}亿元。`;
          expect(errorsWith(text, '之和')).toHaveLength(excess === 0 ? 0 : 1);
        },
      ),
      { numRuns: 150 },
    );
  });
});

const LINE_507 =
  '2022年全区一般公共预算收入1,042,625万元,完成年度预算的100.99%,比2021年减收34,086万元,剔除留抵退税后同口径增长0.67%。其中:税收收入720,801万元,同比减收92,021万元,剔除留抵退税后同口径下降 6.07%;非税收入321,824万元,同比增收57,935万元,增长21.95%。';

describe('a rate on an adjusted basis (剔除 / 扣除 / 还原 …后, 同口径, 可比) is no rate of the printed figures (507 L11)', () => {
  it('the published 507 line raises no error', () => {
    expect(errors(LINE_507)).toEqual([]);
  });

  it('the same rates without their basis words are checked as before: the way and the 税收 rate are errors', () => {
    const natural = LINE_507.replace(/剔除留抵退税后同口径/g, '');
    const found = errors(natural).map((f) => f.message);
    expect(found.some((m) => m.includes('方向相反'))).toBe(true);
    expect(found.some((m) => m.includes('92,021.00 ÷ 812,822.00 = 11.321%'))).toBe(true);
  });

  it('the 非税 rate, on the printed figures, is still checked', () => {
    expect(errors(LINE_507.replace('增长21.95%', '增长25.95%'))).toHaveLength(1);
  });

  it('property: “X万元,比上年减收Y万元,{basis}增长/下降R%” raises nothing; without the basis words a rise after a fall, or a fall at a rate the figures do not make, is an error', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('税收收入', '一般公共预算收入', '全市一般公共预算收入', '国内增值税'),
        fc.constantFrom('剔除留抵退税后同口径', '扣除留抵退税因素后', '剔除留抵退税因素后', '还原留抵退税口径后', '同口径', '可比', ''),
        fc.integer({ min: 10_000, max: 2_000_000 }),
        fc.integer({ min: 5, max: 40 }),
        fc.boolean(),
        (name, basis, current, fallPercent, rises) => {
          const fall = Math.floor((current * fallPercent) / 100);
          const natural = (fall / (current + fall)) * 100;
          // A rate the figures do not make: a rise, or a fall 3 points off the natural one.
          const rate = rises ? `增长${(natural / 4).toFixed(2)}%` : `下降${(natural + 3).toFixed(2)}%`;
          const text = `2022年${name}${current.toLocaleString('en-US')}万元,比2021年减收${fall.toLocaleString('en-US')}万元,${basis}${rate}。`;
          expect(errors(text)).toHaveLength(basis === '' ? 1 : 0);
        },
      ),
      { numRuns: 150 },
    );
  });
});

const LINE_508 =
  '2019年全县一般公共预算收支决算的平衡情况是:地方一般公共预算收入完成107,150万元、返还性收入18,345万元、一般性转移支付收入338,029万元、专项转移支付收入53,870万元、债务转贷收入57,922万元、上年结余12,764万元、调入资金20,289万元、调入预算稳定调节基金1,644万元,收入总量为610,013万元。一般公共预算支出559,594万元、上解支出24,562万元、债务还本支出10,940万元、补充预算稳定调节基金157万元、援助其他地区支出546万元,支出总量为596,070万元。收入总量减去支出总量后,全县结转结余资金13,943万元(均为结转下年继续使用的上级转移支付资金)。';

describe('a 收入总量 / 支出总量 stated after the items that make it, joined by 、 (508 L10, keyed)', () => {
  it('the published 508 line: the 支出总量 is 271 above its five items, a warning naming them; the 收入总量 adds up', () => {
    const found = loud(LINE_508);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('warning');
    expect(found[0].message).toContain('559,594.00 + 24,562.00 + 10,940.00 + 157.00 + 546.00 = 595,799.00万元，文中为596,070.00万元（差271.00万元）');
  });

  it('items added to a figure of the sentence before (加…) are left to that addition', () => {
    const text = '全区一般公共预算收入331.1亿元,增长11%。加市级财政税收返还和补助收入109.6亿元、上年结转收入7.7亿元、地方政府一般债务转贷收入28.5亿元、调入资金4.3亿元、动用预算稳定调节基金9.5亿元,收入总量为490.7亿元。';
    expect(loud(text)).toEqual([]);
  });

  it('property: “A、B、C…,收入总量/支出总计为T” is silent when the items make T and a warning naming their sum when they do not', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('收入总量为', '支出总量为', '收入总计', '支出合计为'),
        fc.array(fc.integer({ min: 1, max: 900_000 }), { minLength: 3, maxLength: 8 }),
        fc.constantFrom(0, 0, 271, -1_500),
        (totalWords, items, gap) => {
          const side = totalWords.startsWith('收入') ? '收入' : '支出';
          const names = ['一般公共预算' + side, '上解' + side, '债务还本' + side, '调入资金', '上年结余', '补充预算稳定调节基金', '援助其他地区' + side, '调出资金'];
          const sum = items.reduce((a, b) => a + b, 0);
          fc.pre(sum + gap > 0);
          const money = (n: number) => n.toLocaleString('en-US');
          const text = `平衡情况是:${items.map((v, i) => `${names[i]}${money(v)}万元`).join('、')},${totalWords}${money(sum + gap)}万元。`;
          const found = loud(text);
          if (gap === 0) expect(found).toEqual([]);
          else {
            expect(found).toHaveLength(1);
            expect(found[0].message).toContain(`= ${money(sum)}.00万元`);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
