// Builds tables/workbooks/xuanzhou-shenjiju-2018.xlsx: 宣州区审计局 2018年“三公”经费支出预算表, as the 宣州区 government's
// page gives it (安徽宣城, https://www.xuanzhou.gov.cn/OpennessContent/show/1419978.html; the page's 情况说明 is
// tables/text/xuanzhou-shenjiju-2018.txt). Two columns 项目 | 预 算 数(万元) — the unit inside the column head, no unit line —
// and the title with its '一、'; 公务接待费 and the 公务用车 rows printed blank under a 合计 of 3.1. Run once:
// node test/corpus/tools/build-xuanzhou-shenjiju-2018.mjs
import { newWorkbook, put, save, sheet } from './held-out-sheet.mjs';

const wb = newWorkbook();
const ws = sheet(wb, '“三公”经费支出预算表', [30, 16]);
put(ws, 1, ['一、2018年“三公”经费支出预算表']);
ws.mergeCells('A1:B1');
put(ws, 2, ['项目', '预 算 数(万元)']);
[
  ['合计', '3.1'],
  ['因公出国(境)费', '0'],
  ['公务接待费', ''],
  ['公务用车购置及运行费', ''],
  ['其中:公务用车运行维护费', ''],
  ['公务用车购置', ''],
].forEach((r, i) => put(ws, 3 + i, r, 2));

await save(wb, 'xuanzhou-shenjiju-2018.xlsx');
