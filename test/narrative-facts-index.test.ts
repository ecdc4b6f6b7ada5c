/**
 * The 情况说明 checker looks table figures up by name and by code through an index built once per
 * workbook (src/engine/narrative/text/facts-index.ts) instead of scanning every line for every figure.
 * The scans it replaced are kept here, and only here, as the reference: for every name and code of
 * real workbooks (the corpus) and of a workbook of many departments, and for arbitrary words, both
 * answer the same lines in the same order.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { recognizeWorkbook } from '../src/engine/recognize';
import { readFacts, type LineWitness, type TableFacts, type Witness } from '../src/engine/narrative/facts';
import { sameMeasure } from '../src/engine/narrative/text/structure';
import type { Measure } from '../src/engine/narrative/text/tokens';
import { linesOfPath, lookup } from '../src/engine/narrative/text/checks/lookup';
import { classNameKey, classPathOf, nameKey, subjectOf, type ClassPath, type Subject } from '../src/engine/narrative/text/subjects';
import { workbookToGrids } from '../src/xlsx/grids';
import { loadXlsx } from '../src/xlsx/load';
import { departmentWorkbook } from '../bench/generate';
import { toGrids } from './fixtures';

// ---- the scans before the index (oracles) ----

function oldLinesOfPath(facts: TableFacts, path: ClassPath): LineWitness[] {
  const all = facts.functionWitnesses;
  if (path.code) return all.filter((l) => l.code === path.code);
  const last = path.steps[path.steps.length - 1];
  let candidates = all.filter((l) => l.level === last.level && (last.name ? classNameKey(l.name) === classNameKey(last.name) : last.code !== undefined && l.code.endsWith(last.code)));
  for (const step of path.steps.slice(0, -1)) {
    if (!step.name && !step.code) continue;
    candidates = candidates.filter((l) => {
      const prefix = l.code.slice(0, 3 + 2 * (step.level - 1));
      return all.some((a) => a.code === prefix && (step.code ? prefix.endsWith(step.code) : classNameKey(a.name) === classNameKey(step.name!)));
    });
  }
  const codes = new Set(candidates.map((l) => l.code));
  return codes.size === 1 ? candidates : [];
}

const FUND_ORDER = ['general-budget', 'fiscal', 'all', 'gov-fund', 'state-capital', 'special-account', 'unit-funds'];

/** lookup() of a subject named by plain words ('name:…'), as it scanned before. */
function oldNameLookup(facts: TableFacts, subject: Subject, measure: Measure, column: LineWitness['column']) {
  const fits = (w: Witness) => sameMeasure(w.measure, measure, facts.family);
  const k = subject.id!.slice(5);
  const whole = subject.raw ? nameKey(subject.raw) : k;
  const lines = facts.functionWitnesses
    .filter((l) => nameKey(l.name) === k && l.column === column && fits(l))
    .sort((a, b) => FUND_ORDER.indexOf(a.fund) - FUND_ORDER.indexOf(b.fund));
  const codes = new Set(lines.map((l) => l.code));
  if (codes.size === 1) return { witnesses: lines, what: `${lines[0].source.table} ${lines[0].code} ${lines[0].name}`, line: lines[0] };
  if (codes.size > 1) return undefined;
  const projects = facts.projects.filter((p) => nameKey(p.name) === whole || nameKey(p.name) === k).map((p) => ({ ...p.amount, measure: 'budget' as Measure, halfUnit: 0 }));
  return projects.length > 0 ? { witnesses: projects.filter(fits), what: projects[0].source.table } : undefined;
}

const corpusWorkbook = async (name: string) =>
  workbookToGrids(await loadXlsx(new Uint8Array(readFileSync(join(__dirname, 'corpus', 'tables', 'workbooks', name)))), name);

const facts: { id: string; facts: TableFacts }[] = [];

beforeAll(async () => {
  for (const name of ['shiquan-2025.xlsx', 'jianguanwei-2026.xlsx', 'fuliyuan-2024.xlsx']) facts.push({ id: name, facts: readFacts(recognizeWorkbook(await corpusWorkbook(name))) });
  facts.push({ id: 'three departments', facts: readFacts(recognizeWorkbook(toGrids(departmentWorkbook(3)))) });
});

describe('figures looked up by name and code through the index', () => {
  it('has lines to look up in every workbook', () => {
    for (const f of facts) expect(f.facts.functionWitnesses.length, f.id).toBeGreaterThan(10);
  });

  it('finds the 科目 a path names as the scan did: by code, by names level by level', () => {
    for (const { id, facts: fs } of facts) {
      const written = new Set<string>();
      for (const l of fs.functionWitnesses) {
        const kuan = fs.functionWitnesses.find((a) => a.code === l.code.slice(0, 5))?.name ?? '';
        const lei = fs.functionWitnesses.find((a) => a.code === l.code.slice(0, 3))?.name ?? '';
        written.add(`${lei}（类）${kuan}（款）${l.name}（项）`);
        written.add(`${l.name}（${['类', '款', '项'][l.level - 1]}）`);
        written.add(`（${l.code.slice(0, 3)}类）${lei}（${l.code.slice(3, 5)}款）`);
        written.add(`${lei}支出（类）${l.name}（${['类', '款', '项'][l.level - 1]}）`);
      }
      for (const words of written) {
        const path = classPathOf(words);
        if (!path) continue;
        expect(linesOfPath(fs, path), `${id}: ${words}`).toEqual(oldLinesOfPath(fs, path));
      }
    }
  });

  it('finds a 科目 or a project named by the text’s words as the scan did, whatever the words', () => {
    for (const { id, facts: fs } of facts) {
      const names = [...new Set([...fs.functionWitnesses.map((l) => l.name), ...fs.projects.map((p) => p.name)])];
      fc.assert(
        fc.property(fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 12 }), fc.constantFrom(...names).map((n) => `${n}支出`)), (words) => {
          const subject = subjectOf(words);
          if (!subject.id?.startsWith('name:')) return;
          for (const measure of ['budget', 'final'] as const) {
            for (const [column, parent] of [['total', undefined], ['basic', 'basic'], ['project', 'project']] as const) {
              expect(lookup(fs, subject, measure, fs.family, parent), `${id}: ${words} ${measure} ${column}`).toEqual(oldNameLookup(fs, subject, measure, column));
            }
          }
        }),
      );
    }
  });
});
