/**
 * Loading .xlsx bytes with ExcelJS, turning every failure into a clear Chinese message. ExcelJS
 * itself is loaded on the first call: the command line answers --help, and the pane paints, without it.
 */
import type ExcelJS from 'exceljs';
import { loadNumberFormats } from './numfmt';

export class WorkbookReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookReadError';
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** True when the bytes contain `name` written in UTF-16LE, as OLE directory entries are. */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const needle = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) needle[i * 2] = name.charCodeAt(i);
  const first = needle[0];
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * An OLE compound file is either an .xlsx protected by an open password (Office stores those as
 * an `EncryptedPackage` stream) or an old binary .xls / .doc.
 */
function oleMessage(bytes: Uint8Array): string {
  if (hasUtf16Name(bytes, 'EncryptedPackage') || hasUtf16Name(bytes, 'EncryptionInfo')) {
    return '文件设有打开密码（已加密），无法读取：请在 Excel 中取消密码后另存为 .xlsx 再试。';
  }
  return '文件是旧版 .xls（或其他 Office 二进制）格式，无法读取：请在 Excel 中另存为 .xlsx 后再试。';
}

export interface LoadOptions {
  /**
   * Called inside ExcelJS's load once every part of the file is parsed, before ExcelJS builds its
   * worksheets from what it parsed: the unzipped XML and the parser's work are dead then, while only
   * the parsed model is alive (the command line collects garbage here, src/xlsx/node-file.ts).
   */
  beforeWorksheetsBuilt?: () => void;
}

/**
 * ExcelJS 4.4's `xlsx.load` unzips and parses every part, calls its own `reconcile(model)` (shared
 * strings and styles into the parsed cells), then builds the worksheets from the model. The hook
 * runs right after `reconcile`, on this workbook's reader only; without such a method (another
 * ExcelJS), nothing is called and the load is the same.
 */
function runBeforeWorksheetsBuilt(wb: ExcelJS.Workbook, hook: () => void): void {
  const reader = wb.xlsx as unknown as { reconcile?: (...args: unknown[]) => unknown };
  const reconcile = reader.reconcile;
  if (typeof reconcile !== 'function') return;
  reader.reconcile = function (this: unknown, ...args: unknown[]) {
    const result = reconcile.apply(this, args);
    hook();
    return result;
  };
}

/** Reads .xlsx bytes. Throws WorkbookReadError with a one-line Chinese explanation on bad input. */
export async function loadXlsx(data: Uint8Array | ArrayBuffer, options: LoadOptions = {}): Promise<ExcelJS.Workbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length === 0) throw new WorkbookReadError('文件是空的（0 字节），不是 Excel 工作簿。');
  if (startsWith(bytes, OLE_MAGIC)) throw new WorkbookReadError(oleMessage(bytes));
  if (!startsWith(bytes, ZIP_MAGIC)) {
    throw new WorkbookReadError('文件不是 .xlsx 工作簿（可能是 CSV、文本或其他格式改了扩展名）：请在 Excel 中另存为 .xlsx 后再试。');
  }
  const [{ default: exceljs }] = await Promise.all([import(/* webpackChunkName: "exceljs" */ 'exceljs'), loadNumberFormats()]);
  const wb = new exceljs.Workbook();
  if (options.beforeWorksheetsBuilt) runBeforeWorksheetsBuilt(wb, options.beforeWorksheetsBuilt);
  try {
    // ExcelJS accepts a Buffer in Node and an ArrayBuffer in the browser.
    const input =
      typeof Buffer !== 'undefined'
        ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
        : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    await wb.xlsx.load(input as ArrayBuffer);
  } catch {
    throw new WorkbookReadError('文件已损坏，无法作为 .xlsx 读取：请在 Excel 中打开并另存后再试。');
  }
  if (wb.worksheets.length === 0) {
    throw new WorkbookReadError('文件里没有工作表（可能是其他 Office 文件改了扩展名）：请确认选的是 Excel 工作簿。');
  }
  return wb;
}
