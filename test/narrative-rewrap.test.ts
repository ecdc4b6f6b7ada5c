/**
 * Real 情况说明 reach the checker as PDF text layers and web copies that break lines anywhere: where a copy's lines
 * break must not change what is found. Each case is a real paragraph of the corpus, read as written and with its
 * lines broken where a copy of another width breaks them (test/narrative-metamorphic.test.ts runs the whole corpus).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reviewNarrativeText } from '../src/engine/narrative';
import { joinLinesOfWidth, wrapWidth } from '../src/engine/narrative/text/join';
import { reviewDifference, rewrapped } from './narrative-transforms';

/** The findings of `text`, each as severity, rule and figures (the place aside). */
const findingsOf = (text: string) => reviewNarrativeText(text).findings.map((f) => `${f.severity} ${f.rule} ${f.expected ?? ''} ${f.actual ?? ''}`);

/** Re-wrapped at `width`, the text gives the findings it gives as written, each on a line of the same paragraph. */
function sameAtWidth(text: string, width: number): void {
  const t = rewrapped(width).apply(text);
  const diff = reviewDifference(reviewNarrativeText(text), reviewNarrativeText(t.text), t);
  expect({ added: diff.added, lost: diff.lost }, `re-wrapped at ${width}:\n${t.text}`).toEqual({ added: [], lost: [] });
}

const PAGE_443 =
  '1.全区一般公共预算收支决算情况 全区一般公共预算收入331.1亿元,增长11%。加市级财政税收返还和补助收入109.6亿元、上年结转收入7.7亿元、地方政府一般债务转贷收入28.5亿元、调入资金4.3亿元、动用预算稳定调节基金9.5亿元,收入总量为490.7亿元。全区一般公共预算支出402.2亿元,下降6.4%。加上解市级财政支出18.5亿元、地方政府一般债务还本支出23.8亿元、补充预算稳定调节基金33.3亿元、结转下年支出12.9亿元,支出总量为490.7亿元。全区一般公共预算收支决算平衡。 2.区本级一般公共预算收支决算情况 区本级一般公共预算财力249.2亿元(含市拨专款54.5亿元),加上年结转收入6.9亿元、地方政府一般债务转贷收入28.5亿元、调入资金4.3亿元、动用预算稳定调节基金9.1亿元,收入总量为298亿元。';

/** Lines `from`–`to` (1-based) of a text of the corpus. */
const corpusLines = (id: string, from: number, to: number) =>
  readFileSync(join(__dirname, 'corpus/narrative/texts', `${id}.txt`), 'utf8')
    .split('\n')
    .slice(from - 1, to)
    .join('\n');

/** Real paragraphs, each with the lines around it that tell how its copy is laid out. */
const PARAGRAPHS: Record<string, string> = {
  '620 L22–L25': [
    '2018年,全市各级各部门高举习近平新时代中国特色社会主义思想伟大旗帜,在市委、市政府的坚强领导和市人大的监督支持下,全面贯彻党的十九大精神和市五届人大二次会议各项决议,深入实施“创新引领、开放崛起”“产业主导、全面发展”战略,积极应对复杂严峻的财经形势,统筹稳增长、促改革、调结构、惠民生、防风险各项工作,财政改革发展取得新进展,决算情况总体良好。',
    '(一)一般公共预算收支决算情况',
    '1.收入决算情况:2018年,全市完成一般公共预算收入217.8亿元,为预算的100%,增长7.1%。其中:地方财政收入133.6亿元,增长2.4%;总税收收入和地方税收收入分别完成174.8亿元、90.6亿元;总税比和地方税比分别为80.3%、67.8%,提高 5.6个、7.3个百分点;非税收入完成43.02亿元,下降16.5%。',
    '市级(含郴州高新区和郴州经开区,下同)完成一般公共预算收入75.8亿元,为预算的100.5%,增长7.6%。',
  ].join('\n'),
  // A web page flattened to one line, its numbered headings inside it.
  '443 L1 (part)': PAGE_443,
  '283 L28–L29': '(一)收入支出决算总体情况说明\n2018年总收入3647.88万元。比上年增长12.16%。总支出3629.2万元,比上年增长11.64%。增长原因主要是主要是人员经费调整后,财政拨入人员经费上调。',
  '578 L47': '(一)收入决算情况说明\n随州市电视调频台2018年决算收入合计373.21万元,较上年612.33万元减少了239.12万元,减少比例39%,主要原因是减少基本建设资金和省无线覆盖专项资金,和2018年预算310.88万元比,增加62.22万元,增加20%,主要原因是当年有省级运维专款。',
  '383 L19–L22': [
    '三、部门支出预算情况说明',
    '2023年部门支出总预算1157.55万元,基本支出预算709.55万元,占支出总预算的61.30%,同比增加75.96万元,同比增长11.99%。项目支出预算448万元,占支出总预算的38.70%,同比减少594万元,同比增长下降57%。',
    '(一)按支出功能分类科目划分,共分为1类,其中:',
    '教育支出1157.55万元,占支出总预算100%,同比减少518.08万元,同比下降30.92%。',
  ].join('\n'),
  '403 L5–L9': corpusLines('403', 5, 9),
  '439 (whole)': corpusLines('439', 1, 36),
  '72 (whole)': corpusLines('72', 1, 30),
  '261 (whole)': corpusLines('261', 1, 999),
  '448 (whole)': corpusLines('448', 1, 999),
  '311 (whole)': corpusLines('311', 1, 999),
  '53 (whole)': corpusLines('53', 1, 999),
  '533 (whole)': corpusLines('533', 1, 999),
  '205 (whole)': corpusLines('205', 1, 999),
  '581 (whole)': corpusLines('581', 1, 999),
  '602 (whole)': corpusLines('602', 1, 999),
  '422 (whole)': corpusLines('422', 1, 999),
  '437 (whole)': corpusLines('437', 1, 999),
  '645 (whole)': corpusLines('645', 1, 999),
  '198 (whole)': corpusLines('198', 1, 999),
  '465 (whole)': corpusLines('465', 1, 999),
  '649 (whole)': corpusLines('649', 1, 999),
  '362 (whole)': corpusLines('362', 1, 999),
  '270 (whole)': corpusLines('270', 1, 999),
  '161 (whole)': corpusLines('161', 1, 999),
  '165 (whole)': corpusLines('165', 1, 999),
  '515 (whole)': corpusLines('515', 1, 999),
  '582 (whole)': corpusLines('582', 1, 999),
  '100 (whole)': corpusLines('100', 1, 999),
  '463 (whole)': corpusLines('463', 1, 999),
  '498 (whole)': corpusLines('498', 1, 999),
  '108 L22–L24': [
    '昨天,财政部国库司发布了“2015年全国政府采购简要情况”,透露当期全国政府采购规模为21070.5亿元,首次突破2万亿元,比上年增加3765.2亿元,增长21.8%;占全国财政支出和GDP的比重分别达到12%和3.1%。',
    '',
    '从政府采购结构来看,货物类、工程类和服务类采购金额分别为6571.4亿元、11155.2亿元和3343.9亿元,占全国政府采购规模的比重为 31.2%、52.9%和15.9%。',
  ].join('\n'),
};

describe('a 情况说明 reads the same wherever its copy breaks its lines', () => {
  it("620 L24: a list headed in the sentence before its '其中:' is read as one whatever passage the '其中:' opens", () => {
    // The items hold '提高 5.6个、7.3个百分点' (figures of no amount): whether every item was read cannot be told, so the
    // sum is not checked — on one line, and with '其中:' on a line of its own (it was 217.8 against 442.02, an error).
    const head = '1.收入决算情况:2018年,全市完成一般公共预算收入217.8亿元,为预算的100%,增长7.1%。';
    const items = '地方财政收入133.6亿元,增长2.4%;总税收收入和地方税收收入分别完成174.8亿元、90.6亿元;总税比和地方税比分别为80.3%、67.8%,提高 5.6个、7.3个百分点;非税收入完成43.02亿元,下降16.5%。';
    expect(findingsOf(`${head}其中:${items}`)).toEqual([]);
    expect(findingsOf(`${head}\n其中:\n${items}`)).toEqual([]);
    expect(findingsOf(`${head}\n其中:${items}`)).toEqual([]);
  });

  it('443 L1: a numbered heading between two figures of one name starts another scope, in one passage or over several', () => {
    // 上年结转收入 of 全区 (7.7) and of 区本级 (6.9): re-wrapped at 55 the heading falls inside a passage after the first one and was
    // not seen, so the 6.9 was called a copy of the 7.7 (an error).
    expect(findingsOf(PAGE_443).filter((f) => f.includes('duplicate'))).toEqual([]);
    const lines = rewrapped(55).apply(PAGE_443).text;
    expect(lines.split('\n').length).toBeGreaterThan(8);
    expect(findingsOf(lines).filter((f) => f.includes('duplicate'))).toEqual([]);
  });

  it("108 L24: a line opened by '和' and a figure goes on with the list of the line before", () => {
    // Cut before '和3343.9亿元', the first line ends on a unit and was taken for a typed paragraph: the shares were paired with
    // the wrong amounts (31.2% and 52.9% of 3343.9, two errors).
    const line =
      '从政府采购结构来看,货物类、工程类和服务类采购金额分别为6571.4亿元、11155.2亿元和3343.9亿元,占全国政府采购规模的比重为 31.2%、52.9%和15.9%。';
    const before = '昨天,财政部国库司发布了“2015年全国政府采购简要情况”,透露当期全国政府采购规模为21070.5亿元,首次突破2万亿元,比上年增加3765.2亿元,增长21.8%;占全国财政支出和GDP的比重分别达到12%和3.1%。';
    const cut = line.indexOf('和3343.9');
    expect(findingsOf(`${before}\n\n${line}`)).toEqual([]);
    expect(findingsOf(`${before}\n\n${line.slice(0, cut)}\n${line.slice(cut)}`)).toEqual([]);
  });

  it('283 L29: one reason after two changes side by side explains both, whether it follows in their passage or opens the next', () => {
    const changes = '2018年总收入3647.88万元。比上年增长12.16%。总支出3629.2万元,比上年增长11.64%。';
    const reason = '增长原因主要是主要是人员经费调整后,财政拨入人员经费上调。';
    expect(findingsOf(`(一)收入支出决算总体情况说明\n${changes}${reason}`)).toEqual([]);
    // Cut at the 。 of the second change (re-wrapped at 78): 12.16% was asked for a reason (a warning).
    expect(findingsOf(`(一)收入支出决算总体情况说明\n${changes}\n${reason}`)).toEqual([]);
    // Cut at the 。 of the first (re-wrapped at 43): the second change and the reason open the next passage.
    const first = changes.indexOf('总支出');
    expect(findingsOf(`(一)收入支出决算总体情况说明\n${changes.slice(0, first)}\n${changes.slice(first)}${reason}`)).toEqual([]);
  });

  it("578 L47: a line opened by '比,' closes the comparison of the line before", () => {
    const line =
      '随州市电视调频台2018年决算收入合计373.21万元,较上年612.33万元减少了239.12万元,减少比例39%,主要原因是减少基本建设资金和省无线覆盖专项资金,和2018年预算310.88万元比,增加62.22万元,增加20%,主要原因是当年有省级运维专款。';
    const cut = line.indexOf('比,增加');
    // 373.21 − 310.88 = 62.33, printed 62.22: found on one line, lost when the line was cut before '比,' (re-wrapped at 81).
    const slip = (text: string) => findingsOf(text).filter((f) => f.includes('narrative/change'));
    expect(slip(line)).toEqual(['error narrative/change 62.33 62.22']);
    expect(slip(`${line.slice(0, cut)}\n${line.slice(cut)}`)).toEqual(['error narrative/change 62.33 62.22']);
  });

  it('383 L20: a classification after a paragraph cut at a 。 before a known part is headed by no figure that cannot be told', () => {
    const paragraph =
      '2023年部门支出总预算1157.55万元,基本支出预算709.55万元,占支出总预算的61.30%,同比增加75.96万元,同比增长11.99%。项目支出预算448万元,占支出总预算的38.70%,同比减少594万元,同比增长下降57%。';
    const rest = '(一)按支出功能分类科目划分,共分为1类,其中:\n教育支出1157.55万元,占支出总预算100%,同比减少518.08万元,同比下降30.92%。';
    const cut = paragraph.indexOf('项目支出预算');
    const sums = (text: string) => findingsOf(text).filter((f) => f.includes('narrative/sum'));
    expect(sums(`三、部门支出预算情况说明\n${paragraph}\n${rest}`)).toEqual([]);
    // Cut before 项目支出 (re-wrapped at 110): the 448 was taken for the whole of the classification (an error, 448 < 1157.55).
    expect(sums(`三、部门支出预算情况说明\n${paragraph.slice(0, cut)}\n${paragraph.slice(cut)}\n${rest}`)).toEqual([]);
  });

  it("403 L9: a '其中:' opening a passage after a full line that closed a sentence breaks down the paragraph's figure", () => {
    // '…较年初预算数减少0.04万元。主要是…压减“三公”经费。' then '其中:…较年初预算数减少0.04万元,…;…较年初预算数减少0.04万元': the
    // items' changes add to −0.08, the whole's is −0.04 (a keyed error). Re-wrapped at 78 the 。 before the 其中 ends a full line.
    const text = corpusLines('403', 5, 9);
    const sums = (t: string) => findingsOf(t).filter((f) => f.includes('narrative/sum'));
    expect(sums(text)).toEqual(['error narrative/sum -0.08 -0.04']);
    const wrapped = rewrapped(78).apply(text).text;
    expect(wrapped).toMatch(/压减“三公”经费。\n其中:/);
    expect(sums(wrapped)).toEqual(['error narrative/sum -0.08 -0.04']);
  });

  it('568 L4: an unread item between a total and its last part is seen over the passages a copy breaks them into', () => {
    // '…增加231,448.10元,增长145.87%。其中:因公出国(境)费支出决算增加0元,…;公务用车购置…' — an item's change with its own rate
    // and no amount read stops the sum. Re-wrapped at 44, 45, 88 or 89 the total and its last part fall in two passages, and
    // the unread item between them was not looked for: '0 + 56,716 ≠ 231,448.10' (an error).
    const text = corpusLines('568', 1, 12);
    const errors = (t: string) => findingsOf(t).filter((f) => f.startsWith('error'));
    expect(errors(text)).toEqual([]);
    for (const width of [44, 45, 88, 89]) expect(errors(rewrapped(width).apply(text).text), `re-wrapped at ${width}`).toEqual([]);
  });

  it("439 L1–L3: a table's unit caption on a line of its own is never joined to the title before it", () => {
    const lines = (text: string) => text.split('\n').map((t, i) => ({ index: i, text: t, sheet: 'x.txt', cell: `L${i + 1}` }));
    const title = '共青團宣城市委2020年“三公”經費預算一,、2020年“三公”經費支出預算表';
    for (const width of [undefined, 80]) {
      expect(joinLinesOfWidth(lines(`${title}\n單位:萬元`), width).map((p) => p.text)).toEqual([title, '單位:萬元']);
    }
    // Re-wrapped at 81 the title is a full line: joined to its caption, the table under it was not read (a keyed error lost).
    expect(findingsOf(rewrapped(81).apply(corpusLines('439', 1, 36)).text)).toEqual(findingsOf(corpusLines('439', 1, 36)));
  });

  it("72 L30: a '其中:' opening a passage after a full line stays a breakdown when its head cannot be told", () => {
    // '…其他资金预算7000万元。' / '其中:财政拨款收入751.8万元,…包括一般公共预算收入751.8万元;其他收入7000万元,…' (re-wrapped at 58 and
    // 87): the 其中 was dropped at its first part, so the 包括 inside it was no longer nested, did not end at its ；, and took
    // the 7000 (751.8 + 7000 ≠ 751.8, an error).
    const text = corpusLines('72', 1, 30);
    const sums = (t: string) => findingsOf(t).filter((f) => f.includes('narrative/sum'));
    expect(sums(text)).toEqual([]);
    for (const width of [58, 87]) expect(sums(rewrapped(width).apply(text).text), `re-wrapped at ${width}`).toEqual([]);
  });

  it("161 L17: '与上年持平' takes no prior printed after it", () => {
    // '…决算支出数为0万元,与上年持平公务接待费预算数为310.37万元,决算支出数为249.29万元…' — the 上年 dates the 公务接待费 figures
    // after it. Re-wrapped at 98 the figures of the next items fall in another passage, and the 249.29 was the one 上年 决算支出数
    // left: '0万元与249.29万元相差249.29万元，文中却写“与上年持平”' (an error).
    const text = corpusLines('161', 1, 999);
    const direction = (t: string) => findingsOf(t).filter((f) => f.includes('narrative/direction'));
    expect(direction(text)).toEqual([]);
    expect(direction(rewrapped(98).apply(text).text)).toEqual([]);
  });

  it('a list read short is silent when what follows it in its paragraph goes on past a passage a copy ended on a 。', () => {
    // 261 L14 (49, 97, 98): the classification's '其它资本性支出45万元。' in the next passage; 577 L30 (46): '事业收入86.97万元,…' after
    // '上年结转0.00万元。'; 448 L12 (46, 54, 91): '②…' opening the next passage; 151 L21 (70, 117): '公务用车购置及运行维护费为1012万元'
    // after '…接待9195人次。'. Each was a short-sum warning.
    for (const [id, widths] of [['261', [49, 97, 98]], ['577', [46]], ['448', [46, 54, 91]], ['151', [70, 117]]] as const) {
      const text = corpusLines(id, 1, 999);
      const sums = (t: string) => findingsOf(t).filter((f) => f.startsWith('warning narrative/sum'));
      for (const width of widths) expect(sums(rewrapped(width).apply(text).text), `${id} re-wrapped at ${width}`).toEqual(sums(text));
    }
  });

  it('a reason after a passage a copy ended on the change’s 。 explains the change', () => {
    // 311 L13 '…下降42.86%。' / '减少6万元。主要原因是厉行节约。' (50, 51, 100, 101, 111, 112); 53 L4 '…下降100.00%。' / '2022年度无公务
    // 接待支出。' (52, 77, 88: a year is no figure that starts the next item); 533 L15 and 205 L9 '…。' / '其中:…' cut by the copy
    // (63, 64; 50, 51); 581 L14 '…具体变动情况' / '如下:' (102, 103). Each was a '未说明原因' warning.
    const cases = [['311', [50, 51, 100, 101, 111, 112]], ['53', [52, 77, 88]], ['533', [63, 64]], ['205', [50, 51]], ['581', [102, 103]]] as const;
    for (const [id, widths] of cases) for (const width of widths) sameAtWidth(corpusLines(id, 1, 999), width);
  });

  it("602 L8: a line that stops on a count's words ('…编制人数') goes on with the figure opening the next, though '23、' looks like an item", () => {
    const lines = (text: string) => text.split('\n').map((t, i) => ({ index: i, text: t, sheet: 'x.txt', cell: `L${i + 1}` }));
    const joined = (text: string) => joinLinesOfWidth(lines(text), 40).map((p) => p.text);
    expect(joined('人员情况要求:编制人数42,其中:行政编制人数19、全部补助事业编制人数\n23、差额补助事业编制人数0。')).toHaveLength(1);
    // Items of a list of counts, each a line, stay items.
    expect(joined('1、全部补助事业编制人数\n2、差额补助事业编制人数')).toHaveLength(2);
    // 19 + 0 + 23 + 0 + 13 = 55 against 编制人数42 (a keyed warning): lost re-wrapped at 98 ('…编制人数' / '23、…') and 44 ('…' / '19、…').
    const text = corpusLines('602', 1, 999);
    const heads = (t: string) => findingsOf(t).filter((f) => f.startsWith('warning narrative/sum'));
    expect(heads(text)).toHaveLength(1);
    for (const width of [44, 98]) expect(heads(rewrapped(width).apply(text).text), `re-wrapped at ${width}`).toEqual(heads(text));
  });

  it('422 L10: a run of shares adding to 100% is checked against the paragraph’s total before the 。 a copy ended a passage on', () => {
    // '…2023年部门预算支出总数121.76万元,…压缩支出。' / '其中:人员支出43.72万元、占35.9%,日常公用支出5.49万元、占6.97%,…' (93): the
    // share error (6.97% for 4.51%) and the sum error (43.72 + 5.49 + 70.2 = 119.41) were lost.
    const text = corpusLines('422', 1, 999);
    const errors = (t: string) => findingsOf(t).filter((f) => f.startsWith('error'));
    expect(errors(text)).toEqual(['error narrative/share 4.51 6.97', 'error narrative/sum 119.41 121.76']);
    const wrapped = rewrapped(93).apply(text).text;
    expect(wrapped).toMatch(/压缩支出。\n其中:/);
    expect(errors(wrapped)).toEqual(errors(text));
  });

  it("437 L12: the '主要是' changes of every part are weighed against a breakdown before a 。 a copy ended a passage on", () => {
    // '…住房保障支出预算18.35万元。' / '支出预算比2025年增加140.86万元,主要是…' (78): 140.98 against 140.86 (a keyed warning) was lost.
    const text = corpusLines('437', 1, 999);
    const sums = (t: string) => findingsOf(t).filter((f) => f.startsWith('warning narrative/sum'));
    expect(sums(text)).toHaveLength(1);
    expect(sums(rewrapped(78).apply(text).text)).toEqual(sums(text));
  });

  it("515 L12: a classification is headed by the paragraph's one figure when the passage before it ended on a full line's 。", () => {
    // '…公用经费支出127.29万元。' ends a full line re-wrapped at 52–56: '按支出经济分类科目:…432.54 + 127.2 + 21.89 = 581.63' against
    // 581.72 (a keyed warning) had no head.
    const text = corpusLines('515', 1, 999);
    const sums = (t: string) => findingsOf(t).filter((f) => f.startsWith('warning narrative/sum'));
    expect(sums(text)).toHaveLength(1);
    for (const width of [52, 53, 54, 55, 56]) expect(sums(rewrapped(width).apply(text).text), `re-wrapped at ${width}`).toEqual(sums(text));
  });

  it("645 L1: a web page's 发布时间 line is never the rest of the title before it", () => {
    const lines = (text: string) => text.split('\n').map((t, i) => ({ index: i, text: t, sheet: 'x.txt', cell: `L${i + 1}` }));
    const title = '海港区财政局上半年政府采购节约资金253万余元';
    expect(joinLinesOfWidth(lines(`${title}\n发布时间:2016-07-04 发布机构:财政局`), 44).map((p) => p.text)).toEqual([title, '发布时间:2016-07-04 发布机构:财政局']);
    // Re-wrapped at 44 the title is a full line: joined to the 发布时间 line, its '253万余元' against 290.72 (a keyed warning) was lost.
    const text = corpusLines('645', 1, 999);
    expect(findingsOf(rewrapped(44).apply(text).text)).toEqual(findingsOf(text));
  });

  it("151 L17: a title cut before its last word ('…经费决支出情况' / '说明') is one title", () => {
    const lines = (text: string) => text.split('\n').map((t, i) => ({ index: i, text: t, sheet: 'x.txt', cell: `L${i + 1}` }));
    const title = '迪庆州州本级2020年度“三公”经费决支出情况';
    expect(joinLinesOfWidth(lines(`${title}\n说明\n根据国务院关于推进政府预算信息公开的决策部署`), 42).map((p) => p.text)).toEqual([`${title}说明`, '根据国务院关于推进政府预算信息公开的决策部署']);
    // A line of prose that stops on a title's word is not joined to a next line that is no title's word.
    expect(joinLinesOfWidth(lines(`${title}\n报告期内`), undefined)).toHaveLength(2);
    // Re-wrapped at 42–45 the 2020 of the repeated title (the report is of 2021, a keyed warning) was lost.
    const text = corpusLines('151', 1, 999);
    const years = (t: string) => findingsOf(t).filter((f) => f.includes('narrative/year'));
    expect(years(text)).toHaveLength(1);
    for (const width of [42, 43, 44, 45]) expect(years(rewrapped(width).apply(text).text), `re-wrapped at ${width}`).toEqual(years(text));
  });

  it("582 L12: a balanced budget's change is weighed against the total its paragraph opens with, over a 。 a copy ended a passage on", () => {
    // '…其他收入0万元。' ends a full line re-wrapped at 41 and 51: '收入较去年减少59.04万元' against '支出较去年减少92.43万元', both sides
    // 1165.79 (a keyed warning), was lost.
    const text = corpusLines('582', 1, 999);
    const balanced = (t: string) => findingsOf(t).filter((f) => f.startsWith('warning narrative/change'));
    expect(balanced(text)).toHaveLength(1);
    for (const width of [41, 51]) expect(balanced(rewrapped(width).apply(text).text), `re-wrapped at ${width}`).toEqual(balanced(text));
  });

  it('198 L4: an overview’s reasons explain the details after it in its paragraph, over a 。 a copy ended a passage on', () => {
    // '…公务用车运行维护费上升20.1%,上涨的主要原因是…市级费用相应增加。' ends a full line re-wrapped at 50, and '从明细看,公务接待费…
    // 下降25%;…' opens the next passage: its four changes were each asked for a reason (warnings).
    const text = corpusLines('198', 1, 999);
    const reasons = (t: string) => findingsOf(t).filter((f) => f.includes('narrative/reason'));
    expect(reasons(text)).toEqual([]);
    expect(reasons(rewrapped(50).apply(text).text)).toEqual([]);
  });

  it('465 L15: the figure 加上 adds to may stand before a 。 a copy ended a passage on', () => {
    // '…本级收入完成53.19亿元,…。其中,税收收入29.09亿元,…。' ends a full line re-wrapped at 69, 76 and 77, and '非税收入24.1亿元,…。加上
    // 中央及市级转移支付29.71亿元、…,收入总量为102.06亿元' opens the next passage: the 24.1 was taken for what is added to
    // (24.10 + 29.71 + … = 72.97, a warning). The 本级收入 it breaks down, 53.19, makes 102.06.
    const text = corpusLines('465', 1, 999);
    const sums = (t: string) => findingsOf(t).filter((f) => f.includes('narrative/sum'));
    for (const width of [69, 76, 77]) expect(sums(rewrapped(width).apply(text).text), `re-wrapped at ${width}`).toEqual(sums(text));
  });

  it("649 L23: '增长%' after a change of the whole figure is a change from nothing, over a 。 a copy ended a passage on", () => {
    // '…支出总计22,373.87万元。' ends a full line re-wrapped at 65 and 66: '收支较上年决算数增加22,373.87万元、增长%' (all of it new, no rate
    // to print) was called a percentage left out (a warning).
    const text = corpusLines('649', 1, 999);
    const missing = (t: string) => findingsOf(t).filter((f) => f.includes('narrative/missing'));
    for (const width of [65, 66]) expect(missing(rewrapped(width).apply(text).text), `re-wrapped at ${width}`).toEqual(missing(text));
  });

  it("362 L9: a line opened by a bracketed rate ('(42.86%),…') closes the change on the line before", () => {
    const lines = (text: string) => text.split('\n').map((t, i) => ({ index: i, text: t, sheet: 'x.txt', cell: `L${i + 1}` }));
    expect(joinLinesOfWidth(lines('2、公务接待费2.30万元,较上年减少1.5万元\n(42.86%),减少的主要原因是…'), undefined)).toHaveLength(1);
    expect(joinLinesOfWidth(lines('2、公务接待费2.30万元。\n(1)会议费1万元'), undefined)).toHaveLength(2);
    // Re-wrapped at 47 the rate fell on a line of its own: its error (39.47% for 42.86%, keyed) was lost, and a '未说明原因' warning given.
    const text = corpusLines('362', 1, 999);
    expect(findingsOf(rewrapped(47).apply(text).text)).toEqual(findingsOf(text));
  });

  it("469 L21: a line opened by '占' and a rate gives the share of the figure ending the line before", () => {
    const lines = (text: string) => text.split('\n').map((t, i) => ({ index: i, text: t, sheet: 'x.txt', cell: `L${i + 1}` }));
    expect(joinLinesOfWidth(lines('其中:一般公共服务支出588.61万元占31.75%、文化旅游体育与传媒支出27.02万元\n占1.46%、社会保障和就业支出206.53万元'), undefined)).toHaveLength(1);
    // Re-wrapped at 113 and 114 (not read as hard-wrapped) the line ended on '27.02万元': the list stopped there, 588.61 + 27.02 against
    // 1853.75 (a warning).
    const text = corpusLines('469', 1, 999);
    const sums = (t: string) => findingsOf(t).filter((f) => f.includes('narrative/sum'));
    for (const width of [113, 114]) expect(sums(rewrapped(width).apply(text).text), `re-wrapped at ${width}`).toEqual(sums(text));
  });

  it('577 L30: items that go on in the next passage and make the gap exactly leave nothing out, hard-wrapped or not', () => {
    // '…其中:一般公共预算拨款1125.76万元,上年结转0.00万元。' / '事业收入86.97万元,其他收入70.00万元。…' re-wrapped at 91 and 92, lines
    // of too many widths to be read as hard-wrapped: 1125.76 + 0 against 1282.73 (a warning) though 86.97 + 70 is the gap.
    const text = corpusLines('577', 1, 999);
    const sums = (t: string) => findingsOf(t).filter((f) => f.includes('narrative/sum'));
    for (const width of [91, 92]) expect(sums(rewrapped(width).apply(text).text), `re-wrapped at ${width}`).toEqual(sums(text));
  });

  it("523 L7: a sentence of additions without 加上 opening a passage adds to the figure before a copy's 。", () => {
    // '全区政府性基金预算支出40万元,主要是抗疫特别国债40万元。' ends a full line re-wrapped at 55 and 56, and '结转下年项目支出4万元后,
    // 支出总计40万元。' opens the next passage: 40 + 4 against 40 (a keyed warning) was lost.
    const text = corpusLines('523', 1, 999);
    const sums = (t: string) => findingsOf(t).filter((f) => f.startsWith('warning narrative/sum'));
    expect(sums(text)).toHaveLength(2);
    for (const width of [55, 56]) expect(sums(rewrapped(width).apply(text).text), `re-wrapped at ${width}`).toEqual(sums(text));
  });

  it("270 L8–L11: a list of sources headed by their names waits the sentences it waits in one passage, over a 。 a copy ended a passage on", () => {
    // Re-wrapped at 57 and 58, '事业收入:…事业收入预算35957.91万元。' fills a line and its '其中纳入…' opens the next passage: the
    // passage's end after its 。 was counted as one more sentence, the list of sources closed before '其他收入:…10422.31万元', and
    // 18777.83 + 35957.91 was set against 68158.05 (a warning in place of the keyed one on the three sources, 3000 short).
    const text = corpusLines('270', 1, 999);
    const sums = (t: string) => findingsOf(t).filter((f) => f.includes('narrative/sum'));
    expect(sums(text)).toEqual(['warning narrative/sum 65158.05 68158.05']);
    for (const width of [57, 58]) expect(sums(rewrapped(width).apply(text).text), `re-wrapped at ${width}`).toEqual(sums(text));
  });

  it('161 L17 and 463 L103: in a copy not read as hard-wrapped, a line as wide as the one before it goes on though it stops on a figure', () => {
    const lines = (text: string) => text.split('\n').map((t, i) => ({ index: i, text: t, sheet: 'x.txt', cell: `L${i + 1}` }));
    // 161 re-wrapped at 98: titles and table cells keep it from being read as hard-wrapped, and '…增长0.84%' ended a paragraph
    // there — the “三公” 820.33 was called short of 0 + 249.29 (a new warning).
    const full = [
      '云县2023“三公”经费预算数为832.05万元,决算支出数为820.33万元,完成年初预算数的98.59%,较2022年决算',
      '数688.84万元131.49万元,增长19.09%。其中:2023年因公出国(境)费预算数为0万元,决算支出数为0万元,与上年',
      '持平公务接待费预算数为310.37万元,决算支出数为249.29万元,较2022年决算数247.21万元2.08万元,增长0.84%',
      '公务用车购置及运行维护费预算数为521.67万元,决算支出数为571.04万元,较2022年决算数441.63万元129.41万',
    ];
    expect(joinLinesOfWidth(lines(full.join('\n')), undefined)).toHaveLength(1);
    // A short line that stops on a figure still ends its paragraph, and so does one of another width.
    expect(joinLinesOfWidth(lines([full[1], '持平公务接待费预算数为310.37万元,决算支出数为249.29万元', full[3]].join('\n')), undefined)).toHaveLength(2);
    expect(joinLinesOfWidth(lines([full[1], `${full[2]},比上年增长0.84%`, full[3]].join('\n')), undefined)).toHaveLength(2);
    const text161 = corpusLines('161', 1, 999);
    expect(findingsOf(rewrapped(98).apply(text161).text)).toEqual(findingsOf(text161));
    // 463 re-wrapped at 60: '…以及结转下年4.3亿元' / '后,支出总计84.65亿元。' — the keyed 70.16 + 1.13 + 6.81 + 4.30 against 84.65 was lost.
    const text463 = corpusLines('463', 1, 999);
    const sums = (t: string) => findingsOf(t).filter((f) => f.includes('narrative/sum'));
    expect(sums(text463)).toContain('warning narrative/sum 82.4 84.65');
    expect(sums(rewrapped(60).apply(text463).text)).toEqual(sums(text463));
  });

  it("165 L19–L21: a 其中 of a numbered item goes on over the 。 a copy ended a full line on", () => {
    // Re-wrapped at 81, '2.公务用车购置及运行维护费支出4.02万元。其中:公务用车购置支出0万元,购置车辆0辆。' fills a line and '本单位2023年度无
    // 此项支出。' opens the next passage: the passage's end was counted as one more sentence, the 其中 closed before '公务用车运行维护
    // 支出0万元', and the keyed error (4.02 against 0 + 0) was lost.
    const text = corpusLines('165', 1, 999);
    const sums = (t: string) => findingsOf(t).filter((f) => f.includes('narrative/sum'));
    expect(sums(text)).toEqual(['error narrative/sum 0 4.02']);
    expect(sums(rewrapped(81).apply(text).text)).toEqual(sums(text));
  });

  it('515 L9, 582 L13, 463 L103: a copy whose titles and table cells make most lines short is hard-wrapped when its widest lines are many', () => {
    // Re-wrapped at 118 (515), 101 (582) and 49 (463), fewer than half the lines are full: the copy was taken for a typed one, a full
    // line that closed a sentence ended its paragraph, and a keyed warning was lost each time.
    const sums = (t: string) => findingsOf(t).filter((f) => f.includes('narrative/sum') || f.includes('narrative/change'));
    // At 119 the table's cells (20–22 wide) outnumber the three full lines: only widths near the widest compete with it.
    for (const [id, width] of [['515', 118], ['582', 101], ['463', 49], ['463', 119]] as const) {
      const text = corpusLines(id, 1, 999);
      const copy = rewrapped(width).apply(text).text;
      expect(wrapWidth(copy.split('\n')), `${id} re-wrapped at ${width}`).toBe(width);
      expect(sums(copy), `${id} re-wrapped at ${width}`).toEqual(sums(text));
    }
    // As written they are typed (a paragraph a line): no width.
    for (const id of ['515', '582', '463', '161']) expect(wrapWidth(corpusLines(id, 1, 999).split('\n')), id).toBeUndefined();
    // 100 re-wrapped at 46: three lines the copy could not cut stand wider (51–53) than the seven it cut (44–46) — the widest are not
    // the width; read with 53, the lines of 44–46 were taken for short ones and three rates were set on the wrong figures (errors).
    const copy100 = rewrapped(46).apply(corpusLines('100', 1, 999)).text;
    expect(wrapWidth(copy100.split('\n'))).toBeUndefined();
    expect(findingsOf(copy100)).toEqual(findingsOf(corpusLines('100', 1, 999)));
  });

  it("498 L23: a line opened by a negative rate ('-35.68%,…') closes the change on the line before", () => {
    const lines = (text: string) => text.split('\n').map((t, i) => ({ index: i, text: t, sheet: 'x.txt', cell: `L${i + 1}` }));
    // Re-wrapped at 43, '…支出减少75.99万元,增长' falls short of a full line and '-35.68%,主要原因是…' opens the next: the rate was left
    // without its change and the keyed error (75.99 ÷ 288.99 = 26.30%, not 35.68%) was lost.
    expect(joinLinesOfWidth(lines('元,增长-5.86%,支出减少75.99万元,增长\n-35.68%,主要原因是一般公共预算财政拨款开支'), 43)).toHaveLength(1);
    const text = corpusLines('498', 1, 999);
    const changes = (t: string) => findingsOf(t).filter((f) => f.includes('narrative/change'));
    expect(changes(text)).toHaveLength(2);
    expect(changes(rewrapped(43).apply(text).text)).toEqual(changes(text));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99999 }), fc.constantFrom('%', '万元', '亿元'), (n, unit) => {
        const figure = `-${(n / 100).toFixed(2)}${unit}`;
        expect(joinLinesOfWidth(lines(`本部门2018年度支出减少75.99万元,增长\n${figure},主要原因是开支人数减少。`), 43)).toHaveLength(1);
      }),
    );
  });

  it('a real paragraph re-wrapped at any width from 40 to 120 gives the findings it gives as written', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(PARAGRAPHS)), fc.integer({ min: 40, max: 120 }), (name, width) => sameAtWidth(PARAGRAPHS[name], width)),
      { numRuns: 150 },
    );
  });
});
