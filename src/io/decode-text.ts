/**
 * The text of a file the user chose (a 情况说明 .txt / .md, a catalog .csv), in the command line and
 * in the pane alike: UTF-8 (with or without BOM), else GB18030 — what Chinese Excel and older Windows
 * editors save. GB18030 decodes any bytes, so the fallback never fails.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
