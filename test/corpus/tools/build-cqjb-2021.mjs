// Builds tables/workbooks/cqjb-2021.xlsx: 2021年区本级“三公”经费预算支出表 of 重庆市江北区 (单位：万元), as the stored copy
// of the 区政府 page gives it (http://www.cqjb.gov.cn/zwgk_190/zfxxgkml/czyjs/ys/qzf/202104/t20210409_9097453.html):
// two columns, 项目 | 预算数, whole 万元, 公务用车购置及运行维护费 with its two 其中 rows.
// Run once: node test/corpus/tools/build-cqjb-2021.mjs
import { newWorkbook, put, save, sheet } from './held-out-sheet.mjs';

const wb = newWorkbook();
const ws = sheet(wb, '“三公”经费预算支出表', [34, 16]);
put(ws, 1, ['2021年区本级“三公”经费预算支出表']);
ws.mergeCells('A1:B1');
put(ws, 2, ['', '单位:万元']);
put(ws, 3, ['项目', '预算数']);
[
  ['合计', '4432'],
  ['1.因公出国(境)费用', '39'],
  ['2.公务接待费', '323'],
  ['3.公务用车购置及运行维护费', '4070'],
  ['其中:公务用车运行维护费', '2648'],
  ['公务用车购置', '1422'],
].forEach((r, i) => put(ws, 4 + i, r, 2));

await save(wb, 'cqjb-2021.xlsx');
