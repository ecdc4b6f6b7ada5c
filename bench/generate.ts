/**
 * Benchmark workbooks, written as real .xlsx files:
 * - a department workbook: N departments × (the nine seed-001 tables + a 情况说明 sheet), so 200
 *   sheets is 20 departments — the many-tables case (recognition per sheet, cross-table matching);
 * - one sheet holding a single 一般公共预算支出表 with a consistent 类/款/项 hierarchy of about
 *   `rows` lines — the long-table case (rules linear in rows).
 * Figures are deterministic (no randomness), and every total adds up, so rules do their full work.
 */
import ExcelJS from 'exceljs';
import { SEED001_TABLES } from '../test/fixtures/seed001';
import { SEED001_NARRATIVE } from '../test/fixtures/narratives';
import { writeNarrativeSheet } from '../test/fixtures/narrative-sheet';
import { writeTable, type TableSpec } from '../test/fixtures/layout';
import { codedRows, type CodedRowSpec } from '../test/fixtures/rows';

/** A workbook of `departments` × 10 sheets. */
export function departmentWorkbook(departments: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (let d = 1; d <= departments; d++) {
    const prefix = `单位${String(d).padStart(3, '0')}`;
    SEED001_TABLES.forEach((make, i) => {
      const ws = wb.addWorksheet(`${prefix}表${i + 1}`);
      writeTable(ws, { ...make(), sheet: ws.name });
    });
    writeNarrativeSheet(wb, SEED001_NARRATIVE, `${prefix}情况说明`);
  }
  return wb;
}

const KUAN_PER_LEI = 50;
const XIANG_PER_KUAN = 40;
const LINES_PER_LEI = 1 + KUAN_PER_LEI * (1 + XIANG_PER_KUAN);

/** Amounts in 分 (integers), so every total is exact before it is written in 万元 with 2 decimals. */
function xiangAmounts(i: number): [number, number] {
  const basic = 1000 + ((i * 7919) % 90_000);
  const project = (i * 104_729) % 50_000;
  return [basic, project];
}

/** The coded lines of a 支出表 with about `rows` lines, 合计 first, then 类 / 款 / 项 in order. */
export function longExpenseRows(rows: number): CodedRowSpec[] {
  const leiCount = Math.max(1, Math.ceil(rows / LINES_PER_LEI));
  const out: CodedRowSpec[] = [];
  const total: [number, number] = [0, 0];
  let n = 0;
  const line = (code: string, name: string, v: [number, number]): CodedRowSpec => ({
    code,
    name,
    values: [(v[0] + v[1]) / 100, v[0] / 100, v[1] / 100],
  });
  for (let l = 0; l < leiCount; l++) {
    const lei = String(201 + l);
    const leiSum: [number, number] = [0, 0];
    const leiLines: CodedRowSpec[] = [];
    for (let k = 1; k <= KUAN_PER_LEI; k++) {
      const kuan = lei + String(k).padStart(2, '0');
      const kuanSum: [number, number] = [0, 0];
      const xiangLines: CodedRowSpec[] = [];
      for (let x = 1; x <= XIANG_PER_KUAN; x++) {
        const v = xiangAmounts(n++);
        kuanSum[0] += v[0];
        kuanSum[1] += v[1];
        xiangLines.push(line(kuan + String(x).padStart(2, '0'), `项级科目${kuan}${String(x).padStart(2, '0')}`, v));
      }
      leiSum[0] += kuanSum[0];
      leiSum[1] += kuanSum[1];
      leiLines.push(line(kuan, `款级科目${kuan}`, kuanSum), ...xiangLines);
    }
    total[0] += leiSum[0];
    total[1] += leiSum[1];
    out.push(line(lei, `类级科目${lei}`, leiSum), ...leiLines);
  }
  return [{ ...line('', '合计', total), code: undefined, role: 'total' }, ...out];
}

/** One sheet, one 一般公共预算支出表 of about `rows` lines. */
export function longSheetWorkbook(rows: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('一般公共预算支出表');
  const spec: TableSpec = {
    sheet: ws.name,
    title: '2025年部门预算一般公共预算财政拨款支出表',
    meta: [[{ col: 0, text: '编制单位：某市财政局汇总' }, { col: 4, text: '单位：万元' }]],
    header: [
      ['功能分类科目', '<', '合计', '基本支出', '项目支出'],
      ['科目编码', '科目名称', '^', '^', '^'],
    ],
    body: codedRows({ code: 'single' }, longExpenseRows(rows)),
    amountCols: [2, 3, 4],
    expected: {
      kind: 'general-budget-expense',
      family: 'budget',
      title: '2025年部门预算一般公共预算财政拨款支出表',
      year: 2025,
      unit: '万元',
      unitStated: true,
      blocks: [{ amountKeys: ['total', 'basic', 'project'] }],
      blockAmountCols: [[2, 3, 4]],
      blockCodeCols: [[0]],
    },
  };
  writeTable(ws, spec);
  return wb;
}
