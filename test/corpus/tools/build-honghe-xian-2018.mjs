// Builds tables/workbooks/honghe-xian-2018.xlsx: 红河县's “三公”经费决算统计表 for 2018 (单位:万元), as 红河县人民政府's page
// gives it (云南红河, https://www.hhx.gov.cn/info/3411/271711.htm; the page's 情况说明 is tables/text/honghe-xian-2018.txt).
// A 决算 table with a 行次 column (2…10) and a 栏次 row: 2017年决算数 | 2018年决算数 | a merged 增减情况 over 增加额 | 增加幅度;
// 公务接待费 split into (1)国内接待费 (with '其中:外事接待费' inside it) and (2)国(境)外接待费; figures with thousands
// separators; the title and the change head print '2017年' over a table of 2018 against 2017, as published. Empty cells
// left blank; the 行次 written as numbers, as a 决算 export holds them. Run once:
// node test/corpus/tools/build-honghe-xian-2018.mjs
import { newWorkbook, put, putRate, save, sheet } from './held-out-sheet.mjs';

const wb = newWorkbook();
const ws = sheet(wb, '“三公”经费决算统计表', [30, 8, 14, 14, 14, 14]);
put(ws, 1, ['红河县2017年“三公”经费决算统计表']);
ws.mergeCells('A1:F1');
put(ws, 2, ['单位:万元']);
ws.mergeCells('A2:F2');
put(ws, 3, ['项 目', '行次', '2017年决算数', '2018年决算数', '2017年决算比上年增减情况', '']);
put(ws, 4, ['栏 次', '', '', '', '增加额', '增加幅度']);
for (const col of [2, 3, 4]) ws.mergeCells(3, col, 4, col);
ws.mergeCells('E3:F3');
[
  ['(一)支出合计', '2', '1,131.15', '1,224.42', '93.27', '8.25%'],
  ['1.因公出国(境)费', '3', '', '4.20', '', ''],
  ['2.公务用车购置及运行维护费', '4', '806.15', '872.60', '66.45', '8.24%'],
  ['(1)公务用车购置费', '5', '21.28', '28.19', '6.91', '32.47%'],
  ['(2)公务用车运行维护费', '6', '784.87', '844.41', '59.54', '7.59%'],
  ['3.公务接待费', '7', '325.01', '347.62', '22.61', '6.96%'],
  ['(1)国内接待费', '8', '325.01', '347.62', '22.61', '6.96%'],
  ['其中:外事接待费', '9', '3.17', '0.90', '-2.27', '-71.61%'],
  ['(2)国(境)外接待费', '10', '', '', '', ''],
].forEach((r, i) => {
  put(ws, 5 + i, r.slice(0, 5), 2);
  if (r[5]) putRate(ws, 5 + i, 6, r[5]);
});

await save(wb, 'honghe-xian-2018.xlsx');
