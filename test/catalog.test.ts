import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CodeCatalog,
  SHIPPED_CATALOG,
  codeNameFindings,
  nameKey,
  planNameFill,
  sameName,
} from '../src/engine/catalog';
import { cellFindings, type Finding } from '../src/engine/findings';
import ExcelJS from 'exceljs';
import { findingsToMarks } from '../src/engine/model';
import { markFindings } from '../src/xlsx/marks';
import { codedTable } from './fixtures/catalog/tables';

const root = resolve(__dirname, '..');
const sourceDir = resolve(root, 'src/engine/catalog/data/source');
const sharedData = resolve(root, '../shared/data');
const DATA_FILES = ['function-codes.csv', 'economic-codes.csv', 'revenue-codes.csv', 'SOURCES.md'];

function brief(findings: Finding[]): string[] {
  return findings.map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell}`);
}

describe('shipped catalog', () => {
  it('equals a fresh regeneration from its source data in the project', () => {
    const run = spawnSync(process.execPath, ['scripts/build-catalog.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  // The project keeps a copy of the shared data folder; where that folder is at hand, they agree.
  it.skipIf(!existsSync(resolve(sharedData, 'function-codes.csv')))('keeps its source data identical to ../shared/data', () => {
    for (const f of DATA_FILES) expect(readFileSync(resolve(sourceDir, f), 'utf8'), f).toBe(readFileSync(resolve(sharedData, f), 'utf8'));
  });

  it('gives every entry at least one source, each explained in the source list', () => {
    for (const e of SHIPPED_CATALOG.entries) {
      expect(e.sources.length, `${e.system} ${e.code}`).toBeGreaterThan(0);
      for (const tag of e.sources) expect(SHIPPED_CATALOG.sourceTags[tag], `${e.code} ${tag}`).toBeDefined();
      for (const f of e.formerNames) expect(f.source).not.toBe('');
    }
    expect(existsSync(resolve(sourceDir, 'SOURCES.md'))).toBe(true);
  });

  it('keeps one row per code of each system, with levels matching the code length', () => {
    const seen = new Set<string>();
    for (const e of SHIPPED_CATALOG.entries) {
      const k = `${e.system}:${e.code}`;
      expect(seen.has(k), k).toBe(false);
      seen.add(k);
      expect([3, 5, 7][e.level - 1], k).toBe(e.code.length);
      if (e.parent) expect(e.code.startsWith(e.parent), k).toBe(true);
    }
  });
});

describe('lookup by code and edition year', () => {
  const catalog = new CodeCatalog();

  it('gives the name of the edition asked for (210 before and after the 2018 rename)', () => {
    expect(catalog.lookup('function', '210', 2017)?.name).toBe('医疗卫生与计划生育支出');
    expect(catalog.lookup('function', '210', 2025)?.name).toBe('卫生健康支出');
    expect(catalog.lookup('function', '210', 2017)?.formerNames).toContain('卫生健康支出');
  });

  it('falls back to the nearest edition that shows the code, and says so', () => {
    const hit = catalog.lookup('function', '2101103', 2023);
    expect(hit?.name).toBe('公务员医疗补助');
    expect(hit?.editionYear).toBe(2025);
    expect(hit?.note).toContain('2025');
    expect(catalog.lookup('function', '2101103', 2025)?.note).toBeUndefined();
  });

  it('prefers an imported catalog, using the nearest imported year with a note', () => {
    const withImport = new CodeCatalog([
      { year: 2024, source: '导入目录 2024.xlsx', complete: true, entries: [{ system: 'function', code: '20601', name: '科学技术管理事务' }] },
    ]);
    const hit = withImport.lookup('function', '20601', 2025);
    expect(hit).toMatchObject({ name: '科学技术管理事务', origin: 'imported', source: '导入目录 2024.xlsx', editionYear: 2024 });
    expect(hit?.note).toContain('2024');
    expect(withImport.isComplete('function', 2024)).toBe(true);
    expect(withImport.isComplete('function', 2025)).toBe(false);
    expect(withImport.isComplete('economic', 2024)).toBe(false);
  });
});

describe('name matching', () => {
  const names = SHIPPED_CATALOG.entries.map((e) => e.name);

  it('accepts width, space and bracket variants of every catalog name', () => {
    const widen = (s: string) => s.replace(/[()]/g, (c) => (c === '(' ? '（' : '）'));
    const narrow = (s: string) => s.replace(/[（）]/g, (c) => (c === '（' ? '(' : ')'));
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.nat(20), fc.constantFrom(' ', '\u3000', '  '), (name, at, space) => {
        const i = at % (name.length + 1);
        const spaced = name.slice(0, i) + space + name.slice(i);
        expect(sameName(spaced, [name])).toBe(true);
        expect(sameName(widen(name), [narrow(name)])).toBe(true);
        expect(sameName(narrow(name), [widen(name)])).toBe(true);
      }),
    );
    expect(sameName('维修(护)费', ['维修（护）费'])).toBe(true);
  });

  it('keeps different names different (any two distinct catalog names stay distinct)', () => {
    const distinct = [...new Set(names)];
    fc.assert(
      fc.property(fc.constantFrom(...distinct), fc.constantFrom(...distinct), (a, b) => {
        if (a !== b) expect(nameKey(a)).not.toBe(nameKey(b));
      }),
    );
    expect(sameName('差旅费', ['查差旅费'])).toBe(false);
    expect(sameName('技术研究与开发', ['科学研究与开发'])).toBe(false);
  });
});

describe('code-name, unknown-code and blank-name findings', () => {
  // A 2025 一般公共预算支出表 printed with one code column, modelled on seed 001's 表5.
  const functionTable = codedTable({
    sheet: '表5',
    year: 2025,
    rows: [
      { code: '206', name: '科学技术支出', amount: 227.69 },
      { code: '20604', name: '技术研究与开发', amount: 8 },
      { code: '2060404', name: '技术研究与开发', amount: 8 }, // a 款 name on a 项 code
      { code: '208', name: '社会保障和就业支出', amount: 30 },
      { code: '20805', name: '行政事业单位养老支出', amount: 30 },
      { code: '2080501', name: '行政单位离退休', amount: 10 },
      { code: '2080505', name: '机关事业单位职业年金缴费支出', amount: 20 }, // the name of its sibling 2080506
      { code: '210', name: '卫生健康支出', amount: 6 },
      { code: '21011', name: '行政事业单位医疗', amount: 6 },
      { code: '2101101', name: '', amount: 6 }, // blank
      { code: '221', name: '住房支出', amount: 5 }, // a wrong name
      { code: '22102', name: '住房改革支出', amount: 5 },
      { code: '2210299', name: '', amount: 5 }, // blank, and no catalog has it
      { code: '2210201', name: '住房 公积金', amount: 5 }, // a space is not an error
    ],
  });
  // A 2025 基本支出表 by 经济分类 with split 类/款 columns, modelled on seed 003's 表6.
  const economicTable = codedTable({
    sheet: '表6',
    year: 2025,
    layout: 'split',
    rows: [
      { code: '301', name: '工资福利支出', amount: 141.44 },
      { code: '30110', name: '城镇职工基本医疗保险缴费', amount: 3.47 }, // older name: out of date, a warning
      { code: '30113', name: '', amount: 5.92 },
      { code: '302', name: '商品和服务支出', amount: 3.63 },
      { code: '30211', name: '查差旅费', amount: 0.9 },
      { code: '30213', name: '维修(护)费', amount: 0 },
      { code: '30217', name: '公务接待费', amount: 0.06 },
      { code: '30299', name: '办公费', amount: 0.41 }, // the name of 30201
    ],
  });

  it('reports exactly the wrong, blank and unknown names', () => {
    const findings = codeNameFindings([functionTable, economicTable]);
    expect(brief(findings)).toEqual([
      'error code-name/other-code 表5!B7',
      'error code-name/other-code 表5!B11',
      'info blank-name/fill 表5!B14',
      'error code-name/mismatch 表5!B15',
      'info unknown-code/not-in-catalog 表5!B17',
      'warning code-name/former-name 表6!C6',
      'info blank-name/fill 表6!C7',
      'error code-name/mismatch 表6!C9',
      'error code-name/other-code 表6!C12',
    ]);
    const at = (cell: string) => findings.find((f) => `${f.sheet}!${f.cell}` === cell)!;
    expect(at('表5!B7').message).toBe('编码 2060404 的名称写成了上级款 20604 的名称“技术研究与开发”，应为“科技成果转化与扩散”。');
    expect(at('表5!B11').message).toContain('应为“机关事业单位基本养老保险缴费支出”');
    expect(at('表5!B11').message).toContain('2080506');
    expect(at('表5!B14').message).toContain('应填“行政单位医疗”');
    expect(at('表5!B15').message).toBe('编码 221 的名称应为“住房保障支出”，表中写作“住房支出”。');
    expect(at('表5!B17').message).toContain('2210201 住房公积金');
    expect(at('表6!C9').message).toBe('编码 30211 的名称应为“差旅费”，表中写作“查差旅费”。');
    expect(at('表6!C12').message).toContain('30201');
    expect(at('表6!C12').related).toEqual([
      { sheet: '表6', cell: 'A12' },
      { sheet: '表6', cell: 'B12' },
    ]);
  });

  it('plans a fill for every blank name whose code is known, and only for those', () => {
    const writes = planNameFill([functionTable, economicTable]);
    const blanks = writes.filter((w) => w.replaces === undefined);
    expect(blanks.map((w) => [w.sheet, w.cell, w.code, w.name])).toEqual([
      ['表5', 'B14', '2101101', '行政单位医疗'],
      ['表6', 'C7', '30113', '住房公积金'],
    ]);
    expect(blanks[0].source).toMatch(/^内置目录（见于 \d+ 份公开资料）$/);
    // Every wrong, cut or out-of-date name is offered as a correction that names what it replaces (the pane asks first).
    const errors = codeNameFindings([functionTable, economicTable]).filter(
      (f) => f.kind === 'code-name' && (f.severity === 'error' || ['code-name/incomplete', 'code-name/former-name', 'code-name/variant'].includes(f.rule)),
    );
    expect(writes.filter((w) => w.replaces !== undefined).map((w) => `${w.sheet}!${w.cell}`).sort()).toEqual(errors.map((f) => `${f.sheet}!${f.cell}`).sort());
  });

  it('resolves lone 款 parts through the 类 above them (split codes printed as continuation rows)', () => {
    // Seed 003 表3: "301 | | 工资福利支出", "301 | 01 | 基本工资", " | 02 | 津贴补贴", …
    const table = codedTable({
      sheet: '表3',
      year: 2025,
      layout: 'split',
      rows: [
        { code: '301', name: '工资福利支出' },
        { code: '30101', name: '基本工资' },
        { code: '02', name: '津贴补贴' },
        { code: '03', name: '' },
        { code: '302', name: '商品和服务支出' },
        { code: '01', name: '印刷费' }, // 30201 is 办公费; 印刷费 is 30202
      ],
    });
    expect(brief(codeNameFindings([table]))).toEqual(['info blank-name/fill 表3!C8', 'error code-name/other-code 表3!C10']);
    expect(planNameFill([table]).map((w) => `${w.code} ${w.name} ${w.replaces ?? '(空白)'}`)).toEqual(['30103 奖金 (空白)', '30201 办公费 印刷费']);
  });

  it('chooses 款 or 项 for a lone part by the name printed beside it', () => {
    const table = codedTable({
      sheet: '表2',
      year: 2025,
      layout: 'split',
      rows: [
        { code: '208', name: '社会保障和就业支出' },
        { code: '20805', name: '行政事业单位养老支出' },
        { code: '2080505', name: '机关事业单位基本养老保险缴费支出' },
        { code: '06', name: '机关事业单位职业年金缴费支出' }, // 项 2080506
        { code: '08', name: '抚恤' }, // 款 20808, not 项 2080508
      ],
    });
    expect(codeNameFindings([table])).toEqual([]);
  });

  it('flags a name cut off by a line break as incomplete, not as a wrong name', () => {
    // Seed 003 表2 prints 20805's name over two lines: '行政事业单位' / '养老支出'.
    const table = codedTable({ sheet: '表2', year: 2025, layout: 'split', rows: [{ code: '20805', name: '行政事业单位' }] });
    const [f] = codeNameFindings([table]);
    expect(f).toMatchObject({ severity: 'warning', rule: 'code-name/incomplete', cell: 'D5' });
    expect(f.message).toContain('应为“行政事业单位养老支出”');
  });

  it('suggests codes by name for a code of the wrong length', () => {
    // Seed 003 表2 as printed: the 类 part lost its last digit ('20 05 01 机构运行').
    const table = codedTable({ sheet: '表2', year: 2025, rows: [{ code: '200501', name: '机构运行' }] });
    const [f] = codeNameFindings([table]);
    expect(f).toMatchObject({ kind: 'unknown-code', severity: 'info', rule: 'unknown-code/malformed' });
    expect(f.message).toContain('2060501 机构运行');
  });
});

describe('names of another edition, and a name one character off', () => {
  const table = (year: number | undefined, rows: { code: string; name: string }[], layout?: 'split') =>
    codedTable({ sheet: '表', ...(year ? { year } : {}), ...(layout ? { layout } : {}), rows: rows.map((r) => ({ ...r, amount: 1 })) });
  const only = (findings: Finding[]) => findings.map((f) => `${f.severity} ${f.rule} ${f.cell}`);

  it('an earlier edition’s name is a warning that gives the current one (20805 行政事业单位离退休 in a 2025 决算)', () => {
    const findings = codeNameFindings([table(2025, [{ code: '208', name: '社会保障和就业支出' }, { code: '20805', name: '行政事业单位离退休' }])]);
    expect(only(findings)).toEqual(['warning code-name/former-name B6']);
    expect(findings[0].message).toBe('编码 20805 的名称“行政事业单位离退休”是旧版《政府收支分类科目》的名称，2025 年名称为“行政事业单位养老支出”，请更新。');
    // Of a table whose year is not known, the current name is the one to follow.
    expect(only(codeNameFindings([table(undefined, [{ code: '20805', name: '行政事业单位离退休' }])]))).toEqual(['warning code-name/former-name B5']);
  });

  it('is the right name in its own edition (210 医疗卫生与计划生育支出 until 2017), and out of date after it', () => {
    expect(codeNameFindings([table(2017, [{ code: '210', name: '医疗卫生与计划生育支出' }])])).toEqual([]);
    expect(only(codeNameFindings([table(2024, [{ code: '210', name: '医疗卫生与计划生育支出' }])]))).toEqual(['warning code-name/former-name B5']);
    // The new name in an old document is another edition's name, not a wrong one.
    expect(codeNameFindings([table(2017, [{ code: '210', name: '卫生健康支出' }])])).toEqual([]);
  });

  it('a name one character off the official one (机关事业单位基本养老保险费 for …缴费) is a warning; a qualifier more or less, a changed character or a short name stays an error', () => {
    const findings = codeNameFindings([
      table(
        2024,
        [
          { code: '301', name: '工资福利支出' },
          { code: '30108', name: '机关事业单位基本养老保险费' },
          { code: '302', name: '商品和服务支出' },
          { code: '30211', name: '查差旅费' },
          { code: '30213', name: '维修（保）费' },
        ],
        'split',
      ),
      // 2025: the one year the shipped catalog knows 20604's name for (of another year, a warning).
      table(2025, [{ code: '206', name: '科学技术支出' }, { code: '20604', name: '研究与开发' }]),
    ]);
    expect(only(findings)).toEqual(['warning code-name/variant C6', 'error code-name/mismatch C8', 'error code-name/mismatch C9', 'error code-name/mismatch B6']);
    expect(findings[0].message).toBe('编码 30108 的名称“机关事业单位基本养老保险费”与目录名称“机关事业单位基本养老保险缴费”相差一字，请按目录写法核对。');
  });

  it('a name of another code stays an error, however close it is', () => {
    // 30202 印刷费 written where 30203 咨询费 belongs: the numbering of a local template, a real mix-up.
    const findings = codeNameFindings([table(2024, [{ code: '302', name: '商品和服务支出' }, { code: '30203', name: '印刷费' }], 'split')]);
    expect(only(findings)).toEqual(['error code-name/other-code C6']);
  });

  it('offers the current name as a correction to confirm', () => {
    const writes = planNameFill([table(2025, [{ code: '20805', name: '行政事业单位离退休' }])]);
    expect(writes.map((w) => [w.cell, w.name, w.replaces])).toEqual([['B5', '行政事业单位养老支出', '行政事业单位离退休']]);
  });
});

describe('names learned from the workbook', () => {
  const named = (sheet: string, name: string) =>
    codedTable({ sheet, year: 2025, rows: [{ code: '206', name: '科学技术支出' }, { code: '20601', name }, { code: '2060101', name: '行政运行' }] });

  it('fills a code the catalog lacks when every table names it the same way, and says so', () => {
    const tables = [named('表3', '科学技术管理事务'), named('表5', '科学技术管理事务'), named('表2', '')];
    const writes = planNameFill(tables);
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatchObject({ sheet: '表2', cell: 'B6', code: '20601', name: '科学技术管理事务' });
    expect(writes[0].source).toContain('本工作簿');
    const findings = codeNameFindings(tables);
    expect(brief(findings)).toEqual(['info unknown-code/not-in-catalog 表3!B6', 'info blank-name/fill 表2!B6']);
    expect(findings[0].related).toContainEqual({ sheet: '表5', cell: 'B6' });
    expect(findings[1].message).toContain('本工作簿');
  });

  it('does not trust a code named differently in two tables', () => {
    const tables = [named('表3', '科学技术管理事务'), named('表5', '科技管理事务'), named('表2', '')];
    expect(planNameFill(tables)).toEqual([]);
    expect(brief(codeNameFindings(tables))).toEqual([
      'warning code-name/inconsistent 表3!B6',
      'warning code-name/inconsistent 表5!B6',
      'info unknown-code/not-in-catalog 表2!B6',
    ]);
  });

  it('says an unknown code once per message: a repeat becomes a related cell of the first saying the same', () => {
    const ofYear = (sheet: string, year: number) => codedTable({ sheet, year, rows: [{ code: '206', name: '科学技术支出' }, { code: '20601', name: '科学技术管理事务' }] });
    const imported = { year: 2025, source: '导入目录', complete: true, entries: [{ system: 'function' as const, code: '206', name: '科学技术支出' }] };
    // 2025 is looked up in the complete imported catalog, 2024 in the shipped one: two messages for 20601.
    const findings = codeNameFindings([ofYear('表3', 2025), ofYear('表4', 2024), ofYear('表5', 2025), ofYear('表6', 2024)], { importedCatalogs: [imported] });
    expect(brief(findings)).toEqual(['warning unknown-code/not-in-catalog 表3!B6', 'info unknown-code/not-in-catalog 表4!B6']);
    expect(findings[0].related).toContainEqual({ sheet: '表5', cell: 'B6' });
    expect(findings[1].related).toContainEqual({ sheet: '表6', cell: 'B6' });
    expect(findings[0].related).not.toContainEqual({ sheet: '表6', cell: 'B6' });
  });

  it('makes an unknown code a warning only against a complete imported catalog of that year', () => {
    const tables = [named('表3', '科学技术管理事务')];
    const imported = { year: 2025, source: '导入目录', complete: true, entries: [{ system: 'function' as const, code: '206', name: '科学技术支出' }] };
    expect(codeNameFindings(tables, { importedCatalogs: [imported] })[0]).toMatchObject({ kind: 'unknown-code', severity: 'warning' });
    expect(codeNameFindings(tables, { importedCatalogs: [{ ...imported, year: 2024 }] })[0]).toMatchObject({ kind: 'unknown-code', severity: 'info' });
  });
});

describe('a table with many codes the catalogs lack', () => {
  const catalog = new CodeCatalog();
  // A county's own 项 numbering under 21303 水利 (as in locally extended catalogs): codes no catalog has.
  const localCodes = Array.from({ length: 40 }, (_, i) => `21303${String(60 + i).padStart(2, '0')}`).filter((c) => !catalog.lookup('function', c));
  const localTable = (sheet: string, n: number) =>
    codedTable({
      sheet,
      year: 2025,
      rows: [
        { code: '213', name: '农林水支出' },
        { code: '21303', name: '水利' },
        ...localCodes.slice(0, n).map((code, i) => ({ code, name: `水利工程项目${i + 1}` })),
      ],
    });

  it('says so once per table, and keeps every code as a member with its own cell and message', () => {
    expect(localCodes.length).toBeGreaterThanOrEqual(15);
    // What each code says when it is the only one (its line at the same row).
    const single = localCodes.slice(0, 15).map((code, i) => codeNameFindings([codedTable({ sheet: '表2', year: 2025, firstRow: 6 + i, rows: [{ code, name: `水利工程项目${i + 1}` }] })])[0]);
    const findings = codeNameFindings([localTable('表2', 15)]);
    expect(brief(findings)).toEqual(['info unknown-code/many 表2!B7']);
    const [group] = findings;
    expect(group.members).toEqual(single);
    expect(group.members!.map((f) => f.rule)).toEqual(Array(15).fill('unknown-code/not-in-catalog'));
    expect(group.message).toContain('本表有 15 个编码不在内置功能分类目录（目录不完整）中');
    expect(group.message).toContain(`${localCodes[0]}“水利工程项目1”`);
    expect(group.related).toEqual([{ sheet: '表2', cell: 'A7' }, { sheet: '表2', cell: 'B8' }, { sheet: '表2', cell: 'B9' }]);
    expect(cellFindings(findings).map((f) => f.cell)).toEqual(Array.from({ length: 15 }, (_, i) => `B${7 + i}`));
  });

  it('lists up to ten of them one by one, and counts each table on its own', () => {
    expect(brief(codeNameFindings([localTable('表2', 10)]))).toEqual(Array.from({ length: 10 }, (_, i) => `info unknown-code/not-in-catalog 表2!B${7 + i}`));
    const two = codeNameFindings([localTable('表2', 8), localTable('表3', 8)]);
    expect(two.every((f) => f.rule === 'unknown-code/not-in-catalog' && !f.members)).toBe(true);
  });

  it('every member cell is marked, in the pane and in the marked copy', async () => {
    const findings = codeNameFindings([localTable('表2', 15)]);
    const marks = findingsToMarks(findings);
    expect(marks.map((m) => m.cell)).toEqual(Array.from({ length: 15 }, (_, i) => `B${7 + i}`));
    expect(marks[3].note).toContain(localCodes[3]);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('表2');
    expect(markFindings(wb, findings)).toEqual({ marked: 15, skipped: 0 });
    expect(String(wb.getWorksheet('表2')!.getCell('B21').note)).toContain(localCodes[14]);
  });
});
