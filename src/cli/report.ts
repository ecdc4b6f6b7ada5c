/** The human report of `budget-check check`: tables found, findings by severity, the check ledger. */
import type { CheckStatus, Finding, Severity } from '../engine/findings';
import { isNarrativeTextFile, type FileReport, type TableSummary } from './analyze';
import { KIND_NAMES } from '../engine/rules/names';
import type { TableKind } from '../engine/recognize/types';


const FAMILY_LABEL: Record<string, string> = { budget: '预算', final: '决算' };
const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const STATUS_MARK: Record<CheckStatus['status'], string> = { passed: '✓ 通过', failed: '✗ 未通过', 'not-run': '– 未运行' };

function tableLine(t: TableSummary): string {
  const kind = KIND_NAMES[t.kind as TableKind] ?? t.kind;
  const title = t.title ? `「${t.title}」` : '（无标题）';
  const year = t.year === null ? '年度未注明' : `${t.year}年`;
  return `  ${title} ${kind}（${t.kind}，${FAMILY_LABEL[t.family] ?? t.family}） 工作表「${t.sheet}」${t.range} 单位：${t.unit} ${year}`;
}

function findingLine(f: Finding): string {
  const where = f.sheet ? `「${f.sheet}」${f.cell}` : f.cell || '正文';
  return `    ${where}  ${f.message}`;
}

function countBy(findings: Finding[], s: Severity): number {
  return findings.filter((f) => f.severity === s).length;
}

function fileSection(r: FileReport): string[] {
  const out: string[] = [`文件：${r.file}`];
  if (r.tables.length) {
    out.push(`识别到 ${r.tables.length} 张表：`);
    for (const t of r.tables) out.push(tableLine(t));
  } else if (isNarrativeTextFile(r.file)) {
    out.push('情况说明文本：核对文中的金额、合计、占比和增减（同时给出的工作簿中的表作为依据）。');
  } else {
    out.push('没有识别到标准的部门预算/决算表。');
  }
  const counts = SEVERITIES.map((s) => `${SEVERITY_LABEL[s]} ${countBy(r.findings, s)} 条`).join('，');
  out.push(r.findings.length ? `发现问题：${counts}` : '没有发现问题。');
  for (const s of SEVERITIES) {
    const list = r.findings.filter((f) => f.severity === s);
    if (!list.length) continue;
    out.push(`  ${SEVERITY_LABEL[s]}（${list.length}）`);
    for (const f of list) out.push(findingLine(f));
  }
  if (r.checks.length) {
    const n = (st: CheckStatus['status']) => r.checks.filter((c) => c.status === st).length;
    out.push(`校核项目：共 ${r.checks.length} 项，通过 ${n('passed')}，未通过 ${n('failed')}，未运行 ${n('not-run')}`);
    for (const c of r.checks) out.push(`  ${STATUS_MARK[c.status]}  ${c.rule}${c.reason ? `：${c.reason}` : ''}`);
  }
  return out;
}

/** The whole human report, one section per file, ending with the overall verdict. */
export function formatHumanReport(reports: FileReport[]): string {
  const sections = reports.map((r) => fileSection(r).join('\n'));
  const errors = reports.reduce((n, r) => n + countBy(r.findings, 'error'), 0);
  const warnings = reports.reduce((n, r) => n + countBy(r.findings, 'warning'), 0);
  const verdict = errors
    ? `结论：有 ${errors} 处错误需要更正${warnings ? `，另有 ${warnings} 处警告请核对` : ''}。`
    : warnings
      ? `结论：没有错误，有 ${warnings} 处警告请核对。`
      : '结论：没有发现错误。';
  return [...sections, verdict].join('\n\n') + '\n';
}

/** The JSON contract of docs/design.md §6: exactly one object. */
export function formatJsonReport(reports: FileReport[]): string {
  return JSON.stringify({ files: reports }) + '\n';
}
