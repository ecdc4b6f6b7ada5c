/**
 * The rate of change beside a change column (rules/change-rate): on invented “三公” 决算 layouts — a one-row header with
 * rates as plain figures under 增长率(%), or a merged 比上年增减 header over 增减额 | 增减幅度 with rates formatted as
 * percentages — rates rounded from their figures raise nothing, a rate one unit off in its last digit is a warning and
 * a rate further off (or of the wrong sign) an error, at its cell.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { analyzeWorkbook } from '../src/engine';
import { roundingSlack } from '../src/engine/rules/change-rate';
import { toGrids } from './fixtures';

const SHEET = '三公经费决算表';
const ITEMS = ['1.因公出国(境)费', '2.公务接待费', '3.公务用车购置及运行费', '其中:(1)公务用车购置费', '(2)公务用车运行费'];

interface Layout {
  /** Rates printed as '12.3%' (a percent format) under a merged header, or as 12.3 under '增长率(%)'. */
  percentCells: boolean;
  decimals: number;
}

/** Figures in 分 of 出国, 接待, 购置, 运行 for last year and this year. */
type Figures = { prior: number[]; current: number[] };

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

/** Lines in table order: 合计, 出国, 接待, 公务用车 (= 购置 + 运行), 购置, 运行 — each [上年, 本年] in 万元. */
function linesOf(f: Figures): [number, number][] {
  const y = (fen: number[]) => {
    const [abroad, reception, purchase, running] = fen;
    const car = purchase + running;
    return [abroad + reception + car, abroad, reception, car, purchase, running].map((v) => v / 100);
  };
  const [p, c] = [y(f.prior), y(f.current)];
  return p.map((v, i) => [v, c[i]]);
}

/** linesOf from the four items' [上年, 本年] in 万元: 出国, 接待, 购置, 运行. */
function linesFrom(...items: [number, number][]): [number, number][] {
  return linesOf({ prior: items.map(([p]) => Math.round(p * 100)), current: items.map(([, c]) => Math.round(c * 100)) });
}

function rateOf([prior, current]: [number, number], d: number): number | null {
  return prior > 0 ? round(((current - prior) / prior) * 100, d) : null;
}

/** The workbook, with `rates` (percentage points) printed in the rate column; null leaves a cell blank. */
function build(layout: Layout, lines: [number, number][], rates: (number | null)[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.getCell('A1').value = '某县某局2023年“三公”经费决算情况表';
  ws.getCell('E2').value = '单位：万元';
  let first: number;
  if (layout.percentCells) {
    ['项目', '2022年决算数', '2023年决算数', '比上年增减'].forEach((v, i) => (ws.getCell(3, i + 1).value = v));
    ws.getCell(4, 4).value = '增减额';
    ws.getCell(4, 5).value = '增减幅度';
    ws.mergeCells('A3:A4');
    ws.mergeCells('B3:B4');
    ws.mergeCells('C3:C4');
    ws.mergeCells('D3:E3');
    first = 5;
  } else {
    ['项目', '上年决算数', '本年决算数', '增减额', '增长率(%)'].forEach((v, i) => (ws.getCell(3, i + 1).value = v));
    first = 4;
  }
  ['合计', ...ITEMS].forEach((label, i) => {
    const row = first + i;
    const [prior, current] = lines[i];
    ws.getCell(row, 1).value = label;
    ws.getCell(row, 2).value = prior;
    ws.getCell(row, 3).value = current;
    ws.getCell(row, 4).value = round(current - prior, 2);
    [2, 3, 4].forEach((c) => (ws.getCell(row, c).numFmt = '0.00'));
    const rate = rates[i];
    if (rate === null) return;
    const cell = ws.getCell(row, 5);
    const fmt = '0' + (layout.decimals ? '.' + '0'.repeat(layout.decimals) : '');
    if (layout.percentCells) {
      cell.value = round(rate / 100, layout.decimals + 2);
      cell.numFmt = fmt + '%';
    } else {
      cell.value = rate;
      cell.numFmt = fmt;
    }
  });
  return wb;
}

const rateFindings = (wb: ExcelJS.Workbook) => analyzeWorkbook(toGrids(wb)).findings.filter((f) => f.rule === 'column-sum/change-rate');
const rateCell = (layout: Layout, i: number) => `E${(layout.percentCells ? 5 : 4) + i}`;
const rateVerdicts = (layout: Layout, lines: [number, number][], rates: (number | null)[]) =>
  rateFindings(build(layout, lines, rates)).map((f) => [f.cell, f.severity]);

const layouts = fc.record({ percentCells: fc.boolean(), decimals: fc.integer({ min: 0, max: 2 }) });
const figures = fc.record({
  prior: fc.tuple(...[0, 1, 2, 3].map(() => fc.integer({ min: 100, max: 50_000_00 }))),
  current: fc.tuple(...[0, 1, 2, 3].map(() => fc.integer({ min: 0, max: 5_000_00 }))),
});

/**
 * The lines whose exact rate is not near a rounding boundary and whose 上年 is large enough that the rounding of the
 * figures cannot move the rate by a tenth of its last digit (so a rate one unit off is off beyond doubt).
 */
function clearOfBoundary(lines: [number, number][], d: number): number[] {
  return lines.flatMap(([prior, current], i) => {
    if (prior <= 0 || roundingSlack(prior, current, 2) > 10 ** -d / 10) return [];
    const exact = ((current - prior) / prior) * 100 * 10 ** d;
    return Math.abs(exact - Math.round(exact)) < 0.4 ? [i] : [];
  });
}

describe('rates of change against their figures', () => {
  it('a 县本级 决算 with the corpus slips: the wrong sign and a rate 1.8 points off are errors, one unit off a warning', () => {
    const layout = { percentCells: true, decimals: 1 };
    const lines: [number, number][] = [
      [1953.72, 1957.23],
      [12.23, 65.98],
      [977.3, 918.5],
      [964.19, 972.75],
      [46, 32.76],
      [918.19, 939.99],
    ];
    const found = rateFindings(build(layout, lines, [-0.2, 437.7, -6.1, 0.9, -28.8, 2.4]));
    expect(found.map((f) => [f.cell, f.severity])).toEqual([
      ['E5', 'error'],
      ['E6', 'error'],
      ['E7', 'warning'],
    ]);
    expect(found[1].message).toContain('53.75 ÷ 12.23 = 439.49%');
    expect(found[1].message).toContain('437.7%');
  });

  it('rates rounded from their figures raise nothing, whatever the layout and decimals', () => {
    fc.assert(
      fc.property(layouts, figures, (layout, f) => {
        const lines = linesOf(f);
        expect(rateFindings(build(layout, lines, lines.map((l) => rateOf(l, layout.decimals))))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('a rate one unit off in its last digit is a warning, two or more units off an error, at its cell', () => {
    fc.assert(
      fc.property(layouts, figures, fc.nat(), fc.integer({ min: 1, max: 30 }), fc.boolean(), (layout, f, pick, units, down) => {
        const lines = linesOf(f);
        const candidates = clearOfBoundary(lines, layout.decimals);
        fc.pre(candidates.length > 0);
        const i = candidates[pick % candidates.length];
        const rates = lines.map((l) => rateOf(l, layout.decimals));
        rates[i] = round((rates[i] as number) + (down ? -units : units) * 10 ** -layout.decimals, layout.decimals);
        const found = rateFindings(build(layout, lines, rates));
        expect(found.map((x) => x.cell)).toEqual([rateCell(layout, i)]);
        expect(found[0].severity).toBe(units === 1 ? 'warning' : 'error');
      }),
      { numRuns: 40 },
    );
  });

  it('a wrong 本年 figure whose 增减额 and rate were worked out from the right one leaves the rate alone', () => {
    const layout = { percentCells: true, decimals: 2 };
    const lines = linesFrom([0, 0], [10, 12], [5, 5], [15, 16]);
    const wb = build(layout, lines, lines.map((l) => rateOf(l, 2)));
    // 接待 printed 13 for 12: its 增减额 2 and rate 20.00% still follow the right figure.
    wb.getWorksheet(SHEET)!.getCell('C7').value = 13;
    const findings = analyzeWorkbook(toGrids(wb)).findings;
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.cell)).toContain('C7');
    expect(findings.filter((f) => f.rule === 'column-sum/change-rate')).toEqual([]);
  });

  it('a rate on a small 上年, worked out from figures finer than printed, is not called wrong', () => {
    const layout = { percentCells: false, decimals: 2 };
    const lines = linesFrom([0.5, 1.2], [10, 10], [5, 5], [15, 15]);
    const rates = lines.map((l) => rateOf(l, 2));
    // 出国 0.504 → 1.196 万元, printed 0.50 and 1.20: its rate 137.30 where the printed figures give 140.00.
    rates[1] = 137.3;
    expect(rateVerdicts(layout, lines, rates)).toEqual([]);
    rates[1] = 130;
    expect(rateVerdicts(layout, lines, rates)).toEqual([['E5', 'error']]);
  });

  it('a rate column printing the size of each change (no sign, the 增减额 shows the way) is read as sizes', () => {
    const layout = { percentCells: true, decimals: 2 };
    const lines = linesFrom([0, 0], [10, 12], [10, 4], [20, 20]);
    const sizes = lines.map((l) => {
      const r = rateOf(l, 2);
      return r === null ? null : Math.abs(r);
    });
    expect(rateVerdicts(layout, lines, sizes)).toEqual([]);
    sizes[3] = 25;
    expect(rateVerdicts(layout, lines, sizes)).toEqual([['E8', 'error']]);
  });

  it('a blank rate, a rate beside a blank or zero last year, and a change column alone are not checked', () => {
    const layout = { percentCells: false, decimals: 2 };
    const lines = linesFrom([0, 12.15], [3, 7], [0, 0], [7, 3]);
    expect(rateVerdicts(layout, lines, [121.5, 100, null, -57.14, 0, -57.14])).toEqual([]);
  });
});
