// A workbook read from its bytes (loadXlsx, as the command line and the preview read one) shows every number as Excel
// shows it under its format: the library that shows the formats outside the direct path is loaded with ExcelJS.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadXlsx } from '../src/xlsx/load';
import { workbookToGrids } from '../src/xlsx/grids';

async function shown(cells: [number, string][]): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('支出表');
  cells.forEach(([value, numFmt], i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = value;
    cell.numFmt = numFmt;
  });
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const grid = workbookToGrids(await loadXlsx(bytes)).sheets[0];
  return cells.map((_, i) => grid.rows[i][0]!.text.trim());
}

describe('numbers read from an .xlsx are shown as Excel shows them', () => {
  it('accounting zero, a third section, a locale tag and ties of the budget formats', async () => {
    expect(
      await shown([
        [0, '_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * "-"??_ ;_ @_ '],
        [1234.5, '_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * "-"??_ ;_ @_ '],
        [0, '#,##0.00;-#,##0.00;"-"'],
        [12, '[$-804]#,##0.00'],
        [2.675, '#,##0.00'],
        [-0.001, '0.00'],
        [0.0255, '0.0%'],
      ]),
    ).toEqual(['-', '1,234.50', '-', '12.00', '2.68', '0.00', '2.6%']);
  });
});
