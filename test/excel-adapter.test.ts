/**
 * The Office.js adapter against the in-repo fake object model (test/excel.fake.ts): sync counts,
 * the 5 MB payload limit, marks that restore exactly, name fill with undo, and Chinese errors.
 */
import { describe, expect, it } from 'vitest';
import { OfficePort, MARKS_SETTING } from '../src/excel/officePort';
import { CELLS_PER_SYNC, parseAreasAddress, planChunks } from '../src/excel/readGrids';
import { DraftSheetExistsError, MARK_FILL, PortError } from '../src/taskpane/port';
import { FakeBook, FakeContext, PAYLOAD_LIMIT, fakeOffice, type FakeSheetSpec } from './excel.fake';
import { columnLetters } from '../src/engine/grid/a1';

/** A sheet shaped like a published 支出表: title merged over the table, header, coded lines with amounts. */
function budgetSheet(name: string, rows: number, seed: number): FakeSheetSpec {
  const cells: FakeSheetSpec['cells'] = {
    A1: `${name} 一般公共预算支出表`,
    H2: '单位：万元',
    A3: '科目编码',
    B3: '科目名称',
    C3: '合计',
    D3: '基本支出',
    E3: '项目支出',
  };
  for (let r = 0; r < rows; r++) {
    const row = 4 + r;
    const a = ((seed * 37 + r * 11) % 9000) / 100 + 1;
    cells[`A${row}`] = String(2010101 + r);
    cells[`B${row}`] = `行政运行${r}`;
    cells[`C${row}`] = { value: a * 2, text: (a * 2).toFixed(2) };
    cells[`D${row}`] = { value: a, text: a.toFixed(2) };
    cells[`E${row}`] = { value: a, text: a.toFixed(2) };
  }
  cells[`H${rows + 4}`] = '#REF!';
  return { name, cells, merges: ['A1:H1', 'A2:B2'] };
}

describe('reading the workbook', () => {
  it('reads a 200-sheet workbook in at most 3 context.sync calls, with values, text and merges', async () => {
    const book = new FakeBook(Array.from({ length: 200 }, (_, i) => budgetSheet(`表${i + 1}`, 30, i)));
    const office = fakeOffice(book, '1.13');
    const grids = await new OfficePort(office.deps).readGrids();
    expect(office.contexts).toHaveLength(1);
    expect(office.last().syncCount).toBeLessThanOrEqual(3);
    expect(grids.sheets).toHaveLength(200);
    const s = grids.sheets[41];
    expect(s.name).toBe('表42');
    expect(s.rows[0][0]).toEqual({ value: '表42 一般公共预算支出表', text: '表42 一般公共预算支出表' });
    expect(s.rows[5][0]).toEqual({ value: '2010103', text: '2010103' });
    expect(s.rows[5][3]?.value).toBeCloseTo(((41 * 37 + 2 * 11) % 9000) / 100 + 1, 10);
    expect(s.rows[5][3]?.text).toMatch(/^\d+\.\d\d$/);
    expect(s.rows[33][7]).toEqual({ value: { error: '#REF!' }, text: '#REF!' });
    expect(s.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 7 },
      { top: 1, left: 0, bottom: 1, right: 1 },
    ]);
    expect(s.rowCount).toBe(34);
    expect(s.colCount).toBe(8);
  });

  it('places a used range that starts below and right of A1 at its real coordinates', async () => {
    const book = new FakeBook([{ name: '偏移', cells: { C5: '合计', D6: { value: 5.92, text: '5.92' } } }, { name: '空表' }]);
    const office = fakeOffice(book, '1.4');
    const grids = await new OfficePort(office.deps).readGrids();
    const s = grids.sheets[0];
    expect(s.rows[4][2]?.value).toBe('合计');
    expect(s.rows[5][3]).toEqual({ value: 5.92, text: '5.92' });
    expect(s.rows[0]).toEqual([]);
    expect(s.merges).toEqual([]); // ExcelApi 1.4: merged areas are not asked for
    expect(grids.sheets[1]).toMatchObject({ name: '空表', rowCount: 0, colCount: 0 });
  });

  it('splits a huge used range so no sync response reaches the 5 MB limit, and loses no cell', async () => {
    const rows = 40_000;
    const cells: NonNullable<FakeSheetSpec['cells']> = {};
    for (let r = 1; r <= rows; r++) {
      for (let c = 0; c < 6; c++) {
        const v = r * 10 + c + 0.25;
        cells[`${columnLetters(c)}${r}`] = { value: v, text: v.toLocaleString('en-US', { minimumFractionDigits: 2 }) };
      }
    }
    const book = new FakeBook([{ name: '大表', cells }]);
    // Loading it in one go would exceed the limit: the chunking is what keeps it readable.
    const whole = new FakeContext(book, '1.13');
    const r = (whole.workbook.worksheets.getItem('大表').getRange(`A1:F${rows}`) as unknown as Excel.Range).load(['values', 'text']);
    await expect(whole.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    void r;

    const office = fakeOffice(book, '1.13');
    const grids = await new OfficePort(office.deps).readGrids();
    const ctx = office.last();
    expect(Math.max(...ctx.payloads)).toBeLessThan(PAYLOAD_LIMIT);
    expect(ctx.syncCount).toBe(2 + Math.ceil((rows * 6) / CELLS_PER_SYNC));
    const s = grids.sheets[0];
    expect(s.rowCount).toBe(rows);
    expect(s.rows[rows - 1][5]).toEqual({ value: rows * 10 + 5.25, text: (rows * 10 + 5.25).toLocaleString('en-US', { minimumFractionDigits: 2 }) });
    expect(s.rows.every((row) => row.length === 6)).toBe(true);
  });

  it('plans chunks within the budget and packs small sheets into one batch', () => {
    const small = Array.from({ length: 200 }, () => ({ top: 0, left: 0, rows: 30, cols: 8 }));
    expect(planChunks(small)).toHaveLength(1);
    const huge = planChunks([{ top: 2, left: 1, rows: 100_000, cols: 7 }]);
    for (const batch of huge) expect(batch.reduce((n, c) => n + c.rows * c.cols, 0)).toBeLessThanOrEqual(CELLS_PER_SYNC);
    expect(huge.flat().reduce((n, c) => n + c.rows, 0)).toBe(100_000);
    expect(huge.flat()[1].top).toBe(2 + Math.floor(CELLS_PER_SYNC / 7));
  });

  it('parses merged-area addresses, quoted sheet names with commas included', () => {
    expect(parseAreasAddress("'表 1, 续'!A1:H1,'表 1, 续'!$B$3:$B$4")).toEqual([
      { top: 0, left: 0, bottom: 0, right: 7 },
      { top: 2, left: 1, bottom: 3, right: 1 },
    ]);
  });

  it('the fake refuses reads before load and sync, as Excel does', async () => {
    const ctx = new FakeContext(new FakeBook([budgetSheet('表1', 3, 1)]), '1.13');
    const range = ctx.workbook.worksheets.getItem('表1').getRange('A1:B2');
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    range.load('values');
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    await ctx.sync();
    expect(range.values[0][0]).toBe('表1 一般公共预算支出表');
  });
});

describe('marks', () => {
  const book = () =>
    new FakeBook([
      {
        name: '表1',
        cells: { C4: 10, C5: { value: 4, fill: '#00B0F0' }, C6: 6, C7: 21 },
        notes: { C6: '用户自己的批注' },
      },
      { name: '锁定', cells: { A1: 1 }, protected: true },
    ]);
  const marks = [
    { sheet: '表1', cell: 'C4', severity: 'error' as const, note: '合计应为 20，实为 21' },
    { sheet: '表1', cell: 'C5', severity: 'warning' as const, note: '差 0.01' },
    { sheet: '表1', cell: 'C6', severity: 'info' as const, note: '提示' },
    { sheet: '锁定', cell: 'A1', severity: 'error' as const, note: '锁定的表' },
  ];

  it('fills by severity, adds notes without touching the user’s own, and clears back exactly', async () => {
    const b = book();
    const office = fakeOffice(b, '1.18');
    const port = new OfficePort(office.deps);
    expect(await port.applyMarks(marks)).toBe(3); // the protected sheet is left alone
    expect(b.cell('表1', 'C4')?.fill).toBe(MARK_FILL.error);
    expect(b.cell('表1', 'C5')?.fill).toBe(MARK_FILL.warning);
    expect(b.sheet('表1').notes.get('C4')).toContain('合计应为 20');
    expect(b.sheet('表1').notes.get('C6')).toBe('用户自己的批注');
    expect(b.cell('锁定', 'A1')?.fill).toBeNull();
    expect(office.last().screenSuspensions).toBe(1);
    expect(office.last().syncCount).toBeLessThanOrEqual(3);

    // Marking again replaces the earlier marks instead of stacking on them.
    await port.applyMarks(marks.slice(1, 2));
    expect(b.cell('表1', 'C4')?.fill).toBeNull();
    expect(b.sheet('表1').notes.has('C4')).toBe(false);

    expect(await port.clearMarks()).toBe(1);
    expect(b.cell('表1', 'C4')?.fill).toBeNull();
    expect(b.cell('表1', 'C5')?.fill).toBe('#00B0F0');
    expect(b.sheet('表1').notes.get('C6')).toBe('用户自己的批注');
    expect(b.sheet('表1').notes.size).toBe(1);
    expect(b.cell('表1', 'C7')?.value).toBe(21); // values are never touched
    expect(port.markedCount()).toBe(0);
  });

  it('clears marks made before the pane was closed, from the workbook setting', async () => {
    const b = book();
    await new OfficePort(fakeOffice(b, '1.18').deps).applyMarks(marks);
    expect(JSON.parse(String(b.settings.get(MARKS_SETTING)))).toHaveLength(3);
    const reopened = new OfficePort(fakeOffice(b, '1.18').deps);
    expect(await reopened.clearMarks()).toBe(3);
    expect(b.cell('表1', 'C5')?.fill).toBe('#00B0F0');
    expect(b.cell('表1', 'C4')?.fill).toBeNull();
    expect(b.sheet('表1').notes.size).toBe(1);
  });

  it('on ExcelApi 1.4 marks with fills only (no notes, no screen suspension) and still restores', async () => {
    const b = book();
    const office = fakeOffice(b, '1.4');
    const port = new OfficePort(office.deps);
    await port.applyMarks(marks);
    expect(b.cell('表1', 'C4')?.fill).toBe(MARK_FILL.error);
    expect(b.sheet('表1').notes.size).toBe(1);
    await port.clearMarks();
    expect(b.cell('表1', 'C4')?.fill).toBeNull();
    expect(b.cell('表1', 'C5')?.fill).toBe('#00B0F0');
  });

  it('says in Chinese when every marked sheet is protected', async () => {
    const port = new OfficePort(fakeOffice(book(), '1.18').deps);
    await expect(port.applyMarks(marks.slice(3))).rejects.toThrow(/工作表都受保护/);
  });
});

describe('name fill, navigation, drafts and errors', () => {
  const book = () =>
    new FakeBook([
      { name: '表5', cells: { A8: '2010101', B8: '', A9: '2010102', B9: '一般行政管理', A10: '2010103', C10: 3, A11: '2010104', B11: '旧名称' } },
      { name: '锁定', cells: { A1: '201' }, protected: true },
    ]);

  it('writes into blank cells only, replaces only what the user confirmed, and undoes', async () => {
    const b = book();
    const port = new OfficePort(fakeOffice(b, '1.4').deps);
    const report = await port.writeNames([
      { sheet: '表5', cell: 'B8', name: '行政运行' },
      { sheet: '表5', cell: 'B9', name: '一般行政管理事务' }, // not blank, not confirmed
      { sheet: '表5', cell: 'B10', name: '机关服务' },
      { sheet: '表5', cell: 'B11', name: '新名称', replaces: '旧名称' },
      { sheet: '锁定', cell: 'B1', name: '一般公共服务支出' },
    ]);
    expect(report.written).toBe(3);
    expect(report.skipped.map((s) => s.cell)).toEqual(['B9', 'B1']);
    expect(report.skipped[1].reason).toMatch(/受保护/);
    expect(b.cell('表5', 'B8')?.value).toBe('行政运行');
    expect(b.cell('表5', 'B9')?.value).toBe('一般行政管理');
    expect(b.cell('表5', 'B11')?.value).toBe('新名称');
    expect(port.canUndoNames()).toBe(true);

    // The user retypes one cell; undo leaves that one alone.
    b.sheet('表5').cells.set('9,1', { value: '手工填写', text: '手工填写', fill: null });
    expect(await port.undoNames()).toBe(2);
    expect(b.cell('表5', 'B8')).toBeUndefined();
    expect(b.cell('表5', 'B10')?.value).toBe('手工填写');
    expect(b.cell('表5', 'B11')?.value).toBe('旧名称');
    expect(port.canUndoNames()).toBe(false);
  });

  it('navigates: activates the sheet and selects the cell', async () => {
    const office = fakeOffice(book());
    await new OfficePort(office.deps).select('表5', 'B11');
    expect(office.last().activeSheet).toBe('表5');
    expect(office.last().selection).toBe('表5!B11');
  });

  it('inserts the draft into its sheet, and replaces an earlier draft only when told to', async () => {
    const b = book();
    const port = new OfficePort(fakeOffice(b).deps);
    const first = [
      { text: '情况说明', role: 'title' as const },
      { text: '一、收支预算总体情况', role: 'heading' as const },
      { text: '收入预算 225.47 万元。', role: 'body' as const },
    ];
    expect(await port.insertDraftSheet(first)).toBe('情况说明（草稿）');
    expect(b.cell('情况说明（草稿）', 'A3')?.value).toBe('收入预算 225.47 万元。');
    await expect(port.insertDraftSheet([{ text: '第二稿', role: 'title' }])).rejects.toThrow(DraftSheetExistsError);
    expect(b.cell('情况说明（草稿）', 'A3')?.value).toBe('收入预算 225.47 万元。');
    expect(await port.insertDraftSheet([{ text: '第二稿', role: 'title' }], { replace: true })).toBe('情况说明（草稿）');
    expect(b.sheets.filter((s) => s.name.startsWith('情况说明（草稿）'))).toHaveLength(1);
    expect(b.cell('情况说明（草稿）', 'A1')?.value).toBe('第二稿');
    expect(b.cell('情况说明（草稿）', 'A3')).toBeUndefined();
  });

  it('turns Excel’s refusals into one clear Chinese sentence', async () => {
    const edit = new OfficePort(fakeOffice(book(), '1.18', { nextSync: 'InvalidOperationInCellEditMode' }).deps);
    await expect(edit.readGrids()).rejects.toThrow(new PortError('Excel 正处于单元格编辑状态：请先按 Enter 或 Esc 结束编辑后再试。'));
    const missing = new OfficePort(fakeOffice(book()).deps);
    await expect(missing.select('不存在', 'A1')).rejects.toThrow(/找不到要操作的工作表/);
  });
});
