// Builds tables/workbooks/ningguo-jiaotong-2013.xlsx: 宁国市交通运输局 2013年“三公”经费财政拨款支出决算表 (单位:万元), as a
// mirror of the department's page gives it (安徽宣城, https://siseiken.net/OpennessContent/show/875326.html, the path of the
// 宁国 government's OpennessContent pages; the page's 情况说明 is tables/text/ningguo-jiaotong-2013.txt). Two columns
// 项目 | 决算数, the unit in parentheses on its own line, the title with its '一、'; the two 其中 rows under 公务用车购置及运行费
// printed blank. Run once: node test/corpus/tools/build-ningguo-jiaotong-2013.mjs
import { newWorkbook, put, save, sheet } from './held-out-sheet.mjs';

const wb = newWorkbook();
const ws = sheet(wb, '“三公”经费支出决算表', [30, 14]);
put(ws, 1, ['一、2013年“三公”经费财政拨款支出决算表']);
ws.mergeCells('A1:B1');
put(ws, 2, ['(单位:万元)']);
ws.mergeCells('A2:B2');
put(ws, 3, ['项目', '决算数']);
[
  ['合计', '60.6'],
  ['因公出国(境)费', '0'],
  ['公务接待费', '28.1'],
  ['公务用车购置及运行费', '32.5'],
  ['其中:公务用车运行维护费', ''],
  ['公务用车购置费', ''],
].forEach((r, i) => put(ws, 4 + i, r, 2));

await save(wb, 'ningguo-jiaotong-2013.xlsx');
