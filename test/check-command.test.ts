/**
 * `budget-check check` as scripts use it (docs/design.md §6): the JSON contract with findings and the
 * coverage ledger, exit 1 when a workbook has errors, 0 when it reconciles, and 情况说明 text files
 * checked on their own arithmetic.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, writeFixture } from './fixtures';
import { runCli } from './fixtures/catalog/cli';

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bc-check-'));
  await writeFixture(FIXTURES.seed001().workbook, join(dir, 'seed001.xlsx'));
  await writeFixture(FIXTURES.seed003().workbook, join(dir, 'seed003.xlsx'));
});

describe('budget-check check --json', () => {
  it('seed 003: exit 1, the rule findings and a ledger of every check', async () => {
    const r = await runCli(['check', join(dir, 'seed003.xlsx'), '--json']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['files']);
    const [file] = out.files;
    expect(Object.keys(file)).toEqual(['file', 'tables', 'findings', 'checks']);
    expect(file.tables).toHaveLength(11);
    const cells = file.findings.filter((f: { kind: string }) => ['hierarchy-sum', 'column-sum', 'cross-table', 'balance'].includes(f.kind)).map((f: { sheet: string; cell: string }) => `${f.sheet}!${f.cell}`);
    expect(cells).toEqual(expect.arrayContaining(['表2!E8', '表2!E16', '表2!E20', '表6!D8', '表6!D28', '表6!D13']));
    for (const f of file.findings) expect(Object.keys(f).sort()).toEqual(expect.arrayContaining(['rule', 'kind', 'severity', 'sheet', 'cell', 'related', 'message']));
    for (const c of file.checks) {
      expect(Object.keys(c)).toEqual(['rule', 'status', 'reason']);
      expect(['passed', 'failed', 'not-run']).toContain(c.status);
    }
    expect(file.checks.filter((c: { status: string }) => c.status === 'failed').map((c: { rule: string }) => c.rule)).toEqual(
      expect.arrayContaining(['hierarchy-sum', 'column-sum', 'cross-table/basic-total']),
    );
    // 功能 ↔ 经济 twins are hints: a pair that differs does not fail the check.
    expect(file.checks.find((c: { rule: string }) => c.rule === 'cross-table/function-economic').status).toBe('passed');
  });

  it('seed 001: exit 0, no error, every check passed or said why it could not run', async () => {
    const r = await runCli(['check', join(dir, 'seed001.xlsx'), '--json']);
    expect(r.status).toBe(0);
    const [file] = JSON.parse(r.stdout).files;
    expect(file.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    expect(file.checks.filter((c: { status: string }) => c.status === 'failed')).toEqual([]);
    for (const c of file.checks.filter((x: { status: string }) => x.status === 'not-run')) expect(c.reason).not.toBe('');
  });

  it('--tolerance turns the 0.02 of 表2 221 into a rounding warning', async () => {
    const r = await runCli(['check', join(dir, 'seed003.xlsx'), '--json', '--tolerance', '0.05']);
    const [file] = JSON.parse(r.stdout).files;
    const f = file.findings.find((x: { sheet: string; cell: string }) => x.sheet === '表2' && x.cell === 'E20');
    expect(f.severity).toBe('warning');
  });
});

describe('budget-check check (human report)', () => {
  it('lists errors, warnings and the ledger in Chinese, and ends with the verdict', async () => {
    const r = await runCli(['check', join(dir, 'seed003.xlsx')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('「表6」D28  一般公共预算基本支出情况表中，“合计”行');
    expect(r.stdout).toMatch(/核对项：共 \d+ 项，通过 \d+，未通过 \d+，无法执行 \d+/);
    expect(r.stdout).toContain('✗ 未通过  基本支出 = 基本支出表合计：');
    // Counted in problems: 表2's 20604 line wrong in three columns is one problem with its three cells.
    // (8 errors: the 情况说明's 1.87% is a share moved by 0.01 to make its group 100%, not an error — issue 12.)
    expect(r.stdout).toMatch(/发现 \d+ 个问题（错误 8 个，警告 \d+ 个，提示 \d+ 个；共 \d+ 条发现）/);
    expect(r.stdout).toContain('同一问题的其他单元格（2）：「表2」F8、「表2」G8');
    expect(r.stdout.trim().split('\n').pop()).toMatch(/^结论：有 8 个错误需要更正/);
  });

  it('checks a 情况说明 text file on its own arithmetic', async () => {
    const text = join(dir, '说明.txt');
    writeFileSync(text, '2025年一般公共预算基本支出149.07万元，其中：人员经费141.44万元，公用经费3.63万元。\n');
    const r = await runCli(['check', text, '--json']);
    expect(r.status).toBe(1);
    const [file] = JSON.parse(r.stdout).files;
    expect(file.findings).toEqual([expect.objectContaining({ rule: 'narrative/sum', sheet: '说明.txt', cell: 'L1', expected: 145.07, actual: 149.07, problem: 'P1' })]);
  });
});

describe('budget-check check: 情况说明 coverage and the reason threshold', () => {
  it('says in the ledger how many figures of the text were checked and how many could not be', async () => {
    const text = join(dir, '覆盖.txt');
    writeFileSync(text, '支出预算724.00万元，其中：基本支出262.90万元，项目支出461.10万元。\n另安排专项资金35.00万元。\n');
    const r = await runCli(['check', text, '--json']);
    expect(r.status).toBe(0);
    const [file] = JSON.parse(r.stdout).files;
    expect(file.checks).toEqual([{ rule: 'narrative/figures', status: 'passed', reason: expect.stringContaining('1 处数字未能核对') }]);
  });

  it('--reason-threshold sets the change that needs a reason; a bad value is a Chinese message and exit 2', async () => {
    const text = join(dir, '原因.txt');
    writeFileSync(text, '项目支出80.40万元，比上年预算增加16.80万元，增长26.41%。\n');
    const warned = JSON.parse((await runCli(['check', text, '--json'])).stdout).files[0].findings;
    expect(warned.map((f: { rule: string }) => f.rule)).toEqual(['narrative/reason']);
    const quiet = JSON.parse((await runCli(['check', text, '--json', '--reason-threshold', '30'])).stdout).files[0].findings;
    expect(quiet).toEqual([]);
    const bad = await runCli(['check', text, '--reason-threshold', '十']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--reason-threshold 需要一个不小于 0 的百分数');
  });
});

describe('npx budget-check, as the README gives it', () => {
  it('runs the package bin that npm install built (executable, Chinese help)', () => {
    const bin = join(__dirname, '..', 'bin', 'budget-check.cjs');
    expect(statSync(bin).mode & 0o111).not.toBe(0);
    const r = spawnSync('npx', ['--no-install', 'budget-check', '--help'], { cwd: join(__dirname, '..'), encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('预算表校核助手');
  });
});
