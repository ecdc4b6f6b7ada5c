/**
 * The draft states a figure only where the tables give it for certain: the “三公” figures its sums decide
 * (a blank cell under a printed whole, a printed figure that breaks a sum, a 决算 table without a 决算数
 * column are marked blanks), the year's column and not a change column beside it, the 基本支出 the tables
 * print rather than a re-rounded sum, no 本年收入合计 added up from a table cut short. Each on the real
 * workbook it comes from, and as properties over generated tables.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recognizeWorkbook } from '../src/engine/recognize';
import { draftLines, draftNarrative, draftToMarkdown, PLACEHOLDERS } from '../src/engine/narrative';
import { certainFigures, THREE_PUBLIC_PARTS, type Printed, type ThreePublicPart } from '../src/engine/narrative/draft/three-public-certain';
import { basicTotal } from '../src/engine/narrative/draft/basic';
import { workbookToGrids } from '../src/xlsx/grids';
import { loadXlsx } from '../src/xlsx/load';
import { CORPUS_DIR } from './accuracy/corpus';
import { toGrids } from './fixtures';
import { turnedTable, writeCountyThreePublic, writeThreePublicChanges, type CountyCell } from './fixtures/three-public';
import { readFacts } from '../src/engine/narrative/facts';
import { namesLastYearsFigure } from '../src/engine/recognize/lexicon';

const BLANK = `${PLACEHOLDERS.amount.marker}万元`;

async function corpusDraft(name: string) {
  const grids = workbookToGrids(await loadXlsx(new Uint8Array(readFileSync(join(CORPUS_DIR, 'tables/workbooks', `${name}.xlsx`)))), `${name}.xlsx`);
  const tables = recognizeWorkbook(grids);
  const draft = draftNarrative(tables, { grids });
  return { draft, md: draftToMarkdown(draft), tables };
}

/** The cells the facts read each “三公” figure from ('three-public' → ['C3']). */
function threePublicFactCells(tables: Parameters<typeof readFacts>[0]): Record<string, string[]> {
  const totals = readFacts(tables).totals;
  const keys = ['three-public', 'abroad', 'reception', 'vehicle', 'vehicle-operation', 'vehicle-purchase'];
  return Object.fromEntries(keys.map((k) => [k, (totals.get(k) ?? []).map((w) => w.source.cell)]));
}

/** A county “三公” table under `heads`, each of its lines' cells from `cells`, as recognized. */
function countyThreePublicTables(heads: string[], cells: (p: ThreePublicPart) => CountyCell[]) {
  const wb = new ExcelJS.Workbook();
  const lines = { total: cells('total'), abroad: cells('abroad'), reception: cells('reception'), vehicle: cells('vehicle'), operation: cells('operation'), purchase: cells('purchase') };
  writeCountyThreePublic(wb.addWorksheet('三公'), { heads, ...lines });
  return recognizeWorkbook(toGrids(wb));
}

/** One year of a “三公” table in 万元 (two decimals), its 公务用车 and 合计 adding up. */
const threePublicYear = fc.record({ abroad: fc.nat(5000), reception: fc.nat(5000), purchase: fc.nat(5000), operation: fc.nat(5000) }).map((x) => {
  const w = (c: number) => c / 100;
  const vehicle = x.purchase + x.operation;
  return { abroad: w(x.abroad), reception: w(x.reception), purchase: w(x.purchase), operation: w(x.operation), vehicle: w(vehicle), total: w(x.abroad + x.reception + vehicle) };
});

describe('the real workbooks', () => {
  it('奉新 2023: the 2023年预算数 column, not the 增减 or 增减原因 beside it; 运转维护费 worked out from its sum', async () => {
    const { md } = await corpusDraft('fengxin-sangong-2023');
    // 合计 2415.44 = 0 + 989.86 + 1425.58; 1425.58 = 898.22 + 527.36 (its line '公务用车运转维护费', read as the 运行维护费 line).
    expect(md).toContain('“三公”经费预算2415.44万元，其中：因公出国（境）费0.00万元，公务用车购置及运行维护费1425.58万元（其中：公务用车购置费527.36万元，公务用车运行维护费898.22万元），公务接待费989.86万元。');
  });

  it('奉新 2023: the facts read the 2023年预算数 column alone, never 2023年预算数增减 (D) or 增减原因 (E)', async () => {
    const { tables } = await corpusDraft('fengxin-sangong-2023');
    expect(threePublicFactCells(tables)).toEqual({
      'three-public': ['C3'],
      abroad: ['C4'],
      reception: ['C5'],
      vehicle: ['C6'],
      'vehicle-operation': ['C7'],
      'vehicle-purchase': ['C8'],
    });
  });

  it('施甸县 2016: 上年决算数 | 本年决算数 | 比上年增、减情况 — the draft and the facts take 本年决算数 (2706.86), not 上年 (2911.47)', async () => {
    const { md, tables } = await corpusDraft('shidian-2016');
    expect(md).toContain('2016年度“三公”经费财政拨款支出决算为2706.86万元，其中：因公出国（境）费支出决算为10.20万元；公务用车购置及运行维护费支出决算为1105.72万元；公务接待费支出决算为1590.94万元。');
    expect(md).not.toContain('2911.47');
    expect(Object.values(threePublicFactCells(tables)).flat().every((cell) => cell.startsWith('C'))).toBe(true);
  });

  it('岳阳县台创园 2017: the 2017-预算数 column before the blank 2016-执行数', async () => {
    const { md } = await corpusDraft('yueyang-taichuangyuan-2017');
    expect(md).toContain('“三公”经费预算25.00万元，其中：因公出国（境）费0.00万元，公务用车购置及运行维护费10.00万元');
  });

  it('桂林市司法局 2015: 公务用车费 printed 0 over its 其中 32.65 is left blank, the figures that agree stay', async () => {
    const { draft, md } = await corpusDraft('guilin-sifaju-2015');
    expect(md).toContain(`“三公”经费预算34.35万元，其中：因公出国（境）费0.00万元，公务用车购置及运行维护费${BLANK}（其中：公务用车购置费0.00万元，公务用车运行维护费32.65万元），公务接待费1.70万元。`);
    expect(draft.notes.join()).toContain('公务用车购置及运行维护费0.00万元与表中其他数不能相加一致（按表中其他数应为32.65万元）');
  });

  it('宣州区审计局 2018: 合计 3.1 over a blank 公务接待费 and a blank 公务用车 — neither is stated as 0.00', async () => {
    const { md } = await corpusDraft('xuanzhou-shenjiju-2018');
    expect(md).toContain(`“三公”经费预算3.10万元，其中：因公出国（境）费0.00万元，公务用车购置及运行维护费${BLANK}（其中：公务用车购置费${BLANK}，公务用车运行维护费${BLANK}），公务接待费${BLANK}。`);
  });

  it('宁国市交通运输局 2013: the blank 其中 of 公务用车 32.5 are marked blanks, not 0.00', async () => {
    const { md } = await corpusDraft('ningguo-jiaotong-2013');
    expect(md).toContain(`公务用车购置及运行维护费支出32.50万元，其中：公务用车购置支出${BLANK}，公务用车运行维护支出${BLANK}`);
    expect(md).toContain('2013年度“三公”经费财政拨款支出决算为60.60万元，其中：');
    expect(md).not.toContain('支出支出');
  });

  it('岳阳县 2015: a 决算 table whose one column is a 预算数 gives no 决算数 — no 0.00 and no 完成预算的0.00%', async () => {
    const { md } = await corpusDraft('yueyang-xian-2015');
    expect(md).toContain(`“三公”经费财政拨款支出预算为3318.00万元，支出决算为${BLANK}，其中：`);
    expect(md).not.toContain('完成预算的0.00%');
  });

  it('宜川路街道 2025: 基本支出 14,107.46 as its tables print it, over 人员经费 12,192.15 and 公用经费 1,915.30', async () => {
    const { md } = await corpusDraft('putuo-yichuan-2025');
    expect(md).toContain('一般公共预算财政拨款基本支出14107.46万元，其中：人员经费12192.15万元');
  });

  it('南漳县招商服务中心 2019: a 收支总表 cut short gives no 本年收入合计 — the sources are listed, the total left blank', async () => {
    const { md } = await corpusDraft('nanzhang-zhaoshang-2019');
    expect(md).toContain(`本年收入合计${BLANK}，其中：一般公共预算财政拨款收入440.55万元；上级补助收入10.00万元。`);
    expect(md).not.toContain('450.55');
  });

  it('生态环境局 2025: nothing carried over — no 年初结转和结余0.00万元 sentence, as its real text', async () => {
    const { md } = await corpusDraft('putuo-shengtai-2025');
    expect(md).not.toContain('结转和结余0.00万元');
    expect(md).toContain('收、支总计4733.14万元');
  });

  it('社会福利院 2024: 机关运行经费 0 is worded 无机关运行经费, as its real text', async () => {
    const { md } = await corpusDraft('fuliyuan-2024');
    expect(md).toContain('上海市普陀区社会福利院2024年无机关运行经费。');
  });
});

const fen = (wan: number) => Math.round(wan * 1_000_000);

/** Consistent 三公 figures in 分 (whole 0.01 万元). */
const truth = fc
  .record({ abroad: fc.nat(50_000), purchase: fc.nat(50_000), operation: fc.nat(50_000), reception: fc.nat(50_000) })
  .map((x) => {
    const f = (cents: number) => cents * 10_000;
    const t: Record<ThreePublicPart, number> = { abroad: f(x.abroad), purchase: f(x.purchase), operation: f(x.operation), reception: f(x.reception), vehicle: 0, total: 0 };
    t.vehicle = t.purchase + t.operation;
    t.total = t.abroad + t.vehicle + t.reception;
    return t;
  });

describe('which 三公 figures a table gives for certain (properties)', () => {
  it('consistent figures, any zero printed blank and any one line missing: every figure stated is the table’s, every printed one stated', () => {
    fc.assert(
      fc.property(truth, fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), fc.option(fc.constantFrom(...THREE_PUBLIC_PARTS), { nil: undefined }), (t, blankZeros, missing) => {
        const printed: Printed = {};
        THREE_PUBLIC_PARTS.forEach((p, i) => {
          if (p !== missing) printed[p] = t[p] === 0 && blankZeros[i] ? null : t[p];
        });
        const { figures, setAside } = certainFigures(printed);
        expect(setAside).toEqual([]);
        for (const p of THREE_PUBLIC_PARTS) {
          if (figures[p] !== undefined) expect(figures[p]).toBe(t[p]);
          if (typeof printed[p] === 'number' || printed[p] === null) expect(figures[p]).toBe(t[p]);
        }
      }),
    );
  });

  it('one printed figure wrong by a whole 万元 or more: no figure stated differs from the true one', () => {
    fc.assert(
      fc.property(truth, fc.constantFrom(...THREE_PUBLIC_PARTS), fc.integer({ min: 1, max: 1000 }), fc.boolean(), (t, wrong, by, down) => {
        const printed: Printed = { ...t };
        printed[wrong] = Math.max(0, t[wrong] + (down ? -1 : 1) * fen(by));
        // Clamped at zero, the slip may fall inside the rounding a sum allows: it is then no slip at all.
        fc.pre(Math.abs(printed[wrong] - t[wrong]) >= fen(1));
        const { figures, implied } = certainFigures(printed);
        for (const p of THREE_PUBLIC_PARTS) if (figures[p] !== undefined) expect(figures[p], p).toBe(t[p]);
        expect(figures[wrong]).toBeUndefined();
        // What the note says the figure should be is the true figure.
        if (implied !== undefined) expect(implied).toBe(t[wrong]);
      }),
    );
  });

  it('a generated county table, zeros blank or 0: the draft states each figure as printed and leaves no blank', () => {
    const cell = (wan: number, blank: boolean): CountyCell => (wan === 0 && blank ? null : wan);
    fc.assert(
      fc.property(truth, fc.boolean(), (t, blank) => {
        const wan = (p: ThreePublicPart) => t[p] / 1_000_000;
        const wb = new ExcelJS.Workbook();
        writeCountyThreePublic(wb.addWorksheet('三公'), {
          heads: ['本年预算数'],
          total: [cell(wan('total'), blank)],
          abroad: [cell(wan('abroad'), blank)],
          reception: [cell(wan('reception'), blank)],
          vehicle: [cell(wan('vehicle'), blank)],
          operation: [cell(wan('operation'), blank)],
          purchase: [cell(wan('purchase'), blank)],
        });
        const draft = draftNarrative(recognizeWorkbook(toGrids(wb)));
        const text = draftLines(draft).map((l) => l.text).join('\n');
        expect(text).not.toContain(PLACEHOLDERS.amount.marker);
        const amounts = draftLines(draft).flatMap((l) => l.spans.filter((s) => s.type === 'amount').map((s) => (s.type === 'amount' ? s.fen : 0)));
        for (const a of amounts) expect(Object.values(t)).toContain(a);
      }),
      { numRuns: 25 },
    );
  });
});

describe('the 基本支出 stated over its two parts (property)', () => {
  it('the printed figure when the parts meet it within their rounding, their sum otherwise', () => {
    fc.assert(
      fc.property(fc.nat(10_000_000), fc.nat(10_000_000), fc.integer({ min: -30_000, max: 30_000 }), (personnel, pub, gap) => {
        const printed = personnel + pub + gap;
        expect(basicTotal(personnel, pub, printed)).toBe(Math.abs(gap) <= 10_000 ? printed : personnel + pub);
        expect(basicTotal(personnel, pub, undefined)).toBe(personnel + pub);
      }),
    );
  });
});

describe('the year’s own column of a 三公 预算 table (property)', () => {
  it('beside last year’s, an 执行数 or a 增减 and its 原因, the draft states the 预算数 column’s figures', () => {
    const layouts: { heads: string[]; own: number }[] = [
      { heads: ['2014年预算数', '2015年预算数', '2015年预算数增减', '增减原因'], own: 1 },
      { heads: ['执行数', '预算数'], own: 1 },
      { heads: ['预算数', '比上年增减'], own: 0 },
    ];
    fc.assert(
      fc.property(truth, truth, fc.constantFrom(...layouts), (t, other, layout) => {
        const wan = (x: Record<ThreePublicPart, number>, p: ThreePublicPart) => x[p] / 1_000_000;
        const cells = (p: ThreePublicPart): CountyCell[] =>
          layout.heads.map((h, i) => (i === layout.own ? wan(t, p) : /原因/.test(h) ? null : /增减/.test(h) ? Math.round((wan(t, p) - wan(other, p)) * 100) / 100 : wan(other, p)));
        const md = draftToMarkdown(draftNarrative(countyThreePublicTables(layout.heads, cells)));
        expect(md).toContain(`“三公”经费预算${(t.total / 1_000_000).toFixed(2)}万元，其中：因公出国（境）费${(t.abroad / 1_000_000).toFixed(2)}万元`);
      }),
      { numRuns: 25 },
    );
  });
});

describe('the facts of a “三公” table with changes beside its figures (properties)', () => {
  const wanOf = (x: Record<ThreePublicPart, number>, p: ThreePublicPart) => x[p] / 1_000_000;

  it('a column headed 增减 / 增减额 / 增、减额 / 增减率 / 比上年增减 (or its 原因) is never read as the year’s figure', () => {
    const changeHeads = ['2015年预算数增减', '增减', '增减额', '增、减额', '增减率', '比上年增减', '比上年增、减金额'];
    fc.assert(
      fc.property(truth, truth, fc.constantFrom(...changeHeads), fc.boolean(), (t, other, head, withReason) => {
        const heads = ['2014年预算数', '2015年预算数', head, ...(withReason ? ['增减原因'] : [])];
        const cells = (p: ThreePublicPart): CountyCell[] => [wanOf(other, p), wanOf(t, p), Math.round((wanOf(t, p) - wanOf(other, p)) * 100) / 100, ...(withReason ? [null] : [])];
        const totals = readFacts(countyThreePublicTables(heads, cells)).totals;
        expect((totals.get('three-public') ?? []).map((w) => w.fen)).toEqual([t.total]);
        expect((totals.get('reception') ?? []).map((w) => w.fen)).toEqual([t.reception]);
      }),
      { numRuns: 30 },
    );
  });

  it('last year’s figure by its words, never money carried over from it or a change on it', () => {
    fc.assert(
      fc.property(fc.constantFrom('', '2025年'), fc.constantFrom('', '度'), fc.constantFrom('', '年初', '全年'), fc.constantFrom('预算数', '决算数', '执行数', '预算'), (year, du, which, measure) => {
        expect(namesLastYearsFigure(`${year}上年${du}${which}${measure}`)).toBe(true);
        expect(namesLastYearsFigure(`${year}比上年${du}${which}${measure}增减`)).toBe(false);
        expect(namesLastYearsFigure(`${year}上年${du}结转${measure}`)).toBe(false);
      }),
    );
  });

  it('上年决算数 | 本年决算数 | 增、减金额: the facts and the draft hold 本年决算数 alone', () => {
    fc.assert(
      fc.property(threePublicYear, threePublicYear, (last, current) => {
        fc.pre(last.total !== current.total);
        const wb = new ExcelJS.Workbook();
        writeThreePublicChanges(wb.addWorksheet('三公'), { last, current });
        const tables = recognizeWorkbook(toGrids(wb));
        expect((readFacts(tables).totals.get('three-public') ?? []).map((w) => w.fen)).toEqual([Math.round(current.total * 1_000_000)]);
        expect(draftToMarkdown(draftNarrative(tables))).toContain(`“三公”经费财政拨款支出决算为${current.total.toFixed(2)}万元`);
      }),
      { numRuns: 25 },
    );
  });
});

describe('the change on last year, from the 上年 column the “三公” table prints', () => {
  it('富源 2018 (本年年初预算数 | 上年年初预算数) and 施甸 2016 (上年决算数 | 本年决算数): the change is stated, worked on the table’s two years', async () => {
    const fuyuan = await corpusDraft('fuyuan-zhengfuban-2018');
    expect(fuyuan.md).toContain('2018年财政拨款“三公”经费预算比上年减少2.40万元，下降12.77%，主要原因是【请填写原因】。其中：因公出国（境）费与上年持平；');
    expect(fuyuan.md).toContain('公务接待费比上年减少2.40万元，下降50.00%');
    const shidian = await corpusDraft('shidian-2016');
    expect(shidian.md).toContain('“三公”经费财政拨款支出决算比2015年度减少204.61万元，下降7.03%，主要原因是【请填写原因】。');
    expect(shidian.md).not.toContain('与2015年度相比，【请填写与上年相比的增减情况及原因】');
  });

  it('any two years: the draft states 本年 − 上年 of the 合计, its way and its rate (property)', () => {
    fc.assert(
      fc.property(threePublicYear, threePublicYear, (last, current) => {
        fc.pre(last.total > 0);
        const wb = new ExcelJS.Workbook();
        writeThreePublicChanges(wb.addWorksheet('三公'), { last, current });
        const md = draftToMarkdown(draftNarrative(recognizeWorkbook(toGrids(wb))));
        const diff = Math.round(current.total * 100) - Math.round(last.total * 100);
        const rate = ((Math.abs(diff) / Math.round(last.total * 100)) * 100).toFixed(2);
        const said =
          diff === 0
            ? '“三公”经费财政拨款支出决算与2015年度持平'
            : `“三公”经费财政拨款支出决算比2015年度${diff > 0 ? '增加' : '减少'}${(Math.abs(diff) / 100).toFixed(2)}万元，${diff > 0 ? '增长' : '下降'}${rate}%`;
        expect(md).toContain(said);
      }),
      { numRuns: 25 },
    );
  });
});

describe('a “三公” table turned on its side, one line a year', () => {
  it('衢江区 2016: the draft states the 2016年 line (2,364), not the 2015年 one above it (2,840)', async () => {
    const { md } = await corpusDraft('qujiang-sangong-2016');
    expect(md).toContain('2016年度“三公”经费财政拨款支出决算为2364.00万元，其中：因公出国（境）费支出决算为12.00万元；公务用车购置及运行维护费支出决算为996.00万元；公务接待费支出决算为1356.00万元。');
    expect(md).not.toContain('2840.00');
    expect(md).toContain('“三公”经费财政拨款支出决算比2015年度减少476.00万元，下降16.76%');
  });

  it('any two years’ figures: every amount the draft states is the report year’s, or its change on the year before (property)', () => {
    const year = fc.array(fc.integer({ min: 1, max: 3000 }), { minLength: 4, maxLength: 4 });
    fc.assert(
      fc.property(year, year, (prior, current) => {
        fc.pre(prior.some((x, i) => x !== current[i]));
        const draft = draftNarrative(recognizeWorkbook(toGrids(turnedTable(prior, current))));
        const [abroad, reception, purchase, run] = current;
        const own = [abroad + reception + purchase + run, abroad, reception, purchase + run, purchase, run].map(fen);
        const change = fen(Math.abs(current.reduce((a, b) => a + b, 0) - prior.reduce((a, b) => a + b, 0)));
        const amounts = draftLines(draft).flatMap((l) => l.spans.flatMap((s) => (s.type === 'amount' ? [s.fen] : [])));
        expect(amounts.length).toBeGreaterThan(0);
        for (const a of amounts) expect([...own, change]).toContain(a);
        // The change is the 合计's, worked on the line of the year before ('2015年' above '2016年').
        if (change !== 0) expect(amounts).toContain(change);
      }),
      { numRuns: 25 },
    );
  });
});
