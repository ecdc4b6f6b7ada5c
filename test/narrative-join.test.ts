/**
 * Text pasted from a PDF: lines that do not end a sentence are joined before the text is read, and
 * every finding stays on the line that holds its figure. The checker must read a hard-wrapped
 * paragraph exactly as the same paragraph typed on one line.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';
import { cellAt, closeLetterSpacing, joinLines, type Passage } from '../src/engine/narrative/text/join';
import type { Paragraph } from '../src/engine/narrative/text/tokens';

const linesOf = (text: string): Paragraph[] =>
  text
    .split('\n')
    .map((t, i) => ({ index: i, text: t, sheet: 'x.txt', cell: `L${i + 1}` }))
    .filter((l) => l.text.trim() !== '');

const lineOf = (cell: string) => Number(cell.slice(1));

/** Breaks `s` into lines of `width` characters, as a PDF does. */
function wrap(s: string, width: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i += width) out.push(s.slice(i, i + width));
  return out;
}

/**
 * Typesets `s` as a PDF does: lines of one display width (a CJK character is two half-width ones), no
 * line starting with closing punctuation, no number cut — but a unit may be ('266.33万' / '元').
 */
function typeset(s: string, width: number): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    let j = i;
    let w = 0;
    while (j < s.length && w + (s.charCodeAt(j) > 0xff ? 2 : 1) <= width) w += s.charCodeAt(j++) > 0xff ? 2 : 1;
    while (j < s.length && /[，。；：、）)%％,.;:]/.test(s[j])) j++;
    let k = j;
    while (k > i + 1 && k < s.length && /[\d.,]/.test(s[k]) && /[\d.,]/.test(s[k - 1])) k--;
    if (k > i + 1) j = k;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

describe('joining hard-broken lines', () => {
  it('joins a sentence broken inside a word and inside a number, and keeps headings and finished sentences apart', () => {
    const text = [
      '六、一般公共预算基本支出情况说明',
      '2.项目支出 0元,同比减少 47600 元,下降 100%。下降原',
      '因是编外人员经费支出列入基本支出。',
      '公用经费较上年减少 91.91',
      '万元,下降16.4%,主要原因是压减支出。',
    ].join('\n');
    const passages = joinLines(linesOf(text));
    expect(passages.map((p) => p.text)).toEqual([
      '六、一般公共预算基本支出情况说明',
      '2.项目支出 0元,同比减少 47600 元,下降 100%。下降原因是编外人员经费支出列入基本支出。',
      '公用经费较上年减少 91.91万元,下降16.4%,主要原因是压减支出。',
    ]);
    // The reason split over the break is found: no warning that it is missing.
    expect(checkNarrativeText(text).filter((f) => f.rule === 'narrative/reason')).toEqual([]);
  });

  it('drops page numbers between the halves of a sentence, and never joins across a blank line', () => {
    const passages = joinLines(linesOf(['基本支出 881300.39 元,占一般公共预算支出的', '— 6 —', '96.74%。', '', '项目支出 29700 元,其中:', '', '商品和服务支出 29700 元。'].join('\n')));
    expect(passages.map((p) => p.text)).toEqual(['基本支出 881300.39 元,占一般公共预算支出的96.74%。', '项目支出 29700 元,其中:', '商品和服务支出 29700 元。']);
    expect(passages[0].segments.map((s) => s.cell)).toEqual(['L1', 'L3']);
  });

  it('does not join the lines of a typed document, where each paragraph is one line', () => {
    const typed = ['2025年部门预算编制说明', '2025年收入预算724.00万元', '支出预算724.00万元，其中：基本支出262.90万元，项目支出461.10万元。'];
    expect(joinLines(linesOf(typed.join('\n'))).map((p) => p.text)).toEqual(typed);
  });

  it('keeps every character of the text but the spaces between Chinese characters, in order, and each maps back to its own line', () => {
    const line = fc.stringMatching(/^[一-龥0-9，。；：、%万元 ]{1,40}$/);
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), (lines) => {
        const paras = linesOf(lines.join('\n'));
        const passages: Passage[] = joinLines(paras);
        const kept = paras.filter((p) => !/^[\s\-—–－_]*(?:第\s*)?\d{1,3}(?:\s*页)?[\s\-—–－_]*$/.test(p.text));
        expect(passages.map((p) => p.text).join('')).toBe(kept.map((p) => closeLetterSpacing(p.text.trim())).join(''));
        for (const p of passages) {
          for (const s of p.segments) {
            const source = closeLetterSpacing(kept.find((k) => k.cell === s.cell)!.text.trim());
            expect(p.text.slice(s.start, s.start + source.length)).toBe(source);
            expect(cellAt(p, s.start)).toBe(s.cell);
          }
        }
      }),
    );
  });

  it('reads a whole 决算 typeset at any width as it reads it typed: headings as long as a line stand alone, a unit cut from its 万 is joined', () => {
    const paragraphs = [
      '（一）一般公共预算财政拨款支出决算总体情况',
      '一般公共预算财政拨款支出 250.00 万元，占本年支出合计的 83.33%。与 2024 年度相比，一般公共预算财政拨款支出减少 50.00 万元，下降 16.67%。主要原因：基建项目支出减少。',
      '（二）本年收入决算情况',
      '2024年本年收入合计300.00万元，其中：一般公共预算财政拨款收入250.00万元，占83.33%；政府性基金预算财政拨款收入0万元，占0%；事业收入0万元，占0%；其他收入50.00万元，占16.67%。',
      '（三）一般公共预算财政拨款支出决算具体情况',
      '一般公共预算财政拨款支出年初预算为 300.00 万元，支出决算为 250.00 万元，完成年初预算的 83.33%。决算数小于预算数的主要原因：部分项目按工作实际调减经费。其中：',
      '1、一般公共服务支出（类）统计信息事务（款）专项普查活动（项）40.00 万元。主要用于：全国经济普查。年初预算为 70.00 万元，支出决算为 40.00 万元。决算数小于预算数的主要原因：根据项目实际情况支出。',
      '2、城乡社区支出（类）城乡社区管理事务（款）行政运行（项）210.00 万元。主要用于：机关日常运转。年初预算为 230.00 万元，支出决算为 210.00 万元。决算数小于预算数的主要原因：厉行节约。',
    ];
    const typed = checkNarrativeText(paragraphs.join('\n')).map((f) => `${f.rule} ${f.severity} ${f.message}`);
    expect(typed).toEqual([]);
    const slipped = paragraphs.map((p) => p.replace('其他收入50.00万元', '其他收入55.00万元').replace('下降 16.67%', '下降 15.67%'));
    const slips = checkNarrativeText(slipped.join('\n')).map((f) => `${f.rule} ${f.severity} ${f.message}`);
    expect(slips.filter((f) => f.startsWith('narrative/sum error') || f.startsWith('narrative/change error'))).toHaveLength(2);
    const set = (ps: string[], width: number) => checkNarrativeText(ps.flatMap((p) => typeset(p, width)).join('\n')).map((f) => `${f.rule} ${f.severity} ${f.message}`);
    for (let width = 28; width <= 90; width++) {
      expect(set(paragraphs, width), `width ${width}`).toEqual(typed);
      expect(set(slipped, width), `width ${width}`).toEqual(slips);
    }
  });

  it('finds the same slips in a paragraph hard-wrapped at any width, each on the line that holds its figure', () => {
    const amount = fc.integer({ min: 100, max: 999_999 }); // 1.00 – 9,999.99 万元
    const w = (n: number) => (n / 100).toFixed(2);
    fc.assert(
      fc.property(amount, amount, fc.integer({ min: 2, max: 5_000 }), fc.integer({ min: 24, max: 40 }), (basic, project, slip, width) => {
        const total = basic + project + slip; // a total its parts miss by more than their rounding (3 × 0.005)
        const paragraph = `本部门2025年支出预算${w(total)}万元，其中：基本支出${w(basic)}万元，主要用于人员经费和日常公用经费；项目支出${w(project)}万元，主要用于专项业务工作。`;
        const one = checkNarrativeText(paragraph);
        const lines = wrap(paragraph, width);
        fc.pre(lines.every((l) => !/。$/.test(l)) || lines[lines.length - 1].endsWith('。'));
        const wrapped = checkNarrativeText(lines.join('\n'));
        expect(wrapped.map((f) => `${f.rule} ${f.severity} ${f.message}`)).toEqual(one.map((f) => `${f.rule} ${f.severity} ${f.message}`));
        expect(one.map((f) => f.rule)).toEqual(['narrative/sum']);
        // The total's figure is on the line the finding names.
        const at = lineOf(wrapped[0].cell);
        const start = paragraph.indexOf(`${w(total)}万元`);
        expect(at).toBe(Math.floor(start / width) + 1);
      }),
    );
  });
});

describe('a letter-spaced PDF text layer ("同 比 增 加")', () => {
  const PROCUREMENT = [
    '（二）政府采购预算安排情况说明。',
    '2024 年政府采购预算 5300000 元，同比增加 1200000 元，增长 29.27%。其中：政府集中采购预算 3100000 元，占政府采购预算的 58.49%，同比增加 900000 元，增长 40.91%，主要原因是增加了办公设备采购；分散采购 2200000 元，占政府采购预算的 41.51%，同比增加 300000 元，增长 15.79%，主要原因是增加了维修改造项目。',
  ];
  const RUNNING_COSTS = '另外，下属事业单位事业运行经费总预算安排 8650000 元，其中：基本支出预算 650000 元，项目支出预算 8000000 元，同比增加 2650000 元，增长 44.17%，主要原因是新增养老服务补贴项目。';
  const problems = (text: string) => checkNarrativeText(text).filter((f) => f.severity !== 'info');

  /** Puts a space between the Chinese characters at the chosen places, as a letter-spaced text layer does. */
  function letterSpace(line: string, at: readonly boolean[]): string {
    let out = '';
    let k = 0;
    for (let i = 0; i < line.length; i++) {
      out += line[i];
      if (i + 1 < line.length && /\p{Script=Han}/u.test(line[i]) && /\p{Script=Han}/u.test(line[i + 1]) && at[k++ % at.length]) out += ' ';
    }
    return out;
  }

  it('closes up the spaces between Chinese characters only', () => {
    expect(closeLetterSpacing('2025 年 政 府 采 购 预 算 6429768.84 元 , 同 比 增 加')).toBe('2025 年政府采购预算 6429768.84 元 , 同比增加');
    expect(closeLetterSpacing('经 费 总预 算 安 排 37337407.64 元 , 其中 : 基 本 支出')).toBe('经费总预算安排 37337407.64 元 , 其中 : 基本支出');
  });

  it.each([
    ['right as written', PROCUREMENT],
    ['with a wrong rate', [PROCUREMENT[0], PROCUREMENT[1].replace('增长 40.91%', '增长 49.01%')]],
  ])('%s: the same findings, on the same lines, with spaces anywhere between characters', (_name, lines) => {
    const plain = problems(lines.join('\n')).map((f) => `${f.cell} ${f.severity} ${f.rule} ${f.message}`);
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }), (at) => {
        const spaced = lines.map((l) => letterSpace(l, at)).join('\n');
        expect(problems(spaced).map((f) => `${f.cell} ${f.severity} ${f.rule} ${f.message}`)).toEqual(plain);
      }),
      { numRuns: 40 },
    );
  });

  it('a slip in a letter-spaced line is found on its line and quoted without the spaces', () => {
    const spaced = letterSpace(PROCUREMENT[1].replace('增长 40.91%', '增长 49.01%'), [true]);
    expect(spaced).toContain('同 比 增 加');
    const found = problems(`${PROCUREMENT[0]}\n${spaced}`);
    expect(found.map((f) => `${f.cell} ${f.severity}`)).toEqual(['L2 error']);
    expect(found[0].message).toContain('900,000 ÷ 2,200,000');
  });

  it('"同 比 增 加" is a change, not a part of the breakdown before it', () => {
    const found = problems(letterSpace(RUNNING_COSTS, [true]));
    expect(found.filter((f) => f.rule === 'narrative/sum')).toEqual([]);
  });
});
