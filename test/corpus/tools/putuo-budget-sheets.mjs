// Shared by the builds of the 普陀 部门预算 template (chengguan-2026, jianguanwei-2026, putuo-wenlv-2026): the layout every such
// publication prints alike. Each build passes its own `put(ws, row, values, firstAmount)`, which reads its figures as printed.

export function sheet(wb, name, widths) {
  const ws = wb.addWorksheet(name);
  ws.columns = widths.map((width) => ({ width }));
  return ws;
}

/** Row 1 the title across the table; row 2 the 编制部门 (merged over `deptTo` columns) and the unit in the last column. */
export function heading(ws, title, lastCol, deptTo, dept, unit) {
  ws.getCell(1, 1).value = title;
  ws.mergeCells(1, 1, 1, lastCol);
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.getCell(2, 1).value = dept;
  ws.mergeCells(2, 1, 2, deptTo);
  ws.getCell(2, lastCol).value = unit;
}

/**
 * A function-classified table: 类|款|项 code columns, a name column, then the amount columns under `group`; rows 3–5 the printed
 * header, `blankRows` printed blank rows before the 合计, and a 注 under it when given.
 */
export function functionTable(wb, put, { name, title, dept, unit, amountHeads, group, rows, total, widths, blankRows = 0, note }) {
  const last = 4 + amountHeads.length;
  const ws = sheet(wb, name, widths);
  heading(ws, title, last, 3, dept, unit);
  put(ws, 3, ['项目', '项目', '项目', '项目', ...amountHeads.map(() => group)]);
  put(ws, 4, ['功能分类科目编码', '功能分类科目编码', '功能分类科目编码', '功能分类科目名称', ...amountHeads]);
  put(ws, 5, ['类', '款', '项', '功能分类科目名称', ...amountHeads]);
  ws.mergeCells(3, 1, 3, 4);
  ws.mergeCells(3, 5, 3, last);
  ws.mergeCells(4, 1, 4, 3);
  for (let c = 4; c <= last; c++) ws.mergeCells(4, c, 5, c);
  rows.forEach((r, i) => put(ws, 6 + i, r, 5));
  const totalRow = 6 + rows.length + blankRows;
  put(ws, totalRow, ['合计', '', '', '', ...total], 5);
  ws.mergeCells(totalRow, 1, totalRow, 4);
  if (note) {
    ws.getCell(totalRow + 1, 1).value = note;
    ws.mergeCells(totalRow + 1, 1, totalRow + 1, last);
  }
  return ws;
}

/** The 一般公共预算基本支出 table's sheet and header (类 | 款 | 名称 | 合计 | 人员经费 | 公用经费); rows from 6. */
export function basicExpenseSheet(wb, put, { title, dept, unit, codeHead = '部门预算经济分类科目编码' }) {
  const ws = sheet(wb, '一般公共预算基本支出部门预算经济分类预算表', [12, 12, 57.3, 19.8, 19.7, 19.8]);
  heading(ws, title, 6, 3, dept, unit);
  put(ws, 3, ['项目', '项目', '项目', '一般公共预算基本支出', '一般公共预算基本支出', '一般公共预算基本支出']);
  put(ws, 4, [codeHead, codeHead, '经济分类科目名称', '合计', '人员经费', '公用经费']);
  put(ws, 5, ['类', '款', '经济分类科目名称', '合计', '人员经费', '公用经费']);
  for (const m of ['A3:C3', 'D3:F3', 'A4:B4', 'C4:C5', 'D4:D5', 'E4:E5', 'F4:F5']) ws.mergeCells(m);
  return ws;
}

/** The horizontal “三公”经费和机关运行经费预算表 (万元): its three header rows; the figures' row is 6. */
export function threePublicSheet(wb, put, { title, dept, unit, runningHead = '机关运行经费预算数' }) {
  const ws = sheet(wb, '“三公”经费和机关运行经费预算表', Array(7).fill(19.5));
  heading(ws, title, 7, 3, dept, unit);
  put(ws, 3, Array(6).fill('“三公”经费预算数').concat(runningHead));
  put(ws, 4, ['合计', '因公出国(境)费', '公务接待费', '公务用车购置及运行费', '公务用车购置及运行费', '公务用车购置及运行费', runningHead]);
  put(ws, 5, ['合计', '因公出国(境)费', '公务接待费', '小计', '购置费', '运行费', runningHead]);
  for (const m of ['A3:F3', 'G3:G5', 'A4:A5', 'B4:B5', 'C4:C5', 'D4:F4']) ws.mergeCells(m);
  return ws;
}
