/**
 * Layouts real publications print that used to be misread: printed blank template rows before a
 * table's 收入总计 | 支出总计 or its 注; a 注 followed by the 说明 that says why the table is empty;
 * split codes under one merged 科目编码 cell with the parent repeated on every row (201 | 06 | 01) and
 * the 类 / 款 / 项 labels on the 合计 (or 栏次) row; and figures in whole 元 beside figures with cents.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { analyzeWorkbook } from '../src/engine';
import type { Finding } from '../src/engine/findings';
import { toA1 } from '../src/engine/grid/a1';
import { toGrids, writeTable } from './fixtures';
import { writeEmptyFundTable, writeSummaryWithBlankRows } from './fixtures/blank-rows';
import { finalLines, writeFinalExpenseTable } from './fixtures/final-template';
import { codedRows } from './fixtures/rows';

const analyze = (wb: ExcelJS.Workbook) => analyzeWorkbook(toGrids(wb));
const at = (f: Finding) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell}`;
const problems = (fs: Finding[]) => fs.filter((f) => f.severity !== 'info').map(at);

const EXPENSES: [string, number][] = [
  ['一、一般公共服务支出', 2976800],
  ['二、公共安全支出', 1252300],
  ['三、社会保障和就业支出', 27073236],
];
const INCOME = EXPENSES.reduce((s, [, v]) => s + v, 0);

describe('blank template rows before 收入总计 | 支出总计', () => {
  it('do not end the table: its range reaches the 总计 row and the balance is checked', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('财务收支预算总表');
    const { totalRow } = writeSummaryWithBlankRows(ws, { income: INCOME, expenses: EXPENSES });
    const { tables, findings, checks } = analyze(wb);
    expect(tables.map((t) => [t.kind, t.range])).toEqual([['income-expense-summary', `A1:D${totalRow + 1}`]]);
    expect(tables[0].lines.filter((l) => l.role === 'grand-total').map((l) => l.key)).toEqual(['income-grand-total', 'expense-grand-total']);
    expect(problems(findings)).toEqual([]);
    expect(checks.find((c) => c.rule === 'balance')?.status).toBe('passed');
  });

  it('an unequal 收入总计 and 支出总计 after the blank rows is found', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('财务收支预算总表');
    const { totalRow } = writeSummaryWithBlankRows(ws, { income: INCOME, expenses: EXPENSES, expenseTotal: INCOME + 1000 });
    const errors = analyze(wb).findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.cell)).toContain(toA1(totalRow, 3));
  });

  it('a new table after the blank rows is not swallowed: only a 合计 / 总计 line or a 注 continues a table', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('两张表');
    const first = writeSummaryWithBlankRows(ws, { income: INCOME, expenses: EXPENSES }, 3);
    const second = writeSummaryWithBlankRows(ws, { income: INCOME, expenses: EXPENSES }, 3, first.totalRow + 4);
    const { tables, findings } = analyze(wb);
    expect(tables.map((t) => t.range)).toEqual([`A1:D${first.totalRow + 1}`, `A${first.totalRow + 5}:D${second.totalRow + 1}`]);
    expect(problems(findings)).toEqual([]);
  });
});

describe('empty fund tables: blank rows, 合计, then the 注', () => {
  it('reads the 注 under the blank rows and raises no 空表 warning', () => {
    const wb = new ExcelJS.Workbook();
    writeEmptyFundTable(wb.addWorksheet('政府性基金'), '政府性基金', ['注：本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。']);
    const { tables, findings } = analyze(wb);
    expect(tables.map((t) => [t.kind, t.range, t.empty, t.note?.text])).toEqual([['gov-fund-expense', 'A1:G19', true, '注：本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。']]);
    expect(findings.filter((f) => f.rule === 'disclosure/empty-table-note')).toEqual([]);
  });

  it('takes the 说明 under a descriptive 注 as part of the note (决算: “本年度没有…故本表无数据”)', () => {
    const wb = new ExcelJS.Workbook();
    writeEmptyFundTable(wb.addWorksheet('国有资本经营'), '国有资本经营', [
      '注：本表反映部门本年度国有资本经营预算财政拨款收入支出及结转和结余情况。',
      '说明：上海市普陀区某局本年度没有国有资本经营预算财政拨款收入和支出，故本表无数据。',
    ]);
    const { tables, findings } = analyze(wb);
    expect(tables[0].range).toBe('A1:G20');
    expect(tables[0].note?.text.split('\n')).toHaveLength(2);
    expect(findings.filter((f) => f.rule === 'disclosure/empty-table-note')).toEqual([]);
  });

  it('without a statement of why, the warning gives an example for its own fund', () => {
    const wb = new ExcelJS.Workbook();
    writeEmptyFundTable(wb.addWorksheet('国有资本经营'), '国有资本经营', ['注：本表反映部门本年度国有资本经营预算财政拨款支出情况。']);
    const warned = analyze(wb).findings.filter((f) => f.rule === 'disclosure/empty-table-note');
    expect(warned).toHaveLength(1);
    expect(warned[0].message).toContain('（如“本单位无国有资本经营预算收支，故本表为空表”）');
    expect(warned[0].message).not.toContain('政府性基金');
  });
});

describe('split codes under one merged 科目编码 cell, parent repeated on every row, 类 / 款 / 项 on the 合计 row', () => {
  for (const labelRow of ['合计', '栏次'] as const) {
    it(`reads every line at its own level (类 / 款 / 项 on the ${labelRow} row)`, () => {
      const wb = new ExcelJS.Workbook();
      const { rowOf, totalRow } = writeFinalExpenseTable(wb.addWorksheet('支出决算表'), { labelRow });
      const { tables, findings } = analyze(wb);
      const [t] = tables;
      expect([t.kind, t.family]).toEqual(['expense-summary', 'final']);
      expect(t.columns.filter((c) => c.role.startsWith('code')).map((c) => c.role)).toEqual(['code-lei', 'code-kuan', 'code-xiang']);
      expect(t.lines.filter((l) => l.code).map((l) => [l.row, l.code])).toEqual(finalLines().map((l) => [rowOf.get(l.code), l.code]));
      const total = t.lines.find((l) => l.role === 'total');
      expect(total?.row).toBe(totalRow);
      expect(Object.values(total!.amounts).map((a) => a.value)).toEqual([252, 221.75, 30.25]);
      // No code-name errors (每行读成其类), no 合计 compared with the wrong lines.
      expect(problems(findings)).toEqual([]);
    });
  }

  it('a wrong 合计 is compared with the 类 lines only', () => {
    const wb = new ExcelJS.Workbook();
    const { totalRow } = writeFinalExpenseTable(wb.addWorksheet('支出决算表'), { override: ['合计', 1, 231.75] });
    const errors = analyze(wb).findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.cell, f.expected, f.actual])).toContainEqual([toA1(totalRow, 5), 221.75, 231.75]);
  });
});

describe('rounding: the allowance comes from each part’s printed precision', () => {
  /** A 基本支出表 in 元: the parts printed in whole 元, the 301 total with cents (0.34 off their sum). */
  function build(total: number): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('基本支出');
    writeTable(ws, {
      sheet: ws.name,
      title: '2025年部门一般公共预算基本支出部门预算经济分类预算表',
      meta: [[{ col: 0, text: '编制部门：某局' }, { col: 3, text: '单位：元' }]],
      header: [
        ['部门预算经济分类科目编码', '<', '经济分类科目名称', '人员经费'],
        ['类', '款', '^', '^'],
      ],
      body: codedRows({ code: 'split-econ' }, [
        { code: '301', name: '工资福利支出', values: [total] },
        { code: '30101', name: '基本工资', values: [5668416] },
        { code: '30102', name: '津贴补贴', values: [16743933] },
        { code: '30107', name: '绩效工资', values: [10302736] },
      ]),
      amountCols: [3],
      expected: { kind: 'general-budget-basic-expense', family: 'budget', unit: '元', unitStated: true, blocks: [], blockAmountCols: [], blockCodeCols: [] },
    });
    // The parts are printed in whole 元 (no number format), the total with its cents.
    for (const r of [6, 7, 8]) ws.getCell(r, 4).numFmt = '0';
    ws.getCell(5, 4).numFmt = '#,##0.00';
    return wb;
  }
  const parts = 5668416 + 16743933 + 10302736;

  it('a 0.34 元 gap under whole-元 parts is rounding, listed for information: it changes no figure stated in 万元', () => {
    const findings = analyze(build(parts + 0.34)).findings.filter((f) => f.rule.startsWith('hierarchy-sum'));
    expect(findings.map((f) => [f.severity, f.cell])).toEqual([['info', 'D5']]);
    expect(findings[0].message).toContain('四舍五入');
  });

  it('a rounding gap of 0.01 万元 or more stays a warning', () => {
    // Six whole-元 parts allow 3 元; a 万元 table of six parts shown to 0.01 allows 0.03 万元 = 300 元.
    const wb = build(parts + 1);
    expect(analyze(wb).findings.filter((f) => f.rule.startsWith('hierarchy-sum')).map((f) => f.severity)).toEqual(['info']);
    const ws = wb.getWorksheet('基本支出')!;
    ws.getCell(2, 4).value = '单位：万元';
    const wan = [566.84, 1674.39, 1030.27];
    [6, 7, 8].forEach((r, i) => {
      ws.getCell(r, 4).value = wan[i];
      ws.getCell(r, 4).numFmt = '0.00';
    });
    ws.getCell(5, 4).value = 566.84 + 1674.39 + 1030.27 + 0.01;
    const findings = analyze(wb).findings.filter((f) => f.rule.startsWith('hierarchy-sum'));
    expect(findings.map((f) => [f.severity, f.cell])).toEqual([['warning', 'D5']]);
  });

  it('a gap beyond three half-元 is an error', () => {
    const findings = analyze(build(parts + 1.6)).findings.filter((f) => f.rule.startsWith('hierarchy-sum'));
    expect(findings.map((f) => [f.severity, f.cell])).toEqual([['error', 'D5']]);
  });
});
