/** 情况说明: drafting from tables and checking existing text against them (issues 5 and 12). */
import type { CheckStatus, EngineOptions, Finding } from '../findings';
import type { WorkbookGrids } from '../grid/types';
import type { Table } from '../recognize/types';
import { saysExplanation } from '../recognize/lexicon';
import { readFacts, type ProjectFact, type TableFacts } from './facts';
import { departmentsOfTexts, inDepartment } from './departments';
import type { Paragraph } from './text/tokens';
import { paragraphsOfText, reviewParagraphs } from './text/check';
import { readWorkbookTexts } from './locate';
import { missingSections } from './text/sections';
import { separateDraftPlaceholders } from './placeholders';
import { coverageStatus, type NarrativeCoverage } from './text/coverage';

export { inferReportYear } from './locate';
export type { Draft, DraftSection, DraftParagraph, Span, Line as DraftLine, PlaceholderKind } from './draft/model';
export { PLACEHOLDERS, draftLines, lineText, placeholderCount } from './draft/model';
export type { DraftOptions } from './draft';
export { draftNarrative } from './draft';
export { draftSubject, type DraftSubject } from './subject';
export { draftToMarkdown, markdownToDraft } from '../model/draft-markdown';
export { SHARE_ROUNDING_POLICY, largestRemainderShares } from './shares';
export type { Paragraph } from './text/tokens';
export type { NarrativeCoverage } from './text/coverage';
export { COVERAGE_RULE, uncheckedLine } from './text/coverage';

export interface NarrativeTextOptions extends EngineOptions {
  /** Shown as the finding's `sheet`: the file name of the text. Default '情况说明'. */
  source?: string;
  /** Report year when no tables are given (otherwise inferred from the text). */
  year?: number;
}

export interface NarrativeReview {
  findings: Finding[];
  /** Ledger entries: one per 情况说明 checked, saying how many figures were checked and how many not. */
  checks: CheckStatus[];
  coverage: NarrativeCoverage;
}

function sum(a: NarrativeCoverage, b: NarrativeCoverage): NarrativeCoverage {
  return { figures: a.figures + b.figures, checked: a.checked + b.checked, unchecked: a.unchecked + b.unchecked };
}

/**
 * Checks an explanation given as plain text (.txt / .md, or text read from a .docx): its own
 * arithmetic, placeholders and years, and — with tables — every figure against them.
 * Findings: sheet = options.source (the file name), cell = 'L<n>', the 1-based line of the figure.
 */
export function reviewNarrativeText(text: string, tables: Table[] = [], options: NarrativeTextOptions = {}): NarrativeReview {
  const source = options.source ?? '情况说明';
  const { masked: paras, findings: placeholders } = separateDraftPlaceholders(paragraphsOfText(text, source));
  const facts = tables.length > 0 ? readFacts(tables) : undefined;
  const review = reviewParagraphs(paras, {
    ...(facts ? { facts, family: facts.family } : {}),
    ...(options.year ?? facts?.year ? { year: options.year ?? facts?.year } : {}),
    ...(options.reasonThreshold !== undefined ? { reasonThreshold: options.reasonThreshold } : {}),
  });
  const findings = [...review.findings, ...missingSections(paras), ...placeholders];
  return { findings, checks: [coverageStatus(review.coverage, findings, source)], coverage: review.coverage };
}

export function checkNarrativeText(text: string, tables: Table[] = [], options: NarrativeTextOptions = {}): Finding[] {
  return reviewNarrativeText(text, tables, options).findings;
}

/** The facts of `tables`, with the 项目 cards of 绩效目标表 sheets whose projects the tables do not name. */
function factsWithCards(tables: readonly Table[], cards: readonly ProjectFact[]): TableFacts {
  const facts = readFacts(tables);
  const named = new Set(facts.projects.map((p) => p.name));
  facts.projects.push(...cards.filter((c) => !named.has(c.name)));
  return facts;
}

/**
 * The facts each document is checked against, read once per department: its own department's
 * tables when the sheet names tell the department for certain (departments.ts), else all tables.
 * A department's facts are let go once its last document has asked for them: kept to the end of the
 * stage, every department's figures and indexes were copied by each scavenge of the young generation.
 */
function factsByDocument(docs: readonly Paragraph[][], tables: readonly Table[], cards: readonly ProjectFact[]): (doc: readonly Paragraph[]) => TableFacts {
  const departments = departmentsOfTexts(
    docs.map((d) => d[0].sheet),
    tables,
    cards.map((c) => c.amount.source.sheet),
  );
  const departmentOf = (doc: readonly Paragraph[]) => departments?.get(doc[0].sheet) ?? '';
  /** How many documents of each department are still to ask. */
  const toAsk = new Map<string, number>();
  for (const doc of docs) {
    const department = departmentOf(doc);
    toAsk.set(department, (toAsk.get(department) ?? 0) + 1);
  }
  const read = new Map<string, TableFacts>();
  return (doc) => {
    const department = departmentOf(doc);
    let facts = read.get(department);
    if (!facts) {
      facts =
        department === ''
          ? factsWithCards(tables, cards)
          : factsWithCards(
              tables.filter((t) => inDepartment(t.sheet, department)),
              cards.filter((c) => inDepartment(c.amount.source.sheet, department)),
            );
      read.set(department, facts);
    }
    const left = toAsk.get(department)! - 1;
    toAsk.set(department, left);
    if (left === 0) read.delete(department);
    return facts;
  };
}

/** Finds 情况说明 text in the workbook and checks it against the tables and its own arithmetic. */
export function reviewNarrative(wb: WorkbookGrids, tables: Table[], options: EngineOptions = {}): NarrativeReview {
  const { documents: docs, cards } = readWorkbookTexts(wb, tables);
  const empty: NarrativeCoverage = { figures: 0, checked: 0, unchecked: 0 };
  if (docs.length === 0) return { findings: [], checks: [], coverage: empty };
  const factsOf = factsByDocument(docs, tables, cards);
  const findings: Finding[] = [];
  const checks: CheckStatus[] = [];
  let coverage = empty;
  for (const doc of docs) {
    const facts = factsOf(doc);
    const { masked: paras, findings: placeholders } = separateDraftPlaceholders(doc);
    const review = reviewParagraphs(paras, {
      facts,
      family: facts.family,
      ...(facts.year ? { year: facts.year } : {}),
      ...(options.reasonThreshold !== undefined ? { reasonThreshold: options.reasonThreshold } : {}),
    });
    const own = [...review.findings, ...missingSections(paras), ...placeholders];
    findings.push(...own);
    checks.push(coverageStatus(review.coverage, own, saysExplanation(paras[0].sheet) ? paras[0].sheet : `情况说明（${paras[0].sheet}）`));
    coverage = sum(coverage, review.coverage);
  }
  return { findings, checks, coverage };
}

export function checkNarrative(wb: WorkbookGrids, tables: Table[], options: EngineOptions = {}): Finding[] {
  return reviewNarrative(wb, tables, options).findings;
}

