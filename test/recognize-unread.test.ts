/**
 * A sheet titled as a standard table, with figures, where recognition finds no table (a header it
 * cannot read): the clerk is told it was not checked (a 提示 on the title), never left to take it
 * for checked. Sheets that merely name tables — a 目录, a 情况说明, a blank template — say nothing.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { analyzeWorkbook } from '../src/engine';
import { recognizeSheets } from '../src/engine/recognize';
import { toGrids } from './fixtures';

const TITLES = ['2018年“三公”经费支出决算表', '部门收支总表', '2024年一般公共预算支出表', '财政拨款收支总表', '政府性基金预算支出表'];

/** A sheet whose title names a table, over figures in rows no header explains (no 项目 / 预算数 words). */
function unreadable(title: string, figures: number[], caption = false): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('表3');
  if (caption) ws.getCell('A1').value = '表3';
  ws.getCell(caption ? 'B1' : 'A1').value = title;
  figures.forEach((v, i) => {
    ws.getCell(3 + i, 1).value = `第${i + 1}行`;
    ws.getCell(3 + i, 2).value = v;
  });
  return wb;
}

const notices = (wb: ExcelJS.Workbook) => analyzeWorkbook(toGrids(wb)).findings.filter((f) => f.rule === 'plausibility/unread-table');

describe('a titled table recognition could not read', () => {
  it('is named as not checked, on its title, as a 提示', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TITLES), fc.array(fc.integer({ min: 1, max: 99_999 }), { minLength: 3, maxLength: 12 }), fc.boolean(), (title, figures, caption) => {
        const wb = unreadable(title, figures, caption);
        expect(recognizeSheets(toGrids(wb)).tables).toEqual([]);
        const found = notices(wb);
        expect(found.map((f) => [f.sheet, f.cell, f.severity])).toEqual([['表3', caption ? 'B1' : 'A1', 'info']]);
        expect(found[0].message).toContain(`「${title}」`);
        expect(found[0].message).toContain('没有核对');
      }),
      { numRuns: 40 },
    );
  });

  it('figures pasted as text count as figures', () => {
    const wb = unreadable(TITLES[0], []);
    ['1,234.56', '78.90', '1,155.66'].forEach((v, i) => (wb.getWorksheet('表3')!.getCell(3 + i, 2).value = v));
    expect(notices(wb).map((f) => f.cell)).toEqual(['A1']);
  });

  it('a blank template (fewer than three figures) says nothing', () => {
    expect(notices(unreadable(TITLES[0], [5, 6]))).toEqual([]);
  });

  it('a 目录 listing the tables, a 情况说明 and a recognized table say nothing', () => {
    const wb = new ExcelJS.Workbook();
    const toc = wb.addWorksheet('目录');
    toc.getCell('A1').value = '目录';
    TITLES.forEach((t, i) => {
      toc.getCell(2 + i, 1).value = i + 1;
      toc.getCell(2 + i, 2).value = t;
      toc.getCell(2 + i, 3).value = i + 2;
    });
    const text = wb.addWorksheet('情况说明');
    text.getCell('A1').value = '2024年部门预算情况说明';
    text.getCell('A2').value = '一、部门收支总体情况。2024年收入预算1,234.56万元，支出预算1,234.56万元。';
    const table = wb.addWorksheet('三公');
    table.getCell('A1').value = '2024年“三公”经费支出预算表';
    table.getCell('A2').value = '项目';
    table.getCell('B2').value = '预算数(万元)';
    ['合计', '因公出国(境)费', '公务接待费', '公务用车购置及运行费'].forEach((label, i) => {
      table.getCell(3 + i, 1).value = label;
      table.getCell(3 + i, 2).value = [9, 1, 3, 5][i];
    });
    expect(recognizeSheets(toGrids(wb)).tables.map((t) => t.sheet)).toEqual(['三公']);
    expect(notices(wb)).toEqual([]);
  });
});
