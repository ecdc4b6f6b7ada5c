/**
 * Three real table layouts the checker did not read (test/corpus/README.md, the sixty-first batch, and the tables left
 * silent at the sixty-second): the headers as printed in 部门预算 publications outside 上海, the figures invented.
 *
 * 1. A “三公” table listed by budget unit (四川's 一般公共预算“三公”经费支出预算表): '单位编码 | 单位名称 | 当年财政拨款安排'
 *    over 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 公务用车购置费 | 公务用车运行费) | 公务接待费, a 合计 row, then
 *    the 部门 ('304') and its units ('304001', '304002'). It was read from its second header row, without its title and
 *    unit names, and only each row's 合计 was checked.
 * 2. A 收支总表 each side headed '项目 | 本年预算' (湖南's 部门收支总体情况表), without 数: not recognized at all.
 * 3. An accounting-system 收入支出(决算)总表 with '年初预算数 | 期末数' (or '年初数 | 期末数') columns: an accounting
 *    statement, not one of the standard 预算 / 决算 tables. Named so and left alone, never read as a 收支总表.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { analyzeWorkbook } from '../src/engine';
import { checkNarrativeText } from '../src/engine/narrative';
import { toGrids } from './fixtures';
import { runCli } from './fixtures/catalog/cli';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { putRows, type Row } from './worksheet-rows';


function analyze(build: (wb: ExcelJS.Workbook) => void) {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return analyzeWorkbook(toGrids(wb));
}

const errors = (a: ReturnType<typeof analyze>) => a.findings.filter((f) => f.severity === 'error');
const loud = (a: ReturnType<typeof analyze>) => a.findings.filter((f) => f.severity !== 'info');

/** How many figures a check compared ('核对 14 处'), or undefined when it did not run. */
function comparedBy(a: ReturnType<typeof analyze>, rule: string): number | undefined {
  const check = a.checks.find((k) => k.rule === rule && k.status !== 'not-run');
  const n = check?.reason.match(/核对 (\d+) 处/);
  return n ? Number(n[1]) : undefined;
}

/** One unit's 三公 in 分: 因公出国（境）费, 公务用车购置费, 公务用车运行费, 公务接待费. */
type Unit = [number, number, number, number];

const wan = (fen: number) => fen / 100;
const sumOf = (units: Unit[], i: number) => units.reduce((s, u) => s + u[i], 0);

/** A unit's row: code, name, 合计, 出国, 车 小计, 购置, 运行, 接待 (blank where 0, as the publications print it). */
function unitRow(code: string, name: string, u: Unit): Row {
  const figure = (fen: number) => (fen === 0 ? '' : wan(fen));
  return [code, name, wan(u[0] + u[1] + u[2] + u[3]), figure(u[0]), figure(u[1] + u[2]), figure(u[1]), figure(u[2]), figure(u[3])];
}

/**
 * The 四川 table by unit: the 部门 '304' over its units '304001…'. `shift` (分) is added to one cell of the 合计 row
 * (`shiftCol`, a sheet column 2–7); `totalAtBottom` prints the 合计 row under the units.
 */
function threePublicByUnit(
  wb: ExcelJS.Workbook,
  units: Unit[],
  opts: { shift?: number; shiftCol?: number; totalAtBottom?: boolean; noDepartment?: boolean } = {},
): void {
  const ws = wb.addWorksheet('表3-3');
  const whole: Unit = [0, 1, 2, 3].map((i) => sumOf(units, i)) as Unit;
  const totalRow = unitRow('', '合计', whole);
  if (opts.shift) totalRow[opts.shiftCol ?? 2] = Number(totalRow[opts.shiftCol ?? 2] || 0) + wan(opts.shift);
  const department = unitRow('304', '某县司法局', whole);
  const rows = units.map((u, i) => unitRow(`30400${i + 1}`, i === 0 ? '某县司法局（本级）' : `某县司法局下属单位${i}`, u));
  const listed = opts.noDepartment ? rows : [department, ...rows];
  const body = opts.totalAtBottom ? [...listed, totalRow] : [totalRow, ...listed];
  putRows(
    ws,
    [
      ['表3-3'],
      ['一般公共预算“三公”经费支出预算表'],
      ['', '', '', '', '', '', '', '单位：万元'],
      ['单位编码', '单位名称', '当年财政拨款安排', '', '', '', '', ''],
      ['', '', '合计', '因公出国（境）费', '公务用车购置及运行费', '', '', '公务接待费'],
      ['', '', '', '', '小计', '公务用车购置费', '公务用车运行费', ''],
      ...body,
    ],
    ['A4:A6', 'B4:B6', 'C4:H4', 'C5:C6', 'D5:D6', 'E5:G5', 'H5:H6'],
  );
}

const aUnit: fc.Arbitrary<Unit> = fc.tuple(
  fc.integer({ min: 0, max: 2_000_000 }),
  fc.integer({ min: 0, max: 5_000_000 }),
  fc.integer({ min: 0, max: 2_000_000 }),
  fc.integer({ min: 0, max: 1_000_000 }),
);
/** One to four units, the 合计 not 0. */
const someUnits = fc.array(aUnit, { minLength: 1, maxLength: 4 }).filter((us) => us.some((u) => u.some((x) => x > 0)));

const SOME_UNITS: Unit[] = [
  [0, 0, 1_000, 200],
  [300, 0, 500, 100],
];

describe('a “三公” table listed by unit: 单位编码 | 单位名称 | 当年财政拨款安排', () => {
  it('is read from its first header row, with its title, the unit names and every column', () => {
    const { tables } = analyze((wb) => threePublicByUnit(wb, SOME_UNITS));
    expect(tables.map((t) => t.kind)).toEqual(['three-public']);
    const [t] = tables;
    expect(t.title).toBe('一般公共预算“三公”经费支出预算表');
    expect(t.headerRect.top).toBe(3);
    expect(t.columns.map((c) => [c.role, c.key ?? ''])).toEqual([
      ['text', ''],
      ['item', ''],
      ['amount', 'total'],
      ['amount', 'abroad'],
      ['amount', 'vehicle'],
      ['amount', 'vehicle-purchase'],
      ['amount', 'vehicle-operation'],
      ['amount', 'reception'],
    ]);
    expect(t.lines.filter((l) => l.role === 'data').map((l) => [l.unitCode, l.label])).toEqual([
      ['304', '某县司法局'],
      ['304001', '某县司法局（本级）'],
      ['304002', '某县司法局下属单位1'],
    ]);
    expect(t.lines.find((l) => l.role === 'total')?.label).toBe('合计');
  });

  it('raises nothing when every row adds up and the 合计 row is the units’ sum, and checks the units’ sums', () => {
    fc.assert(
      fc.property(someUnits, fc.boolean(), (units, totalAtBottom) => {
        const a = analyze((wb) => threePublicByUnit(wb, units, { totalAtBottom }));
        expect(loud(a)).toEqual([]);
        // Each row's 合计 = its parts and 车 = 购置 + 运行 (at least one column per row), and the unit sums besides.
        expect(comparedBy(a, 'hierarchy-sum/three-public')).toBeGreaterThan(units.length + 2);
      }),
      { numRuns: 40 },
    );
  });

  it('a 合计 row figure that is not the units’ sum is an error on that cell, stating the sum', () => {
    // 公务接待费 of the 合计 row (H7): 2.00 + 1.00 = 3.00, printed 3.50.
    const a = analyze((wb) => threePublicByUnit(wb, SOME_UNITS, { shift: 50, shiftCol: 7 }));
    const found = errors(a).filter((f) => f.cell === 'H7');
    expect(found.length).toBeGreaterThan(0);
    const byUnits = found.find((f) => f.message.includes('按所属单位'));
    expect(byUnits?.message).toContain('3.00');
    expect(byUnits?.message).toContain('3.50');
    expect(byUnits?.expected).toBe(3);
    expect(byUnits?.related.map((r) => r.cell)).toEqual(['H8']);
  });

  it('any 合计 row cell off by at least 0.01 万元 is an error on that row', () => {
    fc.assert(
      fc.property(someUnits, fc.integer({ min: 2, max: 7 }), fc.integer({ min: 1, max: 100_000 }), (units, col, shift) => {
        const found = errors(analyze((wb) => threePublicByUnit(wb, units, { shift, shiftCol: col })));
        expect(found.length).toBeGreaterThan(0);
        expect(found.some((f) => f.cell.endsWith('7'))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('without unit codes, which rows nest cannot be told: the 合计 row is not summed over the rows', () => {
    const a = analyze((wb) => {
      threePublicByUnit(wb, SOME_UNITS, { shift: 50, shiftCol: 7 });
      const ws = wb.getWorksheet('表3-3')!;
      for (const r of [8, 9, 10]) ws.getCell(r, 1).value = null;
      // Its own row is out too (3.50 over 2.00 + 1.00 in its parts' columns): only the units' sum is in question.
      ws.getCell(7, 3).value = 21.5;
    });
    expect(errors(a).filter((f) => f.message.includes('按所属单位'))).toEqual([]);
  });

  it('its 合计 row — not a unit’s — is what the 情况说明 is compared with, wherever it is printed', () => {
    // 合计 21.00 = 本级 12.00 + 下属单位 9.00: 出国 3.00, 车 15.00 (all 运行), 接待 3.00.
    for (const totalAtBottom of [false, true]) {
      const { tables } = analyze((wb) => threePublicByUnit(wb, SOME_UNITS, { totalAtBottom }));
      const right = checkNarrativeText('2025年“三公”经费预算21.00万元，其中：因公出国（境）费3.00万元，公务接待费3.00万元，公务用车购置及运行费15.00万元。', tables);
      expect(right.filter((f) => f.severity === 'error')).toEqual([]);
      const wrong = checkNarrativeText('2025年“三公”经费预算12.00万元。', tables).filter((f) => f.severity === 'error');
      expect(wrong.map((f) => f.message).join('')).toContain('21.00');
      // Each part is the 合计 row's too: the 本级's 因公出国（境）费 (blank, 0) is not the department's 3.00.
      const part = checkNarrativeText('“三公”经费预算21万元，其中因公出国（境）费0万元。', tables).filter((f) => f.severity === 'error');
      expect(part.map((f) => f.message).join('')).toMatch(/为3\.00万元（「表3-3」D(7|10)），文中为0\.00万元/);
    }
  });
});

/** A 基本支出表 whose 30217 公务接待费 is `reception` 万元 (in 分). */
function basicExpense(wb: ExcelJS.Workbook, reception: number): void {
  putRows(wb.addWorksheet('表3-1'), [
    ['一般公共预算基本支出表'],
    ['', '', '单位：万元'],
    ['科目编码', '科目名称', '合计'],
    ['', '合计', 100],
    ['302', '商品和服务支出', 100],
    ['30201', '办公费', 100 - wan(reception)],
    ['30217', '公务接待费', wan(reception)],
  ]);
}

describe('a grid listed by unit with no group over its figures', () => {
  it('is not opened by 单位编码 | 单位名称 alone: 湖南’s 工资福利 grid by unit stays unread, not taken for the 基本支出表', () => {
    const a = analyze((wb) => {
      putRows(wb.addWorksheet('工资福利支出明细'), [
        ['基本支出预算明细表-工资福利支出（按部门预算经济分类）'],
        ['', '', '', '', '', '单位：万元'],
        ['单位编码', '单位名称', '合计', '基本工资', '津贴补贴', '绩效工资'],
        ['', '合计', 70, 25, 15, 30],
        ['401001', '某市第一中学', 70, 25, 15, 30],
      ]);
      basicExpense(wb, 250);
    });
    expect(a.tables.map((t) => t.sheet)).toEqual(['表3-1']);
    expect(loud(a)).toEqual([]);
  });
});

describe('a “三公” table listed by unit beside the 基本支出表', () => {
  it('the 基本支出表’s 公务接待费 is held to the 合计 row’s, not to the first unit’s', () => {
    // Units 2.00 and 1.00 of 公务接待费, no 部门 row, the 合计 (3.00) at the bottom: 2.50 is within it.
    const within = analyze((wb) => {
      threePublicByUnit(wb, SOME_UNITS, { totalAtBottom: true, noDepartment: true });
      basicExpense(wb, 250);
    });
    expect(loud(within)).toEqual([]);
    expect(comparedBy(within, 'cross-table/three-public-vs-basic')).toBeGreaterThan(0);
    const over = analyze((wb) => {
      threePublicByUnit(wb, SOME_UNITS, { totalAtBottom: true, noDepartment: true });
      basicExpense(wb, 350);
    });
    const found = over.findings.filter((f) => f.rule === 'cross-table/three-public-vs-basic');
    expect(found.map((f) => [f.cell, f.expected, f.related.map((r) => r.cell)])).toEqual([['C7', 3, ['H9']]]);
  });
});

/** 湖南's 部门收支总体情况表: each side '项目 | 本年预算'. Figures in 分: 收入 (拨款, 专户), 支出 (教育, 社保, 住房). */
function hunanSummary(wb: ExcelJS.Workbook, income: [number, number], expense: [number, number, number], shift = 0): void {
  const total = wan(income[0] + income[1]);
  const spent = wan(expense[0] + expense[1] + expense[2] + shift);
  putRows(
    wb.addWorksheet('收支总体情况表'),
    [
      ['部门收支总体情况表'],
      ['部门：某市第一中学', '', '', '单位：万元'],
      ['收入', '', '支出', ''],
      ['项目', '本年预算', '项目', '本年预算'],
      ['一、一般公共预算拨款收入', wan(income[0]), '一、教育支出', wan(expense[0])],
      ['二、政府性基金预算拨款收入', '', '二、社会保障和就业支出', wan(expense[1])],
      ['三、纳入专户管理的非税收入拨款收入', wan(income[1]), '三、住房保障支出', wan(expense[2])],
      ['四、事业收入', '', '', ''],
      ['本年收入合计', total, '本年支出合计', spent],
      ['上年结转', '', '结转下年', ''],
      ['收入总计', total, '支出总计', spent],
    ],
    ['A3:B3', 'C3:D3'],
  );
}

/** A balanced case: the 支出 drawn, the 收入 split from its total. */
const aBalancedCase = fc
  .record({ expense: fc.tuple(fc.integer({ min: 100, max: 50_000_000 }), fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 0, max: 5_000_000 })), share: fc.integer({ min: 0, max: 100 }) })
  .map(({ expense, share }) => {
    const total = expense[0] + expense[1] + expense[2];
    const other = Math.floor((total * share) / 100);
    return { income: [total - other, other] as [number, number], expense: expense as [number, number, number] };
  });

describe('a 收支总表 headed 项目 | 本年预算 (no 数)', () => {
  it('is read as a 收支总表, 收入 and 支出 sides, the 本年预算 columns as amounts', () => {
    const { tables } = analyze((wb) => hunanSummary(wb, [90_000, 10_000], [88_000, 7_000, 5_000]));
    expect(tables.map((t) => [t.kind, t.family, t.title])).toEqual([['income-expense-summary', 'budget', '部门收支总体情况表']]);
    const [t] = tables;
    expect(t.blocks.map((b) => b.side)).toEqual(['income', 'expense']);
    expect(t.columns.filter((c) => c.role === 'amount').map((c) => [c.col, c.label])).toEqual([
      [1, '收入/本年预算'],
      [3, '支出/本年预算'],
    ]);
  });

  it('raises nothing when it adds up and balances, and checks every total', () => {
    fc.assert(
      fc.property(aBalancedCase, ({ income, expense }) => {
        const a = analyze((wb) => hunanSummary(wb, income, expense));
        expect(loud(a)).toEqual([]);
        expect(comparedBy(a, 'balance')).toBe(5);
      }),
      { numRuns: 40 },
    );
  });

  it('a 本年支出合计 that is not the sum of the 支出 is an error on it, stating the sum', () => {
    // 880.00 + 70.00 + 50.00 = 1,000.00, printed 1,000.50.
    const found = errors(analyze((wb) => hunanSummary(wb, [90_000, 10_000], [88_000, 7_000, 5_000], 50)));
    const sum = found.find((f) => f.cell === 'D9');
    expect(sum?.expected).toBe(1000);
    expect(sum?.message).toContain('1,000.00');
    expect(sum?.message).toContain('1,000.50');
  });
});

/** The accounting system's 收入支出总表: 项目 | 行次 | 年初预算数 (or 年初数) | 期末数, the 收入 and 支出 in one column. */
function accountingStatement(wb: ExcelJS.Workbook, opening: string, figures: [number, number, number]): void {
  const [a, b, c] = figures.map(wan);
  putRows(wb.addWorksheet('收入支出总表'), [
    ['收入支出总表'],
    ['编制单位：某局', '', '', '单位：元'],
    ['项目', '行次', opening, '期末数'],
    ['一、财政拨款收入', 1, a + b, a + b + c],
    ['二、其他收入', 2, 0, 0],
    ['本年收入合计', 3, a + b, a + b + c],
    ['一、一般公共服务支出', 4, a, a + c],
    ['二、社会保障和就业支出', 5, b, b],
    ['本年支出合计', 6, a + b, a + b + c],
  ]);
}

describe('an accounting statement (年初预算数 | 期末数): not a standard table, named so and not checked', () => {
  it('is not read as a 收支总表, and is named as an accounting statement left unchecked', () => {
    for (const opening of ['年初预算数', '年初数']) {
      const a = analyze((wb) => accountingStatement(wb, opening, [80_000, 20_000, 10_000]));
      expect(a.tables).toEqual([]);
      expect(a.findings.map((f) => [f.severity, f.sheet, f.cell, f.message])).toEqual([
        ['info', '收入支出总表', 'A1', '「收入支出总表」是会计报表（按年初、期末列数），不是标准预算表，未核对；部门预算、决算公开表的收支总表列的是预算数或决算数。'],
      ]);
    }
  });

  it('whatever its figures, even ones that do not add up, it raises nothing but that note', () => {
    fc.assert(
      fc.property(fc.tuple(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: -1e8, max: 1e8 })), (figures) => {
        const a = analyze((wb) => accountingStatement(wb, '年初预算数', figures));
        expect(a.tables).toEqual([]);
        expect(a.findings.map((f) => f.severity)).toEqual(['info']);
      }),
      { numRuns: 30 },
    );
  });
});

describe('budget-check check on a workbook holding the three layouts', () => {
  it('names each table, states each wrong figure with its sum and cells, and the accounting statement as unchecked', async () => {
    const wb = new ExcelJS.Workbook();
    threePublicByUnit(wb, SOME_UNITS, { shift: 50, shiftCol: 7 });
    hunanSummary(wb, [90_000, 10_000], [88_000, 7_000, 5_000], 50);
    accountingStatement(wb, '年初预算数', [80_000, 20_000, 10_000]);
    const file = join(mkdtempSync(join(tmpdir(), 'bc-layouts-')), 'layouts.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await runCli(['check', file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('「一般公共预算“三公”经费支出预算表」 “三公”经费支出表（预算） 工作表「表3-3」A2:H10');
    expect(r.stdout).toContain('「部门收支总体情况表」 收支总表（预算） 工作表「收支总体情况表」A1:D11');
    expect(r.stdout).toContain('「表3-3」H7  “三公”经费支出表中，“合计”（公务接待费）按所属单位（某县司法局）合计应为 3.00，表中为 3.50，差 0.50');
    expect(r.stdout).toContain('「收支总体情况表」D9  部门收支总体情况表中，“本年支出合计”（本年预算）按各项支出合计应为 1,000.00，表中为 1,000.50，差 0.50');
    expect(r.stdout).toContain('「收入支出总表」是会计报表（按年初、期末列数），不是标准预算表，未核对');
  });
});
