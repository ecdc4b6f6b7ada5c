/**
 * budget-check codes [--year Y] [PREFIX]      — prints the code catalog with each entry's source.
 * budget-check codes import FILE [--year Y]   — stores an official 《政府收支分类科目》 (.xlsx / .csv)
 *                                               under the user's config folder; it then takes
 *                                               precedence over the shipped catalog.
 */
import { basename, extname } from 'node:path';
import type { Command } from 'commander';
import {
  CodeCatalog,
  csvToGrid,
  importCatalogFromGrids,
  type CatalogImport,
  type CatalogSystem,
} from '../../engine/catalog';
import type { WorkbookGrids } from '../../engine/grid/types';
import { decodeText } from '../../io/decode-text';
import { readInputBytes, readWorkbookGrids } from '../../xlsx/node-file';
import { saveImportedCatalog } from '../config';
import { defineCommand } from '../command';
import { loadEngineOptions, type EngineFlags } from '../options';

const SYSTEMS: { system: CatalogSystem; title: string }[] = [
  { system: 'function', title: '支出功能分类科目' },
  { system: 'economic', title: '部门预算支出经济分类科目' },
  { system: 'gov-economic', title: '政府预算支出经济分类科目' },
  { system: 'revenue', title: '收入分类科目' },
];

const LEVEL_WORD = ['', '类', '款', '项'];

/** The catalog as printable lines: by system, codes sorted, each with its name and source. */
export function catalogListing(catalog: CodeCatalog, year: number | undefined, query: string | undefined): string[] {
  const lines: string[] = [];
  const byName = query !== undefined && !/^\d+$/.test(query);
  for (const { system, title } of SYSTEMS) {
    const rows: string[] = [];
    for (const code of catalog.allCodes(system)) {
      if (query !== undefined && !byName && !code.startsWith(query)) continue;
      const hit = catalog.lookup(system, code, year);
      if (!hit) continue;
      if (byName && !hit.name.includes(query)) continue;
      const indent = '  '.repeat(hit.level - 1);
      const extra = [hit.note, hit.uncertain ? '资料有分歧' : undefined, hit.formerNames.length ? `其他版本名称：${hit.formerNames.join('、')}` : undefined]
        .filter(Boolean)
        .join('；');
      const tags = hit.sources?.length ? `  来源 ${hit.sources.join('+')}` : '';
      rows.push(`${indent}${code}  ${hit.name}  [${LEVEL_WORD[hit.level]}]  ${hit.source}${tags}${extra ? `；${extra}` : ''}`);
    }
    if (rows.length) lines.push(`${title}（${rows.length} 条）`, ...rows, '');
  }
  return lines;
}

async function readCatalogGrids(file: string): Promise<WorkbookGrids> {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.txt') {
    return { name: basename(file), sheets: [csvToGrid(decodeText(await readInputBytes(file)), basename(file))] };
  }
  return (await readWorkbookGrids(file)).grids;
}

const SYSTEM_WORD: Record<string, string> = { function: '功能分类', economic: '部门经济分类', 'gov-economic': '政府经济分类' };

function importSummary(result: CatalogImport, path: string): string {
  const parts = Object.entries(result.counts)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${SYSTEM_WORD[s]} ${n} 条`);
  const lines = [`已导入 ${result.catalog.year} 年科目目录：${parts.join('、')}，保存在 ${path}。`];
  if (result.duplicates.length) lines.push(`有 ${result.duplicates.length} 个编码重复出现且名称不同，已保留第一次出现的名称：${result.duplicates.slice(0, 5).join('；')}`);
  return lines.join('\n');
}

async function runImport(file: string, year: number | undefined): Promise<void> {
  const grids = await readCatalogGrids(file);
  const today = new Date().toISOString().slice(0, 10);
  const result = importCatalogFromGrids(grids, { year, source: `导入目录 ${basename(file)}（${today} 导入）` });
  const path = await saveImportedCatalog(result.catalog);
  process.stdout.write(`${importSummary(result, path)}\n`);
}

async function runList(prefix: string | undefined, opts: EngineFlags): Promise<void> {
  const { importedCatalogs, editionYear } = await loadEngineOptions(opts);
  const lines = catalogListing(new CodeCatalog(importedCatalogs), editionYear, prefix?.trim() || undefined);
  if (!lines.length) {
    process.stdout.write(`目录中没有与“${prefix}”匹配的编码；可用 budget-check codes import 导入当年的《政府收支分类科目》。\n`);
    return;
  }
  process.stdout.write(lines.join('\n'));
}

export function registerCodesCommand(program: Command): void {
  const codes = defineCommand(program, {
    name: 'codes',
    description: '列出科目编码目录及每条的来源；可按编码前缀或名称查找',
    arguments: { '[prefix]': '编码前缀（如 2080505、208）或名称中的字（如 住房）' },
    engineFlags: ['year'],
    flagDescriptions: { year: '按哪一年的目录（默认最新）' },
    action: runList,
  });
  defineCommand(codes, {
    name: 'import',
    description: '导入财政部《政府收支分类科目》（.xlsx 或 .csv），以后优先使用',
    arguments: { '<file>': '.xlsx 或 .csv 文件' },
    engineFlags: ['year'],
    flagDescriptions: { year: '目录年份（文件标题里没有年份时必填）' },
    action: (file: string, opts: { year?: number }, cmd: Command) =>
      // --year may be parsed by the parent `codes` command (commander passes options down).
      runImport(file, opts.year ?? (cmd.parent?.opts() as { year?: number } | undefined)?.year),
  });
}
