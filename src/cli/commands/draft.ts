/**
 * budget-check draft FILE.xlsx [--prior PRIOR.xlsx] [-o OUT.md|OUT.docx] [--year Y] — docs/design.md §6.
 * Drafts the 情况说明 from the workbook's tables: Markdown on stdout, or a .md / .docx file with -o;
 * the notes for the clerk (never part of the text) on stderr.
 * Exit 0: drafted; 2: a file could not be read or written, no budget table was found, or bad usage.
 */
import { writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Command } from 'commander';
import { draftNarrative, draftToMarkdown } from '../../engine/narrative';
import { readWorkbookTables } from '../analyze';
import { defineCommand } from '../command';
import { CliError } from '../errors';
import { loadEngineOptions, type EngineFlags } from '../options';

interface DraftCommandOptions extends EngineFlags {
  prior?: string;
  output?: string;
}

async function runDraft(file: string, opts: DraftCommandOptions): Promise<void> {
  const ext = opts.output ? extname(opts.output).toLowerCase() : '';
  if (opts.output && ext !== '.md' && ext !== '.docx') throw new CliError(`-o 只能写 .md 或 .docx 文件，而不是“${opts.output}”。`);
  const current = await readWorkbookTables(file);
  if (current.tables.length === 0) throw new CliError(`${basename(file)}：没有识别到部门预算或决算表，无法起草情况说明。`);
  const prior = opts.prior ? (await readWorkbookTables(opts.prior)).tables : undefined;
  const { importedCatalogs, editionYear } = await loadEngineOptions(opts);
  const draft = draftNarrative(current.tables, { prior, grids: current.grids, importedCatalogs, editionYear });
  if (opts.output) {
    // The .docx writer is loaded only when a .docx is asked for.
    const bytes = ext === '.docx' ? await (await import('../../docx/write')).draftToDocx(draft) : new TextEncoder().encode(draftToMarkdown(draft));
    try {
      await writeFile(opts.output, bytes);
    } catch {
      throw new CliError(`无法写入“${opts.output}”：请检查路径是否存在、文件是否被其他程序占用。`);
    }
    process.stderr.write(`已写入情况说明草稿：${opts.output}\n`);
  } else {
    process.stdout.write(draftToMarkdown(draft));
  }
  // Notes for the clerk (how shares were rounded, names replaced, what is left to fill) are not part of the text.
  for (const note of draft.notes) process.stderr.write(`说明：${note}\n`);
}

export function registerDraftCommand(program: Command): void {
  defineCommand(program, {
    name: 'draft',
    description: '根据工作簿中的预算表起草情况说明（默认输出 Markdown；-o 可写 .md 或 .docx 文件）',
    arguments: { '<file>': '部门预算或部门决算 .xlsx 工作簿' },
    options: [
      { flags: '--prior <file>', description: '上年的部门预算或决算 .xlsx，用于“比上年增减”说明' },
      { flags: '-o, --output <file>', description: '输出文件：.md 或 .docx' },
    ],
    engineFlags: ['year'],
    action: runDraft,
  });
}
