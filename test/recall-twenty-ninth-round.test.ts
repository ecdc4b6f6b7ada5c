/**
 * The twenty-ninth round's recall (docs/accuracy.md lists what the checker misses): keyed problems it can catch without a
 * false alarm, each on invented variants of the real layouts.
 * - A “三公” 决算 table whose title names the year before its own columns' (红河县's '2017年' over 2017年决算数 | 2018年决算数),
 *   and a change header with the same stale year: warned only when the title names one year and a column of the table's
 *   own figures names a later one.
 * - A 增减额 left blank beside two figures that differ: a warning at the blank, never on a line whose figures are blank or
 *   equal, never where the change column is blank throughout; the 本年 figure beside it is not called wrong, and the sum
 *   down the change column (the 合计's 93.27 against blank + 66.45 + 22.61) is a warning naming the blank.
 * - A completion rate printed below zero ('支出预算为23.40万元,支出决算为7.2万元,完成预算的-69.23%'): read with its sign and
 *   checked against 决算 ÷ 预算, the message saying it is the change on the budget printed in the rate's place.
 * - '比上年减少支出0.88亿元,降幅达到38.7%': the change with 支出 between its word and its figure, and the rate after
 *   '降幅达到', read and checked against the change over last year's figure.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { analyzeWorkbook, type Finding } from '../src/engine';
import { checkNarrativeText } from '../src/engine/narrative';
import { toGrids } from './fixtures';

/** The lines of a vertical “三公” 决算 table: 合计, 出国, 公务用车 (购置, 运行维护), 接待 — one year's figures in 分. */
const LABELS = ['合计', '1.因公出国(境)费', '2.公务用车购置及运行维护费', '(1)公务用车购置费', '(2)公务用车运行维护费', '3.公务接待费'];

/** 出国, 购置, 运行维护, 接待 in 分. */
const year = fc.tuple(fc.integer({ min: 0, max: 2_000_000 }), fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 100, max: 9_000_000 }), fc.integer({ min: 100, max: 4_000_000 }));

function linesOf([abroad, purchase, operation, reception]: number[]): number[] {
  return [abroad + purchase + operation + reception, abroad, purchase + operation, purchase, operation, reception];
}

interface Layout {
  title: string;
  /** The two figure columns' headers, the year before's first. */
  figures: [string, string];
  /** The header over 增减额 | 增减幅度. */
  changeHead: string;
  /** Cells printed blank: [line index, column 2 (上年) | 3 (本年) | 4 (增减额)]. */
  blanks?: [number, number][];
  /** No 增减额 printed on any line. */
  noChanges?: boolean;
}

/** 项目 | 上年 | 本年 | 增减额 | 增减幅度, the change header merged over the last two. */
function threePublicFinal(prior: number[], current: number[], layout: Layout): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('“三公”经费决算统计表');
  ws.getCell('A1').value = layout.title;
  ws.mergeCells('A1:E1');
  ws.getCell('A2').value = '单位:万元';
  ['项 目', ...layout.figures, layout.changeHead].forEach((v, i) => (ws.getCell(3, i + 1).value = v));
  ws.getCell('D4').value = '增减额';
  ws.getCell('E4').value = '增减幅度';
  for (const c of ['A', 'B', 'C']) ws.mergeCells(`${c}3:${c}4`);
  ws.mergeCells('D3:E3');
  const then = linesOf(prior);
  const now = linesOf(current);
  const blank = (i: number, col: number) => layout.blanks?.some(([l, c]) => l === i && c === col) ?? false;
  LABELS.forEach((label, i) => {
    const r = 5 + i;
    ws.getCell(r, 1).value = label;
    const figures: [number, number][] = [
      [2, then[i]],
      [3, now[i]],
    ];
    if (!layout.noChanges) figures.push([4, now[i] - then[i]]);
    for (const [col, fen] of figures) {
      if (blank(i, col)) continue;
      ws.getCell(r, col).value = fen / 100;
      ws.getCell(r, col).numFmt = '#,##0.00';
    }
    if (!layout.noChanges && then[i] > 0 && !blank(i, 4)) {
      ws.getCell(r, 5).value = Number(((now[i] - then[i]) / then[i]).toFixed(4));
      ws.getCell(r, 5).numFmt = '0.00%';
    }
  });
  return wb;
}

const analyze = (wb: ExcelJS.Workbook) => analyzeWorkbook(toGrids(wb));
const ofRule = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule).map((f) => [f.cell, f.severity]);

describe('a title naming the year before its own columns’ year', () => {
  const finalColumns = (y: number): [string, string] => [`${y - 1}年决算数`, `${y}年决算数`];

  it('is a warning at the title, and at a change header carrying the same stale year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2010, max: 2030 }), year, year, fc.boolean(), (y, prior, current, staleChange) => {
        const wb = threePublicFinal(prior, current, {
          title: `某县${y - 1}年“三公”经费决算统计表`,
          figures: finalColumns(y),
          changeHead: `${staleChange ? y - 1 : y}年决算比上年增减情况`,
        });
        const found = analyze(wb).findings.filter((f) => f.rule === 'disclosure/year/title');
        expect(found.map((f) => [f.cell, f.severity])).toEqual(staleChange ? [['A1', 'warning'], ['D3', 'warning']] : [['A1', 'warning']]);
        expect(found[0].message).toContain(`标题写的是${y - 1}年`);
        expect(found[0].message).toContain(`${y}年决算数`);
      }),
      { numRuns: 30 },
    );
  });

  it('is silent when the title names the report year, two years, or no year, and on a 预算 beside the year before’s 执行数', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2010, max: 2030 }), year, year, (y, prior, current) => {
        const titles = [`某县${y}年“三公”经费决算统计表`, `某县${y - 1}年和${y}年“三公”经费决算统计表`, '某县“三公”经费决算统计表'];
        for (const title of titles) {
          const wb = threePublicFinal(prior, current, { title, figures: finalColumns(y), changeHead: '比上年增减情况' });
          expect(ofRule(analyze(wb).findings, 'disclosure/year/title')).toEqual([]);
        }
        const budget = threePublicFinal(prior, current, {
          title: `某县${y}年“三公”经费预算表`,
          figures: [`${y - 1}年执行数`, `${y}年预算数`],
          changeHead: '比上年增减情况',
        });
        expect(ofRule(analyze(budget).findings, 'disclosure/year/title')).toEqual([]);
      }),
      { numRuns: 20 },
    );
  });
});

describe('a 增减额 left blank beside two figures that differ', () => {
  const layout = (blanks: [number, number][], extra: Partial<Layout> = {}): Layout => ({
    title: '某县2018年“三公”经费决算统计表',
    figures: ['2017年决算数', '2018年决算数'],
    changeHead: '2018年决算比上年增减情况',
    blanks,
    ...extra,
  });
  /** A line that is neither the 合计 nor the 公务用车 subtotal: its change is blanked without touching a sum's figures. */
  const leaf = fc.constantFrom(1, 3, 4, 5);

  it('is a warning at the blank stating the change, where the line prints both figures or one over a blank', () => {
    fc.assert(
      fc.property(year, year, leaf, fc.constantFrom<number[]>([], [2], [3]), (prior, current, line, blankFigure) => {
        const then = linesOf(prior);
        const now = linesOf(current);
        const shownThen = blankFigure.includes(2) ? 0 : then[line];
        const shownNow = blankFigure.includes(3) ? 0 : now[line];
        fc.pre(shownThen !== shownNow && (shownThen !== 0 || shownNow !== 0));
        // A blank figure of this line is the only change to the table: its 上年 / 本年 columns still print the others'.
        const wb = threePublicFinal(prior, current, layout([[line, 4], ...blankFigure.map((c): [number, number] => [line, c])]));
        const found = analyze(wb).findings.filter((f) => f.rule === 'column-sum/change/blank');
        expect(found.map((f) => [f.cell, f.severity])).toEqual([[`D${5 + line}`, 'warning']]);
        expect(found[0].expected).toBeCloseTo((shownNow - shownThen) / 100, 2);
        expect(found[0].message).toContain('为空白');
        // The 本年 figure beside the blank is not called wrong (a blank change is no 0); the sum down the change column
        // that holds the blank — the 合计's, or 公务用车's for its 购置 / 运行维护 — is a warning naming it, where the
        // blank is more than the sum's rounding (a few 0.01).
        const all = analyze(wb).findings;
        if (blankFigure.length === 0) expect(all.filter((f) => f.severity === 'error')).toEqual([]);
        if (blankFigure.length === 0 && Math.abs(shownNow - shownThen) >= 100) {
          const sum = all.filter((f) => f.rule === 'hierarchy-sum/three-public');
          expect(sum.map((f) => [f.cell, f.severity])).toEqual([[line === 3 || line === 4 ? 'D7' : 'D5', 'warning']]);
          expect(sum[0].message).toContain(`“${LABELS[line].replace(/^\(?\d\)?\.?/, '')}”为空白`);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('is silent where the line’s figures are blank or equal, and where no line prints a change', () => {
    fc.assert(
      fc.property(year, year, leaf, (prior, current, line) => {
        const blankRow = threePublicFinal(prior, current, layout([[line, 2], [line, 3], [line, 4]]));
        expect(ofRule(analyze(blankRow).findings, 'column-sum/change/blank')).toEqual([]);
        const same = threePublicFinal(prior, prior, layout([[line, 4]]));
        expect(ofRule(analyze(same).findings, 'column-sum/change/blank')).toEqual([]);
        const noChanges = threePublicFinal(prior, current, layout([], { noChanges: true }));
        expect(ofRule(analyze(noChanges).findings, 'column-sum/change/blank')).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });
});

describe('a completion rate printed below zero', () => {
  /** 预算 and 决算 in 分, the 决算 below the 预算 (the change on the budget negative). */
  const figures = fc
    .tuple(fc.integer({ min: 1_000, max: 50_000_000 }), fc.integer({ min: 1, max: 99 }))
    .map(([budget, pct]) => ({ budget, actual: Math.max(1, Math.round((budget * pct) / 100)) }))
    .filter(({ budget, actual }) => actual < budget);
  const wan = (fen: number) => (fen / 100).toFixed(2);
  const sentence = (budget: number, actual: number, rate: string) =>
    `某单位2018年度一般公共预算财政拨款“三公”经费支出预算为${wan(budget)}万元,支出决算为${wan(actual)}万元,完成预算的${rate}%。`;
  const errors = (text: string) => checkNarrativeText(text, [], { source: 't.txt' }).filter((f) => f.severity === 'error');

  it('is an error stating 决算 ÷ 预算, and the change on the budget it is, whichever minus sign is printed', () => {
    fc.assert(
      fc.property(figures, fc.constantFrom('-', '－', '−'), ({ budget, actual }, minus) => {
        const change = (((budget - actual) * 100) / budget).toFixed(2);
        const found = errors(sentence(budget, actual, `${minus}${change}`));
        expect(found.map((f) => [f.rule, f.cell])).toEqual([['narrative/completion', 'L1']]);
        expect(found[0].message).toContain('完成率不会是负数，文中的数是决算比预算的增减幅度');
        expect(found[0].expected).toBeCloseTo((actual * 100) / budget, 1);
      }),
      { numRuns: 40 },
    );
  });

  it('the rate printed right, 决算 ÷ 预算, raises nothing', () => {
    fc.assert(
      fc.property(figures, ({ budget, actual }) => {
        expect(errors(sentence(budget, actual, ((actual * 100) / budget).toFixed(2)))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});

describe('a change written 减少支出 / 增加支出 with its rate after 降幅达到 / 增幅达到', () => {
  /** This year's and last year's figures in 百万元 (0.01 亿元), apart by more than their printing's rounding can move a rate. */
  const pair = fc.tuple(fc.integer({ min: 500, max: 50_000 }), fc.integer({ min: 500, max: 50_000 })).filter(([now, then]) => Math.abs(now - then) >= 50);
  const yi = (n: number) => (n / 100).toFixed(2);
  const sentence = (now: number, then: number, rate: string) => {
    const up = now > then;
    return `2016年省级“三公”经费支出${yi(now)}亿元,比上年${up ? '增加' : '减少'}支出${yi(Math.abs(now - then))}亿元,${up ? '增幅' : '降幅'}达到${rate}%。`;
  };
  const changeErrors = (text: string) => checkNarrativeText(text, [], { source: 't.txt' }).filter((f) => f.severity === 'error' && f.rule === 'narrative/change');

  it('a rate taken on this year’s figure is an error stating the change over last year’s', () => {
    fc.assert(
      fc.property(pair, ([now, then]) => {
        const right = (Math.abs(now - then) * 100) / then;
        const onThisYear = (Math.abs(now - then) * 100) / now;
        fc.pre(Math.abs(right - onThisYear) > 2);
        const found = changeErrors(sentence(now, then, onThisYear.toFixed(1)));
        expect(found.map((f) => f.cell)).toEqual(['L1']);
        expect(found[0].message).toContain(`÷ ${yi(then)}`);
      }),
      { numRuns: 40 },
    );
  });

  it('the right rate raises no error', () => {
    fc.assert(
      fc.property(pair, ([now, then]) => {
        expect(changeErrors(sentence(now, then, ((Math.abs(now - then) * 100) / then).toFixed(1)))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
