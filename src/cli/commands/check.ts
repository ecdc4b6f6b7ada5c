/**
 * budget-check check FILE… [--json] [--tolerance N] [--reason-threshold P] — docs/design.md §6.
 * Exit 0: no error findings; 1: at least one error; 2: a file could not be read, or bad usage.
 * Files are only read, never written.
 */
import { type Command, InvalidArgumentError } from 'commander';
import type { AnalyzeOptions, Table } from '../../engine';
import { WorkbookReadError } from '../../xlsx/load';
import { analyzeTextFile, analyzeXlsxFile, isNarrativeTextFile, type FileReport } from '../analyze';
import { formatHumanReport, formatJsonReport } from '../report';

export const EXIT_CLEAN = 0;
export const EXIT_ERRORS_FOUND = 1;
export const EXIT_UNREADABLE = 2;

export function parseTolerance(raw: string): number {
  const n = Number(raw.replace(/，/g, ','));
  if (raw.trim() === '' || !Number.isFinite(n) || n < 0) {
    throw new InvalidArgumentError(`--tolerance 需要一个不小于 0 的数字（表格自身单位），例如 --tolerance 0.01，而不是“${raw}”。`);
  }
  return n;
}

export function parseReasonThreshold(raw: string): number {
  const n = Number(raw.replace(/[%％]$/, ''));
  if (raw.trim() === '' || !Number.isFinite(n) || n < 0) {
    throw new InvalidArgumentError(`--reason-threshold 需要一个不小于 0 的百分数，例如 --reason-threshold 10，而不是“${raw}”。`);
  }
  return n;
}

interface CheckOptions {
  json?: boolean;
  tolerance?: number;
  reasonThreshold?: number;
}

/** Reads every file; workbooks first, so that text files are checked against their tables. */
async function checkFiles(files: string[], options: AnalyzeOptions): Promise<{ reports: FileReport[]; unreadable: string[] }> {
  const reports = new Map<string, FileReport>();
  const unreadable: string[] = [];
  const tables: Table[] = [];
  const record = (e: unknown) => {
    if (e instanceof WorkbookReadError) unreadable.push(e.message);
    else throw e;
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

export function registerCheckCommand(program: Command): void {
  program
    .command('check')
    .description('检查工作簿中的部门预算/决算表：识别各表并校核合计（退出码 0 无错误，1 有错误，2 文件无法读取）')
    .argument('<files...>', '.xlsx 工作簿（也可以是情况说明 .txt / .md / .docx）')
    .option('--json', '以一个 JSON 对象输出结果')
    .option('--tolerance <n>', '合计允许的误差（表格自身单位），默认按四舍五入位数自动确定', parseTolerance)
    .option('--reason-threshold <percent>', '情况说明中增减幅度达到多少（%）须写明原因，默认 10', parseReasonThreshold)
    .action(async (files: string[], opts: CheckOptions) => {
      const { reports, unreadable } = await checkFiles(files, { tolerance: opts.tolerance, reasonThreshold: opts.reasonThreshold });
      for (const message of unreadable) process.stderr.write(message + '\n');
      // With --json there is always exactly one object on stdout, even when no file could be read.
      if (opts.json) process.stdout.write(formatJsonReport(reports));
      else if (reports.length) process.stdout.write(formatHumanReport(reports));
      const hasError = reports.some((r) => r.findings.some((f) => f.severity === 'error'));
      process.exitCode = unreadable.length ? EXIT_UNREADABLE : hasError ? EXIT_ERRORS_FOUND : EXIT_CLEAN;
    });
}
