/**
 * Wording and layout families of the county “三公” 决算 pages (安徽, 云南, 湖南 … in the held-out
 * second batch of the corpus): the shares of the items of a total, a fall to nothing, and the
 * 项目 | 预算数 | 决算数 table the page prints above its text one cell a line. For each, the page
 * as real documents write it raises nothing it should not, and a slip in it is found with its
 * arithmetic. The pages are written for these tests in those wordings.
 */
import { describe, expect, it } from 'vitest';
import { checkNarrativeText } from '../src/engine/narrative';

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

describe('a large rise stated only as a percentage', () => {
  it('is quoted with the sentence that names what rose, and needs its reason', () => {
    const f = checkNarrativeText('2017年总收入488.93万元。比上年增长33%。总支出488.80万元，比上年增长33%。');
    expect(f.map((x) => `${x.rule} ${x.severity}`)).toEqual(['narrative/reason warning', 'narrative/reason warning']);
    expect(f[0].message).toContain('“2017年总收入488.93万元。比上年增长33%。”');
    expect(f[1].message).toContain('“总支出488.80万元，比上年增长33%。”');
    expect(brief('2017年总收入488.93万元。比上年增长33%，主要原因是新增保教补助。')).toEqual([]);
  });
});
