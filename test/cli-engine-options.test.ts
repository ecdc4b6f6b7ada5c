/**
 * Every command reads the engine's options the same way (src/cli/options.ts): the catalogs the
 * user imported with `budget-check codes import` reach `check` and `mark` as they reach `fill`,
 * `codes` and the pane — through the real command line and the real config folder (a temporary
 * HOME and XDG_CONFIG_HOME, no override). And one text decoder (src/io/decode-text.ts) reads a
 * GB18030 catalog in the command line and in the pane alike.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeText } from '../src/io/decode-text';
import { importCatalogFile } from '../src/taskpane/services';
import { buildSeed003, writeFixture } from './fixtures';
import { bundleCli, runCli } from './fixtures/catalog/cli';
import { catalogNaming20604Csv, seed003NamedAsImported } from './fixtures/catalog/renamed-20604';

const dir = mkdtempSync(join(tmpdir(), 'bc-options-'));
/** The user's real config folder, in a home of its own: $XDG_CONFIG_HOME/budget-check. */
const home = join(dir, 'home');
const xdg = join(dir, 'xdg');
const env = { HOME: home, XDG_CONFIG_HOME: xdg, BUDGET_CHECK_CONFIG_DIR: '' };

interface JsonFinding {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
  message: string;
}

const findingsOf = (stdout: string): JsonFinding[] => JSON.parse(stdout).files[0].findings;
const about20604 = (fs: JsonFinding[]) => fs.filter((f) => f.rule.startsWith('code-name/') && f.message.includes('20604'));

/** Every note `mark` wrote into the copy. */
async function notesOf(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const notes: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((c) => {
        if (c.note) notes.push(typeof c.note === 'string' ? c.note : (c.note.texts ?? []).map((t) => t.text).join(''));
      }),
    ),
  );
  return notes;
}

const workbook = join(dir, '部门预算.xlsx');
const seed = join(dir, 'seed003.xlsx');

beforeAll(async () => {
  mkdirSync(home);
  await bundleCli();
  await writeFixture(seed003NamedAsImported(), workbook);
  await writeFixture(buildSeed003(), seed);
  writeFileSync(join(dir, '2025年政府收支分类科目.csv'), catalogNaming20604Csv);
}, 120_000);

describe('check and mark use the catalogs the user imported (as fill, codes and the pane do)', () => {
  it('before the import: the shipped name, four times', async () => {
    const check = await runCli(['check', workbook, '--json'], env);
    expect(check.status).toBe(1);
    const wrong = about20604(findingsOf(check.stdout));
    expect(wrong.map((f) => `${f.severity} ${f.sheet}!${f.cell}`)).toEqual(['error 表2!D8', 'error 表3!D9', 'error 表5!D9', 'error 表7!D8']);
    for (const f of wrong) expect(f.message).toContain('应为“技术研究与开发”');
    const marked = join(dir, 'before.xlsx');
    expect((await runCli(['mark', workbook, '-o', marked], env)).status).toBe(0);
    expect((await notesOf(marked)).filter((n) => n.includes('应为“技术研究与开发”'))).toHaveLength(4);
  });

  it('after `codes import`: the catalog is in $XDG_CONFIG_HOME/budget-check, and check and mark say nothing of 20604', async () => {
    const imported = await runCli(['codes', 'import', join(dir, '2025年政府收支分类科目.csv'), '--year', '2025'], env);
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    expect(existsSync(join(xdg, 'budget-check', 'catalogs', '2025.json'))).toBe(true);

    const check = await runCli(['check', workbook, '--json'], env);
    expect(check.stderr).toBe('');
    expect(about20604(findingsOf(check.stdout))).toEqual([]);
    const human = await runCli(['check', workbook], env);
    expect(human.stdout).toContain('「表2」'); // the report is there, with its other problems
    expect(human.stdout).not.toContain('技术研究与开发');

    const marked = join(dir, 'after.xlsx');
    const mark = await runCli(['mark', workbook, '-o', marked], env);
    expect(mark.status).toBe(0);
    const notes = await notesOf(marked);
    expect(notes.length).toBeGreaterThan(0); // the other problems are still marked
    expect(notes.filter((n) => /编码 20604 的名称|技术研究与开发/.test(n))).toEqual([]);
  });

  it('the seed as printed: its one real slip (表2 研究与开发) is now measured against the imported name', async () => {
    const check = await runCli(['check', seed, '--json'], env);
    const wrong = about20604(findingsOf(check.stdout));
    expect(wrong.map((f) => `${f.sheet}!${f.cell} ${f.message}`)).toEqual(['表2!D8 编码 20604 的名称应为“科学研究与开发”，表中写作“研究与开发”。']);
  });

  it('--year reaches check as it reaches fill (the edition names are checked against), and mark parses it the same way', async () => {
    // No imported catalog here: the shipped one, whose 20604 name is dated.
    const plain = about20604(findingsOf((await runCli(['check', workbook, '--json'])).stdout));
    const edition = about20604(findingsOf((await runCli(['check', workbook, '--json', '--year', '2019'])).stdout));
    expect(plain.map((f) => f.message)).toEqual(Array(4).fill('编码 20604 的名称应为“技术研究与开发”，表中写作“科学研究与开发”。'));
    // The shipped name is known for 2025 only: against 2019 the difference is a warning that says so.
    expect(edition.map((f) => [f.severity, f.message])).toEqual(
      Array(4).fill(['warning', '编码 20604 的名称表中写作“科学研究与开发”，目录名称为“技术研究与开发”。内置目录中该编码的名称取自 2025 年的资料，2019 年的名称可能已调整，请按 2019 年《政府收支分类科目》核对。']),
    );
    const bad = await runCli(['mark', workbook, '-o', join(dir, 'bad-year.xlsx'), '--year', '二〇二五'], env);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe('用法错误：--year 需要一个年份，例如 --year 2025，而不是“二〇二五”。');
  });
});

describe('one text decoder: UTF-8, else GB18030, in the command line and the pane', () => {
  // '科目编码,科目名称\r\n206,科学技术支出\r\n20604,科学研究与开发\r\n' as GB18030 (what Chinese Excel saves as CSV).
  const gb18030 = Buffer.from(
    'bfc6c4bfb1e0c2eb2cbfc6c4bfc3fbb3c60d0a3230362cbfc6d1a7bcbccaf5d6a7b3f60d0a32303630342cbfc6d1a7d1d0bebfd3ebbfaab7a20d0a',
    'hex',
  );

  it('decodes UTF-8 with and without BOM, and GB18030', () => {
    const text = '科目编码,科目名称\r\n206,科学技术支出\r\n20604,科学研究与开发\r\n';
    expect(decodeText(new TextEncoder().encode(text))).toBe(text);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toBe(text);
    expect(decodeText(new Uint8Array(gb18030))).toBe(text);
  });

  it('the pane imports a GB18030 catalog file with its Chinese names', async () => {
    const catalog = await importCatalogFile(new File([gb18030], '科目.csv'), 2025);
    expect(catalog.entries).toEqual([
      { system: 'function', code: '206', name: '科学技术支出' },
      { system: 'function', code: '20604', name: '科学研究与开发' },
    ]);
  });

  it('so does `codes import`', async () => {
    const own = { BUDGET_CHECK_CONFIG_DIR: join(dir, 'gb-config') };
    const file = join(dir, '科目-gb18030.csv');
    writeFileSync(file, gb18030);
    expect((await runCli(['codes', 'import', file, '--year', '2025'], own)).status).toBe(0);
    expect((await runCli(['codes', '20604'], own)).stdout).toMatch(/20604 {2}科学研究与开发/);
  });
});
