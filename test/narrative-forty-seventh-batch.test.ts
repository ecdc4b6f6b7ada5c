/**
 * What the forty-seventh held-out batch (texts 388–396, test/corpus/README.md) showed the checker calling wrong on correct figures.
 * - 389 L3, L4, L6 (5 errors): a completion rate's budget introduced by '为' with words naming who set it ('为县人民代表大会批准全县
 *   全年预算46,908万元的80.43%,比上年同期35,285万元增收2,445万元') was not known as a completion base, so it was taken for this
 *   year's figure of the change after it.
 * - 388 L6 (1 error): '税收收入拟调整为85000万元,调减16000万元,下降9.7%' — a budget adjustment's 调减 (on the budget before it)
 *   was given the rate after it, which the report defines as on 上年, and 16000 ÷ 101000 = 15.84% called wrong.
 * - 389 L6 (1 error on a keyed warning): '科学技术支出259万元,比上年同期139万元增支120元' — the change's unit mistyped (元 for 万元)
 *   was reported as an amount 1,198,800元 off; it is a unit to check, a warning.
 * - 390 L3 (the keyed error, stated against the wrong total): '市级留用新增债券27.38亿元,再融资债券 21.33亿元。市级留用新增债券共安排
 *   20个项目,其中,…其他方面3.01亿元' — the 其中 was read as breaking down the nearest figure, 21.33; its sentence names the 27.38,
 *   and its last item '其他方面' makes the list the whole, so 22.38 against 27.38 is the error (in a report on a whole
 *   jurisdiction a 其中 short of its total is otherwise no question).
 * - 396 L14 (the keyed error, missed): '支出总计,867.48万元' where L6 has '支出总计1,867.48万元' — a figure printed from its thousands
 *   separator on, its leading digit lost.
 * - 391 L2 (1 warning): the '……' of an article of the 预算法 quoted in the middle ('“…需要调入预算稳定调节基金的……应当进行预算调整。”')
 *   was called a placeholder.
 * Wordings and figures of the properties are invented variants.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { checkNarrativeText } from '../src/engine/narrative';

const findings = (text: string) => checkNarrativeText(text).filter((f) => f.severity === 'error' || f.severity === 'warning');
const errors = (text: string) => findings(text).filter((f) => f.severity === 'error');

describe('a completion rate’s budget named after 为 / 是 / 达到 is not the amount reported (389 L3, L4, L6)', () => {
  it('the published 389 lines raise no error', () => {
    const text = [
      '1.一般公共预算收入完成情况。2023年1-9月一般公共预算收入37,730万元,为县人民代表大会批准全县全年预算46,908万元的80.43%,比上年同期35,285万元增收2,445万元,增长6.9%。其中:税收收入完成22,368万元,为县人民代表大会批准全县全年预算32,972万元的67.8%,比上年同期22,019万元增收349万元,增长1.6%,非税收入完成15,362万元,为县人民代表大会批准全县全年预算13,936万元的110.2%,比上年同期13,266万元增收2,096万元,增长15.8%。',
      '2.基金预算收入完成情况。2023年1-9月政府性基金收入完成6,222万元,为县人民代表大会批准全县全年预算15,653万元的39.8%,比上年同期8,958万元减收2,736万元,下降30.5%。',
    ].join('\n');
    expect(errors(text)).toEqual([]);
  });

  it('property: the change is checked on the amount, not on the budget; a wrong change is still an error', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000, max: 900_000 }),
        fc.integer({ min: 1_000, max: 900_000 }),
        fc.integer({ min: 1_000, max: 900_000 }),
        fc.constantFrom('为', '是', '达到'),
        fc.constantFrom('年初预算', '调整预算', '县人民代表大会批准全县全年预算', '市人大批准预算', '全年预算'),
        fc.integer({ min: 0, max: 3 }),
        (actual, plan, prior, verb, planWords, slipChoice) => {
          fc.pre(actual !== prior && Math.abs(actual - prior) > 100);
          const slip = [0, 0, 37, -53][slipChoice];
          const change = Math.abs(actual - prior) + slip;
          fc.pre(change > 0);
          const [way, rateWord] = actual > prior ? ['增收', '增长'] : ['减收', '下降'];
          const rate = ((Math.abs(actual - prior) / prior) * 100).toFixed(1);
          const line = `一般公共预算收入${actual}万元,${verb}${planWords}${plan}万元的${((actual / plan) * 100).toFixed(2)}%,比上年同期${prior}万元${way}${change}万元,${rateWord}${rate}%。`;
          if (slip === 0) expect(errors(line)).toEqual([]);
          else expect(errors(line).length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 150 },
    );
  });
  it('property: a budget 下达 or taken 作为 is a figure reported: the change after it is its own', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000, max: 900_000 }),
        fc.integer({ min: 100, max: 90_000 }),
        fc.integer({ min: 1_000, max: 900_000 }),
        fc.constantFrom('上级下达年度预算', '作为年度预算'),
        (prior, up, income, words) => {
          fc.pre(Math.abs(income - prior - up) > 10);
          const line = `收入${income}万元,${words}${prior + up}万元,比上年${prior}万元增加${up}万元。`;
          expect(errors(line)).toEqual([]);
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe('a rate after a budget adjustment’s 调增 / 调减 in other words is not that change’s rate (388 L6)', () => {
  it('the published 388 lines raise nothing', () => {
    const text = [
      '1.收入调整。全县一般公共预算总财力拟调整为635000万元,比县第十七届人大常委会第三十七次会议批准的调整预算(以下简称“中期调整预算”)调增93000万元,比上年同口径下降(以下简称“下降”)20.4%,剔除债券转贷收入、调入资金因素后总财力为567400万元,下降19.6%。',
      '——本级财政收入拟调整为134000万元,下降5.3%。其中:税收收入拟调整为85000万元,调减16000万元,下降9.7%;非税收入49000万元,保持不变,增长3.6%。',
    ].join('\n');
    expect(findings(text)).toEqual([]);
  });

  it('property: any rate after 调减 passes; the same rate after 比上年减少 is still checked', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10_000, max: 900_000 }),
        fc.integer({ min: 100, max: 9_000 }),
        fc.integer({ min: 1, max: 400 }),
        fc.constantFrom<[string, string]>(['调减', '下降'], ['调增', '增长']),
        (adjusted, by, tenths, [adjustWord, rateWord]) => {
          const rate = (tenths / 10).toFixed(1);
          const line = `税收收入拟调整为${adjusted}万元,${adjustWord}${by}万元,${rateWord}${rate}%。`;
          expect(errors(line)).toEqual([]);
          const prior = adjustWord === '调减' ? adjusted + by : adjusted - by;
          fc.pre(prior > 0);
          const exact = (by / prior) * 100;
          fc.pre(Math.abs(exact - tenths / 10) > 1);
          const plainWay = adjustWord === '调减' ? '减少' : '增加';
          expect(errors(`税收收入${adjusted}万元,比上年${plainWay}${by}万元,${rateWord}${rate}%。`).length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('a change whose digits are the difference but whose unit is not is a unit to check (389 L6)', () => {
  it('the published 389 line raises one unit warning stating 120万元, no error', () => {
    const line =
      '1.一般公共预算支出情况。2023年1-9月一般公共预算支出完成171,246万元,为县人民代表大会批准全县全年预算206,386万元的83%,比上年同期165,196万元增支6,050万元,增长3.7%,其中:一般公共服务支出12,037万元,比上年同期17,531万元减支5,494万元,下降31.3%;公共安全支出5,379万元,比上年同期4,917万元增支462万元,增长9.4%;科学技术支出259万元,比上年同期139万元增支120元,增长86.3%;文化旅游体育与传媒支出2,865万元,比上年同期1,283万元增支1,582万元,增长123.3%。';
    const found = findings(line);
    expect(found.filter((f) => f.severity === 'error')).toEqual([]);
    const unit = found.filter((f) => f.rule === 'narrative/unit');
    expect(unit).toHaveLength(1);
    expect(unit[0].severity).toBe('warning');
    expect(unit[0].message).toContain('120.00万元');
  });

  it('property: the same digits in 元 for a 万元 difference are a warning; other digits are an error', () => {
    fc.assert(
      // Changes of at least 10万元: smaller ones are within the rounding of two whole-万元 figures either way.
      fc.property(fc.integer({ min: 1_000, max: 90_000 }), fc.integer({ min: 10, max: 900 }), fc.boolean(), (prior, change, sameDigits) => {
        const current = prior + change;
        const printed = sameDigits ? change : change + 7;
        const line = `科学技术支出${current}万元,比上年同期${prior}万元增支${printed}元,增长${((change / prior) * 100).toFixed(1)}%。`;
        const found = findings(line);
        if (sameDigits) {
          expect(found.filter((f) => f.severity === 'error')).toEqual([]);
          expect(found.filter((f) => f.rule === 'narrative/unit' && f.severity === 'warning')).toHaveLength(1);
        } else {
          expect(found.filter((f) => f.severity === 'error').length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 120 },
    );
  });
});

describe('an ellipsis inside a quotation leaves out quoted words, it is no placeholder (391 L2)', () => {
  it('the published 391 line raises nothing', () => {
    const line =
      '  根据《中华人民共和国预算法》第三十五条“省、自治区、直辖市依照国务院下达的限额举借的债务,列入本级预算调整方案,报本级人民代表大会常务委员会批准。”第六十七条“经地方各级人民代表大会批准的地方各级预算,在执行中出现需要增加或者减少预算总支出的,需要调入预算稳定调节基金的……应当进行预算调整。”第六十九条“在预算执行中,各级政府对于必须进行的预算调整,应当编制预算调整方案。”的规定,对2018年财政预算予以调整,具体方案如下:';
    expect(findings(line)).toEqual([]);
  });

  it('property: an ellipsis between quotation marks passes; one outside them is still a placeholder', () => {
    const placeholder = (text: string) => findings(text).filter((f) => f.rule === 'narrative/placeholder');
    fc.assert(
      fc.property(
        fc.constantFrom<[string, string]>(['“', '”'], ['「', '」'], ['"', '"']),
        fc.constantFrom('需要调入预算稳定调节基金的', '在执行中出现需要增加预算总支出的', '依照国务院下达的限额'),
        fc.constantFrom('应当进行预算调整。', '报本级人民代表大会常务委员会批准。'),
        fc.boolean(),
        ([open, close], before, after, quoted) => {
          const text = quoted ? `根据第六十七条${open}${before}……${after}${close}的规定,对预算予以调整。` : `根据第六十七条${open}${before}${after}${close}的规定,对预算……予以调整。`;
          if (quoted) expect(placeholder(text)).toEqual([]);
          else expect(placeholder(text)).toHaveLength(1);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('a 其中 whose sentence names one of the figures before it, ending in 其他方面, is that figure’s whole (390 L3)', () => {
  it('the published 390 lines raise one error, 22.38 against 27.38', () => {
    const text = [
      '2024 年,市级留用新增债券27.38亿元,再融资债券 21.33亿元。市级留用新增债券共安排20个项目,其中,社会事业方面8.4亿元,农林水利方面5.87亿元,市政和产业园区基础设施方面2.9亿元,交通基础设施方面2.2亿元,其他方面3.01亿元。市级留用的再融资债券,全部按规定偿还到期的政府债券本金,规范政府债务管理,减轻政府还本压力。',
      '截至2024年底,全市政府债务余额1557.34亿元,未突破政府债务限额。其中,市级政府债务余额466.35亿元,县(市、区)政府债务余额1090.99亿元,均控制在限额之内。',
    ].join('\n');
    const found = findings(text);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('error');
    expect(found[0].message).toContain('27.38亿元');
    expect(found[0].message).toContain('22.38亿元');
  });

  it('property: parts making the named figure pass; short of it, an error on it when the last is 其他方面, none when it is 其他支出', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 9_000 }),
        fc.integer({ min: 100, max: 9_000 }),
        fc.integer({ min: 100, max: 9_000 }),
        fc.integer({ min: 100, max: 90_000 }),
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom('其他方面', '其他支出'),
        (a, b, c, other, shortChoice, lastName) => {
          const short = [0, 0, 500][shortChoice];
          const whole = a + b + c + short;
          fc.pre(other !== whole && other !== a + b + c);
          const yi = (n: number) => (n / 100).toFixed(2);
          const text = `2024年,市级留用新增债券${yi(whole)}亿元,再融资债券${yi(other)}亿元。市级留用新增债券共安排12个项目,其中,社会事业方面${yi(a)}亿元,农林水利方面${yi(b)}亿元,${lastName}${yi(c)}亿元。`;
          const found = errors(text);
          if (short === 0 || lastName === '其他支出') expect(found).toEqual([]);
          else expect(found.filter((f) => f.message.includes(`${yi(whole)}亿元`))).toHaveLength(1);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('a figure printed from its thousands separator on, the tail of the same item’s figure, lost its leading digits (396 L14)', () => {
  const lines = (text: string) => findings(text).filter((f) => f.rule === 'narrative/duplicate');
  it('the published 396 lines raise one warning, 1,867.48 for ,867.48', () => {
    const text = readFileSync('test/corpus/narrative/texts/396.txt', 'utf8');
    const found = findings(text);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('warning');
    expect(found[0].cell).toBe('L14');
    expect(found[0].message).toContain('1,867.48万元');
  });

  it('property: the lost digits are asked of only when another figure of the item ends in the same digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 100_00, max: 999_99 }), fc.boolean(), (thousands, tail, sameTail) => {
        const printedTail = (tail / 100).toFixed(2);
        const whole = `${thousands},${printedTail}`;
        const other = sameTail ? printedTail : ((tail === 999_99 ? tail - 1 : tail + 1) / 100).toFixed(2);
        const text = [`全镇本级一般公共预算支出${whole}万元,支出总计${whole}万元,当年实现收支平衡。`, `二、地方财力及平衡情况`, `支出总计,${other}万元,当年收支平衡。`].join('\n');
        expect(lines(text)).toHaveLength(sameTail ? 1 : 0);
      }),
      { numRuns: 100 },
    );
  });
});
