/**
 * The “三公” table a 情况说明 page prints above its text, pasted one cell a line (a web page
 * flattened: "项 目 |", "预 算 数 |", "决 算 数 |", "合 计 |", "49.9 |", "7.69 |", "因公出国(境)费 |",
 * "20 |", "|" for an empty cell …; or each cell on its own line with "|" lines between). Its figures
 * are what the text's comparisons refer to ("与2021年度预算相比无增减"), so they are read as figures
 * of the text — but only when the table can be read for certain:
 *
 * - a header of 项目 and measure columns (预算数, 决算数, 年初预算数 …) with a 单位 line before it,
 *   the table's year in its title (else the report's);
 * - rows of a “三公” label and exactly one cell per column (number or empty; a row cut off by the
 *   end of the table is dropped);
 * - every column adding up: 合计 = 因公出国 + 公务接待 + 公务用车 (an empty cell is 0), and 公务用车 =
 *   购置 + 运行 where both are given.
 *
 * A table that fails any of these is not read at all: its figures are then unknown, never guessed.
 */
import { parseUnit } from '../../grid/units';
import type { Unit } from '../../recognize/types';
import { toFen } from '../../model/money';
import { halfUnitOf } from './figures';
import type { Passage } from './join';
import { subjectOf, type Core } from './subjects';
import type { AmountToken, Measure } from './tokens';
import { isThreePublicTotalLabel, ITEM_HEADER, measureHeader, OF_WHICH_START, TABLE_TITLE_END, UNIT_LINE_START, YEAR_OF_TITLE } from './words';

interface Cell {
  text: string;
  para: number;
}

const MEASURE_NAMES: Record<Measure, string> = {
  budget: '预算数',
  'initial-budget': '年初预算数',
  'adjusted-budget': '调整预算数',
  final: '决算数',
  execution: '执行数',
};

const compact = (p: Passage) => p.half.replace(/\s+/g, '');

/** The cells from passage `from` on, in one of the two flattened layouts; stops at the first passage of prose. */
function cellsFrom(passages: readonly Passage[], from: number): Cell[] {
  const first = compact(passages[from]);
  const cells: Cell[] = [];
  if (first.endsWith('|')) {
    // "项 目 |": every passage is a cell, "|" alone an empty one.
    for (let i = from; i < passages.length; i++) {
      const t = compact(passages[i]);
      if (!t.endsWith('|') || t.slice(0, -1).includes('|')) break;
      cells.push({ text: t.slice(0, -1), para: i });
    }
    return cells;
  }
  // "项 目" / "|" / "预 算 数" / "|": cells between "|" passages, "|" after "|" an empty cell.
  let expectCell = true;
  for (let i = from; i < passages.length; i++) {
    const t = compact(passages[i]);
    if (t === '|') {
      if (expectCell) cells.push({ text: '', para: i });
      expectCell = true;
      continue;
    }
    if (!expectCell || t.includes('|')) break;
    cells.push({ text: t, para: i });
    expectCell = false;
  }
  return cells;
}

const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** The “三公” item a row label names (合计 is the total), undefined for anything else. */
function rowCore(label: string): Core | undefined {
  const t = label.replace(OF_WHICH_START, '');
  if (isThreePublicTotalLabel(t)) return 'three-public';
  const core = subjectOf(t).core;
  return core === 'abroad' || core === 'reception' || core === 'vehicle' || core === 'vehicle-purchase' || core === 'vehicle-operation' ? core : undefined;
}

interface Row {
  core: Core;
  label: Cell;
  values: (Cell | undefined)[];
}

/** The year and unit stated in the few passages above the header. */
function above(passages: readonly Passage[], header: number): { year?: number; unit?: Unit } {
  let year: number | undefined;
  let unit: Unit | undefined;
  for (let i = header - 1; i >= Math.max(0, header - 3); i--) {
    const t = compact(passages[i]);
    if (UNIT_LINE_START.test(t) && !unit) unit = parseUnit(t);
    const y = YEAR_OF_TITLE.exec(t);
    if (y && year === undefined && TABLE_TITLE_END.test(t)) year = Number(y[1]);
  }
  return { ...(year ? { year } : {}), ...(unit ? { unit } : {}) };
}

function fenOf(cell: Cell | undefined, unit: Unit): number {
  return cell && cell.text !== '' ? toFen(Number(cell.text), unit) : 0;
}

function halfOf(cell: Cell | undefined, unit: Unit): number {
  if (!cell || cell.text === '') return 0;
  return halfUnitOf({ unit, decimals: cell.text.split('.')[1]?.length ?? 0 });
}

/** Whether every column adds up: 合计 = the three items, 公务用车 = 购置 + 运行 where both are given. */
function addsUp(rows: readonly Row[], columns: number, unit: Unit): boolean {
  const by = new Map(rows.map((r) => [r.core, r]));
  const total = by.get('three-public');
  const items = (['abroad', 'reception', 'vehicle'] as const).map((c) => by.get(c));
  if (!total || items.some((r) => !r)) return false;
  for (let c = 0; c < columns; c++) {
    const parts = items.map((r) => r!.values[c]);
    const sum = parts.reduce((s, p) => s + fenOf(p, unit), 0);
    const allowance = parts.reduce((s, p) => s + halfOf(p, unit), 0) + halfOf(total.values[c], unit);
    if (Math.abs(fenOf(total.values[c], unit) - sum) > allowance) return false;
    const purchase = by.get('vehicle-purchase');
    const operation = by.get('vehicle-operation');
    if (purchase && operation) {
      const v = by.get('vehicle')!.values[c];
      const both = [purchase.values[c], operation.values[c]];
      const allow = both.reduce((s, p) => s + halfOf(p, unit), 0) + halfOf(v, unit);
      if (Math.abs(fenOf(v, unit) - both.reduce((s, p) => s + fenOf(p, unit), 0)) > allow) return false;
    }
  }
  return true;
}

/** The figures of one table whose header starts at passage `header`; empty when it cannot be read for certain. */
function readTable(passages: readonly Passage[], header: number, reportYear: number, sentence: () => number): AmountToken[] {
  const cells = cellsFrom(passages, header);
  const measures: Measure[] = [];
  let i = 1;
  for (; i < cells.length; i++) {
    const m = measureHeader(cells[i].text);
    if (!m) break;
    measures.push(m);
  }
  const { year, unit } = above(passages, header);
  if (measures.length === 0 || !unit) return [];
  const rows: Row[] = [];
  while (i < cells.length) {
    const core = rowCore(cells[i].text);
    if (!core) break;
    const values = cells.slice(i + 1, i + 1 + measures.length);
    // A row cut off where the table ends (the page's excerpt) is not read.
    if (values.length < measures.length) break;
    if (values.some((v) => v.text !== '' && !NUMBER.test(v.text))) return [];
    if (rows.some((r) => r.core === core)) return [];
    rows.push({ core, label: cells[i], values: values.map((v) => (v.text === '' ? undefined : v)) });
    i += 1 + measures.length;
  }
  if (!addsUp(rows, measures.length, unit)) return [];
  const tokens: AmountToken[] = [];
  for (const row of rows) {
    row.values.forEach((cell, c) => {
      if (!cell) return;
      const value = Number(cell.text);
      const decimals = cell.text.split('.')[1]?.length ?? 0;
      const subject = subjectOf(row.core === 'three-public' ? '“三公”经费' : row.label.text.replace(OF_WHICH_START, ''));
      tokens.push({
        type: 'amount',
        para: cell.para,
        start: 0,
        end: cell.text.length,
        depth: 0,
        sentence: sentence(),
        raw: `${cell.text}${unit}`,
        value,
        unit,
        decimals,
        fen: toFen(value, unit),
        role: 'value',
        label: `表中${row.label.text.replace(OF_WHICH_START, '')}${MEASURE_NAMES[measures[c]]}`,
        subject,
        inherited: false,
        year: year ?? reportYear,
        measure: measures[c],
        inReason: false,
        fromTable: true,
      });
    });
  }
  return tokens;
}

/** Every flattened “三公” table of a document that can be read for certain, as figures. */
export function readInlineTables(passages: readonly Passage[], reportYear: number): AmountToken[] {
  let next = -1;
  // Figures of a table belong to no sentence of the prose: each gets one of its own.
  const sentence = () => next--;
  const out: AmountToken[] = [];
  passages.forEach((p, i) => {
    // Compacted only when it can be the header: a passage whose first character is 项 (most are prose).
    if (p.half.trimStart().startsWith('项') && ITEM_HEADER.test(compact(p))) out.push(...readTable(passages, i, reportYear, sentence));
  });
  return out;
}
