/** CSV (or tab-separated) text → a sheet grid, so imported CSV files go through the same reader as sheets. */
import type { Cell, SheetGrid } from '../grid/types';

/** RFC 4180 fields: quoted fields, doubled quotes, CRLF or LF; a leading BOM is dropped. */
export function parseDelimited(text: string, delimiter?: string): string[][] {
  const src = text.replace(/^\uFEFF/, '');
  const firstLine = src.slice(0, src.search(/\r?\n|$/));
  const sep = delimiter ?? (firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export function csvToGrid(text: string, name = 'CSV'): SheetGrid {
  const table = parseDelimited(text);
  const rows: (Cell | undefined)[][] = table.map((r) => r.map((f) => (f.trim() === '' ? undefined : { value: f, text: f })));
  const colCount = Math.max(0, ...table.map((r) => r.length));
  return { name, rowCount: rows.length, colCount, rows, merges: [] };
}
