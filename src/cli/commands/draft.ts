/**
 * budget-check draft FILE.xlsx [--prior PRIOR.xlsx] [-o OUT.md|OUT.docx] — DESIGN §6.
 * Drafts the 情况说明 from the workbook's tables: Markdown on stdout, or a .md / .docx file with -o.
 * Exit 0: drafted; 2: a file could not be read or written, no budget table was found, or bad usage.
 */
import { writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Command } from 'commander';
import { recognizeWorkbook } from '../../engine/recognize';
import { draftNarrative, draftToMarkdown, inferReportYear } from '../../engine/narrative';
import { draftToDocx } from '../../docx/write';
import { WorkbookReadError } from '../../xlsx/load';
import { readWorkbookGrids } from '../../xlsx/node-file';

interface DraftCommandOptions {
  prior?: string;
  output?: string;
}

async function readTables(file: string) {
  const { grids } = await readWorkbookGrids(file);
  return { grids, tables: recognizeWorkbook(grids) };
}

function fail(message: string): void {
  process.stderr.write(message + '\n');
  process.exitCode = 2;
}

export function registerDraftCommand(program: Command): void {
  program
    .command('draft')
    .description('根据工作簿中的预算表起草情况说明（默认输出 Markdown；-o 可写 .md 或 .docx 文件）')
    .argument('<file>', '部门预算 .xlsx 工作簿')
    .option('--prior <file>', '上年部门预算 .xlsx，用于“比上年增减”说明')
    .option('-o, --output <file>', '输出文件：.md 或 .docx')
    .action(async (file: string, opts: DraftCommandOptions) => {
      const ext = opts.output ? extname(opts.output).toLowerCase() : '';
      if (opts.output && ext !== '.md' && ext !== '.docx') {
        fail(`-o 只能写 .md 或 .docx 文件，而不是“${opts.output}”。`);
        return;
      }
      try {
        const current = await readTables(file);
        if (current.tables.length === 0) {
          fail(`${basename(file)}：没有识别到部门预算表，无法起草情况说明。`);
          return;
        }
        const prior = opts.prior ? (await readTables(opts.prior)).tables : undefined;
        const draft = draftNarrative(current.tables, { prior, year: inferReportYear(current.grids, current.tables) });
        if (!opts.output) {
          process.stdout.write(draftToMarkdown(draft));
          return;
        }
        const bytes = ext === '.docx' ? await draftToDocx(draft) : new TextEncoder().encode(draftToMarkdown(draft));
        try {
          await writeFile(opts.output, bytes);
        } catch {
          fail(`无法写入“${opts.output}”：请检查路径是否存在、文件是否被其他程序占用。`);
          return;
        }
        process.stderr.write(`已写入情况说明草稿：${opts.output}\n`);
      } catch (e) {
        if (e instanceof WorkbookReadError) fail(e.message);
        else throw e;
      }
    });
}
