/**
 * The twenty-ninth held-out batch (test/corpus/README.md): the nine tables of a 2025 部门决算 (上海市普陀区生态环境局), whose
 * 收入决算表 prints two 项 names cut short by their cells ('机关事业单位基本养老保险' for 2080505 机关事业单位基本养老保险缴费支出)
 * while its 支出决算表 prints them whole. On invented 决算 tables of that kind: a 情况说明 naming the 项 whole is not told that its
 * name differs from the tables' (the cut-short copy is not the tables' name), whichever table prints the cut copy; a name the
 * tables do not print at all is still reported, with the whole name as the tables'.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { analyzeWorkbook } from '../src/engine';
import { checkNarrativeText } from '../src/engine/narrative';
import { loadXlsx } from '../src/xlsx/load';
import { workbookToGrids } from '../src/xlsx/grids';
import { toGrids } from './fixtures';

/** 项 of 20805 行政事业单位养老支出, as the 决算 tables name them. */
const ITEMS = [
  ['2080501', '行政单位离退休'],
  ['2080502', '事业单位离退休'],
  ['2080505', '机关事业单位基本养老保险缴费支出'],
  ['2080506', '机关事业单位职业年金缴费支出'],
  ['2080599', '其他行政事业单位养老支出'],
] as const;

interface Case {
  /** Amounts of the five 项 in hundredths of 万元. */
  amounts: number[];
  /** The 项 the text writes about, and how many characters of its name the cut copy keeps. */
  item: number;
  kept: number;
  /** Which table prints the cut copy. */
  cutIn: '收入决算表' | '支出决算表';
}

const aCase: fc.Arbitrary<Case> = fc
  .record({
    amounts: fc.array(fc.integer({ min: 100, max: 5_000_000 }), { minLength: 5, maxLength: 5 }),
    item: fc.integer({ min: 0, max: ITEMS.length - 1 }),
    cut: fc.integer({ min: 1, max: 4 }),
    cutIn: fc.constantFrom('收入决算表' as const, '支出决算表' as const),
  })
  .map(({ amounts, item, cut, cutIn }) => ({ amounts, item, cutIn, kept: Math.max(2, ITEMS[item][1].length - cut) }));

const wan = (h: number) => (h / 100).toFixed(2);

function functionTable(wb: ExcelJS.Workbook, title: string, heads: string[], c: Case) {
  const ws = wb.addWorksheet(title);
  ws.getCell('A1').value = title;
  ws.getCell(2, 2 + heads.length).value = '单位：万元';
  ['功能分类科目编码', '科目名称', ...heads].forEach((h, i) => (ws.getCell(3, i + 1).value = h));
  const total = c.amounts.reduce((a, b) => a + b, 0);
  const rows: [string, string, number][] = [
    ['合计', '', total],
    ['208', '社会保障和就业支出', total],
    ['20805', '行政事业单位养老支出', total],
    ...ITEMS.map(([code, name], i): [string, string, number] => [code, i === c.item && title === c.cutIn ? name.slice(0, c.kept) : name, c.amounts[i]]),
  ];
  rows.forEach(([code, name, fen], r) => {
    ws.getCell(4 + r, 1).value = code;
    if (name) ws.getCell(4 + r, 2).value = name;
    // 本年收入合计 = 财政拨款收入; 本年支出合计 = 基本支出, 项目支出 0.00 — 0.00 printed, as the batch's tables print it.
    [fen, fen, 0].slice(0, heads.length).forEach((v, k) => {
      ws.getCell(4 + r, 3 + k).value = v / 100;
      ws.getCell(4 + r, 3 + k).numFmt = '0.00';
    });
  });
}

function workbook(c: Case): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  functionTable(wb, '收入决算表', ['本年收入合计', '财政拨款收入'], c);
  functionTable(wb, '支出决算表', ['本年支出合计', '基本支出', '项目支出'], c);
  return wb;
}

function text(c: Case, name: string): string {
  return (
    '五、一般公共预算财政拨款支出决算情况说明\n' +
    `1.社会保障和就业支出（类）行政事业单位养老支出（款）${name}（项），主要用于支付退休人员补贴。` +
    `支出决算为 ${wan(c.amounts[c.item])} 万元。\n`
  );
}

const nameFindings = (c: Case, name: string) =>
  checkNarrativeText(text(c, name), analyzeWorkbook(toGrids(workbook(c))).tables).filter((f) => f.rule === 'narrative/name');

describe('twenty-ninth batch: a 决算 whose 收入决算表 prints a 项 name cut short by its cell', () => {
  it('a text naming the 项 whole is not told its name differs from the tables’, whichever table prints the cut copy', () => {
    fc.assert(
      fc.property(aCase, (c) => {
        expect(nameFindings(c, ITEMS[c.item][1])).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('a 项 name no table prints is still reported, with the whole name as the tables’', () => {
    fc.assert(
      fc.property(aCase, (c) => {
        // The line is found by its amount: two 项 a cent apart could each be it, and the check rightly stays silent then.
        fc.pre(c.amounts.every((a, i) => c.amounts.every((b, j) => i === j || Math.abs(a - b) > 2)));
        const found = nameFindings(c, '退休人员活动费支出');
        expect(found.map((f) => f.severity)).toEqual(['warning']);
        expect(found[0].message).toContain(`${ITEMS[c.item][0]} `);
        expect(found[0].message).toContain(`${ITEMS[c.item][1]}（项）`);
      }),
      { numRuns: 40 },
    );
  });

  it('on the batch’s workbook and text: no name warning on the text; the cut-short names are the workbook’s own warnings', async () => {
    const corpus = join(__dirname, 'corpus', 'tables');
    const grids = workbookToGrids(await loadXlsx(new Uint8Array(readFileSync(join(corpus, 'workbooks', 'putuo-shengtai-2025.xlsx')))), 'putuo-shengtai-2025.xlsx');
    const result = analyzeWorkbook(grids);
    expect(result.tables).toHaveLength(9);
    const cut = result.findings.filter((f) => f.rule === 'code-name/incomplete').map((f) => `${f.sheet}!${f.cell}`);
    expect(cut).toEqual(['收入决算表!B10', '收入决算表!B11']);
    const story = readFileSync(join(corpus, 'text', 'putuo-shengtai-2025.txt'), 'utf8');
    const raised = checkNarrativeText(story, result.tables).filter((f) => f.severity !== 'info');
    expect(raised.map((f) => `${f.rule} ${f.cell}`)).toEqual(['narrative/change L191']);
  });
});
