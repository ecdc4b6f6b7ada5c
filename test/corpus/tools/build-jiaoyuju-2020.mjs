// Builds tables/workbooks/jiaoyuju-2020.xlsx: 表1 部门收支总表 of a 教育局's 2020 部门预算 (单位：万元), the one table
// the stored copy gives whole (http://www.economicdaily.com.cn/archives/rdxv0wbomqpnl47y3mkj.html, a text layer of the
// published 教育局预算公开表.xls; the locality is not named in the copy). Labels keep the copy's spacing
// ('本 年 收 入 合 计'). The copy lists the right-hand 预算数 column of the first six rows as one block after them
// ('… 六、科学技术支出 2020年预算数 12,204.85'): its one figure there, 12,204.85, is the 教育局's 五、教育支出 (the
// four 类 figures sum to the 本年支出合计 16,745.59 whichever of those rows holds it). Blank cells are left blank.
// Run once: node test/corpus/tools/build-jiaoyuju-2020.mjs
import { newWorkbook, put, save, sheet } from './held-out-sheet.mjs';

const wb = newWorkbook();
const ws = sheet(wb, '部门收支总表', [34, 16, 40, 16]);
put(ws, 1, ['表1']);
put(ws, 2, ['部门收支总表']);
ws.mergeCells('A2:D2');
put(ws, 3, ['', '', '', '单位:万元']);
put(ws, 4, ['收 入', '', '支 出', '']);
ws.mergeCells('A4:B4');
ws.mergeCells('C4:D4');
put(ws, 5, ['项 目', '2020年预算数', '项 目', '2020年预算数']);

const left = [
  ['一、一般公共预算拨款收入', '16,745.59'],
  ['二、政府性基金预算拨款收入', ''],
  ['三、国有资本经营预算拨款收入', ''],
  ['四、事业收入', ''],
  ['五、事业单位经营收入', ''],
  ['六、其他收入', ''],
];
const right = [
  ['一、一般公共服务支出', ''], ['二、外交支出', ''], ['三、国防支出', ''], ['四、公共安全支出', ''],
  ['五、教育支出', '12,204.85'], ['六、科学技术支出', ''], ['七、文化旅游体育与传媒支出', ''],
  ['八、社会保障和就业支出', '1,663.86'], ['九、卫生健康支出', '1,235.48'], ['十、节能环保支出', ''],
  ['十一、城乡社区支出', ''], ['十二、农林水支出', ''], ['十三、交通运输支出', ''], ['十四、资源勘探信息等支出', ''],
  ['十五、商业服务业等支出', ''], ['十六、金融支出', ''], ['十七、援助其他地区支出', ''], ['十八、国土海洋气象等支出', ''],
  ['十九、住房保障支出', '1,641.40'], ['二十、粮油物资储备支出', ''], ['二十一、国有资本经营预算支出', ''],
  ['二十二、灾害防治及应急管理支出', ''], ['二十三、预备费', ''], ['二十四、其他支出', ''], ['二十五、转移性支出', ''],
  ['二十六、债务还本支出', ''], ['二十七、债务利息支出', ''], ['二十八、债务发行费用支出', ''],
];
right.forEach((r, i) => put(ws, 6 + i, [...(left[i] ?? ['', '']), ...r], 2));
let row = 6 + right.length;
put(ws, row++, ['本 年 收 入 合 计', '16,745.59', '本 年 支 出 合 计', '16,745.59'], 2);
put(ws, row++, ['七、用事业基金弥补收支差额', '', '二十九、事业单位结余分配', ''], 2);
put(ws, row++, ['八、上年结转', '', '其中:转入事业基金', ''], 2);
put(ws, row++, ['', '', '三十、结转下年', ''], 2);
put(ws, row, ['收 入 总 计', '16,745.59', '支 出 总 计', '16,745.59'], 2);

await save(wb, 'jiaoyuju-2020.xlsx');
