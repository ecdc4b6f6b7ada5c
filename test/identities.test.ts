/**
 * What is an identity across tables, and what is not. Compared like with like: the 收入决算表's 合计
 * (本年收入 only) with 本年收入合计, not with 总计; the national 决算 基本支出表's 人员经费合计 +
 * 公用经费合计 with 基本支出; a 基本支出 split into 人员经费 | 公用经费 with the 基本支出表's. Not
 * identities: 功能 ↔ 经济 twins (2080502 事业单位离退休 ↔ 30302 退休费 may differ by a 福利费 line) are
 * hints; a 基本支出表 line numbered 30212 but named otherwise is no 因公出国 spending.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { analyzeWorkbook } from '../src/engine';
import type { Finding } from '../src/engine/findings';
import { toGrids, writeTable, type TableSpec } from './fixtures';
import { finalBasicSideBySide } from './fixtures/variants';
import { codedRows, twoSided } from './fixtures/rows';
import { writeHorizontalThreePublic } from './fixtures/three-public';

const analyze = (wb: ExcelJS.Workbook) => analyzeWorkbook(toGrids(wb));
const loud = (fs: Finding[]) => fs.filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell}`);
const none = { blocks: [], blockAmountCols: [], blockCodeCols: [] };

/** 一般公共预算财政拨款支出决算表: 合计 | 基本支出 | 项目支出, or with 基本支出 split into 人员经费 | 公用经费. */
function generalBudgetTable(sheet: string, basic: number, project: number, split?: [number, number]): TableSpec {
  const labels = split ? ['合计', '基本支出', '<', '项目支出'] : ['合计', '基本支出', '项目支出'];
  const under = split ? ['^', '人员经费', '公用经费', '^'] : labels.map(() => '^');
  const values = (b: number, p: number, s?: [number, number]) => [b + p, ...(s ? s : [b]), p].map((x) => Math.round(x * 100) / 100);
  return {
    sheet,
    title: '一般公共预算财政拨款支出决算表',
    meta: [[{ col: 0, text: '单位：万元' }]],
    header: [
      ['功能分类科目编码', '科目名称', ...labels],
      ['^', '^', ...under],
    ],
    body: codedRows({ code: 'single' }, [
      { code: '206', name: '科学技术支出', values: values(basic, project, split) },
      { code: '20601', name: '科学技术管理事务', values: values(basic, project, split) },
      { code: '2060101', name: '行政运行', values: values(basic, project, split) },
      { name: '合计', values: values(basic, project, split), role: 'total' },
    ]),
    amountCols: split ? [2, 3, 4, 5] : [2, 3, 4],
    expected: { kind: 'general-budget-expense', family: 'final', unit: '万元', unitStated: true, ...none },
  };
}

describe('基本支出 = the national 决算 基本支出表: 人员经费合计 + 公用经费合计', () => {
  // finalBasicSideBySide: 人员经费合计 246.62, 公用经费合计 17.25.
  function build(basic: number): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    writeTable(wb.addWorksheet('一般公共预算支出'), generalBudgetTable('一般公共预算支出', basic, 10));
    writeTable(wb.addWorksheet('基本支出'), finalBasicSideBySide('基本支出', { row: 0, col: 0 }));
    return wb;
  }

  it('agrees with both blocks together, not with the 人员经费 block alone', () => {
    const { findings, checks } = analyze(build(263.87));
    expect(loud(findings)).toEqual([]);
    expect(checks.find((c) => c.rule === 'cross-table/basic-total')?.status).toBe('passed');
  });

  it('reports a 基本支出 that is not their sum', () => {
    const errors = analyze(build(246.62)).findings.filter((f) => f.severity === 'error' && f.rule === 'cross-table/basic-total');
    expect(errors.map((f) => [f.sheet, f.cell, f.expected, f.actual])).toEqual([['一般公共预算支出', 'D8', 263.87, 246.62]]);
  });
});

describe('基本支出 split into 人员经费 | 公用经费 = the 基本支出表’s 人员经费 / 公用经费', () => {
  function build(split: [number, number]): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    writeTable(wb.addWorksheet('一般公共预算支出'), generalBudgetTable('一般公共预算支出', 263.87, 10, split));
    writeTable(wb.addWorksheet('基本支出'), finalBasicSideBySide('基本支出', { row: 0, col: 0 }));
    return wb;
  }

  it('passes when they agree', () => {
    const { findings, checks } = analyze(build([246.62, 17.25]));
    expect(loud(findings)).toEqual([]);
    expect(checks.find((c) => c.rule === 'cross-table/basic-split')).toEqual({ rule: 'cross-table/basic-split', status: 'passed', reason: expect.stringContaining('核对 2 处') });
  });

  it('finds a 人员经费 / 公用经费 split that differs although 基本支出 agrees', () => {
    const { findings } = analyze(build([236.62, 27.25]));
    expect(loud(findings)).toEqual(['error cross-table/basic-split 一般公共预算支出!D8', 'error cross-table/basic-split 一般公共预算支出!E8']);
  });
});

describe('收入决算表 合计 (本年收入 only) = 收入支出决算总表 本年收入合计, not 总计', () => {
  function build(incomeTotal: number): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    const shape = { leftAmounts: 1, rightAmounts: 1 };
    writeTable(wb.addWorksheet('收入支出决算总表'), {
      sheet: '收入支出决算总表',
      title: '收入支出决算总表',
      meta: [[{ col: 3, text: '单位：万元' }]],
      header: [
        ['收入', '<', '支出', '<'],
        ['项目', '决算数', '项目', '决算数'],
      ],
      body: [
        twoSided(shape, { label: '一、一般公共预算财政拨款收入', values: [9746.5] }, { label: '一、一般公共服务支出', values: [9759.38] }),
        twoSided(shape, { label: '本年收入合计', values: [9746.5] }, { label: '本年支出合计', values: [9759.38] }),
        twoSided(shape, { label: '年初结转和结余', values: [112.88] }, { label: '年末结转和结余', values: [100] }),
        twoSided(shape, { label: '总计', values: [9859.38] }, { label: '总计', values: [9859.38] }),
      ],
      amountCols: [1, 3],
      expected: { kind: 'income-expense-summary', family: 'final', unit: '万元', unitStated: true, ...none },
    });
    writeTable(wb.addWorksheet('收入决算表'), {
      sheet: '收入决算表',
      title: '收入决算表',
      meta: [[{ col: 3, text: '单位：万元' }]],
      header: [['功能分类科目编码', '科目名称', '本年收入合计', '财政拨款收入']],
      body: codedRows({ code: 'single' }, [
        { name: '合计', values: [incomeTotal, incomeTotal], role: 'total' },
        { code: '201', name: '一般公共服务支出', values: [incomeTotal, incomeTotal] },
      ]),
      amountCols: [2, 3],
      expected: { kind: 'income-summary', family: 'final', unit: '万元', unitStated: true, ...none },
    });
    return wb;
  }

  it('raises nothing when the 合计 is this year’s income', () => {
    const { findings, checks } = analyze(build(9746.5));
    expect(loud(findings).filter((f) => f.includes('cross-table'))).toEqual([]);
    expect(checks.find((c) => c.rule === 'cross-table/summary-income')?.status).toBe('passed');
  });

  it('reports a 合计 that differs from 本年收入合计', () => {
    const errors = analyze(build(9756.5)).findings.filter((f) => f.rule === 'cross-table/summary-income' && f.severity === 'error');
    expect(errors.map((f) => [f.expected, f.actual])).toEqual([[9756.5, 9746.5]]);
  });
});

describe('not identities', () => {
  /** 一般公共预算支出表 (基本支出 by function) and 基本支出表 (by economic code), in 元. */
  function build(retired: number, econRetired: number, welfare: number, code30212Name = '因公出国（境）费用', code30212 = 0): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    const basic = retired + 500000;
    writeTable(wb.addWorksheet('一般公共预算支出'), {
      sheet: '一般公共预算支出',
      title: '2025年部门一般公共预算支出功能分类预算表',
      meta: [[{ col: 4, text: '单位：元' }]],
      header: [['功能分类科目编码', '科目名称', '合计', '基本支出', '项目支出']],
      body: codedRows({ code: 'single' }, [
        { code: '208', name: '社会保障和就业支出', values: [retired, retired, null] },
        { code: '20805', name: '行政事业单位养老支出', values: [retired, retired, null] },
        { code: '2080502', name: '事业单位离退休', values: [retired, retired, null] },
        { code: '212', name: '城乡社区支出', values: [500000, 500000, null] },
        { code: '21201', name: '城乡社区管理事务', values: [500000, 500000, null] },
        { code: '2120101', name: '行政运行', values: [500000, 500000, null] },
        { name: '合计', values: [basic, basic, null], role: 'total' },
      ]),
      amountCols: [2, 3, 4],
      expected: { kind: 'general-budget-expense', family: 'budget', unit: '元', unitStated: true, ...none },
    });
    const pub = 500000 - welfare - code30212;
    writeTable(wb.addWorksheet('基本支出'), {
      sheet: '基本支出',
      title: '2025年部门一般公共预算基本支出部门预算经济分类预算表',
      meta: [[{ col: 2, text: '单位：元' }]],
      header: [['经济分类科目编码', '科目名称', '合计']],
      body: codedRows({ code: 'single' }, [
        { code: '302', name: '商品和服务支出', values: [500000 + retired - econRetired] },
        { code: '30201', name: '办公费', values: [pub] },
        { code: '30212', name: code30212Name, values: [code30212] },
        { code: '30229', name: '福利费', values: [welfare + retired - econRetired] },
        { code: '303', name: '对个人和家庭的补助', values: [econRetired] },
        { code: '30302', name: '退休费', values: [econRetired] },
        { name: '合计', values: [basic], role: 'total' },
      ]),
      amountCols: [2],
      expected: { kind: 'general-budget-basic-expense', family: 'budget', unit: '元', unitStated: true, ...none },
    });
    return wb;
  }

  it('2080502 事业单位离退休 ≠ 30302 退休费 (a 福利费 line carries the rest): a hint, not a warning', () => {
    const { findings, checks } = analyze(build(229320, 177480, 20000));
    expect(loud(findings)).toEqual([]);
    const hints = findings.filter((f) => f.rule === 'cross-table/function-economic');
    expect(hints.map((f) => [f.severity, f.cell])).toEqual([['info', 'C9']]);
    expect(hints[0].message).toContain('不要求相等');
    expect(checks.find((c) => c.rule === 'cross-table/function-economic')?.status).toBe('passed');
  });

  it('a line numbered 30212 but named otherwise is not compared with the 三公 因公出国（境）费', () => {
    const named = build(229320, 229320, 20000, '机关事业单位退休人员活动费', 7020);
    writeHorizontalThreePublic(named.addWorksheet('三公'), { abroad: 0, reception: 0, purchase: 0, operation: 1, adminOperating: 10 });
    expect(analyze(named).findings.filter((f) => f.rule === 'cross-table/three-public-vs-basic')).toEqual([]);

    const abroad = build(229320, 229320, 20000, '因公出国（境）费用', 7020);
    writeHorizontalThreePublic(abroad.addWorksheet('三公'), { abroad: 0, reception: 0, purchase: 0, operation: 1, adminOperating: 10 });
    expect(analyze(abroad).findings.filter((f) => f.rule === 'cross-table/three-public-vs-basic').map((f) => f.cell)).toEqual(['C6']);
  });
});
