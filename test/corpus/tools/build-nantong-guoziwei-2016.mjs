// Builds tables/workbooks/nantong-guoziwei-2016.xlsx: 2016年市国资委财政拨款“三公”经费预算表 of 南通市人民政府国有资产
// 监督管理委员会 (金额单位：万元), as the stored copy of its page gives it (http://gzw.nantong.gov.cn/ntsgzw/bmyjshsg/content/
// ae192308-2880-4f59-87b1-2c3334e66205.html). A vertical table: 小计 | 其中：一般公共预算安排数, the 因公出国（境）费 cells
// printed '单位不需填列', 会议费 and 培训费 listed after the “三公” total as 二、三、 (not part of it), ASCII punctuation and
// indentation as the copy prints them. Run once: node test/corpus/tools/build-nantong-guoziwei-2016.mjs
import { newWorkbook, put, save, sheet } from './held-out-sheet.mjs';

const wb = newWorkbook();
const ws = sheet(wb, '“三公”经费预算表', [36, 16, 22]);
put(ws, 1, ['2016年市国资委财政拨款“三公”经费预算表']);
ws.mergeCells('A1:C1');
put(ws, 2, ['', '', '金额单位:万元']);
put(ws, 3, ['项目', '2016年预算数', '']);
ws.mergeCells('B3:C3');
put(ws, 4, ['', '小计', '其中:一般公共预算安排数']);
ws.mergeCells('A3:A4');
[
  ['一、“三公”经费合计', '21.63', '21.63'],
  ['(一)因公出国(境)费', '单位不需填列', '单位不需填列'],
  ['(二)公务接待费', '14.83', '14.83'],
  ['(三)公务用车费', '6.8', '6.8'],
  ['      1.公务用车购置费', '', ''],
  ['      2.公务用车运行维护费', '6.8', '6.8'],
  ['二、会议费', '7.59', '7.59'],
  ['三、培训费', '15.86', '15.86'],
].forEach((r, i) => put(ws, 5 + i, r, 2));
put(ws, 13, [
  '注:按照党中央、国务院有关文件及部门预算管理有关规定,“三公”经费包括因公出国(境)费、公务接待费、公务用车费。' +
    '(1)因公出国(境)费,指单位工作人员公务出国(境)的住宿费、旅费、伙食补助费、杂费、培训费等支出。单位部门预算中不安排因公出国(境)经费,' +
    '实际出国(境)时,财政部门根据市委、市政府批准的计划和按标准核定的经费数额追加单位预算指标。实际执行情况在部门决算中公开。' +
    '(2)公务用车费指单位公务用车购置费及租用费、燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出,公务用车指用于履行公务的机动车辆。' +
    '(3)公务接待费,指单位按规定开支的各类公务接待(含外宾接待)支出。',
]);
ws.mergeCells('A13:C13');

await save(wb, 'nantong-guoziwei-2016.xlsx');
