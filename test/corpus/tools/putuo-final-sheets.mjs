// Shared by the builds of the 普陀 部门决算 template (putuo-shengtai-2025, putuo-wenlv-2025, putuo-yichuan-2025): the tables every such publication
// lays out alike, written from the figures each one prints. Amounts in 万元 as printed ('4,733.14', '0.00', or '' for a blank).
import { put, sheet } from './held-out-sheet.mjs';

export const UNIT = '单位：万元';

export function titleAndUnit(ws, title, lastCol) {
  put(ws, 1, [title]);
  ws.mergeCells(1, 1, 1, lastCol);
  ws.getCell(2, lastCol).value = UNIT;
}

export const note = (ws, row, text) => put(ws, row, [text]);

/** The 支出 side's 类 of the two 总表, as the template prints them. */
export const CLASS_NAMES = [
  '一、一般公共服务支出', '二、外交支出', '三、国防支出', '四、公共安全支出', '五、教育支出', '六、科学技术支出', '七、文化旅游体育与传媒支出',
  '八、社会保障和就业支出', '九、卫生健康支出', '十、节能环保支出', '十一、城乡社区支出', '十二、农林水支出', '十三、交通运输支出',
  '十四、资源勘探工业信息等支出', '十五、商业服务业等支出', '十六、金融支出', '十七、援助其他地区支出', '十八、自然资源海洋气象等支出',
  '十九、住房保障支出', '二十、粮油物资储备支出', '二十一、国有资本经营预算支出', '二十二、灾害防治及应急管理支出', '二十三、其他支出',
  '二十四、抗疫特别国债安排的支出',
];

/** [类, amount] for every 类, `spent` giving the printed ones and `none` what the rest print ('0.00' or ''). */
export const classRows = (spent, none) => CLASS_NAMES.map((label) => [label, spent[label] ?? none]);

/** 收入支出决算总表: eight 收入 lines beside the 24 类, then the closing lines as printed. */
export function incomeExpenseSummary(wb, income, classes, closing) {
  const ws = sheet(wb, '收入支出决算总表', [34, 14, 34, 14]);
  titleAndUnit(ws, '收入支出决算总表', 4);
  put(ws, 3, ['收入', '', '支出', '']);
  ws.mergeCells('A3:B3');
  ws.mergeCells('C3:D3');
  put(ws, 4, ['项目', '决算数', '项目', '决算数']);
  const rows = [...classes.map((c, i) => [...(income[i] ?? ['', '']), ...c]), ...closing];
  rows.forEach((r, i) => put(ws, 5 + i, r, 2));
  note(ws, 5 + rows.length, '注：本表反映部门本年度的总收支和年末结转结余情况。');
}

function functionHeader(ws, names) {
  put(ws, 3, ['项目', '项目', ...names]);
  put(ws, 4, ['功能分类科目编码', '科目名称', ...names]);
  ws.mergeCells('A3:B3');
  names.forEach((_, i) => ws.mergeCells(3, 3 + i, 4, 3 + i));
}

export function totalRow(ws, row, values) {
  put(ws, row, ['合计', '', ...values], 3);
  ws.mergeCells(row, 1, row, 2);
}

/** 收入决算表: `lines` are [code, name, amount] (all 财政拨款收入), `rest` what the other five columns print on every line. */
export function incomeTable(wb, total, lines, rest) {
  const names = ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'];
  const ws = sheet(wb, '收入决算表', [16, 34, 14, 14, 14, 14, 14, 14, 14]);
  titleAndUnit(ws, '收入决算表', 9);
  functionHeader(ws, names);
  totalRow(ws, 5, [total, total, ...rest]);
  lines.forEach(([code, name, amount], i) => put(ws, 6 + i, [code, name, amount, amount, ...rest], 3));
  note(ws, 6 + lines.length, '注：本表反映部门本年度取得的各项收入情况。');
}

/** 支出决算表: `lines` are [code, name, 本年支出合计, 基本支出, 项目支出], `rest` what the other three columns print. */
export function expenseTable(wb, totals, lines, rest) {
  const names = ['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'];
  const ws = sheet(wb, '支出决算表', [16, 34, 14, 14, 14, 14, 14, 14]);
  titleAndUnit(ws, '支出决算表', 8);
  functionHeader(ws, names);
  totalRow(ws, 5, [...totals, ...rest]);
  lines.forEach((r, i) => put(ws, 6 + i, [...r, ...rest], 3));
  note(ws, 6 + lines.length, '注：本表反映部门本年度各项支出情况。');
}

/** 财政拨款“三公”经费支出决算表: one row of 预算数 | 决算数 pairs (合计, 因公出国, 小计, 购置, 运行, 接待). */
export function threePublicTable(wb, figures) {
  const ws = sheet(wb, '财政拨款“三公”经费支出决算表', Array(12).fill(11));
  titleAndUnit(ws, '财政拨款“三公”经费支出决算表', 12);
  put(ws, 3, ['财政拨款“三公”经费']);
  ws.mergeCells('A3:L3');
  put(ws, 4, ['合计', '', '因公出国（境）费', '', '公务用车购置及运行维护费', '', '', '', '', '', '公务接待费', '']);
  put(ws, 5, ['', '', '', '', '小计', '', '公务用车购置费', '', '公务用车运行维护费', '', '', '']);
  for (const m of ['A4:B5', 'C4:D5', 'E4:J4', 'K4:L5', 'E5:F5', 'G5:H5', 'I5:J5']) ws.mergeCells(m);
  put(ws, 6, Array(6).fill(['预算数', '决算数']).flat());
  put(ws, 7, figures, 1);
  note(ws, 8, '注：本表反映部门本年度“三公”经费支出预决算情况。');
}

/**
 * 财政拨款收入支出决算总表: three 收入 lines beside the 24 类, each 类 split by fund (`byFund[label]` = [一般公共预算, 政府性基金],
 * otherwise all 一般公共预算), then the closing lines as printed.
 */
export function fiscalSummary(wb, income, classes, byFund, closing) {
  const ws = sheet(wb, '财政拨款收入支出决算总表', [34, 14, 34, 14, 14, 14, 14]);
  titleAndUnit(ws, '财政拨款收入支出决算总表', 7);
  put(ws, 3, ['收入', '', '支出', '', '', '', '']);
  ws.mergeCells('A3:B3');
  ws.mergeCells('C3:G3');
  put(ws, 4, ['项目', '决算数', '项目', '合计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款']);
  const rows = classes.map(([label, v], i) => [...(income[i] ?? ['', '']), label, v, ...(byFund[label] ?? [v, '']), '']);
  rows.push(...closing);
  rows.forEach((r, i) => put(ws, 5 + i, r, 2));
  note(ws, 5 + rows.length, '注：本表反映部门本年度财政拨款总收支和结转结余情况。');
}

/** 一般公共预算财政拨款支出决算表: `rows` are [code, name, 合计, 基本支出, 项目支出], the 合计 line last. */
export function generalBudgetTable(wb, rows, totals) {
  const ws = sheet(wb, '一般公共预算财政拨款支出决算表', [16, 34, 14, 14, 14]);
  titleAndUnit(ws, '一般公共预算财政拨款支出决算表', 5);
  put(ws, 3, ['项目', '', '合计', '基本支出', '项目支出']);
  put(ws, 4, ['功能分类科目编码', '科目名称', '合计', '基本支出', '项目支出']);
  for (const m of ['A3:B3', 'C3:C4', 'D3:D4', 'E3:E4']) ws.mergeCells(m);
  rows.forEach((r, i) => put(ws, 5 + i, r, 3));
  totalRow(ws, 5 + rows.length, totals);
  note(ws, 6 + rows.length, '注：本表反映部门本年度一般公共预算财政拨款支出情况。');
}

/**
 * 一般公共预算财政拨款基本支出决算表 in two column groups side by side, one code column each: `rows` are [code, name, 决算数,
 * code, name, 决算数], then the 人员经费合计 | 公用经费合计 line.
 */
export function basicExpenseTable(wb, rows, personnel, publicUse) {
  const ws = sheet(wb, '一般公共预算财政拨款基本支出决算表', [12, 28, 14, 12, 28, 14]);
  titleAndUnit(ws, '一般公共预算财政拨款基本支出决算表', 6);
  put(ws, 3, ['经济分类科目编码', '科目名称', '决算数', '经济分类科目编码', '科目名称', '决算数']);
  // Amounts sit in columns C and F only; the codes stay text.
  rows.forEach((r, i) => {
    put(ws, 4 + i, r.slice(0, 2));
    put(ws, 4 + i, ['', '', r[2]], 3);
    put(ws, 4 + i, ['', '', '', r[3], r[4]]);
    put(ws, 4 + i, ['', '', '', '', '', r[5]], 6);
  });
  const last = 4 + rows.length;
  put(ws, last, ['人员经费合计', '', personnel, '公用经费合计', '', publicUse], 3);
  ws.mergeCells(last, 1, last, 2);
  ws.mergeCells(last, 4, last, 5);
  note(ws, last + 1, '注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。');
}

/** The two fund tables' header; the 本年支出 sub-heads are printed on the 合计 line (row 5), as the PDFs print them. */
function fundHeader(ws) {
  put(ws, 3, ['项目', '', '年初结转和结余', '本年收入', '本年支出', '', '', '年末结转和结余']);
  put(ws, 4, ['功能分类科目编码', '科目名称']);
  for (const m of ['A3:B3', 'E3:G3', 'C3:C4', 'D3:D4', 'H3:H4']) ws.mergeCells(m);
}

/** 政府性基金预算财政拨款收入支出决算表 with figures: `rows` from the 合计 line (its sub-heads in E–G) on. */
export function govFundTable(wb, rows) {
  const name = '政府性基金预算财政拨款收入支出决算表';
  const ws = sheet(wb, name, [16, 34, 14, 14, 14, 14, 14, 14]);
  titleAndUnit(ws, name, 8);
  fundHeader(ws);
  rows.forEach((r, i) => put(ws, 5 + i, r, 3));
  ws.mergeCells(5, 1, 5, 2);
  note(ws, 5 + rows.length, '注：本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。');
}

/** 国有资本经营预算财政拨款收入支出决算表, empty: the 合计 line with its sub-heads, three printed blank rows, the 注 and the 说明. */
export function emptyStateCapitalTable(wb, unitName) {
  const name = '国有资本经营预算财政拨款收入支出决算表';
  const ws = sheet(wb, name, [16, 34, 14, 14, 14, 14, 14, 14]);
  titleAndUnit(ws, name, 8);
  fundHeader(ws);
  put(ws, 5, ['合计', '', '', '', '合计', '基本支出', '项目支出', '']);
  ws.mergeCells(5, 1, 5, 2);
  note(ws, 9, '注：本表反映部门本年度国有资本经营预算财政拨款收入支出及结转和结余情况。');
  note(ws, 10, `说明：${unitName}本年度没有国有资本经营预算财政拨款收入和支出，故本表无数据。`);
}
