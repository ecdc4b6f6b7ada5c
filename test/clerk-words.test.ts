/**
 * What the clerk reads is in the clerk's words: no finding message, no ledger reason and no line of
 * the `check` report carries a rule id ('cross-table/basic-total') or an English kind id
 * ('income-expense-summary', 'general-budget-expense' …) — the checks and tables go by their Chinese
 * names (ids are for scripts, in --json). Over every fixture workbook and the whole real corpus,
 * through the engine and through the real command line.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeWorkbook, type CheckStatus, type Finding } from '../src/engine';
import { CHECK_NAMES } from '../src/engine/model';
import { reviewNarrativeText } from '../src/engine/narrative';
import { TABLE_KINDS } from '../src/engine/recognize/types';
import { CORPUS_DIR, runCorpus } from './accuracy/corpus';
import { FIXTURES, toGrids, writeFixture } from './fixtures';
import { bundleCli, runCli } from './fixtures/catalog/cli';

const FINDING_KINDS: Finding['kind'][] = ['hierarchy-sum', 'column-sum', 'balance', 'cross-table', 'code-name', 'unknown-code', 'blank-name', 'narrative', 'plausibility'];

/** Every id a surface could leak: table kinds, finding kinds, the ledger's rule ids, and `more` (the rules seen). */
function idPattern(more: Iterable<string>): RegExp {
  const ids = new Set<string>([...TABLE_KINDS, ...FINDING_KINDS, ...Object.keys(CHECK_NAMES), ...more]);
  const alternatives = [...ids].sort((a, b) => b.length - a.length).map((id) => id.replace(/[/-]/g, '\\$&'));
  return new RegExp(`(?<![A-Za-z0-9_-])(?:${alternatives.join('|')})(?![A-Za-z0-9_-])`);
}
/** The shape of a rule id, whatever its name: words joined by '-', a '/' and more ('disclosure/year'). */
const RULE_SHAPE = /(?<![A-Za-z0-9_.-])[a-z]+(?:-[a-z]+)*\/[a-z]+(?:-[a-z]+)*(?![A-Za-z0-9_-])/;

function leaks(texts: { where: string; text: string }[], rules: Iterable<string>): string[] {
  const ids = idPattern(rules);
  return texts.filter(({ text }) => ids.test(text) || RULE_SHAPE.test(text)).map(({ where, text }) => `${where}: ${text}`);
}

const messages = (where: string, findings: readonly Finding[], checks: readonly CheckStatus[] = []) => [
  ...findings.map((f) => ({ where: `${where} ${f.rule}`, text: f.message })),
  ...checks.map((c) => ({ where: `${where} ${c.rule}`, text: c.reason })),
];

describe('finding messages and ledger reasons name no rule and no kind id', () => {
  it('every fixture workbook', () => {
    const texts = [];
    const rules = new Set<string>();
    for (const [name, build] of Object.entries(FIXTURES)) {
      const a = analyzeWorkbook(toGrids(build().workbook, `${name}.xlsx`));
      for (const x of [...a.findings, ...a.checks]) rules.add(x.rule);
      texts.push(...messages(name, a.findings, a.checks));
    }
    expect(texts.length).toBeGreaterThan(100);
    expect(leaks(texts, rules)).toEqual([]);
  });

  it('the whole corpus: workbooks, workbooks with their 编制说明, texts alone', async () => {
    const results = await runCorpus();
    const findings = results.flatMap((r) => r.findings.map((f) => ({ id: r.id, f })));
    expect(findings.length).toBeGreaterThan(50);
    const rules = new Set(findings.map(({ f }) => f.rule));
    expect(leaks(findings.map(({ id, f }) => ({ where: `${id} ${f.rule}`, text: f.message })), rules)).toEqual([]);
  });

  it('an untitled table is named by its kind in Chinese (the 情况说明 checker once wrote “general-budget-expense为…”)', () => {
    const { tables } = analyzeWorkbook(toGrids(FIXTURES['no-title']().workbook));
    expect(tables.map((t) => [t.kind, t.title])).toEqual([['general-budget-expense', undefined]]);
    const review = reviewNarrativeText('一般公共预算支出145.07万元。\n', tables, { source: '说明.txt' });
    expect(review.findings.map((f) => f.message)).toEqual([expect.stringContaining('与表中数不符：一般公共预算支出表为')]);
    expect(leaks(messages('no-title', review.findings, review.checks), [])).toEqual([]);
  });

  it('the guard itself catches an id in a sentence', () => {
    expect(leaks([{ where: 'x', text: '与表中数不符：general-budget-expense为145.07万元' }], [])).toHaveLength(1);
    expect(leaks([{ where: 'x', text: '✗ 未通过  cross-table/basic-total：不符' }], [])).toHaveLength(1);
    expect(leaks([{ where: 'x', text: '「表6」D28  一般公共预算基本支出情况表中，“合计”行' }], [])).toEqual([]);
  });
});

describe('the check report of the command line names no rule and no kind id', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bc-words-'));
  const fixtures: string[] = [];
  const corpusWorkbooks = readdirSync(join(CORPUS_DIR, 'tables', 'workbooks')).filter((f) => f.endsWith('.xlsx'));
  const keyedTexts = readdirSync(join(CORPUS_DIR, 'tables', 'text-keys')).map((f) => JSON.parse(readFileSync(join(CORPUS_DIR, 'tables', 'text-keys', f), 'utf8')) as { text: string; workbook: string });
  const narrativeTexts = readdirSync(join(CORPUS_DIR, 'narrative', 'texts'));

  beforeAll(async () => {
    await bundleCli();
    // Files are named relative to the run's folder, so no path of this machine is in the report.
    for (const [name, build] of Object.entries(FIXTURES)) {
      await writeFixture(build().workbook, join(dir, `${name}.xlsx`));
      fixtures.push(`${name}.xlsx`);
    }
    for (const f of corpusWorkbooks) copyFileSync(join(CORPUS_DIR, 'tables', 'workbooks', f), join(dir, f));
    for (const k of keyedTexts) copyFileSync(join(CORPUS_DIR, 'tables', 'text', k.text), join(dir, k.text));
    for (const f of narrativeTexts) copyFileSync(join(CORPUS_DIR, 'narrative', 'texts', f), join(dir, `narrative-${f}`));
  }, 120_000);

  /** The human report and, from --json, the rule ids it stands for. */
  async function report(files: string[]): Promise<{ lines: { where: string; text: string }[]; rules: string[] }> {
    const human = await runCli(['check', ...files], {}, dir);
    const json = await runCli(['check', ...files, '--json'], {}, dir);
    expect(human.stderr, files.join(' ')).toBe('');
    const parsed = JSON.parse(json.stdout) as { files: { findings: Finding[]; checks: CheckStatus[] }[] };
    const rules = parsed.files.flatMap((f) => [...f.findings, ...f.checks].map((x) => x.rule));
    return { lines: human.stdout.split('\n').map((text, i) => ({ where: `${files[0]}… line ${i + 1}`, text })), rules };
  }

  it('every fixture workbook, in one run', async () => {
    const { lines, rules } = await report(fixtures);
    expect(lines.filter((l) => l.text.startsWith('  ✓') || l.text.startsWith('  ✗')).length).toBeGreaterThan(50);
    expect(leaks(lines, rules)).toEqual([]);
  });

  it('each corpus workbook with its 编制说明, and the other corpus texts alone', async () => {
    const runs = [
      ...keyedTexts.map((k) => [k.workbook, k.text]),
      ...corpusWorkbooks.filter((w) => !keyedTexts.some((k) => k.workbook === w)).map((w) => [w]),
      narrativeTexts.map((f) => `narrative-${f}`),
    ];
    for (const files of runs) {
      const { lines, rules } = await report(files);
      expect(lines.length, files.join(' ')).toBeGreaterThan(3);
      expect(leaks(lines, rules), files.join(' ')).toEqual([]);
    }
  }, 240_000);
});
