/**
 * The human report of `budget-check check`: tables found, the problems by severity (each with its
 * main finding and the other cells of the same problem), the check ledger, and the verdict — in the
 * clerk's words only: the checks and table kinds by their Chinese names, never a rule or kind id
 * (those are for scripts, in --json).
 */
import { jsonPieces } from './json-pieces';
import type { CheckStatus, Finding } from '../engine/findings';
import { CHECK_STATUS_LABEL, SEVERITIES, SEVERITY_LABEL, checkName } from '../engine/model';
import { countProblems, problemsOf, type Problem } from '../engine/model';
import { isNarrativeTextFile, type FileReport, type TableSummary } from './analyze';
import { KIND_NAMES } from '../engine/model';
import type { TableKind } from '../engine/recognize/types';

const FAMILY_LABEL: Record<string, string> = { budget: '预算', final: '决算' };
const STATUS_SIGN: Record<CheckStatus['status'], string> = { passed: '✓', failed: '✗', 'not-run': '–' };

function tableLine(t: TableSummary): string {
  const kind = KIND_NAMES[t.kind as TableKind];
  const title = t.title ? `「${t.title}」` : '（无标题）';
  const year = t.year === null ? '年度未注明' : `${t.year}年`;
  return `  ${title} ${kind}（${FAMILY_LABEL[t.family]}） 工作表「${t.sheet}」${t.range} 单位：${t.unit} ${year}`;
}

function where(f: Finding): string {
  return f.sheet ? `「${f.sheet}」${f.cell}` : f.cell || '正文';
}

/** One problem: its main finding, then the other cells of the same problem. */
function problemLines(p: Problem, n: number): string[] {
  const out = [`    ${n}. ${where(p.main)}  ${p.main.message}`];
  if (p.others.length) {
    const cells = p.others.map(where);
    out.push(`       同一问题的其他单元格（${cells.length}）：${cells.join('、')}`);
  }
  return out;
}

function countsText(problems: Problem[]): string {
  const counts = countProblems(problems);
  return SEVERITIES.map((s) => `${SEVERITY_LABEL[s]} ${counts[s]} 个`).join('，');
}

function fileSection(r: FileReport): string[] {
  const out: string[] = [`文件：${r.file}`];
  const text = isNarrativeTextFile(r.file);
  if (r.tables.length) {
    out.push(`识别到 ${r.tables.length} 张表：`);
    for (const t of r.tables) out.push(tableLine(t));
  } else if (text) {
    out.push('情况说明文本：核对文中的金额、合计、占比和增减（同时给出的工作簿中的表作为依据）。');
  } else {
    out.push('没有识别到标准的部门预算/决算表。');
  }
  const problems = problemsOf(r.findings);
  if (problems.length) out.push(`发现 ${problems.length} 个问题（${countsText(problems)}；共 ${r.findings.length} 条发现）`);
  else out.push(r.tables.length || text ? '没有发现问题。' : '没有可核对的表，未做核对。');
  for (const s of SEVERITIES) {
    const list = problems.filter((p) => p.severity === s);
    if (!list.length) continue;
    out.push(`  ${SEVERITY_LABEL[s]}（${list.length} 个问题）`);
    list.forEach((p, i) => out.push(...problemLines(p, i + 1)));
  }
  if (r.checks.length) {
    const n = (st: CheckStatus['status']) => `${CHECK_STATUS_LABEL[st]} ${r.checks.filter((c) => c.status === st).length}`;
    out.push(`核对项：共 ${r.checks.length} 项，${n('passed')}，${n('failed')}，${n('not-run')}`);
    for (const c of r.checks) out.push(`  ${STATUS_SIGN[c.status]} ${CHECK_STATUS_LABEL[c.status]}  ${checkName(c.rule)}${c.reason ? `：${c.reason}` : ''}`);
  }
  return out;
}

/** The whole human report, one section per file, ending with the overall verdict (counted in problems). */
export function formatHumanReport(reports: FileReport[]): string {
  const sections = reports.map((r) => fileSection(r).join('\n'));
  const counts = { error: 0, warning: 0, info: 0 };
  for (const r of reports) {
    const c = countProblems(problemsOf(r.findings));
    counts.error += c.error;
    counts.warning += c.warning;
    counts.info += c.info;
  }
  const checked = reports.some((r) => r.tables.length || isNarrativeTextFile(r.file));
  const verdict = counts.error
    ? `结论：有 ${counts.error} 个错误需要更正${counts.warning ? `，另有 ${counts.warning} 个警告请核对` : ''}。`
    : counts.warning
      ? `结论：没有错误，有 ${counts.warning} 个警告请核对。`
      : checked
        ? '结论：没有发现错误。'
        : '结论：没有识别到部门预算/决算表，未能核对任何内容。';
  return [...sections, verdict].join('\n\n') + '\n';
}

/** The JSON contract of docs/design.md §6: exactly one object. */
export function formatJsonReport(reports: FileReport[]): string {
  return [...jsonReportPieces(reports)].join('');
}

/** formatJsonReport in pieces, to write one by one (see jsonPieces). */
export function* jsonReportPieces(reports: FileReport[]): Generator<string> {
  yield* jsonPieces({ files: reports });
  yield '\n';
}
