// Builds tables/workbooks/yueyang-xian-2015.xlsx: 岳阳县2015年“三公”经费汇总情况决算表 (单位:万元) from a traditional-character
// mirror of the 岳阳县 page (湖南, http://cnzheou.com/37584/38146/67122/67124/content_2034381.html), converted to simplified
// characters by hand, figures and punctuation as stored (the mirror's '-' for 年 kept: '2015-', '本-预算数'). A 决算 table
// whose one figure column is headed 本年预算数 (its 注 3 says the 决算 equals the 预算); the 注 in one cell under it, with a
// count of cars (329台). Run once: node test/corpus/tools/build-yueyang-xian-2015.mjs
import { newWorkbook, put, save, sheet } from './held-out-sheet.mjs';

const wb = newWorkbook();
const ws = sheet(wb, '“三公”经费汇总情况决算表', [34, 16]);
put(ws, 1, ['岳阳县2015-“三公”经费汇总情况决算表']);
ws.mergeCells('A1:B1');
put(ws, 2, ['单位:万元']);
ws.mergeCells('A2:B2');
put(ws, 3, ['项目', '本-预算数']);
[
  ['合计', '3318'],
  ['1、因公出国(境)费用', '0'],
  ['2、公务接待费', '1372'],
  ['3、公务用车费', '1946'],
  ['其中:(1)公务用车运行维护费', '1946'],
  ['(2)公务用车购置', '0'],
].forEach((r, i) => put(ws, 4 + i, r, 2));
put(ws, 10, [
  '注:1、按照党中央、国务院有关文件及部门预算管理有关规定,“三公”经费包括因公出国(境)费、公务用车购置及运行费和公务接待费。' +
    '(1)因公出国(境)费,指单位工作人员公务出国(境)的住宿费、旅费、伙食补助费、杂费、培训费等支出。' +
    '(2)公务用车购置及运行费,指单位公务用车购置费及租用费、燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出,公务用车指用于履行公务的机动车辆,包括领导干部专车、一般公务用车和执法执勤用车。' +
    '(3)公务接待费,指单位按规定开支的各类公务接待(含外宾接待)支出。 ' +
    '2、2015-三公经费统计范围扩大到所有的一级预算部门(单位)和独立核算的二级机构。 ' +
    '3、2015-本级财政拨款的“三公”经费决算数等同于预算数,即2015-财政拨款的三公经费完全按照预算数执行,中途并无追加减。 ' +
    '4、岳阳县现保有329台公务车,公务接待经费1372万元。',
]);
ws.mergeCells('A10:B10');

await save(wb, 'yueyang-xian-2015.xlsx');
