/**
 * budget-check mark FILE.xlsx -o OUT.xlsx — a copy of the workbook with every finding's cell filled
 * by severity and explained in a note. Values and formulas are untouched; the input is never written.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { WorkbookReadError } from '../../xlsx/load';
import { markFindings } from '../../xlsx/marks';
import { openWorkbook } from '../../xlsx/node-file';
import { analyzeXlsxFile } from '../analyze';
import { parseTolerance, EXIT_UNREADABLE } from './check';

interface MarkOptions {
  output: string;
  tolerance?: number;
}

async function markFile(file: string, opts: MarkOptions): Promise<string> {
  if (resolve(file) === resolve(opts.output)) {
    throw new WorkbookReadError('输出文件不能与输入文件相同：请用 -o 指定另一个文件名，原文件不会被改动。');
  }
  const { bytes, report } = await analyzeXlsxFile(file, { tolerance: opts.tolerance });
  const workbook = await openWorkbook(file, bytes);
  const { marked } = markFindings(workbook, report.findings);
  try {
    await workbook.xlsx.writeFile(opts.output);
  } catch {
    throw new WorkbookReadError(`无法写入“${opts.output}”：请检查文件夹是否存在、文件是否正在 Excel 中打开。`);
  }
  const n = (s: string) => report.findings.filter((f) => f.severity === s).length;
  return report.findings.length
    ? `已在 ${marked} 个单元格标出问题（错误 ${n('error')}，警告 ${n('warning')}，提示 ${n('info')}），另存为 ${opts.output}。`
    : `没有发现问题，已原样另存为 ${opts.output}。`;
}

export function registerMarkCommand(program: Command): void {
  program
    .command('mark')
    .description('另存一份工作簿，把每个问题所在单元格标上颜色并加批注说明（原文件不改动）')
    .argument('<file>', '.xlsx 工作簿')
    .requiredOption('-o, --output <out>', '另存的 .xlsx 文件')
    .option('--tolerance <n>', '合计允许的误差（表格自身单位）', parseTolerance)
    .action(async (file: string, opts: MarkOptions) => {
      try {
        process.stdout.write((await markFile(file, opts)) + '\n');
      } catch (e) {
        if (!(e instanceof WorkbookReadError)) throw e;
        process.stderr.write(e.message + '\n');
        process.exitCode = EXIT_UNREADABLE;
      }
    });
}
