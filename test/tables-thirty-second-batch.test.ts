/**
 * The thirty-second held-out batch (test/corpus/README.md): the nine tables of a 2026 部门预算 (上海市普陀区文化和旅游局), whose
 * 编制说明 (narrative 258) lists its 项 as '1.“…(类)…(款)…(项)”465.46万元' — and prints one of them '18“社会保障和就业支出(类)…'
 * without the full stop after its number. On invented 预算 tables of that kind (split 类 | 款 | 项 codes, whole 元): a 项 numbered
 * with or without its mark is not told that its 科目 name differs from the tables'; a 款 named otherwise than the tables name it
 * is still reported, however the item is numbered. And the 2025 部门决算 of the same 局, whose two fund tables print their 本年支出
 * sub-heads (合计 | 基本支出 | 项目支出) on the 合计 line itself: on invented fund tables of that layout, with items or empty, the table
 * is recognized and those words are not called figures typed as text; a word in a figure cell of an item line still is.
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
import { putuoPensionWorkbook } from './fixtures/putuo-pension-table';

/** 项 of 20805 行政事业单位养老支出, as the 预算 tables name them. */
const ITEMS = [
  ['01', '行政单位离退休'],
  ['02', '事业单位离退休'],
  ['05', '机关事业单位基本养老保险缴费支出'],
  ['06', '机关事业单位职业年金缴费支出'],
  ['99', '其他行政事业单位养老支出'],
] as const;

interface Case {
  /** Amounts of the five 项 in whole 元. */
  amounts: number[];
  /** The 项 the text writes about, its list number and the mark after the number ('' when printed without one). */
  item: number;
  number: number;
  mark: '' | '.' | '、' | '．';
}

const aCase: fc.Arbitrary<Case> = fc.record({
  amounts: fc.array(fc.integer({ min: 10_000, max: 50_000_000 }), { minLength: 5, maxLength: 5 }),
  item: fc.integer({ min: 0, max: ITEMS.length - 1 }),
  number: fc.integer({ min: 1, max: 40 }),
  mark: fc.constantFrom('' as const, '.' as const, '、' as const, '．' as const),
});

/** The batch's 一般公共预算支出功能分类预算表 (the 普陀 预算 template) over the case's amounts. */
function workbook(c: Case): ExcelJS.Workbook {
  return putuoPensionWorkbook({ title: '2026年部门一般公共预算支出功能分类预算表', compiler: '编制部门：某某局' }, ITEMS, c.amounts);
}

const wan = (yuan: number) => (yuan / 10_000).toFixed(2);

function text(c: Case, kuan = '行政事业单位养老支出'): string {
  return (
    '2026年部门预算编制说明\n' +
    '财政拨款支出主要内容如下：\n' +
    `${c.number}${c.mark}“社会保障和就业支出(类)${kuan}(款)${ITEMS[c.item][1]}(项)”${wan(c.amounts[c.item])}万元，主要用于机关事业单位人员支出。\n`
  );
}

const nameFindings = (c: Case, kuan?: string) =>
  checkNarrativeText(text(c, kuan), analyzeWorkbook(toGrids(workbook(c))).tables).filter((f) => f.rule === 'narrative/name');

/** A 决算 fund table as the batch's 2025 workbook prints it: the 本年支出 sub-heads on the 合计 line; `items` are [code, name, fen]. */
function fundTable(title: string, items: [string, string, number][], itemWord?: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(title);
  ws.getCell('A1').value = title;
  ws.getCell('H2').value = '单位：万元';
  ['项目', '', '年初结转和结余', '本年收入', '本年支出', '', '', '年末结转和结余'].forEach((h, i) => h && (ws.getCell(3, i + 1).value = h));
  ws.getCell('A4').value = '功能分类科目编码';
  ws.getCell('B4').value = '科目名称';
  for (const m of ['A3:B3', 'E3:G3', 'C3:C4', 'D3:D4', 'H3:H4']) ws.mergeCells(m);
  const total = items.reduce((t, [, , fen]) => t + fen, 0);
  const money = (row: number, col: number, fen: number) => {
    ws.getCell(row, col).value = fen / 100;
    ws.getCell(row, col).numFmt = '#,##0.00';
  };
  ws.getCell('A5').value = '合计';
  ws.mergeCells('A5:B5');
  ['合计', '基本支出', '项目支出'].forEach((h, i) => (ws.getCell(5, 5 + i).value = h));
  if (items.length) {
    ws.getCell('C5').value = 0;
    money(5, 4, total);
    ws.getCell('H5').value = 0;
  }
  items.forEach(([code, name, fen], i) => {
    const row = 6 + i;
    ws.getCell(row, 1).value = code;
    ws.getCell(row, 2).value = name;
    ws.getCell(row, 3).value = 0;
    for (const col of [4, 5, 7]) money(row, col, fen);
    ws.getCell(row, 8).value = 0;
  });
  if (itemWord && items.length) ws.getCell(6 + items.length - 1, 6).value = itemWord;
  ws.getCell(6 + items.length + 1, 1).value = '注：本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。';
  return wb;
}

const FUND_ITEMS: [string, string][] = [
  ['2070904', '地方旅游开发项目补助'],
  ['2121999', '其他国有土地使用权出让收入对应专项债务收入安排的支出'],
  ['2120803', '城市建设支出'],
];

const aFundCase = fc.record({
  title: fc.constantFrom('政府性基金预算财政拨款收入支出决算表', '国有资本经营预算财政拨款收入支出决算表'),
  amounts: fc.array(fc.integer({ min: 1, max: 50_000_000 }), { minLength: 0, maxLength: FUND_ITEMS.length }),
});

const fundItems = (amounts: number[]): [string, string, number][] => amounts.map((fen, i) => [...FUND_ITEMS[i], fen]);

describe('thirty-second batch: a 决算 fund table whose 本年支出 sub-heads are printed on its 合计 line', () => {
  it('is recognized, with items or empty, and the sub-heads are not called figures typed as text', () => {
    fc.assert(
      fc.property(aFundCase, ({ title, amounts }) => {
        const result = analyzeWorkbook(toGrids(fundTable(title, fundItems(amounts))));
        expect(result.tables.map((t) => t.kind)).toEqual([title.startsWith('政府性基金') ? 'gov-fund-expense' : 'state-capital-expense']);
        expect(result.findings.filter((f) => f.rule === 'plausibility/unreadable-cell')).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });

  it('a word in a figure cell of an item line is still called unreadable', () => {
    fc.assert(
      fc.property(aFundCase, fc.constantFrom('基本支出', '见附表', '待定'), ({ title, amounts }, word) => {
        fc.pre(amounts.length > 0);
        const result = analyzeWorkbook(toGrids(fundTable(title, fundItems(amounts), word)));
        expect(result.findings.filter((f) => f.rule === 'plausibility/unreadable-cell').map((f) => f.cell)).toEqual([`F${5 + amounts.length}`]);
      }),
      { numRuns: 30 },
    );
  });

  it('on the batch’s 2025 workbook: nine tables, and only the twelve keyed 0.01 gaps raised', async () => {
    const file = 'putuo-wenlv-2025.xlsx';
    const grids = workbookToGrids(await loadXlsx(new Uint8Array(readFileSync(join(__dirname, 'corpus', 'tables', 'workbooks', file)))), file);
    const result = analyzeWorkbook(grids);
    expect(result.tables.map((t) => t.kind)).toContain('state-capital-expense');
    expect(result.tables).toHaveLength(9);
    const raised = result.findings.filter((f) => f.severity !== 'info');
    expect(raised.every((f) => f.severity === 'warning' && /^(hierarchy-sum|column-sum)\//.test(f.rule))).toBe(true);
    expect(raised).toHaveLength(12);
  });
});

describe('thirty-second batch: a 预算 编制说明 whose items are numbered before the quoted 科目, one without its full stop', () => {
  it('a 项 named as the tables name it is not reported, with or without the mark after its number', () => {
    fc.assert(
      fc.property(aCase, (c) => {
        expect(nameFindings(c)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('a 款 named otherwise than the tables name it is still reported, however the item is numbered', () => {
    fc.assert(
      fc.property(aCase, (c) => {
        // 行政事业单位离退休: 20805's name before 2019.
        const found = nameFindings(c, '行政事业单位离退休');
        expect(found.map((f) => f.severity)).toEqual(['warning']);
        expect(found[0].message).toContain(`“社会保障和就业支出（类）行政事业单位离退休（款）${ITEMS[c.item][1]}（项）”`);
        expect(found[0].message).toContain(`20805${ITEMS[c.item][0]} `);
      }),
      { numRuns: 40 },
    );
  });

  it('on the batch’s workbook: nothing raised; with narrative 258, only the two 款 20799 names the text prints otherwise', async () => {
    const corpus = join(__dirname, 'corpus');
    const file = 'putuo-wenlv-2026.xlsx';
    const grids = workbookToGrids(await loadXlsx(new Uint8Array(readFileSync(join(corpus, 'tables', 'workbooks', file)))), file);
    const result = analyzeWorkbook(grids);
    expect(result.tables).toHaveLength(9);
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    const story = readFileSync(join(corpus, 'narrative', 'texts', '258.txt'), 'utf8');
    const raised = checkNarrativeText(story, result.tables).filter((f) => f.severity !== 'info');
    expect(raised.map((f) => `${f.rule} ${f.cell}`)).toEqual(['narrative/name L28', 'narrative/name L30']);
  });
});
