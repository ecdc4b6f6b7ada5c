/**
 * Shared material for the narrative tests: the seed-001 绩效目标表 project cards (as published in
 * seed document 001 of the team's shared seeds, 七、部门项目预算安排情况及绩效目标) and the explanation text of seeds 000
 * and 002, copied verbatim.
 */
import type ExcelJS from 'exceljs';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recognizeWorkbook } from '../src/engine/recognize';
import type { Table } from '../src/engine/recognize/types';
import { workbookToGrids } from '../src/xlsx/grids';
import { loadXlsx } from '../src/xlsx/load';
import { departmentWorkbook } from '../bench/generate';
import { toGrids } from './fixtures';

/** Every line of the corpus's real 情况说明 texts (narrative/texts and tables/text): real prose for the readers' oracles. */
export function corpusLines(): string[] {
  const corpus = join(__dirname, 'corpus');
  const dirs = [join(corpus, 'narrative', 'texts'), join(corpus, 'tables', 'text')];
  return dirs.flatMap((d) => readdirSync(d).map((f) => readFileSync(join(d, f), 'utf8'))).flatMap((t) => t.split(/\r\n|\r|\n/));
}

/** The tables of three corpus workbooks and of a workbook of three departments, for the oracles of the facts' readers. */
export async function factsOracleTables(): Promise<{ id: string; tables: Table[] }[]> {
  const out: { id: string; tables: Table[] }[] = [];
  for (const name of ['shiquan-2025.xlsx', 'jianguanwei-2026.xlsx', 'fuliyuan-2024.xlsx']) {
    const grids = workbookToGrids(await loadXlsx(new Uint8Array(readFileSync(join(__dirname, 'corpus', 'tables', 'workbooks', name)))), name);
    out.push({ id: name, tables: recognizeWorkbook(grids) });
  }
  out.push({ id: 'three departments', tables: recognizeWorkbook(toGrids(departmentWorkbook(3))) });
  return out;
}

export const SEED001_PROJECT_CARDS: { code: string; name: string; amount: number }[] = [
  { code: '13030224P00JD2G11584M', name: '（上级）秦财企【2024】509号-下达2024年中央中小企业发展专项资金', amount: 293.0 },
  { code: '13030225P000079100039', name: '科工专项工作经费（包含科技宣讲及科普经费）', amount: 20.0 },
  { code: '13030225P00007910002M', name: '科技特派员活动经费', amount: 5.0 },
  {
    code: '13030225P00019710001W',
    name: '秦财教[2024]605号/冀财教[2024]127号-提前下达2025年支持市县科技创新和科学普及专项资金预算（专精特新“小巨人”企业科技特派团支撑专项经费）',
    amount: 8.0,
  },
  { code: '13030225P000080100016', name: '秦财企【2024】686号《关于提前下达2025年县域特色产业群“领跑者”企业培育项目资金', amount: 135.1 },
];

/** Adds the five 项目绩效目标表 cards of seed 001 as one sheet, laid out as published. */
export function addSeed001PerformanceCards(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  const ws = wb.addWorksheet('绩效目标表');
  let r = 1;
  for (const [i, card] of SEED001_PROJECT_CARDS.entries()) {
    ws.getCell(r, 1).value = `${i + 1}、${card.name}绩效目标表`;
    ws.getCell(r + 1, 1).value = '单位：万元';
    ws.getRow(r + 2).values = ['项目编码', card.code, '项目名称', card.name];
    ws.getRow(r + 3).values = ['预算规模及资金用途', '预算数', card.amount, '其中：财政    资金', card.amount, '其他资金', null];
    ws.getCell(r + 3, 3).numFmt = '0.00';
    ws.getRow(r + 4).values = ['资金支出计划（%）', '3月底', '6月底', '10月底', '12月底'];
    ws.getRow(r + 5).values = [null, card.amount / 4, card.amount / 2, (card.amount * 3) / 4, card.amount];
    r += 8;
  }
  return ws;
}

/** Seed 000 (大连高新区创新创业创投服务中心 2025), 第二部分 部门预算情况说明, verbatim. */
export const SEED000_NARRATIVE: readonly string[] = [
  '大连高新技术产业园区创新创业创投服务中心',
  '2025年部门预算',
  '第二部分 部门预算情况说明',
  '一、总体说明',
  '按照综合预算的原则，本部门所有收入和支出均纳入部门预算管理，无下级预算单位。收入包括：财政拨款收入3658.95万元，其中包括一般公共预算拨款收入3652.3万元，上年结转结余6.65万元；支出预算3658.95万元（含项目支出2827.22万元），其中工资福利和对个人家庭补助支出807.99万元，商品和服务支出821.64万元，对企业补助2029.32万元。全部为一般公共预算收支，无政府性基金预算收支，无国有资本经营预算收支。比2024年预算数增加558.21万元，其中工资福利和对个人家庭补助支出增加137.99万元，商品和服务支出增加590.9万元，对企业补助支出减少170.68万元。',
  '二、“三公”经费预算情况说明',
  '无“三公”经费支出。主要是按照中央及市委、市政府关于厉行节约、改进工作作风、密切联系群众“八项规定”等有关要求，严格控制“三公”经费支出。',
  '三、机关运行经费安排情况说明',
  '机关运行经费包括公用经费27.22万元。',
  '四、政府采购情况说明',
  '政府采购合计680万元，其中进行方案策划30万元，场地租赁及能源费50万元，会场规划设计及搭建43万元，主体活动390万元，人员组织及会务费48.5万元，宣传及其他相关费用54.5万元，不可预见费用30万元，服务费34万元。',
  '五、政府性基金收支预算情况',
  '无政府性基金预算财政拨款收入和支出。',
  '六、国有资产占有使用情况说明',
  '无国有资产占有使用情况。',
  '七、预算绩效管理情况',
  '2025年，按照“先有绩效，后有预算”原则，本部门共计编制绩效目标4个，预算金额2820.57万元，占区本级项目支出预算比重100%。',
  '6.年度预算安排',
  '2025年拟安排该项目一般公共预算资金680万元。',
];

/** Seed 002 (大连高新区营商环境建设局 2024), 第二部分 部门预算情况说明, verbatim. */
export const SEED002_NARRATIVE: readonly string[] = [
  '大连高新技术产业园区营商环境建设局',
  '2024年部门预算',
  '第二部分 部门预算情况说明',
  '一、总体说明',
  '按照综合预算的原则，本部门所有收入和支出均纳入部门预算管理，无下级预算单位。收入包括：财政拨款收入2093.26万元；支出包括：基本支出496.19万元：人员经费481.84万元，公用经费14.35万元；项目支出1597.07万元。全部为一般公共预算收支，无政府性基金预算收支，无国有资本经营预算收支。',
  '三、机关运行经费安排情况说明',
  '机关运行经费包括定额公用经费14.35万元。',
  '四、政府采购情况说明',
  '政府采购经费包括：',
  '大连高新技术产业园区营商环境建设局政务服务大厅窗口建设服务采购306.01万元；',
  '大连高新技术产业园区营商环境建设局政务服务中心物业服务356.55万元；',
  '大连高新技术产业园区营商环境建设局管委会信息系统云服务134.85万元；',
  '六、国有资产占有使用情况说明',
  '国有资产占有使用情况说明为：截至2023年12月31日，部门（单位）共有车辆0辆；单位价值50万元（含）以上通用设备0台（套）；单位价值100万元以上专用设备0台（套）。',
  '七、预算绩效管理情况',
  '2024年，按照“先有绩效，后有预算”原则，本部门共计编制绩效目标9个，预算金额1597.07万元，占项目支出预算比重100%。',
  '6.年度预算安排',
  '2024年拟安排该项目一般公共预算306.01万元。',
];
