import type ExcelJS from 'exceljs';

/** One printed row of a sheet: '' leaves the cell empty. */
export type Row = (string | number)[];

/** Writes `rows` from A1 (figures formatted to two decimals, as published tables print them) and merges `merges`. */
export function putRows(ws: ExcelJS.Worksheet, rows: Row[], merges: string[] = []): void {
  rows.forEach((r, i) =>
    r.forEach((v, j) => {
      if (v === '') return;
      const cell = ws.getCell(i + 1, j + 1);
      cell.value = v;
      if (typeof v === 'number') cell.numFmt = '0.00';
    }),
  );
  for (const m of merges) ws.mergeCells(m);
}
