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
import { putuoPensionWorkbook } from './fixtures/putuo-pension-table';

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

/** The batch's 一般公共预算支出功能分类预算表 (the 普陀 预算 template) over the case's amounts. */
function workbook(c: Case): ExcelJS.Workbook {
  return putuoPensionWorkbook({ title: '2026年预算单位一般公共预算支出功能分类预算表', compiler: '编制单位：某某街道办事处（本级）' }, ITEMS, c.amounts);
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
    // Beside it, L40 and L66 compare with the 2024年预算执行数 where 34 other items compare with 2025's, and L76 and L80 set a
    // 2024年度预算 beside the 2026 one where the others set 2025's (checks/base-years.ts).
    expect(years.map((f) => `${f.severity} ${f.cell} ${f.expected} ${f.actual}`)).toEqual([
      'warning L63 2026 2025',
      'warning L40 2025 2024',
      'warning L66 2025 2024',
      'warning L76 2025 2024',
      'warning L80 2025 2024',
    ]);
  });
});

const UP_WAYS = ['增加', '增长', '上升'] as const;
const DOWN_WAYS = ['减少', '下降', '降低'] as const;

interface WayCase {
  /** The fund named with 收入 and 支出 (a bare '支出' names no subject of its own, so it is not read). */
  fund: '财政拨款' | '一般公共预算';
  /** The change the text states for 收入 and 支出: down (true) or up. */
  down: boolean;
  /** Whether the reason names the way the changes went, or the other. */
  agrees: boolean;
  upWord: (typeof UP_WAYS)[number];
  downWord: (typeof DOWN_WAYS)[number];
  /** The reason's subject: 收入 and 支出 together, or one of them. */
  named: '收入支出' | '收入' | '支出';
  fen: number;
  changeFen: number;
}

const aWayCase: fc.Arbitrary<WayCase> = fc.record({
  fund: fc.constantFrom('财政拨款' as const, '一般公共预算' as const),
  down: fc.boolean(),
  agrees: fc.boolean(),
  upWord: fc.constantFrom(...UP_WAYS),
  downWord: fc.constantFrom(...DOWN_WAYS),
  named: fc.constantFrom('收入支出' as const, '收入' as const, '支出' as const),
  fen: fc.integer({ min: 1_000_000, max: 99_999_999 }),
  changeFen: fc.integer({ min: 100, max: 999_999 }),
});

/** The batch's 编制说明 opening: 收入 and 支出 with their change on the year before, then a paragraph with the reason. */
function wayText(c: WayCase): string {
  const amount = (c.fen / 100).toFixed(2);
  const change = (c.changeFen / 100).toFixed(2);
  const stated = c.down ? '减少' : '增加';
  const reasonWay = c.down === c.agrees ? c.downWord : c.upWord;
  return [
    '2026年单位预算编制说明',
    `2026年，某某街道办事处收入预算${amount}万元，其中：${c.fund}收入${amount}万元，比2025年预算${stated}${change}万元。`,
    `支出预算${amount}万元，其中：${c.fund}支出预算${amount}万元，比2025年预算${stated}${change}万元。`,
    `${c.fund}${c.named}${reasonWay}的主要原因是“沿线风貌提升”项目支出减少。`,
  ].join('\n');
}

const wayFindings = (text: string) => checkNarrativeText(text).filter((f) => f.message.includes('请核对增减方向'));

describe('thirty-eighth batch: a reason that names the way of the change it explains', () => {
  it('is a warning when every change stated for its subject went the other way, and nothing when one went its way', () => {
    fc.assert(
      fc.property(aWayCase, (c) => {
        const found = wayFindings(wayText(c));
        if (c.agrees) expect(found).toEqual([]);
        else expect(found.map((f) => `${f.severity} ${f.cell}`)).toEqual(['warning L4']);
      }),
      { numRuns: 60 },
    );
  });

  it('nothing when the subject also went the reason’s way on another comparison, or its own sentence states a figure', () => {
    fc.assert(
      fc.property(aWayCase, (c) => {
        fc.pre(!c.agrees);
        const reasonWay = c.down ? c.upWord : c.downWord;
        const both = wayText(c).replace('。\n支出预算', `，比2025年执行数${c.down ? '增加' : '减少'}1.00万元。\n支出预算`);
        if (c.named === '收入' || c.named === '收入支出') expect(wayFindings(both)).toEqual([]);
        const own = wayText(c).replace(`${c.named}${reasonWay}的主要原因`, `${c.named}${reasonWay}3.00万元，${reasonWay}的主要原因`);
        expect(wayFindings(own)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('on the batch’s text: L7’s 增加 after a 减少 of 2,163.37万元', () => {
    const story = readFileSync(join(__dirname, 'corpus', 'tables', 'text', 'shiquan-benji-2026.txt'), 'utf8');
    expect(wayFindings(story).map((f) => `${f.severity} ${f.cell}`)).toEqual(['warning L7']);
    expect(wayFindings(story)[0].message).toContain('减少2,163.37万元');
  });
});
