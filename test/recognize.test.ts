import { describe, expect, it } from 'vitest';
import { recognizeWorkbook } from '../src/engine/recognize';
import type { Column, Line, Table } from '../src/engine/recognize/types';
import { FIXTURES, toGrids, type ExpectedTable } from './fixtures';

function amountColumns(t: Table, block: number): Column[] {
  return t.blocks[block].columns.map((id) => t.columns.find((c) => c.id === id)!).filter((c) => c.role === 'amount');
}

function visibleLines(t: Table): Line[] {
  return t.lines.filter((l) => l.role !== 'blank' && l.role !== 'column-number');
}

function pick(l: Line) {
  const out: Record<string, unknown> = { row: l.row, block: l.block, role: l.role, label: l.label };
  if (l.code !== undefined) Object.assign(out, { code: l.code, level: l.level, codeSystem: l.codeSystem });
  if (l.key !== undefined) out.key = l.key;
  if (l.project !== undefined) out.project = l.project;
  return out;
}

function compare(t: Table, e: ExpectedTable) {
  expect({ sheet: t.sheet, range: t.range, kind: t.kind, family: t.family, unit: t.unit, unitStated: t.unitStated, empty: t.empty }).toEqual({
    sheet: e.sheet,
    range: e.range,
    kind: e.kind,
    family: e.family,
    unit: e.unit,
    unitStated: e.unitStated,
    empty: e.empty,
  });
  expect(t.year).toBe(e.year);
  expect(t.title).toBe(e.title);
  expect(t.department).toBe(e.department);
  expect(t.blocks.length).toBe(e.blocks.length);
  e.blocks.forEach((b, i) => {
    const cols = amountColumns(t, i);
    expect(cols.map((c) => c.key)).toEqual(b.amountKeys);
    expect(cols.map((c) => c.col)).toEqual(b.amountCols);
    const codeCols = t.blocks[i].codeColumns.map((id) => t.columns.find((c) => c.id === id)!.col);
    expect(codeCols).toEqual(b.codeCols);
    expect(t.blocks[i].side).toBe(b.side);
  });
  expect(visibleLines(t).map(pick)).toEqual(e.lines.map((l) => pick(l as Line)));
  if (e.note) expect(t.note?.text).toBe(e.note);
  else expect(t.note).toBeUndefined();
  if (e.measures) {
    for (const [col, measure] of Object.entries(e.measures)) expect(t.columns.find((c) => c.col === Number(col))?.measure).toBe(measure);
  }
}

describe.each(Object.entries(FIXTURES))('fixture %s', (_name, build) => {
  const fixture = build();
  const tables = recognizeWorkbook(toGrids(fixture.workbook));

  it('finds exactly the expected tables, in sheet order', () => {
    expect(tables.map((t) => `${t.sheet}!${t.range}`)).toEqual(fixture.expected.map((e) => `${e.sheet}!${e.range}`));
  });

  it.each(fixture.expected.map((e, i) => [`${e.sheet}!${e.range} ${e.kind}`, i] as const))('recognizes %s completely', (_label, i) => {
    const t = tables[i];
    expect(t).toBeDefined();
    compare(t, fixture.expected[i]);
  });
});

describe('details of seed 001', () => {
  const tables = recognizeWorkbook(toGrids(FIXTURES.seed001().workbook));

  it('reads the 栏次 numbers onto the columns', () => {
    const income = tables.find((t) => t.kind === 'income-summary')!;
    const cols = income.columns.filter((c) => c.columnNumber !== undefined);
    expect(cols.map((c) => [c.label, c.columnNumber])).toEqual([
      ['功能分类科目/科目编码', 1],
      ['功能分类科目/科目名称', 2],
      ['合计', 3],
      ['本年收入/小计', 4],
      ['本年收入/财政拨款收入', 5],
      ['本年收入/财政专户收入', 6],
      ['本年收入/事业收入', 7],
      ['本年收入/经营收入', 8],
      ['本年收入/上级补助收入', 9],
      ['本年收入/附属单位上缴收入', 10],
      ['本年收入/其他收入', 11],
      ['上年结转', 12],
    ]);
    expect(income.lines.find((l) => l.role === 'column-number')?.row).toBe(4);
  });

  it('builds the header tree from the merged cells', () => {
    const income = tables.find((t) => t.kind === 'income-summary')!;
    const group = income.header.find((n) => n.label === '本年收入')!;
    expect(group.rect).toEqual({ top: 2, left: 4, bottom: 2, right: 11 });
    expect(group.children.map((c) => c.label)).toEqual(['小计', '财政拨款收入', '财政专户收入', '事业收入', '经营收入', '上级补助收入', '附属单位上缴收入', '其他收入']);
    expect(income.headerRect).toEqual({ top: 2, left: 0, bottom: 3, right: 12 });
  });

  it('reads amounts as numbers with their printed decimals', () => {
    const basic = tables.find((t) => t.kind === 'general-budget-basic-expense')!;
    const line = basic.lines.find((l) => l.code === '30217')!;
    const pub = basic.columns.find((c) => c.key === 'public')!;
    expect(line.amounts[pub.id]).toMatchObject({ value: 0.06, decimals: 2, text: '0.06' });
    const personnel = basic.columns.find((c) => c.key === 'personnel')!;
    expect(line.amounts[personnel.id]).toMatchObject({ value: null, text: '' });
  });

  it('says why it chose each kind', () => {
    for (const t of tables) expect(t.evidence.join(' ')).toContain('标题');
  });
});

describe('details of the variants', () => {
  it('reads 元 amounts stored as text with thousands separators', () => {
    const [t] = recognizeWorkbook(toGrids(FIXTURES['yuan-text']().workbook));
    const total = t.columns.find((c) => c.key === 'total')!;
    const line = t.lines.find((l) => l.code === '2060101')!;
    expect(line.amounts[total.id]).toMatchObject({ value: 1_946_900, decimals: 2, text: '1,946,900.00' });
  });

  it('recognizes a title-less table from its header signature', () => {
    const [t] = recognizeWorkbook(toGrids(FIXTURES['no-title']().workbook));
    expect(t.evidence.join(' ')).toContain('表头');
  });

  it('keeps split codes whole on continuation rows where the 类 cell is blank', () => {
    const tables = recognizeWorkbook(toGrids(FIXTURES.seed003().workbook));
    const basic = tables.find((t) => t.kind === 'general-budget-basic-expense')!;
    const allowance = basic.lines.find((l) => l.label === '津贴补贴')!;
    expect(allowance).toMatchObject({ code: '30102', level: 2, codeSystem: 'economic', codeCols: [0, 1] });
  });

  it('skips the header repeated on a new page', () => {
    const [t] = recognizeWorkbook(toGrids(FIXTURES.continued().workbook));
    expect(t.lines.filter((l) => l.label === '科目名称' || l.label.includes('功能分类'))).toEqual([]);
  });
});
