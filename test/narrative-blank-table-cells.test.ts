/**
 * A 情况说明 that gives a figure for a cell its “三公” table leaves blank (the eighteenth and twenty-first batches):
 * - 宁国市交通运输局 2013 (ningguo-jiaotong-2013, text L5): '公务用车运行费维护费32.5万元' where both 其中 rows under
 *   公务用车购置及运行费 32.5 are blank. The name, with the 费 of 运行 written twice, was not read as 运行维护费; read, the blank
 *   row would have been an error, though a 其中 left wholly blank is a breakdown not filled in rather than a wrong figure.
 * - 红河县 2018 (honghe-xian-2018, text L3): '因公出国(境)费用4.2万元,比上年增加4.2万元' where the table's 增加额 for
 *   因公出国 (E6) is blank beside 4.20 and a blank 2017 figure. No check read the text's changes against the table's.
 * Both are now a warning naming the blank cell and the text's figure. A cell printed 0, or a line that is a heading
 * with no figures, is not blank in this sense and never gets it. The tables of the properties are invented.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { recognizeSheets } from '../src/engine/recognize';
import type { Table } from '../src/engine/recognize/types';
import { checkNarrativeText } from '../src/engine/narrative';
import { loadXlsx } from '../src/xlsx/load';
import { workbookToGrids } from '../src/xlsx/grids';
import { toGrids } from './fixtures';

async function corpusTables(name: string): Promise<Table[]> {
  const wb = await loadXlsx(new Uint8Array(readFileSync(join(__dirname, 'corpus', 'tables', 'workbooks', `${name}.xlsx`))));
  return recognizeSheets(workbookToGrids(wb, `${name}.xlsx`)).tables;
}
const corpusText = (name: string) => readFileSync(join(__dirname, 'corpus', 'tables', 'text', `${name}.txt`), 'utf8');
const loud = (text: string, tables: Table[]) => checkNarrativeText(text, tables).filter((f) => f.severity === 'error' || f.severity === 'warning');

describe('the published texts against their blank cells', () => {
  it('ningguo L5: 运行维护费 32.5 where the 其中 row is blank — a warning naming B8, no error', async () => {
    const found = loud(corpusText('ningguo-jiaotong-2013'), await corpusTables('ningguo-jiaotong-2013'));
    expect(found.map((f) => [f.rule, f.severity, f.cell, f.related.map((r) => r.cell)])).toEqual([['narrative/amount', 'warning', 'L5', ['B8']]]);
    expect(found[0].message).toBe('“公务用车运行费维护费32.5万元”在表中没有填列：“三公”经费支出表中该项为空白（「“三公”经费支出决算表」B8），文中为32.50万元，请在表中补填。');
  });

  it('honghe L3: 比上年增加4.2 where the 增加额 is blank — a warning naming E6, once', async () => {
    const found = loud(corpusText('honghe-xian-2018'), await corpusTables('honghe-xian-2018'));
    expect(found.map((f) => [f.rule, f.severity, f.cell, f.related.map((r) => r.cell)])).toEqual([['narrative/change', 'warning', 'L3', ['E6']]]);
    expect(found[0].message).toContain('中该项的增减额为空白（「“三公”经费决算统计表」E6），文中为增加4.20万元');
  });
});

const SHEET = '“三公”经费支出决算表';

/** A vertical “三公” 决算 table, 上年 | 本年 | 增减额 (万元); null is a blank cell. */
function changeTable(rows: { label: string; then: number | null; now: number | null; change: number | null }[]): Table[] {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.getCell('A1').value = '2018年“三公”经费决算统计表';
  ws.getCell('A2').value = '单位：万元';
  ['项目', '2017年决算数', '2018年决算数', '增减额'].forEach((h, i) => (ws.getCell(3, i + 1).value = h));
  rows.forEach((r, i) => {
    ws.getCell(4 + i, 1).value = r.label;
    [r.then, r.now, r.change].forEach((v, j) => {
      if (v !== null) {
        ws.getCell(4 + i, 2 + j).value = v;
        ws.getCell(4 + i, 2 + j).numFmt = '0.00';
      }
    });
  });
  return recognizeSheets(toGrids(wb)).tables;
}

/** A vertical “三公” 决算 table with one 决算数 column; null is a blank cell. Lines: 合计, 出国, 接待, 公务用车, 运行, 购置. */
function breakdownTable(amounts: (number | null)[]): Table[] {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.getCell('A1').value = '2013年“三公”经费财政拨款支出决算表';
  ws.getCell('A2').value = '单位：万元';
  ws.getCell('A3').value = '项目';
  ws.getCell('B3').value = '决算数';
  ['合计', '因公出国(境)费', '公务接待费', '公务用车购置及运行费', '其中:公务用车运行维护费', '公务用车购置费'].forEach((label, i) => {
    ws.getCell(4 + i, 1).value = label;
    const v = amounts[i];
    if (v !== null) ws.getCell(4 + i, 2).value = v;
  });
  return recognizeSheets(toGrids(wb)).tables;
}

const tenths = fc.integer({ min: 1, max: 9_000 }).map((n) => n / 10);

describe('a text figure for a cell the table leaves blank', () => {
  it('property: a 其中 row left blank with its sibling under a figure — a warning; printed 0 — the error it was', () => {
    fc.assert(
      fc.property(tenths, tenths, tenths, fc.boolean(), (reception, running, abroad, purchasePrinted0) => {
        const car = running;
        const total = Math.round((abroad + reception + car) * 10) / 10;
        const text = `2013年“三公”经费财政拨款决算数为${total}万元。其中:公务用车购置及运行费决算${car}万元,其中:公务用车购置费0万元,公务用车运行维护费${running}万元。`;
        const blank = loud(text, breakdownTable([total, abroad, reception, car, null, purchasePrinted0 ? 0 : null]));
        if (purchasePrinted0) {
          // The breakdown is filled in (购置 printed 0): the blank 运行 row is an item left out, an error as before.
          expect(blank.filter((f) => f.rule === 'narrative/amount').map((f) => f.severity)).toEqual(['error']);
        } else {
          expect(blank.filter((f) => f.rule === 'narrative/amount').map((f) => [f.severity, f.related.map((r) => r.cell)])).toEqual([['warning', ['B8']]]);
        }
        // Printed 0 where the text has a figure: the figures disagree, an error that names 0.00, never 空白.
        const zero = loud(text, breakdownTable([total, abroad, reception, car, 0, 0])).filter((f) => f.rule === 'narrative/amount');
        expect(zero.map((f) => f.severity)).toEqual(['error']);
        expect(zero[0].message).not.toContain('空白');
      }),
    );
  });

  it('property: a change the table leaves blank is a warning naming the cell; printed, 0, or on a heading line it is not', () => {
    fc.assert(
      fc.property(tenths, tenths, tenths, tenths, (abroad, receptionThen, reception, vehicle) => {
        const total = Math.round((abroad + reception + vehicle) * 10) / 10;
        const totalThen = Math.round((receptionThen + vehicle) * 10) / 10;
        const change = (a: number, b: number) => Math.round((a - b) * 100) / 100;
        const rows = (abroadChange: number | null) => [
          { label: '合计', then: totalThen, now: total, change: change(total, totalThen) },
          { label: '1.因公出国(境)费', then: null, now: abroad, change: abroadChange },
          { label: '2.公务用车购置及运行维护费', then: vehicle, now: vehicle, change: 0 },
          { label: '3.公务接待费', then: receptionThen, now: reception, change: change(reception, receptionThen) },
        ];
        const text = `2018年全县“三公”经费决算数为${total}万元。其中:因公出国(境)费用${abroad}万元,比上年增加${abroad}万元。`;
        const blankChange = (found: ReturnType<typeof loud>) => found.filter((f) => f.message.includes('增减额为空白'));
        const blank = blankChange(loud(text, changeTable(rows(null))));
        expect(blank.map((f) => [f.severity, f.cell, f.related.map((r) => r.cell)])).toEqual([['warning', 'L1', ['D5']]]);
        // Printed (right, or 0 as a template writes it): not blank, so not this warning.
        expect(blankChange(loud(text, changeTable(rows(abroad))))).toEqual([]);
        expect(blankChange(loud(text, changeTable(rows(0))))).toEqual([]);
        // A heading line without figures (the item named, nothing printed): nothing to fill in.
        const heading = changeTable([rows(null)[0], { label: '1.因公出国(境)费', then: null, now: null, change: null }, ...rows(null).slice(2)]);
        expect(blankChange(loud(text, heading))).toEqual([]);
      }),
    );
  });
});
