// Builds tables/workbooks/guojia-pingheng-1996.xlsx: 8-2 国家财政收支平衡表 (1996, 单位:亿元), as 国家统计局's statistical
// yearbook page gives it (http://www.stats.gov.cn/ndsj/information/nj98n/H8-2C.htm). A whole country's 决算 balance in one
// figure column headed by the year alone ('1996'): a 经常性收支项目 section (经常性收入合计 over four items, one of them
// negative: 非生产性企业亏损补贴 -129.24; 经常性支出合计 over five; 经常性预算节余), a 建设性收支项目 section with its own
// 收入 and 支出 sub-heads, the 经常性预算节余 carried in as 经常性预算结余 (both spellings as printed), a 建设性预算收支差额 (a
// deficit, printed positive), 收入总计 and 支出总计 that do not balance (7407.99 against 7937.55: the deficit), and the 债务
// 收入 lines and the debt spending they fund. Section heads printed with no figure; rows as the page orders them; the
// page's blank spacer columns left out. Run once: node test/corpus/tools/build-guojia-pingheng-1996.mjs
import { newWorkbook, put, save, sheet } from './held-out-sheet.mjs';

const wb = newWorkbook();
const ws = sheet(wb, '国家财政收支平衡表', [44, 14]);
put(ws, 1, ['8-2 国家财政收支平衡表']);
ws.mergeCells('A1:B1');
put(ws, 2, ['', '单位:亿元']);
put(ws, 3, ['项 目', '1996']);
[
  ['经常性收支项目', ''],
  ['经常性收入合计', '7154.36'],
  ['各项税收', '6571.41'],
  ['非生产性企业亏损补贴', '-129.24'],
  ['国家预算调节基金收入', '11.09'],
  ['其他经常性收入', '701.1'],
  ['经常性支出合计', '6014.96'],
  ['非生产性基本建设支出', '288.84'],
  ['事业发展和社会保障支出', '2294.44'],
  ['国家政权建设支出', '1848.8'],
  ['价格补贴支出', '453.91'],
  ['其他经常性支出', '1096.77'],
  ['经常性预算节余', '1139.4'],
  ['建设性收支项目', ''],
  ['收入', ''],
  ['经常性预算结余', '1139.4'],
  ['专项建设性收入', '461.79'],
  ['生产性企业亏损补贴', '-208.16'],
  ['建设性收入合计', '1393.03'],
  ['建设性预算收支差额', '529.56'],
  ['收入总计(扣除经常性结余)', '7407.99'],
  ['债务收入', '1967.28'],
  ['弥补中央预算收支差额的国内债务收入', '608.84'],
  ['用于归还国内外债务本息的债务收入', '1238.93'],
  ['国外借款收入', '116.1'],
  ['用于安排重点建设支出的国外借款收入', '3.41'],
  ['支出', ''],
  ['生产性基本建设支出', '618.6'],
  ['挖潜改造和新产品试制费', '523.02'],
  ['支援农业生产支出', '258.77'],
  ['城市维护建设支出', '336.49'],
  ['其他建设性支出', '185.71'],
  ['建设性支出合计', '1922.59'],
  ['支出总计', '7937.55'],
  ['国内外债务还本付息支出', '1311.91'],
  ['利用国外借款安排的重点建设支出', '3.41'],
  ['债务收入大于支出部分结转下年', '43.12'],
].forEach((r, i) => put(ws, 4 + i, r, 2));

await save(wb, 'guojia-pingheng-1996.xlsx');
