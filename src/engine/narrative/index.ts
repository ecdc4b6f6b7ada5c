/** 情况说明: drafting from tables and checking existing text against them (issue 5). */
import type { EngineOptions, Finding } from '../findings';
import type { WorkbookGrids } from '../grid/types';
import type { Table } from '../recognize/types';
import { readFacts } from './facts';
import { checkParagraphs, paragraphsOfText } from './text/check';
import { findNarrativeDocuments, projectCardsFromGrids } from './locate';
import { missingSections } from './text/sections';
import { separateDraftPlaceholders } from './placeholders';

export { inferReportYear } from './locate';
export type { Draft, DraftSection, DraftParagraph, Span, Line as DraftLine, PlaceholderKind } from './draft/model';
export { PLACEHOLDERS, draftLines, lineText, placeholderCount } from './draft/model';
export type { DraftOptions } from './draft';
export { draftNarrative } from './draft';
export { draftSubject, type DraftSubject } from './draft/subject';
export { draftToMarkdown, markdownToDraft } from './markdown';
export { SHARE_ROUNDING_POLICY, largestRemainderShares } from './amounts';
export type { Paragraph } from './text/tokens';

export interface NarrativeTextOptions extends EngineOptions {
  /** Shown as the finding's `sheet`: the file name of the text. Default '情况说明'. */
  source?: string;
  /** Report year when no tables are given (otherwise inferred from the text). */
  year?: number;
}

/**
 * Checks an explanation given as plain text (.txt / .md, or text read from a .docx): its own
 * arithmetic, placeholders and years, and — with tables — every figure against them.
 * Findings: sheet = options.source (the file name), cell = 'L<n>', the 1-based line of the paragraph.
 */
export function checkNarrativeText(text: string, tables: Table[] = [], options: NarrativeTextOptions = {}): Finding[] {
  const { masked: paras, findings: placeholders } = separateDraftPlaceholders(paragraphsOfText(text, options.source ?? '情况说明'));
  const facts = tables.length > 0 ? readFacts(tables) : undefined;
  return [...checkParagraphs(paras, { facts, year: options.year ?? facts?.year, family: facts?.family }), ...missingSections(paras), ...placeholders];
}

/** Finds 情况说明 text in the workbook and checks it against the tables and its own arithmetic. */
export function checkNarrative(wb: WorkbookGrids, tables: Table[], _options: EngineOptions = {}): Finding[] {
  const docs = findNarrativeDocuments(wb, tables);
  if (docs.length === 0) return [];
  const facts = readFacts(tables);
  facts.projects.push(...projectCardsFromGrids(wb).filter((c) => !facts.projects.some((p) => p.name === c.name)));
  return docs.flatMap((doc) => {
    const { masked: paras, findings: placeholders } = separateDraftPlaceholders(doc);
    return [...checkParagraphs(paras, { facts, year: facts.year, family: facts.family }), ...missingSections(paras), ...placeholders];
  });
}
