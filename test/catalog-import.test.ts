import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CatalogImportError,
  CodeCatalog,
  SHIPPED_CATALOG,
  codeNameFindings,
  importCatalogFromCsv,
  importCatalogFromGrids,
  planNameFill,
} from '../src/engine/catalog';
import { recognizeWorkbook } from '../src/engine/recognize';
import { buildSeed001, toGrids, writeFixture } from './fixtures';
import { bundleCli, runCli } from './fixtures/catalog/cli';
import {
  buildOfficialCatalogXlsx,
  officialCatalogCsv,
  officialEconomicEntries,
  officialFunctionEntries,
} from './fixtures/catalog/official';

const shippedCount = (system: string) => SHIPPED_CATALOG.entries.filter((e) => e.system === system).length;

describe('importing an official 《政府收支分类科目》', () => {
  it('reads the split 类/款/项 sheet and the one-column sheet of the official xlsx layout', () => {
    const { catalog, counts, duplicates } = importCatalogFromGrids(toGrids(buildOfficialCatalogXlsx(2025)), { source: '2025年政府收支分类科目.xlsx' });
    expect(catalog.year).toBe(2025); // read from the title
    expect(catalog.complete).toBe(true);
    expect(counts).toEqual({ function: shippedCount('function') + 2, economic: shippedCount('economic'), 'gov-economic': shippedCount('gov-economic') });
    expect(duplicates).toEqual([]);
    const imported = new Map(catalog.entries.map((e) => [e.code, e.name]));
    for (const e of [...officialFunctionEntries(), ...officialEconomicEntries()]) expect(imported.get(e.code), e.code).toBe(e.name);
  });

  it('reads the same catalog from CSV text with one code column', () => {
    const fromCsv = importCatalogFromCsv(officialCatalogCsv(), { year: 2025, source: 'catalog.csv' });
    const fromXlsx = importCatalogFromGrids(toGrids(buildOfficialCatalogXlsx(2025)), { source: 'x' });
    const sorted = (c: typeof fromCsv) => [...c.catalog.entries].sort((a, b) => a.code.localeCompare(b.code));
    expect(sorted(fromCsv)).toEqual(sorted(fromXlsx));
  });

  it('reads a header-less list with the code in front of the name', () => {
    const text = ['201 一般公共服务支出', '20101 人大事务', '2010101 行政运行', '301 工资福利支出', '30101 基本工资'].join('\n');
    const { catalog } = importCatalogFromCsv(text, { year: 2024, source: 'list.txt' });
    expect(catalog.entries).toEqual([
      { system: 'function', code: '201', name: '一般公共服务支出' },
      { system: 'function', code: '20101', name: '人大事务' },
      { system: 'function', code: '2010101', name: '行政运行' },
      { system: 'economic', code: '301', name: '工资福利支出' },
      { system: 'economic', code: '30101', name: '基本工资' },
    ]);
  });

  it('asks for the year when the file does not say it, and rejects files without codes', () => {
    expect(() => importCatalogFromCsv('科目编码,科目名称\n206,科学技术支出\n', { source: 'a.csv' })).toThrow(CatalogImportError);
    expect(() => importCatalogFromCsv('科目编码,科目名称\n206,科学技术支出\n', { source: 'a.csv' })).toThrow(/--year/);
    expect(() => importCatalogFromCsv('姓名,金额\n张三,12\n', { year: 2025, source: 'b.csv' })).toThrow(/没有找到科目编码/);
  });

  it('makes the codes the shipped catalog lacks resolve, and takes precedence over it', () => {
    const { catalog: imported } = importCatalogFromGrids(toGrids(buildOfficialCatalogXlsx(2025)), { source: '导入目录 2025.xlsx' });
    const tables = recognizeWorkbook(toGrids(buildSeed001()));
    expect(codeNameFindings(tables).filter((f) => f.kind === 'unknown-code').length).toBeGreaterThan(0);
    expect(codeNameFindings(tables, { importedCatalogs: [imported] })).toEqual([]);
    const catalog = new CodeCatalog([imported]);
    expect(catalog.lookup('function', '20601', 2025)).toMatchObject({ name: '科学技术管理事务', origin: 'imported', source: '导入目录 2025.xlsx' });
    expect(catalog.lookup('function', '21505', 2025)).toMatchObject({ name: '工业和信息产业', origin: 'imported' });
    expect(catalog.lookup('function', '206', 2025)?.origin).toBe('imported');
  });

  it('fills a blank name from the imported catalog even when no other table names the code', () => {
    const { catalog: imported } = importCatalogFromGrids(toGrids(buildOfficialCatalogXlsx(2025)), { source: '导入目录 2025.xlsx' });
    const wb = buildSeed001();
    const tables = recognizeWorkbook(toGrids(wb));
    for (const t of tables) {
      for (const l of t.lines) if (l.code === '21505') wb.getWorksheet(t.sheet)!.getRow(l.row + 1).getCell(l.labelCol! + 1).value = null;
    }
    const blanked = recognizeWorkbook(toGrids(wb));
    expect(planNameFill(blanked).filter((w) => w.code === '21505')).toEqual([]);
    const writes = planNameFill(blanked, { importedCatalogs: [imported] }).filter((w) => w.code === '21505');
    expect(writes.length).toBeGreaterThan(0);
    for (const w of writes) expect(w).toMatchObject({ name: '工业和信息产业', source: '导入目录 2025.xlsx' });
  });
});

describe('budget-check codes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bc-codes-'));
  const env = { BUDGET_CHECK_CONFIG_DIR: join(dir, 'config') };

  beforeAll(async () => {
    await bundleCli();
    await writeFixture(buildOfficialCatalogXlsx(2025), join(dir, '2025年政府收支分类科目.xlsx'));
  });

  it('prints entries under a prefix with their sources', async () => {
    const run = await runCli(['codes', '2101'], env);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/2101101 {2}行政单位医疗 {2}\[项\] {2}内置目录（见于 \d+ 份公开资料） {2}来源 BRIEF\+F4/);
    expect(run.stdout).not.toContain('2080505');
  });

  it('prints the name of the edition asked for', async () => {
    const run = await runCli(['codes', '--year', '2017', '210'], env);
    expect(run.stdout).toContain('210  医疗卫生与计划生育支出');
  });

  it('imports an official catalog into the config folder; later lookups and fills use it', async () => {
    const before = await runCli(['codes', '20601'], env);
    expect(before.stdout).not.toContain('科学技术管理事务');
    const imported = await runCli(['codes', 'import', join(dir, '2025年政府收支分类科目.xlsx'), '--year', '2025'], env);
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    expect(imported.stdout).toContain(`功能分类 ${shippedCount('function') + 2} 条`);
    const stored = JSON.parse(readFileSync(join(dir, 'config', 'catalogs', '2025.json'), 'utf8'));
    expect(stored).toMatchObject({ year: 2025, complete: true });
    const after = await runCli(['codes', '20601'], env);
    expect(after.stdout).toMatch(/20601 {2}科学技术管理事务 {2}\[款\] {2}导入目录 2025年政府收支分类科目\.xlsx/);
  });

  it('exits 2 with one Chinese line for a file that is not a catalog', async () => {
    const bad = join(dir, '工资表.csv');
    writeFileSync(bad, '姓名,金额\n张三,12\n');
    const run = await runCli(['codes', 'import', bad, '--year', '2025'], env);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('没有找到科目编码');
  });
});
