/**
 * Which corpus documents came in which batch. A held-out batch was added after the checker had been
 * tuned on the earlier ones, and measured first with a checker that had not seen it; its totals apart
 * from the rest show how the checker does on real documents nobody tuned it on (test/corpus/README.md).
 */
import type { DocumentScore } from './score';

export interface Batch {
  name: string;
  /** What the checker that had not yet seen the batch scored on it, as recorded when it was added. */
  firstMeasured?: string;
  /** Corpus document ids: a workbook's name (all its modes) or `narrative/NN`. */
  has(id: string): boolean;
}

const narrativeNumber = (id: string): number | undefined => {
  const m = /^narrative\/(\d+)$/.exec(id);
  return m ? Number(m[1]) : undefined;
};

const narrativeRange = (from: number, to: number) => (id: string) => {
  const n = narrativeNumber(id);
  return n !== undefined && n >= from && n <= to;
};

const FOURTH_BATCH_WORKBOOKS = ['jiaoyuju-2020', 'nantong-guoziwei-2016', 'guilin-sifaju-2015', 'yueyang-taichuangyuan-2017', 'cqjb-2021'];
const EIGHTH_BATCH_WORKBOOKS = ['shidian-2016', 'dazhou-huancheng-2014', 'yueyang-wenlian-2017', 'gd-jiguan-sangong-2019'];
const SIXTEENTH_BATCH_WORKBOOKS = ['changning-kasi-2024', 'changning-xianbenji-2015', 'yueyang-xian-2015'];
const EIGHTEENTH_BATCH_WORKBOOKS = ['shouxian-sifaju-2022', 'xuanzhou-shenjiju-2018', 'ningguo-jiaotong-2013'];
const TWENTY_FIRST_BATCH_WORKBOOKS = ['kaiyuan-2017', 'honghe-xian-2018'];
// guojia-pingheng-1996 (a country's 财政收支平衡表 from a statistical yearbook) was taken out of scoring at merge: it is no
// 部门 publication table, so not what the checker is for; the batch's test keeps it as a workbook it must stay silent on.
const TWENTY_FOURTH_BATCH_WORKBOOKS = ['fuyuan-zhengfuban-2018'];
const TWENTY_NINTH_BATCH_WORKBOOKS = ['putuo-shengtai-2025'];
const THIRTY_SECOND_BATCH_WORKBOOKS = ['putuo-wenlv-2026', 'putuo-wenlv-2025'];
const THIRTY_FOURTH_BATCH_WORKBOOKS = ['putuo-yichuan-2025'];
const THIRTY_SIXTH_BATCH_WORKBOOKS = ['fengxin-sangong-2023', 'qujiang-sangong-2016', 'yibin-shibenji-2017'];
const THIRTY_EIGHTH_BATCH_WORKBOOKS = ['shiquan-benji-2026'];

export const HELD_OUT_BATCHES: Batch[] = [
  {
    name: 'second batch, held out: texts 44–63 and chengguan-2026',
    firstMeasured:
      '1 false error (49 L10, a 差值 read as a total), 2 false warnings (53 L4, 61 L26); keyed errors 6/6 with a finding on the line, of them 2–4 with the right arithmetic; soft problems 6/7',
    has: (id) => narrativeRange(44, 63)(id) || id === 'chengguan-2026',
  },
  {
    name: 'third batch, held out: texts 64–79',
    firstMeasured:
      "2 false errors (75 L8, L18: a letter-spaced PDF text layer), 1 wrong error on a keyed line (72 L30), 1 false warning (77 L1); keyed errors 6/6 and soft problems 10/10, each stating the key's figures",
    has: narrativeRange(64, 79),
  },
  {
    name: 'fourth batch, held out: five workbooks from other localities (三公 tables, a 收支总表)',
    firstMeasured:
      'tables recognized 5/5 (sheet + kind); 0 false errors; 2 false warnings of 2 (nantong B6/C6: the printed 单位不需填列 called a number written as text); keyed errors 0/4 (guilin: 公务用车费 0 over its 其中 32.65 not seen — the vertical 三公 sums ran on only one of the four 三公 tables, “没有可核对的数字” on the others)',
    has: (id) => FOURTH_BATCH_WORKBOOKS.includes(id),
  },
  {
    name: 'fifth batch, held out: texts 80–95',
    firstMeasured:
      "5 false errors (88 L10 ×2: 上年结余 items of one list taken for one item; 94 L4, 95 L2 ×2: shares stated respectively ('分别为A、B和C，占…X%、Y%和Z%') all paired with the last amount) and 3 errors on a keyed warning line for the wrong reason (82 L7: the 2021 items read as 2022 ones, since '807.95万' is not read); 5 false warnings (89 L40, 90 L17, 93 L16, L18 ×2: changes in 政府/news reports without a reason, two of them with the reason written before the figure); keyed errors 2/3 (83 L25, a rate impossible for its amounts, missed; 82 L9 hit only by a wrong 'no reason' warning), soft problems 1/2 (93 L10 missed; 82 L7 hit only by the wrong errors)",
    has: narrativeRange(80, 95),
  },
  {
    name: 'sixth batch, held out: texts 96–110',
    firstMeasured:
      "5 false errors (96 L7 ×2: a 其中 list of 类 that names only some taken as complete, and '支出较去年增加105.77' after it taken for the last item's change; 97 L4 ×2: a sibling written inside the 含 parentheses taken as a fifth part, and the outer list's 收入合计/支出合计 taken as parts; 109 L1: '增收2546' not read as a change and taken for the total of the 其中 after it); 30 false warnings of 31 (26 '未说明原因' on changes in 镇/县/市/national finance reports: 97 ×9, 100 ×4, 101 ×4, 99 ×2 — one with its cause written first after an ASCII '.', 103 ×2, 109 ×2, 110 ×2, 108; 4 in 106: a flattened table's headings '占调整预算%', '比上年增长%' read as percentages without a number); no keyed errors; soft problems 1/1 (98 L21, with the key's arithmetic)",
    has: narrativeRange(96, 110),
  },
  {
    name: 'seventh batch, held out: texts 111–126',
    firstMeasured:
      "2 false errors (112 L15: '…等工资福利支出占基本支出的94.3%' paired with the 日常支出 2638.2 before it; 112 L12: '纳入2015年部门预算编报的单位' in the 2016 budget called a wrong year at error level); 12 false warnings of 13 (116 L2 ×4: a province's “三公” changes whose reason follows ('降幅较大的主要原因是'); 117 L2 ×3: the template's unfilled '占 %'; 118 L1 ×2: '同口径比2018年' item changes whose reason is in the next paragraph; 112 L15: '年人均办公费387元,车年均保险费4500元' summed as parts of 公用经费 110.56; 122 L35: a numbered 其中 list cut by the end of the copy; 125 L5: '0.7亿' not read, so 0.3 + 3 ≠ 4); keyed errors 2/2 only through a wrong '未说明原因' warning on 113 L5 (the rate taken on the current year not seen); soft problems 0/1 (111 L13 missed)",
    has: narrativeRange(111, 126),
  },
  {
    name: 'eighth batch, held out: 4 workbooks from 施甸 (云南), 达州 (四川), 岳阳县文联 (湖南) and a 广东 部门 (三公 决算 with changes, 三公 by source, 行政经费)',
    firstMeasured:
      'tables recognized 4/4 (sheet + kind, units right; the 施甸 table cut at its 口径说明 heading); 6 false errors of 8 (shidian E6, E9: the 增、减幅度 percentages summed down the 其中 lines; yueyang-wenlian B7, B9, B16, B17: the 预算数合计 of lines whose 拨款 source columns are blank, the 相关统计数 counts among them, compared with those blanks as 0); 1 false warning of 1 (yueyang-wenlian B18: the 说明 sentence in the figure columns called a number typed as text); keyed errors 2/2 (yueyang-wenlian B5, B8, with the key\'s figures)',
    has: (id) => EIGHTH_BATCH_WORKBOOKS.includes(id),
  },
  {
    name: 'ninth batch, held out: texts 127–136',
    firstMeasured:
      "no false error by line, but 1 error on a keyed line for a wrong reason (134 L11: the 42.1949 increase of 财政拨款收入 276.0605 paired with its last component, 补助收入 14.0723, 'prior negative'); 1 false warning of 3 (132 L51: '增长10.87%' in a 区 决算草案 asked for a reason) and 2 warnings on keyed lines for wrong reasons (127 L2: the 2016 and 2015 公务接待费, 8 + 12.5, summed as parts of the 2015 total 57.55 — the real slip, 4.35 for 12.5 − 8 = 4.5, not seen; 133 L9: a four-decimal rate cut rather than rounded, 6.2118% for 6.21187%, a trap next to keyed L8); keyed errors 5/5 on the line, 2/5 with the key's arithmetic (133 L16, 134 L13); soft problems 1/1 only through the wrong 134 L11 error",
    has: narrativeRange(127, 136),
  },
  {
    name: 'tenth batch, held out: texts 137–146',
    firstMeasured:
      "no false error, no false warning (0 of 1 error and 0 of 1 warning raised were false); keyed errors 1/1 with the key's arithmetic (138 L2: the change 15.15 against its items' −0.26 + 14.79 = 14.53 as an error, and the total 31.23 against 1.58 + 28.91 + 0 = 30.49 as a warning asking for the missing items); soft problems 0/1 (138 L4: '公务接待费1.58元' beside 1.58万元 for the same item, a unit slip, not read). Silent where figures could have been checked: 141 L1 (5834 '其中:' four kinds, 7 figures 'not checked'), 146 (2711.65 = 617 + 1229.65 + 865, 10 figures 'not checked') and the flattened tables of 141, 142 and 145",
    has: narrativeRange(137, 146),
  },
  {
    name: 'eleventh batch, held out: texts 147–158',
    firstMeasured:
      "5 false errors of 5 (151 L21 ×2 and 158 L5, L6: a budget printed as an amount before its change, '较预算数339万元减少217万元', '相比年初预算数的1.5亿元减少0.3亿元', read as the current figure, so 339 + 217 = 556 and 1.5 + 0.3 = 1.8 taken as the budget; 155 L4: the mirror's mojibake '?8639万元' (the first digit of 48639 lost) read as 8639 and called short of its 其中 items, 34556); 35 warnings, all wrong, 33 counted false and 2 landing by chance beside keyed 156 L15 (26 '未说明原因' on 区本级/州本级/市级 reports of a whole jurisdiction: 156 ×16, 155 ×5, 151 ×6 counting the template's 下降100% of 因公出国, 158 ×3 — a news report on 北京 市级 “三公”; 157 L3 ×3: a 财政厅's changes whose reasons stand in the next paragraphs under '…大于上年决算数的主要情况:'; 2 sums cut short: 151 L21 1134 against 0 + 122, the 公务用车 item standing in the next sentence after '。', and 157 L3 62.07 against 12.02 + 27.46, the list stopped at the 公务用车 item's nested '其中:'); no keyed errors; soft problems 0/3 with the key's arithmetic (148 L14 and 151 L17 missed; 156 L15 hit only by the wrong reason warnings on L14 and L16)",
    has: narrativeRange(147, 158),
  },
  {
    name: 'twelfth batch, held out: texts 159–170',
    firstMeasured:
      "2 false errors of 10 (162 L1: '截至2023年6月末…执行政府采购预算' called a wrong year, '本预算应截至2021年底'; 165 L8: the keyed slip itself — '公务用车购置及运行维护费支出4.02万元' against its 其中 0 + 0 — found on the total's line, two lines from the key's L10) and 2 more errors on a keyed warning line for a wrong reason (161 L17: a prior printed before a change that lacks its 增加, '较2022年决算数441.63万元129.41万元,增长29.3%', read as a total '较：129.41万元' of the figures after it, 507.98 + 427.83 + 80.15, and '较：131.49万元' likewise); 1 false warning of 14 (169 L7: 7738.1 + 14486.8 + 11704.8 = 33929.7 against 33929.6, 0.1 over three parts rounded to 0.1 亿元) and 6 more warnings on keyed lines for wrong reasons (161 L17 ×5: '较2022年决算数688.84万元' called a change without its way, the '增长19.09%' after it not read as the way; 160 L81: '下降34%' asked for a reason stated for the same change in L74); keyed errors 6/7 with the key's arithmetic (159 L27, L29 ×2, L30; 165 L6 ×2; 165 L10 missed, found at L8); soft problems 8/11 on the line, 7/11 with the key's arithmetic (161 L17 ×4 and 163 L26 ×2, L34; 160 L81 hit only by the wrong reason warning; 160 L27 — a stale 2022 in the 2023 决算's scope sentence —, 168 L22 and 170 L1 missed)",
    has: narrativeRange(159, 170),
  },
  {
    name: 'thirteenth batch, held out: texts 171–181',
    firstMeasured:
      "no false error; 3 false warnings of 3 (174 L98: a 卫生院's 总收入 1335.34 against its '其中:' 财政拨款 448.87 + 非税收入拨款 0 + 其他收入 0, a list that leaves out 事业收入, called short — though 448.87's printed share of 1335.34, 33.61%, confirms the total; 177 L9 ×2: '未说明原因' on a newspaper's report of a city's 市本级 “三公” 预算, 公务接待费 −22.4% and the total −13.6%); keyed errors 0/1 and soft problems 0/1 (175 L1: the form's 年度资金总额 0 / 0 / 0 over its 其中 90 / 89.974 / 89.974, and 89.97 against 30 + 30 + 29.99 = 89.99, both in a one-line flattened 绩效自评表, not read); silent on every trap (171 L14's nested 监狱 款, 179's rounded 42.2%, 181's 22126 against 22127)",
    has: narrativeRange(171, 181),
  },
  {
    name: 'fourteenth batch, held out: texts 182–192',
    firstMeasured:
      "2 false errors of 7 (186 L2: a statistics bulletin's '民生支出24.15亿元…卫生健康支出2.52亿元…教育支出6.73亿元' — 类 inside the 民生 aggregate — summed as three parts of 一般公共预算支出 29.92, 33.40 ≠ 29.92; 186 L3: '本外币贷款余额115.69亿元' after a ';' taken as a second part of the 存款余额 308.74's '其中,住户存款余额269.52亿元', 385.21 ≠ 308.74) and 4 errors on keyed lines with the wrong arithmetic (189 L9 ×2, L10 ×2: the shares of 收入 and 支出 checked against the sum of the two listed parts, 553.09 and 525.43, instead of the printed totals 597.52 and 525.54 — so the correct 29.67% and 84.83% were called wrong, and 70.33% was called 67.95% where it is 62.89% of 597.52; the 0.11 gap of 445.80 + 79.63 against 525.54 not stated); 3 false warnings of 6 (183 L1: a city's '其中' naming 7 类 of its 支出 217.99 asked for the rest; 186 L3: a bulletin's 贷款 115.69 '其中:短期贷款…中长期贷款…' asked for the rest; 192 L1: '占年初预算数109466万元的56.3%' — the budget in a completion rate — taken as the total of 税务 28684 + 财政 32962 = 61646) and 3 more warnings on keyed lines for reasons the key had not listed (189 L9, L10 ×2: changes of 14.01%, 10.16% and 12.16% in a 卫生院 决算 without a reason); keyed errors 2/2 on the line, 1/2 with the key's arithmetic (187 L3: 3.58 ÷ 5.92 = 60.47% for 59.5%; 189 L9 only with the parts-sum denominator); soft problems 2/2 on the line, 0/2 with the key's arithmetic (187 L3 hit only by the 59.5% error; 189 L10 only by the wrong share errors); silent on 182, 184, 185, 188, 190, 191 and on the rounded shares and rates of 186 L2, 187 L4 and 191 L2",
    has: narrativeRange(182, 192),
  },
  {
    name: 'fifteenth batch, held out: texts 193–202',
    firstMeasured:
      "no false error (no error raised); 5 false warnings of 6 (198 L4 ×5: '未说明原因' on a city's 市级 “三公” 预算 whose changes have their reasons earlier in the same paragraph — '其中,公务接待费、因公出国(境)费用、公务用车购置费降幅均超过25%,下降的主要原因是…;公务用车运行维护费上升20.1%,上涨的主要原因是…' — before '从明细看,公务接待费…下降25%', the 公务用车 total +15.57%, 运行维护 +20.1% and 购置 −26.0% implied by their amounts, 出国 −37.64%); no keyed errors; soft problems 1/1 with the key's arithmetic (193 L7: 85.80 ÷ 417.90 = 20.53%, 20.5% for the printed 20.6%); silent on every trap (the 县/区 lines of 193 and the second and third breakdowns of 197 and 201 across paragraphs, 197's 44.5% within the rounding of whole 万元, 198's 867.60 against 867.61, 200's 100% between 101.6% and 96.3%, the counts and ratios of 196). Measured with two more texts, dropped after this run as copies of 117 and 87: 3 warnings on the 117 copy's keyed blanks, nothing on the 87 copy",
    has: narrativeRange(193, 202),
  },
  {
    name: 'sixteenth batch, held out: 3 workbooks from 昌宁 (云南, a 镇 预算 and a 县本级 决算 with changes and rates) and 岳阳县 (湖南, a 三公 汇总 决算)',
    firstMeasured:
      "tables recognized 3/3 (sheet + kind, units right); 0 false errors of 1; 1 false warning of 1 (changning-xianbenji C5: 2015年决算数 1957.23 called 1953.72 + (−3.51) = 1950.21, a consequence of the keyed D5 that the warning itself names as the likely cell); keyed errors 1/3 (D5, the 合计's change −3.51 for 3.51, with the key's figures; the rates E5 −0.2% for +0.18% and E6 437.7% for 439.49% not checked — no rule read a 增、减幅度 column against its figures), soft problems 0/1 (E7 −6.1% for −6.02%)",
    has: (id) => SIXTEENTH_BATCH_WORKBOOKS.includes(id),
  },
  {
    name: 'seventeenth batch, held out: texts 203–217',
    firstMeasured:
      "no false error (1 error raised, on keyed 203 L15); 2 false warnings of 9 (205 L9 ×2: '未说明原因' on a 镇's “三公” 预算, the total's −7.5 and 公务用车运行维护费's −7.5, in the last sentence of the copy, which stops before any reason could follow) and 2 more warnings on a keyed line for a wrong reason (211 L98 ×2: '未说明原因' on a 区's −22.75% and −16.64%, whose causes the passage gives — '是因为…三个单位上划到市级', '这表明…严格控制了…的支出' — while the keyed slip, 16.64% for 933.78 ÷ 5609.85 = 16.645%, went unseen); keyed errors 3/3 on the line, 1/3 with the key's arithmetic (203 L15: 人员经费 3727.71 + 公用经费 353.71 = 4081.42 against 基本支出 3736.92; '增加654万元,增长9%' for 654 ÷ 3082.92 = 21.21% and the parts' changes +654 − 1994.21 = −1340.21 against the whole's −745.91 hit only by other findings on their lines); soft problems 6/6 on the line, 5/6 with the key's arithmetic (203 L11: 3736.92 + 7.4 = 3744.32 of 4213.63; 203 L16: 1994.21 ÷ 2470.92 = 80.7%, 81% for 80%; 213 L39, L41, L45: a 区本级 “三公” 预算's changes with no reason; 211 L98 hit only by the wrong reason warnings); silent on every trap (212's '1, 537.4', 214's 总收入 104.05 against six parts making 104.04, 208's four kinds nested in the 公务用车 line, the flattened tables of 207, 210, 211 and 213, the 天津 reports' rates)",
    has: narrativeRange(203, 217),
  },
  {
    name: 'eighteenth batch, held out: 3 workbooks with their 情况说明 from 寿县, 宣州区 and 宁国 (安徽; “三公” 预算 and 决算 tables)',
    firstMeasured:
      "tables recognized 3/3 (sheet + kind, units right); 0 false errors of 6; no warning raised; 2 errors on keyed warnings (too loud: xuanzhou B3, the 合计 3.1 called wrong against 0 + blank + blank where the blank 公务接待费 B5 is the slip; ningguo B7, 公务用车购置及运行费 32.5 called wrong against its two blank 其中 rows); keyed errors 2/3 with the key's figures (shouxian L5: 运行费 50 / 购置费 25 against the table's 25 / 50, both ways; xuanzhou L2–L3: 公务接待费 3.1 against the table's blank, read as 0.00; xuanzhou B5 missed — the finding sits on the 合计), soft problems 2/4 (xuanzhou B3 and ningguo B7 only through those errors; ningguo B8 and text L5 — the text's 运行维护费 32.5 against the blank 其中 row — missed)",
    has: (id) => EIGHTEENTH_BATCH_WORKBOOKS.includes(id),
  },
  {
    name: 'nineteenth batch, held out: texts 218–225',
    firstMeasured:
      "1 false error of 1 (218 L11: '——其它人员经费177.48万元' under 'A、人员经费5836.98万元' (L9) taken for the same item stated twice with another figure, '同一项目前后数字不一致', because one name ends with the other); no warning raised; keyed errors 0/2 (221 L38: 财政拨款收入 213.24 '占 100 %' of 本年收入合计 231.24 whose other parts are 0, missed; 224 L1: the total's '比预算数减少1188万元' against its items' decreases 31 + 850 + 107 = 988, missed); silent on every other trap (218's 公用经费 list cut by the copy, 219's thousands separators, 222's reason cut by the copy, 223's reasons in a section of their own, 224's flattened table, 225's rates and 0.01 of rounding among three budgets)",
    has: narrativeRange(218, 225),
  },
  {
    name: 'twentieth batch, held out: texts 226–236',
    firstMeasured:
      "no false error (5 errors raised, all on keyed 226 lines); 2 false warnings of 2 (227 L34: a 委员会's “三公” 预算 2800.68 called short of its listed items, 60 + 0 = 60, because the published line lost two item names — '严控290.5万元' (the 公务接待费) and '严格车运行维护费2450.18万元' — and the figures without a name were left out of the sum, 60 + 290.5 + 2450.18 + 0 = 2800.68; 234 L9: '未说明原因' on a 新闻联播 report of the 中央本级 “三公” 预算's −11.7%, whose cause the report gives two paragraphs on, '…减幅为16.2%,是“三公”经费预算大幅下降的主要因素'); keyed errors 5/5 with the key's arithmetic (226 L8, L9, L10: three rates of change taken on this year's figure, 12.61% for 11.20%, 40.48% for 68.03%, 52.26% for 34.32%; 226 L9: the shares 21.59% / 78.41% for 12.59% / 87.41%); silent on every trap (226's 14.18% cut rather than rounded and 0.01 between 16062.73 and its parts, 227's unit counts, 230's thousands separators and 0.01 of rounding both ways, 231's '增长--(基数为0,不可比)' and 0.01 gaps, the template's '完成全年预算0万元的0%' in 231 and 232, the 中央 reports' two bases for one figure in 234 and 236)",
    has: narrativeRange(226, 236),
  },
  {
    name: 'twenty-first batch, held out: 2 workbooks with their 情况说明 from 开远 and 红河县 (云南红河; a “三公” 预算 row for two years, a “三公” 决算 with 行次)',
    firstMeasured:
      "tables recognized 1/2 (kaiyuan-2017, sheet + kind; honghe-xian-2018's 决算 table, with its 行次 column and 栏次 row, not recognized at all — no finding, not even 'not checked'); no error and no warning raised on either workbook or text, so 0 false; keyed soft problems 0/5 (honghe E6: 因公出国's 增加额 blank for 4.20; E5: 93.27 against blank + 66.45 + 22.61; A1, E3: '2017年' over the 2018 决算; text L3: the text's +4.2 against the blank), all with the table unread. The draft from the kaiyuan table states the 2016年预算数 group as the year's figures (2908, 1368, 1540 for the text's 2,310, 1,236, 1,054): the two-year row read by its first group",
    has: (id) => TWENTY_FIRST_BATCH_WORKBOOKS.includes(id),
  },
  {
    name: 'twenty-second batch, held out: texts 237–243',
    firstMeasured:
      "2 errors raised, both on keyed 237 L2, so 0 false by the count — but one of them is wrong: '公务用车购置及运行费1.41亿元,包括公务用车购置费0.14亿元和公务用车运行费1.27亿元,与2015年相比,分别减少0.18亿元和0.56亿元' called short of its parts, 0.14 + 1.27 + 0.56 = 1.97 ≠ 1.41, the change 0.56 after '分别减少' read as a third part; 2 false warnings of 2 (240 L1: '增长8.15%' for 15.18 ÷ 186.07 = 8.158%, a rate cut rather than rounded, called a slip of the last digit; 240 L1: '未说明原因' on 公务用车购置费's −72.09%, in a county's one-line summary whose measures sentence names '加强公务用车购置经费管理' and whose last sentence, on the reasons, is cut by the copy); keyed errors 4/5 on the line, 1/5 with the key's arithmetic (237 L2: 公务接待费 '下降51.7%' for 0.14 ÷ 0.41 = 34.15%; 237 L1's 38.7% for 27.76% and L2's 133.1% and 43.7% for 56.25% and 30.60% only hit by the wrong sum and the 接待费 finding beside them — '减少支出0.88亿元,降幅达到38.7%' and '分别减少…,下降133.1%和43.7%' not read; 238 L5's '完成预算的-69.23%' for 30.77% missed); silent on every other trap (237's change in 万元 beside figures in 亿元, 238's '减少-2.56%', 239's 163.45% and the rate on a zero budget, 241's 3.63% cut rather than rounded and its year split from its line, 242's whole-percent shares and 行政经费 line, 243's headline rates and whole percent)",
    has: narrativeRange(237, 243),
  },
  {
    name: 'twenty-third batch, held out: texts 244–254',
    firstMeasured:
      "no error and no warning raised on any of the eight texts, so 0 false; no keyed problems (the batch is clean); the 'figures' check read 65 of the 99 figures (244: 3 of 10, 245: 3 of 6, 246: 3 of 7, 247: 2 of 5, 248: 16 of 19, 249: 22 of 26, 250: 8 of 17, 251: 8 of 9) and left the rest 'not checked'; silent on every trap (244's 收入总计 change split into 财政拨款收入, 其余收入 and 年初结转和结余 beside a 收入合计 that rose more; 245's reason made of 人员经费, 公用经费 and 项目支出 changes; 246's and 251's 收入合计 rising more than, or against, the 收入总计; 247's '746.50万元上年结转8.01' without a unit; 248's 0.01 over five 类; 249's page opening inside a list in 元 and its closing '其中:'; 250's −79.5 = +4.07 − 83.57). Texts 252–254, added after that run and measured with the same checker: no error and no warning raised, so 0 false; keyed soft problems 0/1 (252 L8: '全年车均运行维护费支出5.97元' for 17.9万元 ÷ 3辆 = 5.97万元 a car, a unit slip, not seen — the page's five figures all 'not checked', its flattened table not read); 253 read 3 of 5 figures, 254 9 of 10; silent on their traps (253's changes whose priors are not printed, 254's nested 其中 rows, 91.98% and shares)",
    has: narrativeRange(244, 254),
  },
  {
    name: 'twenty-fourth batch, held out: 2 workbooks from 富源 (云南曲靖; a “三公” 预算 with its 情况说明, 本年 before 上年) and 国家统计局 (the 1996 国家财政收支平衡表, taken out of scoring at merge: no 部门 table)',
    firstMeasured:
      "tables recognized 1/2 (fuyuan-zhengfuban-2018, sheet + kind; guojia-pingheng-1996's 国家财政收支平衡表, one 亿元 column under '项 目 | 1996' with section heads, not recognized at all — no finding, not even 'not checked'); no error raised, so 0 false; 1 false warning of 1, on the 富源 text in both runs (L4: '未说明原因' on 公务接待费's '减少50%', whose reason the page gives in the table's 备注, '“三公”经费增减变化原因说明:实行厉行节约'); keyed soft problems 0/1 (guojia B10: 经常性支出合计 6014.96 against its five items' 5982.76, the table unread). The 富源 table, '本年年初预算数 | 上年年初预算数' under a title naming a 预算, is read as a 决算 (its 年初预算数 columns taken for a 决算's): the draft written from it is a '部门决算情况说明' giving 预算 16.40 and 决算 0.00, the text's 2.4 and 14 stated as 0.00 (1 of its 5 figures stated alike)",
    has: (id) => TWENTY_FOURTH_BATCH_WORKBOOKS.includes(id),
  },
  {
    name: 'twenty-fifth batch, held out: texts 255–259',
    firstMeasured:
      "no error raised on any of the five texts, so 0 false; 1 warning raised, on keyed 257 L13 with the key's figures (the 支出 类 list 365.51 + 6.62 + 13.43 = 385.56 against 385.8), so 0 false warnings; keyed soft problems 1/4 (256's 0.01 share slips missed: L5 '占总收入的35.39%' for 9,787.85 ÷ 27,664.71 = 35.38%, L10 and L11 '占总支出的45.46%' for 12,270.36 ÷ 26,994.72 = 45.45%); the 'figures' check read 53 of the 114 figures (255: 5 of 12, 256: 18 of 34, 257: 6 of 12, 258: 20 of 50, 259: 4 of 6) and left the rest 'not checked'; silent on every trap (255's one figure stated three times and made by two lists; 256's nested parts of 财政拨款收入 and 项目支出 with thousands separators; 257's change explained by a dropped item and two parts' changes and its '100万'; 258's 23 项 split over PDF lines, its '增加增加27.45万' broken from its unit, its unchanged “三公” items and vehicle counts; 259's headline '约减60万' and its change on two bases). Two info notes name sections as missing that the texts give (255: 支出; 258: 收支总体情况, 一般公共预算)",
    has: narrativeRange(255, 259),
  },
  {
    name: 'twenty-sixth batch, held out: texts 260–269',
    firstMeasured:
      "3 false errors of 4 (267 L5: the 2013 “三公” total 9.5, stated in the lead (L3) and again in the next paragraph, taken for this year's and last year's figures — '按本年9.50亿元、上年9.50亿元计' against '下降13.4%'; 268 L1 ×2: '负增长1.21%' and '负增长0.94%' read as rises, '“减少0.46亿元”与“增1.21%”方向相反'); no warning raised; keyed errors 1/1 with the key's figures (260 L37: 75.35 ÷ 3939.39 = 1.913% for the printed 0.019%); the 'figures' check read 126 of the 205 figures (260: 7 of 8, 261: 8 of 16, 262: 19 of 19, 263: 18 of 34, 264: 21 of 25, 265: 6 of 9, 266: 14 of 27, 267: 6 of 19, 268: 24 of 24, 269: 3 of 24) and left the rest 'not checked'; silent on every other trap (261's one 支出 split three ways and its 人员工资 made of two 经济 items, 262's flattened table, 263's two splits of one total, 264's, 265's and 268 L2's rates within the rounding of their 亿元 amounts, 266's 本级 scope inside the 全区 one, 269's 344.9 against six rounded parts making 344.8)",
    has: narrativeRange(260, 269),
  },
  {
    name: 'twenty-seventh batch, held out: texts 270–274',
    firstMeasured:
      "1 false error of 1 (272 L9: '收支总预算4,471.22万元,含区泾河源山庄管理处经费250万元,政府机关幼儿园经费537.31万元;比2012年预算增加755.18万元,增长20.32%' — the total's change taken for the last unit named inside it, '上年将为537.31 − 755.18 = -217.87万元，不可能为负数'); 1 false warning of 2 (272 L9: '未说明原因' on the 20.32%, whose reason after '主要原因:' is cut by the copy); keyed errors 0/1 (273 L10: the ten 彩票公益金 uses the page lists as the whole, 464.49, against the 466.29 total two paragraphs up, missed); keyed soft problems 1/2 (273 L6: 30.75% for 109.69 ÷ 356.60 = 30.760%, with the key's figures; 270 L8: 收入 68158.05 against its three sources' 65158.05, missed — the sources stand one a line after '其中:', each under its own heading); the 'figures' check read 17 of the 44 figures (270: 7 of 8, 271: 0 of 7, 272: 3 of 5, 273: 4 of 20, 274: 3 of 4) and left the rest 'not checked'; silent on every other trap (270's nested 事业收入 split, 271's head counts and its three changes of different lines in one reason, 272's head counts with the 13 outside the 115, 273's headline '增长30%' read by the page as '30%以上' and its '295亿多元' halves, 274's one change for two totals ('各减少'))",
    has: narrativeRange(270, 274),
  },
  {
    name: 'twenty-eighth batch, held out: texts 275–282',
    firstMeasured:
      "3 false errors of 7 (280 L2 ×3: a 市人大's “三公” 决算 whose budget items, '预算为168.53万元,其中:因公出国(境)费39万元、公务用车运行维护费119.5万元、国内公务接待费10万元', were taken for the same items as their spending later in the sentence — '同一项目前后数字不一致：前文为“因公出国(境)费39万元”，此处为“因公出国(境)费支出52.15万元”', and likewise 119.5 against 104.46 and 10 against 6.96); 2 errors on keyed warnings (too loud: 276 L3, the budget's unit slip read as printed, '115,749.56 ÷ 494,400.00 = 0.002%，文中为23.42%'; 277 L3, '13.49 ÷ 37.11 = 36.351%，文中为36.32%' as an error); 4 false warnings of 4 (280 L2: 39 + 119.5 + 10 = 168.50 against 168.53, a gap the finding itself says the rounding of the printed items explains; 281 L7 and L11 ×2: '未说明原因' on a 区级 “三公” 汇总's −26.61% and its 公务接待费's −100% (no reason in the stored passage, which the copy cuts two sentences later), and on the 接待 批次's '下降100%', a count); keyed errors 2/2 with the key's figures (275 L4: 15.81 ÷ 22.96 = 68.859% for 68.68%; 278 L38: 1.14 ÷ 1.00 = 114% for 1.14%); keyed soft problems 3/3 on the line, through the two errors above (277 L3 with the key's figures; 276 L3's unit slip and its 23.42% for 23.412% both hit by the 0.002% reading of the unit as printed); the 'figures' check read 138 of the 194 figures (275: 21 of 24, 276: 20 of 24, 277: 13 of 22, 278: 12 of 13, 279: 2 of 20, 280: 23 of 32, 281: 21 of 28, 282: 26 of 31) and left the rest 'not checked'; silent on every other trap (275's and 280's rates within the rounding of their printed amounts and their 0.01 gaps, 276's '下降-81.75%', 277's rates restated from its table in the second decimal, 278's flattened table with its nested 其中, 279's five years of budgets and one year's execution, 280's 4.26% moved to make 100, 281's 100% shares and '本年无预算', 282's '占,88.19%' and amounts in 元)",
    has: narrativeRange(275, 282),
  },
  {
    name: 'twenty-ninth batch, held out: 1 workbook with its 情况说明 from 普陀区生态环境局 (上海; the nine tables of a 2025 部门决算, 0.00 printed for every empty figure)',
    firstMeasured:
      "tables recognized 9/9 (sheet + kind, unit 万元); no error raised, so 0 false; 3 false warnings of 14 (the text checked alone counted too): the workbook's 收入决算表 B10, B11 (2080505 '机关事业单位基本养老保险' and 2080506 '机关事业单位职业年金缴费' called incomplete names — the table prints them cut short by their cells, which the key had listed as neither problem nor trap) and, with the text, L44 (the text's whole name '…机关事业单位基本养老保险缴费支出（项）' called unlike the table's, the table's name taken from the 收入决算表's cut-short copy while the 支出决算表 and 一般公共预算表 print it whole); keyed soft problems 9/10 in the workbook, each stating the key's figures (the ten 0.01 gaps but 公用经费合计 H42, 416.36 against 302 401.93 + 310 14.44 = 416.37, missed), and 1/1 in the text (L191: 2.60% for 4.68 ÷ 180.73 = 2.589%, with the key's figures; the text alone raises only it); the draft written from the tables states 41 of the text's 42 table figures alike, none differently",
    has: (id) => TWENTY_NINTH_BATCH_WORKBOOKS.includes(id),
  },
  {
    name: 'thirtieth batch, held out: texts 283–288',
    firstMeasured:
      "1 false error of 2 (287 L7: a 自治区 彩票公益金 notice's '——筹集福利彩票公益金215763.4万元,其中,上缴中央111909.5万元;自治区本级留成50195.2万元;地州市留成53658.8万元;' summed with the next line's '——筹集体育彩票公益金155682.4万元' as a fourth part, '111,909.50 + 50,195.20 + 53,658.80 + 155,682.40 = 371,445.90万元，文中为215,763.40万元'); 2 false warnings of 2 (287 L6: 189135.8 + 89215.8 + 93094.3 = 371445.9 against 371445.8, 0.1 over three parts printed to one decimal, a gap the finding itself says their rounding explains; 283 L29: '未说明原因' on a school's 总收入 '比上年增长12.16%', whose reason, '增长原因主要是……人员经费上调', follows the 总支出's 11.64% in the same paragraph); keyed errors 1/1 with the key's figures (283 L31: 收入合计 3647.38 against 2150.48 + 1497.40 = 3647.88); no keyed soft problems; the 'figures' check read 53 of the 107 figures (283: 9 of 14, 284: 0 of 11, 285: 13 of 16, 286: 6 of 19, 287: 12 of 30, 288: 13 of 17) and left the rest 'not checked'; silent on every other trap (284's amounts in 元 with nested parts in brackets and its 支出 above its 收入, 285's 收入 and 结转 apart by the unprinted 年初结转 16.01 in two places, 286's 结转 arithmetic with one figure in two roles, 287's one total split two ways, its whole-percent share and its 0.1 gap on L7's own list, 288's 2.85% within the rounding of 0.5 and 17.5 and its flattened two-year table)",
    has: narrativeRange(283, 288),
  },
  {
    name: 'thirty-first batch, held out: texts 289–293',
    firstMeasured:
      "no error raised on any of the five texts, so 0 false; 2 warnings raised, both on keyed problems with the key's figures (289 L27: '收、支总计8913.97万元,比上年增加1692.21万元,增长23.43%' and L29: '本年收入合计8606.36万元,比上年增加2481.21万元,增长40.51%', each '达到10%以上却未说明原因'), so 0 false warnings; keyed soft problems 2/2; the 'figures' check read 65 of the 83 figures (289: 25 of 25, 290: 4 of 5, 291: 14 of 15, 292: 5 of 13, 293: 17 of 25) and left the rest 'not checked'; silent on every trap (289 L31's 16.59% in the line the copy cuts, its 收支总计 above 本年收入 and 本年支出 by unprinted 结转; 290's prior printed before its 9.51% and its line cut after a figure; 291's 100.00% and 0.00% shares; 292's head counts and its “三公” change of −1 = −6 + 5; 293's counts × rates in 元 and its flattened head-count table). Three info notes name sections as missing (国有资本经营, 机关运行经费, 国有资产) in 289–291, whose copies stop before them",
    has: narrativeRange(289, 293),
  },
  {
    name: 'thirty-third batch, held out: texts 294–298',
    firstMeasured:
      "1 false error of 2 (297 L3: a “三公” 决算's rate slot left blank, '公务用车购置及运行维护费为3.44万元,较上年减少0.09万元,下降%(其中:公务用车购置费0万元,较上年增加(减少)0万元,增长(下降)0%;…', the change paired with the template's '0%' of the 购置费 inside the brackets, '按本年3.44万元、上年3.53万元计，减少0.09万元，变动率为0.09 ÷ 3.53 = 2.5%，文中为0%'); 5 false warnings of 6 (294 L4, L5, L6: '未说明原因' on a 县's whole 2022 一般公共预算收入 plan, which the page calls its 部门预算 — 财政部门's 36.87%, 非税收入's 33.95%, 县本级's 17.05%; 297 L3: the total 6.09 called short of '0.00 + 0.00', the 因公出国 item's 0 and its change '较上年增加(减少)0万元' read as two parts, the 公务接待费 2.65 and 公务用车 3.44 standing in the next sentences; 297 L3: '“下降%”缺少百分比数字，请补上', the blank slot the key had listed among the traps); keyed errors 1/1 with the key's figures (295 L8: '增加15.60万元,增长33.33%' for 15.60 ÷ 31.20 = 50.000%); keyed soft problems 1/2 (295 L8: the 50% rise with no 原因; 297 L23, the flattened table's unsigned '0.99' for −0.99, missed); the 'figures' check read 50 of the 73 figures (294: 25 of 32, 295: 5 of 7, 296: 4 of 11, 297: 16 of 21, 298: 0 of 2) and left the rest 'not checked'; silent on every other trap (294's one total split three ways and its '三项' of four sources, 296's areas, counts and the template's zeros and blanks, 298's assets at the end of the year before the budget year). Measured with one more text, dropped after this run as a copy of 185: 黄平县's 2022 预算执行 report, run as 298 (this batch's 298 then numbered 299), keyed with one error in the sentence 185's copy lacks ('同比增长14.6%,增收4,376万' on 30,161 for 16.97%) — nothing raised, none of its 18 figures read",
    has: narrativeRange(294, 298),
  },
  {
    name: 'thirty-second batch, held out: 2 workbooks from 普陀区文化和旅游局 (上海; the nine tables of its 2026 部门预算 in whole 元 and of its 2025 部门决算 with a non-empty 政府性基金 table; their texts are narratives 258 and 43)',
    firstMeasured:
      "tables recognized 9/9 (sheet + kind; unit 元, the “三公” table 万元); no error and no warning raised, so 0 false; the key is clean, so no recall to score; one info note, true as stated (30302 退休费 3,564,760 against 2080501 + 2080502 基本支出 465,360 + 3,593,400 = 4,058,760, which the note says need not be equal). Not scored (the text is narrative 258, kept once): narrative 258 checked with this workbook raises 3 warnings — L28 and L30 true (the text names 款 20799 '其他文化体育与传媒支出' where the tables print '其他文化旅游体育与传媒支出'), L39 false (item 18 printed '18“社会保障和就业支出(类)…' without its full stop, the item number read into the name and the name called unlike the tables' '2080599 …其他行政事业单位养老支出'). putuo-wenlv-2025, added after e9b832b (a fix to text reading that does not touch tables) and measured with the CLI built at 0094f1d: tables recognized 8/9 (the empty 国有资本经营预算财政拨款收入支出决算表, whose 本年支出 sub-heads 合计 | 基本支出 | 项目支出 are printed on its 合计 line, not recognized at all); no error raised; 4 false warnings of 16 (政府性基金预算财政拨款收入支出决算表 E5, F5, G5: the same sub-heads printed on the non-empty fund table's 合计 line called words written in figure cells, '合计“本年支出”写的是文字“合计”，不是数字'; 收入支出决算总表 A1: the 国有资本经营 table called missing from the publication, the consequence of its not being recognized); keyed soft problems 12/12, each with the key's figures (the twelve 0.01 gaps)",
    has: (id) => THIRTY_SECOND_BATCH_WORKBOOKS.includes(id),
  },
  {
    name: 'thirty-fourth batch, held out: 1 workbook from 普陀区宜川路街道办事处 (上海; the nine tables of its 2025 部门决算, 0.00 and blanks for empty figures, 政府性基金 inside 住房保障支出; its text is narrative 42)',
    firstMeasured:
      "tables recognized 9/9 (sheet + kind, unit 万元); no false error, but 1 error on a keyed warning (一般公共预算财政拨款基本支出决算表 F4: '302 商品和服务支出“决算数”列按下级科目合计应为 3,689.14，表中为 1,844.57' — the 302 total is right, the slip is 30299 其他商品和服务支出 printed 1,844.57, the total itself, while the other 26 items add to exactly 1,844.57; the message tells the user to change a figure that is right); 1 false warning of 36 (一般公共预算财政拨款支出决算表 D74: 基本支出 合计 14,107.46 against 人员经费合计 12,192.15 + 公用经费合计 1,915.30 = 14,107.45, a true 0.01 rounding gap the key had left out as having no one wrong cell); keyed errors 0/1 (F31, the 30299 slip, missed: the finding sits on the 302 total); keyed soft problems 34/36, each with the key's figures (the 0.01 / 0.02 gaps; 项目支出 合计 6,215.76 against Σ类 6,215.75 in the 支出决算表 E5 and 6,110.76 against 6,110.75 in the 一般公共预算表 E74 missed, while the same tables' 合计 and 基本支出 lines were read). The CLI's report: 14 problems (1 error, 13 warnings) from 37 findings, every table '年度未注明' (the year stands only in the PDF's page header), and the one error's '应为 3,689.14' a wrong correction",
    has: (id) => THIRTY_FOURTH_BATCH_WORKBOOKS.includes(id),
  },
  {
    name: 'thirty-fifth batch, held out: texts 299–306',
    firstMeasured:
      "1 false error of 3 (304 L3: a newspaper's 政府采购 report, '市本级政府采购规模为10.29亿元,较采购计划节约资金1.44亿元,资金节约率达12.28%。从结构上看,全市货物、工程、服务政府采购规模分别为14.71亿元、5.65亿元和12.36亿元' — the 市本级 saving taken for the total of the 全市 split in the next sentence, '“较采购计划节约资金1.44亿元”与其后所列各项之和不符：14.71 + 5.65 + 12.36 = 32.72亿元，文中为1.44亿元'); 1 error on a keyed warning, itself wrong (too loud: 305 L1, a 财政局's 政府采购 summary, '共节约资金15857.74万元,…其中货物类…采购计划金额共计48962.44万元,实际采购金额共计39944.66万元,共节约资金9017.78万元,…工程类…' — the 计划, 实际 and 节约 of 货物 and 工程 summed as six parts of the saving, '48,962.44 + 39,944.66 + 9,017.78 + 30,005.94 + 24,380.43 + 5,625.51 = 157,936.76万元，文中为15,857.74万元'); no false warning; keyed errors 1/1 with the key's figures (302 L5: '减少738.30万元,下降1.73%', '变动率为738.30 ÷ 34,583.04 = 2.135%，文中为1.73%'); keyed soft problems 5/5 on the line, 2/5 with the key's arithmetic (299 L18 and L19: '增长7%' for 62.15 ÷ 780.64, '四舍五入为8%，文中为7%，差一个尾数'; 299 L19's shares 92% and 8% for 92.78% and 7.22% not read, hit only by the change warning on the line; 305 L1's 节约率 18% for 18.75% and 6.6% for 6.68% not read, hit only by the wrong sum); the 'figures' check read 95 of the 167 figures (299: 10 of 12, 300: 4 of 5, 301: 11 of 13, 302: 20 of 29, 303: 19 of 38, 304: 8 of 12, 305: 7 of 16, 306: 16 of 42) and left the rest 'not checked'; silent on every other trap (299's head counts and its 842.79 made by one source; 300's date '17.03.2015  10:42' and its 基本支出 split by 经济分类; 301's 1.24% within the rounding of whole-万元 amounts; 302's and 303's totals made by items under their own numbers, 303's 18.38 against 18.39 and the two 公告' rates with no 原因; 304's 节约率 over the plan and its 37.77% for 37.775%; 305's 0.01 gaps; 306's budgets before and after adjustment, its '其中' of the main taxes completed by the next line's 其他税种 and its rates with no 原因). One info note names sections as missing in 299 (政府性基金, 国有资本经营), which its copy stops before",
    has: narrativeRange(299, 306),
  },
  {
    name: 'thirty-sixth batch, held out: 3 workbooks from 奉新 (江西; a 汇总 “三公” 预算 with a column of reasons), 衢江区 (浙江; a “三公” 决算 turned on its side, years as rows) and 宜宾市本级 (四川; a “三公” 决算 with no 合计 row); their texts are narratives 149, 39 and 224',
    firstMeasured:
      "tables recognized 2/3 (sheet + kind, unit 万元: fengxin-sangong-2023 and qujiang-sangong-2016; yibin-shibenji-2017's two columns under '项目 | 2017年决算(万元)', with no 合计 row, not recognized — one info note, '看来是一张“三公”经费支出表，但没能认出它的表头和数据'); no error raised, so 0 false; 7 false warnings of 9, all on qujiang-sangong-2016, whose years run down the rows: A4, A5, A6 (the row labels under '年度' called words in a figure column, '第 4 行“年度”写的是文字“2015年”，不是数字，含它的合计无法核对，请改为数字', and likewise '2016年' and '2016年比2015年增减%') and B6, C6, D6, E6 (the rate row's −16.77, −86.62, −3.14, −26.24 called negative amounts, '为负数 -16.77，预算金额一般不应为负'); keyed errors 1/1 and soft problems 1/1 only through that same wrong warning on F6 (−47.95) and G6 (−24.98) — '为负数', not the rate against (37 − 73) ÷ 73 = −49.32% or (959 − 1277) ÷ 1277 = −24.90%; the 衢江 table read as a 预算 although its caption names 决算数, and its item sums 'not checked' (没有可核对的数字: 2840 = 90 + 1400 + 1350 and the rest unread). The 奉新 table: no finding, its three “三公” sums checked and passing, its column of reasons left alone; the CLI calls it '（无标题）' and '年度未注明' although its columns name 2022年 and 2023年",
    has: (id) => THIRTY_SIXTH_BATCH_WORKBOOKS.includes(id),
  },
  {
    name: 'thirty-seventh batch, held out: texts 307–315',
    firstMeasured:
      "no false error (1 error raised, on keyed 307 L7 with the key's figures: a 区残联's '2023年一般财政拨款收入支出预算1,779.74万元,比2022年增加198.76万元' against its parts' changes, '29.73 + 168.36 = 198.09万元，文中为198.76万元（差0.67万元）'); 2 false warnings of 2 (307 L5: the 支出 类 after '其中:', '1,779.74 + 6.48 + 10.66 = 1,796.88万元，文中为1,895.74万元（差98.86万元）；若所列未含全部项目，请补列其余项目', a partial list the key had among the traps; 311 L13: '未说明原因' on a 区政府办's 公务用车运行维护费 '较2021年预算下降42.86%。减少6万元。主要原因是厉行节约。', whose reason follows the sentence that restates the change's amount); keyed errors 1/1 with the key's figures (307 L7); keyed soft problems 0/1 (313 L11: a 县's “三公” '较2020年4729 万元减少533万元,同比下降11.2%' for 533 ÷ 4729 = 11.27%, read and passed — the 8 of 8 figures checked, no finding); the 'figures' check read 54 of the 124 figures (307: 14 of 22, 308: 8 of 12, 309: 5 of 12, 310: 0 of 9, 311: 7 of 14, 312: 3 of 26, 313: 8 of 8, 314: 9 of 12, 315: 0 of 9) and left the rest 'not checked'; silent on every other trap (307's thousands separators and its lone cut '2023'; 308's 19 机构 and its 类 list cut by the copy; 309's counts of 市州 and its 15.2%; 310's '财 政支出' broken by a space; 311 L11's 42.86% whose reason stands two lines down; 312's four 主要税收 items making the 地方税收收入 and its partial 主要支出科目; 313's '单位:万'; 314's flattened table and its whole-percent 5% within the rounding of 0.6; 315's infographic figures one a line)",
    has: narrativeRange(307, 315),
  },
  {
    name: 'thirty-eighth batch, held out: 1 workbook from 普陀区石泉路街道办事处（本级） (上海; the nine tables of its 2026 单位预算 in whole 元, a 财务收支预算总表 that splits 基本支出 into 人员经费 and 公用经费, 政府性基金 inside two 类, and its 编制说明 and 其他相关情况说明 as text)',
    firstMeasured:
      "tables recognized 9/9 (sheet + kind; unit 元, the “三公” table 万元); no false error; 3 errors on keyed warnings (收入预算总表 D73, 支出预算总表 D73, 政府性基金预算支出功能分类预算表 D10: 款 22198 printed under its 项's name, '编码 22198 的名称写成了项级科目 2219899 的名称“其他住房保障支出”，应为“超长期特别国债安排的支出”。内置目录中该编码的名称取自 2025 年的资料' — an error, though the message itself says the catalog's name is a year older than the tables); no warning raised; keyed errors 4/4, each with the key's figures (财政拨款收支预算总表 E12 '应为 44,163,930，表中为 43,863,930', E13 10,885,800 against 11,185,800, F12 3,380,000 against 3,680,000, F13 300,000 against the blank); keyed soft problems 3/3 only through those too-loud errors; one info note, true as stated (2080501 基本支出 2,301,360 against 30301 + 30302 1,934,160, which need not be equal). With its text: no false error; 25 false warnings of 32 — every 科目 path the text writes with a dash between its steps ('“一般公共服务支出(类）-统计信息事务（款）-统计管理（项）”') called unlike the tables' name, '科目“一般公共服务支出（类）-统计信息事务（款）-统计管理（项）”与表中名称不一致：表中为“2010506 一般公共服务支出（类）统计信息事务（款）统计管理（项）”' (L9, L12, L15 … L107), the joining '-' read into the 款 and 项 names; 7 more of the same landing beside keyed lines (L39, L62, L65, L67, L70, L76, L80); keyed errors 1/1 with the key's figures (L69: '变动率为6.68 ÷ 124.27 = 5.375%，文中为5.40%'); 2 errors on a keyed warning (L63: '2025年预算安排8.61万元' called unlike the line's '2025年度预算8.30万元' and a wrong year — the 2026 budget written as 2025's, keyed a warning); keyed soft problems 5/8 on the line, 1/8 with the key's figures (L63 only through those errors; L40, L66, L76, L80 only through the wrong name warnings; L7's decrease explained as 增加 and L45, L73's 类 under their pre-2019 names missed); the 'figures' check read 139 of the text's 195 figures",
    has: (id) => THIRTY_EIGHTH_BATCH_WORKBOOKS.includes(id),
  },
  {
    name: 'thirty-ninth batch, held out: texts 316–324',
    firstMeasured:
      "1 false error of 2 (322 L6: a news report of the 2013 社会保险基金 决算, '本年收支结余4091亿元,年末滚存结余26900亿元。其中,基本养老保险费收入17002亿元,增长13%;支出16090亿元,增长20%' — the fund's 收入 and 支出 after '其中' summed as parts of the 滚存结余 stock before it, '“年末滚存结余26900亿元”与其后所列各项之和不符：17,002.00 + 16,090.00 = 33,092.00亿元，文中为26,900.00亿元（差-6,192.00亿元）'); 1 false warning of 1 (323 L33: a 幼儿园's '本年收入合计1,151.41万元;包括财政拨款收入1,077.36万元(其中,一般公共预算1,077.36万元,政府性基金预算0万元,国有资本经营预算0万元),占收入合计93.57%;上级补助收入0万元,…;事业收入0万元,…;经营收入', a list the copy cuts, called short, '1,077.36 + 0.00 + 0.00 = 1,077.36万元，文中为1,151.41万元（差74.05万元）；若所列未含全部项目，请补列其余项目' — the key had it among the traps, the printed 93.57% confirming the total); keyed errors 1/1 with the key's figures (323 L31: '各增加29.6万元,增长2.57%', '变动率为29.60 ÷ 1,121.81 = 2.639%，文中为2.57%'); keyed soft problems 0/1 (324 L12: '纳入本部门2020年度决算编制' in a 2021年度 决算, missed — none of 324's 4 figures read); the 'figures' check read 132 of the 274 figures (316: 40 of 49, 317: 6 of 23, 318: 0 of 13, 319: 45 of 71, 320: 15 of 45, 321: 8 of 36, 322: 5 of 19, 323: 13 of 14, 324: 0 of 4) and left the rest 'not checked'; silent on every other trap (316's per-pupil amounts in 元 with their priors printed first and its 0.01% for 1.35 on 12,204.47; 317's share change '比去年增长0.51%' in points and its five sources of 240.55; 318's 收入总量 3838.3 of six items and its 'X' masks; 319's 结余 6508 for 50112 − 43605 = 6507 and its 2.4% within the rounding of whole 亿元, and the partial '其中' lists of 319 and 320; 321's 支出 962,934 over two of its three funds, 960,360; 322's '七部分'; 324's 46.1% whose reason the copy cuts). One info note names every section as missing in 319, a national fund's 决算 that is no 部门's 情况说明",
    has: narrativeRange(316, 324),
  },
  {
    name: 'fortieth batch, held out: texts 325–333',
    firstMeasured:
      "no error and no warning raised on any of the nine texts, so 0 false errors and 0 false warnings; no keyed errors (the batch has none); keyed soft problems 0/1 (329 L24: a school's '(一)2023年收入预算3814.61万元,其中:' over four numbered items, 财政拨款3362.61 + 专户管理的事业收入434 + 单位资金收入0 + 政府性基金安排的收入0 = 3,796.61, 18.00 short — missed, the numbered items one a line after '其中:' not read as its parts); the 'figures' check read 45 of the 127 figures (325: 12 of 28, 326: 2 of 14, 327: 7 of 12, 328: 6 of 8, 329: 2 of 6, 330: 11 of 13, 331: 0 of 28, 332: 3 of 12, 333: 2 of 6) and left the rest 'not checked'; silent on every trap (325's four funds with numbered and 包括 lists nested two deep and its 216.46 split by quarter; 326's 17.6亿元 over ten items in 万元 and its counts in 万个/万人; 327's shares of other wholes, 62.5% of 7205.72; 328's spending 332.3407 above 留用 329.40; 329's head counts, its 2022/2023-2025 file titles and its '0元' in a 万元 list; 330's and 332's part rates consistent with the whole's within rounding, 332's 税收收入 46.8% beside the 税务部门's 49,018; 331's from→to 调增/调减 and its reasons 0.01 off their total; 333's two tranches, its change on 2017 and '其中,120亿元' of the 200 new). One info note names 财政拨款收支, 一般公共预算 … as missing in 329, whose copy stops inside its 汇总预算",
    has: narrativeRange(325, 333),
  },
  {
    name: 'forty-first batch, held out: texts 334–342',
    firstMeasured:
      "no error and no warning raised on any of the nine texts, so 0 false errors and 0 false warnings; no keyed errors (the batch has none); keyed soft problems 0/1 (339 L4: a 县's 体彩 notice, '2022年度结余体彩公益金91.6294万元,2023年本年留成46.6784万元、结余11.5765万元' with L6's only use '群众体育支出40.00万元' — 91.6294 + 46.6784 − 40.00 = 98.3078, not 11.5765; missed, no rule reads a carried-over balance, the year's money and its use as one balance); the 'figures' check read 21 of the 49 figures (334: 3 of 12, 335: 0 of 0, 336: 5 of 10, 337: 6 of 6, 338: 5 of 8, 339: 2 of 5, 340: 0 of 3, 341: 0 of 2, 342: 0 of 3) and left the rest 'not checked'; amounts in 万亿元 (341, 342: every 资产 / 负债 / 权益 figure) not counted as figures at all, nor the cells of 335's flattened 收入支出决算总表 (one cell a line under '金额单位:万元'); silent on every trap (334's signed reasons +2,296.45 − 401.85 − 1,475.63 = 418.97 and its 418.98 a cent off; 335's 行次 and 栏次 numbers, its 9个内设机构 naming eight; 336's 266.98 + 171.6 − 405.43 = 33.15; 337's and 338's 其中 lists and 338's '含上年度结转3.58'; 340's 7 + 39 + 37 = 83 departments by their count of cars; 341's and 342's 国有资本权益 and 形成国有资产, no 资产 − 负债). One info note names 收支总体情况, 基本支出 … as missing in 335, whose copy stops inside its first table",
    has: narrativeRange(334, 342),
  },
  {
    name: 'forty-second batch, held out: texts 343–351',
    firstMeasured:
      "chosen by how many findings the checker raised, not by what they said: of 20 candidate pages new to the corpus, the one on which it raised an error (343) and the four with a warning (344, 345, 346, 347), then four quiet ones (348, 349, 350, 351); every text keyed clean (no real problem found by arithmetic). First measured: 1 false error (343 L6: a 体彩 notice's use by source, '支出565.8006万元,其中:市本级…207万元,县(区)…207.55万元,省级…151.2506万元', called short of the next sentence's 347.8976 + 135.6530 + 135.6530 = 619.2036 — the 竞技体育 total and its one item both taken as parts); 5 false warnings (343 L7: '(三)支持青少年体育82.25万元:其中…10万元;…71万元;科研助力保障1.25万' — the last item, '1.25万' without 元, not read, so 10 + 71 = 81 ≠ 82.25; 344 L3: the '……' of a quoted law article called a placeholder left unfilled; 345 L9: 85.8 against its first use 80 and the 已支付0万元 after it, the rest of the list cut by the copy; 346 L3: a 区's monthly revenue report, 财政部门 '同比下降47.13%', asked for a reason; 347 L2: 中央社会保险基金 决算数589.67 against its '其中' 保险费308.33 + 财政补贴274.87, two sources that do not exhaust the income); no keyed errors or soft problems (the batch has none); the 'figures' check read 57 of the 137 figures (343: 13 of 15, 344: 0 of 14, 345: 7 of 11, 346: 1 of 10, 347: 15 of 21, 348: 7 of 14, 349: 0 of 13, 350: 0 of 12, 351: 14 of 27); silent on the other traps (348's balance 1233.62 + 65.34 − 1270.6 − 6.86 = 21.5; 349's 市级 34.43 whose list the copy cuts; 350's 亿元 收支结余 1 off by rounding; 351's 6571.86 against 6571.85 and its 82% of the 转移支付 proper)",
    has: narrativeRange(343, 351),
  },
  {
    name: 'forty-third batch, held out: texts 352–360',
    firstMeasured:
      "chosen by how many findings the checker raised, not by what they said: of 20 candidate pages new to the corpus (2024/2025 决算 and 预算执行 reports of 县/区, a 市委 office's and a 卫生院's 说明, 彩票公益金 notices; 甘肃, 海南, 新疆, 湖南, 四川, 福建, 重庆 and others), the two on which it raised an error (352, 353) and the one with a warning (354), then six quiet ones (355, 356, 357, 358, 359, 360). First measured: 2 false errors (352 L2: a 县's 决算 report, '其中:一般公共预算收入42100万元,完成预算49531万元的85.0%,短收7431万元,…;政府性基金收入3089万元,完成预算24850万元的12.4%,短收21761万元,同比减收31430万元,下降91.1%' — 短收, the shortfall against the budget, read as an amount: summed as a part of the 大口径 67955 ('42,100.00 + 7,431.00 + 3,089.00 + 21,761.00 = 74,381.00万元，文中为67,955.00万元') and taken for this year's 基金 income ('按本年21,761.00万元、上年53,191.00万元计，…变动率为…59.09%，文中为91.1%')); no false warning; keyed errors 3/3 on the line, each with the key's figures, 2/3 at error level (353 L4 and L17: '下降0.16%' for 15.2 ÷ 933.36 = 1.63%; 354 L8: 收入预算 1211.02 against its parts' 1211.12 raised only as a warning, '差额只有在各数按所印位数四舍五入时才说得通' — the '0万元' sources read as rounded to whole 万元); no keyed soft problems (the batch has none); the 'figures' check read 148 of the 291 figures (352: 30 of 58, 353: 14 of 26, 354: 13 of 21, 355: 3 of 19, 356: 6 of 32, 357: 25 of 33, 358: 37 of 51, 359: 0 of 30, 360: 20 of 21); silent on the other traps (355's flattened 收支平衡表 one cell a line and its 亿元 sum 96.18 against 96.17; 356's 返还性收入 inside 上级补助; 357's rates on rounded 亿元 and its 国有土地 increase above the whole's; 358's '含结转下年支出' listed twice; 359's 预算 and 调整预算 rates; 360's 养老 items to the cent)",
    has: narrativeRange(352, 360),
  },
  {
    name: 'forty-fourth batch, held out: texts 361–369',
    firstMeasured:
      "chosen by how many findings the checker raised, not by what they said: of 10 candidate pages new to the corpus (部门 决算 and 预算 说明 and a “三公” 说明 of 镇, 街道, 幼儿园, a 人民医院, a 卫计局 and a 林业局, 2019–2025; 重庆, 陕西, 海南, 湖南 — the index returned few 部门 pages with figures not already in the corpus, none from 吉林, 黑龙江, 辽宁, 山西 or 天津), the one with a warning (361), then eight quiet ones (362–369). First measured: no error raised, so 0 false errors; 2 false warnings of 2 (361 L13 ×2: '未说明原因' on a 镇's '财政拨款收入总计2951.23万元,较上年决算数减少834.60万元,下降22.05%' and 财政拨款支出总计's '下降15.54%', whose reason the passage gives two lines on, L15: '主要原因是2020年有政府性基金预算财政拨款收入710万元'); keyed errors 0/1 (362 L9: a 卫计局's '公务接待费2.30万元,较上年减少1.5万元(42.86%)' for 1.5 ÷ 3.80 = 39.47%, missed — the rate in brackets after the change not read); keyed soft problems 0/1 (362 L13: '减少17万元(69.38%)' for 17 ÷ 24.5 = 69.39%, missed the same way); the 'figures' check read 48 of the 119 figures (361: 6 of 11, 362: 2 of 13, 363: 18 of 27, 364: 5 of 26, 365: 6 of 15, 366: 2 of 2, 367: 3 of 7, 368: 0 of 2, 369: 6 of 16); silent on the other traps (362's 9.80 = 0 + 2.30 + 7.5 and its 65.37% in brackets; 363's 收入 shares adding to 99.99; 364's 100% growth of a unit founded in 2023 and its '增加(减少)0万元' templates; 367's thousands separators; 369's shares of the increase, 7.36% and 96.01%, beside a 社保 fall)",
    has: narrativeRange(361, 369),
  },
  {
    name: 'forty-fifth batch, held out: texts 370–378',
    firstMeasured:
      "chosen by how many findings the checker raised, not by what they said: of 20 candidate pages of whole-jurisdiction 财政 reports new to the corpus (2015–2022 预算执行, 预算调整 and 决算 reports of 县/区/市, monthly 财政收支 reports, 彩票公益金 notices; 湖南, 陕西, 甘肃, 福建, 内蒙古, 浙江, 重庆), the three on which it raised an error (370, 371, 372) and the two with warnings (373, 374), then four quiet ones (375, 376, 377, 378); every text keyed clean (no real problem found by arithmetic). 9 false errors of 9 (370 L8 ×3: '上划中央收入完成36400万元,占年计划34300万元的106.12%,同比增长21.73%' — a completion rate's plan read as the prior year and the 总收入's plan 100500 as the prior of each part, '本年“占年计划34300万元”少于上年“占年计划100500万元”，文中却写“增加”'; 371 L4 ×3, L6, L7: '完成23992万元,占年度预算22443万元的106.9%,较上年21012万元,增收2980万元' — the budget in '占年度预算X的Y%' taken for the current figure, '变动为22,443.00 − 21,012.00 = 1,431.00万元，文中为“增加2,980.00万元”', and '减少' called the wrong way for 12000 against 11972; 372 L6: a 彩票公益金 notice's '收入1237万元,安排支出1169万元,结转下年使用68万元。其中:' — the 其中 list's 福彩 498 + 体彩 739 summed as parts of the 结转 68); 4 false warnings of 4 (373 L11: 37529 ÷ 203249 = 18.46% printed 18.4%, a 决算's truncated rate; 374 L7 ×2, L13: whole-percent rates 12% for 11.49%, 8% for 7.48%, 5% for 4.48% — the publisher's double rounding (11.49 → 11.5 → 12)); no keyed errors or soft problems (the batch has none); silent on every other trap (371's two '财政总收入' of different scope, 375's and 378's balances, 376's 81.17 against 81.18 in 亿元, 377's adjustment amounts)",
    has: narrativeRange(370, 378),
  },
  {
    name: 'forty-sixth batch, held out: texts 379–387',
    firstMeasured:
      "chosen by how many findings the checker raised, not by what they said: of 22 candidate pages of 部门 / 单位 publications new to the corpus (2016–2025 预算 and 决算 说明 of 检察院, 法院, 人大 and 政协 offices, 共青团, 卫生院, 社区卫生服务中心, 疾控中心, schools and 街道; 重庆, 浙江, 湖南, 广西, 湖北, 四川, 安徽), the three on which it raised an error (379, 380, 381) and the three with warnings (382, 383, 384), then three quiet ones (385, 386, 387). Keys: 381 L6 and L12 errors (a 检察院's '支出增加841.13万元,增长13.36%' for 841.13 ÷ 6,113.44 = 13.76%), 381 L11 and L12 warnings (15.86% and 15.87% cut from 15.866% and 15.880%), 384 L21 warning (a school's 支出 类 756.20 against 761.21, the 上年结转 5.01 left out) and L25 error (基本 +55.87 and 项目 −2.16 against the whole's +55.87), 385 L3 error (培训费 2 on 1.50 '增长75%' for 33.33%), 387 L13 error (a 团委's 一般公共预算 change stated as −12.48 against L10's +22.27); the rest clean. First measured: 4 false errors of 6 (379 L19 ×3: a 人大办公厅's '收入决算9712.02万元,其中:本年收入9082.61万元,占总收入93.52%,包括财政拨款收入9018.61万元(…),占总收入92.86%;…事业收入(不含专户资金)58.14万元, 占总收入0.60%;…上年结转收入612.39万元,占总收入6.31%' — the shares '占总收入' checked against 本年收入 9082.61, '“财政拨款收入9018.61万元”占“本年收入9082.61万元”的比例应为99.30%…文中为92.86%', and so for 0.60% and 6.31%; 380 L15: a 卫生院's '…其他收入0万元;上年结转结余资金29.81万元;收入较去年增加76.05万元' — the 收入's change given to the 结转 before it, '“上年结转结余资金29.81万元”，却“增加76.05万元”：上年将为29.81 − 76.05 = -46.24万元，不可能为负数'); 5 false warnings of 8 (382 L1: a 政协's '2017年一般公共预算拨款支出226.7248万元,其中:一般公共服务支出177.2577万元,社会保障和就业支出23.7080万元' — two of the four 类 its 支出 list had named just before — called short, '177.2577 + 23.7080 = 200.9657万元，文中为226.7248万元（差25.7591万元）；若所列未含全部项目，请补列其余项目'; 383 L14, L22: '未说明原因' on a school's 总预算 '同比减少518.08万元,同比下降30.92%', the same change stated on L16–L17 with its reason on L18, '2023年收入预算总体减少主要是项目收入减少,减少的主要原因:受疫情影响,减少项目经费收入'; 383 L20 ×2: '未说明原因' on 基本支出 +11.99% and 项目支出 −57%, the copy cut at '(二)按支出结构分类划分,…其中:' before their details); keyed errors 2/5 with the key's figures (381 L6, L12: '变动率为841.13 ÷ 6,113.44 = 13.759%，文中为13.36%'; 384 L25, 385 L3 and 387 L13 missed); keyed soft problems 3/3 with the key's figures (381 L11, L12: '四舍五入为15.87%，文中为15.86%，差一个尾数'; 384 L21: '0.00 + 526.61 + 159.65 + 35.85 + 34.09 = 756.20万元，文中为761.21万元（差5.01万元）'); the 'figures' check read 147 of the 200 figures (379: 16 of 18, 380: 13 of 21, 381: 24 of 26, 382: 21 of 22, 383: 19 of 24, 384: 19 of 32, 385: 4 of 13, 386: 12 of 19, 387: 19 of 25); silent on the other traps (379's 0.01 gaps, 380's 29.48 beside a 结转下年, 381's 结转 1.58, 383's 0.04 within the rounding of whole 万元, 384's 55.88 against 55.87, 386's 2.58% printed to make 100.00)",
    has: narrativeRange(379, 387),
  },
  {
    name: 'forty-seventh batch, held out: texts 388–396',
    firstMeasured:
      "chosen by how many findings the checker raised, not by what they said: of 22 candidate pages of whole-jurisdiction 财政 reports and notices new to the corpus (2016–2025 预算执行, 预算调整 and 决算 reports of 镇/县/区/旗/州/市, monthly 财政收支 reports, 政府债务 and 彩票公益金 notices, 政府采购 summaries; 重庆, 山东, 宁夏, 吉林, 广西, 内蒙古, 四川, 江苏, 河南, 江西, 湖南, 海南, 天津 and national), the three on which it raised an error (388, 389, 390) and the one with a warning (391), then five quiet ones (392–396); keyed problems: errors in 390 (a list of uses 22.38 under 新增债券 27.38) and 396 (支出总计 printed ',867.48' for 1,867.48), warnings in 389 and 391 (changes printed in 元 for 万元). 5 false errors of 8 (388 L6: '税收收入拟调整为85000万元,调减16000万元,下降9.7%' — the 调减 on the 中期调整预算 read as the change on the year, '按本年85,000.00万元、上年101,000.00万元计，减少16,000.00万元，变动率为16,000.00 ÷ 101,000.00 = 15.84%，文中为9.7%'; 389 L3 ×3, L4: '为县人民代表大会批准全县全年预算46,908万元的80.43%,比上年同期35,285万元增收2,445万元' — the budget of a completion rate taken for this year's figure of the change after it, '变动为46,908.00 − 35,285.00 = 11,623.00万元，文中为“增加2,445.00万元”' and '多于上年…文中却写“减少”'); 2 errors on a keyed warning (389 L6: the same budget misreading, and '增支120元' after 万元 figures compared in 元, '变动为2,590,000.00 − 1,390,000.00 = 1,200,000.00元，文中为“增加120.00元”'); 390 L3 found but against the wrong total ('“再融资债券21.33亿元”与其后所列各项之和不符：8.40 + 5.87 + 2.90 + 2.20 + 3.01 = 22.38亿元' — the list after '市级留用新增债券共安排20个项目,其中,' belongs to 新增债券 27.38); 1 false warning of 1 (391 L2: the '……' of a quoted article of the 预算法 called a placeholder); keyed errors 1/2 (396 missed), keyed soft problems 1/2 (389 L6 by the errors above, not stating 120万元; 391's '677元' missed)",
    has: narrativeRange(388, 396),
  },
  {
    name: 'forty-eighth batch, held out: texts 397–405',
    firstMeasured:
      "chosen by how many findings the checker raised, not by what they said: of 13 candidate pages of 部门 / 单位 publications new to the corpus (2017–2026 预算, 决算 and “三公” 说明 of a 政协 office, a 乡 (its “三公” 决算), three 卫生院, four schools, a 科协, a 县委党校, a 民主党派's 市委, a 商务区 管委会 and a 镇's 绩效自评; 安徽, 广西, 重庆, 四川, 北京, 广东 — the index returned few 部门 pages with figures not already in the corpus), the two on which it raised an error (398, 403), none with a warning, then seven quiet ones (397, 399–402, 404, 405). Keys: 398 L4 two errors (a 卫生院's '总收入1135.8万元,比上年增加64.23万元,增长5.7%' and the same for 总支出: 64.23 ÷ 1,071.57 = 5.99%, 5.7% the change taken on this year's figure) and a warning (the 支出's rise printed '64.23元' for 万元); 403 L9 error (a 乡's “三公” total '较年初预算数减少0.04万元' with its two parts each '较年初预算数减少0.04万元', 0.04 + 0.04 = 0.08); the rest clean. First measured: no false error and no false warning; keyed errors 3/3 on the line, 1/3 with the key's figures (398 L4: '变动率为64.23 ÷ 1,071.57 = 5.99%，文中为5.7%'; 398 L4's second error read the 支出's '64.23元' as printed, '按本年1,135.80万元、上年1,135.79万元计，增加0.01万元，变动率为0.01 ÷ 1,135.79 = 0.00%，文中为5.7%'; 403 L9 summed the parts' changes on the year with their changes on the budget, '-2.90 − 0.04 − 12.39 − 0.04 = -15.37万元，文中为-0.04万元'); keyed soft problems 1/1 only through that second error (the unit slip not named); the 'figures' check read 73 of the 93 figures (397: 16 of 18, 398: 6 of 6, 399: 5 of 5, 400: 14 of 19, 401: 0 of 3, 402: 15 of 20, 403: 11 of 13, 404: 6 of 6, 405: 0 of 3); silent on every trap (403's 49.88% within the rounding of its amounts, 400's 4.4750% rounded half up to 4.48, 402's 674.2% on a 结转 of 6.2, 399's head counts and address, 405's text in traditional characters)",
    has: narrativeRange(397, 405),
  },
  {
    name: 'forty-ninth batch, held out: texts 406–414',
    firstMeasured:
      "chosen by how many findings the checker raised, not by what they said: of 13 candidate pages of whole-jurisdiction 财政 reports and notices new to the corpus (2015–2023 预算执行, 预算调整 and 决算 reports of 镇/县/区 and a 新区, the 2018 中央国有资本经营决算 说明, 彩票公益金 notices; 广东, 浙江, 江西, 安徽, 重庆, national — the index returned few such pages not already in the corpus), none drew an error; the one with warnings (406), then eight quiet ones (407–414); keyed problems: one warning in 414 (支出总计 66.05亿元 over parts adding to 65.83, the table's 安排预算稳定调节基金 0.22 left out of the sentence), no keyed error. No error raised, so 0 false errors; 2 false warnings of 2 (406 L3, L5: '未说明原因' on a 新区's 决算 一般公共预算收入 '增长5.1%,按2016年清算后区级收入的可比口径增长11.5%' and 支出 '下降14.1%' — a whole jurisdiction's revenue and spending changes, which a 决算 report states without a reason sentence, '变动11.5%，达到10%以上却未说明原因'); keyed soft problems 0/1 (414 L53 missed: the flattened 收支平衡表 and the 亿元 sentence not tied); the 'figures' check read 41 of the 175 figures (406: 2 of 20, 407: 5 of 28, 408: 3 of 19, 409: 0 of 1 (a traditional-character page, 萬元 not read), 410: 0 of 14, 411: 0 of 40, 412: 15 of 18, 413: 11 of 12, 414: 5 of 23) and left the rest 'not checked'; silent on every trap (407's and 413's sums of 可用资金 and 收入合计, 408's and 411's lists of 类 under a total, 409's nested 彩票公益金 uses, 410's 141.4125 printed 141.4, 412's rates of 预算, 414's flattened tables).",
    has: narrativeRange(406, 414),
  },
  {
    name: 'fiftieth batch, held out: texts 415–423',
    firstMeasured:
      "chosen by how many findings the checker raised, not by what they said: of 20 candidate pages of 部门 / 单位 publications new to the corpus (2016–2024 预算, 决算 and “三公” 说明 of two 检察院, the 全国人大常委会办公厅机关, a 县政协, a 疾控中心, a 环保局, two 团委, three 镇/乡, a 图书馆, two 林场, a 老干部局, a 移民局, a 司法局, a 职教中心, a 农机推广站 and a 小学; 重庆, 四川, 云南, 甘肃, 北京, 浙江, 安徽, national — the index returned few 部门 pages with figures not already in the corpus), the five on which it raised an error (415, 416, 417, 418, 419), then the two with a warning only (420, 421), then two quiet ones (422, 423). Keys: 415 L14 error (a 小学's 项目支出 '11.33万元,占12.65%' for 880.20 − 768.88 = 111.32), 417 L13 error (a 图书馆's '增加368347元,增加35.11 %' for 368347 ÷ 680806 = 54.10%), 418 L25 error (a 林场's 支出 '增加175.9万元,下降19.22%', a fall called 增加), 420 L29 two warnings (91.4% cut from 913.18 ÷ 998.51 = 91.454%; 退休人员去世 1 against L13's 2), 422 L10 two errors (a 团委's 日常公用支出 5.49 where 121.76 − 43.72 − 70.2 leaves 7.84, and its '占6.97%' for 5.49 ÷ 121.76 = 4.51%); the rest clean. First measured: 2 false errors of 6 (416 L5: a 环保局's “三公” 预算, '安排公务接待费64000元,比上年预算减15600元,同比下降19.60%。主要是2018年严格执行厉行节约公务接待费支出49865元与上年比减少30431元' — the 2018 spending inside the reason read as last year's figure of this year's budget, '本年“安排公务接待费64000元”多于上年“…支出49865元”，文中却写“减少”'; 419 L19: a 老干部局's shares '占94.70%', '占5.20%' of the 收、支总计 521.99 checked against 本年收入合计 521.49, '“财政拨款收入494.34万元”占“本年收入合计521.49万元”的比例应为94.79%…文中为94.70%'); 3 false warnings of 3 (416 L5: the same reason clause asked for its own reason, '变动37.9%（按金额推算），达到10%以上却未说明原因'; 420 L25: '未说明原因' on a 林场's 收入预算 '下降17.1%', whose causes the passage gives with its 基本 and 项目 parts on L29 and L31; 421 L8: a 移民局's 279 + 2626 = 2905 against 支出合计 2906 in whole 万元, the finding itself saying the rounding explains it); keyed errors 3/5, each with the key's figures (415 L14: '768.88 + 11.33 = 780.21万元，文中为880.20万元' and '11.33 ÷ 880.20 = 1.287%，文中为12.65%'; 417 L13: '368,347 ÷ 680,806 = 54.105%，文中为35.11%'; 418 L25: '“增加175.9万元”与“减19.22%”方向相反'; 422 L10 ×2 missed — the three-part list against 121.76 and its shares not read); keyed soft problems 0/2 (420 L29: the cut 91.4% and the count of deaths missed); the 'figures' check read 103 of the 153 figures (415: 14 of 14, 416: 10 of 21, 417: 3 of 4, 418: 7 of 16, 419: 13 of 23, 420: 17 of 19, 421: 10 of 16, 422: 15 of 24, 423: 14 of 15); silent on the other traps (418's 739.41 + 0.19 against 739.61; 422's '121.76万元万元' and its 人员支出 list cut by the copy; 423's flattened 预算数 | 决算数 table and its 1.8% and 8.37% within the rounding of their amounts; 416's changes adding up in 元)",
    has: narrativeRange(415, 423),
  },
  {
    name: 'fifty-first batch, held out: texts 424–432',
    firstMeasured:
      "chosen by how many findings the checker raised, not by what they said: of 27 candidate pages of whole-jurisdiction 财政 reports and notices new to the corpus (2016–2026 预算执行, 预算调整 and 决算 reports of 旗/区/市, monthly 财政收支 reports, 转移支付 说明, 政府债务 and 彩票公益金 notices, the 全国人大财经委's 2024 审查结果报告, the 2023 中央国有资本经营预算 说明; 甘肃, 湖南, 内蒙古, 湖北, 陕西, 新疆, 广东, 宁夏, 重庆, 云南, 四川, 福建, national — the index returned few such pages not already in the corpus), the two on which it raised an error (424; 425, whose error fell on the mirror's spam title line, 'xxxx' called a placeholder — a line that is no part of the document and was dropped from the text as for 132, so 425 as stored draws none), no candidate with warnings, then seven quiet ones (426–432); every text keyed clean (no real problem found by arithmetic). 1 false error of 1 (424 L13: a 省 彩票公益金 notice's '2021年安排省级彩票公益金支出5.5亿元,安排市县彩票公益金支出2.9亿元,其中:' over numbered items each giving its 省级 and its 市县 figure ('1.省级福利彩票公益金2亿元,…市县福利彩票公益金1.67亿元') — the first figure of each item summed under the last total, '2.00 + 3.50 + 0.20 = 5.70亿元，文中为2.90亿元'); no warning raised, so 0 false warnings; no keyed errors or soft problems (the batch has none); the 'figures' check read 38 of the 112 figures (424: 7 of 14, 425: 0 of 6, 426: 6 of 18, 427: 6 of 13, 428: 0 of 10, 429: 0 of 24, 430: 0 of 6, 431: 19 of 21, 432: none read — traditional-character pages (425, 429, 432), their 億元 and 萬元 not read as amounts) and left the rest 'not checked'; silent on every other trap (425's averages of 期限 and 利率 beside its sums, 426's negative 上解 −1.83 and its change in 万元 beside 亿元, 427's rates, 428's shares of the spending total above the 留用, 429's rates of each part's own 年初预算, 431's 1.31 and 0.41 within the rounding of 亿元 differences, 432's thirteen 轉移支付 items).",
    has: narrativeRange(424, 432),
  },
  {
    name: 'fifty-second batch, held out: texts 433–441',
    firstMeasured:
      "chosen by how many findings the checker raised, not by what they said: of 20 candidate pages of 部门 / 单位 publications new to the corpus (2016–2026 预算, 决算 and “三公” 说明 of a 检察院, two 公安局, a 乡, a 镇 (its 2015 “三公”), a 医院, a 疾控中心, a 幼儿园, a 省 耕地肥料总站, a 农业局 and its units, a 畜牧技术推广站, a 职教中心, a 图书馆, two 文化馆, a 团市委, two 党校, a 职工服务中心 and a 中学; 天津, 江西, 安徽, 四川, 山东, 湖南, 广西, 广东, 河北, 河南, 云南, 浙江, 重庆, 辽宁, 湖北 — the index returned few 部门 pages with figures not already in the corpus), the three on which it raised an error (433, 434, 435), no candidate with warnings, then six quiet ones (436–441). Keys: 433 L10 error (a 乡's '本年支出合计766.4万元,其中:基本支出465.33万元,占60.71%;项目支出311.07万元,占39.29%' — 465.33 + 311.07 = 776.40, 311.07 a slip for 301.07), 435 L32 error (a 党校's 干部教育支出 287.41 '包含…191.41万、项目支出74万元、不可预见费27万元', 292.41, the 不可预见费 22 on L24) and L28 warning (the whole 357.81 called 财政拨款(补助), where L22 gives 财政拨款 311.81 + 非税收入 46), 436 L27 warning (a 检察院's 财政拨款收入 889.65 '包括' 509.54 + 180 + 200 = 889.54), 437 L12 warning (a 文化馆's 支出 change 140.86 against its four 类' changes 135.66 + 1.84 + 1.65 + 1.83 = 140.98), 439 L36 error (a 团市委's '其中:公務用車運行費2.8萬元,比2019年預算增加2.8萬元,增長127.27%' against the table's 運行費 5.00 — the change printed as the amount); the rest clean. First measured: 1 false error of 4 (434 L10: a 文化馆's '其中:文化旅游体育与传媒支出支出预算286.85万元,群众文化支出预算 286.85万元,社会保障和就业支出预算107.16万元,…' — the 项 群众文化 286.85, nested in its 类 of the same figure, summed as a fifth part, '286.85 + 286.85 + 107.16 + 19.57 + 16.73 = 717.16万元，文中为430.31万元'); no warning raised, so 0 false warnings; keyed errors 2/3, each with the key's figures (433 L10: '465.33 + 311.07 = 776.40万元，文中为766.40万元' and '311.07 ÷ 766.4 = 40.588%，文中为39.29%'; 435 L32: '191.41 + 74.00 + 27.00 = 292.41万元'; 439 L36 missed — a traditional-character page, its 萬元 not read); keyed soft problems 0/3 (435 L28, 436 L27 and 437 L12 missed); the 'figures' check read 106 of the 165 figures (433: 8 of 15, 434: 13 of 20, 435: 18 of 23, 436: 10 of 13, 437: 7 of 14, 438: 16 of 18, 439: 0 of 4, 440: 32 of 44, 441: 2 of 14) and left the rest 'not checked'; silent on every other trap (433's 60.71% and 11.11% cut rather than rounded, 434's partial 其中 of the “三公” 10, 437's 582.43 against 582.44, 438's 收入总计 above its listed parts by the 年初结转, 440's unit totals rounded to whole 元 in the 汇总, 441's 181.8 split over four lines and 74.0 over seven).",
    has: narrativeRange(433, 441),
  },
];

/** The documents of no held-out batch: those the checker was tuned on. */
export function batchesOf(scores: DocumentScore[]): { name: string; firstMeasured?: string; scores: DocumentScore[] }[] {
  const held = HELD_OUT_BATCHES.map((b) => ({ name: b.name, firstMeasured: b.firstMeasured, scores: scores.filter((s) => b.has(s.id)) }));
  const tuned = scores.filter((s) => !HELD_OUT_BATCHES.some((b) => b.has(s.id)));
  return [{ name: 'tuned on: the shared corpus and the first batch (texts 01–43, four + two workbooks)', scores: tuned }, ...held];
}
