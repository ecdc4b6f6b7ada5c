// Shared by the third batch's build scripts: a workbook written cell by cell as the stored copy prints it.
import ExcelJS from 'exceljs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const WORKBOOKS = join(dirname(fileURLToPath(import.meta.url)), '..', 'tables', 'workbooks');

/** A printed figure ('16,745.59', '250000', '6.8'); anything else (names, '单位不需填列') stays text. */
const FIGURE = /^-?[\d,]+(\.\d+)?$/;

export function newWorkbook() {
  return new ExcelJS.Workbook();
}

export function sheet(wb, name, widths) {
  const ws = wb.addWorksheet(name);
  ws.columns = widths.map((width) => ({ width }));
  return ws;
}

/**
 * Writes one printed row from column 1. Cells from column `firstAmount` (1-based) on that hold a figure become
 * numbers with the printed number of decimals; empty strings stay blank cells.
 */
export function put(ws, row, values, firstAmount = Infinity) {
  values.forEach((v, i) => {
    if (v === '' || v == null) return;
    const cell = ws.getCell(row, i + 1);
    if (i + 1 >= firstAmount && FIGURE.test(v)) {
      cell.value = Number(v.replace(/,/g, ''));
      const decimals = (v.split('.')[1] ?? '').length;
      cell.numFmt = (v.includes(',') ? '#,##0' : '0') + (decimals ? '.' + '0'.repeat(decimals) : '');
    } else cell.value = v;
  });
}

export async function save(wb, file) {
  await wb.xlsx.writeFile(join(WORKBOOKS, file));
}

/**
 * Writes a printed rate ('-7.03%', '133%') at (row, col) as a number with a percent format of the printed decimals; a
 * figure printed without '%' ('0') goes in as put() writes it, and an empty string stays a blank cell.
 */
export function putRate(ws, row, col, printed) {
  if (!printed.endsWith('%')) {
    const values = [];
    values[col - 1] = printed;
    put(ws, row, values, col);
    return;
  }
  const figure = printed.slice(0, -1);
  const decimals = (figure.split('.')[1] ?? '').length;
  const cell = ws.getCell(row, col);
  cell.value = Number((Number(figure) / 100).toFixed(decimals + 2));
  cell.numFmt = '0' + (decimals ? '.' + '0'.repeat(decimals) : '') + '%';
}

/**
 * A “三公” table against the year before as the 云南 pages print it, from row `top`: the title and the unit each merged over
 * the five columns, then 项目 | 上年 | 本年 | a merged 比上年增、减情况 over 增、减金额 | 增、减幅度, then the rows (item, three
 * figures, a printed rate). Returns the row after the last.
 */
export function putChangeTable(ws, top, { title, unit, head, rows }) {
  const [item, prior, current, group, change, rate] = head;
  put(ws, top, [title]);
  ws.mergeCells(top, 1, top, 5);
  put(ws, top + 1, [unit]);
  ws.mergeCells(top + 1, 1, top + 1, 5);
  put(ws, top + 2, [item, prior, current, group, '']);
  put(ws, top + 3, ['', '', '', change, rate]);
  for (const col of [1, 2, 3]) ws.mergeCells(top + 2, col, top + 3, col);
  ws.mergeCells(top + 2, 4, top + 2, 5);
  rows.forEach((r, i) => {
    put(ws, top + 4 + i, r.slice(0, 4), 2);
    putRate(ws, top + 4 + i, 5, r[4]);
  });
  return top + 4 + rows.length;
}
