// Builds tables/workbooks/fuyuan-zhengfuban-2018.xlsx: 富源县人民政府办公室2018年度“三公”经费预算情况表 (单位:万元), as the
// 富源县人民政府 page gives it under its 情况说明 (云南曲靖, https://www.qjfy.gov.cn/article/public/description/4004.html; the
// page's 情况说明 is tables/text/fuyuan-zhengfuban-2018.txt). A 预算 table with the year's budget before the year before's:
// 本年年初预算数 | 上年年初预算数 | a merged 本年预算比上年增减情况 over 增减额 | 增减幅度, a '部门:' line carrying the unit
// ('部门:富源县人民政府办公室       单位:万元'), empty items blank, the 公务用车 line cut to '3.公务用车购置及运行', and rates
// printed to different precision in one column ('-13%' over '-50.00%' and '0.00%'). The 备注 under the table in one cell, as
// the page prints it. Run once: node test/corpus/tools/build-fuyuan-zhengfuban-2018.mjs
import { newWorkbook, put, putRate, save, sheet } from './held-out-sheet.mjs';

const wb = newWorkbook();
const ws = sheet(wb, '“三公”经费预算情况表', [30, 16, 16, 14, 14]);
put(ws, 1, ['富源县人民政府办公室2018年度“三公”经费预算情况表']);
ws.mergeCells('A1:E1');
put(ws, 2, ['部门:富源县人民政府办公室       单位:万元']);
ws.mergeCells('A2:E2');
put(ws, 3, ['项目', '本年年初预算数', '上年年初预算数', '本年预算比上年增减情况', '']);
put(ws, 4, ['', '', '', '增减额', '增减幅度']);
for (const col of [1, 2, 3]) ws.mergeCells(3, col, 4, col);
ws.mergeCells('D3:E3');
[
  ['合计', '16.4', '18.8', '-2.4', '-13%'],
  ['1.因公出国(境)费', '', '', '', ''],
  ['2.公务接待费', '2.4', '4.8', '-2.4', '-50.00%'],
  ['3.公务用车购置及运行', '14', '14', '0', '0.00%'],
  ['其中:(1)公务用车购置费', '', '', '', ''],
  ['(2)公务用车运行费', '14', '14', '0', '0.00%'],
].forEach((r, i) => {
  put(ws, 5 + i, r.slice(0, 4), 2);
  if (r[4]) putRate(ws, 5 + i, 5, r[4]);
});
put(ws, 11, [
  '备注:\n一、按照党中央、国务院有关文件及部门预算管理有关规定,“三公”经费包括因公出国(境)费、公务用车购置及运行费和公务接待费。' +
    '(1)因公出国(境)费,指单位工作人员公务出国(境)的住宿费、旅费、伙食补助费、杂费、培训费等支出。' +
    '(2)公务用车购置及运行费,指单位公务用车购置费及租用费、燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出,公务用车指用于履行公务的机动车辆,包括领导干部专车、一般公务用车和执法执勤用车。' +
    '(3)公务接待费,指单位按规定开支的各类公务接待(含外宾接待)支出。\n' +
    '二、“三公”经费增减变化原因说明:实行厉行节约。',
]);
ws.mergeCells('A11:E11');

await save(wb, 'fuyuan-zhengfuban-2018.xlsx');
