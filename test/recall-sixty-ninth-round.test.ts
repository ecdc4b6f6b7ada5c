/**
 * The sixty-ninth recall round (docs/accuracy.md lists what the checker missed):
 * - A prose figure that the “三公” table pasted above it gives otherwise (439 L36: '其中:公务用车运行费2.8万元' under the
 *   table's row '其中:公务用车运行费 | 5.00') is reported on the prose's line, where the slip is, not on the table's row:
 *   the table is read only when every column adds up. The table's 购置 / 运行 rows are the parts of its 公务用车 row, so
 *   they meet the prose's figure written in a 其中 under its 公务用车 too.
 * - A 情况说明 in traditional characters (439, 532 and seven more pages of the corpus, copies on mirror sites) is read
 *   folded to simplified characters: its 萬元 was no unit and its 預算 / 減少 / 增長 no words the readers know, so none of
 *   its figures was checked. Findings quote it as printed.
 * - A sentence of additions with its 加上 left out (523 L7: '…支出40万元,主要是抗疫特别国债40万元。结转下年项目支出4万元后,
 *   支出总计40万元'): its figures are added to the figure before it, as after 加上 (40 + 4 = 44 against 40).
 * Wordings and figures of the properties are invented variants.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText, reviewNarrativeText } from '../src/engine/narrative';
import { foldTraditional } from '../src/engine/narrative/text/traditional';

const TEXTS = join(__dirname, 'corpus', 'narrative', 'texts');

const loud = (text: string) => checkNarrativeText(text, [], { source: 't.txt' }).filter((f) => f.severity !== 'info');

/** 439's table, one cell a line (L1–L31), as printed but in simplified characters. */
function table439(abroad: string, reception: string, car: string, running: string, purchase: string, total: string): string[] {
  return [
    '共青团宣城市委2020年“三公”经费预算',
    '一,、2020年“三公”经费支出预算表',
    '单位:万元',
    '项 目',
    '|',
    '预 算 数',
    '|',
    '合 计',
    '|',
    total,
    '|',
    '因公出国(境)费',
    '|',
    abroad,
    '|',
    '公务接待费',
    '|',
    reception,
    '|',
    '公务用车购置及运行费',
    '|',
    car,
    '|',
    '其中:公务用车运行费',
    '|',
    running,
    '|',
    '公务用车购置费',
    '|',
    purchase,
    '|',
  ];
}

const PROSE_439 = [
  '二,、2020年“三公”经费支出预算情况说明',
  '共青团宣城市委2020年“三公”经费支出预算为7万元,,比2019年预算增加2.66万元,,增长61.29%,。其中:因公出国(境)费支出预算为0万元,,公务接待费支出预算为2万元,,公务用车购置及运行费支出预算为5万元,。具体情况如下:',
  '(三)公务用车购置及运行费支出5万元,比2019年预算增加2.8万元,,增长127.27%,。其中:公务用车运行费2.8万元,比2019年预算增加2.8万元,,增长127.27%,,增长原因主要是赴基层一线扶贫,、调研等任务增加,保障日常',
];

const TEXT_439 = [...table439('0.00', '2.00', '5.00', '5.00', '0.00', '7.00'), ...PROSE_439].join('\n');

describe('a prose figure the pasted “三公” table gives otherwise is reported on the prose (439 L36)', () => {
  it('the published 439 lines: one error, on the line of 运行费 2.8, with the table’s 5.00', () => {
    const found = loud(TEXT_439);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', cell: 'L34', expected: 5, actual: 2.8 });
    expect(found[0].message).toContain('表中公务用车运行费预算数为5.00万元');
  });

  it('with the 运行费 printed as the table gives it, nothing is raised', () => {
    expect(loud(TEXT_439.replace('其中:公务用车运行费2.8万元', '其中:公务用车运行费5万元'))).toEqual([]);
  });

  it('property: the prose’s 运行费 against the table’s row — silent when equal, one finding on the prose line when not', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 20, max: 500 }),
        fc.integer({ min: -300, max: 300 }),
        (abroad, reception, running, off) => {
          const f = (n: number) => (n / 10).toFixed(2);
          const total = abroad + reception + running;
          const stated = Math.max(20, running + off);
          const rise = 10;
          const rate = ((rise / (running - rise)) * 100).toFixed(2);
          const lines = [
            ...table439(f(abroad), f(reception), f(running), f(running), '0.00', f(total)),
            '二,、2020年“三公”经费支出预算情况说明',
            `(三)公务用车购置及运行费支出${f(running)}万元,比2019年预算增加1万元,增长${rate}%。其中:公务用车运行费${f(stated)}万元,比2019年预算增加1万元,增长原因主要是调研任务增加。`,
          ];
          const found = loud(lines.join('\n'));
          if (stated === running) expect(found).toEqual([]);
          else {
            // Nothing on the table's rows; a 运行费 above its head is also a part larger than its total.
            expect(found.map((x) => x.cell)).toEqual(found.map(() => `L${lines.length}`));
            expect(found.filter((x) => x.rule === 'narrative/duplicate')).toMatchObject([{ severity: 'error', expected: running / 10, actual: stated / 10 }]);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

/** Simplified → traditional for the characters of the properties' sentences (written out here, not taken from the fold). */
const TRADITIONAL_OF: Record<string, string> = {
  万: '萬', 预: '預', 经: '經', 费: '費', 财: '財', 拨: '撥', 较: '較', 减: '減', 长: '長', 为: '為', 项: '項', 务: '務',
  车: '車', 运: '運', 购: '購', 单: '單', 员: '員', 说: '說', 与: '與', 国: '國', 际: '際', 计: '計', 门: '門', 这: '這',
  结: '結', 转: '轉', 余: '餘', 级: '級', 决: '決', 县: '縣', 补: '補', 贴: '貼', 类: '類', 资: '資', 产: '產',
};
const traditional = (text: string) => [...text].map((c) => TRADITIONAL_OF[c] ?? c).join('');

describe('a 情况说明 in traditional characters is read as the simplified one (439, 532)', () => {
  it('the published 439 page: the 運行費 2.8 against the table’s 5.00, quoted as printed', () => {
    const found = loud(readFileSync(join(TEXTS, '439.txt'), 'utf8'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', cell: 'L36', expected: 5, actual: 2.8 });
    expect(found[0].message).toContain('“公務用車運行費2.8萬元”');
  });

  it('the published 532 page: its figures are read and checked, and nothing is raised', () => {
    const review = reviewNarrativeText(readFileSync(join(TEXTS, '532.txt'), 'utf8'), [], { source: '532.txt' });
    expect(review.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(review.coverage.checked).toBeGreaterThanOrEqual(20);
  });

  it('the published 429 lines: a 縣’s monthly report (全縣, 稅收收入) is asked no reason for its falls', () => {
    const lines = readFileSync(join(TEXTS, '429.txt'), 'utf8').split('\n').slice(0, 4).join('\n');
    const review = reviewNarrativeText(lines, [], { source: '429.txt' });
    expect(review.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(review.coverage.checked).toBeGreaterThan(0);
    // The same figures in a unit's own words: its falls of 10% or more want a reason, quoted as printed.
    const own = lines
      .replace('全縣完成財政總收入', '本單位完成收入')
      .replaceAll('非稅收入', '乙收入')
      .replaceAll('稅收收入', '甲收入')
      .replace('地方一般公共預算收入', '本單位收入');
    const asked = loud(own);
    expect(asked.length).toBeGreaterThanOrEqual(4);
    expect(asked.every((f) => f.rule === 'narrative/reason')).toBe(true);
    expect(asked.some((f) => f.message.includes('“乙收入837萬元,占年初預算1600萬元的52.3%,同比下降11.7%。”'))).toBe(true);
  });

  it('folding keeps length and positions, and leaves simplified text as it is', () => {
    const printed = '公務用車購置及運行費支出預算為5萬元,比2019年預算減少2.8萬元,增長127.27%。';
    expect(foldTraditional(printed)).toBe('公务用车购置及运行费支出预算为5万元,比2019年预算减少2.8万元,增长127.27%。');
    expect(foldTraditional(printed)).toHaveLength(printed.length);
    const simplified = '公务用车购置及运行费支出预算为5万元,著作权使用费0.5万元。';
    expect(foldTraditional(simplified)).toBe(simplified);
  });

  it('property: a text and its traditional rendering get the same findings, quoting each as printed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000, max: 900_000 }),
        fc.integer({ min: 1_000, max: 900_000 }),
        fc.integer({ min: 100, max: 50_000 }),
        fc.constantFrom(0, 0, 1_000, -2_500),
        fc.constantFrom('减少', '增加'),
        (basic, project, change, off, way) => {
          const f = (n: number) => (n / 100).toFixed(2);
          const total = basic + project + off;
          const prior = way === '减少' ? total + change : total - change;
          fc.pre(prior > 0);
          const rate = ((change / prior) * 100).toFixed(2);
          const text = [
            '2024年部门预算情况说明',
            `本单位2024年财政拨款支出预算${f(total)}万元,较上年预算${way}${f(change)}万元,${way === '减少' ? '下降' : '增长'}${rate}%,主要原因是人员经费调整。`,
            `其中:基本支出${f(basic)}万元,项目支出${f(project)}万元。`,
          ].join('\n');
          const simplified = loud(text);
          const printed = traditional(text);
          expect(printed).not.toBe(text);
          const folded = loud(printed);
          const shape = (x: (typeof simplified)[number]) => [x.rule, x.severity, x.cell, x.expected, x.actual];
          expect(folded.map(shape)).toEqual(simplified.map(shape));
          expect(folded.map((x) => foldTraditional(x.message))).toEqual(simplified.map((x) => x.message));
          if (off !== 0) expect(folded.some((x) => x.severity === 'error' && x.message.includes('萬元'))).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});

const LINES_523 = [
  '(二)政府性基金预算',
  '全区政府性基金预算收入完成40万元,主要是抗疫特别国债40万元。上年项目结转0万元,收入总计40万元。',
  '全区政府性基金预算支出40万元,主要是抗疫特别国债40万元。结转下年项目支出4万元后,支出总计40万元。',
].join('\n');

describe('a sentence of additions without its 加上 (523 L7)', () => {
  it('the published 523 lines: 40 + 4 = 44 against the 支出总计 40, on L3; the 收入 line is quiet', () => {
    const found = loud(LINES_523);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', cell: 'L3', expected: 44, actual: 40 });
    expect(found[0].message).toContain('40.00 + 4.00 = 44.00万元');
  });

  it('with the 支出 printed 36 it adds up, and nothing is raised', () => {
    expect(loud(LINES_523.replace('支出40万元,主要是抗疫特别国债40万元', '支出36万元,主要是抗疫特别国债36万元'))).toEqual([]);
  });

  it('property: figures before ‘后,支出总计’ are added to the 支出 before them; a 剔除 or a sentence opening the passage is not read', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 99_999 }),
        fc.integer({ min: 0, max: 9_999 }),
        fc.integer({ min: 0, max: 9_999 }),
        fc.constantFrom(0, 0, 50, -30),
        fc.constantFrom('结转下年', '上解上级支出', '安排预算稳定调节基金'),
        (spent, a, b, off, item) => {
          const f = (n: number) => (n / 10).toFixed(1);
          const total = spent + a + b + off;
          const line = `全镇一般公共预算支出${f(spent)}万元,主要是农林水支出${f(spent)}万元。${item}${f(a)}万元、结转下年${f(b)}万元后,支出总计${f(total)}万元。`;
          const found = loud(line);
          if (off === 0) expect(found).toEqual([]);
          else expect(found).toMatchObject([{ rule: 'narrative/sum', severity: 'warning', expected: (spent + a + b) / 10, actual: total / 10 }]);
          expect(loud(line.replace(`。${item}`, `。剔除${item}`))).toEqual([]);
          expect(loud(line.slice(line.indexOf('。') + 1))).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
