// Builds tables/workbooks/qiannan-zhongyiyuan-2018.xlsx: 表1 收入支出决算总表 (公开01表) of 贵州省黔南州中医医院's 2018年度部门决算
// (金额单位:万元), as the stored copy of 黔南州's page gives it
// (https://www.qiannan.gov.cn/ztzl/qnzczzjxxgk/qnzczzjxxgk_bmyjs/qnzyljt/qnbyzmzzzzzyyy_5898168/201907/t20190725_5301477.html).
// The 财政部 公开01表 layout: 收入 | 支出 side by side, each 项 目 | 行次 | 决算数, a 栏 次 row (1 | 2), the 行次 running 1…
// on the 收入 side and 29… on the 支出 side, the 收入 side's 行次 7… printed without an item; every empty figure printed 0.00,
// thousands separators. The stored copy stops inside the table, at '十四、资源' (行次 14 | 42): the rows after 十三、交通运输支出,
// the 本年收入合计 / 本年支出合计 and the 总计 lines are not in it, so the sheet ends at 十三 — a table cut before its totals.
// Cells as the copy prints them; the 行次 and 栏次 written as numbers, as a 决算 export holds them.
// Run once: node test/corpus/tools/build-qiannan-zhongyiyuan-2018.mjs
import { newWorkbook, put, save, sheet } from './held-out-sheet.mjs';

const wb = newWorkbook();
const ws = sheet(wb, '收入支出决算总表', [26, 7, 14, 30, 7, 14]);
put(ws, 1, ['表1 收入支出决算总表']);
ws.mergeCells('A1:F1');
put(ws, 2, ['', '', '', '', '', '公开01表']);
put(ws, 3, ['编制单位:贵州省黔南州中医医院', '', '', '', '', '金额单位:万元']);
put(ws, 4, ['收入', '', '', '支出', '', '']);
ws.mergeCells('A4:C4');
ws.mergeCells('D4:F4');
put(ws, 5, ['项 目', '行次', '决算数', '项 目', '行次', '决算数']);
put(ws, 6, ['栏 次', '', '1', '栏 次', '', '2'], 2);
const rows = [
  ['一、财政拨款收入', '1', '2,449.61', '一、一般公共服务支出', '29', '0.00'],
  ['二、上级补助收入', '2', '0.00', '二、外交支出', '30', '0.00'],
  ['三、事业收入', '3', '43,250.24', '三、国防支出', '31', '0.00'],
  ['四、经营收入', '4', '0.00', '四、公共安全支出', '32', '0.00'],
  ['五、附属单位上缴收入', '5', '0.00', '五、教育支出', '33', '0.00'],
  ['六、其他收入', '6', '0.00', '六、科学技术支出', '34', '3.33'],
  ['', '7', '', '七、文化体育与传媒支出', '35', '0.00'],
  ['', '8', '', '八、社会保障和就业支出', '36', '0.00'],
  ['', '9', '', '九、医疗卫生与计划生育支出', '37', '45,992.70'],
  ['', '10', '', '十、节能环保支出', '38', '0.00'],
  ['', '11', '', '十一、城乡社区支出', '39', '0.00'],
  ['', '12', '', '十二、农林水支出', '40', '0.00'],
  ['', '13', '', '十三、交通运输支出', '41', '0.00'],
];
rows.forEach((r, i) => {
  // Names stay text; 行次 and 决算数 on both sides become numbers.
  put(ws, 7 + i, [r[0], r[1], r[2]], 2);
  put(ws, 7 + i, ['', '', '', r[3], r[4], r[5]], 5);
});

await save(wb, 'qiannan-zhongyiyuan-2018.xlsx');
