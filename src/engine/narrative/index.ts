/** 情况说明: drafting from tables and checking existing text against them (issue 5). */
import type { EngineOptions, Finding } from '../findings';
import type { WorkbookGrids } from '../grid/types';
import type { Table } from '../recognize/types';

export interface DraftSection {
  heading: string;
  paragraphs: string[];
}

export interface Draft {
  title: string;
  sections: DraftSection[];
}

export interface DraftOptions {
  /** Tables of the prior year's workbook, for 比上年 sentences. */
  prior?: Table[];
}

export function draftNarrative(_tables: Table[], _options: DraftOptions = {}): Draft {
  return { title: '', sections: [] };
}

/** Finds 情况说明 text in the workbook and checks it against the tables and its own arithmetic. */
export function checkNarrative(_wb: WorkbookGrids, _tables: Table[], _options: EngineOptions = {}): Finding[] {
  return [];
}
