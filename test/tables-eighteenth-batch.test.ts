/**
 * The eighteenth held-out batch (test/corpus/README.md): “三公” tables whose parts are printed blank under a figure —
 * 公务接待费 blank under a 合计 of 3.1 (宣州区审计局 2018), both 公务用车 其中 rows blank under 32.5 (宁国市交通运输局
 * 2013). The table does not add up, but it does not say which figure is wrong: the total, or a part left unfilled.
 * On invented vertical and horizontal “三公” tables, a total above its parts with a part blank is a warning naming
 * the blank parts; the same sum with the part printed 0, or parts above the total, stays an error; a sum that holds
 * with blank parts raises nothing. A 情况说明 that gives a figure for the blank part is told the cell is blank, not 0.00.
 * When exactly one blank part could take the missing amount alone, in a table that writes nothing as 0 (宣州: 出国
 * printed 0, 公务用车 blank over a blank breakdown, 公务接待费 blank), that cell is named too — a warning saying what it
 * should hold; two blank parts that could each take it (宁国: 购置 and 运行维护 both blank under 32.5) name neither.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { analyzeWorkbook, type Finding } from '../src/engine';
import { recognizeSheets } from '../src/engine/recognize';
import { checkNarrativeText } from '../src/engine/narrative';
import { loadXlsx } from '../src/xlsx/load';
import { workbookToGrids } from '../src/xlsx/grids';
import { toGrids } from './fixtures';
import { formatAmount } from '../src/engine/model/money';

/** A workbook of the corpus, by its name without .xlsx, read as the command line reads it, and analyzed. */
async function analyzeCorpusWorkbook(name: string) {
  const wb = await loadXlsx(new Uint8Array(readFileSync(join(__dirname, 'corpus', 'tables', 'workbooks', `${name}.xlsx`))));
  return analyzeWorkbook(workbookToGrids(wb, `${name}.xlsx`));
}

const SHEET = '“三公”经费支出表';
/** Vertical lines in table order; the amounts are 合计, 出国, 接待, 公务用车, 购置, 运行. */
const LABELS = ['合计', '因公出国(境)费', '公务接待费', '公务用车购置及运行费', '其中:公务用车运行维护费', '公务用车购置费'];
const CELL = (i: number) => `B${3 + i}`;

/** Figures in 角 (one decimal of 万元): 出国, 接待, 运行, 购置. */
const items = fc.tuple(fc.nat({ max: 900 }), fc.nat({ max: 900 }), fc.nat({ max: 900 }), fc.nat({ max: 900 }));

/** The six vertical amounts from the four items: 合计, 出国, 接待, 公务用车, 运行, 购置 (万元). */
function amountsOf([abroad, reception, running, purchase]: [number, number, number, number]): number[] {
  const car = running + purchase;
  return [abroad + reception + car, abroad, reception, car, running, purchase].map((v) => v / 10);
}

/** A vertical “三公” 预算 table; a null amount is a blank cell. */
function vertical(amounts: (number | null)[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.getCell('A1').value = '2024年“三公”经费支出预算表';
  ws.getCell('A2').value = '项目';
  ws.getCell('B2').value = '预算数(万元)';
  LABELS.forEach((label, i) => {
    ws.getCell(3 + i, 1).value = label;
    const v = amounts[i];
    if (v !== null) {
      ws.getCell(3 + i, 2).value = v;
      ws.getCell(3 + i, 2).numFmt = '0.0';
    }
  });
  return wb;
}

/** A horizontal “三公” row: 合计 | 出国 | 公务用车 (小计 | 购置 | 运行) | 接待; a null amount is a blank cell. */
function horizontal(row: (number | null)[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.getCell('A1').value = '2024年一般公共预算“三公”经费支出预算表';
  ws.getCell('A2').value = '单位:万元';
  ['“三公”经费合计', '因公出国(境)费', '公务用车购置及运行费', '', '', '公务接待费'].forEach((v, i) => (ws.getCell(3, i + 1).value = v || null));
  ['', '', '小计', '公务用车购置费', '公务用车运行费', ''].forEach((v, i) => (ws.getCell(4, i + 1).value = v || null));
  ws.mergeCells('A3:A4');
  ws.mergeCells('B3:B4');
  ws.mergeCells('C3:E3');
  ws.mergeCells('F3:F4');
  row.forEach((v, i) => {
    if (v === null) return;
    ws.getCell(5, i + 1).value = v;
    ws.getCell(5, i + 1).numFmt = '0.0';
  });
  return wb;
}

const sums = (wb: ExcelJS.Workbook): Finding[] =>
  analyzeWorkbook(toGrids(wb)).findings.filter((f) => f.rule === 'hierarchy-sum/three-public' && f.severity !== 'info');

describe('eighteenth batch: a “三公” sum with parts printed blank', () => {
  it('a part left blank under a total that counts it is a warning naming the blank part; printed 0, an error', () => {
    fc.assert(
      fc.property(items, fc.constantFrom(1, 2), (f, blank) => {
        const amounts = amountsOf(f);
        // A gap of a unit or more: a tenth may be the rounding of one-decimal figures.
        fc.pre(amounts[blank] >= 1);
        const blanked: (number | null)[] = [...amounts];
        blanked[blank] = null;
        const found = sums(vertical(blanked));
        expect(found.map((x) => [x.cell, x.severity])).toEqual([[CELL(0), 'warning']]);
        expect(found[0].message).toContain(`“${LABELS[blank]}”为空白`);
        const zero = [...amounts];
        zero[blank] = 0;
        expect(sums(vertical(zero)).map((x) => [x.cell, x.severity])).toEqual([[CELL(0), 'error']]);
        // Parts above the total: a blank part cannot explain them.
        const under: (number | null)[] = [...blanked];
        under[0] = (amounts[0] * 10 - amounts[blank] * 10 - 10) / 10;
        fc.pre((under[0] as number) >= 0);
        expect(sums(vertical(under)).map((x) => [x.cell, x.severity])).toEqual([[CELL(0), 'error']]);
      }),
      { numRuns: 30 },
    );
  });

  it('a 公务用车 其中 left blank under a figure is a warning on the 公务用车 line; printed 0 + 0, an error', () => {
    fc.assert(
      fc.property(items, (f) => {
        const amounts = amountsOf(f);
        fc.pre(amounts[3] >= 1);
        const found = sums(vertical([...amounts.slice(0, 4), null, null]));
        expect(found.map((x) => [x.cell, x.severity])).toEqual([[CELL(3), 'warning']]);
        expect(found[0].message).toContain('为空白，差额可能是空白项未填列');
        expect(sums(vertical([...amounts.slice(0, 4), 0, 0])).map((x) => [x.cell, x.severity])).toEqual([[CELL(3), 'error']]);
      }),
      { numRuns: 30 },
    );
  });

  it('blank parts that are really nothing (the sum holds) raise nothing', () => {
    fc.assert(
      fc.property(items, (f) => {
        const amounts: (number | null)[] = amountsOf(f).map((v) => (v === 0 ? null : v));
        expect(sums(vertical(amounts))).toEqual([]);
        const [total, abroad, reception, car, running, purchase] = amounts;
        expect(sums(horizontal([total, abroad, car, purchase, running, reception]))).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });

  it('in the horizontal row, a blank part column under a total that counts it is a warning', () => {
    fc.assert(
      fc.property(items, (f) => {
        const [total, abroad, reception, car, running, purchase] = amountsOf(f);
        fc.pre(reception >= 1);
        const found = sums(horizontal([total, abroad, car, purchase, running, null]));
        expect(found.map((x) => x.severity)).toEqual(['warning']);
        expect(found[0].message).toContain('为空白');
        expect(sums(horizontal([total, abroad, car, purchase, running, 0])).map((x) => x.severity)).toEqual(['error']);
      }),
      { numRuns: 30 },
    );
  });

  it('on the batch’s workbooks: the 合计 and 公务用车 totals over blanks are warnings, the clean row raises nothing', async () => {
    const run = async (name: string) => (await analyzeCorpusWorkbook(name)).findings.filter((f) => f.severity !== 'info');
    const xuanzhou = await run('xuanzhou-shenjiju-2018');
    expect(xuanzhou.map((f) => [f.cell, f.severity])).toEqual([
      ['B5', 'warning'],
      ['B3', 'warning'],
    ]);
    expect([xuanzhou[0].rule, xuanzhou[0].expected, xuanzhou[0].problem]).toEqual(['hierarchy-sum/blank-part', 3.1, xuanzhou[1].problem]);
    expect(xuanzhou[0].message).toContain('公务接待费“预算数(万元)”为空白，按合计应为 3.1（“合计” 3.1 减其余各项之和 0.0）');
    expect(xuanzhou[1].message).toContain('能单独补足差额的只有「“三公”经费支出预算表」B5“公务接待费”');
    expect((await run('ningguo-jiaotong-2013')).map((f) => [f.cell, f.severity])).toEqual([['B7', 'warning']]);
    expect(await run('shouxian-sifaju-2022')).toEqual([]);
  });

  it('the check list does not call a sum over blanks 全部相符, nor its warning a rounding gap', async () => {
    const ledgerOf = async (name: string) => (await analyzeCorpusWorkbook(name)).checks.find((c) => c.rule === 'hierarchy-sum/three-public');
    const xuanzhou = await ledgerOf('xuanzhou-shenjiju-2018');
    expect(xuanzhou?.reason).toMatch(/：核对 1 处，1 处有疑问，请看警告$/);
    expect(xuanzhou?.reason).not.toMatch(/全部相符|尾数舍入/);
    expect((await ledgerOf('shouxian-sifaju-2022'))?.reason).toMatch(/：核对 \d+ 处，全部相符$/);
    // Rounding gaps alone are still told as such (普陀区宜川路街道 2025 决算: 0.01 gaps of figures rounded from 元).
    const { checks } = await analyzeCorpusWorkbook('putuo-yichuan-2025');
    const hierarchy = checks.find((c) => c.rule === 'hierarchy-sum' && c.reason.includes('工作表「支出决算表」'));
    expect(hierarchy?.reason).toMatch(/：核对 \d+ 处，全部相符，另有 \d+ 处尾数舍入差异$/);
  });

  it('a text giving a figure for a part printed blank: the error says the cell is blank, not 0.00', () => {
    fc.assert(
      fc.property(items, (f) => {
        const amounts = amountsOf(f);
        fc.pre(amounts[2] >= 1);
        const text = (reception: number) => `2024年“三公”经费预算为${amounts[0].toFixed(1)}万元，其中：公务接待费预算为${reception.toFixed(1)}万元。`;
        const tablesWith = (v: number | null) => recognizeSheets(toGrids(vertical([amounts[0], amounts[1], v, ...amounts.slice(3)]))).tables;
        const amountErrors = (v: number | null) =>
          checkNarrativeText(text(amounts[2]), tablesWith(v)).filter((x) => x.rule === 'narrative/amount' && x.severity === 'error');
        const blank = amountErrors(null);
        expect(blank.map((x) => x.related?.map((r) => r.cell))).toEqual([[CELL(2)]]);
        expect(blank[0].message).toContain('该项为空白');
        expect(blank[0].message).not.toMatch(/为0\.0+万元/);
        const zero = amountErrors(0);
        expect(zero.map((x) => x.message)).toEqual([expect.stringContaining('为0.00万元')]);
        expect(amountErrors(amounts[2])).toEqual([]);
      }),
      { numRuns: 20 },
    );
  });
});

describe('eighteenth batch: the one blank part that alone would make the sum hold', () => {
  const blankPartFindings = (wb: ExcelJS.Workbook) => analyzeWorkbook(toGrids(wb)).findings.filter((f) => f.rule === 'hierarchy-sum/blank-part');
  /** 出国, 接待, 运行 (角) with 购置 printed 0: a table that writes nothing as 0. */
  const withZero = fc.tuple(fc.nat({ max: 900 }), fc.nat({ max: 900 }), fc.nat({ max: 900 })).map(([a, r, o]): [number, number, number, number] => [a, r, o, 0]);

  it('is named at its cell with the amount it needs, tied to the total’s warning, in a table that writes nothing as 0', () => {
    fc.assert(
      fc.property(withZero, fc.constantFrom(1, 2), (f, blank) => {
        const amounts = amountsOf(f);
        fc.pre(amounts[blank] >= 1);
        const blanked: (number | null)[] = [...amounts];
        blanked[blank] = null;
        const { findings } = analyzeWorkbook(toGrids(vertical(blanked)));
        const named = findings.filter((x) => x.rule === 'hierarchy-sum/blank-part');
        expect(named.map((x) => [x.cell, x.severity, x.expected])).toEqual([[CELL(blank), 'warning', amounts[blank]]]);
        expect(named[0].message).toContain(`${LABELS[blank]}“预算数(万元)”为空白，按合计应为 ${formatAmount(amounts[blank], 1)}`);
        const total = findings.find((x) => x.cell === CELL(0));
        expect([total?.severity, total?.problem]).toEqual(['warning', named[0].problem]);
        // The blank cell is the problem's main finding.
        expect(findings[0]).toBe(named[0]);
      }),
      { numRuns: 30 },
    );
  });

  it('in the horizontal row, the blank 公务接待费 column is named when 出国 prints 0', () => {
    fc.assert(
      fc.property(withZero, ([, r, o]) => {
        const [total, , reception, car, running, purchase] = amountsOf([0, r, o, 0]);
        fc.pre(reception >= 1);
        const named = blankPartFindings(horizontal([total, 0, car, purchase, running, null]));
        expect(named.map((x) => [x.cell, x.expected])).toEqual([['F5', reception]]);
        expect(blankPartFindings(horizontal([total, 0, car, purchase, running, reception]))).toEqual([]);
      }),
      { numRuns: 20 },
    );
  });

  it('is named beside a 公务用车 printed blank over a blank breakdown (the 宣州 layout), which could not take the amount alone', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 9000 }), (reception) => {
        const total = reception / 10;
        const named = blankPartFindings(vertical([total, 0, null, null, null, null]));
        expect(named.map((x) => [x.cell, x.expected])).toEqual([[CELL(2), total]]);
      }),
      { numRuns: 20 },
    );
  });

  it('is not named where the table prints no 0 (a blank may be its way of printing nothing), nor where two blanks could each take it', () => {
    fc.assert(
      fc.property(items, fc.constantFrom(1, 2), (f, blank) => {
        const amounts = amountsOf(f);
        fc.pre(amounts.every((v) => v >= 1));
        const blanked: (number | null)[] = [...amounts];
        blanked[blank] = null;
        expect(blankPartFindings(vertical(blanked))).toEqual([]);
        // 出国 and 接待 both blank, 购置 printed 0.
        expect(blankPartFindings(vertical([amounts[0], null, null, amounts[4], amounts[4], 0]))).toEqual([]);
        // 宁国: 公务用车 over its 购置 and 运行维护 both blank, 出国 printed 0.
        const car = amounts[3];
        expect(blankPartFindings(vertical([Math.round((amounts[2] + car) * 10) / 10, 0, amounts[2], car, null, null]))).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });
});
