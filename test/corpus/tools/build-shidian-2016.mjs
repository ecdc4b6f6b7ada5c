// Builds tables/workbooks/shidian-2016.xlsx: 施甸县2016年“三公”经费决算情况统计表 (单位:万元), as 施甸县财政局's page
// gives it (云南保山, https://shidian.gov.cn/info/4163/808803.htm): a 决算 table with 上年决算数 | 本年决算数 | 比上年增、减情况
// (增、减金额 | 增、减幅度) under a two-row merged header, and the 口径说明 under it. The 增、减幅度 cells are percentages
// written as the page prints them ('-7.03%', '-21.9%', '-100%'): stored as numbers with a percent format. Run once:
// node test/corpus/tools/build-shidian-2016.mjs
import { newWorkbook, put, putRate, save, sheet } from './held-out-sheet.mjs';

const wb = newWorkbook();
const ws = sheet(wb, '“三公”经费决算情况统计表', [30, 14, 14, 14, 14]);
put(ws, 1, ['附件.']);
put(ws, 2, ['施甸县2016年“三公”经费决算情况统计表']);
ws.mergeCells('A2:E2');
put(ws, 3, ['单位:万元']);
ws.mergeCells('A3:E3');
put(ws, 4, ['项目', '上年决算数', '本年决算数', '比上年增、减情况', '']);
put(ws, 5, ['', '', '', '增、减金额', '增、减幅度']);
ws.mergeCells('A4:A5');
ws.mergeCells('B4:B5');
ws.mergeCells('C4:C5');
ws.mergeCells('D4:E4');
[
  ['合计', '2911.47', '2706.86', '-204.61', '-7.03%'],
  ['1.因公出国(境)费', '13.06', '10.20', '-2.86', '-21.9%'],
  ['2.公务接待费', '1679.69', '1590.94', '-88.75', '-5.28%'],
  ['3.公务用车购置及运行费', '1218.72', '1105.72', '-113', '-9.27%'],
  ['其中:(1)公务用车购置费', '14.80', '0', '-14.8', '-100%'],
  ['(2)公务用车运行费', '1203.92', '1105.72', '-98.2', '-8.16%'],
].forEach((r, i) => {
  const row = 6 + i;
  put(ws, row, r.slice(0, 4), 2);
  putRate(ws, row, 5, r[4]);
});
put(ws, 12, ['“三公”经费口径说明']);
ws.mergeCells('A12:E12');
put(ws, 13, [
  '一、按照党中央、国务院有关文件及部门预算管理有关规定,纳入省级财政预决算管理的“三公”经费,是指省级部门用财政拨款安排的因公出国(境)费、公务用车购置及运行费和公务接待费。' +
    '其中,因公出国(境)费反映单位公务出国(境)的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出;公务用车购置及运行费反映单位公务用车购置费及租用费、燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出;公务接待费反映单位按规定开支的各类公务接待(含外宾接待)支出。',
]);
ws.mergeCells('A13:E13');
put(ws, 14, ['二、“三公”经费决算数:指省级各部门(含下属单位)用财政拨款(含上年结转结余和当年预算)安排的因公出国(境)费、公务用车购置及运行维护费和公务接待费支出数。']);
ws.mergeCells('A14:E14');
put(ws, 15, ['三、2016年使用省本级财政拨款安排“三公”经费的预算部门均纳入统计范围。云南省省本级各部门“三公”经费,由各部门在其部门门户网站上与部门决算一同公开。']);
ws.mergeCells('A15:E15');

await save(wb, 'shidian-2016.xlsx');
