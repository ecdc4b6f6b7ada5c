/**
 * budget-check fill FILE.xlsx -o OUT.xlsx [--json] [--year Y] — docs/design.md §6.
 * Writes a copy with every blank 科目名称 filled from its code; never overwrites a non-blank cell;
 * the input file is never modified. Exit 0 on success, 2 when a file cannot be read or written.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { planNameFill } from '../../engine/catalog';
import { applyNameWrites } from '../../xlsx/fill';
import { openWorkbook } from '../../xlsx/node-file';
import { readWorkbookTables } from '../analyze';
import { defineCommand } from '../command';
import { CliError } from '../errors';
import { loadEngineOptions, type EngineFlags } from '../options';

interface FillOptions extends EngineFlags {
  output: string;
  json?: boolean;
}

async function runFill(file: string, opts: FillOptions): Promise<void> {
  if (resolve(opts.output) === resolve(file)) {
    throw new CliError('输出文件不能与输入文件相同：请用 -o 指定另一个文件名，原文件不会被修改。');
  }
  const { bytes, tables } = await readWorkbookTables(file);
  const writes = planNameFill(tables, await loadEngineOptions(opts)).filter((w) => w.replaces === undefined);
  // The bytes read cleanly a moment ago: opened again only to write the copy.
  const workbook = await openWorkbook(file, bytes);
  const { applied, skipped } = applyNameWrites(workbook, writes);
  try {
    await writeFile(opts.output, new Uint8Array(await workbook.xlsx.writeBuffer()));
  } catch {
    throw new CliError(`无法写入输出文件“${opts.output}”：请检查路径和权限，或先关闭正在打开它的程序。`);
  }
  if (opts.json) {
    const out = { writes: applied.map((w) => ({ sheet: w.sheet, cell: w.cell, code: w.code, name: w.name })) };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  } else {
    const lines = applied.map((w) => `  ${w.sheet}!${w.cell}  ${w.code}  ${w.name}（${w.source}）`);
    for (const s of skipped) lines.push(`  未填写：${s.reason}`);
    const head = applied.length ? `已填写 ${applied.length} 个空白科目名称，另存为 ${opts.output}：` : `没有可填写的空白科目名称，已原样另存为 ${opts.output}。`;
    process.stdout.write([head, ...lines].join('\n') + '\n');
  }
}

export function registerFillCommand(program: Command): void {
  defineCommand(program, {
    name: 'fill',
    description: '另存一份工作簿，按科目编码填写空白的科目名称（不覆盖已有内容，不修改原文件）',
    arguments: { '<file>': '.xlsx 工作簿' },
    options: [
      { flags: '-o, --output <out>', description: '输出的 .xlsx 文件', required: true },
      { flags: '--json', description: '以 JSON 输出填写清单：{"writes":[{"sheet","cell","code","name"}]}' },
    ],
    engineFlags: ['year'],
    flagDescriptions: { year: '按哪一年的科目目录填写（默认取表格年度）' },
    action: runFill,
  });
}
