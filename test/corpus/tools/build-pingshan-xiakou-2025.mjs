// Builds tables/workbooks/pingshan-xiakou-2025.xlsx: the 收支总表 of 平山县下口镇财政所's 2025 部门预算 (单位:万元), as
// 平山县人民政府's page gives it (河北石家庄, http://sjzps.gov.cn/columns/8c34b9fc-2d44-4c13-8d2e-7f0756666cac/202502/14/8f3bb61a-6947-43ce-bb7b-825682e197fd.html;
// the page, its table flattened one cell a line, is narrative 657). No title above the table: the copy opens at the
// unit's line '920平山县下口镇财政所 | 预算年度:2025 | 单位:万元' (the unit code printed before its name), so the sheet
// is named by the section the page files it under, 部门预算公开表. A 序号 column (1…34) merged over the two header rows
// before 收入 | 支出, each 项 目 | 预算数, and a 栏次 row (1 | 2 | 3 | 4); 收入 rows 一 to 五 (五、单位资金), 支出 一 to
// 三十一 (三十一、人行科目), every empty figure blank; 本年收入合计 | 本年支出合计, 上年结转结余 | 年终结转结余 (blank) and
// 收入总计 | 支出总计 with their 序号 32–34. Run once: node test/corpus/tools/build-pingshan-xiakou-2025.mjs
import { newWorkbook, put, save, sheet } from './held-out-sheet.mjs';

const wb = newWorkbook();
const ws = sheet(wb, '部门预算公开表', [6, 30, 12, 34, 12]);
put(ws, 1, ['920平山县下口镇财政所', '', '预算年度:2025', '', '单位:万元']);
ws.mergeCells('A1:B1');
put(ws, 2, ['序号', '收入', '', '支出', '']);
ws.mergeCells('A2:A3');
ws.mergeCells('B2:C2');
ws.mergeCells('D2:E2');
put(ws, 3, ['', '项 目', '预算数', '项 目', '预算数']);
put(ws, 4, ['栏次', '1', '2', '3', '4'], 2);

const income = [
  ['一、一般公共预算拨款收入', '675.82'],
  ['二、政府性基金预算拨款收入', ''],
  ['三、国有资本经营预算拨款收入', ''],
  ['四、财政专户管理资金收入', ''],
  ['五、单位资金', ''],
];
const expense = [
  ['一、一般公共服务支出', '516.39'], ['二、外交支出', ''], ['三、国防支出', ''], ['四、公共安全支出', ''],
  ['五、教育支出', ''], ['六、科学技术支出', ''], ['七、文化旅游体育与传媒支出', ''], ['八、社会保障和就业支出', '98.25'],
  ['九、社会保险基金支出', ''], ['十、卫生健康支出', '21.53'], ['十一、节能环保支出', ''], ['十二、城乡社区支出', ''],
  ['十三、农林水支出', '14.54'], ['十四、交通运输支出', ''], ['十五、资源勘探工业信息等支出', ''], ['十六、商业服务业等支出', ''],
  ['十七、金融支出', ''], ['十八、援助其他地区支出', ''], ['十九、自然资源海洋气象等支出', ''], ['二十、住房保障支出', '39.65'],
  ['二十一、粮油物资储备支出', ''], ['二十二、国有资本经营预算支出', ''], ['二十三、灾害防治及应急管理支出', ''],
  ['二十四、预备费', ''], ['二十五、其他支出', ''], ['二十六、转移性支出', ''], ['二十七、债务还本支出', ''],
  ['二十八、债务付息支出', ''], ['二十九、债务发行费用支出', ''], ['三十、抗疫特别国债安排的支出', ''], ['三十一、人行科目', ''],
];
// The 序号 and the 栏次 digits written as numbers, as a spreadsheet export holds them.
expense.forEach((r, i) => put(ws, 5 + i, [String(i + 1), ...(income[i] ?? ['', '']), ...r], 1));
let row = 5 + expense.length;
put(ws, row++, ['32', '本年收入合计', '675.82', '本年支出合计', '690.36'], 1);
put(ws, row++, ['33', '上年结转结余', '14.54', '年终结转结余', ''], 1);
put(ws, row, ['34', '收入总计', '690.36', '支出总计', '690.36'], 1);

await save(wb, 'pingshan-xiakou-2025.xlsx');
