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
