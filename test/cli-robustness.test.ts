/**
 * The command line as a process (docs/design.md §6), run the way a clerk runs it: `node bin/budget-check.cjs`,
 * bundled fresh here by the same script `npm install` runs. Every unreadable input and every usage
 * slip ends with exit code 2 and one Chinese line on stderr — never a stack trace; `check --json`
 * prints exactly one JSON object of the §6 shape; fill, mark and draft never touch their input.
 * (How loadXlsx classifies bad bytes is tested in xlsx.test.ts; this file is about the process.)
 */
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { TABLE_KINDS } from '../src/engine/recognize/types';
import { loadXlsx } from '../src/xlsx/load';
import { workbookToGrids } from '../src/xlsx/grids';
import { draftToDocx } from '../src/docx/write';
import { markdownToDraft } from '../src/engine/narrative';
import { writeBadFiles } from './cli-bad-files';
import { FIXTURES, writeFixture } from './fixtures';
import { findingProblems } from './hardening-helpers';

const ROOT = resolve(__dirname, '..');
const CLI = join(ROOT, 'bin/budget-check.cjs');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      done({ status, stdout, stderr });
    });
  });
}

/** Runs many commands two at a time (the machines have two cores). */
async function runAll(list: string[][], env: Record<string, string> = {}): Promise<Run[]> {
  const out: Run[] = new Array(list.length);
  let next = 0;
  const worker = async () => {
    while (next < list.length) {
      const i = next++;
      out[i] = await run(list[i], env);
    }
  };
  await Promise.all([worker(), worker()]);
  return out;
}

/** Exit 2, exactly one line on stderr, in Chinese, with nothing of a JavaScript error in it. */
function expectOneChineseLine(r: Run, label: string): void {
  expect(r.status, `${label}: exit code; stderr ${r.stderr}`).toBe(2);
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  expect(lines, `${label}: stderr ${JSON.stringify(r.stderr)}`).toHaveLength(1);
  expect(r.stderr.endsWith('\n'), label).toBe(true);
  expect(lines[0], label).toMatch(/[\u4e00-\u9fff]/);
  expect(lines[0], label).not.toMatch(/^\s*at |\bat .*:\d+:\d+|Error:|node:internal|\.cjs|\.ts:\d/);
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

const dir = mkdtempSync(join(tmpdir(), 'bc-cli-robust-'));
const env = { BUDGET_CHECK_CONFIG_DIR: join(dir, 'config') };
const good: Record<string, string> = {};
let bad: Record<string, string> = {};

beforeAll(async () => {
  // The bundle `npm install` builds, rebuilt from the current sources.
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, stdio: 'pipe' });
  for (const name of ['seed001', 'seed003', 'final-accounts', 'sales-ledger']) {
    good[name] = join(dir, `${name}.xlsx`);
    await writeFixture(FIXTURES[name]().workbook, good[name]);
  }
  bad = writeBadFiles(dir, new Uint8Array(readFileSync(good.seed001)));
  // Two more ways a file can be a zip and still no workbook: garbage after the zip signature, and a
  // Word document renamed .xlsx.
  bad.zipGarbage = join(dir, '乱码.xlsx');
  writeFileSync(bad.zipGarbage, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))]));
  bad.docxRenamed = join(dir, '说明改名.xlsx');
  writeFileSync(bad.docxRenamed, await draftToDocx(markdownToDraft('# 情况说明\n\n## 一、概况\n\n收入预算 431.00 万元。\n')));
}, 120_000);

describe('unreadable input: exit 2 and one Chinese line, for every command', () => {
  it('check: every kind of unreadable file, each with its own reason', async () => {
    const names = Object.keys(bad);
    expect(names.sort()).toEqual(['corruptZip', 'csvRenamed', 'directory', 'docxRenamed', 'encrypted', 'missing', 'xls', 'xlsRenamed', 'zeroByte', 'zipGarbage'].sort());
    const runs = await runAll(names.map((n) => ['check', bad[n]]), env);
    names.forEach((n, i) => {
      expectOneChineseLine(runs[i], `check ${n}`);
      expect(runs[i].stdout, n).toBe('');
    });
    // The line says what is wrong with this particular file.
    const said = Object.fromEntries(names.map((n, i) => [n, runs[i].stderr]));
    expect(said.missing).toContain('找不到文件');
    expect(said.directory).toContain('文件夹');
    expect(said.zeroByte).toContain('空的');
    expect(said.encrypted).toContain('密码');
    expect(said.xls).toContain('.xls');
    expect(said.xlsRenamed).toContain('.xls');
    expect(said.csvRenamed).toContain('不是 .xlsx');
    expect(said.corruptZip).toContain('损坏');
    expect(said.zipGarbage).toContain('损坏');
    expect(said.docxRenamed).toMatch(/没有工作表|损坏/);
  }, 120_000);

  it('check --json still prints exactly one (empty) JSON object', async () => {
    const r = await run(['check', bad.missing, '--json'], env);
    expectOneChineseLine(r, 'check --json missing');
    expect(JSON.parse(r.stdout)).toEqual({ files: [] });
  }, 60_000);

  it('fill, mark and draft: a folder and a broken file, and none leaves an output file behind', async () => {
    // Each command has its own error handling; the reading underneath is shared, so one file of each
    // failure class (file system, bytes) is enough per command.
    const commands = [
      ['fill', bad.directory, '-o', join(dir, 'fill-directory.xlsx')],
      ['fill', bad.encrypted, '-o', join(dir, 'fill-encrypted.xlsx')],
      ['mark', bad.missing, '-o', join(dir, 'mark-missing.xlsx')],
      ['mark', bad.corruptZip, '-o', join(dir, 'mark-corrupt.xlsx')],
      ['draft', bad.directory, '-o', join(dir, 'draft-directory.docx')],
      ['draft', bad.xls, '-o', join(dir, 'draft-xls.docx')],
    ];
    const runs = await runAll(commands, env);
    runs.forEach((r, i) => {
      expectOneChineseLine(r, commands[i].slice(0, 2).join(' '));
      expect(existsSync(commands[i][3]), commands[i][3]).toBe(false);
    });
  }, 120_000);

  it('one bad file among good ones: the good ones are still reported, the bad one named once', async () => {
    const r = await run(['check', good.seed001, bad.encrypted, good.seed003, '--json'], env);
    expectOneChineseLine(r, 'check good+bad');
    expect(r.stderr).toContain('加密.xlsx');
    const report = JSON.parse(r.stdout) as { files: { file: string }[] };
    expect(report.files.map((f) => f.file)).toEqual([good.seed001, good.seed003]);
  }, 60_000);
});

describe('bad usage: exit 2 and one Chinese line', () => {
  it('unknown option, missing file, unknown command, bad values, missing -o, unwritable output', async () => {
    const cases: [string, string[]][] = [
      ['unknown option', ['check', good.seed001, '--bogus']],
      ['no file', ['check']],
      ['unknown command', ['verify', good.seed001]],
      ['tolerance not a number', ['check', good.seed001, '--tolerance', 'abc']],
      ['tolerance without value', ['check', good.seed001, '--tolerance']],
      ['mark without -o', ['mark', good.seed001]],
      ['mark onto its input', ['mark', good.seed001, '-o', good.seed001]],
      ['draft to an unknown format', ['draft', good.seed001, '-o', join(dir, 'out.pdf')]],
      ['mark into a missing folder', ['mark', good.seed001, '-o', join(dir, '没有这个文件夹', 'out.xlsx')]],
      ['draft into a missing folder', ['draft', good.seed001, '-o', join(dir, '没有这个文件夹', 'out.docx')]],
      ['draft of a workbook without budget tables', ['draft', good['sales-ledger']]],
      ['draft with an unreadable prior year', ['draft', good.seed001, '--prior', bad.zeroByte]],
    ];
    const before = sha(good.seed001);
    const runs = await runAll(cases.map(([, args]) => args), env);
    runs.forEach((r, i) => expectOneChineseLine(r, cases[i][0]));
    expect(sha(good.seed001)).toBe(before);
  }, 120_000);

  it('no arguments at all prints the usage and exits 2, without a stack trace', async () => {
    const r = await run([], env);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('budget-check');
    expect(r.stderr).not.toMatch(/^\s+at |Error:/m);
    expect(r.stdout).toBe('');
  });
});

describe('check --json: exactly one object of the docs/design.md §6 shape', () => {
  // check-command.test.ts follows the findings and the ledger of seed 001 / 003; here: the exact
  // shape, on a 预算, a 决算 and a non-budget workbook, and every location against the workbook.
  it('parses, has exactly the contract fields, and every finding points into the workbook', async () => {
    const files = [good.seed003, good['final-accounts'], good['sales-ledger']];
    const runs = await runAll(files.map((f) => ['check', f, '--json']), env);
    for (const [i, file] of files.entries()) {
      const r = runs[i];
      expect(r.stderr, file).toBe('');
      expect(r.stdout.trim().split('\n'), 'one line, one object').toHaveLength(1);
      const out = JSON.parse(r.stdout) as Record<string, unknown>;
      expect(Object.keys(out)).toEqual(['files']);
      const [report] = out.files as Record<string, unknown>[];
      expect((out.files as unknown[]).length).toBe(1);
      expect(Object.keys(report).sort()).toEqual(['checks', 'file', 'findings', 'tables']);
      expect(report.file).toBe(file);
      const tables = report.tables as Record<string, unknown>[];
      for (const t of tables) {
        expect(Object.keys(t).sort()).toEqual(['family', 'kind', 'range', 'sheet', 'title', 'unit', 'year']);
        expect(TABLE_KINDS).toContain(t.kind);
        expect(['budget', 'final']).toContain(t.family);
        expect(['元', '千元', '万元', '亿元']).toContain(t.unit);
        expect(t.range).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/);
        expect(t.year === null || Number.isInteger(t.year)).toBe(true);
        expect(t.title === null || typeof t.title === 'string').toBe(true);
      }
      const grids = workbookToGrids(await loadXlsx(readFileSync(file)));
      const findings = report.findings as Parameters<typeof findingProblems>[1];
      expect(findingProblems(grids, findings)).toEqual([]);
      for (const f of findings) {
        // docs/design.md §5 fields, and the additive problem id (issue 13).
        const allowed = ['rule', 'kind', 'severity', 'sheet', 'cell', 'related', 'expected', 'actual', 'message', 'problem'];
        expect(Object.keys(f).filter((k) => !allowed.includes(k)), f.rule).toEqual([]);
        expect((f as { problem?: string }).problem).toMatch(/^P\d+$/);
        for (const rel of f.related) expect(Object.keys(rel).sort()).toEqual(['cell', 'sheet']);
      }
      for (const c of report.checks as Record<string, unknown>[]) {
        expect(Object.keys(c).sort()).toEqual(['reason', 'rule', 'status']);
        expect(['passed', 'failed', 'not-run']).toContain(c.status);
      }
      // Exit code: 1 exactly when there is an error finding.
      expect(r.status, file).toBe(findings.some((f) => f.severity === 'error') ? 1 : 0);
    }
    // The budget fixtures' tables are all found, and the sales ledger has none.
    const count = (name: string) => (JSON.parse(runs[files.indexOf(good[name])].stdout).files[0].tables as unknown[]).length;
    expect([count('seed003'), count('final-accounts'), count('sales-ledger')]).toEqual([11, 2, 0]);
    expect((JSON.parse(runs[0].stdout).files[0].findings as unknown[]).length).toBeGreaterThan(0);
  }, 120_000);
});

describe('the input file is never modified', () => {
  it('check, fill, mark and draft (Markdown and .docx) leave the input byte for byte as it was', async () => {
    const out = join(dir, 'out');
    mkdirSync(out, { recursive: true });
    // Seed 003 has findings to mark; the prior-year workbook given to draft is only read too.
    const inputs = [good.seed003, good['final-accounts']];
    const before = inputs.map(sha);
    const f = good.seed003;
    const commands = [
      ['check', f],
      ['fill', f, '-o', join(out, 'fill.xlsx')],
      ['mark', f, '-o', join(out, 'mark.xlsx')],
      ['draft', f, '--prior', good['final-accounts']],
      ['draft', f, '-o', join(out, 'draft.docx')],
    ];
    const runs = await runAll(commands, env);
    runs.forEach((r, i) => expect([0, 1], `${commands[i].join(' ')}: ${r.stderr}`).toContain(r.status));
    expect(inputs.map(sha)).toEqual(before);
    for (const c of commands.filter((c) => c.includes('-o'))) expect(existsSync(c[c.indexOf('-o') + 1]), c.join(' ')).toBe(true);

    // The .docx (docx with its nanoid pinned to 5.x for Node 20) reads back as the same draft as Markdown.
    const md = await run(['draft', f], env);
    expect(md.status).toBe(0);
    expect(runs[4].stderr).toContain('已写入');
    const { value } = await mammoth.extractRawText({ path: join(out, 'draft.docx') });
    const docParas = value.split('\n').map((l) => l.trim()).filter(Boolean);
    const mdParas = md.stdout.split('\n').map((l) => l.replace(/^#+\s*/, '').trim()).filter(Boolean);
    expect(mdParas.length).toBeGreaterThan(5);
    expect(docParas).toEqual(mdParas);
    expect(value).toContain('万元');
  }, 120_000);
});
