/**
 * The thirty-eighth held-out batch (test/corpus/README.md): the nine tables of a 2026 单位预算 (上海市普陀区石泉路街道办事处（本级）)
 * with its 编制说明, which writes every 项 as '“一般公共服务支出(类）-统计信息事务（款）-统计管理（项）”2026年度预算0.12万元' —
 * the steps of the 科目 path joined by a dash. On invented 预算 tables of that kind (split 类 | 款 | 项 codes, whole 元): a 项
 * written with its steps joined by a dash, a long dash or a slash is not told that its name differs from the tables'; a 款 under
 * a name the tables do not give it is still reported, and the report quotes the names without the joining marks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { analyzeWorkbook } from '../src/engine';
import { checkNarrativeText } from '../src/engine/narrative';
import { classPathOf } from '../src/engine/narrative/text/subjects';
import { loadXlsx } from '../src/xlsx/load';
import { workbookToGrids } from '../src/xlsx/grids';
import { toGrids } from './fixtures';

/** 项 of 20805 行政事业单位养老支出, as the 预算 tables name them. */
const ITEMS = [
  ['01', '行政单位离退休'],
  ['05', '机关事业单位基本养老保险缴费支出'],
  ['06', '机关事业单位职业年金缴费支出'],
  ['99', '其他行政事业单位养老支出'],
] as const;

/** What the texts put between a path's steps: the batch's ASCII '-', a full-width '－', long dashes, a slash; with or without spaces. */
const JOINERS = ['-', '－', '—', '——', '–', '/', ' - '] as const;

interface Case {
  /** Amounts of the four 项 in whole 元. */
  amounts: number[];
  item: number;
  joiner: (typeof JOINERS)[number];
  /** The 类 marker opened with an ASCII '(' and closed full-width, as the batch's text prints it, or full-width on both sides. */
  mixedBrackets: boolean;
}

const aCase: fc.Arbitrary<Case> = fc.record({
  amounts: fc.array(fc.integer({ min: 10_000, max: 50_000_000 }), { minLength: ITEMS.length, maxLength: ITEMS.length }),
  item: fc.integer({ min: 0, max: ITEMS.length - 1 }),
  joiner: fc.constantFrom(...JOINERS),
  mixedBrackets: fc.boolean(),
});

/** The 一般公共预算支出功能分类预算表 of the 普陀 预算 template: 类 | 款 | 项 | 名称 | 合计 | 基本支出 | 项目支出, in 元. */
function workbook(c: Case): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('一般公共预算支出功能分类预算表');
  ws.getCell('A1').value = '2026年预算单位一般公共预算支出功能分类预算表';
  ws.getCell('A2').value = '编制单位：某某街道办事处（本级）';
  ws.getCell('G2').value = '单位：元';
  ['项目', '', '', '', '一般公共预算支出'].forEach((h, i) => (ws.getCell(3, i + 1).value = h || null));
  ['功能分类科目编码', '', '', '功能分类科目名称', '合计', '基本支出', '项目支出'].forEach((h, i) => (ws.getCell(4, i + 1).value = h || null));
  ['类', '款', '项'].forEach((h, i) => (ws.getCell(5, i + 1).value = h));
  const total = c.amounts.reduce((a, b) => a + b, 0);
  const rows: [string, string, string, string, number][] = [
    ['208', '', '', '社会保障和就业支出', total],
    ['208', '05', '', '行政事业单位养老支出', total],
    ...ITEMS.map(([code, name], i): [string, string, string, string, number] => ['208', '05', code, name, c.amounts[i]]),
  ];
  rows.push(['合计', '', '', '', total]);
  rows.forEach(([lei, kuan, xiang, name, yuan], r) => {
    [lei, kuan, xiang, name].forEach((v, k) => v && (ws.getCell(6 + r, 1 + k).value = v));
    for (const col of [5, 6]) {
      ws.getCell(6 + r, col).value = yuan;
      ws.getCell(6 + r, col).numFmt = '#,##0';
    }
  });
  return wb;
}

const wan = (yuan: number) => (yuan / 10_000).toFixed(2);

/** The batch's wording of one item: '6.“社会保障和就业支出(类）-行政事业单位养老支出（款）-行政单位离退休（项）”2026年度预算230.14万元'. */
function text(c: Case, kuan = '行政事业单位养老支出'): string {
  const lei = c.mixedBrackets ? '(类）' : '（类）';
  const j = c.joiner;
  return (
    '2026年单位预算编制说明\n' +
    '财政拨款支出主要内容如下：\n' +
    `6.“社会保障和就业支出${lei}${j}${kuan}（款）${j}${ITEMS[c.item][1]}（项）”2026年度预算${wan(c.amounts[c.item])}万元，主要用于：机关、事业在职员工的社会保险费缴纳。\n`
  );
}

const nameFindings = (c: Case, kuan?: string) =>
  checkNarrativeText(text(c, kuan), analyzeWorkbook(toGrids(workbook(c))).tables).filter((f) => f.rule === 'narrative/name');

describe('thirty-eighth batch: a 编制说明 that joins the steps of a 科目 path with a dash', () => {
  it('reads each step’s name without the joining mark', () => {
    fc.assert(
      fc.property(aCase, (c) => {
        const path = classPathOf(`社会保障和就业支出(类）${c.joiner}行政事业单位养老支出（款）${c.joiner}${ITEMS[c.item][1]}（项）`);
        expect(path?.steps.map((s) => s.name)).toEqual(['社会保障和就业支出', '行政事业单位养老支出', ITEMS[c.item][1]]);
      }),
      { numRuns: 40 },
    );
  });

  it('a 项 named as the tables name it is not reported, whatever joins its steps', () => {
    fc.assert(
      fc.property(aCase, (c) => {
        expect(nameFindings(c)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('a 款 under a name the tables do not give it is still reported, its names quoted without the joining marks', () => {
    fc.assert(
      fc.property(aCase, (c) => {
        // 行政事业单位离退休: 20805's name before 2019.
        const found = nameFindings(c, '行政事业单位离退休');
        expect(found.map((f) => f.severity)).toEqual(['warning']);
        expect(found[0].message).toContain(`“社会保障和就业支出（类）行政事业单位离退休（款）${ITEMS[c.item][1]}（项）”`);
        expect(found[0].message).toContain(`20805${ITEMS[c.item][0]} `);
      }),
      { numRuns: 40 },
    );
  });

  it('on the batch’s workbook and text: only the two 类 the text names by their pre-2019 names, and the one wrong rate', async () => {
    const corpus = join(__dirname, 'corpus', 'tables');
    const file = 'shiquan-benji-2026.xlsx';
    const grids = workbookToGrids(await loadXlsx(new Uint8Array(readFileSync(join(corpus, 'workbooks', file)))), file);
    const tables = analyzeWorkbook(grids).tables;
    expect(tables).toHaveLength(9);
    const story = readFileSync(join(corpus, 'text', 'shiquan-benji-2026.txt'), 'utf8');
    const findings = checkNarrativeText(story, tables);
    const names = findings.filter((f) => f.rule === 'narrative/name');
    expect(names.map((f) => `${f.severity} ${f.cell}`)).toEqual(['warning L45', 'warning L73']);
    expect(names[0].message).toContain('“文化体育与传媒支出（类）体育（款）群众体育（项）”');
    expect(names[1].message).toContain('“医疗卫生与计划生育支出（类）行政事业单位医疗（款）行政单位医疗（项）”');
    expect(findings.filter((f) => f.severity === 'error' && f.cell === 'L69').map((f) => f.message)).toEqual([
      expect.stringContaining('6.68 ÷ 124.27 = 5.375%，文中为5.40%'),
    ]);
  });
});

/** Phrases LEVEL_YEAR reads as a year's budget figure ('2025年预算安排8.61万元'). */
const BUDGET_PHRASES = ['预算安排', '预算数为', '支出预算', '收入预算'] as const;

describe('thirty-eighth batch: another year’s budget figure named in prose', () => {
  it('is a warning — the year before’s may stand beside the year’s — while a title line naming it stays an error', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2015, max: 2030 }),
        fc.constantFrom(-2, -1, 1),
        fc.constantFrom(...BUDGET_PHRASES),
        fc.integer({ min: 1, max: 99_999_999 }),
        (year, offset, phrase, fen) => {
          const other = year + offset;
          const amount = (fen / 100).toFixed(2);
          const prose = [`${year}年单位预算编制说明`, `${other}年当年预算执行数为7.11万元，${other}年${phrase}${amount}万元，主要用于：帮困等。`].join('\n');
          const inProse = checkNarrativeText(prose).filter((f) => f.rule === 'narrative/year');
          expect(inProse.map((f) => `${f.severity} ${f.cell} ${f.expected} ${f.actual}`)).toEqual([`warning L2 ${year} ${other}`]);
          const title = checkNarrativeText([`${year}年单位预算编制说明`, `${other}年${phrase}${amount}万元`].join('\n'));
          expect(title.filter((f) => f.rule === 'narrative/year').map((f) => `${f.severity} ${f.cell}`)).toEqual(['error L2']);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('on the batch’s text: L63’s 2025年预算安排 for the 2026 budget is a warning', () => {
    const story = readFileSync(join(__dirname, 'corpus', 'tables', 'text', 'shiquan-benji-2026.txt'), 'utf8');
    const years = checkNarrativeText(story).filter((f) => f.rule === 'narrative/year');
    expect(years.map((f) => `${f.severity} ${f.cell} ${f.expected} ${f.actual}`)).toEqual(['warning L63 2026 2025']);
  });
});
