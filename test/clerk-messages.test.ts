/**
 * Every finding sentence is written one way (issue 16, item 6), over every fixture workbook, the whole
 * real corpus (workbooks, workbooks with their 编制说明, texts alone) and a table of 科目名称 slips:
 *
 * - amounts in the one number format of model/money: thousands separators from 1,000 on (a figure
 *   quoted from the text stays as the text printed it, inside its quotation marks);
 * - one quotation style: “…” (「…」 only for a sheet's name, or for words that carry their own “”);
 * - one way to point at a cell: 「表3」D12, never 表3!D12;
 * - where a name comes from (“见于 2 份公开资料”, the edition year) after the sentence, not inside it;
 * - no second copy of the figures after a sentence that already gives them (“（应为 76.4，实为 204.8）”).
 */
import { describe, expect, it } from 'vitest';
import { analyzeWorkbook, type Finding } from '../src/engine';
import { codeNameFindings } from '../src/engine/catalog';
import { runCorpus } from './accuracy/corpus';
import { FIXTURES, toGrids } from './fixtures';
import { codedTable } from './fixtures/catalog/tables';

/** The message with its quotations (text as the clerk wrote it, names, sheet names) blanked out. */
const ownWords = (message: string) => message.replace(/“[^”]*”|‘[^’]*’|「[^」]*」|《[^》]*》/g, '“”');

/** Amounts of 1,000 or more printed without separators: a number with decimals or a money unit, not a percentage. */
function ungroupedAmounts(message: string): string[] {
  const words = ownWords(message);
  const out: string[] = [];
  for (const m of words.matchAll(/(?<![\dA-Za-z.,])\d[\d,]*(?:\.\d+)?/g)) {
    const after = words.slice(m.index + m[0].length);
    if (/^\s*[%％]/.test(after)) continue;
    const integer = m[0].split('.')[0];
    const isAmount = m[0].includes('.') || /^\s*(?:亿元|万元|千元|元)/.test(after);
    if (isAmount && integer.replace(/,/g, '').length >= 4 && !/^\d{1,3}(?:,\d{3})+$/.test(integer)) out.push(m[0]);
  }
  return out;
}

/** 「…」 used for anything but a sheet's name (「表3」D12, 工作表「表3」) or words carrying their own quotation marks. */
function otherQuotes(message: string): string[] {
  const out: string[] = [];
  for (const m of message.matchAll(/「([^」]*)」/g)) {
    const after = message.slice(m.index + m[0].length);
    const before = message.slice(0, m.index);
    if (/^[A-Z]{1,3}\d/.test(after) || before.endsWith('工作表') || /[“”"]/.test(m[1])) continue;
    out.push(m[0]);
  }
  return out;
}

function problemsOf(message: string): string[] {
  const problems: string[] = [];
  const amounts = ungroupedAmounts(message);
  if (amounts.length) problems.push(`amounts without separators ${amounts.join(' ')}`);
  const quotes = otherQuotes(message);
  if (quotes.length) problems.push(`quoted with 「」: ${quotes.join(' ')}`);
  if (/[^\s，,（(、：:“”「」]+![A-Z]{1,3}\d+/.test(message)) problems.push('a cell written sheet!cell');
  if ((message.match(/应为/g) ?? []).length > 1 || /实为/.test(message)) problems.push('the figures twice');
  const first = message.split('。')[0];
  if (/公开资料|名称取自|（内置目录/.test(first)) problems.push('where the name comes from inside the sentence');
  return problems;
}

function check(where: string, findings: readonly Pick<Finding, 'rule' | 'message'>[]): string[] {
  return findings.flatMap((f) => problemsOf(f.message).map((p) => `${where} ${f.rule}: ${p} — ${f.message}`));
}

describe('one way to write a finding', () => {
  it('the guard itself: catches each slip it is for, and passes the sentences as written now', () => {
    expect(problemsOf('收入总表中，“合计”列应为 76.40，表中为 204.80（应为 76.4，实为 204.8）。')).toEqual(['the figures twice']);
    expect(problemsOf('“支出预算328,661万元”与表中数328661.81万元不一致（部门财务收支预算总表，财务收支预算总表!D18）。')).toEqual([
      'amounts without separators 328661.81',
      'a cell written sheet!cell',
    ]);
    expect(problemsOf('编码 20604 的名称应为「技术研究与开发」，表中写作「研究与开发」。')).toEqual(['quoted with 「」: 「技术研究与开发」 「研究与开发」']);
    expect(problemsOf('编码 30113 的科目名称为空，应填“住房公积金”（内置目录（见于 2 份公开资料））。')).toEqual(['where the name comes from inside the sentence']);
    expect(problemsOf('上年将为0.00 − 1421.25 = -1421.25万元，不可能为负数。')).toEqual(['amounts without separators 1421.25 1421.25']);
    // Quoted text stays as printed; codes, years, counts and percentages are no amounts.
    expect(
      problemsOf(
        '“2024年一般公共预算支出1741.75万元”与表中数不符：一般公共预算支出表 2081005 社会福利事业单位为1,696.48万元（「一般公共预算支出功能分类预算表」E13），文中为1,741.75万元，变动率为1000.000%。',
      ),
    ).toEqual([]);
    expect(problemsOf('编码 30110 的名称“城镇职工基本医疗保险缴费”是旧版的名称，请更新。内置目录中该编码的名称取自 2023 年的资料。')).toEqual([]);
  });

  it('every fixture workbook: findings and ledger reasons', () => {
    const slips: string[] = [];
    let n = 0;
    for (const [name, build] of Object.entries(FIXTURES)) {
      const a = analyzeWorkbook(toGrids(build().workbook, `${name}.xlsx`));
      const texts = [...a.findings, ...a.checks.map((c) => ({ rule: c.rule, message: c.reason }))];
      n += texts.length;
      slips.push(...check(name, texts));
    }
    expect(n).toBeGreaterThan(100);
    expect(slips).toEqual([]);
  });

  it('the whole corpus', async () => {
    const results = await runCorpus();
    const findings = results.flatMap((r) => r.findings);
    expect(findings.length).toBeGreaterThan(50);
    // The corpus prints amounts of thousands and more: the separators are really asked of it.
    expect(findings.some((f) => /\d,\d{3}/.test(ownWords(f.message)))).toBe(true);
    expect(results.flatMap((r) => check(r.id, r.findings))).toEqual([]);
  });

  it('科目名称 findings: names in “”, the catalog a name comes from after the sentence', () => {
    const table = codedTable({
      sheet: '表6',
      year: 2025,
      rows: [
        { code: '301', name: '工资福利支出', amount: 1_141.44 },
        { code: '30113', name: '', amount: 5.92 },
        { code: '30211', name: '查差旅费', amount: 0.9 },
        { code: '30299', name: '办公费', amount: 0.41 },
      ],
    });
    const findings = codeNameFindings([table]);
    const blank = findings.find((f) => f.rule === 'blank-name/fill')!;
    expect(blank.message).toMatch(/^编码 30113 的科目名称为空，应填“住房公积金”。名称取自内置目录（见于 \d+ 份公开资料）。$/);
    expect(findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['code-name/mismatch', 'code-name/other-code']));
    expect(check('表6', findings)).toEqual([]);
  });
});
