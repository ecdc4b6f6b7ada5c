// Builds tables/workbooks/fengxin-sangong-2023.xlsx: 奉新县's 2023 “三公”经费预算 table, the 县级部门 summed (单位:万元), as
// 奉新县人民政府's page gives it (江西宜春, http://www.fengxin.gov.cn/fxxrmzf/zfndczyjs/202311/65763d1650cd466eb4f64c737039d7c0.shtml;
// the page, its table flattened one row a line with '|', is narrative 149). The stored copy prints no title above the
// table (it opens at '单位:万元'); columns 项目 | 2022年预算数 | 2023年预算数 | 2023年预算数增减 | 增减原因, the last a
// column of sentences (blank on 合计 and on 3、公务用车费, whose reasons stand on its 其中 rows); changes printed with a
// minus sign ('-124.68'); '0' printed for 因公出国; the 说明 paragraph in one cell merged over the five columns, as the
// copy's '说明:… | ||||' row prints it. Run once: node test/corpus/tools/build-fengxin-sangong-2023.mjs
import { newWorkbook, put, save, sheet } from './held-out-sheet.mjs';

const wb = newWorkbook();
const ws = sheet(wb, '“三公”经费预算表', [30, 14, 14, 16, 60]);
put(ws, 1, ['单位:万元']);
ws.mergeCells('A1:E1');
put(ws, 2, ['项目', '2022年预算数', '2023年预算数', '2023年预算数增减', '增减原因']);
const rows = [
  ['合计', '2378.77', '2415.44', '36.67', ''],
  ['1、因公出国(境)费用', '0', '0', '0', '落实县委县政府制定的《关于贯彻落实严把财政支出关口坚持过紧日子要求的十八条措施》,从严从紧控制出国经费。'],
  ['2、公务接待费', '1114.54', '989.86', '-124.68', '严格执行中央八项规定及压减一般性支出要求,减少公务接待。'],
  ['3、公务用车费', '1264.23', '1425.58', '161.35', ''],
  ['其中:(1)公务用车运转维护费', '1007.23', '898.22', '-109.01', '公务用车改革后,取消部分单位公务用车,厉行勤俭节约,减少相关支出。'],
  ['(2)公务用车购置费', '257.00', '527.36', '270.36', '根据疫情防控、弥补基层执法执勤车辆不足和保障校园日常运转等因素需求,新增负压救护车、执法执勤车辆和校车等车辆。'],
];
rows.forEach((r, i) => put(ws, 3 + i, r, 2));
const note = 3 + rows.length;
put(ws, note, [
  '说明:1、按照党中央、国务院有关文件及部门预算管理有关规定,“三公”经费包括因公出国(境)费、公务用车购置及运行费和公务接待费。(1)因公出国(境)费,指单位工作人员公务出国(境)的住宿费、旅费、伙食补助费、杂费、培训费等支出。(2)公务接待费,指单位按规定开支的各类公务接待(含外宾接待)支出。(3)公务用车购置及运行费,指单位公务用车购置费及租用费、燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出,公务用车指用于履行公务的机动车辆,包括一般公务用车和执法执勤用车。',
]);
ws.mergeCells(note, 1, note, 5);

await save(wb, 'fengxin-sangong-2023.xlsx');
