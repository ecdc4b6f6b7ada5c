// Builds tables/workbooks/chizhou-zhengfuban-2020.xlsx: 池州市人民政府办公室's 2020年“三公”经费支出预算表 (单位:万元), as
// 池州市人民政府's page gives it (安徽, http://chizhou.gov.cn/OpennessContent/show/850336.html; the page's 情况说明 is
// tables/text/chizhou-zhengfuban-2020.txt). Vertical, 项目 | 预算数, the title with its '一、' and the unit on its own line;
// figures printed with two decimals, 公务用车购置及运行费 printed 0.00 and its two 其中 rows (公务用车运行维护费, 公务用车购置费)
// left blank. Run once: node test/corpus/tools/build-chizhou-zhengfuban-2020.mjs
import { newWorkbook, put, save, sheet } from './held-out-sheet.mjs';

const wb = newWorkbook();
const ws = sheet(wb, '“三公”经费支出预算表', [30, 14]);
put(ws, 1, ['一、2020年“三公”经费支出预算表']);
ws.mergeCells('A1:B1');
put(ws, 2, ['单位:万元']);
ws.mergeCells('A2:B2');
put(ws, 3, ['项目', '预算数']);
[
  ['合计', '142.40'],
  ['因公出国(境)费', '100.00'],
  ['公务接待费', '42.40'],
  ['公务用车购置及运行费', '0.00'],
  ['其中:公务用车运行维护费', ''],
  ['公务用车购置费', ''],
].forEach((r, i) => put(ws, 4 + i, r, 2));

await save(wb, 'chizhou-zhengfuban-2020.xlsx');
