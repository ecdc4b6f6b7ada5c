// Builds tables/workbooks/changning-kasi-2024.xlsx: 2024年昌宁县卡斯镇“三公”经费预算财政拨款情况统计表 (单位:万元), as the
// 卡斯镇 page gives it (云南保山, https://yncn.gov.cn/info/3720/9210120.htm): a 预算 table with 2023年预算数 | 2024年预算数 |
// 比上年增、减情况 (增、减金额 | 增、减幅度) under a two-row merged header, empty items left blank, the 公务用车购置及运行费
// line with a blank change, its 运行费 line with a change printed '0' and a rate printed '0' (no %), and the 注 in one cell
// under the table. Rates are whole percentages ('22%', '133%'), stored as numbers with a percent format. Run once:
// node test/corpus/tools/build-changning-kasi-2024.mjs
import { newWorkbook, put, putChangeTable, save, sheet } from './held-out-sheet.mjs';

const wb = newWorkbook();
const ws = sheet(wb, '“三公”经费预算统计表', [30, 14, 14, 14, 14]);
putChangeTable(ws, 1, {
  title: '2024年昌宁县卡斯镇“三公”经费预算财政拨款情况统计表',
  unit: '单位:万元',
  head: ['项目', '2023年预算数', '2024年预算数', '比上年增、减情况', '增、减金额', '增、减幅度'],
  rows: [
    ['合计', '18.15', '22.15', '4', '22%'],
    ['1.因公出国(境)费', '', '', '', ''],
    ['2.公务接待费', '3', '7', '4', '133%'],
    ['3.公务用车购置及运行费', '15.15', '15.15', '', ''],
    ['其中:(1)公务用车购置费', '', '', '', ''],
    ['(2)公务用车运行费', '15.15', '15.15', '0', '0'],
  ],
});
put(ws, 11, [
  '注: 一、按照党中央、国务院有关文件及部门预算管理有关规定,“三公”经费包括因公出国(境)费、公务用车购置及运行费和公务接待费。' +
    '(1)因公出国(境)费,指单位工作人员公务出国(境)的住宿费、旅费、伙食补助费、杂费、培训费等支出。' +
    '(2)公务用车购置及运行费,指单位公务用车购置费及租用费、燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出,公务用车指用于履行公务的机动车辆,包括领导干部专车、一般公务用车和执法执勤用车。' +
    '(3)公务接待费,指单位按规定开支的各类公务接待(含外宾接待)支出。 ' +
    '二、“三公”经费增减变化原因说明:因按照2023年预算3万元公务接待费无法满足年内公务接待支出需求,申请调增公务接待指标,2023年公务接待费决算数为7万元。',
]);
ws.mergeCells('A11:E11');

await save(wb, 'changning-kasi-2024.xlsx');
