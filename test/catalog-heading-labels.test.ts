/**
 * An 经济分类 类 heading named with the template's own label for what it holds: fuliyuan-2024 (普陀区社会福利院, 一般公共预算基本支出
 * 部门预算经济分类预算表) prints '303 | | 离退休人员经费' above '303 | 01 | 退休费' — 303 is 对个人和家庭的补助, and 退休费 is one of
 * its 款 (30302; the workbook numbers its 款 01, 02 … in order). The 类 is the one its code says, so its heading is a
 * name to bring in line with the catalog, a warning (the key's level), not an error as a wrong 科目 is. Names below are
 * the shipped catalog's; labels and numbering in the properties are invented variants.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeNameFindings } from '../src/engine/catalog';
import type { Finding } from '../src/engine/findings';
import { codedTable } from './fixtures/catalog/tables';

const table = (rows: { code: string; name: string }[], year = 2024) => codedTable({ sheet: '表', year, layout: 'split', rows: rows.map((r) => ({ ...r, amount: 1 })) });
/** The findings on the name cell of row `i` (0-based) of the table: its names are in column C (类 | 款 | name), from row 5. */
const onRow = (findings: Finding[], i: number, column = 'C') => findings.filter((f) => f.cell === `${column}${5 + i}`).map((f) => `${f.severity} ${f.rule}`);

/** 款 of each 类, by their catalog names. */
const ITEMS: Record<string, string[]> = {
  '301': ['基本工资', '津贴补贴', '奖金', '绩效工资', '住房公积金'],
  '302': ['办公费', '印刷费', '水费', '电费', '差旅费'],
  '303': ['离休费', '退休费', '抚恤金', '生活补助', '奖励金'],
};
/** Labels no catalog gives any code. */
const LABELS = ['离退休人员经费', '本类经费', '经常性经费开支', '本单位补助经费'];

describe('an 经济分类 类 heading whose 款 are its own is a label, not a wrong 科目 (fuliyuan-2024 C30)', () => {
  it('the published block: the 303 heading is a warning; the 款 numbered out of the catalog’s order stay errors', () => {
    const findings = codeNameFindings([table([{ code: '303', name: '离退休人员经费' }, { code: '30301', name: '退休费' }])]);
    expect(onRow(findings, 0)).toEqual(['warning code-name/heading-label']);
    expect(findings.find((f) => f.cell === 'C5')!.message).toBe('编码 303 的名称表中写作“离退休人员经费”，目录名称为“对个人和家庭的补助”；其下所列科目属于 303，编码无误，请按目录名称改正。');
    expect(onRow(findings, 1)).toEqual(['error code-name/other-code']);
  });

  const heading = fc.record({
    lei: fc.constantFrom('301', '302', '303'),
    label: fc.constantFrom(...LABELS),
    picks: fc.uniqueArray(fc.nat({ max: 4 }), { minLength: 1, maxLength: 4 }),
  });
  /** The heading and its 款 numbered 01, 02 … in the order listed, whatever their catalog numbers. */
  const block = (lei: string, label: string, names: string[]) => [{ code: lei, name: label }, ...names.map((name, i) => ({ code: `${lei}${String(i + 1).padStart(2, '0')}`, name }))];

  it('property: a 类 labelled by the table over any of its own 款 is a warning', () => {
    fc.assert(
      fc.property(heading, ({ lei, label, picks }) => {
        expect(onRow(codeNameFindings([table(block(lei, label, picks.map((i) => ITEMS[lei][i])))]), 0)).toEqual(['warning code-name/heading-label']);
      }),
      { numRuns: 100 },
    );
  });

  it('property: the same label over 款 of another 类, or over none, stays an error', () => {
    fc.assert(
      fc.property(heading, fc.constantFrom('301', '302', '303'), ({ lei, label, picks }, other) => {
        fc.pre(other !== lei);
        expect(onRow(codeNameFindings([table(block(lei, label, picks.map((i) => ITEMS[other][i])))]), 0)).toEqual(['error code-name/mismatch']);
        expect(onRow(codeNameFindings([table([{ code: lei, name: label }])]), 0)).toEqual(['error code-name/mismatch']);
      }),
      { numRuns: 100 },
    );
  });

  it('a 功能分类 类 over its own 款 is printed by its catalog name: another name stays an error', () => {
    const findings = codeNameFindings([table([{ code: '221', name: '住房支出' }, { code: '22102', name: '住房改革支出' }, { code: '2210201', name: '住房公积金' }], 2025)]);
    expect(onRow(findings, 0, 'D')).toEqual(['error code-name/mismatch']);
  });

  it('a 款 heading over its own 项 keeps its name checked as written', () => {
    // 2025: the year the shipped catalog knows 20604's name for; 类 | 款 | 项 | name, the names in column D.
    const findings = codeNameFindings([table([{ code: '206', name: '科学技术支出' }, { code: '20604', name: '科学研究与开发' }, { code: '2060401', name: '机构运行' }], 2025)]);
    expect(onRow(findings, 1, 'D')).toEqual(['error code-name/mismatch']);
  });
});
