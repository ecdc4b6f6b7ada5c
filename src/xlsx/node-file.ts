/**
 * Reading input files from disk for the command line (Node only: the task pane never imports this).
 * Every failure becomes a WorkbookReadError with one Chinese sentence naming the file.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type ExcelJS from 'exceljs';
import type { WorkbookGrids } from '../engine/grid/types';
import { collectGarbage, collectGarbageWhenHeapOver } from '../io/collect-garbage';
import { workbookToGrids } from './grids';
import { loadXlsx, WorkbookReadError, type LoadOptions } from './load';

function fsMessage(file: string, e: unknown): string {
  const code = (e as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return `找不到文件“${file}”：请检查文件名和路径。`;
    case 'EISDIR':
      return `“${file}”是一个文件夹，不是文件：请指定其中的 .xlsx 文件。`;
    case 'EACCES':
    case 'EPERM':
      return `没有权限读取文件“${file}”：请检查文件权限或先关闭占用它的程序。`;
    default:
      return `无法读取文件“${file}”：请确认文件存在且未被占用。`;
  }
}

/** The bytes of a file, with a Chinese message for a missing file, a folder or a locked file. */
export async function readInputBytes(file: string): Promise<Uint8Array> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    return new Uint8Array(await readFile(file));
  } catch (e) {
    throw new WorkbookReadError(fsMessage(file, e));
  }
}

/** Parses the bytes of an .xlsx file; the message of a bad file starts with the file's name. */
export async function openWorkbook(file: string, bytes: Uint8Array, options?: LoadOptions): Promise<ExcelJS.Workbook> {
  try {
    return await loadXlsx(bytes, options);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw new WorkbookReadError(`${basename(file)}：${e.message}`);
    throw e;
  }
}

/** A heap over this once ExcelJS has parsed a file is collected before ExcelJS builds its worksheets. */
const PARSED_HEAP_TO_COLLECT = 64 * 2 ** 20;

/**
 * The grids of a workbook file. Garbage is collected twice on the way. Inside ExcelJS's load, once
 * it has parsed the file and before it builds its worksheets: the unzipped XML and the parser's
 * garbage (up to ~110 MB of a 130–230 MB heap on the 100,000-line sheet) would otherwise lie under the
 * worksheets, and the process peaked there (357–442 MB; 351–362 MB with the collection). Then once
 * it has loaded (the parsed model, ~30 MB there), so that the grids take its place.
 */
async function gridsOfFile(file: string, bytes: Uint8Array): Promise<WorkbookGrids> {
  const workbook = await openWorkbook(file, bytes, { beforeWorksheetsBuilt: () => collectGarbageWhenHeapOver(PARSED_HEAP_TO_COLLECT) });
  collectGarbage();
  return workbookToGrids(workbook, basename(file));
}

/**
 * Reads an .xlsx file as engine grids. The ExcelJS workbook is dropped before this returns: on a
 * large sheet it is several times the size of the grids, and the engine does not need it (commands
 * that write a copy open the bytes again with openWorkbook). Its memory is collected here, before
 * the engine allocates its own (see collectGarbage) — once gridsOfFile has returned: a finished
 * async function no longer holds the workbook, while this one's frame could.
 */
export async function readWorkbookGrids(file: string): Promise<{ bytes: Uint8Array; grids: WorkbookGrids }> {
  const bytes = await readInputBytes(file);
  const grids = await gridsOfFile(file, bytes);
  collectGarbage();
  return { bytes, grids };
}
