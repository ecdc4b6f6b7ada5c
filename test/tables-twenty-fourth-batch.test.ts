/**
 * The twenty-fourth held-out batch (test/corpus/README.md): a department's “三公” 预算 table (富源县人民政府办公室 2018) printing
 * the year's budget before the year before's, '本年年初预算数 | 上年年初预算数 | 增减额 | 增减幅度', under a title naming a
 * 预算. On invented tables of that layout: the table is a 预算 (a 年初预算数 without a 决算数 beside it is a 决算's only when the
 * title does not name a 预算), its sums hold without a finding, and the draft 情况说明 is a 预算说明 stating the year's figures;
 * under a title naming a 决算, or with a 决算数 column, the same columns stay a 决算's. The draft also states each “三公” kind's
 * share of the whole, as the 富源 情况说明 does; and a change its text states without a reason is not asked for one when the
 * table's 备注 gives the reason ('“三公”经费增减变化原因说明:实行厉行节约').
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

/** One year’s “三公” budget in hundredths of 万元: 出国, 接待, 购置, 运行. */
interface Year {
  abroad: number;
  reception: number;
  purchase: number;
  operation: number;
}

const cents = fc.integer({ min: 0, max: 500_000 });
const year: fc.Arbitrary<Year> = fc.record({ abroad: cents, reception: cents.map((c) => c + 100), purchase: cents, operation: cents.map((c) => c + 100) });

/** The six lines of the table in hundredths of 万元: 合计, 出国, 接待, 公务用车, 购置, 运行. */
function linesOf(y: Year): number[] {
  const vehicle = y.purchase + y.operation;
  return [y.abroad + y.reception + vehicle, y.abroad, y.reception, vehicle, y.purchase, y.operation];
}

const LABELS = ['合计', '1.因公出国(境)费', '2.公务接待费', '3.公务用车购置及运行', '其中:(1)公务用车购置费', '(2)公务用车运行费'];

interface Layout {
  title: string;
  /** The two figure columns' heads, the year's first. */
  heads: [string, string];
}

const BUDGET: Layout = { title: '某县人民政府办公室2018年度“三公”经费预算情况表', heads: ['本年年初预算数', '上年年初预算数'] };

/** 富源's layout: the year's figures, the year before's, the change and its rate (a blank figure where it is 0, as printed), and a 备注 under the lines. */
function table(current: Year, prior: Year, layout: Layout, note?: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('“三公”经费预算情况表');
  ws.getCell('A1').value = layout.title;
  ws.getCell('A2').value = '部门:某县人民政府办公室       单位:万元';
  ws.mergeCells('A1:E1');
  ws.mergeCells('A2:E2');
  ['项目', layout.heads[0], layout.heads[1], '本年预算比上年增减情况'].forEach((v, i) => (ws.getCell(3, i + 1).value = v));
  ws.getCell('D4').value = '增减额';
  ws.getCell('E4').value = '增减幅度';
  for (const col of [1, 2, 3]) ws.mergeCells(3, col, 4, col);
  ws.mergeCells('D3:E3');
  const now = linesOf(current);
  const then = linesOf(prior);
  LABELS.forEach((label, i) => {
    const r = 5 + i;
    ws.getCell(r, 1).value = label;
    if (now[i] === 0 && then[i] === 0) return;
    const money = (col: number, fen: number) => {
      ws.getCell(r, col).value = fen / 100;
      ws.getCell(r, col).numFmt = '0.00';
    };
    money(2, now[i]);
    money(3, then[i]);
    money(4, now[i] - then[i]);
    if (then[i] > 0) {
      ws.getCell(r, 5).value = Number(((now[i] - then[i]) / then[i]).toFixed(4));
      ws.getCell(r, 5).numFmt = '0.00%';
    }
  });
  if (note) {
    ws.getCell('A11').value = note;
    ws.mergeCells('A11:E11');
  }
  return wb;
}

const analyze = (wb: ExcelJS.Workbook) => analyzeWorkbook(toGrids(wb));
const raised = (findings: Finding[]) => findings.filter((f) => f.severity !== 'info');

/** The draft’s title and the amounts it states, in 分 (a hundredth of 万元 is 10,000 分). */
function drafted(wb: ExcelJS.Workbook): { title: string; amounts: number[] } {
  const grids = toGrids(wb);
  const draft = draftNarrative(analyzeWorkbook(grids).tables, { grids });
  return {
    title: draft.title.map((s) => s.text).join(''),
    amounts: draftLines(draft).flatMap((l) => l.spans.flatMap((s) => (s.type === 'amount' ? [s.fen] : []))),
  };
}

describe('twenty-fourth batch: a “三公” 预算 table printing 本年年初预算数 before 上年年初预算数', () => {
  it('is a 预算 table, and raises nothing when its figures hold', () => {
    fc.assert(
      fc.property(year, year, (current, prior) => {
        const result = analyze(table(current, prior, BUDGET));
        expect(result.tables.map((t) => [t.kind, t.family])).toEqual([['three-public', 'budget']]);
        expect(raised(result.findings)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('a rate printed with its % sign is not called an amount because it equals its line’s change (+0.01 on 1.00 is 1.00%)', () => {
    const result = analyze(table({ abroad: 0, reception: 101, purchase: 0, operation: 100 }, { abroad: 0, reception: 100, purchase: 0, operation: 100 }, BUDGET));
    expect(raised(result.findings)).toEqual([]);
  });

  it('the draft is a 预算说明 stating the year’s “三公” total, not a 决算说明 with nothing spent', () => {
    fc.assert(
      fc.property(year, year, (current, prior) => {
        const { title, amounts } = drafted(table(current, prior, BUDGET));
        expect(title).toContain('预算');
        expect(title).not.toContain('决算');
        expect(amounts).toContain(linesOf(current)[0] * 10_000);
      }),
      { numRuns: 20 },
    );
  });

  it('the draft states each “三公” kind’s share of the whole, the shares adding to 100.00%', () => {
    fc.assert(
      fc.property(year, year, (current, prior) => {
        const grids = toGrids(table(current, prior, BUDGET));
        const lines = draftLines(draftNarrative(analyzeWorkbook(grids).tables, { grids }));
        const [, abroad, reception, vehicle] = linesOf(current);
        const kinds = [abroad, vehicle, reception].filter((f) => f > 0);
        const shares = lines.filter((l) => l.spans.some((s) => s.type === 'text' && s.text.includes('“三公”经费预算中'))).flatMap((l) => l.spans.flatMap((s) => (s.type === 'share' ? [s.basisPoints] : [])));
        if (kinds.length < 2) expect(shares).toEqual([]);
        else {
          expect(shares).toHaveLength(kinds.length);
          expect(shares.reduce((a, b) => a + b, 0)).toBe(10_000);
          const total = kinds.reduce((a, b) => a + b, 0);
          shares.forEach((bp, i) => expect(Math.abs(bp - (kinds[i] * 10_000) / total)).toBeLessThan(1));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('a change the text states without its reason is not asked for one when the table’s 备注 gives the reason, and is without it', () => {
    const DEFINITIONS = '备注:\n一、按照党中央、国务院有关文件及部门预算管理有关规定,“三公”经费包括因公出国(境)费、公务用车购置及运行费和公务接待费。\n';
    const notes = fc.constantFrom(
      { note: DEFINITIONS + '二、“三公”经费增减变化原因说明:实行厉行节约。', explains: true },
      { note: DEFINITIONS + '二、“三公”经费增减变化原因说明：严格执行中央八项规定,压减公务接待开支。', explains: true },
      { note: DEFINITIONS + '5、请对“三公”经费增减变化原因等进行说明。', explains: false },
      { note: DEFINITIONS + '二、“三公”经费增减变化原因说明:无。', explains: false },
      { note: undefined, explains: false },
    );
    // 公务接待费 down by 15%–100% of the year before's, the 公务用车 line unchanged.
    const drop = fc.record({ prior: fc.integer({ min: 100, max: 500_000 }), kept: fc.integer({ min: 0, max: 85 }), operation: fc.integer({ min: 100, max: 500_000 }) });
    fc.assert(
      fc.property(drop, notes, ({ prior, kept, operation }, { note, explains }) => {
        const reception = Math.floor((prior * kept) / 100);
        const current: Year = { abroad: 0, reception, purchase: 0, operation };
        const before: Year = { abroad: 0, reception: prior, purchase: 0, operation };
        const tables = analyze(table(current, before, BUDGET, note)).tables;
        const wan = (h: number) => (h / 100).toFixed(2);
        const rate = Math.round(((prior - reception) / prior) * 100);
        const text =
          `2018年某县人民政府办公室“三公”经费预算为${wan(reception + operation)}万元,比2017年减少${wan(prior - reception)}万元。` +
          `其中公务接待费预算为${wan(reception)}万元,比上年减少${wan(prior - reception)}万元、减少${rate}%;公务用车购置及运行费预算为${wan(operation)}万元,与上年持平。\n`;
        const asked = checkNarrativeText(text, tables).filter((f) => f.severity !== 'info' && f.message.includes('未说明原因'));
        expect(asked.length > 0).toBe(!explains);
      }),
      { numRuns: 40 },
    );
  });

  it('the same columns stay a 决算’s under a title naming a 决算, or a 预算 execution, or beside a 决算数', () => {
    const finals: Layout[] = [
      { title: '某县人民政府办公室2018年度“三公”经费决算情况表', heads: ['本年年初预算数', '上年年初预算数'] },
      { title: '某县人民政府办公室2018年度“三公”经费预算执行情况表', heads: ['本年年初预算数', '上年年初预算数'] },
      { title: '某县人民政府办公室2018年度“三公”经费情况表', heads: ['年初预算数', '上年年初预算数'] },
      { title: '某县人民政府办公室2018年度“三公”经费预算情况表', heads: ['决算数', '年初预算数'] },
    ];
    fc.assert(
      fc.property(year, year, fc.constantFrom(...finals), (current, prior, layout) => {
        const result = analyze(table(current, prior, layout));
        expect(result.tables.map((t) => t.family)).toEqual(['final']);
      }),
      { numRuns: 20 },
    );
  });

  it('on the batch’s workbooks: the 富源 table read as a 预算 and nothing raised; the 国家财政收支平衡表 raises nothing', async () => {
    const dir = join(__dirname, 'corpus', 'tables', 'workbooks');
    const read = async (file: string) => analyzeWorkbook(workbookToGrids(await loadXlsx(new Uint8Array(readFileSync(join(dir, file)))), file));
    const fuyuan = await read('fuyuan-zhengfuban-2018.xlsx');
    expect(fuyuan.tables.map((t) => [t.kind, t.family, t.unit])).toEqual([['three-public', 'budget', '万元']]);
    expect(raised(fuyuan.findings)).toEqual([]);
    expect(raised((await read('guojia-pingheng-1996.xlsx')).findings)).toEqual([]);
  });
});
