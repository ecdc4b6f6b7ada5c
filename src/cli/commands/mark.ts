/**
 * budget-check mark FILE.xlsx -o OUT.xlsx — a copy of the workbook with every finding's cell filled
 * by severity and explained in a note. Values and formulas are untouched; the input is never written.
 * It finds what `check` finds: the same options, the same imported catalogs.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { SEVERITIES, SEVERITY_LABEL } from '../../engine/model';
import { countProblems, problemsOf } from '../../engine';
import { markFindings } from '../../xlsx/marks';
import { openWorkbook } from '../../xlsx/node-file';
import { analyzeXlsxFile } from '../analyze';
import { defineCommand } from '../command';
import { CliError } from '../errors';
import { loadEngineOptions, type EngineFlags } from '../options';

interface MarkOptions extends EngineFlags {
  output: string;
}

async function markFile(file: string, opts: MarkOptions): Promise<string> {
  if (resolve(file) === resolve(opts.output)) {
    throw new CliError('输出文件不能与输入文件相同：请用 -o 指定另一个文件名，原文件不会被改动。');
  }
  const { bytes, report } = await analyzeXlsxFile(file, await loadEngineOptions(opts));
  // The engine ran without the ExcelJS workbook: the bytes are opened again only to write the copy.
  const workbook = await openWorkbook(file, bytes);
  const { marked } = markFindings(workbook, report.findings);
  try {
    await workbook.xlsx.writeFile(opts.output);
  } catch {
    throw new CliError(`无法写入“${opts.output}”：请检查文件夹是否存在、文件是否正在 Excel 中打开。`);
  }
  const problems = problemsOf(report.findings);
  const counts = countProblems(problems);
  const bySeverity = SEVERITIES.map((s) => `${SEVERITY_LABEL[s]} ${counts[s]}`).join('，');
  return problems.length
    ? `已在 ${marked} 个单元格标出 ${problems.length} 个问题（${bySeverity}），另存为 ${opts.output}。`
    : `没有发现问题，已原样另存为 ${opts.output}。`;
}

export function registerMarkCommand(program: Command): void {
  defineCommand(program, {
    name: 'mark',
    description: '另存一份工作簿，把每个问题所在单元格标上颜色并加批注说明（原文件不改动）',
    arguments: { '<file>': '.xlsx 工作簿' },
    options: [{ flags: '-o, --output <out>', description: '另存的 .xlsx 文件', required: true }],
    engineFlags: ['tolerance', 'reasonThreshold', 'year'],
    action: async (file: string, opts: MarkOptions) => {
      process.stdout.write((await markFile(file, opts)) + '\n');
    },
  });
}
