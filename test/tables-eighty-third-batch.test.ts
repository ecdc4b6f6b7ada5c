/**
 * The eighty-third held-out batch (test/corpus/README.md): 渝中区's 2017 “三公”经费汇总情况表, one horizontal row under
 * 合计 | 因公出国 | 公务用车购置及运行维护 (小计 | 公务用车购置 | 公车运行及维护) | 公务接待费, the 小计 printed blank. Two things
 * kept its sum from being checked, or would have made it a false alarm:
 * - '公车运行及维护' (公车 for 公务用车, 及 between 运行 and 维护) was no known column, so the 合计 had no parts it could
 *   read ('没有可核对的数字'); '公车购置' and '公车运行维护费' as vertical lines were missed the same way;
 * - a 小计 left blank over its filled 购置 | 运行 columns is the printer's blank, as a blank 公务用车费 line over its
 *   filled 其中 is: the 合计 is read through the two columns, and the blank 小计 is not compared with them as a 0.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { analyzeWorkbook } from '../src/engine';
import { threePublicKeyOf } from '../src/engine/recognize/lexicon';
import { loadXlsx } from '../src/xlsx/load';
import { workbookToGrids } from '../src/xlsx/grids';
import { toGrids } from './fixtures';

async function analyzeCorpusWorkbook(name: string) {
  const wb = await loadXlsx(new Uint8Array(readFileSync(join(__dirname, 'corpus', 'tables', 'workbooks', `${name}.xlsx`))));
  return analyzeWorkbook(workbookToGrids(wb, `${name}.xlsx`));
}

const threePublicCheck = (checks: { rule: string; status: string; reason: string }[]) => checks.filter((c) => c.rule === 'hierarchy-sum/three-public');

/** The names the horizontal head gives the two 公务用车 columns under its group, as publications print them. */
const PURCHASE_HEADS = ['公务用车购置', '公车购置', '公务用车购置费', '购置费', '车辆购置'] as const;
const OPERATION_HEADS = ['公车运行及维护', '公务用车运行及维护费', '公务用车运行维护费', '公车运行维护费', '运行费', '车辆运行'] as const;

interface Row {
  purchaseHead: (typeof PURCHASE_HEADS)[number];
  operationHead: (typeof OPERATION_HEADS)[number];
  /** Whole 万元: 因公出国, 公务用车购置, 运行, 公务接待费. */
  abroad: number;
  purchase: number;
  operation: number;
  reception: number;
  /** The 小计 printed, or left blank as 渝中 leaves it. */
  subtotalPrinted: boolean;
}

const aRow: fc.Arbitrary<Row> = fc.record({
  purchaseHead: fc.constantFrom(...PURCHASE_HEADS),
  operationHead: fc.constantFrom(...OPERATION_HEADS),
  abroad: fc.nat({ max: 999 }),
  purchase: fc.nat({ max: 9999 }),
  operation: fc.integer({ min: 1, max: 9999 }),
  reception: fc.nat({ max: 999 }),
  subtotalPrinted: fc.boolean(),
});

/**
 * 渝中's layout: the title, the unit at the right, a two-row head with the 公务用车 group merged over its three columns,
 * one row of figures. `total` overrides the printed 合计 (a slip); a blank 小计 is an empty cell.
 */
function horizontal(r: Row, total = r.abroad + r.purchase + r.operation + r.reception): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('“三公”经费汇总情况表');
  ws.getCell('A1').value = '2017年某某区“三公”经费汇总情况表';
  ws.mergeCells('A1:F1');
  ws.getCell('F2').value = '单位:万元';
  ['合计', '因公出国', '公务用车购置及运行维护', null, null, '公务接待费'].forEach((v, i) => v && (ws.getCell(3, i + 1).value = v));
  ws.getCell('C4').value = '小计';
  ws.getCell('D4').value = r.purchaseHead;
  ws.getCell('E4').value = r.operationHead;
  ws.mergeCells('A3:A4');
  ws.mergeCells('B3:B4');
  ws.mergeCells('C3:E3');
  ws.mergeCells('F3:F4');
  const figures = [total, r.abroad, r.subtotalPrinted ? r.purchase + r.operation : null, r.purchase, r.operation, r.reception];
  figures.forEach((v, i) => v !== null && (ws.getCell(5, i + 1).value = v));
  return wb;
}

const raised = (findings: { severity: string; cell: string }[]) => findings.filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.cell}`);

describe('eighty-third batch: a horizontal “三公” row with 公车 heads and a blank 小计', () => {
  it('渝中区 2017: the 合计 5834 is checked against 100 + 692 + 4612 + 430, and nothing is reported', async () => {
    const { tables, findings, checks } = await analyzeCorpusWorkbook('yuzhong-sangong-2017');
    expect(tables[0].columns.map((c) => c.key)).toEqual(['total', 'abroad', 'vehicle', 'vehicle-purchase', 'vehicle-operation', 'reception']);
    expect(raised(findings)).toEqual([]);
    expect(threePublicCheck(checks).map((c) => [c.status, c.reason])).toEqual([['passed', expect.stringContaining('核对 1 处')]]);
  });

  it('a row that adds up raises nothing, whether its 小计 is printed or left blank, and its sum is checked', () => {
    fc.assert(
      fc.property(aRow, (r) => {
        const { findings, checks } = analyzeWorkbook(toGrids(horizontal(r)));
        expect(raised(findings)).toEqual([]);
        expect(threePublicCheck(checks).map((c) => c.status)).toEqual(['passed']);
      }),
      { numRuns: 80 },
    );
  });

  it('a 合计 off its parts is an error on the 合计, the blank 小计 read through 购置 and 运行', () => {
    fc.assert(
      // Whole 万元 over four parts may be off by 2 through rounding alone: the slips are larger.
      fc.property(aRow, fc.integer({ min: 5, max: 500 }), fc.boolean(), (r, off, up) => {
        const right = r.abroad + r.purchase + r.operation + r.reception;
        const printed = up || right - off < 1 ? right + off : right - off;
        const { findings } = analyzeWorkbook(toGrids(horizontal(r, printed)));
        expect(raised(findings)).toEqual(['error A5']);
      }),
      { numRuns: 60 },
    );
  });

  it('a printed 小计 off its 购置 and 运行 is still an error on it', () => {
    fc.assert(
      fc.property(aRow, fc.integer({ min: 5, max: 500 }), (r, off) => {
        const wb = horizontal({ ...r, subtotalPrinted: true });
        const sheet = wb.getWorksheet('“三公”经费汇总情况表')!;
        sheet.getCell('C5').value = r.purchase + r.operation + off;
        const errors = analyzeWorkbook(toGrids(wb)).findings.filter((f) => f.severity === 'error').map((f) => f.cell);
        expect(errors).toContain('C5');
      }),
      { numRuns: 40 },
    );
  });

  it('公车 for 公务用车 names the same parts as lines of a vertical table', () => {
    expect(threePublicKeyOf('其中:公车运行及维护')).toBe('vehicle-operation');
    expect(threePublicKeyOf('公车运行维护费')).toBe('vehicle-operation');
    expect(threePublicKeyOf('公车购置')).toBe('vehicle-purchase');
    expect(threePublicKeyOf('3.公车购置及运行维护费')).toBe('vehicle');
    expect(threePublicKeyOf('公务用车运行维护费')).toBe('vehicle-operation');
    // 公车改革 补贴 is no 三公 part.
    expect(threePublicKeyOf('公车改革补贴')).toBeUndefined();
  });
});
