// Builds tables/workbooks/nanzhang-zhaoshang-2019.xlsx: the 收入支出决算总表 (公开01表) of 湖北 南漳县招商服务中心's 2019年部门决算
// (金额单位:万元), as the stored copy of 南漳县's page gives it
// (http://www.hbnz.gov.cn/bmxz/bm/zsfwzx/fdzdgk/czgk/202010/t20201021_2291670.shtml).
// The 财政部 公开01表 layout of 2019: '部门:' for the compiler, 收入 | 支出 side by side, each 项目 | 行次 | 金额, a 栏次 row
// (1 | 2), the 收入 side opening with 一、一般公共预算财政拨款收入 and 二、政府性基金预算财政拨款收入 (行次 1, 2; 支出 29…), empty
// figures printed 0.00. The stored copy stops inside the table, at '五、经' (行次 5): four whole rows, no total.
// Cells as the copy prints them; the 行次 and 栏次 written as numbers.
// Run once: node test/corpus/tools/build-nanzhang-zhaoshang-2019.mjs
import { newWorkbook, put, save, sheet } from './held-out-sheet.mjs';

const wb = newWorkbook();
const ws = sheet(wb, '收入支出决算总表', [32, 7, 12, 26, 7, 12]);
put(ws, 1, ['收入支出决算总表']);
ws.mergeCells('A1:F1');
put(ws, 2, ['', '', '', '', '', '公开01表']);
put(ws, 3, ['部门:南漳县招商服务中心', '', '', '', '', '金额单位:万元']);
put(ws, 4, ['收入', '', '', '支出', '', '']);
ws.mergeCells('A4:C4');
ws.mergeCells('D4:F4');
put(ws, 5, ['项目', '行次', '金额', '项目', '行次', '金额']);
put(ws, 6, ['栏次', '', '1', '栏次', '', '2'], 2);
[
  ['一、一般公共预算财政拨款收入', '1', '440.55', '一、一般公共服务支出', '29', '423.20'],
  ['二、政府性基金预算财政拨款收入', '2', '0.00', '二、外交支出', '30', '0.00'],
  ['三、上级补助收入', '3', '10.00', '三、国防支出', '31', '0.00'],
  ['四、事业收入', '4', '0.00', '四、公共安全支出', '32', '0.00'],
].forEach((r, i) => {
  put(ws, 7 + i, [r[0], r[1], r[2]], 2);
  put(ws, 7 + i, ['', '', '', r[3], r[4], r[5]], 5);
});

await save(wb, 'nanzhang-zhaoshang-2019.xlsx');
