/**
 * “三公”经费 tables as real publications print them: the horizontal “三公”经费和机关运行经费预算表 (one
 * row, its own 万元 unit beside tables in 元), its 决算 form (预算数 | 决算数 under each figure, the
 * total labelled only 合计), and a vertical table with only a 合计 line. Each is recognized with the
 * column keys the narrative checks rely on, and the 三公 identities run on it.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { analyzeWorkbook } from '../src/engine';
import { normalizeLabel } from '../src/engine/grid/text';
import { columnRoleOf, threePublicKeyOf } from '../src/engine/recognize/lexicon';
import type { Finding } from '../src/engine/findings';
import { toA1 } from '../src/engine/grid/a1';
import { toGrids, writeTable } from './fixtures';
import { codedRows } from './fixtures/rows';
import {
  writeCountyThreePublic,
  writeFinalThreePublic,
  writeHorizontalThreePublic,
  writeThreePublicBySource,
  writeThreePublicChanges,
  writeVerticalThreePublic,
  type CountyCell,
  type CountyThreePublic,
  type ThreePublicBySource,
  type ThreePublicFigures,
  type ThreePublicYears,
} from './fixtures/three-public';

const FIGURES: ThreePublicFigures = { abroad: 0, reception: 1.35, purchase: 0, operation: 21.56, adminOperating: 786.09 };

function analyze(wb: ExcelJS.Workbook) {
  return analyzeWorkbook(toGrids(wb));
}

const errorsOf = (fs: Finding[]) => fs.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.sheet}!${f.cell}`);

/** A 基本支出表 in 元 with 30217 公务接待费 and 30231 公务用车运行维护费. */
function writeBasicInYuan(ws: ExcelJS.Worksheet, reception: number, operation: number): void {
  const total = 1000000 + reception + operation;
  writeTable(ws, {
    sheet: ws.name,
    title: '2025年部门一般公共预算基本支出部门预算经济分类预算表',
    meta: [[{ col: 0, text: '编制部门：上海市普陀区某街道办事处' }, { col: 4, text: '单位：元' }]],
    header: [
      ['部门预算经济分类科目编码', '<', '经济分类科目名称', '一般公共预算基本支出', '<'],
      ['类', '款', '^', '合计', '公用经费'],
    ],
    body: codedRows({ code: 'split-econ' }, [
      { code: '302', name: '商品和服务支出', values: [total, total] },
      { code: '30201', name: '办公费', values: [1000000, 1000000] },
      { code: '30217', name: '公务接待费', values: [reception, reception] },
      { code: '30231', name: '公务用车运行维护费', values: [operation, operation] },
      { name: '合计', values: [total, total], role: 'total' },
    ]),
    amountCols: [3, 4],
    expected: { kind: 'general-budget-basic-expense', family: 'budget', unit: '元', unitStated: true, blocks: [], blockAmountCols: [], blockCodeCols: [] },
  });
}

describe('the horizontal “三公”经费和机关运行经费预算表', () => {
  function build(options: Parameters<typeof writeHorizontalThreePublic>[2] = {}) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('“三公”经费和机关运行经费预算表');
    const at = writeHorizontalThreePublic(ws, FIGURES, options);
    return { wb, at, cell: (key: keyof typeof at.columns) => `${ws.name}!${toA1(at.dataRow, at.columns[key])}` };
  }

  it('is recognized with its own unit, one data line and the keyed columns', () => {
    const { tables } = analyze(build().wb);
    expect(tables).toHaveLength(1);
    const [t] = tables;
    expect([t.kind, t.unit, t.range, t.title]).toEqual(['three-public', '万元', 'A1:G6', '2025年部门“三公”经费和机关运行经费预算表']);
    expect(t.lines.filter((l) => l.role === 'data')).toHaveLength(1);
    expect(t.columns.filter((c) => c.role === 'amount').map((c) => c.key)).toEqual(['total', 'abroad', 'reception', 'vehicle', 'vehicle-purchase', 'vehicle-operation', 'admin-operating']);
  });

  it('runs the 三公 checks on its columns and finds nothing when they add up', () => {
    const { findings, checks } = analyze(build().wb);
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    const ledger = checks.find((c) => c.rule === 'hierarchy-sum/three-public');
    expect(ledger?.status).toBe('passed');
    expect(ledger?.reason).toContain('核对 2 处');
  });

  it('reports a 合计 that is not 出国 + 接待 + 用车 (机关运行经费 stays apart)', () => {
    const { wb, cell } = build({ total: 25 });
    const { findings } = analyze(wb);
    expect(errorsOf(findings)).toEqual([`hierarchy-sum/three-public ${cell('total')}`]);
    const f = findings.find((x) => x.severity === 'error')!;
    expect([f.expected, f.actual]).toEqual([22.91, 25]);
  });

  it('reports a 公务用车 小计 that is not 购置 + 运行', () => {
    const { wb, cell } = build({ vehicle: 20, total: 21.35 });
    const errors = errorsOf(analyze(wb).findings);
    expect(errors).toContain(`hierarchy-sum/three-public ${cell('vehicle')}`);
  });

  it('is recognized by its header when it has no title', () => {
    const { tables } = analyze(build({ title: false }).wb);
    expect(tables.map((t) => [t.kind, t.evidence[0]])).toEqual([['three-public', '表头：因公出国（境）费、公务接待费 各占一列']]);
  });

  it('is compared with the 基本支出表 in 元: 30217 公务接待费 may not exceed the 三公 公务接待费', () => {
    const wb = build().wb;
    writeBasicInYuan(wb.addWorksheet('基本支出'), 13500, 215600);
    const ok = analyze(wb);
    expect(ok.findings.filter((f) => f.rule === 'cross-table/three-public-vs-basic')).toEqual([]);
    expect(ok.checks.find((c) => c.rule === 'cross-table/three-public-vs-basic')?.status).toBe('passed');

    const over = build().wb;
    writeBasicInYuan(over.addWorksheet('基本支出'), 20000, 215600);
    const warned = analyze(over).findings.filter((f) => f.rule === 'cross-table/three-public-vs-basic');
    expect(warned.map((f) => [f.sheet, f.cell, f.expected, f.actual])).toEqual([['基本支出', 'D7', 13500, 20000]]);
    expect(warned[0].message).toContain('超过“三公”经费支出表中的公务接待费 13,500.00元');
  });
});

describe('a horizontal “三公” table with one row a year beside a 项目 column', () => {
  function build(total2024: number, reception2025: number): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('三公');
    writeTable(ws, {
      sheet: '三公',
      title: '2025年财政拨款“三公”经费预算表',
      meta: [[{ col: 7, text: '单位：万元' }]],
      header: [
        ['项目', '合计', '因公出国（境）费', '公务接待费', '公务用车购置及运行维护费', '<', '<', '机关运行经费'],
        ['^', '^', '^', '^', '小计', '公务用车购置费', '公务用车运行维护费', '^'],
      ],
      body: [
        { cells: ['2025年预算数', 2 + reception2025, 0, reception2025, 2, 0, 2, 50], expect: [{ block: 0, role: 'data', label: '2025年预算数' }] },
        { cells: ['2024年预算数', total2024, 0, 1.5, 3, 1, 2, 48], expect: [{ block: 0, role: 'data', label: '2024年预算数' }] },
      ],
      amountCols: [1, 2, 3, 4, 5, 6, 7],
      expected: { kind: 'three-public', family: 'budget', unit: '万元', unitStated: true, blocks: [], blockAmountCols: [], blockCodeCols: [] },
    });
    return wb;
  }

  it('checks every row and finds the one whose 合计 is off', () => {
    const { tables, findings } = analyze(build(5.5, 1.35));
    expect(tables[0].kind).toBe('three-public');
    expect(errorsOf(findings)).toEqual(['hierarchy-sum/three-public 三公!B6']);
    expect(findings.find((f) => f.severity === 'error')!.expected).toBe(4.5);
  });

  it('compares the 基本支出表 with the row of its own year', () => {
    const wb = build(4.5, 1.35);
    writeBasicInYuan(wb.addWorksheet('基本支出'), 14000, 20000); // 30217 1.40 万元 > 2025's 1.35 (2024's 1.50 would pass)
    const warned = analyze(wb).findings.filter((f) => f.rule === 'cross-table/three-public-vs-basic');
    expect(warned.map((f) => [f.cell, f.expected, f.actual])).toEqual([['D7', 13500, 14000]]);
    expect(warned[0].related).toEqual([{ sheet: '三公', cell: 'D5' }]);
  });
});

describe('the 决算 “三公” table (预算数 | 决算数 under each figure, total only 合计)', () => {
  const final: ThreePublicFigures = { abroad: 0, reception: 0.39, purchase: 0, operation: 0, adminOperating: 0 };
  const budget: ThreePublicFigures = { abroad: 0, reception: 2.85, purchase: 0, operation: 0, adminOperating: 0 };

  it('keys each measure column by its figure and checks both measures', () => {
    const wb = new ExcelJS.Workbook();
    writeFinalThreePublic(wb.addWorksheet('财政拨款“三公”经费支出决算表'), budget, final);
    const { tables, findings, checks } = analyze(wb);
    const [t] = tables;
    expect([t.kind, t.family, t.title, t.range, t.note?.text]).toEqual(['three-public', 'final', '财政拨款“三公”经费支出决算表', 'A1:L8', '注：本表反映部门本年度“三公”经费支出预决算情况。']);
    const amount = t.columns.filter((c) => c.role === 'amount');
    expect(amount.map((c) => `${c.key}${c.measure === 'final' ? '/决算' : ''}`)).toEqual([
      'total',
      'total/决算',
      'abroad',
      'abroad/决算',
      'vehicle',
      'vehicle/决算',
      'vehicle-purchase',
      'vehicle-purchase/决算',
      'vehicle-operation',
      'vehicle-operation/决算',
      'reception',
      'reception/决算',
    ]);
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(checks.find((c) => c.rule === 'hierarchy-sum/three-public')?.reason).toContain('核对 4 处');
  });

  it('names a wrong figure by its measure', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('三公决算');
    const { dataRow } = writeFinalThreePublic(ws, budget, final);
    ws.getCell(dataRow + 1, 2).value = 0.93; // 合计 决算数 typed 0.93 for 0.39
    const errors = analyze(wb).findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.sheet}!${f.cell}`)).toEqual([`三公决算!B${dataRow + 1}`]);
    expect(errors[0].message).toContain('经费合计（决算数）”按因公出国(境)费（决算数）、公务用车购置及运行维护费小计（决算数）、公务接待费（决算数）合计应为 0.39，表中为 0.93');
  });
});

describe('a vertical “三公” table whose total line says only 合计', () => {
  it('checks 合计 = 出国 + 用车 + 接待 and 用车 = 购置 + 运行', () => {
    const wb = new ExcelJS.Workbook();
    writeVerticalThreePublic(wb.addWorksheet('三公'), FIGURES);
    const { findings, checks } = analyze(wb);
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(checks.find((c) => c.rule === 'hierarchy-sum/three-public')?.reason).toContain('核对 2 处');
  });

  it('reports a wrong 合计 at its cell', () => {
    const wb = new ExcelJS.Workbook();
    writeVerticalThreePublic(wb.addWorksheet('三公'), FIGURES, { total: 30 });
    expect(errorsOf(analyze(wb).findings)).toEqual(['hierarchy-sum/three-public 三公!B4']);
  });
});

describe('vertical “三公” tables as county publications print them', () => {
  const TWO = ['本年预算数', '其中:公共预算财政拨款'];
  const both = (x: CountyCell) => [x, x];
  const CLEAN: CountyThreePublic = {
    heads: TWO,
    total: both(34.35),
    abroad: both(0),
    reception: both(1.7),
    vehicle: both(32.65),
    operation: both(32.65),
    purchase: both(0),
  };
  function build(t: Partial<CountyThreePublic> = {}) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('三公');
    const rows = writeCountyThreePublic(ws, { ...CLEAN, ...t });
    const result = analyze(wb);
    return { ...result, at: (line: keyof typeof rows, col: number) => `三公!${toA1(rows[line], col)}` };
  }
  const notInfo = (fs: Finding[]) => fs.filter((f) => f.severity !== 'info');

  it.each(['3.公务用车费', '(三)公务用车费', '3、公务用车费', '三、公务用车经费'])('reads %s as the 公务用车 line and checks the sums through it', (vehicleLabel) => {
    const { findings, checks, tables } = build({ vehicleLabel });
    expect(tables[0].lines.find((l) => l.label === vehicleLabel)?.key).toBe('vehicle');
    expect(notInfo(findings)).toEqual([]);
    // 合计 and 公务用车费, in both columns.
    expect(checks.find((c) => c.rule === 'hierarchy-sum/three-public')?.reason).toContain('核对 4 处');
  });

  it('reports a 公务用车费 printed 0 over its filled 其中 lines at that cell, and the 合计 it breaks as a consequence', () => {
    const { findings, at } = build({ vehicle: both(0) });
    expect(errorsOf(findings)).toEqual([`hierarchy-sum/three-public ${at('vehicle', 1)}`, `hierarchy-sum/three-public ${at('vehicle', 2)}`]);
    const f = findings.find((x) => x.cell === at('vehicle', 1).split('!')[1])!;
    expect([f.expected, f.actual]).toEqual([32.65, 0]);
    expect(notInfo(findings).filter((x) => x.severity === 'warning').map((x) => x.cell)).toEqual([at('total', 1), at('total', 2)].map((c) => c.split('!')[1]));
  });

  it('reads a blank 公务用车费 through its 其中 lines: no finding when they make up the 合计', () => {
    const { findings, checks } = build({ vehicle: both(null) });
    expect(notInfo(findings)).toEqual([]);
    expect(checks.find((c) => c.rule === 'hierarchy-sum/three-public')?.status).toBe('passed');
  });

  it('still reports a wrong 合计 when the 公务用车费 is blank', () => {
    const { findings, at } = build({ vehicle: both(null), total: both(40) });
    expect(errorsOf(findings)).toEqual([`hierarchy-sum/three-public ${at('total', 1)}`, `hierarchy-sum/three-public ${at('total', 2)}`]);
  });

  it('keeps the 相关统计数 counts out of the money: keyed as counts, the 合计 still checked, and a wrong one reported', () => {
    const yuan: Partial<CountyThreePublic> = {
      unit: '元',
      heads: ['2016年执行数', '2017年预算数'],
      total: [null, 250000],
      abroad: [null, null],
      reception: [null, 150000],
      vehicle: [null, 100000],
      operation: [null, 100000],
      purchase: [null, null],
      counts: true,
    };
    const clean = build(yuan);
    expect(notInfo(clean.findings)).toEqual([]);
    expect(clean.tables[0].lines.filter((l) => l.key === 'count').map((l) => l.label)).toEqual([
      '二、相关统计数',
      '1.因公出国(境)团组数(个)',
      '4.公务用车保有量(辆)',
      '5.公务接待批次(批)',
      '6.公务接待人数(人)',
    ]);
    expect(clean.checks.find((c) => c.rule === 'hierarchy-sum/three-public')?.reason).toContain('核对 2 处');
    // 260000 over 150000 + 100000 with 因公出国 blank: the 10000 may be an 出国 left unfilled, so a warning naming it.
    const wrong = build({ ...yuan, total: [null, 260000] });
    expect(errorsOf(wrong.findings)).toEqual([]);
    expect(notInfo(wrong.findings).map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell}`)).toEqual([`warning hierarchy-sum/three-public ${wrong.at('total', 2)}`]);
    expect(notInfo(wrong.findings)[0].message).toContain('为空白');
    // 240000 under the same parts: no blank can explain parts above their total, so an error.
    const short = build({ ...yuan, total: [null, 240000] });
    expect(errorsOf(short.findings)).toEqual([`hierarchy-sum/three-public ${short.at('total', 2)}`]);
  });

  it('reads 单位不需填列 in a figure cell as nothing to fill, and checks the “三公” total apart from 会议费 and 培训费', () => {
    const { findings, checks } = build({
      total: both(21.63),
      abroad: both('单位不需填列'),
      reception: both(14.83),
      vehicle: both(6.8),
      operation: both(6.8),
      purchase: both(null),
      meetingAndTraining: [both(7.59), both(15.86)],
    });
    // 会议费 and 培训费 are outside the 合计 of the “三公”, so that 合计 is not compared; 公务用车费 is, in both columns.
    expect(notInfo(findings)).toEqual([]);
    expect(checks.find((c) => c.rule === 'plausibility')?.status).toBe('passed');
    expect(checks.find((c) => c.rule === 'hierarchy-sum/three-public')?.reason).toContain('核对 2 处');
  });
});

describe('三公 line labels, however numbered (property)', () => {
  const prefix = fc.constantFrom('', '1.', '3、', '(三)', '（三）', '三、', '其中:', '其中：', '  ');
  const countUnit = fc.constantFrom('(个)', '（个）', '(人)', '(辆)', '（辆）', '(批)', '(人次)', '(次)');
  const countSubject = fc.constantFrom('因公出国(境)团组数', '因公出国(境)人数', '公务用车购置数', '公务用车保有量', '公务接待批次', '公务接待人数', '国内公务接待批次');

  it('keys a count line (a unit of things in brackets at its end) as a count, never as money', () => {
    fc.assert(
      fc.property(prefix, countSubject, countUnit, (p, subject, unit) => {
        expect(threePublicKeyOf(normalizeLabel(p + subject + unit))).toBe('count');
      }),
    );
  });

  it('keys 公务用车费 and 公务用车经费 as the 公务用车 line, and 公务用车购置费 as its part', () => {
    fc.assert(
      fc.property(prefix, fc.constantFrom('公务用车费', '公务用车经费', '公务用车购置及运行费', '公务用车购置及运行维护费'), (p, label) => {
        expect(threePublicKeyOf(normalizeLabel(p + label))).toBe('vehicle');
      }),
    );
    expect(threePublicKeyOf('公务用车购置费')).toBe('vehicle-purchase');
    expect(threePublicKeyOf('公务用车运行维护费')).toBe('vehicle-operation');
  });
});

describe('a “三公” 决算 table with 比上年增、减情况 (增、减金额 | 增、减幅度)', () => {
  const YEARS: ThreePublicYears = {
    last: { total: 2911.47, abroad: 13.06, reception: 1679.69, vehicle: 1218.72, purchase: 14.8, operation: 1203.92 },
    current: { total: 2706.86, abroad: 10.2, reception: 1590.94, vehicle: 1105.72, purchase: 0, operation: 1105.72 },
  };
  function build(y: ThreePublicYears = YEARS) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('三公决算');
    const rows = writeThreePublicChanges(ws, y);
    return { ...analyze(wb), at: (line: keyof typeof rows, col: number) => toA1(rows[line], col) };
  }

  it('reads 增、减幅度 as a percent column: the 上年, 本年 and 增减金额 columns are summed down the 其中, the rates never', () => {
    const { findings, checks, tables } = build();
    expect(tables[0].columns.filter((c) => c.role === 'percent').map((c) => c.col)).toEqual([4]);
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    // 合计 = 出国 + 接待 + 用车 and 用车 = 购置 + 运行, in each of the three amount columns.
    expect(checks.find((c) => c.rule === 'hierarchy-sum/three-public')?.reason).toContain('核对 6 处');
  });

  it('keeps the 附件 caption out and the 口径说明 heading with its paragraphs in, as the note of the table', () => {
    const [t] = build().tables;
    expect([t.range, t.title]).toEqual(['A2:E14', '某县2016年“三公”经费决算情况统计表']);
    expect(t.note?.text.split('\n').map((p) => p.slice(0, 4))).toEqual(['“三公”', '一、“三', '二、“三']);
  });

  it('still reports a 本年 合计 that is not the sum of its items', () => {
    const { findings, at } = build({ ...YEARS, current: { ...YEARS.current, total: 2716.86 } });
    expect(errorsOf(findings)).toContain(`hierarchy-sum/three-public 三公决算!${at('total', 2)}`);
    expect(errorsOf(findings).some((e) => e.endsWith(at('total', 4)))).toBe(false);
  });

  it('checks 本年 = 上年 + 增、减金额 on every line, and finds a mistyped 增、减金额 at its own cell', () => {
    const clean = build();
    expect(clean.checks.find((c) => c.rule === 'column-sum')?.reason).toContain('核对 6 处');
    const { findings, at } = build({ ...YEARS, change: { reception: -98.75 } });
    expect(errorsOf(findings)).toEqual([`hierarchy-sum/likely-cell 三公决算!${at('reception', 3)}`]);
    // The 合计 of the changes and the 本年 it does not lead to are the same slip, as warnings.
    expect(findings.filter((f) => f.severity === 'warning').map((f) => f.cell)).toEqual([at('total', 3), at('reception', 2)]);
  });

  it('reads the years from the heads (2015年决算数 | 2016年决算数), and leaves a table printing every change the other way round unchecked', () => {
    const years = build({ ...YEARS, heads: ['2015年决算数', '2016年决算数'], change: { abroad: -3.86 } });
    expect(errorsOf(years.findings)).toEqual([`hierarchy-sum/likely-cell 三公决算!${years.at('abroad', 3)}`]);
    const reversed = build({ ...YEARS, reversed: true });
    expect(reversed.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(reversed.checks.find((c) => c.rule === 'column-sum')?.status).toBe('not-run');
  });

  it('leaves a change column holding rates under a head without % unchecked: it is no difference of the two years', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('三公决算');
    const rows = writeThreePublicChanges(ws, YEARS);
    // The 增、减金额 column filled with the rates in per cent (-7.03, -21.9 …), as a sheet without a 幅度 column may.
    for (const [key, row] of Object.entries(rows)) {
      const k = key as keyof ThreePublicYears['last'];
      ws.getCell(row + 1, 4).value = YEARS.last[k] === 0 ? 0 : Math.round(((YEARS.current[k] - YEARS.last[k]) / YEARS.last[k]) * 10000) / 100;
    }
    const { findings } = analyze(wb);
    expect(findings.filter((f) => f.rule.startsWith('column-sum'))).toEqual([]);
  });

  it('finds any one mistyped 增、减金额 of a table that otherwise adds up (property)', () => {
    const fen = fc.integer({ min: 0, max: 500000 });
    const year = fc.record({ abroad: fen, reception: fen, purchase: fen, operation: fen });
    const line = fc.constantFrom('abroad', 'reception', 'purchase', 'operation', 'vehicle', 'total') as fc.Arbitrary<keyof ThreePublicYears['last']>;
    fc.assert(
      fc.property(year, year, line, fc.integer({ min: 5, max: 50000 }), (a, b, wrong, slip) => {
        const figures = (y: typeof a) => {
          const v = (x: number) => x / 100;
          const vehicle = y.purchase + y.operation;
          return { abroad: v(y.abroad), reception: v(y.reception), purchase: v(y.purchase), operation: v(y.operation), vehicle: v(vehicle), total: v(y.abroad + y.reception + vehicle) };
        };
        const last = figures(a);
        const current = figures(b);
        const printed = Math.round((current[wrong] - last[wrong]) * 100 + slip) / 100;
        const { findings, at } = build({ last, current, change: { [wrong]: printed } });
        // The one error is at the mistyped cell (its own finding when it is a total, else the likely-cell one).
        expect(findings.filter((f) => f.severity === 'error').map((f) => f.cell)).toEqual([at(wrong, 3)]);
      }),
      { numRuns: 40 },
    );
  });

  it('takes a header naming a rate or a share for a percent column, and an amount of change for an amount (property)', () => {
    const rate = fc.constantFrom('增、减幅度', '增减幅度', '增减幅度(%)', '下降幅度', '变动幅度', '增幅', '降幅', '增长率', '增减率', '完成率', '执行率', '占比', '比重', '增减％');
    const amount = fc.constantFrom('增、减金额', '增减额', '增减数', '上年决算数', '本年决算数', '预算数合计');
    const group = fc.constantFrom([], ['比上年增、减情况'], ['2016年比2015年增减']);
    fc.assert(
      fc.property(rate, amount, group, (r, a, path) => {
        expect(columnRoleOf(normalizeLabel(r), [...path, r])).toBe('percent');
        expect(columnRoleOf(normalizeLabel(a), [...path, a])).toBe('amount');
      }),
    );
  });
});

describe('a county “三公” table by 拨款 source (预算数合计 | 公共财政 | 政府性基金 | 国有资本经营)', () => {
  const TOTALS: ThreePublicBySource['total'] = { total: 4.9, abroad: 0, reception: 1.8, vehicle: 3.1, operation: 3.1, purchase: 0 };
  function build(t: Partial<ThreePublicBySource> = {}) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('三公');
    const rows = writeThreePublicBySource(ws, { total: TOTALS, sources: {}, ...t });
    return { ...analyze(wb), at: (line: keyof typeof rows, col: number) => toA1(rows[line], col) };
  }
  const notInfo = (fs: Finding[]) => fs.filter((f) => f.severity !== 'info');

  it('checks the sources only on the lines that print them: a line with every source blank gives no breakdown', () => {
    const { findings, checks } = build({ sources: { total: [4.9, 0, 0], vehicle: [3.1, 0, 0] } });
    expect(notInfo(findings)).toEqual([]);
    const columnSums = checks.find((c) => c.rule === 'column-sum');
    expect([columnSums?.status, columnSums?.reason]).toEqual(['passed', expect.stringContaining('核对 2 处')]);
  });

  it('reports sources printed 0 under a 合计 that the items make up (岳阳县文联 2017), at the 合计 cells', () => {
    const { findings, at } = build({ sources: { total: [0, 0, 0], vehicle: [0, 0, 0] } });
    expect(errorsOf(findings)).toEqual([`column-sum/total 三公!${at('total', 1)}`, `column-sum/total 三公!${at('vehicle', 1)}`]);
  });

  it('reads a 说明 sentence written across the figure columns as a remark, not a number typed as text', () => {
    const remark = '2017年“三公”经费预算支出合计4.9万元,比上年增加0.5万元。分项为:公务接待费用减少0.2万元,公务用车费用增加0.7万元。';
    expect(notInfo(build({ remark }).findings)).toEqual([]);
    // A figure mistyped as text is still one.
    const { findings, at } = build({ sources: { total: ['4.9.0', 0, 0] } });
    expect(notInfo(findings).map((f) => `${f.rule} ${f.cell}`)).toEqual([`plausibility/unreadable-cell ${at('total', 2)}`]);
  });
});
