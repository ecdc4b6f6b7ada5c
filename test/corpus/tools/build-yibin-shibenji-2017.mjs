// Builds tables/workbooks/yibin-shibenji-2017.xlsx: 宜宾市本级2017年“三公”经费决算汇总表, as 宜宾市人民政府's page gives it
// (四川宜宾, http://www.yibin.gov.cn/xxgk/czyjs/sbjczyjs/sgjf/jsqksm/201809/t20180918_61730.html; the page, its table flattened
// one cell a line, is narrative 224). Two columns, 项目 | 2017年决算(万元) — the unit inside the column head — and no 合计 row
// (the total, 3825, is only in the text above); thousands separators ('1,014'); the title printed after '附表:' in one line.
// Run once: node test/corpus/tools/build-yibin-shibenji-2017.mjs
import { newWorkbook, put, save, sheet } from './held-out-sheet.mjs';

const wb = newWorkbook();
const ws = sheet(wb, '“三公”经费决算汇总表', [30, 20]);
put(ws, 1, ['附表:宜宾市本级2017年“三公”经费决算汇总表']);
ws.mergeCells('A1:B1');
put(ws, 2, ['项目', '2017年决算(万元)']);
[
  ['因公出国(境)经费', '99'],
  ['公务接待费', '1,014'],
  ['公务用车购置及运行维护费', '2,712'],
  ['其中:公务用车购置费', '0'],
  ['公务用车运行维护费', '2,712'],
].forEach((r, i) => put(ws, 3 + i, r, 2));

await save(wb, 'yibin-shibenji-2017.xlsx');
