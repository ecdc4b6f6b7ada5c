/**
 * The twenty-first held-out batch (test/corpus/README.md): a county's “三公” 决算 table (红河县 2018) printed with a 行次
 * column, '栏次' written in the item column beside the lowest header labels (增加额 | 增加幅度), 公务接待费 broken down into
 * (1)国内接待费 (with a '其中:外事接待费') and (2)国(境)外接待费, and a title whose year was not updated (2017) over
 * '2017年决算数 | 2018年决算数'. On invented tables of that layout: the table is read (the 栏次 cell labels the column
 * numbers, not a column), its 合计 is checked against the three parts with the breakdown lines under 接待费 left out, its
 * year is the latest its own 决算数 columns name, and a text that states the year's figures raises nothing against it.
 * And, for both of the batch's layouts (the 红河县 columns and 开远市's one row printing 2016年预算数 and 2017年预算数 side by
 * side), the draft 情况说明 states the report year's figures, not the year before's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { analyzeWorkbook, type Finding } from '../src/engine';
import { checkNarrativeText, draftLines, draftNarrative } from '../src/engine/narrative';
import { loadXlsx } from '../src/xlsx/load';
import { workbookToGrids } from '../src/xlsx/grids';
import { toGrids } from './fixtures';

/** One year's figures in 分: 出国, 购置, 运行维护, 国内接待 (of which 外事), 国(境)外接待. */
interface Year {
  abroad: number;
  purchase: number;
  operation: number;
  domestic: number;
  foreignAffairs: number;
  overseas: number;
}

const cents = fc.integer({ min: 1_000, max: 900_000 });
const year: fc.Arbitrary<Year> = fc
  .tuple(cents, cents, cents, cents, fc.integer({ min: 0, max: 100 }), cents)
  .map(([abroad, purchase, operation, domestic, share, overseas]) => ({ abroad, purchase, operation, domestic, foreignAffairs: Math.floor((domestic * share) / 100), overseas }));

/** The nine lines of the table, each with its figure in 分: 合计, 出国, 公务用车, 购置, 运行, 接待, 国内, 外事, 国外. */
function linesOf(y: Year): number[] {
  const vehicle = y.purchase + y.operation;
  const reception = y.domestic + y.overseas;
  return [y.abroad + vehicle + reception, y.abroad, vehicle, y.purchase, y.operation, reception, y.domestic, y.foreignAffairs, y.overseas];
}

const LABELS = ['(一)支出合计', '1.因公出国(境)费', '2.公务用车购置及运行维护费', '(1)公务用车购置费', '(2)公务用车运行维护费', '3.公务接待费', '(1)国内接待费', '其中:外事接待费', '(2)国(境)外接待费'];

interface Layout {
  /** The year in the title (the 决算 year, or the year before when the title was not updated). */
  titleYear: number;
  /** The 决算 year: the columns are (决算年 − 1)年决算数 | 决算年年决算数. */
  finalYear: number;
  /** 行次 and the year columns merged over both header rows (as the page prints them), or each label in its own cell. */
  merged: boolean;
}

/** A vertical “三公” 决算 table with a 行次 column and '栏次' under '项 目'; `adjust` changes this year's figures after the changes are worked out. */
function table(prior: Year, current: Year, layout: Layout, adjust: (now: number[]) => number[] = (n) => n): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('“三公”经费决算统计表');
  ws.getCell('A1').value = `某县${layout.titleYear}年“三公”经费决算统计表`;
  ws.getCell('A2').value = '单位:万元';
  ['项 目', '行次', `${layout.finalYear - 1}年决算数`, `${layout.finalYear}年决算数`, `${layout.titleYear}年决算比上年增减情况`].forEach((v, i) => (ws.getCell(3, i + 1).value = v));
  ws.getCell('A4').value = '栏 次';
  ws.getCell('E4').value = '增加额';
  ws.getCell('F4').value = '增加幅度';
  if (layout.merged) {
    ws.mergeCells('A1:F1');
    ws.mergeCells('A2:F2');
    ws.mergeCells('B3:B4');
    ws.mergeCells('C3:C4');
    ws.mergeCells('D3:D4');
  }
  ws.mergeCells('E3:F3');
  const then = linesOf(prior);
  const changes = linesOf(current).map((v, i) => v - then[i]);
  const now = adjust(linesOf(current));
  LABELS.forEach((label, i) => {
    const r = 5 + i;
    ws.getCell(r, 1).value = label;
    ws.getCell(r, 2).value = i + 2;
    const money = (col: number, fen: number) => {
      ws.getCell(r, col).value = fen / 100;
      ws.getCell(r, col).numFmt = '#,##0.00';
    };
    money(3, then[i]);
    money(4, now[i]);
    money(5, changes[i]);
    if (then[i] > 0) {
      ws.getCell(r, 6).value = Number((changes[i] / then[i]).toFixed(4));
      ws.getCell(r, 6).numFmt = '0.00%';
    }
  });
  return wb;
}

/** 开远市's layout: one row, the year before's group and the report year's side by side, each 合计 | 出国 | 公务用车 (小计 | 购置 | 运行) | 接待. */
function twoYearRow(prior: Year, current: Year, reportYear: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('“三公”经费预算统计表');
  ws.getCell('A1').value = `某市${reportYear}年“三公”经费预算财政拨款情况统计表`;
  ws.getCell('A2').value = `${reportYear - 1}年预算数`;
  ws.getCell('G2').value = `${reportYear}年预算数`;
  ws.mergeCells('A1:L1');
  ws.mergeCells('A2:F2');
  ws.mergeCells('G2:L2');
  const group = ['合计', '因公出国(境)费', '公务用车购置及运行费', null, null, '公务接待费'];
  const car = [null, null, '小计', '公务用车购置费', '公务用车运行费', null];
  [...group, ...group].forEach((v, i) => (ws.getCell(3, i + 1).value = v));
  [...car, ...car].forEach((v, i) => (ws.getCell(4, i + 1).value = v));
  for (const first of [1, 7]) {
    ws.mergeCells(3, first, 4, first);
    ws.mergeCells(3, first + 1, 4, first + 1);
    ws.mergeCells(3, first + 2, 3, first + 4);
    ws.mergeCells(3, first + 5, 4, first + 5);
  }
  const row = (y: Year) => {
    const [total, abroad, vehicle, purchase, operation, reception] = linesOf(y);
    return [total, abroad, vehicle, purchase, operation, reception];
  };
  [...row(prior), ...row(current)].forEach((fen, i) => {
    ws.getCell(5, i + 1).value = fen / 100;
    ws.getCell(5, i + 1).numFmt = '0.00';
  });
  return wb;
}

/** The amounts the draft 情况说明 of a workbook states, in hundredths of 万元. */
function draftedAmounts(wb: ExcelJS.Workbook): number[] {
  const grids = toGrids(wb);
  const tables = analyzeWorkbook(grids).tables;
  return draftLines(draftNarrative(tables, { grids })).flatMap((l) => l.spans.flatMap((s) => (s.type === 'amount' ? [Math.round(s.fen / 10_000)] : [])));
}

const analyze = (wb: ExcelJS.Workbook) => analyzeWorkbook(toGrids(wb));
const raised = (findings: Finding[]) => findings.filter((f) => f.severity !== 'info');

describe('twenty-first batch: a “三公” 决算 table with 行次, 栏次 beside its lowest labels and a stale title year', () => {
  it('is read as a “三公” table, merged or not, and raises nothing when its figures hold', () => {
    fc.assert(
      fc.property(year, year, fc.boolean(), (prior, current, merged) => {
        const result = analyze(table(prior, current, { titleYear: 2018, finalYear: 2018, merged }));
        expect(result.tables.map((t) => t.kind)).toEqual(['three-public']);
        const t = result.tables[0];
        // 栏次 labels the column numbers: the item column stays the item column, the rates a percent column.
        expect(t.columns.find((c) => c.col === 0)?.role).toBe('item');
        expect(t.columns.find((c) => c.col === 5)?.role).toBe('percent');
        expect(raised(result.findings)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('checks the 合计 against its three parts, the lines under 公务接待费 left out of it', () => {
    fc.assert(
      fc.property(year, year, fc.integer({ min: 100, max: 50_000 }), fc.boolean(), (prior, current, off, merged) => {
        const wrong = analyze(table(prior, current, { titleYear: 2018, finalYear: 2018, merged }, (now) => [now[0] + off, ...now.slice(1)]));
        const sums = raised(wrong.findings).filter((f) => f.rule === 'hierarchy-sum/three-public');
        expect(sums.map((f) => [f.cell, f.severity])).toEqual([['D5', 'error']]);
      }),
      { numRuns: 40 },
    );
  });

  it('takes the year its own 决算数 columns name when the title names an earlier one, and keeps a title year its columns do not pass', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2010, max: 2030 }), year, year, (y, prior, current) => {
        const stale = analyze(table(prior, current, { titleYear: y - 1, finalYear: y, merged: true })).tables[0];
        expect(stale.year).toBe(y);
        const updated = analyze(table(prior, current, { titleYear: y, finalYear: y, merged: true })).tables[0];
        expect(updated.year).toBe(y);
      }),
      { numRuns: 20 },
    );
  });

  it('a text stating the 决算 year’s figures, a new 因公出国 item among them, raises nothing against a table titled with the year before', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2012, max: 2030 }), year, year, (y, prior, current) => {
        const abroadFree = { ...prior, abroad: 0 };
        const wb = table(abroadFree, current, { titleYear: y - 1, finalYear: y, merged: true });
        const then = linesOf(abroadFree);
        const now = linesOf(current);
        const wan = (fen: number) => (fen / 100).toFixed(2);
        // '比上年增加12.30万元,上升8.25%' or '比上年减少…,下降…', as the page writes a change.
        const change = (i: number, up: string, down: string) => {
          const d = now[i] - then[i];
          return `比上年${d >= 0 ? '增加' : '减少'}${wan(Math.abs(d))}万元,${d >= 0 ? up : down}${((Math.abs(d) * 100) / then[i]).toFixed(2)}%`;
        };
        const text = [
          `某县${y}年“三公”经费决算情况说明`,
          `${y}年全县“三公”经费决算数为${wan(now[0])}万元,${change(0, '上升', '下降')}。其中:因公出国(境)费用${wan(now[1])}万元,比上年增加${wan(now[1])}万元;公务接待费${wan(now[5])}万元,${change(5, '增加', '减少')}。`,
          `从统计数据看,${y}年全县“三公”经费决算总额比上年同期${change(0, '增加', '减少').slice(3)},主要原因是下乡增加公务用车维护费;因公出国(境)费用${wan(now[1])}万元,比上年增加${wan(now[1])}万元,${y - 1}年12月出访的费用在上年统计表中未反映。`,
        ].join('\n');
        const tables = analyze(wb).tables;
        expect(checkNarrativeText(text, tables, { source: 'text.txt' }).filter((f) => f.severity === 'error')).toEqual([]);
      }),
      { numRuns: 20 },
    );
  });

  it('the draft states the report year’s “三公” total, not the year before’s, whichever way the two years are printed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2012, max: 2030 }), year, year, (y, prior, current) => {
        const now = linesOf(current)[0];
        const then = linesOf(prior)[0];
        fc.pre(now !== then);
        for (const wb of [twoYearRow(prior, current, y), table(prior, current, { titleYear: y, finalYear: y, merged: true })]) {
          const drafted = draftedAmounts(wb);
          expect(drafted).toContain(now);
          expect(drafted).not.toContain(then);
        }
      }),
      { numRuns: 20 },
    );
  });

  it('on the batch’s workbooks: both tables read, no error raised, and on 红河县 only the keyed warnings', async () => {
    const run = async (name: string) => {
      const file = join(__dirname, 'corpus', 'tables', 'workbooks', `${name}.xlsx`);
      const wb = await loadXlsx(new Uint8Array(readFileSync(file)));
      return analyzeWorkbook(workbookToGrids(wb, `${name}.xlsx`));
    };
    const honghe = await run('honghe-xian-2018');
    expect(honghe.tables.map((t) => [t.kind, t.year])).toEqual([['three-public', 2018]]);
    // The stale title year (A1) and change header (E3), the 增加额 left blank beside 因公出国's 4.20 (E6) and the 合计's
    // 增加额 against its parts with that blank (E5): all keyed.
    expect(raised(honghe.findings).map((f) => [f.cell, f.severity]).sort()).toEqual([
      ['A1', 'warning'],
      ['E3', 'warning'],
      ['E5', 'warning'],
      ['E6', 'warning'],
    ]);
    const kaiyuan = await run('kaiyuan-2017');
    expect(kaiyuan.tables.map((t) => [t.kind, t.year])).toEqual([['three-public', 2017]]);
    expect(raised(kaiyuan.findings)).toEqual([]);
  });
});
