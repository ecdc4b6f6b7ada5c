/**
 * The thirty-sixth held-out batch (test/corpus/README.md): three “三公” tables. 宜宾市本级's 决算 has two columns, '项目 |
 * 2017年决算(万元)' — a year's 决算 headed without 数, its unit beside it — and no 合计 row; 衢江区's is turned on its side, one line
 * a year ('2015年', '2016年') under a '年度' column and a line of rates ('2016年比2015年增减%', bare numbers) under them, the items
 * across (合计 | 因公出国 | 公务接待费 | 公车购置及运行维护费 over 合计 | 车辆购置 | 车辆运行). On the real workbooks and on invented tables
 * of both layouts: the table is read, its sums and its rates checked, a year or a rate never called a figure typed as text or a
 * negative amount; a wrong rate or sum is still reported.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { analyzeWorkbook } from '../src/engine';
import type { Finding } from '../src/engine/findings';
import { loadXlsx } from '../src/xlsx/load';
import { workbookToGrids } from '../src/xlsx/grids';
import { rateAgreement, roundingSlack } from '../src/engine/rules/change-rate';
import { toGrids } from './fixtures';
import { rate, turnedTable } from './fixtures/three-public';

async function corpusWorkbook(file: string) {
  const grids = workbookToGrids(await loadXlsx(new Uint8Array(readFileSync(join(__dirname, 'corpus', 'tables', 'workbooks', file)))), file);
  return analyzeWorkbook(grids);
}

const loud = (findings: Finding[]) => findings.filter((f) => f.severity === 'error' || f.severity === 'warning');

describe('the thirty-sixth batch as published', () => {
  it('宜宾市本级: the two-column 决算 under “2017年决算(万元)” is read, in 万元, and raises nothing', async () => {
    const result = await corpusWorkbook('yibin-shibenji-2017.xlsx');
    expect(result.tables.map((t) => [t.kind, t.family, t.unit, t.year])).toEqual([['three-public', 'final', '万元', 2017]]);
    expect(result.findings).toEqual([]);
  });

  it('奉新县: the 预算 with its column of reasons raises nothing', async () => {
    const result = await corpusWorkbook('fengxin-sangong-2023.xlsx');
    expect(result.tables.map((t) => t.kind)).toEqual(['three-public']);
    expect(loud(result.findings)).toEqual([]);
  });

  it('衢江区: only the two rates its own rows contradict, 车辆购置 as an error and 车辆运行 a digit off as a warning', async () => {
    const result = await corpusWorkbook('qujiang-sangong-2016.xlsx');
    expect(result.tables.map((t) => [t.family, t.title])).toEqual([['final', '2016年决算数与2015年决算数对比情况']]);
    const found = loud(result.findings).map((f) => [f.cell, f.severity, f.rule, Number(f.expected?.toFixed(2))]);
    expect(found).toEqual([
      ['F6', 'error', 'column-sum/change-rate', -49.32],
      ['G6', 'warning', 'column-sum/change-rate', -24.9],
    ]);
    expect(result.checks.find((c) => c.rule === 'hierarchy-sum/three-public')?.status).toBe('passed');
  });
});

/** Whole 万元 amounts of one year: 因公出国, 公务接待费, 车辆购置, 车辆运行. */
const aYear = fc.tuple(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 3000 }));

/** Amounts of 200 万元 or more: the rounding of whole 万元 moves their rates by 4 points at most. */
const aLargeYear = fc.tuple(...[0, 1, 2, 3].map(() => fc.integer({ min: 200, max: 3000 })));

/** A “三公” 决算 two columns wide as 宜宾 prints it: '项目 | YYYY年决算(万元)', no 合计 row. */
function twoColumnTable(year: number, [abroad, reception, purchase, run]: number[], vehicle = purchase + run): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('三公');
  ws.getCell('A1').value = `附表:某市本级${year}年“三公”经费决算汇总表`;
  ws.getCell('A2').value = '项目';
  ws.getCell('B2').value = `${year}年决算(万元)`;
  const rows: [string, number][] = [
    ['因公出国(境)经费', abroad],
    ['公务接待费', reception],
    ['公务用车购置及运行维护费', vehicle],
    ['其中:公务用车购置费', purchase],
    ['公务用车运行维护费', run],
  ];
  rows.forEach(([label, v], i) => {
    ws.getCell(3 + i, 1).value = label;
    ws.getCell(3 + i, 2).value = v;
  });
  return wb;
}

describe('“三公” tables of the batch’s layouts, invented', () => {
  it('a two-column table under “YYYY年决算(万元)” is read as a 决算 in 万元; a 公务用车 line off its 其中 is still an error', () => {
    fc.assert(
      // A slip of 2 or more: whole 万元 parts may each be half a unit off, so 1 is within their rounding (a warning).
      fc.property(fc.integer({ min: 2014, max: 2030 }), aYear, fc.integer({ min: 2, max: 50 }), (year, amounts, slip) => {
        const clean = analyzeWorkbook(toGrids(twoColumnTable(year, amounts)));
        expect(clean.tables.map((t) => [t.kind, t.family, t.unit])).toEqual([['three-public', 'final', '万元']]);
        expect(loud(clean.findings)).toEqual([]);
        const wrong = analyzeWorkbook(toGrids(twoColumnTable(year, amounts, amounts[2] + amounts[3] + slip)));
        expect(wrong.findings.some((f) => f.severity === 'error' && f.rule === 'hierarchy-sum/three-public')).toBe(true);
      }),
      { seed: 36_001, numRuns: 40 },
    );
  });

  it('a table turned on its side with right rates and sums raises nothing: no year called text, no rate a negative amount', () => {
    fc.assert(
      fc.property(aYear, aYear, (prior, current) => {
        const result = analyzeWorkbook(toGrids(turnedTable(prior, current)));
        // Its caption, '…决算数与…决算数对比情况', is its title: a 决算.
        expect(result.tables.map((t) => [t.kind, t.family])).toEqual([['three-public', 'final']]);
        expect(loud(result.findings)).toEqual([]);
        expect(result.checks.find((c) => c.rule === 'hierarchy-sum/three-public')?.status).toBe('passed');
        expect(result.checks.find((c) => c.rule === 'column-sum/change-rate')?.status).toBe('passed');
      }),
      { seed: 36_002, numRuns: 60 },
    );
  });

  it('a rate ten points off its years is an error on that cell; a 合计 off its items is an error', () => {
    fc.assert(
      fc.property(aLargeYear, aLargeYear, fc.integer({ min: 0, max: 5 }), fc.constantFrom(-10, 10), (prior, current, column, off) => {
        const figures = ([a, r, p, u]: number[]) => [a + r + p + u, a, r, p + u, p, u];
        const rates = figures(prior).map((p, i) => rate(p, figures(current)[i]));
        rates[column] = Number((rates[column] + off).toFixed(2));
        const result = analyzeWorkbook(toGrids(turnedTable(prior, current, { rates })));
        const cell = `${'BCDEFG'[column]}6`;
        expect(loud(result.findings).map((f) => [f.cell, f.severity])).toEqual([[cell, 'error']]);
        const total = figures(current)[0] + 10;
        const sums = analyzeWorkbook(toGrids(turnedTable(prior, current, { total, rates: figures(prior).map((p, i) => rate(p, i === 0 ? total : figures(current)[i])) })));
        expect(sums.findings.some((f) => f.severity === 'error' && f.rule === 'hierarchy-sum/three-public' && f.cell.endsWith('5'))).toBe(true);
      }),
      { seed: 36_003, numRuns: 60 },
    );
  });
});

describe('a rate one unit of its last digit beyond what its figures’ rounding allows', () => {
  it('is the last digit, measured from the exact rate: 衢江’s −24.98 for (959 − 1277) ÷ 1277 = −24.902% with whole 万元', () => {
    const exact = ((959 - 1277) / 1277) * 100;
    expect(rateAgreement(-24.98, 2, exact, roundingSlack(1277, 959, 0))).toBe('last-digit');
    expect(rateAgreement(-24.96, 2, exact, roundingSlack(1277, 959, 0))).toBe('ok');
    expect(rateAgreement(-47.95, 2, ((37 - 73) / 73) * 100, roundingSlack(73, 37, 0))).toBe('wrong');
  });

  it('without slack, a printed rate within one and a half units of the exact one is its last digit, beyond it wrong', () => {
    expect(rateAgreement(-6.1, 1, -6.017)).toBe('last-digit');
    expect(rateAgreement(6.2, 1, 6.06)).toBe('last-digit');
    expect(rateAgreement(6.2, 1, 6.049)).toBe('wrong');
    expect(rateAgreement(437.7, 1, 439.49)).toBe('wrong');
  });
});
