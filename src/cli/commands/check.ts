/**
 * budget-check check FILE… [--json] [--tolerance N] [--reason-threshold P] [--year Y] — docs/design.md §6.
 * Exit 0: no error findings; 1: at least one error; 2: a file could not be read, or bad usage.
 * Files are only read, never written.
 */
import { once } from 'node:events';
import type { Command } from 'commander';
import type { AnalyzeOptions, Table } from '../../engine';
import { analyzeTextFile, analyzeXlsxFile, isNarrativeTextFile, type FileReport } from '../analyze';
import { defineCommand } from '../command';
import { CliError, EXIT, failureOf, type ExitCode } from '../errors';
import { loadEngineOptions, type EngineFlags } from '../options';
import { formatHumanReport, jsonReportPieces } from '../report';

interface CheckOptions extends EngineFlags {
  json?: boolean;
}

/** Reads every file; workbooks first, so that text files are checked against their tables. */
async function checkFiles(files: string[], options: AnalyzeOptions): Promise<{ reports: FileReport[]; unreadable: string[] }> {
  const reports = new Map<string, FileReport>();
  const unreadable: string[] = [];
  const tables: Table[] = [];
  // A file that cannot be read is named; the others are still checked.
  const record = (e: unknown) => {
    const failure = failureOf(e);
    if (!failure?.message) throw e;
    unreadable.push(failure.message);
  };
  for (const file of files.filter((f) => !isNarrativeTextFile(f))) {
    try {
      const result = await analyzeXlsxFile(file, options);
      reports.set(file, result.report);
      tables.push(...result.tables);
    } catch (e) {
      record(e);
    }
  }
  for (const file of files.filter(isNarrativeTextFile)) {
    try {
      reports.set(file, await analyzeTextFile(file, tables, options));
    } catch (e) {
      record(e);
    }
  }
  // Reports in the order the files were named.
  return { reports: files.flatMap((f) => reports.get(f) ?? []), unreadable };
}

/** Writes to stdout piece by piece, waiting whenever a pipe is full, so the report is never held twice. */
async function writePieces(pieces: Iterable<string>): Promise<void> {
  for (const piece of pieces) if (!process.stdout.write(piece)) await once(process.stdout, 'drain');
}

async function runCheck(files: string[], opts: CheckOptions): Promise<ExitCode> {
  const { reports, unreadable } = await checkFiles(files, await loadEngineOptions(opts));
  // With --json there is always exactly one object on stdout, even when no file could be read.
  if (opts.json) await writePieces(jsonReportPieces(reports));
  else if (reports.length) process.stdout.write(formatHumanReport(reports));
  if (unreadable.length) throw new CliError(unreadable.join('\n'));
  return reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? EXIT.errorsFound : EXIT.clean;
}

export function registerCheckCommand(program: Command): void {
  defineCommand(program, {
    name: 'check',
    description: '检查工作簿中的部门预算/决算表：识别各表并校核合计（退出码 0 无错误，1 有错误，2 文件无法读取）',
    arguments: { '<files...>': '.xlsx 工作簿（也可以是情况说明 .txt / .md / .docx）' },
    options: [{ flags: '--json', description: '以一个 JSON 对象输出结果' }],
    engineFlags: ['tolerance', 'reasonThreshold', 'year'],
    action: runCheck,
  });
}
