/**
 * Reading the text of a .docx (an explanation written in Word) for the command line, with mammoth:
 * one line per paragraph, so narrative findings can point at 'L<n>'. mammoth is loaded on the first
 * .docx read: a command that reads none does not load it.
 */

export class DocxReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocxReadError';
  }
}

/** The paragraphs of a .docx as plain text, one per line. */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const { default: mammoth } = await import('mammoth');
    const result = await mammoth.extractRawText({ buffer });
    return result.value.replace(/\n{2,}/g, '\n').trim();
  } catch {
    throw new DocxReadError('文件不是有效的 .docx 文档（可能已损坏或是旧版 .doc），无法读取其中的文字：请在 Word 中另存为 .docx 后再试。');
  }
}
