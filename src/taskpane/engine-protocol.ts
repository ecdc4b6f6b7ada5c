/**
 * The messages between the pane and the engine worker. Grids go over in pieces of about
 * CELLS_PER_MESSAGE cells (a sheet, then its rows in slices), so the pane can let the browser
 * handle input between them: copying a whole long sheet into one message would hold the main
 * thread for as long as the copy takes. Every message carries its check's number (`job`).
 */
import type { AnalyzeOptions } from '../engine/findings';
import type { Cell, SheetGrid, WorkbookGrids } from '../engine/grid/types';
import type { CheckOutput, EnginePhase } from './check-job';
import type { CellMark } from '../port';

const CELLS_PER_MESSAGE = 10_000;

export type ToEngine =
  /** A new check begins: the workbook's name; its sheets follow. */
  | { type: 'begin'; job: number; name?: string }
  /** The next sheet, without its rows. */
  | { type: 'sheet'; job: number; sheet: Omit<SheetGrid, 'rows'> }
  /** The next rows of the last sheet. */
  | { type: 'rows'; job: number; rows: (Cell | undefined)[][] }
  /** The grids are complete: run the engine. */
  | { type: 'check'; job: number; options: AnalyzeOptions }
  /** The cell marks of that check's findings. */
  | { type: 'marks'; job: number };

export type FromEngine =
  | { type: 'phase'; job: number; phase: EnginePhase }
  | { type: 'done'; job: number; output: CheckOutput }
  | { type: 'marks'; job: number; marks: CellMark[] }
  | { type: 'failed'; job: number; message: string };

/** The messages that carry a workbook's grids, then the check itself. */
export function* checkMessages(job: number, grids: WorkbookGrids, options: AnalyzeOptions, cellsPerMessage = CELLS_PER_MESSAGE): Generator<ToEngine> {
  yield { type: 'begin', job, name: grids.name };
  for (const { rows, ...sheet } of grids.sheets) {
    yield { type: 'sheet', job, sheet };
    let start = 0;
    while (start < rows.length) {
      let end = start;
      let cells = 0;
      // Every row counts as a cell at least, so sheets of empty rows are sliced too.
      while (end < rows.length && cells < cellsPerMessage) cells += (rows[end++]?.length ?? 0) + 1;
      yield { type: 'rows', job, rows: rows.slice(start, end) };
      start = end;
    }
  }
  yield { type: 'check', job, options };
}

/** Puts the grids of one check together again from its messages. */
export class GridsAssembly {
  private grids: WorkbookGrids = { sheets: [] };

  constructor(readonly job: number, name?: string) {
    this.grids.name = name;
  }

  addSheet(sheet: Omit<SheetGrid, 'rows'>): void {
    this.grids.sheets.push({ ...sheet, rows: [] });
  }

  addRows(rows: (Cell | undefined)[][]): void {
    const target = this.grids.sheets[this.grids.sheets.length - 1].rows;
    const base = target.length;
    target.length = base + rows.length;
    // forEach skips holes: a row the pane never read stays a hole, as it was.
    rows.forEach((r, i) => (target[base + i] = r));
  }

  result(): WorkbookGrids {
    return this.grids;
  }
}
