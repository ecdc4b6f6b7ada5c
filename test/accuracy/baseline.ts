/**
 * The figures the project holds on the real-document corpus (test/corpus/baseline.json). The
 * accuracy test fails when any of them gets worse; `npm run accuracy -- --update-baseline` records
 * today's figures, and refuses when one of them is worse than the file's: a baseline only moves
 * towards fewer false alarms and more problems found. A document new to the corpus is not a
 * regression: it joins the baseline with its first figures.
 */
import type { DocumentScore } from './score';

type FigureName = 'tablesRecognized' | 'falseErrors' | 'falseWarnings' | 'tooLoud' | 'foundErrors' | 'foundWarnings' | 'confirmedErrors' | 'confirmedWarnings';
export type DocumentFigures = Record<FigureName, number>;

export interface Baseline {
  /** Totals over every document. */
  total: DocumentFigures;
  /** By `${id} (${mode})`. */
  documents: Record<string, DocumentFigures>;
}

export const documentKey = (s: Pick<DocumentScore, 'id' | 'mode'>) => `${s.id} (${s.mode})`;

const FIGURES: FigureName[] = ['tablesRecognized', 'falseErrors', 'falseWarnings', 'tooLoud', 'foundErrors', 'foundWarnings', 'confirmedErrors', 'confirmedWarnings'];
/** `tooLoud`: errors on a problem the key calls a warning — on the problem, but telling the user to change a figure that may be right. */
const LOWER_IS_BETTER = new Set<FigureName>(['falseErrors', 'falseWarnings', 'tooLoud']);
/** False warnings trade against each other across documents; they are held in total only. */
const HELD_PER_DOCUMENT = FIGURES.filter((f) => f !== 'falseWarnings');

function figuresOf(s: DocumentScore): DocumentFigures {
  return {
    tablesRecognized: s.tablesRecognized,
    falseErrors: s.falseErrors.length,
    falseWarnings: s.falseWarnings.length,
    tooLoud: s.overstated.length,
    foundErrors: s.scoreRecall ? s.foundErrors : 0,
    foundWarnings: s.scoreRecall ? s.foundWarnings : 0,
    confirmedErrors: s.scoreRecall ? s.confirmedErrors : 0,
    confirmedWarnings: s.scoreRecall ? s.confirmedWarnings : 0,
  };
}

/** The figures summed over documents; a figure none of them holds (a baseline recorded before it existed) stays unheld. */
function sumOf(figures: DocumentFigures[]): DocumentFigures {
  const total = {} as DocumentFigures;
  for (const d of figures) for (const f of FIGURES) if (d[f] !== undefined) total[f] = (total[f] ?? 0) + d[f];
  return total;
}

export function baselineOf(scores: DocumentScore[]): Baseline {
  const documents = Object.fromEntries(scores.map((s) => [documentKey(s), figuresOf(s)]));
  return { total: sumOf(Object.values(documents)), documents };
}

function compareFigures(where: string, names: FigureName[], now: DocumentFigures, held: DocumentFigures): string[] {
  const worse: string[] = [];
  for (const name of names) {
    // A figure the baseline was recorded without is held from its next recording on.
    if (held[name] === undefined) continue;
    const regressed = LOWER_IS_BETTER.has(name) ? now[name] > held[name] : now[name] < held[name];
    if (regressed) worse.push(`${where}: ${name} ${held[name]} → ${now[name]}`);
  }
  return worse;
}

/**
 * Every figure that is worse now than in the baseline, as readable lines (empty: no regression).
 * Totals are compared over the documents the baseline holds, so a new document changes nothing here.
 */
export function regressions(now: Baseline, held: Baseline): string[] {
  const worse: string[] = [];
  const heldDocs: DocumentFigures[] = [];
  const nowDocs: DocumentFigures[] = [];
  for (const [doc, figures] of Object.entries(held.documents)) {
    const current = now.documents[doc];
    if (!current) {
      worse.push(`${doc}: no longer scored (a corpus document or key went missing)`);
      continue;
    }
    heldDocs.push(figures);
    nowDocs.push(current);
    worse.push(...compareFigures(doc, HELD_PER_DOCUMENT, current, figures));
  }
  worse.unshift(...compareFigures('total', FIGURES, sumOf(nowDocs), sumOf(heldDocs)));
  return worse;
}
