/**
 * Holds the gains on the real-document corpus: every figure of `npm run accuracy` (false errors,
 * errors on a keyed warning, tables recognized, keyed problems found — per document and in total;
 * false warnings in total)
 * must be no worse than test/corpus/baseline.json. Rule changes lower the baseline with
 * `npm run accuracy -- --update-baseline`, which refuses to record a worse figure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../src/engine';
import { baselineOf, regressions, type Baseline } from './accuracy/baseline';
import { CORPUS_DIR, runCorpus } from './accuracy/corpus';
import { figuresIn, scoreDocument, type DocumentResult, type KeyedProblem } from './accuracy/score';

const held = JSON.parse(readFileSync(join(CORPUS_DIR, 'baseline.json'), 'utf8')) as Baseline;
let results: DocumentResult[];

beforeAll(async () => {
  results = await runCorpus();
});

describe('accuracy on the real-document corpus', () => {
  it('is no worse than the recorded baseline', () => {
    const now = baselineOf(results.map(scoreDocument));
    expect(regressions(now, held)).toEqual([]);
  });

  it('scores every corpus document in every mode it has', () => {
    const keys = new Set(Object.keys(baselineOf(results.map(scoreDocument)).documents));
    for (const doc of Object.keys(held.documents)) expect(keys).toContain(doc);
    // Each workbook key, each workbook text key (with its workbook and alone), each narrative key.
    const keyFiles = (dir: string) => readdirSync(join(CORPUS_DIR, dir)).filter((f) => f.endsWith('.json')).length;
    expect(results.filter((r) => r.mode === 'workbook')).toHaveLength(keyFiles('tables/keys'));
    expect(results.filter((r) => r.mode === 'workbook + text')).toHaveLength(keyFiles('tables/text-keys'));
    expect(results.filter((r) => r.mode === 'text')).toHaveLength(keyFiles('tables/text-keys') + keyFiles('narrative/keys'));
  });

  it('fails when a false error appears on a clean publication', () => {
    const falseAlarm: Finding = {
      rule: 'hierarchy-sum/lei-kuan',
      kind: 'hierarchy-sum',
      severity: 'error',
      sheet: '支出预算总表',
      cell: 'E20',
      related: [],
      message: '合计应为 1，实为 2（差 1）',
    };
    const withFalseAlarm = results.map((r) => (r.id === 'wanli-2023' && r.mode === 'workbook' ? { ...r, findings: [...r.findings, falseAlarm] } : r));
    const worse = regressions(baselineOf(withFalseAlarm.map(scoreDocument)), held);
    expect(worse).toContain(`wanli-2023 (workbook): falseErrors ${held.documents['wanli-2023 (workbook)'].falseErrors} → ${held.documents['wanli-2023 (workbook)'].falseErrors + 1}`);
    expect(worse.some((w) => w.startsWith('total: falseErrors'))).toBe(true);
  });

  it('fails when a keyed warning is raised as an error (too loud)', () => {
    const isKeyedWarning = (r: DocumentResult, f: Finding) => f.severity === 'warning' && r.problems.some((p) => p.level === 'warning' && p.sheet === f.sheet && p.cell === f.cell);
    const doc = results.find((r) => r.mode === 'workbook' && r.findings.some((f) => isKeyedWarning(r, f)))!;
    const onWarning = doc.findings.find((f) => isKeyedWarning(doc, f))!;
    const louder = results.map((r) => (r === doc ? { ...r, findings: r.findings.map((f) => (f === onWarning ? { ...f, severity: 'error' as const } : f)) } : r));
    const worse = regressions(baselineOf(louder.map(scoreDocument)), held);
    const key = `${doc.id} (workbook)`;
    expect(worse).toContain(`${key}: tooLoud ${held.documents[key].tooLoud} → ${held.documents[key].tooLoud + 1}`);
    expect(worse.some((w) => w.startsWith('total: tooLoud'))).toBe(true);
  });

  it('fails when a keyed problem is no longer found', () => {
    const fuliyuan = results.find((r) => r.id === 'fuliyuan-2024' && r.mode === 'workbook')!;
    const keyed = fuliyuan.problems.find((p) => p.level === 'error')!;
    const withoutIt = results.map((r) => (r === fuliyuan ? { ...r, findings: r.findings.filter((f) => !(f.sheet === keyed.sheet && f.cell === keyed.cell)) } : r));
    const worse = regressions(baselineOf(withoutIt.map(scoreDocument)), held);
    expect(worse.some((w) => w.startsWith('fuliyuan-2024 (workbook): foundErrors'))).toBe(true);
  });
});

describe('whether a finding on a keyed problem diagnoses it', () => {
  it('counts a finding that computes a figure of the key’s arithmetic, and lists one that states none of them', () => {
    const workbook = results.find((r) => r.id === 'fuliyuan-2024' && r.mode === 'workbook')!;
    const keyed = workbook.problems.find((p) => p.level === 'error')!;
    const figures = figuresIn(keyed.what);
    const onIt = (message: string, expected?: number): Finding => ({
      rule: 'code-name/mismatch',
      kind: 'code-name',
      severity: 'error',
      sheet: keyed.sheet,
      cell: keyed.cell,
      related: [],
      message,
      ...(expected !== undefined ? { expected } : {}),
    });
    const only = (f: Finding) => scoreDocument({ ...workbook, problems: [keyed], findings: [f] });
    const unrelated = only(onIt('合计应为 123456.78，实为 98765.43', 123456.78));
    expect(unrelated.foundErrors).toBe(1);
    expect(unrelated.confirmedErrors).toBe(0);
    expect(unrelated.unconfirmed.map((u) => u.at)).toEqual([`${keyed.sheet}!${keyed.cell}`]);
    expect(figures.length).toBeGreaterThan(0);
    const diagnosed = only(onIt(`应为 ${figures[0].value}`, figures[0].value));
    expect(diagnosed.confirmedErrors).toBe(1);
    expect(diagnosed.unconfirmed).toEqual([]);
  });

  it('compares an expected value at the precision it is given in: 89.9 (for a printed 90.3%) agrees with 89.94', () => {
    const keyed: KeyedProblem = { sheet: '72.txt', cell: 'L30', level: 'error', what: "其他收入 7000 '占收入预算总额的90.3%': 7000/7783.26 = 89.94%" };
    const share = (expected: number): Finding => ({
      rule: 'narrative/share',
      kind: 'narrative',
      severity: 'error',
      sheet: '72.txt',
      cell: 'L30',
      related: [],
      message: '比例应为…',
      expected,
    });
    const doc = (f: Finding): DocumentResult => ({ id: 'x', mode: 'text', scoreRecall: true, expectedTables: [], recognizedTables: [], problems: [keyed], traps: [], findings: [f] });
    expect(scoreDocument(doc(share(89.9))).confirmedErrors).toBe(1);
    expect(scoreDocument(doc(share(89.94))).confirmedErrors).toBe(1);
    expect(scoreDocument(doc(share(89.8))).confirmedErrors).toBe(0);
    expect(scoreDocument(doc(share(89.97))).confirmedErrors).toBe(0);
  });

  it('reads figures as printed: years, zero and cell or line references are no figures', () => {
    expect(figuresIn('2024年 L12 C10 0 1,212.50 万元，占 33%').map((f) => f.value)).toEqual([1212.5, 33]);
  });
});
