// Builds tables/workbooks/kaiyuan-2017.xlsx: 开远市2017年“三公”经费预算财政拨款情况统计表, as a traditional-character mirror of
// 开远市财政局's page gives it (云南红河, https://kacgn.cn/info/6131/478282.htm, the path of the 开远 government's info pages;
// the page's 情况说明 is tables/text/kaiyuan-2017.txt), converted to simplified characters by hand. One horizontal row of
// whole 万元 for each of two years side by side: 2016年预算数 and 2017年预算数, each over 合计 | 因公出国(境)费 |
// 公务用车购置及运行费 (小计 | 公务用车购置费 | 公务用车运行费) | 公务接待费, a three-row header with the heads broken inside
// their cells ('公务\n接待\n费') as printed. The copy prints no unit line (the 情况说明 gives the same figures in 万元) and
// leaves empty items blank. Run once: node test/corpus/tools/build-kaiyuan-2017.mjs
import { newWorkbook, put, save, sheet } from './held-out-sheet.mjs';

const wb = newWorkbook();
const ws = sheet(wb, '“三公”经费预算统计表', [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10]);
put(ws, 1, ['开远市2017年“三公”经费预算财政拨款情况统计表']);
ws.mergeCells('A1:L1');
put(ws, 2, ['2016年预算数', '', '', '', '', '', '2017年预算数']);
ws.mergeCells('A2:F2');
ws.mergeCells('G2:L2');
const group = ['合计', '因公出国\n(境)费', '公务用车购置及运行费', '', '', '公务\n接待\n费'];
put(ws, 3, [...group, ...group]);
const car = ['', '', '小计', '公务用\n车购置\n费', '公务用\n车运行\n费', ''];
put(ws, 4, [...car, ...car]);
for (const first of [1, 7]) {
  ws.mergeCells(3, first, 4, first);
  ws.mergeCells(3, first + 1, 4, first + 1);
  ws.mergeCells(3, first + 2, 3, first + 4);
  ws.mergeCells(3, first + 5, 4, first + 5);
}
put(ws, 5, ['2908', '', '1540', '', '1540', '1368', '2310', '20', '1054', '', '1054', '1236'], 1);

await save(wb, 'kaiyuan-2017.xlsx');
