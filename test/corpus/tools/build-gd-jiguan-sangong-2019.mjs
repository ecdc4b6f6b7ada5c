// Builds tables/workbooks/gd-jiguan-sangong-2019.xlsx: a 广东 部门's 2019 财政拨款安排的行政经费及“三公”经费预算 table
// (单位:万元), as a traditional-character mirror of the department's page gives it (locality not named; the same page as
// narrative 67, http://www.plpkl.com/zdlyxxgk/czyjshsgjf/sgjf/content/post_3449036.html), converted to simplified characters
// by hand. The copy prints no title above the table (its first rows are empty); column headers break inside the cell
// ('一般公共\n预算'), kept. Columns 合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算; a 行政经费 (机关运行经费) row
// above the “三公” rows; 公务接待费 printed '1' in the 一般公共预算 column. Run once:
// node test/corpus/tools/build-gd-jiguan-sangong-2019.mjs
import { newWorkbook, put, save, sheet } from './held-out-sheet.mjs';

const wb = newWorkbook();
const ws = sheet(wb, '行政经费及“三公”经费预算', [34, 12, 12, 12, 12]);
put(ws, 2, ['', '', '', '', '单位:万元']);
put(ws, 3, ['项 目', '合计', '一般公共\n预算', '政府性基金\n预算', '国有资本\n经营预算']);
[
  ['行政经费', '312.23', '312.23', '0.00', '0.00'],
  ['“三公”经费', '29.00', '29.00', '0.00', '0.00'],
  ['其中:(一)因公出国(境)支出', '0.00', '0.00', '0.00', '0.00'],
  ['(二)公务用车购置及运行维护支出', '28.00', '28.00', '0.00', '0.00'],
  ['1.公务用车购置', '0.00', '0.00', '0.00', '0.00'],
  ['2.公务用车运行维护费', '28.00', '28.00', '0.00', '0.00'],
  ['(三)公务接待费支出', '1.00', '1', '0.00', '0.00'],
].forEach((r, i) => put(ws, 4 + i, r, 2));

await save(wb, 'gd-jiguan-sangong-2019.xlsx');
