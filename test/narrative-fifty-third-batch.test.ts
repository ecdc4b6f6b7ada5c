/**
 * What the fifty-third held-out batch (texts 442–450, test/corpus/README.md) showed the checker calling wrong on correct figures.
 * - 443 L1 (1 error): a 区 决算 flattened to one line, '1.全区…上年结转收入7.7亿元…。 2.区本级一般公共预算收支决算情况 区本级…加上年结转收入
 *   6.9亿元' — the 全区 and 区本级 figures taken for one item stated twice, '同一项目前后数字不一致'.
 * - 444 L1 (1 error): a 体育彩票公益金 notice on one line, '1、群众性综合运动会654.17万元,其中补助地方30万元; 2、示范性全民健身活动
 *   559.52万元; 3、其他活动219.41万元' — the next numbered items summed under the first item's 其中, '30.00 + 559.52 + 219.41 = 808.93'.
 * - 446 L24 (1 error): a 区 决算, '其中税收收入30751万元,非税收入5374万元,地方一般公共预算收入税占比85.12%' — the tax share given to the
 *   非税收入 before it, '…应为14.88%…文中为85.12%'.
 * - 447 L8 (1 error, on a keyed warning, against the wrong total): '…城市维护建设支出1450万元。置换出来的年初预算资金用于“保工资”,落实全区干部职工
 *   待遇,其中绩效考评奖金6938万元、…' — the 其中 of the 保工资 read as the list of the 1450 before it.
 * - 448 L12 (1 warning): a 民政局's '总计下达305万元。其中:①…30万元和…40万元。②…分配…235万元' — called short at 30 + 40, the ② item not read.
 * - 442, 449 ('未说明原因' warnings): a 县's '2023年天等县决算(草案)的报告' (草案 in brackets) and a 县's 预算执行 说明 stating its
 *   返还性收入 and 一般性转移支付收入 — a jurisdiction's report, which states changes without a reason for each.
 * Wordings and figures of the properties are invented variants.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';
import { readGovernmentReport } from '../src/engine/narrative/text/checks/reasons';

const loud = (text: string) => checkNarrativeText(text).filter((f) => f.severity !== 'info');
const errorsWith = (text: string, words: string) => loud(text).filter((f) => f.severity === 'error' && f.message.includes(words));

const LINE_443 =
  '一、2021年财政决算主要情况 (一)2021年一般公共预算收支决算情况 1.全区一般公共预算收支决算情况 全区一般公共预算收入331.1亿元,增长11%。加市级财政税收返还和补助收入109.6亿元、上年结转收入7.7亿元、地方政府一般债务转贷收入28.5亿元、调入资金4.3亿元、动用预算稳定调节基金9.5亿元,收入总量为490.7亿元。全区一般公共预算收支决算平衡。 2.区本级一般公共预算收支决算情况 区本级一般公共预算财力249.2亿元(含市拨专款54.5亿元),加上年结转收入6.9亿元、地方政府一般债务转贷收入28.5亿元、调入资金4.3亿元、动用预算稳定调节基金9.1亿元,收入总量为298亿元。';

describe('a numbered heading inside a one-line passage starts another item (443 L1)', () => {
  it('the published 443 line: the 全区 and 区本级 上年结转 are not one item stated twice', () => {
    expect(errorsWith(LINE_443, '前后数字不一致')).toEqual([]);
  });

  it('without the heading between them, two figures of one item still differ (the check is not switched off)', () => {
    const text = LINE_443.replace(' 2.区本级一般公共预算收支决算情况 区本级', ' 区本级');
    expect(errorsWith(text, '前后数字不一致')).toHaveLength(1);
  });

  it('property: two 上年结转 figures differ only under two numbered headings of one line', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 90 }), fc.integer({ min: 2, max: 9 }), fc.boolean(), fc.constantFrom('2.', '(二)', '二、'), (x, gap, headed, mark) => {
        const second = `${headed ? ` ${mark}县本级收支情况 ` : ' '}县本级一般公共预算收入200亿元,加上年结转收入${x + gap}亿元,收入总量为${200 + x + gap}亿元。`;
        const text = `1.全县收支情况 全县一般公共预算收入300亿元,加上年结转收入${x}亿元,收入总量为${300 + x}亿元。全县收支平衡。${second}`;
        expect(errorsWith(text, '前后数字不一致').length === 0).toBe(headed);
      }),
    );
  });
});

const LINE_444 =
  '(一)资助或组织开展全民健身活动1433.1万元,其中补助地方249.41万元。 1、群众性综合运动会654.17万元,其中补助地方30万元; 2、示范性全民健身活动559.52万元; 3、其他活动219.41万元。';

describe('a numbered item after a 其中 is the next sibling of the 其中\'s head (444 L1)', () => {
  it('the published 444 items: 559.52 and 219.41 are not parts of 群众性综合运动会 654.17', () => {
    expect(errorsWith(LINE_444, '之和')).toEqual([]);
  });

  it('a 其中 above its item is still an error', () => {
    expect(errorsWith(LINE_444.replace('其中补助地方30万元', '其中补助地方700万元'), '不能大于')).toHaveLength(1);
  });

  it('property: numbered items after an item\'s 其中 are never summed under it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 100, max: 900 }), { minLength: 2, maxLength: 4 }), fc.integer({ min: 1, max: 99 }), fc.constantFrom('、', '.'), (items, share, dot) => {
        const list = items.map((x, i) => `${i + 1}${dot}${"甲乙丙丁"[i]}项活动${x}万元${i === 0 ? `,其中补助地方${share}万元` : ''}`).join('; ');
        expect(errorsWith(`(一)活动经费${items.reduce((a, b) => a + b, 0)}万元。 ${list}。`, '之和')).toEqual([]);
      }),
    );
  });
});

const LINE_446 =
  '收入方面:2019年区级一般公共预算收入完成36125万元,为年度预算的102.99%,较上年增收2719万元,增长8.14%。其中税收收入30751万元,非税收入5374万元,地方一般公共预算收入税占比85.12%。';

describe('words before 占比 that name another than the figure before them (446 L24)', () => {
  it('the published 446 line: the 税占比 is not the 非税收入\'s share', () => {
    expect(errorsWith(LINE_446, '比例应为')).toEqual([]);
  });

  it('a 占比 naming the figure before it is still checked', () => {
    expect(errorsWith(LINE_446.replace('地方一般公共预算收入税占比85.12%', '非税收入占比20.00%'), '比例应为')).toHaveLength(1);
  });

  it('property: a wrong 占比 is an error when its words name the figure or nothing, silent when they name another', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9000 }), fc.integer({ min: 1000, max: 9000 }), fc.constantFrom('', '非税收入', '收入税'), (tax, other, words) => {
        const total = tax + other;
        const wrong = ((other / total) * 100 + 7).toFixed(2);
        const text = `一般公共预算收入完成${total}万元。其中税收收入${tax}万元,非税收入${other}万元,${words}占比${wrong}%。`;
        expect(errorsWith(text, '比例应为').length > 0).toBe(words !== '收入税');
      }),
    );
  });
});

const LINES_447 =
  '建议此项资金用于置换年初预算安排的国债还本支出2150万元、教育基本建设支出4500万元、城市维护建设支出1450万元。置换出来的年初预算资金用于“保工资”,落实全区干部职工待遇,其中绩效考评奖金6938万元、年终考核奖金1033万元、交通补助199万元。';

describe('a 其中 whose own sentence opens with clauses naming another thing (447 L8)', () => {
  it('the published 447 sentence: 6938 + 1033 + 199 is not a list of 城市维护建设支出 1450', () => {
    expect(errorsWith(LINES_447, '之和')).toEqual([]);
  });

  it('clauses that name the figure before keep it as the head', () => {
    const text = LINES_447.replace('置换出来的年初预算资金用于“保工资”,落实全区干部职工待遇,', '城市维护建设支出用于道路,落实维护,');
    expect(errorsWith(text, '之和')).toHaveLength(1);
  });

  it('property: the figure before heads the 其中 only when the opening clauses name it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 100, max: 900 }), { minLength: 2, maxLength: 3 }), fc.integer({ min: 50, max: 90 }), fc.boolean(), (parts, head, named) => {
        const opening = named ? '城市维护建设支出用于道路,落实维护,' : '置换出来的资金用于“保工资”,落实干部待遇,';
        const list = parts.map((x, i) => `项目${i + 1}${x}万元`).join('、');
        const text = `建议用于教育基本建设支出4500万元、城市维护建设支出${head}万元。${opening}其中${list}。`;
        expect(errorsWith(text, '之和').length > 0).toBe(named);
      }),
    );
  });
});

const LINE_448 =
  '  (1)下达漳州市老年人福利类项目196万元、儿童福利类项目69万元、社会公益类项目计40万元,总计下达305万元。其中:①省级直接下达平和县老年人福利类项目30万元和社会公益类项目40万元。②2022年4月22日,根据通知,分配各县(区)、古雷开发区235万元(具体分配详见附件2)。';
const shortWarnings = (text: string) => loud(text).filter((f) => f.message.includes('若所列未含全部项目'));

describe('a list read under ① while the passage goes on with ② (448 L12)', () => {
  it('the published 448 line: 30 + 40 is the ① item, not all of 305', () => {
    expect(shortWarnings(LINE_448)).toEqual([]);
  });

  it('without the ② item the short list is still asked about', () => {
    expect(shortWarnings(LINE_448.slice(0, LINE_448.indexOf('②')))).toHaveLength(1);
  });

  it('property: a short list under a circled number is asked about only when no next circled item follows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 90 }), fc.integer({ min: 10, max: 90 }), fc.integer({ min: 100, max: 400 }), fc.integer({ min: 0, max: 8 }), fc.boolean(), (a, b, rest, k, goesOn) => {
        const first = String.fromCharCode(0x2460 + k);
        const next = String.fromCharCode(0x2460 + k + 1);
        const text = `下达老年人福利类项目${a + b + rest}万元,总计下达${a + b + rest}万元。其中:${first}直接下达甲县项目${a}万元和乙项目${b}万元。${goesOn ? `${next}分配各县${rest}万元。` : ''}`;
        expect(shortWarnings(text).length === 0).toBe(goesOn);
      }),
    );
  });
});

describe('a jurisdiction\'s report: 决算(草案) in brackets, 返还性收入 received (442, 449)', () => {
  const LINE_442 = '1.一般公共预算收入决算情况。2023年,地方一般公共预算收入38941万元,完成预算的107.47%,同比增收7796万元,增长25.03%。';
  const reasons = (text: string) => loud(text).filter((f) => f.message.includes('未说明原因'));

  it('the 442 title makes its lines a report to the 人大: no reason asked', () => {
    expect(reasons(`2023年天等县决算(草案)的报告\n受县人民政府委托,我局坚持…\n${LINE_442}`)).toEqual([]);
    expect(reasons(`本局2023年情况\n受县人民政府委托,我局坚持…\n${LINE_442}`)).toHaveLength(1);
  });

  it('the 449 line, with its 返还性收入 and 一般性转移支付收入, is a government\'s report though it mentions “三公”经费', () => {
    const line449 = '——一般公共预算收入88435万元,完成调整预算的99.2 %,较上年增长19.7%,上级补助405490万元,其中:返还性收入2275万元、一般性转移支付收入336747万元、专项转移支付收入66468万元。';
    expect(reasons(`现将2023年“三公”经费预算予以说明。\n${line449}`)).toEqual([]);
    expect(reasons(`现将2023年“三公”经费预算予以说明。\n${line449.replace(/,上级补助.*。$/, '。')}`).length).toBeGreaterThan(0);
  });

  it('property: 决算草案 with or without brackets, and a stated 返还性收入, make a government report; 部门决算 does not', () => {
    fc.assert(
      fc.property(fc.constantFrom('决算', '预算'), fc.constantFrom('草案', '(草案)', '（草案）'), fc.integer({ min: 2016, max: 2026 }), fc.integer({ min: 1, max: 99999 }), (kind, draft, year, amount) => {
        expect(readGovernmentReport(`${year}年某县${kind}${draft}的报告`)).toBe(true);
        expect(readGovernmentReport(`我局${year}年部门${kind}${draft}`)).toBe(false);
        expect(readGovernmentReport(`我局“三公”经费说明。返还性收入${amount}万元`)).toBe(true);
      }),
    );
  });
});
