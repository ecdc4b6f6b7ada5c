/**
 * Errors the real corpus showed where its key says warning ("too loud", docs/accuracy.md), each made quieter
 * by its general cause, each with the true error of the same shape still an error:
 * - a 科目 name unlike the catalog's, when the catalog knows that name only from another year than the
 *   table's, is not certainly wrong — the code may have been renamed since (款 22198 in 石泉路街道's 2026
 *   单位预算 printed as 其他住房保障支出, a name the catalog has from a 2025 决算 only). It is a warning that
 *   says where the catalog's name is from; where the catalog knows the name for the table's year
 *   (2111101 in 石泉路街道's 2025 决算), or has it from years on both sides of it, it stays an error; an undated
 *   entry knows no year, so against it only a table of no stated year is certainly wrong;
 * - the same item's figure stated twice for one year with two values, the second being the digits the item
 *   gives for another year ('2026年度预算8.61万元，2025年度预算8.30万元…2025年预算安排8.61万元', 石泉路街道's 2026
 *   编制说明 L63), is as likely a wrong year as a wrong figure: a warning that says so; a second value that
 *   is no other figure of the item (石泉路街道's 2025 决算 L131) or is copied from the item above (万里 2023
 *   L21) stays an error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeWorkbook } from '../src/engine';
import { CodeCatalog, codeNameFindings } from '../src/engine/catalog';
import { checkNarrativeText } from '../src/engine/narrative';
import type { Finding } from '../src/engine/findings';
import { workbookToGrids } from '../src/xlsx/grids';
import { loadXlsx } from '../src/xlsx/load';
import { codedTable } from './fixtures/catalog/tables';

const WORKBOOKS = join(__dirname, 'corpus', 'tables', 'workbooks');

async function corpusFindings(file: string): Promise<Finding[]> {
  const workbook = await loadXlsx(new Uint8Array(readFileSync(join(WORKBOOKS, file))));
  return analyzeWorkbook(workbookToGrids(workbook, file)).findings;
}

const about = (fs: Finding[], code: string) => fs.filter((f) => f.kind === 'code-name' && f.message.startsWith(`编码 ${code} `));
const brief = (fs: Finding[]) => fs.map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell}`);

describe('a 科目 name the catalog knows only from another year', () => {
  it('is a warning that names the catalog’s year (shiquan-benji-2026: 款 22198 printed as 其他住房保障支出)', async () => {
    const fs = about(await corpusFindings('shiquan-benji-2026.xlsx'), '22198');
    expect(brief(fs)).toEqual([
      'warning code-name/other-code 收入预算总表!D73',
      'warning code-name/other-code 支出预算总表!D73',
      'warning code-name/other-code 政府性基金预算支出功能分类预算表!D10',
    ]);
    for (const f of fs) {
      expect(f.message).toBe(
        '编码 22198 的名称写成了项级科目 2219899 的名称“其他住房保障支出”，目录名称为“超长期特别国债安排的支出”。内置目录中该编码的名称取自 2025 年的资料，2026 年的名称可能已调整，请按 2026 年《政府收支分类科目》核对。',
      );
    }
  });

  it('stays an error when the catalog knows the name for the table’s year (shiquan-2025: 2111101 printed as 2111103’s 减排专项支出)', async () => {
    const fs = about(await corpusFindings('shiquan-2025.xlsx'), '2111101');
    expect(brief(fs)).toEqual([
      'error code-name/other-code 收入决算表!B61',
      'error code-name/other-code 支出决算表!B61',
      'error code-name/other-code 一般公共预算财政拨款支出决算表!B60',
    ]);
    expect(fs[0].message).toBe('编码 2111101 的名称写成了科目 2111103 的名称“减排专项支出”，应为“生态环境监测与信息”。');
  });

  // 30203 咨询费 is attested in the shipped catalog for 2020–2025 and not after; 30205 is 水费.
  const table = (year: number, name: string) =>
    codedTable({ sheet: '表', year, layout: 'split', rows: [{ code: '302', name: '商品和服务支出' }, { code: '30203', name }] });

  it('another code’s name and a name of no code: an error inside the years the catalog knows, a warning outside them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2010, max: 2035 }), fc.constantFrom('水费', '会议咨询服务费'), (year, name) => {
        const fs = codeNameFindings([table(year, name)]);
        const known = year >= 2020 && year <= 2025;
        expect(brief(fs)).toEqual([`${known ? 'error' : 'warning'} code-name/${name === '水费' ? 'other-code' : 'mismatch'} 表!C6`]);
        if (known) expect(fs[0].message).toContain('应为“咨询费”');
        else expect(fs[0].message).toContain(`请按 ${year} 年《政府收支分类科目》核对`);
      }),
      { seed: 39_001, numRuns: 80 },
    );
  });

  it('a year between two the catalog knows is known: the entry kept one name across them', () => {
    // 30208 取暖费: sources of 2020 and of 2024–2025, none of 2021–2023.
    const catalog = new CodeCatalog();
    expect([2019, 2020, 2022, 2025, 2026].map((y) => catalog.lookup('economic', '30208', y)?.knownForYear)).toEqual([false, true, true, true, false]);
    expect(catalog.lookup('economic', '30208')?.knownForYear).toBe(true);
  });

  it('an undated entry attests no year: a name unlike it is a warning for a table of any year, an error only for a table with none', () => {
    // 2050202 小学教育: one undated source in the shipped catalog.
    const catalog = new CodeCatalog();
    expect(catalog.lookup('function', '2050202', 2025)?.knownForYear).toBe(false);
    expect(catalog.lookup('function', '2050202')?.knownForYear).toBe(true);
    const schools = (year?: number) =>
      codedTable({ sheet: '表', ...(year ? { year } : {}), layout: 'split', rows: [{ code: '205', name: '教育支出' }, { code: '20502', name: '普通教育' }, { code: '2050202', name: '中学教育' }] });
    fc.assert(
      fc.property(fc.integer({ min: 2010, max: 2035 }), (year) => {
        const fs = codeNameFindings([schools(year)]);
        expect(fs.map((f) => f.severity)).toEqual(['warning']);
        expect(fs[0].message).toContain(`内置目录中该编码的名称取自未注明年度的资料，${year} 年的名称可能已调整`);
      }),
      { numRuns: 20 },
    );
    expect(codeNameFindings([schools()]).map((f) => f.severity)).toEqual(['error']);
  });

  it('an imported catalog of another year is another year too', () => {
    const catalog = new CodeCatalog([{ year: 2025, source: '导入目录 2025.xlsx', complete: true, entries: [{ system: 'function', code: '20601', name: '科学技术管理事务' }] }]);
    expect(catalog.lookup('function', '20601', 2025)?.knownForYear).toBe(true);
    expect(catalog.lookup('function', '20601', 2026)?.knownForYear).toBe(false);
    expect(catalog.lookup('function', '20601')?.knownForYear).toBe(true);
  });
});

describe('one year’s figure stated twice, the second the item’s figure for another year', () => {
  // shiquan-benji-2026.txt L62–L64, as printed (PDF lines).
  const real =
    '“社会保障和就业支出(类）-红十字事业（款）-一般行政管理事务（项）”2026年度预算8.61万元，2025年度预算8.30万元，主要用\n' +
    '于：千万人帮万家帮困等。 2025年当年预算执行数为7.11万元，2025年预算安排8.61万元，比2025年预算执行数增加21.10%。主要原因\n' +
    '是：预算数以社区人数为基数编制。';
  const duplicates = (text: string) => checkNarrativeText(text).filter((f) => f.rule === 'narrative/duplicate');

  it('is a warning that names the other year’s figure (石泉路街道 2026 L63: 2025年预算安排8.61万元)', () => {
    const fs = duplicates(real);
    expect(fs.map((f) => `${f.cell} ${f.severity}`)).toEqual(['L2 warning']);
    expect(fs[0].message).toBe(
      '同一项目前后数字不一致：前文为“一般行政管理事务（项）：2025年度预算8.30万元”，此处为“一般行政管理事务（项）：2025年预算安排8.61万元”（差0.31万元）；8.61万元与本项的“…)-一般行政管理事务(项)’2026年度预算8.61万元”相同，可能是年份写错，请核对。',
    );
  });

  it('stays an error when the second value is no figure of the item (8.71 for 8.61)', () => {
    const fs = duplicates(real.replace('2025年预算安排8.61万元', '2025年预算安排8.71万元'));
    expect(fs.map((f) => `${f.cell} ${f.severity}`)).toEqual(['L2 error']);
    expect(fs[0].message).not.toContain('年份');
  });

  const item = (next: number, last: number, again: number) =>
    `“社会保障和就业支出(类）-红十字事业（款）-一般行政管理事务（项）”2026年度预算${(next / 100).toFixed(2)}万元，2025年度预算${(last / 100).toFixed(2)}万元，主要用于：千万人帮万家帮困等。2025年当年预算执行数为7.11万元，2025年预算安排${(again / 100).toFixed(2)}万元。主要原因是：预算数以社区人数为基数编制。`;

  it('a warning exactly when the second value is the other year’s figure; an error for any other value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 900_000 }), fc.integer({ min: 100, max: 900_000 }), fc.integer({ min: 100, max: 900_000 }), fc.boolean(), (next, last, other, isNext) => {
        fc.pre(Math.abs(next - last) > 2 && Math.abs(other - last) > 2 && Math.abs(other - next) > 2);
        const fs = duplicates(item(next, last, isNext ? next : other));
        expect(fs.map((f) => f.severity)).toEqual([isNext ? 'warning' : 'error']);
        expect(fs[0].message.includes('可能是年份写错')).toBe(isNext);
      }),
      { seed: 39_002, numRuns: 120 },
    );
  });
});
