/**
 * The sixty-first held-out batch (test/corpus/README.md): 部门预算 table sets from outside 上海. No stored copy printed a whole
 * set, so no workbook was added; what the searches did show whole is the header of 山东's 2019 收支预算总表 (a 部门预算
 * the docsplayer page of 山东省商业集团's 2018 部门预算 lists beside it), which prints its 支出 four ways side by side:
 *
 *   收入 2019 年收支预算总表 支出 单位 : 万元 项目 本年预算数 支出类别 本年预算数 政府预算经济分类 本年预算数 部门预算经济分类 本年预算数
 *   功能分类 本年预算数 一 财政拨款收入 一 基本支出 一 机关工资福利支出 一 工资福利支出 一般公共服务支出 二 …
 *
 * On invented tables of that layout (its heads and first line as printed, the figures made up): the table is read as a
 * 收支总表 with one 收入 side and four 支出 sides, each side adds up on its own and balances the 收入; the 支出总表's 类
 * are compared with the side that lists 类 (功能分类), and a 收支总表 whose 支出 lists no 类 at all (支出类别 alone:
 * 一、基本支出 | 二、项目支出) is not told that the 支出总表's 类 are missing from it.
 *
 * Also a name column headed with a qualifier after 名称: '单位名称(科目)', a unit's name on its line and a 科目's on a coded
 * one (the header of a budget system's 基本支出 grids in a public repository, GitHub index file id 12504006254), was read
 * as a column of figures: every 科目 name in it was called 'a number written as text'.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { analyzeWorkbook } from '../src/engine';
import { toGrids } from './fixtures';
import { putRows, type Row } from './worksheet-rows';


/** Figures of one case, in 分 (whole 万元 × 100 + cents), the 支出 split one way per view. */
interface Case {
  /** 财政拨款收入, 其他收入. */
  income: [number, number];
  /** 基本支出 by 机关工资福利 | 机关商品和服务 | 对个人和家庭的补助 (the 部门 view uses the same three). */
  basic: [number, number, number];
  /** 项目支出, all 机关商品和服务 in the 政府 view and 商品和服务 in the 部门 view. */
  project: number;
  /** The share of the whole on 一般公共服务支出; the rest on 社会保障和就业支出. */
  generalShare: number;
}

const wan = (fen: number) => fen / 100;

/**
 * A case whose 收入 equals its 支出: the 支出 drawn, the 收入 split from its total. 基本支出 and 项目支出 at least
 * 1 万元 each, so that a view's items never all print 0.
 */
const aCase: fc.Arbitrary<Case> = fc
  .record({
    basic: fc.tuple(fc.integer({ min: 100, max: 50_000_000 }), fc.integer({ min: 100, max: 5_000_000 }), fc.integer({ min: 0, max: 2_000_000 })),
    project: fc.integer({ min: 100, max: 50_000_000 }),
    otherShare: fc.integer({ min: 0, max: 30 }),
    generalShare: fc.integer({ min: 20, max: 90 }),
  })
  .map(({ basic, project, otherShare, generalShare }) => {
    const total = basic[0] + basic[1] + basic[2] + project;
    const other = Math.floor((total * otherShare) / 100);
    return { income: [total - other, other] as [number, number], basic, project, generalShare };
  });

const totalOf = (c: Case) => c.income[0] + c.income[1];

/** The 功能分类 view's two 类 (201, 208): a split of the whole. */
function classes(c: Case): [number, number] {
  const general = Math.floor((totalOf(c) * c.generalShare) / 100);
  return [general, totalOf(c) - general];
}

/**
 * The 山东 收支预算总表 as the real header prints it: 收入 | 支出 over five pairs of 项目 | 本年预算数 columns.
 * `expenseTotalShift` (分) is added to the 部门预算经济分类 view's 本年支出合计 alone (H9).
 */
function shandongSummary(wb: ExcelJS.Workbook, c: Case, expenseTotalShift = 0): void {
  const ws = wb.addWorksheet('收支预算总表');
  const [wages, goods, family] = c.basic.map(wan);
  const project = wan(c.project);
  const total = wan(totalOf(c));
  const [general, social] = classes(c).map(wan);
  putRows(ws, [
    ['2019年收支预算总表'],
    ['', '', '', '', '', '', '', '', '', '单位：万元'],
    ['收入', '', '支出', '', '', '', '', '', '', ''],
    ['项目', '本年预算数', '支出类别', '本年预算数', '政府预算经济分类', '本年预算数', '部门预算经济分类', '本年预算数', '功能分类', '本年预算数'],
    ['一、财政拨款收入', wan(c.income[0]), '一、基本支出', wages + goods + family, '一、机关工资福利支出', wages, '一、工资福利支出', wages, '一般公共服务支出', general],
    ['二、事业收入', 0, '二、项目支出', project, '二、机关商品和服务支出', goods + project, '二、商品和服务支出', goods + project, '社会保障和就业支出', social],
    ['三、事业单位经营收入', 0, '三、事业单位经营支出', 0, '三、对个人和家庭的补助', family, '三、对个人和家庭的补助', family, '', ''],
    ['四、其他收入', wan(c.income[1]), '', '', '', '', '', '', '', ''],
    ['本年收入合计', total, '本年支出合计', total, '本年支出合计', total, '本年支出合计', (totalOf(c) + expenseTotalShift) / 100, '本年支出合计', total],
    ['上年结转', 0, '结转下年', 0, '结转下年', 0, '结转下年', 0, '结转下年', 0],
    ['收入总计', total, '支出总计', total, '支出总计', total, '支出总计', (totalOf(c) + expenseTotalShift) / 100, '支出总计', total],
  ]);
  ws.mergeCells('A3:B3');
  ws.mergeCells('C3:J3');
}

/**
 * The 支出总表 by 功能分类 (201 | 20101 | 2010101, 208 | 20805 | 2080505): 基本支出 all on 201 up to its figure, the
 * rest of 201 and all of 208 as the case splits them. `classShift` (分) is added to 201's 合计 and its 款 and 项.
 */
function expenseSummary(wb: ExcelJS.Workbook, c: Case, classShift = 0): void {
  const ws = wb.addWorksheet('支出总表');
  const [generalFen, socialFen] = classes(c);
  const basicFen = c.basic[0] + c.basic[1] + c.basic[2];
  const generalBasic = Math.min(generalFen, basicFen);
  const rows = (code: string[], name: string[], all: number, basic: number): Row[] =>
    code.map((k, i) => [k, name[i], wan(all), wan(basic), wan(all - basic)]);
  putRows(ws, [
    ['2019年部门支出总表'],
    ['', '', '', '', '单位：万元'],
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    ['', '合计', wan(totalOf(c) + classShift), wan(basicFen), wan(c.project + classShift)],
    ...rows(['201', '20101', '2010101'], ['一般公共服务支出', '人大事务', '行政运行'], generalFen + classShift, generalBasic),
    ...rows(['208', '20805', '2080505'], ['社会保障和就业支出', '行政事业单位养老支出', '机关事业单位基本养老保险缴费支出'], socialFen, basicFen - generalBasic),
  ]);
}

/** A two-sided 收支总表 whose 支出 side is printed by 支出类别 alone (the first of 山东's four views). */
function byKindSummary(wb: ExcelJS.Workbook, c: Case, expenseTotalShift = 0): void {
  const ws = wb.addWorksheet('收支总表');
  const basic = wan(c.basic[0] + c.basic[1] + c.basic[2]);
  const total = wan(totalOf(c));
  const spent = wan(totalOf(c) + expenseTotalShift);
  putRows(ws, [
    ['2019年收支预算总表'],
    ['', '', '', '单位：万元'],
    ['收入', '', '支出', ''],
    ['项目', '本年预算数', '支出类别', '本年预算数'],
    ['一、财政拨款收入', wan(c.income[0]), '一、基本支出', basic],
    ['二、其他收入', wan(c.income[1]), '二、项目支出', wan(totalOf(c) + expenseTotalShift) - basic],
    ['本年收入合计', total, '本年支出合计', spent],
    ['收入总计', total, '支出总计', spent],
  ]);
  ws.mergeCells('A3:B3');
  ws.mergeCells('C3:D3');
}

function analyze(build: (wb: ExcelJS.Workbook) => void) {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return analyzeWorkbook(toGrids(wb));
}

const errors = (a: ReturnType<typeof analyze>) => a.findings.filter((f) => f.severity === 'error');

/** How many figures a check compared ('核对 14 处'), or undefined when it did not run. */
function comparedBy(a: ReturnType<typeof analyze>, rule: string, sheet?: string): number | undefined {
  const check = a.checks.find((k) => k.rule === rule && k.status !== 'not-run' && (!sheet || k.reason.includes(sheet)));
  const n = check?.reason.match(/核对 (\d+) 处/);
  return n ? Number(n[1]) : undefined;
}

const FIRST_CASE: Case = { income: [90_000, 10_000], basic: [50_000, 8_000, 2_000], project: 40_000, generalShare: 80 };

describe('sixty-first batch: 山东’s 收支预算总表, its 支出 printed four ways side by side', () => {
  it('is read as a 收支总表 with one 收入 side and four 支出 sides, the heads as printed', () => {
    const { tables } = analyze((wb) => shandongSummary(wb, FIRST_CASE));
    expect(tables.map((t) => t.kind)).toEqual(['income-expense-summary']);
    const [summary] = tables;
    expect(summary.blocks.map((b) => b.side)).toEqual(['income', 'expense', 'expense', 'expense', 'expense']);
    const labels = summary.blocks.map((b) => summary.columns.find((c) => c.id === b.labelColumn)?.path.at(-1));
    expect(labels).toEqual(['项目', '支出类别', '政府预算经济分类', '部门预算经济分类', '功能分类']);
    // The label columns' entries are names, not figures: only the five 本年预算数 columns carry amounts.
    expect(summary.columns.filter((c) => c.role === 'amount').map((c) => c.col)).toEqual([1, 3, 5, 7, 9]);
  });

  it('raises nothing when every view adds up and balances the 收入, and checks all four', () => {
    fc.assert(
      fc.property(aCase, (c) => {
        const a = analyze((wb) => shandongSummary(wb, c));
        expect(errors(a)).toEqual([]);
        // 收入: 本年收入合计 and 收入总计; each 支出 view: 本年支出合计, 支出总计 and 收入总计 = 支出总计.
        expect(comparedBy(a, 'balance')).toBe(2 + 4 * 3);
      }),
      { numRuns: 40 },
    );
  });

  it('a view whose 本年支出合计 is not the sum of its items is an error in that view’s column', () => {
    // At least 1 万元 off: a gap of one unit of the last decimal may be rounding.
    fc.assert(
      fc.property(aCase, fc.integer({ min: 100, max: 1_000_000 }), (c, shiftFen) => {
        const found = errors(analyze((wb) => shandongSummary(wb, c, shiftFen)));
        expect(found.length).toBeGreaterThan(0);
        expect(found.every((f) => f.sheet === '收支预算总表')).toBe(true);
        expect(found.some((f) => f.cell === 'H9' || f.cell === 'H11')).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('beside a 支出总表, its 类 are compared with the 功能分类 view', () => {
    fc.assert(
      fc.property(aCase, (c) => {
        const a = analyze((wb) => {
          shandongSummary(wb, c);
          expenseSummary(wb, c);
        });
        expect(errors(a)).toEqual([]);
        // 201, 208 and 本年支出合计 = 合计.
        expect(comparedBy(a, 'cross-table/summary-expense')).toBe(3);
      }),
      { numRuns: 30 },
    );
  });

  it('a 类 of the 支出总表 that differs from the 功能分类 view is still an error', () => {
    fc.assert(
      fc.property(aCase, fc.integer({ min: 100, max: 1_000_000 }), (c, shiftFen) => {
        const found = errors(
          analyze((wb) => {
            shandongSummary(wb, c);
            expenseSummary(wb, c, shiftFen);
          }),
        ).filter((f) => f.rule === 'cross-table/summary-expense');
        expect(found.length).toBeGreaterThan(0);
      }),
      { numRuns: 30 },
    );
  });
});

describe('sixty-first batch: a 收支总表 whose 支出 lists no 类 (支出类别 alone)', () => {
  it('is not told that the 支出总表’s 类 are missing from it', () => {
    fc.assert(
      fc.property(aCase, (c) => {
        const a = analyze((wb) => {
          byKindSummary(wb, c);
          expenseSummary(wb, c);
        });
        expect(errors(a)).toEqual([]);
        // Only 本年支出合计 = 支出总表 合计 is compared.
        expect(comparedBy(a, 'cross-table/summary-expense')).toBe(1);
      }),
      { numRuns: 40 },
    );
  });

  it('still reports a 本年支出合计 that differs from the 支出总表’s 合计', () => {
    fc.assert(
      fc.property(aCase, fc.integer({ min: 100, max: 1_000_000 }), (c, shiftFen) => {
        const found = errors(
          analyze((wb) => {
            byKindSummary(wb, c, shiftFen);
            expenseSummary(wb, c);
          }),
        );
        expect(found.some((f) => f.rule === 'cross-table/summary-expense')).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

/** A 支出总表 of split 类 | 款 | 项 codes, a 单位代码 column and the names under '单位名称(科目)'; figures in 分. */
function byUnitCodeExpense(wb: ExcelJS.Workbook, lines: { code: [string, string, string]; name: string; basic: number; project: number }[]): void {
  const ws = wb.addWorksheet('部门支出总表');
  const sum = (f: (l: (typeof lines)[number]) => number) => lines.filter((l) => !l.code[1]).reduce((a, l) => a + f(l), 0);
  putRows(ws, [
    ['部门支出总表'],
    ['', '', '', '', '', '', '', '单位：万元'],
    ['科目编码', '', '', '单位代码', '单位名称（科目）', '合计', '基本支出', '项目支出'],
    ['类', '款', '项', '', '', '', '', ''],
    ['', '', '', '', '合计', wan(sum((l) => l.basic + l.project)), wan(sum((l) => l.basic)), wan(sum((l) => l.project))],
    ...lines.map((l): Row => [...l.code, '', l.name, wan(l.basic + l.project), wan(l.basic), wan(l.project)]),
  ]);
  ws.mergeCells('A3:C3');
  for (const col of ['D', 'E', 'F', 'G', 'H']) ws.mergeCells(`${col}3:${col}4`);
}

/** 208 / 20805 / 2080505 and 221 / 22102 / 2210201, each 类 = its 款 = its 项. */
function pensionAndHousing(pension: [number, number], housing: [number, number], itemName = '机关事业单位基本养老保险缴费支出') {
  const line = (code: [string, string, string], name: string, [basic, project]: [number, number]) => ({ code, name, basic, project });
  return [
    line(['208', '', ''], '社会保障和就业支出', pension),
    line(['208', '05', ''], '行政事业单位养老支出', pension),
    line(['208', '05', '05'], itemName, pension),
    line(['221', '', ''], '住房保障支出', housing),
    line(['221', '02', ''], '住房改革支出', housing),
    line(['221', '02', '01'], '住房公积金', housing),
  ];
}

const fenPair = fc.tuple(fc.integer({ min: 0, max: 90_000_000 }), fc.integer({ min: 0, max: 90_000_000 }));

describe('sixty-first batch: a name column headed 单位名称(科目)', () => {
  it('is read as the 科目 names: no name is called a number written as text, and the columns add up', () => {
    fc.assert(
      fc.property(fenPair, fenPair, (pension, housing) => {
        const a = analyze((wb) => byUnitCodeExpense(wb, pensionAndHousing(pension, housing)));
        const [table] = a.tables;
        expect(table.kind).toBe('expense-summary');
        expect(table.columns.find((c) => c.path.at(-1) === '单位名称(科目)')?.role).toBe('name');
        expect(a.findings.filter((f) => f.severity !== 'info')).toEqual([]);
        expect(comparedBy(a, 'column-sum')).toBeGreaterThan(0);
      }),
      { numRuns: 30 },
    );
  });

  it('a 项 under another 项’s name in that column is still reported', () => {
    fc.assert(
      fc.property(fenPair, fenPair, (pension, housing) => {
        const a = analyze((wb) => byUnitCodeExpense(wb, pensionAndHousing(pension, housing, '行政单位医疗')));
        const named = a.findings.filter((f) => f.cell === 'E8' && f.severity !== 'info');
        expect(named.length).toBeGreaterThan(0);
        expect(named[0].message).toContain('行政单位医疗');
      }),
      { numRuns: 20 },
    );
  });
});
