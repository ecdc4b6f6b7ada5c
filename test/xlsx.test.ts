/** The ExcelJS adapter: what a real .xlsx becomes as engine grids, and how bad files are refused. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../src/io/collect-garbage';
import { loadXlsx, WorkbookReadError } from '../src/xlsx/load';
import { readWorkbookGrids } from '../src/xlsx/node-file';
import { sheetToGrid, workbookToGrids } from '../src/xlsx/grids';
import { markFill, markFindings } from '../src/xlsx/marks';
import type { Finding } from '../src/engine/findings';
import { oleFile } from './cli-bad-files';

/** A 收入总表-like sheet exercising every cell shape the adapter must read. */
async function sampleWorkbookBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('收入总表');
  ws.mergeCells('A1:D1');
  ws.getCell('A1').value = '部门收入总表';
  ws.getCell('A2').value = { richText: [{ text: '单位：' }, { text: '万元', font: { bold: true } }] };
  ws.getCell('A3').value = '科目编码';
  ws.getCell('B3').value = '科目名称';
  ws.getCell('C3').value = '合计';
  ws.getCell('D3').value = '上年结转';
  ws.getCell('A4').value = '206';
  ws.getCell('B4').value = '科学技术支出';
  ws.getCell('C4').value = 227.69;
  ws.getCell('C4').numFmt = '#,##0.00';
  ws.getCell('D4').value = '1,234.50';
  ws.getCell('A5').value = '208';
  ws.getCell('B5').value = '社会保障和就业支出';
  ws.getCell('C5').value = { formula: 'C4*2', result: 455.38 };
  ws.getCell('C5').numFmt = '0.00';
  ws.getCell('D5').value = { error: '#REF!' };
  ws.getCell('A6').value = '合计';
  ws.getCell('C6').value = { formula: 'SUM(C4:C5)', result: 683.07, shareType: 'shared', ref: 'C6:D6' } as ExcelJS.CellValue;
  ws.getCell('D6').value = { sharedFormula: 'C6', result: 0 } as ExcelJS.CellValue;
  ws.getCell('A7').value = new Date(Date.UTC(2025, 0, 15));
  ws.getCell('B7').value = { text: '财政局网站', hyperlink: 'https://example.gov.cn' };
  ws.getCell('C7').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue;
  const locked = wb.addWorksheet('封面');
  locked.getCell('A1').value = '2025年部门预算';
  await locked.protect('pw', {});
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('ExcelJS adapter: workbook → grids', () => {
  it('reads values, display text, merges, formulas, errors, dates and protection', async () => {
    const grids = workbookToGrids(await loadXlsx(await sampleWorkbookBytes()), 'sample.xlsx');
    expect(grids.name).toBe('sample.xlsx');
    expect(grids.sheets.map((s) => s.name)).toEqual(['收入总表', '封面']);
    const [sheet, cover] = grids.sheets;
    const at = (a1r: number, c: number) => sheet.rows[a1r - 1]?.[c];

    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
    expect(at(1, 0)?.value).toBe('部门收入总表');
    expect(at(1, 1)).toBeUndefined(); // covered cells of a merge stay empty
    expect(at(2, 0)?.value).toBe('单位：万元'); // rich text → plain text
    expect(at(4, 2)).toEqual({ value: 227.69, text: '227.69' });
    expect(at(4, 3)?.value).toBe('1,234.50'); // a text number stays text for the engine to parse
    expect(at(5, 2)).toEqual({ value: 455.38, text: '455.38', formula: 'C4*2' });
    expect(at(5, 3)?.value).toEqual({ error: '#REF!' });
    expect(at(5, 3)?.text).toBe('#REF!');
    expect(at(6, 2)?.formula).toBe('SUM(C4:C5)');
    expect(at(6, 3)?.formula).toBe('SUM(D4:D5)'); // shared formula translated to its own cell
    expect(at(7, 0)?.value).toBe('2025-01-15');
    expect(at(7, 1)?.value).toBe('财政局网站');
    expect(at(7, 2)).toMatchObject({ value: { error: '#DIV/0!' }, formula: '1/0' });
    expect(sheet.rowCount).toBe(7);
    expect(sheet.colCount).toBe(4);
    expect(sheet.protected).toBeUndefined();
    expect(cover.protected).toBe(true);
  });

  it('sizes a sheet by its last merge when the merge reaches past the last value', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('B2').value = 1;
    ws.mergeCells('D5:F9');
    const grid = sheetToGrid(ws);
    expect(grid.rowCount).toBe(9);
    expect(grid.colCount).toBe(6);
    expect(grid.rows).toHaveLength(9);
    expect(grid.rows.every((r) => Array.isArray(r))).toBe(true);
  });

  it('ends each row at its last value, however far its formatting reaches', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = '科目编码';
    ws.getCell('C1').value = 12.5;
    ws.getCell(1, 16_384).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    ws.getCell(2, 300).value = 7;
    ws.getCell(2, 2).value = '合计';
    ws.getCell(3, 9).numFmt = '0.00';
    ws.getCell(3, 1).value = '206';
    const grid = sheetToGrid(ws);
    expect(grid.rows[0]).toHaveLength(3);
    expect(grid.rows[0][1]).toBeUndefined();
    expect(grid.rows[0][2]).toEqual({ value: 12.5, text: '12.5' });
    expect(grid.rows[1]).toHaveLength(300);
    expect(grid.rows[1][299]).toEqual({ value: 7, text: '7' });
    expect(grid.rows[2]).toHaveLength(1);
    expect(grid.colCount).toBe(300);
  });

  it('reads a 3,000-row sheet with a merge on every other row', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('大表');
    for (let r = 1; r <= 3_000; r++) {
      ws.getCell(r, 1).value = `${200 + (r % 30)}`;
      ws.getCell(r, 2).value = r * 1.5;
      if (r % 2 === 0) ws.mergeCells(r, 3, r, 4);
    }
    const grid = sheetToGrid(ws);
    expect(grid.rowCount).toBe(3_000);
    expect(grid.merges).toHaveLength(1_500);
    expect(grid.rows[2_999][1]?.value).toBe(4_500);
  });
});

/** The grids of the bytes read plainly, and with garbage collected inside ExcelJS's load. */
async function gridsBothWays(bytes: Uint8Array, name: string) {
  let calls = 0;
  const collecting = await loadXlsx(bytes, {
    beforeWorksheetsBuilt: () => {
      calls++;
      collectGarbage();
    },
  });
  return { plain: workbookToGrids(await loadXlsx(bytes), name), collected: workbookToGrids(collecting, name), calls };
}

describe('ExcelJS adapter: collecting garbage inside the load', () => {
  it('calls beforeWorksheetsBuilt once, after the file is parsed and before ExcelJS builds the worksheets', async () => {
    const events: string[] = [];
    const proto = ExcelJS.Workbook.prototype;
    const model = Object.getOwnPropertyDescriptor(proto, 'model')!;
    Object.defineProperty(proto, 'model', {
      ...model,
      set(this: ExcelJS.Workbook, value: unknown) {
        events.push('worksheets built');
        model.set!.call(this, value);
      },
    });
    try {
      await loadXlsx(await sampleWorkbookBytes(), { beforeWorksheetsBuilt: () => events.push('hook') });
    } finally {
      Object.defineProperty(proto, 'model', model);
    }
    expect(events).toEqual(['hook', 'worksheets built']);
  });

  it('reads the same grids with merges, formulas, shared formulas, errors and protection', async () => {
    const { plain, collected, calls } = await gridsBothWays(await sampleWorkbookBytes(), 'sample.xlsx');
    expect(calls).toBe(1);
    expect(collected).toEqual(plain);
    expect(collected.sheets[0].merges).toHaveLength(1);
    expect(collected.sheets[1].protected).toBe(true);
  });

  it("reads the same grids through the command line's reader on every corpus workbook", async () => {
    const dir = join(__dirname, 'corpus', 'tables', 'workbooks');
    const files = readdirSync(dir).filter((f) => f.endsWith('.xlsx'));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const path = join(dir, file);
      const { grids } = await readWorkbookGrids(path);
      expect(grids, file).toEqual(workbookToGrids(await loadXlsx(new Uint8Array(readFileSync(path))), file));
    }
  });

  it("reads the sample file the same through the command line's reader", async () => {
    const work = mkdtempSync(join(tmpdir(), 'budget-xlsx-'));
    try {
      const bytes = await sampleWorkbookBytes();
      writeFileSync(join(work, 'sample.xlsx'), bytes);
      expect((await readWorkbookGrids(join(work, 'sample.xlsx'))).grids).toEqual(workbookToGrids(await loadXlsx(bytes), 'sample.xlsx'));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('reads the same grids on any sheet of values, formulas, errors and merges (property)', async () => {
    const value = fc.oneof(
      fc.double({ min: -1e9, max: 1e9, noNaN: true }),
      fc.string({ maxLength: 6 }),
      fc.constantFrom('科目编码', '合计', '一般公共预算财政拨款'),
      fc.record({ formula: fc.constantFrom('A1+1', 'SUM(B1:B3)', '1/0'), result: fc.integer() }),
      fc.constantFrom({ error: '#REF!' }, { error: '#DIV/0!' }, { error: '#N/A' }),
      fc.constant(null),
    );
    const row = fc.record({ cells: fc.array(value, { maxLength: 6 }), merged: fc.boolean(), hidden: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 12 }), fc.boolean(), async (rows, locked) => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet('表');
        rows.forEach((r, i) => {
          r.cells.forEach((v, c) => (ws.getCell(i + 1, c + 1).value = v as ExcelJS.CellValue));
          if (r.merged) ws.mergeCells(i + 1, 7, i + 1, 8);
          if (r.hidden) ws.getRow(i + 1).hidden = true;
        });
        if (locked) await ws.protect('', {});
        const { plain, collected, calls } = await gridsBothWays(new Uint8Array(await wb.xlsx.writeBuffer()), 'p.xlsx');
        expect(calls).toBe(1);
        expect(collected).toEqual(plain);
      }),
      { numRuns: 25 },
    );
  });
});

describe('ExcelJS adapter: files that are not readable workbooks', () => {
  const refuse = async (bytes: Uint8Array, pattern: RegExp) => {
    const err = await loadXlsx(bytes).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(WorkbookReadError);
    const message = (err as Error).message;
    expect(message).toMatch(pattern);
    expect(message).not.toContain('\n');
    expect(message).toMatch(/[\u4e00-\u9fff]/);
  };
  const enc = (s: string) => new TextEncoder().encode(s);

  it('refuses a zero-byte file', () => refuse(new Uint8Array(0), /空的/));
  it('refuses a CSV renamed .xlsx', () => refuse(enc('科目编码,科目名称,合计\n206,科学技术支出,227.69\n'), /不是 \.xlsx/));
  it('refuses a truncated zip', async () => {
    const good = await sampleWorkbookBytes();
    await refuse(good.slice(0, 200), /损坏/);
  });
  it('refuses a password-protected (encrypted) workbook', () => refuse(oleFile(['EncryptionInfo', 'EncryptedPackage']), /密码/));
  it('refuses an old binary .xls', () => refuse(oleFile(['Workbook', 'SummaryInformation']), /\.xls/));
});

describe('marks on an ExcelJS workbook', () => {
  const finding = (cell: string, severity: Finding['severity'], message: string): Finding => ({
    rule: 'column-sum/total-row',
    kind: 'column-sum',
    severity,
    sheet: '收入总表',
    cell,
    related: [],
    message,
  });

  it('fills each finding cell by severity, writes one note per cell and leaves values alone', async () => {
    const wb = await loadXlsx(await sampleWorkbookBytes());
    const ws = wb.getWorksheet('收入总表')!;
    const before = ws.getCell('C6').value;
    const summary = markFindings(wb, [
      finding('C6', 'warning', '合计应为 683.07，实为 683.00（差 0.07）'),
      finding('C6', 'error', '合计与收支总表不一致'),
      finding('D4', 'info', '上年结转为文本数字'),
      finding('C5', 'warning', '公式结果与合计不符'),
      finding('B1', 'info', '标题单元格'), // inside the merged title: marks the master A1
      { ...finding('A1', 'error', 'x'), sheet: '不存在的表' },
    ]);
    expect(summary).toEqual({ marked: 4, skipped: 1 });
    const fill = (a: string) => (ws.getCell(a).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    const argb = (s: Finding['severity']) => markFill(s).fgColor?.argb;
    expect(argb('error')).toBe('FFFFC7CE');
    expect(fill('C6')).toBe(argb('error'));
    expect(fill('D4')).toBe(argb('info'));
    expect(fill('A1')).toBe(argb('info'));
    expect(fill('C4')).toBeUndefined(); // neighbours untouched even though they share a style
    expect(String(ws.getCell('C6').note)).toMatch(/^【预算表校核】错误：合计与收支总表不一致\n警告：合计应为 683\.07/);
    expect(ws.getCell('C6').value).toEqual(before);
    expect(ws.getCell('C5').numFmt).toBe('0.00');
    expect(ws.getCell('C5').value).toEqual({ formula: 'C4*2', result: 455.38 });
    expect(fill('C5')).toBe(argb('warning'));
  });
});
