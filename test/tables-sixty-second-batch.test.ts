/**
 * The sixty-second held-out batch (test/corpus/README.md): the 公开01表 收入支出决算总表 of two 部门决算 from 贵州 and 湖北,
 * each printing its form number '公开01表' on a line of its own between the title ('表1 收入支出决算总表') and the
 * 编制单位 | 金额单位 line. The form number ends in 表, so it passed for the title: the table was titled '公开01表', started
 * under its real title, and — where the heads say 金额 rather than 决算数 — was read as a 预算 table. A form number
 * ('公开01表', '财决01-1表', '部门公开表02') is a caption: the title is the line above it, and it names the family.
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
