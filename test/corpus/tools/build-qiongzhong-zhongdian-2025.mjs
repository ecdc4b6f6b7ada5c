// Builds tables/workbooks/qiongzhong-zhongdian-2025.xlsx: the 财政拨款收支总表 of 琼中县重大项目推进协调服务中心's 2025年部门(单位)
// 预算公开表 (金额单位:万元), as the stored copy of its page gives it (海南, https://m.bidcenter.com.cn/news-1-340040819.html, a
// copy of the 琼中县 publication; the page, its tables flattened one row a line with '|', is narrative 662). Two-sided:
// 收入 项目 | 预算数, 支出 项目 | 合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算; 一、本年收入 over its three 资金 and
// 一、本年支出 over every 类 of the 2025 list, unnumbered, most blank; two 类 names masked by the copying site ('(略) 支出',
// '援助 (略) 支出') kept as printed; 二、上年结转 (three 拨款 rows, blank) | 二、结转下年 (blank); 收入总计 | 支出总计. The copy
// goes on into the 一般公共预算支出表 and stops at its head ('支出功能分类科目 | 2025年预算数', then '科'), so only this table is
// whole. Run once: node test/corpus/tools/build-qiongzhong-zhongdian-2025.mjs
import { newWorkbook, put, save, sheet } from './held-out-sheet.mjs';

const wb = newWorkbook();
const ws = sheet(wb, '财政拨款收支总表', [26, 12, 28, 12, 14, 14, 16]);
put(ws, 1, ['财政拨款收支总表']);
ws.mergeCells('A1:G1');
put(ws, 2, ['金额单位:万元']);
ws.mergeCells('A2:G2');
put(ws, 3, ['收入', '', '支出']);
ws.mergeCells('A3:B3');
ws.mergeCells('C3:G3');
put(ws, 4, ['项目', '预算数', '项目', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算']);

const income = [
  ['一、本年收入', '78.50'],
  ['一般公共预算资金', '78.50'],
  ['政府性基金预算资金', ''],
  ['国有资本经营预算资金', ''],
];
const expense = [
  ['一、本年支出', '78.50', '78.50'], ['一般公共服务支出', '59.22', '59.22'], ['外交支出'], ['国防支出'], ['公共安全支出'],
  ['教育支出'], ['科学技术支出'], ['文化旅游体育与传媒支出'], ['社会保障和就业支出', '8.54', '8.54'], ['社会保险基金支出'],
  ['卫生健康支出', '5.99', '5.99'], ['节能环保支出'], ['(略) 支出'], ['农林水支出'], ['交通运输支出'],
  ['资源勘探工业信息等支出'], ['商业服务业等支出'], ['金融支出'], ['援助 (略) 支出'], ['自然资源海洋气象等支出'],
  ['住房保障支出', '4.75', '4.75'], ['粮油物资储备支出'], ['国有资本经营预算支出'], ['灾害防治及应急管理支出'], ['预备费'],
  ['其他支出'], ['转移性支出'], ['债务还本支出'], ['债务付息支出'], ['债务发行费用支出'], ['抗疫特别国债安排的支出'],
  ['公务员医疗补助支出'],
];
expense.forEach((r, i) => put(ws, 5 + i, [...(income[i] ?? ['', '']), r[0], r[1] ?? '', r[2] ?? ''], 2));
let row = 5 + expense.length;
put(ws, row++, ['二、上年结转', '', '二、结转下年']);
put(ws, row++, ['(一)一般公共预算拨款']);
put(ws, row++, ['(二)政府性基金预算拨款']);
put(ws, row++, ['(三)国有资本经营预算拨款']);
put(ws, row, ['收入总计', '78.50', '支出总计', '78.50', '78.50'], 2);

await save(wb, 'qiongzhong-zhongdian-2025.xlsx');
