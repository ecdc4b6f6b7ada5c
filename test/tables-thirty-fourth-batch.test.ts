/**
 * The thirty-fourth held-out batch (test/corpus/README.md): the nine tables of 上海市普陀区宜川路街道办事处's 2025 部门决算, whose
 * 一般公共预算财政拨款基本支出决算表 prints 30299 其他商品和服务支出 as 1,844.57 — the 302 商品和服务支出 total itself, while the other
 * 款 of 302 add to exactly 1,844.57. The checker said the 302 total should be 3,689.14, telling the user to change the right figure.
 * On invented 基本支出 tables of that layout (two column groups, one code column each, 万元): a 款 that prints its 类's figure while the
 * other 款 add up to it is the error, the 类 a warning pointing at it; a 款 wrong otherwise, or the total printed on two 款, leaves
 * the error on the 类 as before.
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

const SHEET = '一般公共预算财政拨款基本支出决算表';

/** The 302 款 the invented tables print above 30299 (whose figure each case sets). */
const KUAN_302 = [
  ['30201', '办公费'],
  ['30205', '水费'],
  ['30213', '维修（护）费'],
  ['30226', '劳务费'],
] as const;

const KUAN_301 = [
  ['30101', '基本工资'],
  ['30102', '津贴补贴'],
  ['30199', '其他工资福利支出'],
] as const;

/** Amounts in 分: the 301 款, the 302 款 before 30299, and what 30299 prints (null: blank). */
interface Case {
  wages: number[];
  goods: number[];
  other: number | null;
}

/** The batch's layout: 301 and its 款 on the left, 302 and its 款 on the right, then 人员经费合计 | 公用经费合计. */
function workbook(c: Case, goodsTotal = c.goods.reduce((a, b) => a + b, 0)): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.getCell('A1').value = SHEET;
  ws.mergeCells('A1:F1');
  ws.getCell('F2').value = '单位：万元';
  ['经济分类科目编码', '科目名称', '决算数', '经济分类科目编码', '科目名称', '决算数'].forEach((h, i) => (ws.getCell(3, i + 1).value = h));
  const money = (row: number, col: number, fen: number | null) => {
    if (fen === null) return;
    ws.getCell(row, col).value = fen / 100;
    ws.getCell(row, col).numFmt = '#,##0.00';
  };
  const wagesTotal = c.wages.reduce((a, b) => a + b, 0);
  const left: [string, string, number][] = [['301', '工资福利支出', wagesTotal], ...KUAN_301.map(([code, name], i): [string, string, number] => [code, name, c.wages[i]])];
  const right: [string, string, number | null][] = [
    ['302', '商品和服务支出', goodsTotal],
    ...KUAN_302.map(([code, name], i): [string, string, number] => [code, name, c.goods[i]]),
    ['30299', '其他商品和服务支出', c.other],
  ];
  for (let r = 0; r < right.length; r++) {
    const row = 4 + r;
    if (left[r]) {
      ws.getCell(row, 1).value = left[r][0];
      ws.getCell(row, 2).value = left[r][1];
      money(row, 3, left[r][2]);
    }
    ws.getCell(row, 4).value = right[r][0];
    ws.getCell(row, 5).value = right[r][1];
    money(row, 6, right[r][2]);
  }
  const last = 4 + right.length;
  ws.getCell(last, 1).value = '人员经费合计';
  money(last, 3, wagesTotal);
  ws.getCell(last, 4).value = '公用经费合计';
  money(last, 6, goodsTotal);
  ws.getCell(last + 1, 1).value = '注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。';
  return wb;
}

/** Where the invented table prints 302 and 30299. */
const TOTAL_CELL = 'F4';
const OTHER_CELL = `F${4 + KUAN_302.length + 1}`;

const amounts = (n: number) => fc.array(fc.integer({ min: 1, max: 50_000_000 }), { minLength: n, maxLength: n });

const sumFindings = (c: Case, goodsTotal?: number) =>
  analyzeWorkbook(toGrids(workbook(c, goodsTotal))).findings.filter((f) => f.severity !== 'info' && f.sheet === SHEET);

describe('thirty-fourth batch: a 款 printing its 类 total while the other 款 add up to it', () => {
  it('is the error, and the 类 a warning pointing at it', () => {
    fc.assert(
      fc.property(amounts(KUAN_301.length), amounts(KUAN_302.length), (wages, goods) => {
        const total = goods.reduce((a, b) => a + b, 0);
        const found = sumFindings({ wages, goods, other: total });
        const errors = found.filter((f) => f.severity === 'error');
        expect(errors.map((f) => f.cell)).toEqual([OTHER_CELL]);
        expect(errors[0].message).toContain('30299 其他商品和服务支出“决算数”');
        expect(errors[0].message).toContain('与上级科目 302 商品和服务支出的合计数相同');
        expect(errors[0].expected).toBe(0);
        const onTotal = found.filter((f) => f.cell === TOTAL_CELL);
        expect(onTotal.map((f) => f.severity)).toEqual(['warning']);
        expect(onTotal[0].problem).toBe(errors[0].problem);
      }),
      { numRuns: 40 },
    );
  });

  it('a 30299 wrong by another amount leaves the error on the 302 total, as before', () => {
    fc.assert(
      fc.property(amounts(KUAN_301.length), amounts(KUAN_302.length), fc.integer({ min: 100, max: 50_000_000 }), (wages, goods, other) => {
        const total = goods.reduce((a, b) => a + b, 0);
        fc.pre(other !== total);
        // 302 and 公用经费合计 print the 款 without 30299: 30299 is a figure the total leaves out, not a copy of it
        // (at least 1.00, not a cent or two the rounding of five 款 would allow).
        const found = sumFindings({ wages, goods, other });
        expect(found.filter((f) => f.severity === 'error').map((f) => f.cell)).toEqual([TOTAL_CELL]);
        expect(found.some((f) => f.cell === OTHER_CELL)).toBe(false);
      }),
      { numRuns: 40 },
    );
  });

  it('the total printed on two 款 names neither: which one is the copy the figures cannot tell', () => {
    fc.assert(
      fc.property(amounts(KUAN_301.length), amounts(KUAN_302.length), (wages, goods) => {
        const total = goods.reduce((a, b) => a + b, 0);
        // 30201 and 30299 both print the total; the other 款 and the total are as printed.
        const twice = [total, ...goods.slice(1)];
        const found = sumFindings({ wages, goods: twice, other: total }, total);
        expect(found.filter((f) => f.severity === 'error').map((f) => f.cell)).toEqual([TOTAL_CELL]);
        expect(found.some((f) => f.cell === OTHER_CELL || f.cell === 'F5')).toBe(false);
      }),
      { numRuns: 40 },
    );
  });

  it('a 类 whose whole figure is one 款, the others blank, adds up and raises nothing', () => {
    fc.assert(
      fc.property(amounts(KUAN_301.length), fc.integer({ min: 1, max: 50_000_000 }), (wages, total) => {
        expect(sumFindings({ wages, goods: [0, 0, 0, 0], other: total }, total)).toEqual([]);
      }),
      { numRuns: 20 },
    );
  });

  it('on the batch’s workbook: nine tables, one error on 30299 (F31), the 302 total a warning pointing at it, the rest 0.01 gaps', async () => {
    const file = 'putuo-yichuan-2025.xlsx';
    const grids = workbookToGrids(await loadXlsx(new Uint8Array(readFileSync(join(__dirname, 'corpus', 'tables', 'workbooks', file)))), file);
    const result = analyzeWorkbook(grids);
    expect(result.tables).toHaveLength(9);
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.sheet}!${f.cell}`)).toEqual([`${SHEET}!F31`]);
    expect(errors[0].message).toContain('为 1,844.57，与上级科目 302 商品和服务支出的合计数相同');
    const total = result.findings.find((f) => f.sheet === SHEET && f.cell === 'F4');
    expect(total?.severity).toBe('warning');
    expect(total?.message).toContain('最可能是「一般公共预算财政拨款基本支出决算表」F31填错所致');
    const others = result.findings.filter((f) => f.severity === 'warning' && f !== total);
    expect(others.every((f) => /差额在四舍五入允许范围内/.test(f.message))).toBe(true);
  });
});
