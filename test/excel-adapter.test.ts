/**
 * The Office.js adapter against the in-repo fake object model (test/excel.fake.ts, which follows
 * Microsoft's documentation): sync counts, the 5 MB payload limit measured in bytes, the 512-merge
 * limit, cell-edit mode, marks that can always be cleared, name fill with undo, drafts written as
 * text, and Chinese errors. Also checks that the fake itself behaves as the documentation says.
 */
import { describe, expect, it } from 'vitest';
import { OfficePort, MARKS_SETTING } from '../src/excel/officePort';
import { BYTES_PER_SYNC, FIRST_BYTES_PER_CELL, parseAreasAddress, takeBatch, utf8Length } from '../src/excel/readGrids';
import { DraftSheetExistsError, PortError } from '../src/port';
import { NOTE_PREFIX, SEVERITY_FILL } from '../src/engine/model';
import { FakeBook, FakeContext, PAYLOAD_LIMIT, displayText, fakeOffice, type FakeSheetSpec } from './excel.fake';
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
    cells[`A${row}`] = { value: String(2010101 + r), numberFormat: '@' };
    cells[`B${row}`] = `行政运行${r}`;
    cells[`C${row}`] = { value: a * 2, numberFormat: '#,##0.00' };
    cells[`D${row}`] = { value: a, numberFormat: '#,##0.00' };
    cells[`E${row}`] = { value: a, numberFormat: '#,##0.00' };
  }
  cells[`H${rows + 4}`] = '#REF!';
  return { name, cells, merges: ['A1:H1', 'A2:B2'] };
}

/** A sheet of `rows` × `cols` cells built by `cell`. */
function gridSheet(name: string, rows: number, cols: number, cell: (r: number, c: number) => FakeSheetSpec['cells'] extends Record<string, infer V> | undefined ? V : never): FakeSheetSpec {
  const cells: NonNullable<FakeSheetSpec['cells']> = {};
  for (let r = 1; r <= rows; r++) for (let c = 0; c < cols; c++) cells[`${columnLetters(c)}${r}`] = cell(r, c);
  return { name, cells };
}

describe('the fake follows Excel’s documented behaviour', () => {
  it('refuses reads before load and sync', async () => {
    const ctx = new FakeContext(new FakeBook([budgetSheet('表1', 3, 1)]), '1.13');
    const range = ctx.workbook.worksheets.getItem('表1').getRange('A1:B2');
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    range.load('values');
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    await ctx.sync();
    expect(range.values[0][0]).toBe('表1 一般公共预算支出表');
  });

  it('queues writes until sync; a failing command stops the batch, what ran before it stays', async () => {
    const book = new FakeBook([{ name: '表1', cells: { A1: 1 } }]);
    const ctx = new FakeContext(book, { failCommand: ({ index }) => (index === 1 ? 'GeneralException' : undefined) });
    const ws = ctx.workbook.worksheets.getItem('表1');
    ws.getRange('A1').format.fill.color = '#FFC7CE';
    ws.getRange('A2').format.fill.color = '#FFC7CE';
    ws.getRange('A3').format.fill.color = '#FFC7CE';
    expect(book.cell('表1', 'A1')?.fill).toBeNull(); // nothing happens before sync
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'GeneralException' });
    expect(book.cell('表1', 'A1')?.fill).toBe('#FFC7CE');
    expect(book.cell('表1', 'A2')).toBeUndefined();
    expect(book.cell('表1', 'A3')).toBeUndefined();
  });

  it('getItem of a missing sheet fails at sync with ItemNotFound; getItemOrNullObject reports it', async () => {
    const ctx = new FakeContext(new FakeBook([{ name: '表1' }]));
    const missing = ctx.workbook.worksheets.getItem('不存在');
    missing.getRange('A1').load('values'); // no error yet: it is only queued
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    const probe = ctx.workbook.worksheets.getItemOrNullObject('不存在');
    await ctx.sync();
    expect(probe.isNullObject).toBe(true);
  });

  it('shows values through their number format, as Range.text does', () => {
    expect(displayText(1234567.891, '#,##0.00')).toBe('1,234,567.89');
    expect(displayText(0.1234, '0.00%')).toBe('12.34%');
    expect(displayText(45292, 'yyyy"年"m"月"d"日"')).toBe('2024年1月1日');
    expect(displayText(0, '#,##0.00;(#,##0.00);"-"')).toBe('-');
    expect(displayText(-1234, '#,##0;(#,##0);"-"')).toBe('(1,234)');
    expect(displayText(2010101, '@')).toBe('2010101');
    expect(displayText('一般公共服务', 'General')).toBe('一般公共服务');
  });

  it('takes a string written through values that starts with "=", "+" or "-" as a formula, unless the cell is text', async () => {
    const book = new FakeBook([{ name: '表1', cells: { B1: { value: '', numberFormat: '@' } } }]);
    const ctx = new FakeContext(book);
    const ws = ctx.workbook.worksheets.getItem('表1');
    ws.getRange('A1:A3').values = [['=以下为部门预算说明'], ['-其他收入'], ['225.47']];
    ws.getRange('B1').values = [['=以下为部门预算说明']];
    await ctx.sync();
    expect(book.cell('表1', 'A1')).toMatchObject({ formula: '=以下为部门预算说明', value: '#NAME?' });
    expect(book.cell('表1', 'A2')).toMatchObject({ formula: '=-其他收入' });
    expect(book.cell('表1', 'A3')).toMatchObject({ value: 225.47 });
    expect(book.cell('表1', 'B1')).toMatchObject({ value: '=以下为部门预算说明' });
    expect(book.cell('表1', 'B1')?.formula).toBeUndefined();
  });

  it('fails getMergedAreasOrNullObject over more than 512 merged areas', async () => {
    const merges = Array.from({ length: 513 }, (_, i) => `A${2 * i + 1}:B${2 * i + 1}`);
    const ctx = new FakeContext(new FakeBook([{ name: '表1', cells: { A1: 1 }, merges }]));
    ctx.workbook.worksheets.getItem('表1').getRange().getMergedAreasOrNullObject().load('address');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'GeneralException' });
  });

  it('a host script without Worksheet.notes has no notes member, whatever the host supports', () => {
    const book = new FakeBook([{ name: '表1' }]);
    expect('notes' in new FakeContext(book, { api: '1.18', script: '1.15' }).workbook.worksheets.getItem('表1')).toBe(false);
    expect('notes' in new FakeContext(book, { api: '1.18' }).workbook.worksheets.getItem('表1')).toBe(true);
  });
});

describe('reading the workbook', () => {
  it('reads a 200-sheet workbook in 3 context.sync calls, with values, text and merges', async () => {
    const book = new FakeBook(Array.from({ length: 200 }, (_, i) => budgetSheet(`表${i + 1}`, 30, i)));
    const office = fakeOffice(book, '1.13');
    const port = new OfficePort(office.deps);
    const grids = await port.readGrids();
    expect(office.contexts).toHaveLength(1);
    expect(office.last().syncCount).toBe(3);
    expect(port.readNotices()).toEqual([]);
    expect(grids.sheets).toHaveLength(200);
    const s = grids.sheets[41];
    expect(s.name).toBe('表42');
    expect(s.rows[0][0]).toEqual({ value: '表42 一般公共预算支出表', text: '表42 一般公共预算支出表' });
    expect(s.rows[5][0]).toEqual({ value: '2010103', text: '2010103' });
    const d = ((41 * 37 + 2 * 11) % 9000) / 100 + 1;
    expect(s.rows[5][3]?.value).toBeCloseTo(d, 10);
    expect(s.rows[5][3]?.text).toBe(d.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
    expect(s.rows[33][7]).toEqual({ value: { error: '#REF!' }, text: '#REF!' });
    expect(s.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 7 },
      { top: 1, left: 0, bottom: 1, right: 1 },
    ]);
    expect(s.rowCount).toBe(34);
    expect(s.colCount).toBe(8);
  });

  it('places a used range that starts below and right of A1 at its real coordinates', async () => {
    const book = new FakeBook([{ name: '偏移', cells: { C5: '合计', D6: { value: 5.92, numberFormat: '0.00' } } }, { name: '空表' }]);
    const office = fakeOffice(book, '1.4');
    const grids = await new OfficePort(office.deps).readGrids();
    const s = grids.sheets[0];
    expect(s.rows[4][2]?.value).toBe('合计');
    expect(s.rows[5][3]).toEqual({ value: 5.92, text: '5.92' });
    expect(s.rows[0]).toEqual([]);
    expect(s.merges).toEqual([]); // ExcelApi 1.4: merged areas are not asked for
    expect(grids.sheets[1]).toMatchObject({ name: '空表', rowCount: 0, colCount: 0 });
  });

  it('reads a sheet with 600 merged areas without its merges, says so, and keeps the other sheets’ merges', async () => {
    const merged = gridSheet('明细', 1200, 4, (r, c) => (c === 0 ? `项目${r}` : r * c));
    merged.merges = Array.from({ length: 600 }, (_, i) => `A${2 * i + 1}:A${2 * i + 2}`);
    const book = new FakeBook([budgetSheet('表1', 10, 1), merged, budgetSheet('表3', 10, 3)]);
    const office = fakeOffice(book, '1.13');
    const port = new OfficePort(office.deps);
    const grids = await port.readGrids();
    expect(grids.sheets.map((s) => s.merges.length)).toEqual([2, 0, 2]);
    expect(grids.sheets[1].rows[1199][3]?.value).toBe(1200 * 3);
    expect(port.readNotices()).toHaveLength(1);
    expect(port.readNotices()[0]).toMatch(/“明细”.*512/);
  });

  it('reads a 10 MB sheet of Chinese text: halves the batch Excel refuses, and no answered response nears 5 MB', async () => {
    const rows = 10_000;
    const phrase = '部门预算支出功能分类科目说明行政运行一般行政管理事务机关服务'; // 30 characters
    const book = new FakeBook([gridSheet('说明', rows, 6, (r, c) => `${phrase}${r}-${c}`)]);
    const whole = new FakeContext(book, '1.13');
    whole.workbook.worksheets.getItem('说明').getRange(`A1:F${rows}`).load(['values', 'text']);
    await expect(whole.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    expect(whole.refused[0]).toBeGreaterThan(10 * 1024 * 1024);

    const office = fakeOffice(book, '1.13');
    const grids = await new OfficePort(office.deps).readGrids();
    const ctx = office.last();
    expect(ctx.refused.length).toBeGreaterThan(0); // the first guess was too large and was halved
    expect(Math.max(...ctx.payloads)).toBeLessThanOrEqual(BYTES_PER_SYNC * 1.1);
    const s = grids.sheets[0];
    expect(s.rowCount).toBe(rows);
    expect(s.rows.every((row) => row.length === 6)).toBe(true);
    expect(s.rows[rows - 1][5]).toEqual({ value: `${phrase}${rows}-5`, text: `${phrase}${rows}-5` });
  });

  it('reads 240,000 numbers in batches sized by bytes, losing no cell', async () => {
    const rows = 40_000;
    const book = new FakeBook([gridSheet('大表', rows, 6, (r, c) => ({ value: r * 10 + c + 0.25, numberFormat: '#,##0.00' }))]);
    const office = fakeOffice(book, '1.13');
    const grids = await new OfficePort(office.deps).readGrids();
    const ctx = office.last();
    expect(ctx.refused).toEqual([]);
    expect(Math.max(...ctx.payloads)).toBeLessThan(PAYLOAD_LIMIT);
    const rowsPerBatch = Math.floor(BYTES_PER_SYNC / FIRST_BYTES_PER_CELL / 6);
    expect(ctx.syncCount).toBe(2 + Math.ceil(rows / rowsPerBatch));
    const s = grids.sheets[0];
    expect(s.rows[rows - 1][5]).toEqual({ value: rows * 10 + 5.25, text: (rows * 10 + 5.25).toLocaleString('en-US', { minimumFractionDigits: 2 }) });
    expect(s.rows.every((row) => row.length === 6)).toBe(true);
  });

  it('takes batches row by row within the cell budget, splitting the chunk it stops in', () => {
    const queue = [
      { area: 0, top: 2, left: 1, rows: 10, cols: 5 },
      { area: 1, top: 0, left: 0, rows: 4, cols: 3 },
    ];
    expect(takeBatch(queue, 30)).toEqual([{ area: 0, top: 2, left: 1, rows: 6, cols: 5 }]);
    expect(takeBatch(queue, 40)).toEqual([
      { area: 0, top: 8, left: 1, rows: 4, cols: 5 },
      { area: 1, top: 0, left: 0, rows: 4, cols: 3 },
    ]);
    expect(queue).toEqual([]);
    const wide = [{ area: 0, top: 0, left: 0, rows: 3, cols: 100 }];
    expect(takeBatch(wide, 10)).toEqual([{ area: 0, top: 0, left: 0, rows: 1, cols: 100 }]); // at least one row
    expect(utf8Length('合计a')).toBe(7);
  });

  it('parses merged-area addresses, quoted sheet names with commas included', () => {
    expect(parseAreasAddress("'表 1, 续'!A1:H1,'表 1, 续'!$B$3:$B$4")).toEqual([
      { top: 0, left: 0, bottom: 0, right: 7 },
      { top: 2, left: 1, bottom: 3, right: 1 },
    ]);
  });

  it('waits while the user is typing in a cell (delayForCellEdit), and says so in Chinese where Excel cannot wait', async () => {
    const book = new FakeBook([budgetSheet('表1', 3, 1)]);
    book.startCellEdit();
    const office = fakeOffice(book, '1.18');
    const reading = new OfficePort(office.deps).readGrids();
    await expect.poll(() => office.contexts[0]?.delayedSyncs ?? 0).toBe(1);
    book.endCellEdit();
    expect((await reading).sheets[0].rows[0][0]?.value).toBe('表1 一般公共预算支出表');

    book.startCellEdit();
    const old = new OfficePort(fakeOffice(book, { api: '1.4', delayForCellEdit: false }).deps);
    await expect(old.readGrids()).rejects.toThrow(new PortError('Excel 正处于单元格编辑状态：请先按 Enter 或 Esc 结束编辑后再试。'));
    book.endCellEdit();
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
    { sheet: '表1', cell: 'C4', severity: 'error' as const, note: `${NOTE_PREFIX}合计应为 20，实为 21` },
    { sheet: '表1', cell: 'C5', severity: 'warning' as const, note: `${NOTE_PREFIX}差 0.01` },
    { sheet: '表1', cell: 'C6', severity: 'info' as const, note: `${NOTE_PREFIX}提示` },
    { sheet: '锁定', cell: 'A1', severity: 'error' as const, note: `${NOTE_PREFIX}锁定的表` },
  ];

  it('fills by severity, adds notes without touching the user’s own, and clears back exactly', async () => {
    const b = book();
    const office = fakeOffice(b, '1.18');
    const port = new OfficePort(office.deps);
    expect(await port.applyMarks(marks)).toBe(3); // the protected sheet is left alone
    expect(b.cell('表1', 'C4')?.fill).toBe(SEVERITY_FILL.error);
    expect(b.cell('表1', 'C5')?.fill).toBe(SEVERITY_FILL.warning);
    expect(b.sheet('表1').notes.get('C4')).toContain('合计应为 20');
    expect(b.sheet('表1').notes.get('C6')).toBe('用户自己的批注');
    expect(b.cell('锁定', 'A1')?.fill).toBeNull();
    expect(office.last().screenSuspensions).toBe(1);
    expect(office.last().syncCount).toBeLessThanOrEqual(4);

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

  it('on a new host with an older office.js script (no Worksheet.notes) marks with fills only, and does not crash', async () => {
    const b = book();
    const office = fakeOffice(b, { api: '1.18', script: '1.15' });
    const port = new OfficePort(office.deps);
    expect(await port.applyMarks(marks)).toBe(3);
    expect(b.cell('表1', 'C4')?.fill).toBe(SEVERITY_FILL.error);
    expect(b.sheet('表1').notes.size).toBe(1);
    expect(await port.clearMarks()).toBe(3);
    expect(b.cell('表1', 'C5')?.fill).toBe('#00B0F0');
  });

  it('on ExcelApi 1.4 marks with fills only (no notes, no screen suspension) and still restores', async () => {
    const b = book();
    const office = fakeOffice(b, '1.4');
    const port = new OfficePort(office.deps);
    await port.applyMarks(marks);
    expect(b.cell('表1', 'C4')?.fill).toBe(SEVERITY_FILL.error);
    expect(b.sheet('表1').notes.size).toBe(1);
    expect(office.last().screenSuspensions).toBe(0);
    await port.clearMarks();
    expect(b.cell('表1', 'C4')?.fill).toBeNull();
    expect(b.cell('表1', 'C5')?.fill).toBe('#00B0F0');
  });

  it('a marked sheet renamed since: clearing and marking again still work, and the stale looks are dropped', async () => {
    const b = new FakeBook([
      { name: '表1', cells: { C4: 10 } },
      { name: '表2', cells: { B2: { value: 3, fill: '#00B0F0' } } },
    ]);
    await new OfficePort(fakeOffice(b).deps).applyMarks([
      { sheet: '表1', cell: 'C4', severity: 'error', note: `${NOTE_PREFIX}甲` },
      { sheet: '表2', cell: 'B2', severity: 'warning', note: `${NOTE_PREFIX}乙` },
    ]);
    b.sheet('表1').name = '表1（改）'; // the user renames a marked sheet
    const reopened = new OfficePort(fakeOffice(b).deps);
    expect(await reopened.clearMarks()).toBe(1);
    expect(b.cell('表2', 'B2')?.fill).toBe('#00B0F0');
    expect(JSON.parse(String(b.settings.get(MARKS_SETTING)))).toEqual([]);
    // Marking again (from another reopened pane) with the stale looks still saved also works.
    b.settings.set(MARKS_SETTING, JSON.stringify([{ sheet: '已删除', cell: 'A1', color: null, note: true }]));
    const again = new OfficePort(fakeOffice(b).deps);
    expect(await again.applyMarks([{ sheet: '表2', cell: 'B2', severity: 'error', note: `${NOTE_PREFIX}丙` }])).toBe(1);
    expect(JSON.parse(String(b.settings.get(MARKS_SETTING)))).toEqual([{ sheet: '表2', cell: 'B2', color: '#00B0F0', note: true }]);
  });

  it('a marking batch that fails at its last step leaves marks that can be cleared exactly', async () => {
    const b = book();
    // Excel refuses the last command of the sync that writes the fills and notes.
    const failing = fakeOffice(b, {
      failCommand: ({ index, labels }) => (labels.includes('note.add') && index === labels.length - 1 ? 'GeneralException' : undefined),
    });
    await expect(new OfficePort(failing.deps).applyMarks(marks)).rejects.toThrow(/Excel 未能完成/);
    expect(b.cell('表1', 'C4')?.fill).toBe(SEVERITY_FILL.error); // written before the failure
    expect(JSON.parse(String(b.settings.get(MARKS_SETTING)))).toHaveLength(3); // looks saved before the fills
    await new OfficePort(fakeOffice(b).deps).clearMarks();
    expect(b.cell('表1', 'C4')?.fill).toBeNull();
    expect(b.cell('表1', 'C5')?.fill).toBe('#00B0F0');
    expect(b.cell('表1', 'C6')?.fill).toBeNull();
    expect([...b.sheet('表1').notes]).toEqual([['C6', '用户自己的批注']]);
  });

  it('removes only notes that still carry the add-in’s prefix', async () => {
    const b = book();
    await new OfficePort(fakeOffice(b).deps).applyMarks(marks.slice(0, 2));
    b.sheet('表1').notes.set('C5', '已核实：四舍五入差异'); // the user rewrote the add-in's note
    await new OfficePort(fakeOffice(b).deps).clearMarks();
    expect(b.sheet('表1').notes.has('C4')).toBe(false);
    expect(b.sheet('表1').notes.get('C5')).toBe('已核实：四舍五入差异');
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
      { sheet: '已删除', cell: 'B1', name: '一般公共服务支出' },
    ]);
    expect(report.written).toBe(3);
    expect(report.skipped.map((s) => s.cell)).toEqual(['B1', 'B1', 'B9']);
    expect(report.skipped[0].reason).toMatch(/受保护/);
    expect(report.skipped[1].reason).toMatch(/找不到该工作表/);
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

  it('inserts the draft into its sheet as text, and replaces an earlier draft only when told to', async () => {
    const b = book();
    const port = new OfficePort(fakeOffice(b).deps);
    const first = [
      { text: '情况说明', role: 'title' as const },
      { text: '一、收支预算总体情况', role: 'heading' as const },
      { text: '收入预算 225.47 万元。', role: 'body' as const },
      // Lines that Excel would take as formulas when written as values without the text format.
      { text: '=以下为部门预算说明', role: 'body' as const },
      { text: '-其他收入 0.5 万元', role: 'body' as const },
      { text: '+增加 3 人', role: 'body' as const },
    ];
    expect(await port.insertDraftSheet(first)).toBe('情况说明（草稿）');
    for (const [i, line] of first.entries()) {
      const c = b.cell('情况说明（草稿）', `A${i + 1}`)!;
      expect(c.value, line.text).toBe(line.text);
      expect(c.formula, line.text).toBeUndefined();
    }
    await expect(port.insertDraftSheet([{ text: '第二稿', role: 'title' }])).rejects.toThrow(DraftSheetExistsError);
    expect(b.cell('情况说明（草稿）', 'A3')?.value).toBe('收入预算 225.47 万元。');
    expect(await port.insertDraftSheet([{ text: '第二稿', role: 'title' }], { replace: true })).toBe('情况说明（草稿）');
    expect(b.sheets.filter((s) => s.name.startsWith('情况说明（草稿）'))).toHaveLength(1);
    expect(b.cell('情况说明（草稿）', 'A1')?.value).toBe('第二稿');
    expect(b.cell('情况说明（草稿）', 'A3')).toBeUndefined();
  });

  it('turns Excel’s refusals into one clear Chinese sentence', async () => {
    const busy = new OfficePort(fakeOffice(book(), { nextSync: 'ActivityLimitReached' }).deps);
    await expect(busy.readGrids()).rejects.toThrow(new PortError('Excel 暂时繁忙，请稍后再试。'));
    const missing = new OfficePort(fakeOffice(book()).deps);
    await expect(missing.select('不存在', 'A1')).rejects.toThrow(/找不到要操作的工作表/);
  });
});
