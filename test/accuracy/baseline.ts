/**
 * The figures the project holds on the real-document corpus (test/corpus/baseline.json). The
 * accuracy test fails when any of them gets worse; `npm run accuracy -- --update-baseline` records
 * today's figures, and refuses when one of them is worse than the file's: a baseline only moves
 * towards fewer false alarms and more problems found.
 */
import { totalsOf, type DocumentScore } from './score';

export type DocumentFigures = Record<'tablesRecognized' | 'falseErrors' | 'foundErrors' | 'foundWarnings', number>;

export interface Baseline {
  /** Totals over every document. */
  total: DocumentFigures & { falseWarnings: number };
  /** By `${id} (${mode})`. */
  documents: Record<string, DocumentFigures>;
}

export const documentKey = (s: Pick<DocumentScore, 'id' | 'mode'>) => `${s.id} (${s.mode})`;

function figuresOf(s: DocumentScore): DocumentFigures {
  return {
    tablesRecognized: s.tablesRecognized,
    falseErrors: s.falseErrors.length,
    foundErrors: s.scoreRecall ? s.foundErrors : 0,
    foundWarnings: s.scoreRecall ? s.foundWarnings : 0,
  };
}

export function baselineOf(scores: DocumentScore[]): Baseline {
  const t = totalsOf(scores);
  return {
    total: {
      tablesRecognized: t.tablesRecognized,
      falseErrors: t.falseErrors,
      falseWarnings: t.falseWarnings,
      foundErrors: t.foundErrors,
      foundWarnings: t.foundWarnings,
    },
    documents: Object.fromEntries(scores.map((s) => [documentKey(s), figuresOf(s)])),
  };
}

/** Lower is better for false alarms; higher is better for what was recognized or found. */
const LOWER_IS_BETTER = new Set(['falseErrors', 'falseWarnings']);

function compareFigures(where: string, now: Record<string, number>, held: Record<string, number>): string[] {
  const worse: string[] = [];
  for (const [name, was] of Object.entries(held)) {
    const is = now[name] ?? 0;
    const regressed = LOWER_IS_BETTER.has(name) ? is > was : is < was;
    if (regressed) worse.push(`${where}: ${name} ${was} → ${is}`);
  }
  return worse;
}

/** Every figure that is worse now than in the baseline, as readable lines (empty: no regression). */
export function regressions(now: Baseline, held: Baseline): string[] {
  const worse = compareFigures('total', now.total, held.total);
  for (const [doc, figures] of Object.entries(held.documents)) {
    const current = now.documents[doc];
    if (!current) worse.push(`${doc}: no longer scored (a corpus document or key went missing)`);
    else worse.push(...compareFigures(doc, current, figures));
  }
  return worse;
}
