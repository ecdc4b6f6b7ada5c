/** The accuracy figures as Markdown: printed by `npm run accuracy` and kept in docs/accuracy.md. */
import { recall, totalsOf, type DocumentScore, type FindingRef, type ProblemRef, type UnconfirmedRef } from './score';
import type { DraftComparison, TextFigure } from './drafts';
import { batchesOf } from './batches';

const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
const ratio = (found: number, keyed: number) => (keyed === 0 ? '—' : `${found} / ${keyed} (${pct(recall(found, keyed))})`);
const share = (part: number, whole: number) => (whole === 0 ? '0' : `${part} of ${whole} (${pct(part / whole)})`);
const oneLine = (s: string) => s.replace(/\s+/g, ' ').replace(/\|/g, '\\|');

export function totalsMarkdown(scores: DocumentScore[]): string {
  const t = totalsOf(scores);
  return [
    '| measure | value |',
    '|---|---|',
    `| documents scored | ${t.documents} |`,
    `| tables recognized (sheet + kind) | ${t.tablesRecognized} / ${t.tablesExpected} |`,
    `| false errors | ${share(t.falseErrors, t.errors)} errors |`,
    `| false warnings | ${share(t.falseWarnings, t.warnings)} warnings |`,
    `| errors on a keyed warning (too loud) | ${t.overstated} |`,
    `| recall of keyed errors | ${ratio(t.foundErrors, t.keyedErrors)} |`,
    `| recall of keyed soft problems | ${ratio(t.foundWarnings, t.keyedWarnings)} |`,
    `| found errors whose finding states the key's figures | ${ratio(t.confirmedErrors, t.foundErrors)} |`,
    `| found soft problems whose finding states the key's figures | ${ratio(t.confirmedWarnings, t.foundWarnings)} |`,
  ].join('\n');
}

/** The totals of each batch: the documents tuned on, and each held-out batch apart. */
export function batchesMarkdown(scores: DocumentScore[]): string {
  const rows = batchesOf(scores).map(({ name, scores: part }) => {
    const t = totalsOf(part);
    return `| ${name} | ${t.documents} | ${share(t.falseErrors, t.errors)} | ${share(t.falseWarnings, t.warnings)} | ${ratio(t.foundErrors, t.keyedErrors)} | ${ratio(t.foundWarnings, t.keyedWarnings)} |`;
  });
  const notes = batchesOf(scores)
    .filter((b) => b.firstMeasured)
    .map((b) => `- ${b.name}, measured first with a checker that had not seen it: ${b.firstMeasured}.`);
  return [
    '| batch | documents scored | false errors | false warnings | recall of keyed errors | recall of keyed soft problems |',
    '|---|---:|---|---|---|---|',
    ...rows,
    '',
    ...notes,
  ].join('\n');
}

export function perDocumentMarkdown(scores: DocumentScore[]): string {
  const rows = scores.map((s) => {
    const tables = s.tablesExpected ? `${s.tablesRecognized} / ${s.tablesExpected}` : '—';
    const rErr = s.scoreRecall ? ratio(s.foundErrors, s.keyedErrors) : 'not scored';
    const rSoft = s.scoreRecall ? ratio(s.foundWarnings, s.keyedWarnings) : 'not scored';
    return `| ${s.id} | ${s.mode} | ${tables} | ${s.errors} | ${s.falseErrors.length} | ${s.warnings} | ${s.falseWarnings.length} | ${rErr} | ${rSoft} |`;
  });
  return [
    '| document | checked as | tables | errors | false errors | warnings | false warnings | recall (errors) | recall (soft) |',
    '|---|---|---|---:|---:|---:|---:|---|---|',
    ...rows,
  ].join('\n');
}

function findingList(title: string, refs: FindingRef[]): string[] {
  if (refs.length === 0) return [];
  return [
    `- ${title}:`,
    ...refs.map((r) => `  - \`${r.at}\` ${oneLine(r.message)}${r.trap ? ` — *trap in the key:* ${oneLine(r.trap)}` : ''}`),
  ];
}

function problemList(refs: ProblemRef[]): string[] {
  if (refs.length === 0) return [];
  return ['- missed:', ...refs.map((p) => `  - \`${p.at}\` (${p.level}) ${oneLine(p.what)}`)];
}

function unconfirmedList(refs: UnconfirmedRef[]): string[] {
  if (refs.length === 0) return [];
  return [
    '- found on the line, but the finding states none of the key\'s figures (a coincidence, or the wrong arithmetic?):',
    ...refs.map((p) => `  - \`${p.at}\` (${p.level}) ${oneLine(p.what)}${p.messages.map((m) => `\n    - finding: ${oneLine(m)}`).join('')}`),
  ];
}

export function detailsMarkdown(scores: DocumentScore[]): string {
  const parts: string[] = [];
  for (const s of scores) {
    const lines = [
      ...(s.tablesMissed.length ? [`- tables not recognized: ${s.tablesMissed.join('、')}`] : []),
      ...(s.unitsWrong.length ? [`- wrong unit: ${s.unitsWrong.join('、')}`] : []),
      ...findingList('false errors', s.falseErrors),
      ...findingList('errors where the key says warning', s.overstated),
      ...findingList('false warnings', s.falseWarnings),
      ...(s.scoreRecall ? problemList(s.missed) : []),
      ...(s.scoreRecall ? unconfirmedList(s.unconfirmed) : []),
    ];
    if (lines.length) parts.push(`### ${s.id} (${s.mode})\n\n${lines.join('\n')}`);
  }
  return parts.join('\n\n');
}

export interface ReportHeader {
  date: string;
  commit: string;
  seconds: number;
}

export function accuracyMarkdown(scores: DocumentScore[], header: ReportHeader, drafts: DraftComparison[] = []): string {
  return `# Accuracy on real documents

\`npm run accuracy\` runs the engine over every document of the real-document corpus
(\`test/corpus/\`: published workbooks and 情况说明 texts that nobody on this project wrote, with answer
keys; see its README) and compares the findings with the keys. Each workbook is checked alone, each
workbook together with its 编制说明 text, and each text alone. A text checked without its tables
counts only its false alarms: most of its keyed problems need the tables.

- **False error / false warning:** an \`error\` / \`warning\` finding that is on no keyed problem
  (tables: same sheet and cell; texts: same line or the neighbouring one). *Trap* marks a finding on a
  sentence the key records as correct and easy to misread.
- **Recall:** keyed problems with a finding (error or warning) on them, errors and soft problems apart.
- **Too loud:** an \`error\` on a problem the key calls a warning (a rounding gap, say).
- **States the key's figures:** a found problem whose finding computed a figure the key's arithmetic
  has (or, for a finding that computes nothing, such as a missing reason, quotes one the key speaks
  of). The others are listed: a finding may sit on the keyed line by coincidence, or say the wrong
  arithmetic.
- Corrections to the keys, with their evidence, are in \`test/accuracy/key-corrections.ts\`.
- \`test/accuracy.test.ts\` fails when any figure gets worse than \`test/corpus/baseline.json\`.

Measured ${header.date} at commit ${header.commit} (${header.seconds.toFixed(1)} s for the whole corpus).

## Totals

${totalsMarkdown(scores)}

## By batch

${batchesMarkdown(scores)}

## Per document

${perDocumentMarkdown(scores)}

## What was false and what was missed

${detailsMarkdown(scores)}
${drafts.length ? `
## Drafts against the real 编制说明

For each corpus workbook with its published explanation (\`tables/text/\`, or the workbook's own
情况说明 sheet), \`budget-check draft\` is compared with the real text (test/accuracy/drafts.ts):

- **Figures in the text:** amounts and percentages, leaving out zeros, changes on the prior year,
  thresholds and sentences about last year (none of them is read from this year's tables).
- **From the tables:** figures whose value a recognized table gives at the precision written (an
  amount cell; a percentage as the quotient of two such amounts of the same paragraph).
- **Same value:** the draft states a figure with that value.
- **Stated differently:** the draft says something about the same thing (the same 项, or the same
  standard item such as 人员经费 or 机关运行经费) with another value. Where the real text is wrong
  (a slip the answer key records), the draft's value is the table's.

${draftTableMarkdown(drafts)}

${draftDetailsMarkdown(drafts)}
` : ''}`;
}

const figureText = (f: TextFigure) => `\`${f.at}\` ${f.raw}${f.subject ? `（${f.subject}）` : ''}`;

/** Drafts against the real 编制说明: one row per document. */
export function draftTableMarkdown(comparisons: DraftComparison[]): string {
  const rows = comparisons.map(
    (c) =>
      `| ${c.id} | ${c.source} | ${c.figures} | ${c.tableDerived.length} | ${share(c.same.length, c.tableDerived.length)} | ${c.different.length} |`,
  );
  return [
    '| workbook | real text | figures in the text | from the tables | stated by the draft with the same value | stated differently |',
    '|---|---|---:|---:|---|---:|',
    ...rows,
  ].join('\n');
}

/** Every table-derived figure the draft does not state, and every figure it states differently. */
export function draftDetailsMarkdown(comparisons: DraftComparison[]): string {
  const parts: string[] = [];
  for (const c of comparisons) {
    const lines = [
      ...(c.missing.length ? ['- from the tables, not stated by the draft:', ...c.missing.map((f) => `  - ${figureText(f)}`)] : []),
      ...(c.different.length
        ? ['- stated differently (the real text → the draft):', ...c.different.map((d) => `  - ${figureText(d.real)} → ${d.draft.join('、')}`)]
        : []),
    ];
    if (lines.length) parts.push(`### ${c.id}\n\n${lines.join('\n')}`);
  }
  return parts.join('\n\n');
}
