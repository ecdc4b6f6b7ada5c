/**
 * The thirty-second held-out batch (test/corpus/README.md): the nine tables of a 2026 部门预算 (上海市普陀区文化和旅游局), whose
 * 编制说明 (narrative 258) lists its 项 as '1.“…(类)…(款)…(项)”465.46万元' — and prints one of them '18“社会保障和就业支出(类)…'
 * without the full stop after its number. On invented 预算 tables of that kind (split 类 | 款 | 项 codes, whole 元): a 项 numbered
 * with or without its mark is not told that its 科目 name differs from the tables'; a 款 named otherwise than the tables name it
 * is still reported, however the item is numbered.
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

/** The 一般公共预算支出功能分类预算表 of the 普陀 预算 template: 类 | 款 | 项 | 名称 | 合计 | 基本支出 | 项目支出, in 元. */
function workbook(c: Case): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('一般公共预算支出功能分类预算表');
  ws.getCell('A1').value = '2026年部门一般公共预算支出功能分类预算表';
  ws.getCell('A2').value = '编制部门：某某局';
  ws.getCell('G2').value = '单位：元';
  ['项目', '', '', '', '一般公共预算支出'].forEach((h, i) => (ws.getCell(3, i + 1).value = h || null));
  ['功能分类科目编码', '', '', '功能分类科目名称', '合计', '基本支出', '项目支出'].forEach((h, i) => (ws.getCell(4, i + 1).value = h || null));
  ['类', '款', '项'].forEach((h, i) => (ws.getCell(5, i + 1).value = h));
  const total = c.amounts.reduce((a, b) => a + b, 0);
  const rows: [string, string, string, string, number][] = [
    ['208', '', '', '社会保障和就业支出', total],
    ['208', '05', '', '行政事业单位养老支出', total],
    ...ITEMS.map(([code, name], i): [string, string, string, string, number] => ['208', '05', code, name, c.amounts[i]]),
  ];
  rows.push(['合计', '', '', '', total]);
  rows.forEach(([lei, kuan, xiang, name, yuan], r) => {
    [lei, kuan, xiang, name].forEach((v, k) => v && (ws.getCell(6 + r, 1 + k).value = v));
    // All 基本支出: 项目支出 left blank, as the batch’s tables print a 项 without 项目支出.
    for (const col of [5, 6]) {
      ws.getCell(6 + r, col).value = yuan;
      ws.getCell(6 + r, col).numFmt = '#,##0';
    }
  });
  return wb;
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
