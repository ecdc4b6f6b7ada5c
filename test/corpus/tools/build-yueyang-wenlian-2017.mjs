// Builds tables/workbooks/yueyang-wenlian-2017.xlsx: 岳阳县文联2017年度“三公”经费预算表 (表3, 单位:万元), as a
// traditional-character mirror of 岳阳县人民政府's page gives it (湖南, https://www.sgf2.com/37584/38146/38352/content_1180752.html),
// converted to simplified characters by hand; the copy prints every 年 as '-' ('2017-度', '比上-'), kept as stored.
// Columns 2017预算数合计 | 公共财政预算拨款 | 政府性基金预算拨款 | 国有资本经营预算拨款: the three 拨款 columns are printed
// 0 on 一、支出合计 and 3、公务用车费 and blank elsewhere. 三、…说明 holds its text in the amount columns. The 备注 is
// cut by the copy after its second point. Run once: node test/corpus/tools/build-yueyang-wenlian-2017.mjs
import { newWorkbook, put, save, sheet } from './held-out-sheet.mjs';

const wb = newWorkbook();
const ws = sheet(wb, '“三公”经费预算表', [36, 16, 16, 16, 16]);
put(ws, 1, ['', '', '', '', '表3']);
put(ws, 2, ['岳阳县文联2017-度“三公”经费预算表']);
ws.mergeCells('A2:E2');
put(ws, 3, ['单位名称:岳阳县文联', '', '', '', '单位:万元']);
put(ws, 4, ['项目', '2017-预算数合计', '公共财政预算拨款', '政府性基金预算拨款', '国有资本经营预算拨款']);
[
  ['一、支出合计', '4.9', '0', '0', '0'],
  ['1、因公出国(境)费用', '0'],
  ['2、公务接待费', '1.8'],
  ['3、公务用车费', '3.1', '0', '0', '0'],
  ['其中:(1)公务用车运行维护费', '3.1'],
  ['(2)公务用车购置', '0'],
  ['二、相关统计数'],
  ['1.因公出国(境)团组数(个)'],
  ['2.因公出国(境)人数(人)'],
  ['3.公务用车购置数(辆)'],
  ['4.公务用车保有量(辆)'],
  ['5.公务接待批次(批)', '35'],
  ['6.公务接待人数(人)', '650'],
].forEach((r, i) => put(ws, 5 + i, r, 2));
put(ws, 18, [
  '三、“三公”经费增减变化原因等说明',
  '2017-”三公“经费预算支出合计4.9万元,比上-增加0.5万元。分项为:因公出国出境费用0;本着厉行节约的原则公务接待费用减少0.2万元,公务用车费用增加0.7万元,由于工作人员交通费用货币化补助、新增工作人员所致。',
]);
ws.mergeCells('B18:E18');
put(ws, 19, [
  '备注:1、“三公”经费包括因公出国(境)费、公务用车购置及运行费和公务接待费。(1)因公出国(境)费,指单位工作人员公务出国(境)的住宿费、旅费、伙食补助费、杂费、培训费等支出。' +
    '(2)公务用车购置及运行费,指单位公务用车购置费及租用费、燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出,公务用车指用于履行公务的机动车辆,包括领导干部专车、一般公务用车和执法执勤用车。' +
    '(3)公务接待费,指单位按规定开支的各类公务接待(含外宾接待)支出。 2、“三公”经费数包括基本支出中的“三公”经费和项目支出中的“三公”经费支出。',
]);
ws.mergeCells('A19:E19');

await save(wb, 'yueyang-wenlian-2017.xlsx');
