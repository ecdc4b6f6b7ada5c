// Builds tables/workbooks/changning-xianbenji-2015.xlsx: 昌宁县县本级2015年度“三公”经费决算财政拨款情况统计表 (单位:万元), as
// 昌宁县财政局's page gives it (云南保山, https://www.yncn.gov.cn/info/4252/4432780.htm; the paragraph before the table and
// the text after it left out): a 决算 table with 2014年决算数 | 2015年决算数 | 2015年决算比上年增、减情况 (增、减额 |
// 增、减幅度) under a two-row merged header. Rates printed with one decimal, one with two ('2.40%'), stored as numbers with
// a percent format of the printed decimals. Run once: node test/corpus/tools/build-changning-xianbenji-2015.mjs
import { newWorkbook, putChangeTable, save, sheet } from './held-out-sheet.mjs';

const wb = newWorkbook();
const ws = sheet(wb, '“三公”经费决算统计表', [30, 14, 14, 14, 14]);
putChangeTable(ws, 1, {
  title: '昌宁县县本级2015年度“三公”经费决算财政拨款情况统计表',
  unit: '单位:万元',
  head: ['项 目', '2014年决算数', '2015年决算数', '2015年决算比上年增、减情况', '增、减额', '增、减幅度'],
  rows: [
    ['合 计', '1953.72', '1957.23', '-3.51', '-0.2%'],
    ['1、因公出国(境)费', '12.23', '65.98', '53.75', '437.7%'],
    ['2、公务接待费', '977.3', '918.5', '-58.8', '-6.1%'],
    ['3、公务用车费', '964.19', '972.75', '8.56', '0.9%'],
    ['其中:(1)公务用车运行维护费', '918.19', '939.99', '21.8', '2.40%'],
    ['(2)公务用车购置', '46', '32.76', '-13.24', '-28.8%'],
  ],
});

await save(wb, 'changning-xianbenji-2015.xlsx');
