// Builds tables/workbooks/shouxian-sifaju-2022.xlsx: 寿县司法局 2022年一般公共预算“三公”经费支出预算表 (单位:万元), as the
// 寿县 government's page gives it (安徽淮南, https://www.shouxian.gov.cn/public/118322806/1258999741.html; the page's
// 情况说明 is tables/text/shouxian-sifaju-2022.txt). A horizontal table under a two-row header: “三公”经费合计 | 因公出国(境)费 |
// 公务用车购置及运行费 merged over 小计 | 公务用车购置费 | 公务用车运行费 | 公务接待费 ('公务 接待费' as printed), one row of
// whole 万元. The title keeps its '一、'. Run once: node test/corpus/tools/build-shouxian-sifaju-2022.mjs
import { newWorkbook, put, save, sheet } from './held-out-sheet.mjs';

const wb = newWorkbook();
const ws = sheet(wb, '“三公”经费支出预算表', [16, 14, 12, 14, 14, 12]);
put(ws, 1, ['一、2022年一般公共预算“三公”经费支出预算表']);
ws.mergeCells('A1:F1');
put(ws, 2, ['单位:万元']);
ws.mergeCells('A2:F2');
put(ws, 3, ['“三公”经费合计', '因公出国(境)费', '公务用车购置及运行费', '', '', '公务 接待费']);
put(ws, 4, ['', '', '小计', '公务用车购置费', '公务用车运行费', '']);
ws.mergeCells('A3:A4');
ws.mergeCells('B3:B4');
ws.mergeCells('C3:E3');
ws.mergeCells('F3:F4');
put(ws, 5, ['79', '0', '75', '50', '25', '4'], 1);

await save(wb, 'shouxian-sifaju-2022.xlsx');
