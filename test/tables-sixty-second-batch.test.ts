/**
 * The sixty-second held-out batch (test/corpus/README.md): the 公开01表 收入支出决算总表 of two 部门决算 from 贵州 and 湖北,
 * each printing its form number '公开01表' on a line of its own between the title ('表1 收入支出决算总表') and the
 * 编制单位 | 金额单位 line. The form number ends in 表, so it passed for the title: the table was titled '公开01表', started
 * under its real title, and — where the heads say 金额 rather than 决算数 — was read as a 预算 table. A form number
 * ('公开01表', '财决01-1表', '部门公开表02') is a caption: the title is the line above it, and it names the family.
 *
 * Among the batch's candidates, 汨罗市中医院's 2017 决算 (http://www.miluo.gov.cn/25221/25222/26735/26755/27374/content_1335580.html,
 * 国卫财01-1表) prints its column-number row as '类款项 | 栏次 | 1 | 2 | …' — 类款项 in one cell over a single code column
 * (201, 20103, 2010302). That row is no line of figures: it was read as one, its '1' checked against '2' + '3'.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { analyzeWorkbook } from '../src/engine';
import { loadXlsx } from '../src/xlsx/load';
import { workbookToGrids } from '../src/xlsx/grids';
import { toGrids } from './fixtures';

/** Form numbers as 决算 and 预算 publications print them beside or above the title. */
const FORM_NUMBERS = ['公开01表', '公开1表', '财决01表', '财决01-1表', '决算01表', '部门公开表01', '公开表1'] as const;

interface Case {
  title: string;
  form: (typeof FORM_NUMBERS)[number];
  /** The form number alone on its row (A2, the 黔南 and 南漳 copies) or at the right end of the unit row. */
  formOwnRow: boolean;
  amountHead: '金额' | '决算数';
  income: number[];
  expense: number[];
}

const aCase: fc.Arbitrary<Case> = fc.record({
  title: fc.constantFrom('收入支出决算总表', '表1 收入支出决算总表', '2019年度收入支出决算总表', '部门收支决算总表'),
  form: fc.constantFrom(...FORM_NUMBERS),
  formOwnRow: fc.boolean(),
  amountHead: fc.constantFrom('金额', '决算数'),
  income: fc.array(fc.integer({ min: 0, max: 9_999_999 }), { minLength: 3, maxLength: 3 }),
  expense: fc.array(fc.integer({ min: 0, max: 9_999_999 }), { minLength: 4, maxLength: 4 }),
});

const INCOME = ['一、一般公共预算财政拨款收入', '二、政府性基金预算财政拨款收入', '三、上级补助收入'];
const EXPENSE = ['一、一般公共服务支出', '二、外交支出', '三、国防支出', '四、公共安全支出'];

/** The 公开01表 layout of the batch: 收入 | 支出, each 项目 | 行次 | amount, a 栏次 row, figures in 万元 with cents. */
function workbook(c: Case): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('收入支出决算总表');
  const rows: (string | number | null)[][] = [[c.title]];
  if (c.formOwnRow) rows.push([null, null, null, null, null, c.form], ['编制单位:某某县某某中心', null, null, null, null, '金额单位:万元']);
  else rows.push(['编制单位:某某县某某中心', null, null, null, '金额单位:万元', c.form]);
  rows.push(['收入', null, null, '支出', null, null]);
  rows.push(['项目', '行次', c.amountHead, '项目', '行次', c.amountHead]);
  rows.push(['栏次', null, 1, '栏次', null, 2]);
  EXPENSE.forEach((name, i) => {
    const left = i < INCOME.length ? [INCOME[i], i + 1, c.income[i] / 100] : [null, i + 1, null];
    rows.push([...left, name, 29 + i, c.expense[i] / 100]);
  });
  rows.forEach((r, i) => ws.getRow(i + 1).values = r as ExcelJS.CellValue[]);
  ws.mergeCells('A1:F1');
  return wb;
}

describe('sixty-second batch: a form number printed between the title and the table', () => {
  it('is not taken for the title: the title line above it names the table and its family', () => {
    fc.assert(
      fc.property(aCase, (c) => {
        const tables = analyzeWorkbook(toGrids(workbook(c))).tables;
        expect(tables).toHaveLength(1);
        const [t] = tables;
        expect(t.title).toBe(c.title);
        expect(t.titleCell).toEqual({ row: 0, col: 0 });
        expect(t.range.startsWith('A1:')).toBe(true);
        expect(t.kind).toBe('income-expense-summary');
        expect(t.family).toBe('final');
      }),
      { numRuns: 60 },
    );
  });

  it('a 预算 title over the same form number stays a 预算 table', () => {
    fc.assert(
      fc.property(aCase, (c) => {
        const budget = { ...c, title: '部门收支预算总表', amountHead: '金额' as const };
        const [t] = analyzeWorkbook(toGrids(workbook(budget))).tables;
        expect(t.title).toBe('部门收支预算总表');
        expect(t.family).toBe('budget');
      }),
      { numRuns: 30 },
    );
  });

  it('on the batch’s workbooks: titled by their title rows, read as 决算 tables from A1', async () => {
    const dir = join(__dirname, 'corpus', 'tables', 'workbooks');
    const expected: Record<string, string> = {
      'qiannan-zhongyiyuan-2018.xlsx': '表1 收入支出决算总表',
      'nanzhang-zhaoshang-2019.xlsx': '收入支出决算总表',
    };
    for (const [file, title] of Object.entries(expected)) {
      const grids = workbookToGrids(await loadXlsx(new Uint8Array(readFileSync(join(dir, file)))), file);
      const { tables, findings } = analyzeWorkbook(grids);
      expect(tables.map((t) => [t.title, t.kind, t.family, t.unit, t.range.split(':')[0]])).toEqual([[title, 'income-expense-summary', 'final', '万元', 'A1']]);
      // Each copy stops before its totals: nothing to check, nothing reported.
      expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    }
  });
});

/** Lines of a 决算 function table with one code column, as 汨罗市中医院's copy prints its codes and names. */
const FUNCTION_LINES = [
  ['201', '一般公共服务支出'],
  ['20103', '政府办公厅(室)及相关机构事务'],
  ['2010302', '一般行政管理事务'],
] as const;

interface NumberRowCase {
  basic: number;
  project: number;
  /** '类款项' as 汨罗 prints it, or spaced out ('类 款 项') as a PDF copy gives it. */
  label: '类款项' | '类 款 项';
}

/** A 一般公共预算财政拨款支出决算表 with the 普陀 决算 head, the column-number row under it and one 项 carrying the money. */
function functionWorkbook(c: NumberRowCase): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('一般公共预算财政拨款支出决算表');
  const total = (c.basic + c.project) / 100;
  const rows: (string | number | null)[][] = [
    ['一般公共预算财政拨款支出决算表'],
    ['编制单位:某某县某某医院', null, null, null, '金额单位:万元'],
    ['项目', null, '合计', '基本支出', '项目支出'],
    ['支出功能分类科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    [c.label, '栏次', 1, 2, 3],
    ['合计', null, total, c.basic / 100, c.project / 100],
    ...FUNCTION_LINES.map(([code, name]) => [code, name, total, c.basic / 100, c.project / 100]),
  ];
  rows.forEach((r, i) => (ws.getRow(i + 1).values = r as ExcelJS.CellValue[]));
  return wb;
}

describe('sixty-second batch: a column-number row opened by 类款项 in one cell', () => {
  it('is part of the header, not a line whose 合计 fails: a table that adds up raises nothing', () => {
    fc.assert(
      fc.property(
        fc.record({ basic: fc.integer({ min: 1, max: 9_999_999 }), project: fc.integer({ min: 0, max: 9_999_999 }), label: fc.constantFrom('类款项' as const, '类 款 项' as const) }),
        (c) => {
          const { tables, findings } = analyzeWorkbook(toGrids(functionWorkbook(c)));
          expect(tables.map((t) => t.kind)).toEqual(['general-budget-expense']);
          expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.cell} ${f.message}`)).toEqual([]);
          // Row 5 is the column-number line; the lines of figures start under it, with the 合计.
          expect(tables[0].lines.filter((l) => l.row <= 5).map((l) => `${l.row} ${l.role}`)).toEqual(['4 column-number', expect.stringMatching(/^5 /)]);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('a 项 off its 款 is still reported on the same table', () => {
    const c: NumberRowCase = { basic: 4_132_000, project: 100_000, label: '类款项' };
    const wb = functionWorkbook(c);
    // 2010302 printed 41.32 (its 基本支出 alone) where 20103 and 201 print 42.32.
    wb.getWorksheet('一般公共预算财政拨款支出决算表')!.getCell('C9').value = 41.32;
    const found = analyzeWorkbook(toGrids(wb)).findings.filter((f) => f.severity === 'error');
    expect(found.map((f) => `${f.rule} ${f.cell}`)).toEqual(['hierarchy-sum/kuan-xiang C8']);
  });
});
