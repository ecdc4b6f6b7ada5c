/** grid → Table[]: finds every standard budget table in a workbook. (Implemented in issue 2.) */
import type { WorkbookGrids } from '../grid/types';
import type { Table } from './types';

export * from './types';

export function recognizeWorkbook(_wb: WorkbookGrids): Table[] {
  return [];
}
