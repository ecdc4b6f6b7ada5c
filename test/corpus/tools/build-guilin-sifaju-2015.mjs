// Builds tables/workbooks/guilin-sifaju-2015.xlsx: 2015年桂林市司法局部门“三公”经费情况统计表 (单位：万元), as a copy of
// the published page on a third-party site gives it (http://honghao99.com/html/contentscontent-2015-3-18-781197.html).
// Vertical: 本年预算数 | 其中：公共预算财政拨款. As printed, 3.公务用车费 is 0 while its 其中 (1)公务用车运行维护费 is 32.65
// (the 合计 34.35 = 1.70 + 32.65 follows the 其中 rows). Run once: node test/corpus/tools/build-guilin-sifaju-2015.mjs
import { newWorkbook, put, save, sheet } from './held-out-sheet.mjs';

const wb = newWorkbook();
const ws = sheet(wb, '“三公”经费情况统计表', [34, 16, 24]);
put(ws, 1, ['2015年桂林市司法局部门“三公”经费情况统计表']);
ws.mergeCells('A1:C1');
put(ws, 2, ['', '', '单位:万元']);
put(ws, 3, ['项 目', '本年预算数', '其中:公共预算财政拨款']);
[
  ['合 计', '34.35', '34.35'],
  ['1.因公出国(境)费用', '0', '0'],
  ['2.公务接待费', '1.70', '1.70'],
  ['3.公务用车费', '0', '0'],
  ['其中:(1)公务用车运行维护费', '32.65', '32.65'],
  ['(2)公务用车购置', '0', '0'],
].forEach((r, i) => put(ws, 4 + i, r, 2));
put(ws, 10, [
  '注:按照财政部和部门预算管理的有关规定,“三公”经费包括在部门预算基本支出和项目支出中安排的因公出国(境)经费、公务用车购置及运行费和公务接待费。' +
    '其中:(1)因公出国(境)经费反映单位工作人员公务出国(境)的住宿费、差旅费、伙食补助费、杂费、培训费等支出。' +
    '(2)公务用车购置及运行费反映单位公务用车购置费及租用费、燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出,公务用车指用于履行公务的机动车辆,包括一般公务用车和执法执勤用车。' +
    '(3)公务接待费反映单位按规定开支的各类公务接待(含外宾接待)支出',
]);
ws.mergeCells('A10:C10');

await save(wb, 'guilin-sifaju-2015.xlsx');
