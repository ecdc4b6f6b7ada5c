/**
 * The 情况说明 against its tables: each certain figure compared with the table figure of the same
 * thing, measure and funds — 三公 and 机关运行经费 from their own table (horizontal or vertical, 预算数
 * or 决算数), a fund's 0 from its empty table — and nothing compared with a table figure it is not.
 * Also a property over random consistent budgets (any layout, 元 or 万元): a text written from the
 * figures raises no error, and a 科目 amount changed in it is found with the table's figure.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { analyzeWorkbook } from '../src/engine';
import { checkNarrativeText } from '../src/engine/narrative';
import { recognizeWorkbook } from '../src/engine/recognize';
import { SEED001_TABLES, toGrids, writeNarrativeSheet, writeTable } from './fixtures';
import { writeFinalThreePublic, writeHorizontalThreePublic, writeVerticalThreePublic, type ThreePublicFigures } from './fixtures/three-public';
import { budgetModelArb, buildBudgetWorkbook } from './fixtures/random-budget';
import { narrativeOf } from './fixtures/random-budget-narrative';

const FIGURES: ThreePublicFigures = { abroad: 0, reception: 0.06, purchase: 0, operation: 0, adminOperating: 12.34 };

/** The seed-001 tables (万元), with its 三公 table replaced by the horizontal 三公 / 机关运行经费 table. */
function seed001WithHorizontalThreePublic(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const make of SEED001_TABLES) {
    const spec = make();
    if (spec.expected.kind === 'three-public') continue;
    writeTable(wb.addWorksheet(spec.sheet), spec);
  }
  writeHorizontalThreePublic(wb.addWorksheet('表9'), FIGURES);
  return wb;
}

function checkWith(wb: ExcelJS.Workbook, text: string) {
  return checkNarrativeText(text, recognizeWorkbook(toGrids(wb, 'book.xlsx')), { source: 'text.txt' });
}

describe('三公 and 机关运行经费 from their own table', () => {
  const wb = seed001WithHorizontalThreePublic();

  it('reads 机关运行经费 from the 三公 table, never from the 公用经费 of the 基本支出表', () => {
    expect(checkWith(wb, '2025年机关运行经费财政拨款预算12.34万元。')).toEqual([]);
    const f = checkWith(wb, '2025年机关运行经费财政拨款预算16.90万元，主要用于日常办公。');
    expect(f.map((x) => x.rule)).toEqual(['narrative/amount']);
    expect(f[0]).toMatchObject({ expected: 12.34, actual: 16.9 });
    expect(f[0].related[0].sheet).toBe('表9');
  });

  it('checks the 三公 total and its parts against the columns of the one data row', () => {
    expect(checkWith(wb, '2025年“三公”经费预算0.06万元，其中：因公出国（境）费0.00万元，公务用车购置及运行费0.00万元，公务接待费0.06万元。')).toEqual([]);
    const f = checkWith(wb, '2025年“三公”经费预算0.06万元，其中：因公出国（境）费0.00万元，公务用车购置及运行费0.00万元，公务接待费0.60万元。');
    expect(f.map((x) => x.rule).sort()).toEqual(['narrative/amount', 'narrative/sum']);
    expect(f.find((x) => x.rule === 'narrative/amount')).toMatchObject({ expected: 0.06, actual: 0.6 });
  });

  it('a fund with an empty table is 0: “政府性基金拨款支出预算0.00万元” holds, 5.00万元 does not, nor does 0 compared with the whole 支出', () => {
    expect(checkWith(wb, '政府性基金拨款支出预算0.00万元，国有资本经营预算拨款支出预算0.00万元。')).toEqual([]);
    const f = checkWith(wb, '政府性基金拨款支出预算5.00万元。');
    expect(f.map((x) => x.rule)).toEqual(['narrative/amount']);
    expect(f[0]).toMatchObject({ expected: 0, actual: 5 });
  });
});

describe('a vertical 三公 table whose total line says only 合计', () => {
  it('reads the 合计 as the 三公 total, not as 0', () => {
    const wb = new ExcelJS.Workbook();
    writeVerticalThreePublic(wb.addWorksheet('三公'), { abroad: 1.2, reception: 3.4, purchase: 0, operation: 5.6, adminOperating: 0 });
    const tables = recognizeWorkbook(toGrids(wb));
    expect(checkNarrativeText('2025年“三公”经费预算10.20万元，其中：因公出国（境）费1.20万元，公务用车购置及运行费5.60万元，公务接待费3.40万元。', tables)).toEqual([]);
    const f = checkNarrativeText('2025年“三公”经费预算0.00万元。', tables);
    expect(f.map((x) => x.rule)).toEqual(['narrative/amount']);
    expect(f[0]).toMatchObject({ expected: 10.2, actual: 0 });
  });
});

describe('a horizontal 三公 table with one row a year', () => {
  it('compares the text with the row of the report year, never with last year’s', () => {
    const wb = new ExcelJS.Workbook();
    writeTable(wb.addWorksheet('三公'), {
      sheet: '三公',
      title: '2025年财政拨款“三公”经费预算表',
      meta: [[{ col: 7, text: '单位：万元' }]],
      header: [
        ['项目', '合计', '因公出国（境）费', '公务接待费', '公务用车购置及运行维护费', '<', '<', '机关运行经费'],
        ['^', '^', '^', '^', '小计', '公务用车购置费', '公务用车运行维护费', '^'],
      ],
      body: [
        { cells: ['2025年预算数', 3.35, 0, 1.35, 2, 0, 2, 50], expect: [{ block: 0, role: 'data', label: '2025年预算数' }] },
        { cells: ['2024年预算数', 4.5, 0, 1.5, 3, 1, 2, 48], expect: [{ block: 0, role: 'data', label: '2024年预算数' }] },
      ],
      amountCols: [1, 2, 3, 4, 5, 6, 7],
      expected: { kind: 'three-public', family: 'budget', unit: '万元', unitStated: true, blocks: [], blockAmountCols: [], blockCodeCols: [] },
    });
    const tables = recognizeWorkbook(toGrids(wb));
    expect(checkNarrativeText('2025年“三公”经费预算3.35万元，其中：公务接待费1.35万元。2025年机关运行经费预算50.00万元。', tables)).toEqual([]);
    const f = checkNarrativeText('2025年“三公”经费预算4.50万元。', tables);
    expect(f.map((x) => x.rule)).toEqual(['narrative/amount']);
    expect(f[0]).toMatchObject({ expected: 3.35, actual: 4.5 });
  });
});

describe('决算: the measure decides the column', () => {
  it('a 决算数 is compared with the 决算数 column and a 预算数 with the 预算数 column of the 三公 决算表', () => {
    const wb = new ExcelJS.Workbook();
    writeFinalThreePublic(wb.addWorksheet('三公决算'), { abroad: 0, reception: 2.85, purchase: 0, operation: 0, adminOperating: 0 }, { abroad: 0, reception: 0.39, purchase: 0, operation: 0, adminOperating: 0 });
    const tables = recognizeWorkbook(toGrids(wb));
    const text = (budget: string, final: string, rate: string) =>
      `2024年度部门决算\n“三公”经费财政拨款支出年初预算为${budget}万元，支出决算为${final}万元，完成预算的${rate}%。`;
    expect(checkNarrativeText(text('2.85', '0.39', '13.68'), tables)).toEqual([]);
    const f = checkNarrativeText(text('2.85', '0.93', '32.63'), tables);
    expect(f.map((x) => x.rule)).toEqual(['narrative/amount']);
    expect(f[0]).toMatchObject({ expected: 0.39, actual: 0.93 });
  });

  it('a completion rate with no budget in the text takes the 预算数 of the table', () => {
    const wb = new ExcelJS.Workbook();
    writeFinalThreePublic(wb.addWorksheet('三公决算'), { abroad: 0, reception: 2.85, purchase: 0, operation: 0, adminOperating: 0 }, { abroad: 0, reception: 0.39, purchase: 0, operation: 0, adminOperating: 0 });
    const tables = recognizeWorkbook(toGrids(wb));
    expect(checkNarrativeText('2024年度部门决算\n公务接待费支出决算为0.39万元，完成预算的13.68%。', tables)).toEqual([]);
    const f = checkNarrativeText('2024年度部门决算\n公务接待费支出决算为0.39万元，完成预算的31.68%。', tables);
    expect(f.map((x) => x.rule)).toEqual(['narrative/completion']);
    expect(f[0].message).toContain('0.39 ÷ 2.85');
  });
});

describe('statements that a fund has nothing', () => {
  it('“无政府性基金预算收支” holds under the empty table', () => {
    const wb = seed001WithHorizontalThreePublic();
    expect(checkWith(wb, '本部门无政府性基金预算收支，政府性基金预算支出表为空表。')).toEqual([]);
    expect(checkWith(wb, '本部门无机关运行经费。').map((f) => f.rule)).toEqual(['narrative/empty']);
  });
});

describe('the ledger', () => {
  it('a workbook’s 情况说明 adds a narrative/figures entry saying how many figures were and were not checked', () => {
    const wb = seed001WithHorizontalThreePublic();
    writeNarrativeSheet(wb, ['2025年机关运行经费财政拨款预算12.34万元。', '另安排专项资金35.00万元，占比约4.8%。']);
    const analysis = analyzeWorkbook(toGrids(wb, 'book.xlsx'));
    expect(analysis.narrative).toEqual({ figures: 3, checked: 1, unchecked: 2 });
    const entry = analysis.checks.find((c) => c.rule === 'narrative/figures')!;
    expect(entry.status).toBe('passed');
    expect(entry.reason).toContain('2 处数字未能核对');
  });
});

// ------------------------------------------------------------------ random budgets


describe('a text written from random consistent budgets', () => {
  it('raises no error against its tables, whatever their layout; a 科目 amount changed in it is found with the table figure', () => {
    fc.assert(
      fc.property(budgetModelArb, fc.nat(5), fc.nat(), fc.integer({ min: 100, max: 1_000_000 }), (model, wording, pick, delta) => {
        const { workbook } = buildBudgetWorkbook(model);
        const tables = recognizeWorkbook(toGrids(workbook, 'random.xlsx'));
        const right = checkNarrativeText(narrativeOf(model, wording).join('\n'), tables);
        expect(right.filter((f) => f.severity === 'error')).toEqual([]);
        const index = pick % model.xiang.length;
        const wrong = checkNarrativeText(narrativeOf(model, wording, { index, delta }).join('\n'), tables);
        const amount = wrong.filter((f) => f.rule === 'narrative/amount');
        expect(amount).toHaveLength(1);
        const x = model.xiang[index];
        expect(amount[0].expected).toBeCloseTo((x.basic + x.project) / 100, 2);
        expect(amount[0].cell).toBe(`L${5 + index}`);
      }),
      { numRuns: 40 },
    );
  });
});
