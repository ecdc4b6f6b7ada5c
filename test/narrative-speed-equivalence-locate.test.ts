/**
 * Issue 17, narrative, thirteenth round: the 情况说明 documents and the 绩效目标表 project cards are
 * read in one pass over each sheet's cells (readWorkbookTexts), where each was a scan of every cell
 * of every sheet of its own. The documents' scan before is the oracle, on random sheets of prose,
 * short labels, figures, 单位 statements and cards, with tables placed over some of their cells (a
 * 情况说明 pasted under or beside a table is still found; a long text inside a table is not). The
 * cards do not depend on the tables, and are the ones the card scan alone reads.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNarrativeDocuments, projectCardsFromGrids, readWorkbookTexts } from '../src/engine/narrative/locate';
import { textOfCell } from '../src/engine/grid/sheet';
import { toA1 } from '../src/engine/grid/a1';
import { isNarrativeSheetName, speaksOfMoney } from '../src/engine/recognize/lexicon';
import type { Cell, SheetGrid, WorkbookGrids } from '../src/engine/grid/types';
import type { Table } from '../src/engine/recognize/types';
import type { Paragraph } from '../src/engine/narrative/text/tokens';

/** The scan before: every cell of a sheet, `accept`ed as a paragraph. */
function oldSheetParagraphs(sheet: SheetGrid, accept: (row: number, col: number, text: string) => boolean, minLength = 1) {
  const paras: Paragraph[] = [];
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell) continue;
      const text = textOfCell(cell);
      if (text.length < minLength || !accept(r, c, text)) continue;
      paras.push({ index: paras.length, text: text.includes('\n') ? text.replace(/\s*\n\s*/g, '') : text, sheet: sheet.name, cell: toA1(r, c) });
    }
  }
  return paras;
}

function oldFindNarrativeDocuments(wb: WorkbookGrids, tables: readonly Table[]): Paragraph[][] {
  const insideTable = (sheet: string, row: number, col: number) =>
    tables.some((t) => t.sheet === sheet && row >= t.rect.top && row <= t.rect.bottom && col >= t.rect.left && col <= t.rect.right);
  const docs: Paragraph[][] = [];
  const sheetsWithTables = new Set(tables.map((t) => t.sheet));
  for (const sheet of wb.sheets) {
    const paras =
      isNarrativeSheetName(sheet.name) && !sheetsWithTables.has(sheet.name)
        ? oldSheetParagraphs(sheet, (_r, _c, text) => text.length > 0)
        : oldSheetParagraphs(sheet, (r, c, text) => speaksOfMoney(text) && /[，。；]/.test(text) && !insideTable(sheet.name, r, c), 30);
    if (paras.some((p) => /\d/.test(p.text))) docs.push(paras);
  }
  return docs;
}

const plain = (docs: Paragraph[][]) => docs.map((d) => d.map((p) => ({ ...p })));

const TEXTS = [
  '2025年部门预算支出合计1,234.56万元，比上年增加12.30万元，主要是人员经费增加。',
  '一般公共预算财政拨款支出预算500.00万元；其中基本支出400.00万元，项目支出100.00万元。',
  '本部门2025年收入预算合计  800万元，\n  支出预算合计800万元。',
  '单位：万元',
  '单位：元',
  '项目名称',
  '项目 名称：',
  '预算数',
  '预算数（万元）',
  '科技特派员活动经费',
  '293.00',
  '12',
  ' 本单位说明：各单位按要求填报，不涉及金额 ',
  // Long only with its spaces (fourteenth round: a short text without 位 or 称 is passed over untrimmed).
  '            支出预算合计800万元，其中基本支出。            ',
  '  本部门支出预算合计800万元，其中基本支出600万元，项目支出200万元。  ',
  '  支出预算合计800万元，其中基本支出600万元，项目支出。',
  '合计',
  '基本支出',
  '',
  '   ',
];

const cell = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(...TEXTS).map((text): Cell => ({ value: text, text })),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((value): Cell => ({ value, text: '' })),
  fc.integer({ min: 0, max: 99999 }).map((n): Cell => ({ value: n / 100, text: (n / 100).toFixed(2) })),
);

/** The rows of a 绩效目标表 card: its name label and name, its amount label and amount. */
const cardRow = fc
  .constantFrom(['项目名称', '科技特派员活动经费'], ['项目 名称：', '科普经费'], ['预算数', '293.00'], ['预算数（万元）', '', '12'], ['单位：元'])
  .map((texts) => texts.map((text): Cell | undefined => (text ? { value: text, text } : undefined)));

const SHEET_NAMES = ['情况说明', '单位001情况说明', '表1', '单位001表1', '绩效目标表', '部门预算编制说明'];

const sheet = fc
  .record({
    name: fc.constantFrom(...SHEET_NAMES),
    rows: fc.array(fc.oneof(fc.constant(undefined), fc.array(cell, { maxLength: 6 }), cardRow), { maxLength: 10 }),
  })
  .map(({ name, rows }): SheetGrid => ({ name, rows: rows as (Cell | undefined)[][], rowCount: rows.length, colCount: 6, merges: [] }));

const rect = fc.record({ top: fc.nat(9), left: fc.nat(5), height: fc.nat(5), width: fc.nat(4) });

const workbook = fc
  .record({
    sheets: fc.uniqueArray(sheet, { selector: (s) => s.name, maxLength: 4 }),
    tables: fc.array(fc.record({ sheet: fc.constantFrom(...SHEET_NAMES), at: rect }), { maxLength: 4 }),
  })
  .map(({ sheets, tables }) => ({
    wb: { sheets } as WorkbookGrids,
    tables: tables.map(
      ({ sheet: s, at }) => ({ sheet: s, rect: { top: at.top, left: at.left, bottom: at.top + at.height, right: at.left + at.width } }) as unknown as Table,
    ),
  }));

describe('the documents and the cards, read in one pass over each sheet', () => {
  it('finds the documents the scan of every cell found, tables or none', () => {
    let found = 0;
    let beside = 0;
    fc.assert(
      fc.property(workbook, ({ wb, tables }) => {
        const { documents } = readWorkbookTexts(wb, tables);
        expect(plain(documents)).toEqual(plain(oldFindNarrativeDocuments(wb, tables)));
        found += documents.length;
        beside += documents.filter((d) => tables.some((t) => t.sheet === d[0].sheet)).length;
        expect(plain(findNarrativeDocuments(wb, tables))).toEqual(plain(oldFindNarrativeDocuments(wb, tables)));
      }),
      { seed: 31, numRuns: 3000 },
    );
    expect(found).toBeGreaterThan(300);
    expect(beside).toBeGreaterThan(30);
  });

  it('reads the cards whatever the tables', () => {
    let cards = 0;
    fc.assert(
      fc.property(workbook, ({ wb, tables }) => {
        const read = readWorkbookTexts(wb, tables).cards;
        expect(read).toEqual(projectCardsFromGrids(wb));
        cards += read.length;
      }),
      { seed: 31, numRuns: 1000 },
    );
    expect(cards).toBeGreaterThan(20);
  });

  it('keeps a 情况说明 pasted under a table on its sheet, and not a long text inside the table', () => {
    const prose = TEXTS[0];
    const rows: (Cell | undefined)[][] = [
      [{ value: '部门预算支出总表', text: '部门预算支出总表' }],
      [{ value: prose, text: prose }, { value: 1, text: '1.00' }],
      [],
      [{ value: prose, text: prose }],
    ];
    const wb: WorkbookGrids = { sheets: [{ name: '表1', rows, rowCount: 4, colCount: 2, merges: [] }] };
    const table = { sheet: '表1', rect: { top: 0, left: 0, bottom: 1, right: 1 } } as unknown as Table;
    const { documents } = readWorkbookTexts(wb, [table]);
    expect(documents.map((d) => d.map((p) => p.cell))).toEqual([['A4']]);
  });

  it('reads a card on a sheet with a 情况说明 in the same pass', () => {
    const text = (t: string): Cell => ({ value: t, text: t });
    const rows: (Cell | undefined)[][] = [[text('单位：万元')], [text(TEXTS[1])], [text('项目名称'), text('科普经费')], [text('预算数'), text('12')]];
    const wb: WorkbookGrids = { sheets: [{ name: '情况说明', rows, rowCount: 4, colCount: 2, merges: [] }] };
    const { documents, cards } = readWorkbookTexts(wb, []);
    expect(documents[0].map((p) => p.cell)).toEqual(['A1', 'A2', 'A3', 'B3', 'A4', 'B4']);
    expect(cards.map((c) => `${c.name} ${c.amount.fen} ${c.amount.source.cell}`)).toEqual(['科普经费 12000000 B4']);
  });
});
