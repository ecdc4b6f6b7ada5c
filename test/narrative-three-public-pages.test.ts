/**
 * Wording and layout families of the county “三公” 决算 pages (安徽, 云南, 湖南 … in the held-out
 * second batch of the corpus): the shares of the items of a total, a fall to nothing, and the
 * 项目 | 预算数 | 决算数 table the page prints above its text one cell a line. For each, the page
 * as real documents write it raises nothing it should not, and a slip in it is found with its
 * arithmetic. The pages are written for these tests in those wordings.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText, reviewNarrativeText } from '../src/engine/narrative';

const lines = (...ls: string[]) => ls.join('\n');
const brief = (text: string) => checkNarrativeText(text).map((f) => `${f.rule} ${f.severity} ${f.cell}`);

describe('the shares of the items of a “三公” total', () => {
  const page = lines(
    '（二）一般公共预算财政拨款“三公”经费支出决算具体情况说明。',
    '2022年度一般公共预算财政拨款“三公”经费支出决算为9.61万元。2022年度一般公共预算财政拨款“三公”经费支出决算中，因公出国（境）费支出决算0万元，占0%；公务接待费支出决算3.17万元，占32.99%；公务用车购置及运行维护费支出决算6.44万元，占67.01%。',
  );

  it('each rounded from its own figures, making 100%, raise nothing', () => {
    expect(brief(page)).toEqual([]);
  });

  it('a share one unit off its rounding in a group that then makes 99.99% is a warning with the finer quotient', () => {
    // 6.44 ÷ 9.61 = 67.0135% → 67.01; printed 67.00 (the printed amounts could allow it, the group's total cannot).
    const f = checkNarrativeText(page.replace('占67.01%', '占67.00%'));
    expect(f.map((x) => `${x.rule} ${x.severity} ${x.cell}`)).toEqual(['narrative/share warning L2']);
    expect(f[0].message).toContain('6.44 ÷ 9.61 = 67.0135%');
    expect(f[0].message).toContain('99.99%');
  });

  it('the share whose correction would take the total further from 100% is not blamed', () => {
    // 32.99 → 33.00 makes 100.01: only 67.01 → 67.00 brings it back, and that one is right.
    const f = checkNarrativeText(page.replace('占32.99%', '占33.00%'));
    expect(f.map((x) => `${x.rule} ${x.severity}`)).toEqual(['narrative/share warning']);
    expect(f[0].message).toContain('3.17 ÷ 9.61');
  });

  it('three shares each rounded right may make 99.99%: nothing is said', () => {
    const thirds = '2022年度“三公”经费支出决算为3.00万元，其中：因公出国（境）费1.00万元，占33.33%；公务接待费1.00万元，占33.33%；公务用车购置及运行维护费1.00万元，占33.33%。';
    expect(brief(thirds)).toEqual([]);
  });

  it('two units off, still within what the printed amounts allow, is a warning; beyond them an error as before', () => {
    expect(brief(page.replace('占67.01%', '占66.99%'))).toEqual(['narrative/share warning L2']);
    const f = checkNarrativeText(page.replace('占67.01%', '占66.01%'));
    expect(f.map((x) => `${x.rule} ${x.severity}`)).toEqual(['narrative/share error']);
    expect(f[0].message).toContain('应为67.01%');
  });
});

describe('a fall to nothing', () => {
  const page = '2022年度一般公共预算财政拨款“三公”经费支出决算数比上年减少680.00元，下降5.10%。其中：因公出国（境）费支出决算减少0.00元，下降0.00%；公务用车运行维护费支出决算增加0.00元，增长0.00%；公务接待费支出决算减少680.00元，下降100.00%。2022年度无公务接待支出。';

  it('is explained when the text says there was none of it this year', () => {
    expect(brief(page)).toEqual([]);
  });

  it('is not explained by a word about another item, and the warning quotes the change’s own clause', () => {
    const f = checkNarrativeText(page.replace('2022年度无公务接待支出。', '2022年度无因公出国（境）支出。'));
    expect(f.map((x) => `${x.rule} ${x.severity}`)).toEqual(['narrative/reason warning']);
    expect(f[0].message).toContain('“公务接待费支出决算减少680.00元，下降100.00%。”');
  });

  it('a fall that is not to nothing still needs its reason', () => {
    const part = page.replace('减少680.00元，下降100.00%。2022年度无公务接待支出。', '减少680.00元，下降40.00%。2022年度无因公出国（境）支出。');
    expect(brief(part)).toEqual(['narrative/reason warning L1']);
  });
});

describe('reasons given in their own paragraph, headed by the change they explain', () => {
  // A 省厅's “三公” 决算 (corpus 157): the items' rises, then '…大于上年决算数的主要情况：…'.
  const page = (heading: string) =>
    lines(
      '2023年度“三公”经费财政拨款支出决算为52.07万元，完成全年预算70.00万元的74.4%，比上年决算数增加28.97万元，增长125.4%。其中：公务用车购置及运行维护费支出决算为27.46万元，比上年决算数增加6.32万元，增长29.9%；公务接待费支出决算为24.61万元，比上年决算数增加22.65万元，增长1,155.6%。',
      `${heading}2022年受疫情影响，公务往来减少，支出大幅下降；2023年公务往来恢复正常，相关支出增加。`,
    );

  it('explain every item of the total, whichever way the heading says it', () => {
    for (const heading of ['2023年度“三公”经费支出决算大于上年决算数的主要情况：', '“三公”经费支出比上年增加的主要情况:', '2023年度“三公”经费决算较上年增长较多的主要情况：']) {
      expect(brief(page(heading)), heading).toEqual([]);
    }
  });

  it('a paragraph of 主要情况 that names no change explains nothing', () => {
    expect(brief(page('部门的主要情况：')).filter((b) => b.startsWith('narrative/reason'))).toHaveLength(3);
  });
});

describe('a large rise stated only as a percentage', () => {
  it('is quoted with the sentence that names what rose, and needs its reason', () => {
    const f = checkNarrativeText('2017年总收入488.93万元。比上年增长33%。总支出488.80万元，比上年增长33%。');
    expect(f.map((x) => `${x.rule} ${x.severity}`)).toEqual(['narrative/reason warning', 'narrative/reason warning']);
    expect(f[0].message).toContain('“2017年总收入488.93万元。比上年增长33%。”');
    expect(f[1].message).toContain('“总支出488.80万元，比上年增长33%。”');
    expect(brief('2017年总收入488.93万元。比上年增长33%，主要原因是新增保教补助。')).toEqual([]);
  });
});

describe('a large change stated only as an amount', () => {
  const reasons = (text: string) => checkNarrativeText(text).filter((f) => f.rule === 'narrative/reason');

  it('needs its reason, with the rate its amount implies', () => {
    const f = reasons('2024年本部门一般公共预算财政拨款支出860.50万元，比上年增加195.20万元。');
    expect(f.map((x) => x.severity)).toEqual(['warning']);
    expect(f[0].message).toContain('29.3%');
  });

  it('not when the reason is given, the change is small, it is a change on the budget, or the report is a jurisdiction’s', () => {
    for (const text of [
      '2024年本部门一般公共预算财政拨款支出860.50万元，比上年增加195.20万元，主要原因是新增人员3名。',
      '2024年本部门一般公共预算财政拨款支出860.50万元，比上年增加60.20万元。',
      '2023年度本单位“三公”经费支出决算57.53万元，比预算数减少32.37万元。',
      '2024年全县一般公共预算支出860500万元，比上年增加195200万元。',
    ]) {
      expect(reasons(text), text).toEqual([]);
    }
  });

  it('in the sentence after its figure, when that sentence names nothing and the one before states one figure', () => {
    // A hospital's 决算 (corpus 111 L13), in variants.
    const page = (after: string) => `2017年度一般公共预算财政拨款支出2339.68万元,占本年支出合计的30.08%。${after}`;
    const f = reasons(page('与上年对比减少660.26万元。'));
    expect(f.map((x) => x.severity)).toEqual(['warning']);
    expect(f[0].message).toContain('22.0%');
    expect(reasons(page('与上年对比减少660.26万元,主要原因是项目资金减少。'))).toEqual([]);
    // Two figures before it: which one changed is not certain, so nothing is asked.
    expect(reasons('2017年度一般公共预算财政拨款支出2339.68万元,政府性基金支出300.00万元。与上年对比减少660.26万元。')).toEqual([]);
  });

  it('property: asked exactly when the implied rate reaches 10% and no reason is written', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10_000, max: 99_999_999 }), fc.integer({ min: 1, max: 400 }), fc.boolean(), fc.boolean(), (prior, permille, up, withReason) => {
        const change = Math.max(1, Math.round((prior * permille) / 1000));
        const current = up ? prior + change : prior - change;
        fc.pre(current > 0);
        const rate = (change / prior) * 100;
        fc.pre(Math.abs(rate - 10) > 0.5);
        const money = (cents: number) => (cents / 100).toFixed(2);
        const text = `2024年本部门基本支出${money(current)}万元，比上年${up ? '增加' : '减少'}${money(change)}万元${withReason ? '，主要原因是人员变动' : ''}。`;
        expect(reasons(text)).toHaveLength(rate >= 10 && !withReason ? 1 : 0);
      }),
      { numRuns: 100 },
    );
  });
});

describe('the 项目 | 预算数 | 决算数 table printed above the text, one cell a line', () => {
  const table = lines(
    '一、2021年度一般公共预算财政拨款“三公”经费支出决算表',
    '单位:万元',
    '项 目 |',
    '预 算 数 |',
    '决 算 数 |',
    '合 计 |',
    '36.5 |',
    '18.42 |',
    '因公出国(境)费 |',
    '6 |',
    '|',
    '公务接待费 |',
    '12.5 |',
    '10.2 |',
    '公务用车购置及运行维护费 |',
    '18 |',
    '8.22 |',
    '其中:公务用车运行维护费 |',
    '18 |',
    '8.22 |',
    '公务用车购置费 |',
  );
  const text = lines(
    '二、2021年度一般公共预算财政拨款“三公”经费支出情况说明',
    '某局2021年度一般公共预算财政拨款“三公”经费支出预算为36.5万元,支出决算为18.42万元,完成预算的50.47%,决算数小于预算数的主要原因是压减开支。',
    '1.因公出国(境)费支出0万元,与2021年度预算相比,减少6万元,下降100%,原因是未安排出国团组。',
    '2.公务接待费支出10.2万元,与2021年度预算相比,减少2.3万元,下降18.4%,下降的原因是厉行节约。',
    '3.公务用车购置及运行维护费支出8.22万元,与2021年度预算相比,减少9.78万元,下降54.33%,原因是车辆减少。',
  );
  const page = lines(table, text);

  it('gives the budgets the items are compared with: a page that agrees with it raises nothing, and its figures count as checked', () => {
    expect(brief(page)).toEqual([]);
    expect(reviewNarrativeText(page).coverage.unchecked).toBe(0);
  });

  it('a comparison with the budget that contradicts the table is an error with the table’s figure', () => {
    const f = checkNarrativeText(page.replace('与2021年度预算相比,减少6万元,下降100%,原因是未安排出国团组', '与2021年度预算相比无增减'));
    expect(f.map((x) => `${x.rule} ${x.severity} ${x.cell}`)).toEqual(['narrative/direction error L24']);
    expect(f[0].message).toContain('“表中因公出国(境)费预算数6万元”相差6.00万元');
    // '减少0.1万元,下降0.97%' agrees with itself (0.1 ÷ 10.3); only the table shows the budget was 12.5.
    const g = checkNarrativeText(page.replace('减少2.3万元,下降18.4%', '减少0.1万元,下降0.97%'));
    expect(g.map((x) => `${x.rule} ${x.severity} ${x.cell}`)).toEqual(['narrative/change error L25']);
    expect(g[0].message).toContain('按决算“2.公务接待费支出10.2万元”、2021年度预算“表中公务接待费预算数12.5万元”计，变动为10.20 − 12.50 = -2.30万元');
  });

  it('is read in the layout with “|” on lines of their own', () => {
    const separate = table
      .split('\n')
      .flatMap((l) => (l === '|' ? ['|'] : l.endsWith(' |') ? [l.slice(0, -2), '|'] : [l]))
      .join('\n');
    expect(separate).toContain('项 目\n|\n预 算 数\n|');
    const f = checkNarrativeText(lines(separate, text).replace('减少2.3万元,下降18.4%', '减少0.1万元,下降0.97%'));
    expect(f.map((x) => `${x.rule} ${x.severity}`)).toEqual(['narrative/change error']);
    expect(f[0].message).toContain('12.50');
  });

  it('is not read when its columns do not add up, when it states no unit, or when a row has the wrong number of cells', () => {
    const slipped = page.replace('减少2.3万元,下降18.4%', '减少0.1万元,下降0.97%');
    // The table's own 合计 no longer equals its items: nothing is known from it, so the 0.1 is not checked against it.
    // The text's own figures still show a slip somewhere: the kinds' changes on the budget (−6 − 0.1 − 9.78 = −15.88) are
    // not the whole's (18.42 − 36.5 = −18.08) — a warning on the whole, which cannot tell which change is wrong.
    const fromTheTextAlone = ['narrative/change warning L23'];
    expect(brief(slipped.replace('36.5 |', '38.5 |'))).toEqual(fromTheTextAlone);
    // (one line up without the unit line, or without a cell)
    expect(brief(slipped.replace('单位:万元\n', ''))).toEqual(['narrative/change warning L22']);
    expect(brief(slipped.replace('12.5 |\n10.2 |', '12.5 |'))).toEqual(['narrative/change warning L22']);
    // Read, the table shows which: the 0.1 (an error), and the whole's gap is its consequence.
    expect(brief(slipped)).toEqual(['narrative/change error L25']);
  });
});
