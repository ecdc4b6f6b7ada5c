/** Loading .xlsx bytes with ExcelJS, turning every failure into a clear Chinese message. */
import ExcelJS from 'exceljs';

export class WorkbookReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookReadError';
  }
}

const ZIP_MAGIC = [0x50, 0x4b];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Reads .xlsx bytes. Throws WorkbookReadError with a one-line Chinese explanation on bad input. */
export async function loadXlsx(data: Uint8Array | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length === 0) throw new WorkbookReadError('文件是空的（0 字节），不是 Excel 工作簿。');
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new WorkbookReadError('文件已加密（设有打开密码）或是旧版 .xls 格式：请在 Excel 中取消密码，或另存为 .xlsx 后再试。');
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    throw new WorkbookReadError('文件不是 .xlsx 工作簿（可能是 CSV、文本或其他格式改了扩展名）：请在 Excel 中另存为 .xlsx 后再试。');
  }
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS accepts a Buffer in Node and an ArrayBuffer in the browser.
    const input = typeof Buffer !== 'undefined' ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes.buffer;
    await wb.xlsx.load(input as ArrayBuffer);
  } catch {
    throw new WorkbookReadError('文件已损坏，无法作为 .xlsx 读取：请在 Excel 中打开并另存后再试。');
  }
  return wb;
}
