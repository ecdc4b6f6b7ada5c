import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { planNameFill } from '../src/engine/catalog';
import { toA1 } from '../src/engine/grid/a1';
import { recognizeWorkbook } from '../src/engine/recognize';
import { applyNameWrites } from '../src/xlsx/fill';
import { buildSeed001, toGrids, writeFixture } from './fixtures';
import { bundleCli, runCli } from './fixtures/catalog/cli';

/** The 科目名称 cell of a code in a sheet of a workbook, as recognition sees it. */
function nameCellOf(wb: ExcelJS.Workbook, sheet: string, code: string): string {
  const table = recognizeWorkbook(toGrids(wb)).find((t) => t.sheet === sheet)!;
  const line = table.lines.find((l) => l.code === code)!;
  return toA1(line.row, line.labelCol!);
}

/** Seed 001 with the 科目名称 of some codes erased, as a clerk leaves them before filling. */
function seed001WithBlanks(blanks: [string, string][]): { wb: ExcelJS.Workbook; cells: Map<string, string> } {
  const wb = buildSeed001();
  const cells = new Map<string, string>();
  for (const [sheet, code] of blanks) {
    const cell = nameCellOf(wb, sheet, code);
    const x = wb.getWorksheet(sheet)!.getCell(cell);
    cells.set(`${sheet}!${cell}`, String(x.value));
    x.value = null;
  }
  return { wb, cells };
}

const BLANKS: [string, string][] = [
  ['表5', '2060101'], // in the shipped catalog: 行政运行
  ['表3', '20601'], // not in the shipped catalog: learned from 表2 and 表5
  ['表6', '30110'], // 职工基本医疗保险缴费
  ['表2', '221'], // 住房保障支出
];

function cellFacts(cell: ExcelJS.Cell): string {
  return JSON.stringify({ value: cell.value, formula: cell.formula ?? null, style: cell.style, numFmt: cell.numFmt ?? null });
}

/** Every cell address of every sheet of two workbooks, with what differs. */
function differences(a: ExcelJS.Workbook, b: ExcelJS.Workbook): string[] {
  const diffs: string[] = [];
  expect(b.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
  for (const wa of a.worksheets) {
    const wb = b.getWorksheet(wa.name)!;
    expect(Object.keys((wb as unknown as { _merges: object })._merges).sort()).toEqual(
      Object.keys((wa as unknown as { _merges: object })._merges).sort(),
    );
    const rows = Math.max(wa.rowCount, wb.rowCount);
    const cols = Math.max(wa.columnCount, wb.columnCount);
    for (let r = 1; r <= rows; r++) {
      for (let c = 1; c <= cols; c++) {
        if (cellFacts(wa.getCell(r, c)) !== cellFacts(wb.getCell(r, c))) diffs.push(`${wa.name}!${wa.getCell(r, c).address}`);
      }
    }
  }
  return diffs.sort();
}

describe('planNameFill + applyNameWrites', () => {
  it('fills exactly the blanked name cells with their names', () => {
    const { wb, cells } = seed001WithBlanks(BLANKS);
    const writes = planNameFill(recognizeWorkbook(toGrids(wb)));
    expect(writes.map((w) => `${w.sheet}!${w.cell}`).sort()).toEqual([...cells.keys()].sort());
    for (const w of writes) expect(w.name).toBe(cells.get(`${w.sheet}!${w.cell}`));
    const learned = writes.find((w) => w.code === '20601')!;
    expect(learned.source).toContain('本工作簿');
    const result = applyNameWrites(wb, writes);
    expect(result.applied).toHaveLength(BLANKS.length);
    expect(result.skipped).toEqual([]);
  });

  it('never overwrites a cell that has content', () => {
    const wb = buildSeed001();
    const cell = nameCellOf(wb, '表5', '2060101');
    const result = applyNameWrites(wb, [{ sheet: '表5', cell, code: '2060101', name: '别的名称', source: 'test' }]);
    expect(result.applied).toEqual([]);
    expect(result.skipped[0].reason).toContain('已有内容');
    expect(wb.getWorksheet('表5')!.getCell(cell).value).toBe('行政运行');
  });

  it('plans nothing for a workbook whose names are all filled', () => {
    expect(planNameFill(recognizeWorkbook(toGrids(buildSeed001())))).toEqual([]);
  });
});

describe('budget-check fill', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bc-fill-'));
  const input = join(dir, '部门预算.xlsx');
  const output = join(dir, '已填写.xlsx');
  const env = { BUDGET_CHECK_CONFIG_DIR: join(dir, 'config') };
  let blanked: Map<string, string>;

  beforeAll(async () => {
    await bundleCli();
    const { wb, cells } = seed001WithBlanks(BLANKS);
    blanked = cells;
    await writeFixture(wb, input);
  });

  it('writes a copy with only the blank name cells filled, prints the writes as JSON, and leaves the input alone', async () => {
    const before = createHash('sha256').update(readFileSync(input)).digest('hex');
    const run = await runCli(['fill', input, '-o', output, '--json'], env);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as { writes: { sheet: string; cell: string; code: string; name: string }[] };
    expect(Object.keys(json)).toEqual(['writes']);
    expect(json.writes.map((w) => Object.keys(w))).toEqual(json.writes.map(() => ['sheet', 'cell', 'code', 'name']));
    expect(json.writes.map((w) => `${w.sheet}!${w.cell}=${w.name}`).sort()).toEqual(
      [...blanked].map(([cell, name]) => `${cell}=${name}`).sort(),
    );
    expect(createHash('sha256').update(readFileSync(input)).digest('hex')).toBe(before);

    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(input);
    const filled = new ExcelJS.Workbook();
    await filled.xlsx.readFile(output);
    expect(differences(original, filled)).toEqual([...blanked.keys()].sort());
    for (const [at, name] of blanked) {
      const [sheet, cell] = at.split('!');
      const a = original.getWorksheet(sheet)!.getCell(cell);
      const b = filled.getWorksheet(sheet)!.getCell(cell);
      expect(b.value).toBe(name);
      expect(b.style).toEqual(a.style);
    }
  });

  it('prints a human summary without --json', async () => {
    const run = await runCli(['fill', input, '-o', join(dir, 'human.xlsx')], env);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`已填写 ${BLANKS.length} 个空白科目名称`);
    expect(run.stdout).toContain('科学技术管理事务');
  });

  it('exits 2 with one Chinese line for an unreadable file, and writes nothing', async () => {
    const fake = join(dir, '不是表格.xlsx');
    writeFileSync(fake, '科目编码,科目名称\n206,科学技术支出\n');
    const out = join(dir, 'never.xlsx');
    const run = await runCli(['fill', fake, '-o', out, '--json'], env);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/[\u4e00-\u9fa5]/);
    expect(existsSync(out)).toBe(false);
    const missing = await runCli(['fill', join(dir, '没有这个文件.xlsx'), '-o', out], env);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('找不到文件');
  });

  it('refuses to write over its input', async () => {
    const run = await runCli(['fill', input, '-o', input], env);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('不能与输入文件相同');
  });
});
