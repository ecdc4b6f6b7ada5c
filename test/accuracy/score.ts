/**
 * Scoring the checker against the real-document corpus (test/corpus): pure functions from an
 * answer key and the engine's findings to the figures `npm run accuracy` prints and the baseline
 * test holds. Matching follows test/corpus/README.md: a table finding matches a keyed problem on
 * the same sheet and cell; a text finding matches on the same line or the neighbouring one (a
 * sentence that runs across a hard line break), in a text file ('L12') or a 情况说明 sheet ('A12').
 */
import type { Finding } from '../../src/engine';

export type KeyLevel = 'error' | 'warning';

/** One keyed problem, wherever it was written: a cell of a sheet, or a line of a text. */
export interface KeyedProblem {
  sheet: string;
  cell: string;
  level: KeyLevel;
  what: string;
}

/** A correct sentence or figure that a naive checker misreads: any finding on it is false. */
export interface KeyedTrap {
  sheet: string;
  cell: string;
  why: string;
}

export interface ExpectedTable {
  sheet: string;
  kind: string;
  unit?: string;
}

export interface RecognizedTable {
  sheet: string;
  kind: string;
  unit: string;
}

export interface DocumentResult {
  id: string;
  mode: 'workbook' | 'workbook + text' | 'text';
  /** False: only false alarms count (a text checked without the tables its key was written with). */
  scoreRecall: boolean;
  expectedTables: ExpectedTable[];
  recognizedTables: RecognizedTable[];
  problems: KeyedProblem[];
  traps: KeyedTrap[];
  findings: Finding[];
}

export interface FindingRef {
  at: string;
  severity: string;
  message: string;
  /** The keyed trap it fell into, when there is one. */
  trap?: string;
}

export interface ProblemRef {
  at: string;
  level: KeyLevel;
  what: string;
}

/** A keyed problem a finding is on (by its line or cell) whose message shares no figure with the key's arithmetic. */
export interface UnconfirmedRef extends ProblemRef {
  /** The messages of the findings on it. */
  messages: string[];
}

export interface DocumentScore {
  id: string;
  mode: DocumentResult['mode'];
  scoreRecall: boolean;
  tablesExpected: number;
  tablesRecognized: number;
  /** Expected tables recognized with the wrong unit. */
  unitsWrong: string[];
  /** Expected tables not recognized (sheet + kind). */
  tablesMissed: string[];
  errors: number;
  warnings: number;
  falseErrors: FindingRef[];
  falseWarnings: FindingRef[];
  /** Keyed warnings reported as errors: on the problem, but louder than it deserves. */
  overstated: FindingRef[];
  keyedErrors: number;
  keyedWarnings: number;
  foundErrors: number;
  foundWarnings: number;
  /** Found keyed problems whose finding states a figure of the key's arithmetic (diagnosed, not only located). */
  confirmedErrors: number;
  confirmedWarnings: number;
  /** Found keyed problems whose findings state none of the key's figures: on the line, perhaps by coincidence. */
  unconfirmed: UnconfirmedRef[];
  missed: ProblemRef[];
}

const A1 = /^([A-Z]+)(\d+)$/;
const LINE = /^L(\d+)$/;

/** Column letters and row (or line) number of a cell reference; null when it is neither. */
function position(cell: string): { col: string; row: number } | null {
  const line = LINE.exec(cell);
  if (line) return { col: 'L', row: Number(line[1]) };
  const a1 = A1.exec(cell);
  return a1 ? { col: a1[1], row: Number(a1[2]) } : null;
}

/** Narrative findings may sit on the neighbouring line: a sentence runs across the break. */
function isTextFinding(f: Pick<Finding, 'kind' | 'cell'>): boolean {
  return f.kind === 'narrative' || LINE.test(f.cell);
}

export function findingHits(f: Finding, target: { sheet: string; cell: string }): boolean {
  if (f.sheet !== target.sheet) return false;
  if (f.cell === target.cell) return true;
  if (!isTextFinding(f)) return false;
  const a = position(f.cell);
  const b = position(target.cell);
  return !!a && !!b && a.col === b.col && Math.abs(a.row - b.row) <= 1;
}

const at = (x: { sheet: string; cell: string }) => `${x.sheet}!${x.cell}`;

interface Figure {
  value: number;
  /** Half a unit of its last printed decimal. */
  half: number;
}

/**
 * The figures of a message or of a key's note that can carry a diagnosis: numbers other than years,
 * zero, and line or cell references (L12, C10), with their printed precision.
 */
export function figuresIn(text: string): Figure[] {
  const plain = text.replace(/(?<![A-Za-z])[A-Z]{1,2}\d+(?:[–-][A-Z]{0,2}\d+)?(?![\d.])/g, ' ');
  const out: Figure[] = [];
  for (const m of plain.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g)) {
    const raw = m[0].replace(/,/g, '');
    const decimals = raw.includes('.') ? raw.split('.')[1].length : 0;
    const value = Number(raw);
    if (value === 0 || (decimals === 0 && value >= 1990 && value <= 2100)) continue;
    out.push({ value, half: 0.5 * 10 ** -decimals });
  }
  return out;
}

const decimalsOf = (v: number) => (String(v).split('.')[1] ?? '').length;

/** Two figures agree at the coarser of their printed precisions (103.3 and 103.32). */
const sameFigure = (a: Figure, b: Figure) => Math.abs(a.value - b.value) <= Math.max(a.half, b.half) + 1e-9;

/**
 * Whether a finding on a keyed problem diagnoses it rather than only sitting on its line: the figure the
 * finding computed (`expected`) is one of the key's, or — for a finding that computes nothing (a missing
 * reason, a name) — a figure it quotes is one the key speaks of. A finding that states none of the key's
 * figures may be on the line by coincidence (a neighbouring sentence's slip) or say the wrong arithmetic.
 */
export function confirms(f: Finding, p: KeyedProblem): boolean {
  const key = figuresIn(p.what);
  const expected = f.expected !== undefined && f.expected !== 0 && !(Number.isInteger(f.expected) && f.expected >= 1990 && f.expected <= 2100);
  // A finding's expected value is given at the precision of the figure it corrects (89.9 for a printed 90.3%).
  const mine = expected ? [{ value: Math.abs(f.expected!), half: Math.max(0.005, 0.5 * 10 ** -decimalsOf(f.expected!)) }] : figuresIn(f.message);
  if (mine.some((a) => key.some((b) => sameFigure(a, b)))) return true;
  return !expected && quotesAgree(f.message, p.what);
}

const plainWords = (s: string) =>
  s
    .replace(/\s+/g, '')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/[：]/g, ':')
    .replace(/[，]/g, ',')
    .replace(/[％]/g, '%');

/**
 * A finding about words (a name, a garbled or missing word, a copied reason) quotes the words the key
 * quotes: one of its “…” quotations holds one of the key's '…' quotations, or the key holds it whole.
 */
function quotesAgree(message: string, what: string): boolean {
  const quoted = [...message.matchAll(/“([^“”]{2,})”/g)].map((m) => plainWords(m[1]));
  const keyQuotes = [...what.matchAll(/'([^']{2,})'/g)].map((m) => plainWords(m[1]));
  const key = plainWords(what);
  return quoted.some((q) => key.includes(q) || keyQuotes.some((k) => q.includes(k)));
}

export function scoreDocument(doc: DocumentResult): DocumentScore {
  const tableKey = (t: { sheet: string; kind: string }) => `${t.sheet}|${t.kind}`;
  const recognized = new Map(doc.recognizedTables.map((t) => [tableKey(t), t]));
  const tablesMissed: string[] = [];
  const unitsWrong: string[] = [];
  for (const t of doc.expectedTables) {
    const got = recognized.get(tableKey(t));
    if (!got) tablesMissed.push(`${t.sheet}（${t.kind}）`);
    else if (t.unit && got.unit !== t.unit) unitsWrong.push(`${t.sheet}：${got.unit}，应为${t.unit}`);
  }

  const scored = doc.findings.filter((f) => f.severity !== 'info');
  const ref = (f: Finding): FindingRef => {
    const trap = doc.traps.find((t) => findingHits(f, t));
    return { at: at(f), severity: f.severity, message: f.message, ...(trap ? { trap: trap.why } : {}) };
  };
  const falseErrors: FindingRef[] = [];
  const falseWarnings: FindingRef[] = [];
  const overstated: FindingRef[] = [];
  for (const f of scored) {
    const hit = doc.problems.filter((p) => findingHits(f, p));
    if (hit.length === 0) (f.severity === 'error' ? falseErrors : falseWarnings).push(ref(f));
    else if (f.severity === 'error' && hit.every((p) => p.level === 'warning')) overstated.push(ref(f));
  }

  const missed: ProblemRef[] = [];
  const unconfirmed: UnconfirmedRef[] = [];
  let foundErrors = 0;
  let foundWarnings = 0;
  let confirmedErrors = 0;
  let confirmedWarnings = 0;
  for (const p of doc.problems) {
    const on = scored.filter((f) => findingHits(f, p));
    if (on.length > 0) {
      if (p.level === 'error') foundErrors++;
      else foundWarnings++;
      if (on.some((f) => confirms(f, p))) {
        if (p.level === 'error') confirmedErrors++;
        else confirmedWarnings++;
      } else unconfirmed.push({ at: at(p), level: p.level, what: p.what, messages: on.map((f) => `${at(f)} ${f.message}`) });
    } else {
      missed.push({ at: at(p), level: p.level, what: p.what });
    }
  }

  return {
    id: doc.id,
    mode: doc.mode,
    scoreRecall: doc.scoreRecall,
    tablesExpected: doc.expectedTables.length,
    tablesRecognized: doc.expectedTables.length - tablesMissed.length,
    unitsWrong,
    tablesMissed,
    errors: scored.filter((f) => f.severity === 'error').length,
    warnings: scored.filter((f) => f.severity === 'warning').length,
    falseErrors,
    falseWarnings,
    overstated,
    keyedErrors: doc.problems.filter((p) => p.level === 'error').length,
    keyedWarnings: doc.problems.filter((p) => p.level === 'warning').length,
    foundErrors,
    foundWarnings,
    confirmedErrors,
    confirmedWarnings,
    unconfirmed,
    missed,
  };
}

export interface Totals {
  documents: number;
  tablesExpected: number;
  tablesRecognized: number;
  errors: number;
  warnings: number;
  falseErrors: number;
  falseWarnings: number;
  overstated: number;
  keyedErrors: number;
  keyedWarnings: number;
  foundErrors: number;
  foundWarnings: number;
  confirmedErrors: number;
  confirmedWarnings: number;
}

export function totalsOf(scores: DocumentScore[]): Totals {
  const sum = (pick: (s: DocumentScore) => number) => scores.reduce((n, s) => n + pick(s), 0);
  const recalled = scores.filter((s) => s.scoreRecall);
  const sumRecalled = (pick: (s: DocumentScore) => number) => recalled.reduce((n, s) => n + pick(s), 0);
  return {
    documents: scores.length,
    tablesExpected: sum((s) => s.tablesExpected),
    tablesRecognized: sum((s) => s.tablesRecognized),
    errors: sum((s) => s.errors),
    warnings: sum((s) => s.warnings),
    falseErrors: sum((s) => s.falseErrors.length),
    falseWarnings: sum((s) => s.falseWarnings.length),
    overstated: sum((s) => s.overstated.length),
    keyedErrors: sumRecalled((s) => s.keyedErrors),
    keyedWarnings: sumRecalled((s) => s.keyedWarnings),
    foundErrors: sumRecalled((s) => s.foundErrors),
    foundWarnings: sumRecalled((s) => s.foundWarnings),
    confirmedErrors: sumRecalled((s) => s.confirmedErrors),
    confirmedWarnings: sumRecalled((s) => s.confirmedWarnings),
  };
}

/** found / keyed as a fraction; 1 when nothing is keyed (nothing to miss). */
export function recall(found: number, keyed: number): number {
  return keyed === 0 ? 1 : found / keyed;
}
