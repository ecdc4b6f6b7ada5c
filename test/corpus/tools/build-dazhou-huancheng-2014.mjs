// Builds tables/workbooks/dazhou-huancheng-2014.xlsx: 达州市环城公路养护中心 2014年“三公”经费预算财政拨款情况统计表
// (单位:万元), as 达州市交通运输局's page gives it (四川达州, http://jtj.dazhou.gov.cn/xxgk-show-16182.html), below the
// page's three paragraphs: one column 本年预算数, empty items left blank (not 0). Run once:
// node test/corpus/tools/build-dazhou-huancheng-2014.mjs
import { newWorkbook, put, save, sheet } from './held-out-sheet.mjs';

const wb = newWorkbook();
const ws = sheet(wb, '“三公”经费预算情况统计表', [34, 16]);
put(ws, 1, ['2014年“三公”经费预算财政拨款情况统计表']);
ws.mergeCells('A1:B1');
put(ws, 2, ['', '单位:万元']);
put(ws, 3, ['项 目', '本年预算数']);
[
  ['合 计', '46'],
  ['1.因公出国(境)费用', ''],
  ['2.公务接待费', '8'],
  ['3.公务用车费', '38'],
  ['其中:(1)公务用车运行维护费', '38'],
  ['(2)公务用车购置', ''],
].forEach((r, i) => put(ws, 4 + i, r, 2));

await save(wb, 'dazhou-huancheng-2014.xlsx');
