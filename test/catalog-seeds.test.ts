/**
 * Every code printed in the seed workbooks resolves to the name the seed uses, or a finding at the
 * name cell says why the seed's name is off. (Seeds 000, 002 and 004 print no code tables: their
 * codes appear only as names in text, checked in catalog-text.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { CodeCatalog, codeNameFindings, planNameFill, sameName } from '../src/engine/catalog';
import { toA1 } from '../src/engine/grid/a1';
import { recognizeWorkbook } from '../src/engine/recognize';
import type { Table } from '../src/engine/recognize/types';
import { buildSeed001, buildSeed003, toGrids } from './fixtures';

function codedNameLines(tables: Table[]) {
  return tables.flatMap((t) =>
    t.lines
      .filter((l) => l.code && l.codeCols?.length && l.labelCol !== undefined)
      .map((l) => ({ sheet: t.sheet, cell: toA1(l.row, l.labelCol!), code: l.code!, system: l.codeSystem!, label: l.label, year: t.year })),
  );
}

describe.each([
  ['seed 001', buildSeed001],
  ['seed 003', buildSeed003],
])('%s', (_name, build) => {
  const tables = recognizeWorkbook(toGrids(build()));
  const findings = codeNameFindings(tables);
  const catalog = new CodeCatalog();

  it('has coded lines to check', () => {
    expect(codedNameLines(tables).length).toBeGreaterThan(20);
  });

  it('resolves every code to the seed name, or explains the difference at the name cell', () => {
    const explained = new Set(findings.flatMap((f) => [`${f.sheet}!${f.cell}`, ...f.related.map((r) => `${r.sheet}!${r.cell}`)]));
    for (const line of codedNameLines(tables)) {
      const hit = catalog.lookup(line.system, line.code, line.year);
      const resolves = hit !== undefined && sameName(line.label, [hit.name, ...hit.formerNames]);
      expect(resolves || explained.has(`${line.sheet}!${line.cell}`), `${line.sheet}!${line.cell} ${line.code} ${line.label}`).toBe(true);
    }
  });

  it('has no blank name to fill, and offers a correction (to confirm) exactly where a name is wrong', () => {
    const plan = planNameFill(tables);
    expect(plan.filter((w) => w.replaces === undefined)).toEqual([]);
    const wrong = findings.filter((f) => ['code-name/mismatch', 'code-name/other-code', 'code-name/incomplete', 'code-name/former-name', 'code-name/variant'].includes(f.rule));
    const correctable = wrong.filter((f) => tables.some((t) => t.sheet === f.sheet && t.lines.some((l) => l.labelCol !== undefined && l.codeCols?.length && !l.codeCols.includes(l.labelCol) && `${toA1(l.row, l.labelCol)}` === f.cell)));
    expect(plan.map((w) => `${w.sheet}!${w.cell}`).sort()).toEqual(correctable.filter((f) => f.severity === 'error' || f.rule !== 'code-name/mismatch').map((f) => `${f.sheet}!${f.cell}`).sort());
    for (const w of plan) expect(w.replaces).not.toBe(w.name);
  });
});

describe('seed 001 findings', () => {
  it('reports only the two codes the shipped catalog lacks, once each, trusting the workbook names', () => {
    const findings = codeNameFindings(recognizeWorkbook(toGrids(buildSeed001())));
    expect(findings.map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell}`)).toEqual([
      'info unknown-code/not-in-catalog 表2!C8',
      'info unknown-code/not-in-catalog 表2!C22',
    ]);
    expect(findings[0].message).toContain('20601');
    expect(findings[0].message).toContain('本工作簿各表名称一致');
    expect(findings[0].related.map((r) => `${r.sheet}!${r.cell}`)).toEqual(expect.arrayContaining(['表3!C8', '表5!C8']));
    expect(findings[1].message).toContain('21505');
  });
});

describe('seed 003 findings', () => {
  it('explains each name the seed prints off the catalog', () => {
    const findings = codeNameFindings(recognizeWorkbook(toGrids(buildSeed003())));
    expect(findings.map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell} ${f.message}`)).toEqual([
      'error code-name/mismatch 表2!D8 编码 20604 的名称应为“技术研究与开发”，表中写作“研究与开发”。',
      'error code-name/mismatch 表3!D9 编码 20604 的名称应为“技术研究与开发”，表中写作“科学研究与开发”。',
      'warning code-name/incomplete 表4!C13 编码 207 的名称“文化旅游体育与传媒”不完整（可能被换行截断），应为“文化旅游体育与传媒支出”。',
      'warning code-name/incomplete 表4!C21 编码 215 的名称“资源勘探工业信息等”不完整（可能被换行截断），应为“资源勘探工业信息等支出”。',
      'warning code-name/incomplete 表4!C25 编码 220 的名称“自然资源海洋气象等”不完整（可能被换行截断），应为“自然资源海洋气象等支出”。',
      'warning code-name/incomplete 表4!C29 编码 224 的名称“灾害防治及应急管理支”不完整（可能被换行截断），应为“灾害防治及应急管理支出”。',
      'warning code-name/incomplete 表4!C36 编码 234 的名称“抗疫特别国债安排的支”不完整（可能被换行截断），应为“抗疫特别国债安排的支出”。',
      'error code-name/mismatch 表5!D9 编码 20604 的名称应为“技术研究与开发”，表中写作“科学研究与开发”。',
      'warning code-name/former-name 表6!C15 编码 30110 的名称“城镇职工基本医疗保险缴费”是旧版《政府收支分类科目》的名称，现行名称为“职工基本医疗保险缴费”，请更新。',
      'error code-name/mismatch 表6!C25 编码 30211 的名称应为“差旅费”，表中写作“查差旅费”。',
      'error code-name/mismatch 表7!D8 编码 20604 的名称应为“技术研究与开发”，表中写作“科学研究与开发”。',
    ]);
  });

  it('accepts the half-width 维修(护)费 of 表6, and calls the older name 城镇职工基本医疗保险缴费 out of date — a warning, never an error', () => {
    const tables = recognizeWorkbook(toGrids(buildSeed003()));
    const labels = tables.flatMap((t) => t.lines).map((l) => l.label);
    expect(labels).toContain('城镇职工基本医疗保险缴费');
    expect(labels).toContain('维修(护)费');
    const findings = codeNameFindings(tables);
    expect(findings.some((f) => /30213/.test(f.message))).toBe(false);
    expect(findings.filter((f) => /30110/.test(f.message)).map((f) => `${f.severity} ${f.rule}`)).toEqual(['warning code-name/former-name']);
  });
});
