/**
 * The reconciliation rules on the seed workbooks and on targeted changes of them: every genuine
 * inconsistency of seed 003 is found where it is, seed 001 (which reconciles) raises nothing, and
 * each rule family — hierarchy, columns, balance (预算 and 决算), cross-table, plausibility,
 * disclosure — reports what it must and says in the ledger what it could not check.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { recognizeWorkbook } from '../src/engine/recognize';
import { runRules } from '../src/engine/rules';
import type { EngineOptions, Finding } from '../src/engine/findings';
import { FIXTURES, SEED001_TABLES, toGrids, writeTable, type TableSpec } from './fixtures';
import { twoSided, type ItemSpec } from './fixtures/rows';

function rulesOf(wb: ExcelJS.Workbook, options: EngineOptions = {}) {
  const tables = recognizeWorkbook(toGrids(wb));
  return { tables, ...runRules(tables, options) };
}

const brief = (f: Finding) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell} ${f.expected ?? ''}/${f.actual ?? ''}`;
const errors = (fs: Finding[]) => fs.filter((f) => f.severity === 'error');

/** The first cell on the sheet whose text (spaces removed) is `text`. */
function findCell(ws: ExcelJS.Worksheet, text: string): ExcelJS.Cell {
  let found: ExcelJS.Cell | undefined;
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (!found && String(cell.value ?? '').replace(/\s+/g, '') === text) found = cell;
    }),
  );
  if (!found) throw new Error(`${ws.name}: no cell “${text}”`);
  return found;
}

/** The cell `dc` columns right of the cell holding `text`. */
function beside(ws: ExcelJS.Worksheet, text: string, dc: number): ExcelJS.Cell {
  const c = findCell(ws, text);
  return ws.getCell(Number(c.row), Number(c.col) + dc);
}

function seed001(): ExcelJS.Workbook {
  return FIXTURES.seed001().workbook;
}

describe('seed 003 (its genuine errors)', () => {
  const result = rulesOf(FIXTURES.seed003().workbook);

  it('finds every inconsistency where it is, and nothing else', () => {
    expect(result.findings.map(brief)).toEqual([
      // 表2: 款 20604 printed with the 类 figure 204.8 in each column, its one 项 is 76.4 …
      'error hierarchy-sum/kuan-xiang 表2!E8 76.4/204.8',
      'error hierarchy-sum/kuan-xiang 表2!F8 76.4/204.8',
      'error hierarchy-sum/kuan-xiang 表2!G8 76.4/204.8',
      // … 款 21011 printed blank over 4.23 of 项 lines …
      'error hierarchy-sum/kuan-xiang 表2!E16 4.23/',
      'error hierarchy-sum/kuan-xiang 表2!F16 4.23/',
      'error hierarchy-sum/kuan-xiang 表2!G16 4.23/',
      // … and 类 221 总计 5.9 for 5.92.
      'error hierarchy-sum/lei-kuan 表2!E20 5.92/5.9',
      // 表6: 工资福利支出 141.44 while its items make 141.45 — inside rounding, so a warning.
      'warning hierarchy-sum/economic 表6!D8 141.45/141.44',
      'warning hierarchy-sum/economic 表6!E8 141.45/141.44',
      // 表6: 合计 149.07 ≠ 人员经费 + 公用经费 = Σ 类 = 表5 基本支出 = 145.07.
      'error hierarchy-sum/total-row 表6!D28 145.07/149.07',
      // 30108 养老保险缴费 7.07 vs 2080505 in 表5: 7.06 — a hint only: the two views need not agree.
      'info cross-table/function-economic 表6!D13 7.06/7.07',
    ]);
  });

  it('does not blame the 类 206 whose 款 20604 is the wrong one', () => {
    expect(result.findings.some((f) => f.sheet === '表2' && f.cell === 'E7')).toBe(false);
  });

  it('says what to check in one sentence, with the figures', () => {
    const byCell = (c: string) => result.findings.find((f) => `${f.sheet}!${f.cell}` === c)!;
    expect(byCell('表2!E20').message).toBe('收入总表中，2210201 住房公积金的上级科目 221 住房保障支出“总计”列应为 5.92，表中为 5.90，差 -0.02（按各列合计、与其他表对照，结果相同）。');
    expect(byCell('表6!D28').message).toContain('应为 145.07，表中为 149.07，差 4.00');
    expect(byCell('表6!D28').message).toContain('按各列合计、与其他表对照');
    expect(byCell('表6!D28').related).toEqual(expect.arrayContaining([{ sheet: '表6', cell: 'E28' }, { sheet: '表6', cell: 'F28' }, { sheet: '表5', cell: 'F25' }]));
    expect(byCell('表6!D8').message).toContain('四舍五入');
    expect(byCell('表2!E16').message).toContain('表中却是空白');
  });

  it('marks the ledger: failed where errors are, passed where all agreed, not-run for empty tables', () => {
    const status = (rule: string, sheet: string) => result.checks.find((c) => c.rule === rule && c.reason.includes(`「${sheet}」`))?.status;
    expect(status('hierarchy-sum', '表2')).toBe('failed');
    expect(status('hierarchy-sum', '表3')).toBe('passed');
    expect(status('column-sum', '表6')).toBe('failed');
    expect(status('hierarchy-sum', '表8')).toBe('not-run');
    // Hints do not fail a check: the ledger says how many pairs differ, and that they need not agree.
    const twins = result.checks.find((c) => c.rule === 'cross-table/function-economic');
    expect([twins?.status, twins?.reason]).toEqual(['passed', expect.stringContaining('1 处不同（不要求相等，仅供参考）')]);
    expect(result.checks.find((c) => c.rule === 'cross-table/summary-expense')?.status).toBe('passed');
  });
});

describe('seed 001 (it reconciles)', () => {
  const result = rulesOf(seed001());

  it('raises nothing', () => {
    expect(result.findings).toEqual([]);
  });

  it('ran every standard cross-table check it has the tables for, and each passed', () => {
    const cross = result.checks.filter((c) => c.rule.startsWith('cross-table/'));
    expect(cross.filter((c) => c.status === 'passed').map((c) => c.rule)).toEqual([
      'cross-table/summary-expense',
      'cross-table/summary-income',
      'cross-table/income-expense-by-code',
      'cross-table/fiscal-general-budget',
      'cross-table/fiscal-income',
      'cross-table/basic-total',
      'cross-table/three-public-vs-basic',
      'cross-table/function-economic',
    ]);
    expect(cross.filter((c) => c.status === 'failed')).toEqual([]);
  });
});

describe('the other fixtures that reconcile', () => {
  for (const name of ['yuan-text', 'offset', 'no-title', 'continued', 'final-accounts', 'national-final', 'hand-typed']) {
    it(`${name}: no error`, () => {
      expect(errors(rulesOf(FIXTURES[name]().workbook).findings)).toEqual([]);
    });
  }
});

describe('balance', () => {
  it('收入总计 that is not 本年收入合计 + 上年结转结余, and no longer equals 支出总计', () => {
    const wb = seed001();
    beside(wb.getWorksheet('表1')!, '收入总计', 1).value = 725;
    const found = errors(rulesOf(wb).findings);
    // One figure, three identities (收入总计 = 本年收入合计 + 上年结转结余 = 支出总计 = 收入总表 合计): one finding.
    expect(found.map((f) => `${f.rule} ${f.cell} ${f.expected}/${f.actual}`)).toEqual(['balance/income-grand-total C39 724/725']);
    expect(found[0].message).toContain('与其他表对照，结果相同');
    expect(found[0].related).toEqual(expect.arrayContaining([{ sheet: '表1', cell: 'E39' }, { sheet: '表2', cell: 'D6' }]));
  });

  it('本年收入 printed above its numbered items (seed 003 layout): 一、本年收入 = Σ 1.–5.; a 其中 larger than its item', () => {
    const wb = FIXTURES.seed003().workbook;
    const ws = wb.getWorksheet('表1')!;
    beside(ws, '1.一般公共预算拨款', 1).value = 220.47;
    beside(ws, '其中：一般财力', 1).value = 230;
    const found = rulesOf(wb).findings.filter((f) => f.kind === 'balance').map((f) => `${f.rule} ${f.cell} ${f.expected}/${f.actual}`);
    expect(found).toEqual(['balance/of-which B8 230/220.47', 'balance/current-income B7 220.47/225.47']);
  });

  it('决算: 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余; 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余', () => {
    const shape = { leftAmounts: 1, rightAmounts: 1 };
    const pair = (l: ItemSpec | null, r: ItemSpec | null) => twoSided(shape, l, r);
    const spec = (income: number, expense: number): TableSpec => ({
      sheet: '决算01',
      title: '收入支出决算总表',
      meta: [[{ col: 3, text: '金额单位：万元' }]],
      header: [
        ['收入', '<', '支出', '<'],
        ['项目', '决算数', '项目', '决算数'],
      ],
      body: [
        pair({ label: '一、一般公共预算财政拨款收入', values: [600], key: 'general-budget' }, { label: '一、科学技术支出', values: [590], code: '206' }),
        pair({ label: '二、事业收入', values: [50], key: 'business-income' }, { label: '二、住房保障支出', values: [40], code: '221' }),
        pair({ label: '本年收入合计', values: [650], key: 'current-income-total', role: 'total' }, { label: '本年支出合计', values: [630], key: 'expense-total', role: 'total' }),
        pair({ label: '使用非财政拨款结余', values: [10], key: 'use-nonfiscal-balance' }, { label: '结余分配', values: [5], key: 'balance-distribution' }),
        pair({ label: '年初结转和结余', values: [20], key: 'carryover' }, { label: '年末结转和结余', values: [45], key: 'year-end-carryover' }),
        pair({ label: '总计', values: [income], key: 'income-grand-total', role: 'grand-total' }, { label: '总计', values: [expense], key: 'expense-grand-total', role: 'grand-total' }),
      ],
      amountCols: [1, 3],
      expected: { family: 'final', unit: '万元', unitStated: true, kind: 'income-expense-summary', blocks: [], blockAmountCols: [], blockCodeCols: [] },
    });
    const build = (income: number, expense: number) => {
      const wb = new ExcelJS.Workbook();
      writeTable(wb.addWorksheet('决算01'), spec(income, expense));
      return rulesOf(wb);
    };
    const clean = build(680, 680);
    expect(clean.tables[0].family).toBe('final');
    expect(clean.findings).toEqual([]);
    expect(clean.checks.find((c) => c.rule === 'balance')?.status).toBe('passed');
    // 总计 left without the 使用非财政拨款结余 (670) and without the 结余分配 (675).
    const wrong = build(670, 675).findings.map((f) => `${f.rule} ${f.cell} ${f.expected}/${f.actual}`);
    expect(wrong).toEqual(['balance/income-grand-total B10 680/670', 'balance/expense-grand-total D10 680/675', 'balance/income-equals-expense B10 675/670']);
  });

  it('决算 tables compare 年初预算数 with 年初预算数 and 决算数 with 决算数', () => {
    const wb = FIXTURES['final-accounts']().workbook;
    const ws = wb.worksheets[0];
    beside(ws, '本年支出合计', 2).value = 700.53;
    const findings = rulesOf(wb).findings;
    // 本年支出合计 is the one cell that explains both: 总计 (right) is a related warning of its problem.
    expect(errors(findings).map((f) => `${f.rule} ${f.cell} ${f.expected}/${f.actual}`)).toEqual(['balance/expense-total F13 700.35/700.53']);
    const grand = findings.find((f) => f.cell === 'F15')!;
    expect([grand.rule, grand.severity, grand.problem]).toEqual(['balance/expense-grand-total', 'warning', errors(findings)[0].problem]);
    expect(grand.message).toContain('最可能是「决算」F13填错所致');
  });
});

describe('cross-table', () => {
  it('a 类 of 收支总表 that differs from 支出总表, and a 财政拨款收支总表 一般公共预算 line that differs from 一般公共预算支出表', () => {
    const wb = seed001();
    beside(wb.getWorksheet('表1')!, '六、科学技术支出', 1).value = 227.96;
    beside(wb.getWorksheet('表4')!, '二十、住房保障支出', 2).value = 16.68;
    const findings = rulesOf(wb).findings;
    // Each changed cell is the one cell that explains every check it fails: it is the error; the
    // right totals it upsets (本年支出合计, the row's 合计) are related warnings of its problem.
    expect(errors(findings).map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.expected}/${f.actual}`)).toEqual([
      'cross-table/summary-expense 表1!E11 227.69/227.96',
      'cross-table/fiscal-general-budget 表4!F25 18.66/16.68',
    ]);
    const blamed = (f: Finding) => errors(findings).find((e) => e.problem === f.problem && f.related.some((r) => r.sheet === e.sheet && r.cell === e.cell));
    const related = findings.filter((f) => f.severity === 'warning').map((f) => `${f.rule} ${f.sheet}!${f.cell} → ${blamed(f)?.sheet}!${blamed(f)?.cell}`);
    expect(related.sort()).toEqual(['balance/expense-total 表1!E37 → 表1!E11', 'balance/expense-total 表4!F37 → 表4!F25', 'column-sum/total 表4!E25 → 表4!F25']);
    const summary = rulesOf(wb).findings.find((f) => f.rule === 'cross-table/summary-expense')!;
    expect(summary.message).toBe('部门预算收支总表中，206 科学技术支出“预算数”（应与部门预算支出总表中206 科学技术支出“合计”一致）应为 227.69，表中为 227.96，差 0.27；这是最可能出错的单元格：改为 227.69 后，「表1」E37的不符都将消除。');
    expect(summary.related).toEqual([{ sheet: '表3', cell: 'D7' }]);
  });

  it('two tables 10,000 times apart: the unit of one of them is wrong', () => {
    const wb = seed001();
    const ws = wb.getWorksheet('表3')!;
    // The 支出总表 filled in 元 under a 单位：万元 line.
    ws.eachRow((row) => row.eachCell((cell) => {
      if (typeof cell.value === 'number' && Number(cell.col) >= 4) cell.value = Math.round(cell.value * 10_000);
    }));
    const unitSlips = rulesOf(wb).findings.filter((f) => f.kind === 'cross-table' && f.message.includes('10,000 倍'));
    expect(unitSlips.length).toBeGreaterThan(0);
    expect(unitSlips[0].message).toContain('金额单位（元/万元）写错');
  });

  it('the 项目支出表 must add up to the 项目支出 it details', () => {
    const wb = FIXTURES.seed003().workbook;
    beside(wb.getWorksheet('表7')!, '合计', 2).value = 84.4;
    const found = rulesOf(wb).findings.filter((f) => f.rule === 'cross-table/project-total' || f.sheet === '表7').map((f) => `${f.rule} ${f.cell} ${f.expected}/${f.actual}`);
    expect(found).toEqual(['hierarchy-sum/total-row F12 80.4/84.4']);
    expect(rulesOf(wb).findings.find((f) => f.cell === 'F12')!.message).toContain('与其他表对照');
  });

  it('the projects of a 项 add up to its 项目支出 in the 一般公共预算支出表', () => {
    const wb = FIXTURES.seed003().workbook;
    const ws = wb.getWorksheet('表7')!;
    // The 项目支出表 consistent in itself, with the project of 2060404 at 70.40 instead of 76.40.
    for (const [row, v] of [[7, 74.4], [8, 70.4], [9, 70.4], [12, 74.4]] as const) {
      ws.getCell(row, 6).value = v;
      ws.getCell(row, 8).value = v;
    }
    const found = rulesOf(wb).findings.filter((f) => f.rule === 'cross-table/project-total').map((f) => `${f.sheet}!${f.cell} ${f.expected}/${f.actual}`);
    expect(found).toEqual(['表5!G10 70.4/76.4', '表7!F12 80.4/74.4']);
    expect(rulesOf(wb).findings.find((f) => f.cell === 'G10')!.message).toContain('项目“自主创新示范区，产教联合体建设专项资金”');
  });

  it('a 基本支出表 公务接待费 larger than the 三公 table’s is a warning', () => {
    const wb = seed001();
    beside(wb.getWorksheet('表6')!, '公务接待费', 1).value = 0.6;
    const f = rulesOf(wb).findings.find((x) => x.rule === 'cross-table/three-public-vs-basic')!;
    expect(f).toMatchObject({ severity: 'warning', sheet: '表6', expected: 0.06, actual: 0.6 });
  });

  it('a table that is not recognized leaves its checks not-run, never passed', () => {
    const wb = seed001();
    const ws = wb.getWorksheet('表3')!;
    // Its header row destroyed: the 支出总表 is no longer a table.
    ws.getRow(4).eachCell((c) => (c.value = null));
    ws.getRow(5).eachCell((c) => (c.value = null));
    const { tables, checks } = rulesOf(wb);
    expect(tables.some((t) => t.kind === 'expense-summary')).toBe(false);
    const summaryExpense = checks.find((c) => c.rule === 'cross-table/summary-expense')!;
    expect(summaryExpense).toMatchObject({ status: 'not-run' });
    expect(summaryExpense.reason).toContain('未识别到支出总表');
  });
});

describe('tolerance', () => {
  const wb = () => FIXTURES.seed003().workbook;

  it('--tolerance widens what counts as rounding', () => {
    const f = rulesOf(wb(), { tolerance: 0.05 }).findings.find((x) => x.cell === 'E20' && x.sheet === '表2')!;
    expect(f.severity).toBe('warning');
  });

  it('--tolerance 0 makes every difference an error', () => {
    const f = rulesOf(wb(), { tolerance: 0 }).findings.find((x) => x.cell === 'D8' && x.sheet === '表6')!;
    expect(f.severity).toBe('error');
  });
});

describe('plausibility', () => {
  it('#REF!, text, a negative amount and a 元 table to four decimals', () => {
    const wb = seed001();
    beside(wb.getWorksheet('表3')!, '一般行政管理事务', 3).value = { error: '#REF!' } as ExcelJS.CellErrorValue;
    beside(wb.getWorksheet('表3')!, '技术创新服务体系', 1).value = '八万';
    beside(wb.getWorksheet('表5')!, '产业发展', 3).value = -135.1;
    const found = rulesOf(wb).findings.filter((f) => f.kind === 'plausibility').map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
    expect(found).toEqual(['plausibility/unreadable-cell 表3!F10', 'plausibility/unreadable-cell 表3!D12', 'plausibility/negative 表5!F23']);
    const yuan = FIXTURES['yuan-text']().workbook;
    beside(yuan.worksheets[0], '行政运行', 1).value = '1,946,900.1234';
    expect(rulesOf(yuan).findings.filter((f) => f.rule === 'plausibility/unit').map((f) => f.message)).toEqual([expect.stringContaining('可能是按万元填写')]);
  });

  it('fixed assets of 4,769 万元 apiece: the unit cannot be 万元', () => {
    const f = rulesOf(FIXTURES['other-kinds']().workbook).findings;
    expect(f.map(brief)).toEqual(['warning plausibility/unit 资产!C9 /109690']);
  });

  it('a table marked 空表 that holds figures', () => {
    const wb = seed001();
    const ws = wb.getWorksheet('表7')!;
    ws.getCell('D6').value = 5;
    const found = rulesOf(wb).findings.filter((f) => f.rule === 'plausibility/marked-empty');
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('空表');
  });
});

describe('disclosure', () => {
  it('a standard table missing from the set is a warning, not silence', () => {
    const wb = new ExcelJS.Workbook();
    for (const make of SEED001_TABLES.filter((_, i) => i !== 8)) {
      const spec = make();
      writeTable(wb.addWorksheet(spec.sheet), spec);
    }
    const f = rulesOf(wb).findings;
    expect(f.map((x) => `${x.rule} ${x.severity}`)).toEqual(['disclosure/required-tables warning']);
    expect(f[0].message).toContain('“三公”经费支出表');
  });

  it('a table whose year is not the year of the other tables', () => {
    const wb = seed001();
    findCell(wb.getWorksheet('表3')!, '预算年度：2025').value = '预算年度：2024';
    const f = rulesOf(wb).findings;
    expect(f.map((x) => `${x.rule} ${x.sheet}!${x.cell} ${x.expected}/${x.actual}`)).toEqual(['disclosure/year 表3!A1 2025/2024']);
    expect(f[0].message).toContain('2024年，与同一套表中其他表的2025年不一致');
  });

  it('an empty table without the note that says why', () => {
    const wb = seed001();
    findCell(wb.getWorksheet('表7')!, '注：无政府性基金预算财政拨款预算，空表列示。').value = null;
    const f = rulesOf(wb).findings;
    expect(f.map((x) => `${x.rule} ${x.sheet}!${x.cell}`)).toEqual(['disclosure/empty-table-note 表7!A1']);
  });
});
