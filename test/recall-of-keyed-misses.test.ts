/**
 * Session 38's recall round (docs/accuracy.md lists what the checker missed), and what the command line reports of a
 * table's year:
 * - A table with nothing above it but '单位:万元' (奉新县's 2023 “三公” 预算 opens so, its title only on the sheet's
 *   tab) takes its year from its figure columns, '2022年预算数 | 2023年预算数', when every one of them names a year;
 *   beside an unnamed '预算数' (a named '2022年预算数' may be last year's) or with years as rows it states none.
 * - Shares under the 决算 template's '本年收入的具体构成为:' (221 L38: '财政拨款收入213.24万元,占 100 %' of 本年收入合计
 *   231.24) are of the whole the opening names, when the text states it under those words and every figure of that
 *   subject agrees; else they stay unchecked — a 收入总计 alone may hold 结转 that 本年收入 does not.
 * - The change of a whole against its known parts' changes stated under their own headings (224 L1: the “三公” total
 *   '比预算数减少1188万元' against 出国 −31, 接待 −850, 公务用车 −107 = −988): an error only when every part of the
 *   decomposition is stated with a change on the same comparison and the parts' figures add up to the whole's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { analyzeWorkbook, type Finding } from '../src/engine';
import { checkNarrativeText } from '../src/engine/narrative';
import { loadXlsx } from '../src/xlsx/load';
import { workbookToGrids } from '../src/xlsx/grids';
import { toGrids } from './fixtures';

const CORPUS_TABLES = join(__dirname, 'corpus', 'tables', 'workbooks');

/** 奉新县's layout: '单位:万元' merged over the columns, 项目 | figures… | 增减 | 增减原因, the “三公” lines under it. */
function untitledThreePublic(figureHeads: string[], figures: number[][]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('“三公”经费预算表');
  const width = figureHeads.length + 3;
  ws.getCell(1, 1).value = '单位:万元';
  ws.mergeCells(1, 1, 1, width);
  const last = figureHeads[figureHeads.length - 1];
  ['项目', ...figureHeads, `${last}增减`, '增减原因'].forEach((v, i) => (ws.getCell(2, i + 1).value = v));
  const labels = ['合计', '1、因公出国(境)费用', '2、公务接待费', '3、公务用车费', '其中:(1)公务用车运转维护费', '(2)公务用车购置费'];
  labels.forEach((label, i) => {
    ws.getCell(3 + i, 1).value = label;
    figures.forEach((column, j) => (ws.getCell(3 + i, 2 + j).value = column[i] / 100));
    const first = figures[0][i];
    const lastFigure = figures[figures.length - 1][i];
    ws.getCell(3 + i, figureHeads.length + 2).value = (lastFigure - first) / 100;
  });
  ws.getCell(5, width).value = '严格执行中央八项规定及压减一般性支出要求,减少公务接待。';
  return wb;
}

/** One year's “三公” lines in 分: 合计, 出国, 接待, 公务用车, 运行维护, 购置. */
const threePublicYear = fc
  .tuple(fc.integer({ min: 0, max: 500_000 }), fc.integer({ min: 0, max: 20_000_000 }), fc.integer({ min: 0, max: 20_000_000 }), fc.integer({ min: 0, max: 9_000_000 }))
  .map(([abroad, reception, operation, purchase]) => [abroad + reception + operation + purchase, abroad, reception, operation + purchase, operation, purchase]);

const reportYear = fc.integer({ min: 2010, max: 2035 });

describe('a table with no year above it takes the latest its figure columns name', () => {
  it('奉新县 2023: the corpus workbook is a 2023 table', async () => {
    const wb = await loadXlsx(new Uint8Array(readFileSync(join(CORPUS_TABLES, 'fengxin-sangong-2023.xlsx'))));
    const tables = analyzeWorkbook(workbookToGrids(wb)).tables;
    expect(tables.map((t) => `${t.kind} ${t.family} ${t.year}`)).toEqual(['three-public budget 2023']);
  });

  it('the year before | the year, in either order: the later year', () => {
    fc.assert(
      fc.property(reportYear, threePublicYear, threePublicYear, fc.boolean(), (year, prior, current, priorFirst) => {
        const heads = priorFirst ? [`${year - 1}年预算数`, `${year}年预算数`] : [`${year}年预算数`, `${year - 1}年预算数`];
        const figures = priorFirst ? [prior, current] : [current, prior];
        const [table] = analyzeWorkbook(toGrids(untitledThreePublic(heads, figures))).tables;
        expect(table.kind).toBe('three-public');
        expect(table.year).toBe(year);
      }),
    );
  });

  it('stays silent when one figure column names no year: a named year beside “预算数” may be last year’s', () => {
    fc.assert(
      fc.property(reportYear, threePublicYear, threePublicYear, (year, prior, current) => {
        const [table] = analyzeWorkbook(toGrids(untitledThreePublic([`${year - 1}年预算数`, '预算数'], [prior, current]))).tables;
        expect(table.kind).toBe('three-public');
        expect(table.year).toBeUndefined();
      }),
    );
  });

  it('stays silent when no column names a year (上年预算数 | 本年预算数)', () => {
    const [table] = analyzeWorkbook(toGrids(untitledThreePublic(['上年预算数', '本年预算数'], [[100, 0, 40, 60, 50, 10], [90, 0, 30, 60, 50, 10]]))).tables;
    expect(table.kind).toBe('three-public');
    expect(table.year).toBeUndefined();
  });
});

describe('shares under “本年收入的具体构成为:” are of 本年收入', () => {
  const shareFindings = (text: string): Finding[] => checkNarrativeText(text, [], { source: 't.txt' }).filter((f) => f.rule === 'narrative/share');

  /** 221's two lines: the totals, then the make-up with each source's share. */
  const lines = (total: string, sources: [string, string][], head = '本年收入的具体构成为:') =>
    [
      `本部门2020年度收入总计 ${total}万元,其中年初结转和结余0万元,较2019年增加5.24万元,增长2.3%;本年收入合计${total}万元,较2019年增加5.24万元,增长2.3 %,主要原因是:正常支出。`,
      `${head}${sources.map(([name, rest]) => `${name}${rest}`).join(';')}。`,
    ].join('\n');

  it('221 L38: 213.24 of 231.24 printed as 100% is an error on the share', () => {
    const text = lines('231.24', [
      ['财政拨款收入', '213.24万元,占 100 %'],
      ['事业收入', ' 0 万元,占 0%'],
      ['经营收入', ' 0 万元,占 0 %'],
      ['其他收入', ' 0 万元,占0 %'],
    ]);
    const found = shareFindings(text);
    expect(found.map((f) => [f.cell, f.severity, f.expected, f.actual])).toEqual([['L2', 'error', 92.22, 100]]);
    expect(found[0].message).toContain('213.24 ÷ 231.24');
  });

  it('shares that are right stay silent; a share off its whole by more than rounding is an error', () => {
    const fen = fc.integer({ min: 100, max: 50_000_000 });
    fc.assert(
      fc.property(fen, fen, fc.boolean(), (a, b, wrong) => {
        const total = a + b;
        const pct = (x: number) => ((x * 100) / total).toFixed(2);
        // A share printed as the whole (100%) when the other source is more than the rounding of the figures.
        const printedWhole = wrong && (b * 100) / total > 0.02;
        const first = printedWhole ? '100.00' : pct(a);
        const text = lines((total / 100).toFixed(2), [
          ['财政拨款收入', `${(a / 100).toFixed(2)}万元,占${first}%`],
          ['事业收入', `${(b / 100).toFixed(2)}万元,占${pct(b)}%`],
        ]);
        const errors = shareFindings(text).filter((f) => f.severity === 'error');
        expect(errors.map((f) => f.cell)).toEqual(printedWhole ? ['L2'] : []);
      }),
    );
  });

  it('stays silent when the text states no 本年收入 under those words, only a 收入总计 that holds 结转', () => {
    const text = [
      '本部门2020年度收入总计 300.00万元,其中年初结转和结余68.76万元。',
      '本年收入的具体构成为:财政拨款收入213.24万元,占 92.22 %;事业收入18.00万元,占7.78%。',
    ].join('\n');
    expect(shareFindings(text)).toEqual([]);
  });

  it('stays silent when two figures of 收入 disagree (收入总计 with 结转, 本年收入合计 without)', () => {
    const text = [
      '本部门2020年度收入总计 300.00万元,其中年初结转和结余68.76万元;本年收入合计231.24万元。',
      '本年收入的具体构成为:财政拨款收入213.24万元,占 100 %;事业收入 0 万元,占 0%。',
    ].join('\n');
    expect(shareFindings(text).filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('a whole’s change against its parts’ changes stated under their own headings', () => {
  const changeFindings = (text: string): Finding[] => checkNarrativeText(text, [], { source: 't.txt' }).filter((f) => f.rule === 'narrative/change' && f.message.includes('变动之和'));

  /** 224's layout: the total with its change on the budget, then one heading and one line a kind. */
  function sangong(total: [string, string, string?], items: [string, string][], comparisons: string[] = ['比预算数', '比预算数', '比预算数']): string {
    const names = ['因公出国(境)费', '公务接待费', '公务用车购置及运行维护费'];
    const headings = ['一、因公出国(境)经费', '二、公务接待费', '三、公务用车购置及运行维护费'];
    const lines = [`经宜宾市财政局汇总,2017年宜宾市市本级部门使用财政拨款安排 “三公”经费支出总额为${total[0]}万元,比预算数${total[1]}万元${total[2] ?? ''}。`];
    items.forEach(([value, change], i) => {
      lines.push(headings[i], `2017年${names[i]}${value}万元,${comparisons[i]}${change}万元。`);
    });
    return lines.join('\n');
  }

  it('224 L1: 减少1188万元 against the items’ 31 + 850 + 107 = 988 is an error on the total’s change', () => {
    const text = sangong(['3825', '减少1188', ',下降23.70%'], [
      ['99', '减少31'],
      ['1014', '减少850'],
      ['2712', '减少107'],
    ]);
    const found = changeFindings(text);
    expect(found.map((f) => [f.cell, f.severity, f.expected, f.actual])).toEqual([['L1', 'error', -988, -1188]]);
    expect(found[0].message).toContain('-31.00 + -850.00 + -107.00 = -988.00万元');
  });

  it('changes that add up stay silent; a total’s change off its parts’ by more than a printed unit is an error', () => {
    // One kind: this year's and the budget's figures in whole 万元, never equal.
    const kind = fc.tuple(fc.integer({ min: 1, max: 5_000 }), fc.integer({ min: 1, max: 5_000 })).filter(([now, then]) => now !== then);
    fc.assert(
      fc.property(fc.tuple(kind, kind, kind), fc.integer({ min: -300, max: 300 }), (kinds, slip) => {
        const word = (x: number) => (x < 0 ? `减少${-x}` : `增加${x}`);
        const total = kinds.reduce((s, [now]) => s + now, 0);
        const change = kinds.reduce((s, [now, then]) => s + now - then, 0) + slip;
        fc.pre(change !== 0 && total - change > 0);
        const text = sangong(
          [`${total}`, word(change)],
          kinds.map(([now, then]) => [`${now}`, word(now - then)]),
        );
        // Whole 万元 printed: a gap of two units or less is within their rounding (half a unit each of four figures).
        const expected = Math.abs(slip) > 2 ? [['L1', 'error']] : [];
        expect(changeFindings(text).map((f) => [f.cell, f.severity])).toEqual(expected);
      }),
    );
  });

  it('stays silent when a part is not stated, when the parts’ figures do not make the whole, or when a part compares with another year', () => {
    const missing = sangong(['3825', '减少1188'], [
      ['99', '减少31'],
      ['1014', '减少850'],
    ]);
    const otherScope = sangong(['3900', '减少1188'], [
      ['99', '减少31'],
      ['1014', '减少850'],
      ['2712', '减少107'],
    ]);
    const otherComparison = sangong(
      ['3825', '减少1188'],
      [
        ['99', '减少31'],
        ['1014', '减少850'],
        ['2712', '减少107'],
      ],
      ['比预算数', '比预算数', '比上年'],
    );
    for (const text of [missing, otherScope, otherComparison]) expect(changeFindings(text)).toEqual([]);
  });
});
