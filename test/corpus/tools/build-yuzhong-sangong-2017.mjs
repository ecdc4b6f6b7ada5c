// Builds tables/workbooks/yuzhong-sangong-2017.xlsx: 2017年渝中区“三公”经费汇总情况表 (单位:万元), the 区's 部门 summed, as
// 渝中区's page gives it (重庆, https://www.cqyz.gov.cn/zwgk_229/fdzdgknr/czyjs/yzq_js/qjjs/201701/t20170126_6193287.html;
// the page, its table flattened one cell a line, is narrative 141 and 48). Horizontal, one row of whole 万元 under a
// two-row header: 合计 | 因公出国 | 公务用车购置及运行维护 merged over 小计 | 公务用车购置 | 公车运行及维护 | 公务接待费. The
// row prints five figures for the six columns: the 小计 is left blank — the paragraph above the table gives 因公出国 100,
// 公务用车购置 692, 公车运行及维护 4612 and 公务接待费 430, which fixes the place of each (100 + 692 + 4612 + 430 = 5834).
// The title keeps the copy's space ('2017年渝中区 “三公”…'). Run once: node test/corpus/tools/build-yuzhong-sangong-2017.mjs
import { newWorkbook, put, save, sheet } from './held-out-sheet.mjs';

const wb = newWorkbook();
const ws = sheet(wb, '“三公”经费汇总情况表', [10, 10, 10, 14, 14, 12]);
put(ws, 1, ['2017年渝中区 “三公”经费汇总情况表']);
ws.mergeCells('A1:F1');
put(ws, 2, ['', '', '', '', '', '单位:万元']);
put(ws, 3, ['合计', '因公出国', '公务用车购置及运行维护', '', '', '公务接待费']);
put(ws, 4, ['', '', '小计', '公务用车购置', '公车运行及维护', '']);
ws.mergeCells('A3:A4');
ws.mergeCells('B3:B4');
ws.mergeCells('C3:E3');
ws.mergeCells('F3:F4');
put(ws, 5, ['5834', '100', '', '692', '4612', '430'], 1);

await save(wb, 'yuzhong-sangong-2017.xlsx');
