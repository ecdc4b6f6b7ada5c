/**
 * Checks 情况说明 prose. Lines are joined into passages, read into claims (what each figure is
 * about, for which year and measure), related (breakdowns, shares, changes, completion rates), and
 * every claim that is certain is checked: its own arithmetic, its words, and — with tables — its
 * figures against them. A claim that is not certain gets no finding; it is counted as unchecked.
 */
import type { Finding } from '../../findings';
import type { Family } from '../../recognize/types';
import type { TableFacts } from '../facts';
import { FindingList, type Doc } from './document';
import { joinLinesOfWidth, wrapWidth, type Passage } from './join';
import { HEADING_START } from './words';
import { readPassage, UNKNOWN_YEAR } from './read';
import type { Subject } from './subjects';
import { readStructure } from './structure';
import { readInlineTables } from './inline-table';
import { adjustmentLists } from './adjustment-lists';
import type { Paragraph, Token } from './tokens';
import { inferReportYear } from './year';
import { checkSums } from './checks/sums';
import { checkShares } from './checks/shares';
import { checkChanges } from './checks/changes';
import { checkOppositeChanges } from './checks/opposite-changes';
import { checkPartChanges } from './checks/part-changes';
import { checkDifferences } from './checks/differences';
import { checkCompletions } from './checks/completion';
import { checkAgainstTables } from './checks/tables';
import { checkReasons } from './checks/reasons';
import { checkReasonWays } from './checks/reason-ways';
import { checkWording } from './checks/wording';
import { checkBaseYears } from './checks/base-years';
import { checkAverages } from './checks/averages';
import { checkSavings } from './checks/savings';
import { checkBalances } from './checks/balances';
import { checkAdditions } from './checks/additions';
import { checkListedTotals } from './checks/listed-totals';
import { checkWholeAsPart } from './checks/whole-as-part';
import { checkBalancedChanges } from './checks/balanced-changes';
import { checkRepeatedChanges } from './checks/repeated-changes';
import { checkEveryPartChanges } from './checks/every-part-changes';
import { checkHeadlineFigures } from './checks/headline-figures';
import { checkCarCounts, checkHeadCounts, checkServingStaff, checkStaffingQuotas } from './checks/head-counts';
import { coverageOf, type NarrativeCoverage } from './coverage';
import { foldedParagraphs, restoreQuotes } from './traditional';

export interface TextCheckContext {
  facts?: TableFacts;
  /** The report year (from the tables; inferred from the text when absent). */
  year?: number;
  family?: Family;
  /** A stated change of at least this many percent needs a reason (主要原因是…). Default 10. */
  reasonThreshold?: number;
}

export interface TextReview {
  findings: Finding[];
  coverage: NarrativeCoverage;
}

/**
 * Every check on a document of paragraphs (lines of a text file, or cells of a 情况说明 sheet). A document in traditional
 * characters is read folded to simplified ones, and its findings quote it as printed.
 */
export function reviewParagraphs(paras: readonly Paragraph[], ctx: TextCheckContext = {}): TextReview {
  const folded = foldedParagraphs(paras);
  if (!folded) return reviewSimplified(paras, ctx);
  const review = reviewSimplified(folded, ctx);
  return { ...review, findings: restoreQuotes(review.findings, paras, folded) };
}

function reviewSimplified(paras: readonly Paragraph[], ctx: TextCheckContext): TextReview {
  const width = wrapWidth(paras.map((p) => p.text));
  const passages = joinLinesOfWidth(paras, width);
  // Read from the text only when the tables do not give both (inferred.stated matters only without ctx.year).
  const inferred = ctx.year !== undefined && ctx.family !== undefined ? undefined : inferReportYear(passages.map((p) => p.half));
  const reportYear = ctx.year ?? inferred?.year ?? UNKNOWN_YEAR;
  const family = ctx.family ?? inferred?.family ?? 'budget';
  const tokens = readPassages(passages, reportYear, width !== undefined);
  const structure = readStructure(tokens, passageTexts(passages), family, (para) => passages[para].goesOn === true);
  // A “三公” table pasted into the text: its figures are what the prose compares with. Read only when
  // its columns add up, so they took part in a check.
  const inline = readInlineTables(passages, reportYear);
  structure.amounts.push(...inline);
  structure.lists.push(...adjustmentLists(structure.amounts, passages));
  const doc: Doc = {
    passages,
    structure,
    family,
    reportYear,
    yearStated: ctx.year !== undefined || (inferred?.stated ?? false),
    ...(ctx.facts ? { facts: ctx.facts } : {}),
    out: new FindingList(passages),
    checked: new Set(inline),
    reasonThreshold: ctx.reasonThreshold ?? 10,
  };
  checkSums(doc);
  checkShares(doc);
  checkChanges(doc);
  checkPartChanges(doc);
  checkDifferences(doc);
  checkCompletions(doc);
  checkAgainstTables(doc);
  checkWording(doc);
  checkBaseYears(doc);
  checkAverages(doc);
  checkSavings(doc);
  checkBalances(doc);
  checkAdditions(doc);
  checkListedTotals(doc);
  checkWholeAsPart(doc);
  checkBalancedChanges(doc);
  checkRepeatedChanges(doc);
  checkOppositeChanges(doc);
  checkEveryPartChanges(doc);
  checkHeadlineFigures(doc);
  checkHeadCounts(doc);
  checkStaffingQuotas(doc);
  checkServingStaff(doc);
  checkCarCounts(doc);
  checkReasons(doc);
  checkReasonWays(doc);
  return { findings: doc.out.items, coverage: coverageOf(doc) };
}

/**
 * The tokens of every passage, in order. A function of its own: with the loop over the passages in it,
 * reviewParagraphs was compiled by TurboFan (in the third run, 20 ms) with the checks it calls
 * inlined into its graph; without it, it runs once a document and is not hot.
 */
function readPassages(passages: readonly Passage[], reportYear: number, wrapped: boolean): Token[] {
  const tokens: Token[] = [];
  let sentences = 0;
  let topic: Subject | undefined;
  // In a hard-wrapped document (text from a PDF) a line that ends a sentence ends a passage but not its
  // item: an unmarked passage goes on with the 科目 before it. A numbered item or a heading starts afresh.
  for (let pi = 0; pi < passages.length; pi++) {
    const p = passages[pi];
    if (!wrapped || HEADING_START.test(p.text)) topic = undefined;
    // Not a spread into the literal: a spreading literal is copied on a slow path, once a passage.
    const r = readPassage(p, topic ? { reportYear, topic } : { reportYear }, sentences);
    tokens.push(...r.tokens);
    sentences = r.sentences;
    // The passage's last 科目 path is the next one's topic only in a hard-wrapped document: in any other the
    // topic is dropped at every passage, so it is not read.
    if (wrapped) topic = r.lastPath ?? topic;
  }
  return tokens;
}

/**
 * The passages' texts, gathered by a loop: an array built by `map` has one elements kind from the
 * builtin and another once TurboFan inlines the `map`, and the structure reader, optimised for the
 * first, was thrown away at the second.
 */
function passageTexts(passages: readonly { text: string }[]): string[] {
  const texts: string[] = [];
  for (let i = 0; i < passages.length; i++) texts.push(passages[i].text);
  return texts;
}

/** Splits plain text (a .txt / .md file or text read from a .docx) into paragraphs: one per non-blank line. */
export function paragraphsOfText(text: string, source: string): Paragraph[] {
  const paras: Paragraph[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    const t = line.replace(/^#+\s*/, '').replace(/\*\*/g, '').trim();
    if (t) paras.push({ index: paras.length, text: t, sheet: source, cell: `L${i + 1}` });
  });
  return paras;
}
