// Builds tables/workbooks/qujiang-sangong-2016.xlsx: 衢江区's '2016年决算数与2015年决算数对比情况', the 区's “三公”经费 决算 of
// 2016 against 2015, as a copy of the 区's page gives it (浙江衢州, http://hongxinbengye.com/html/sgjf201708t20170809_652713.html;
// the page, its table flattened one cell a line, is narrative 39). A horizontal table: one row a year (2015年, 2016年) and a
// third of rates ('2016年比2015年增减%', the rates printed as bare numbers), the items across: 合计 | 因公出国(境)经费 | 公务接待费 |
// 公车购置及运行维护费 split into 合计 | 车辆购置 | 车辆运行. The flattened copy gives eight header cells over seven-cell rows, so
// the header is reconstructed as two rows, 公车购置及运行维护费 merged over its three sub-heads and the other heads merged down.
// No unit is printed with the table (the paragraph above gives the figures in 万元). Run once:
// node test/corpus/tools/build-qujiang-sangong-2016.mjs
import { newWorkbook, put, save, sheet } from './held-out-sheet.mjs';

const wb = newWorkbook();
const ws = sheet(wb, '“三公”经费决算对比', [22, 10, 16, 12, 20, 10, 10]);
put(ws, 1, ['2016年决算数与2015年决算数对比情况']);
ws.mergeCells('A1:G1');
put(ws, 2, ['年度', '合计', '因公出国(境)经费', '公务接待费', '公车购置及运行维护费', '', '']);
put(ws, 3, ['', '', '', '', '合计', '车辆购置', '车辆运行']);
for (const col of [1, 2, 3, 4]) ws.mergeCells(2, col, 3, col);
ws.mergeCells('E2:G2');
[
  ['2015年', '2840', '90', '1400', '1350', '73', '1277'],
  ['2016年', '2364', '12', '1356', '996', '37', '959'],
  ['2016年比2015年增减%', '-16.77', '-86.62', '-3.14', '-26.24', '-47.95', '-24.98'],
].forEach((r, i) => put(ws, 4 + i, r, 2));

await save(wb, 'qujiang-sangong-2016.xlsx');
