/**
 * Columns of a table from its header: each column's role (序号, code parts, name, item, amounts …),
 * amount key and measure, and the blocks a row is printed in (收入 | 支出 halves, 人员经费 | 公用经费
 * halves of the national 决算 基本支出表).
 */
import type { Rect } from '../grid/types';
import type { Block, Column, ColumnRole, Measure } from './types';
import type { PlainColumnKey } from '../model/keys';
import type { SheetView } from './view';
import { basicSideOf, columnKeyOf, columnRoleOf, endsWithMeasureWord, measureOf, namesExpenseSide, namesIncomeSide } from './lexicon';
import { columnPath } from './header';
import { rememberedByText } from '../grid/remembered';

const LABEL_ROLES: ReadonlySet<ColumnRole> = new Set(['item', 'name', 'code', 'code-lei']);
const CODE_ROLES: ReadonlySet<ColumnRole> = new Set(['code', 'code-lei', 'code-kuan', 'code-xiang']);
const VALUE_ROLES: ReadonlySet<ColumnRole> = new Set(['amount', 'percent', 'quantity']);

/**
 * A hidden column of figures (an exporting system's helper or formula column) is not part of the
 * printed table: it is read as text, so it is summed into nothing and no finding rests on it. A
 * hidden code or name column keeps its role: it still tells each line's code.
 */
function hiddenFigures(view: SheetView, col: number, role: ColumnRole): ColumnRole {
  return VALUE_ROLES.has(role) && view.isColumnHidden(col) ? 'text' : role;
}

/** What a column's header path says, whatever sheet or column it is printed over. */
export interface PathReading {
  role: ColumnRole;
  groupKeys: readonly (PlainColumnKey | undefined)[];
  /** The amount key and measure, for an amount or percent column. */
  key?: PlainColumnKey;
  measure?: Measure;
}

const nearestKey = (keys: readonly (PlainColumnKey | undefined)[]) => [...keys].reverse().find((k) => k !== undefined);

export function readHeaderPath(path: string[]): PathReading {
  const label = path[path.length - 1];
  const role = columnRoleOf(label, path);
  // Each group's key read under the group above it: 公务用车购置及运行费 / 小计 is the vehicle group.
  const groupKeys: (PlainColumnKey | undefined)[] = [];
  for (const p of path.slice(0, -1)) groupKeys.push(columnKeyOf(p, nearestKey(groupKeys)));
  const reading: PathReading = { role, groupKeys };
  if (role === 'amount' || role === 'percent') {
    reading.key = columnKeyOf(label, nearestKey(groupKeys)) ?? 'amount';
    if (reading.key === 'amount' || endsWithMeasureWord(label)) reading.measure = measureOf(label);
    // 年初预算数 | 调整预算数 | 决算数 printed as groups over 合计 | 基本支出 | 项目支出: the nearest
    // group that is a measure label gives the measure of the columns under it.
    reading.measure ??= path
      .slice(0, -1)
      .filter((_, i) => groupKeys[i] === 'amount')
      .map(measureOf)
      .reverse()
      .find((m) => m !== undefined);
  }
  return reading;
}

/** Every table of a template prints the same header paths: each is read once (labels hold no line break). */
const readPathText = rememberedByText((joined) => readHeaderPath(joined.split('\n')));

/** A column drafted from its header path, with the keys of the header groups above it (top first). */
interface Draft {
  column: Column;
  groupKeys: readonly (PlainColumnKey | undefined)[];
}

function draftColumn(view: SheetView, header: Rect, col: number): Draft | undefined {
  const path = columnPath(view, header, col);
  if (path.length === 0) return undefined;
  const reading = readPathText(path.join('\n'));
  const role = hiddenFigures(view, col, reading.role);
  // Every field in the literal (undefined where the column has none): columns of one shape keep their readers monomorphic.
  const column: Column = { id: `c${col}`, col, role, path, label: path.join('/'), block: 0, key: undefined, measure: undefined, columnNumber: undefined };
  if (role === 'amount' || role === 'percent') {
    column.key = reading.key;
    if (reading.measure) column.measure = reading.measure;
  }
  return { column, groupKeys: reading.groupKeys };
}

/**
 * Qualifies keys that repeat inside a block with the key of their top header group ('fiscal.personnel').
 * The same key under two measures (合计 预算数 | 合计 决算数) is no repeat: the measure tells them apart.
 */
function qualifyRepeatedKeys(drafts: Draft[]): void {
  // Which columns repeat is decided on the keys as the headers name them, before any is qualified.
  const repeated = drafts.map(({ column: c }, i) => !!c.key && drafts.some(({ column: o }, j) => j !== i && o.block === c.block && o.key === c.key && o.measure === c.measure));
  drafts.forEach(({ column: c, groupKeys }, i) => {
    if (!repeated[i]) return;
    const top = groupKeys.find((k) => k !== undefined);
    if (top && top !== c.key) c.key = `${top}.${c.key as PlainColumnKey}`;
  });
}

function sideOf(columns: Column[]): Block['side'] {
  const tops = columns.map((c) => c.path[0] ?? '');
  if (tops.some((t) => basicSideOf(t) === 'personnel')) return 'personnel';
  if (tops.some((t) => basicSideOf(t) === 'public')) return 'public';
  if (tops.some(namesIncomeSide)) return 'income';
  if (tops.some(namesExpenseSide)) return 'expense';
  return undefined;
}

const SPLIT_ROLES: ColumnRole[] = ['code-lei', 'code-kuan', 'code-xiang'];

/**
 * Two or three adjacent code columns under one merged 科目编码 cell are the 类 | 款 | 项 parts of a
 * split code, whether or not a 类 / 款 / 项 label row says so (the national 决算 template prints that
 * row beside the 合计 line, so it is read as a body row, not as header).
 */
function splitMergedCodeColumns(drafts: Column[]): void {
  for (let i = 0; i < drafts.length; ) {
    let j = i;
    while (j + 1 < drafts.length && drafts[j + 1].col === drafts[j].col + 1 && drafts[j + 1].role === 'code' && drafts[i].role === 'code' && drafts[j + 1].label === drafts[i].label) j++;
    const run = j - i + 1;
    if (run === 2 || run === 3) for (let k = 0; k < run; k++) drafts[i + k].role = SPLIT_ROLES[k];
    i = j + 1;
  }
}

export interface ColumnLayout {
  columns: Column[];
  blocks: Block[];
}

/** Reads the columns under a header and splits them into blocks. */
export function readColumns(view: SheetView, header: Rect): ColumnLayout {
  const drafts: Draft[] = [];
  for (let c = header.left; c <= header.right; c++) {
    const d = draftColumn(view, header, c);
    if (d) drafts.push(d);
  }
  const columns = drafts.map((d) => d.column);
  splitMergedCodeColumns(columns);
  let block = 0;
  let hasValues = false;
  for (const c of columns) {
    if (LABEL_ROLES.has(c.role) && hasValues) {
      block++;
      hasValues = false;
    }
    c.block = block;
    if (VALUE_ROLES.has(c.role)) hasValues = true;
  }
  qualifyRepeatedKeys(drafts);
  const blocks: Block[] = [];
  for (let b = 0; b <= block; b++) {
    const cols = columns.filter((c) => c.block === b);
    const label = cols.find((c) => c.role === 'name') ?? cols.find((c) => c.role === 'item') ?? cols.find((c) => c.role === 'project-name');
    const entry: Block = {
      index: b,
      columns: cols.map((c) => c.id),
      codeColumns: cols.filter((c) => CODE_ROLES.has(c.role)).map((c) => c.id),
    };
    if (label) entry.labelColumn = label.id;
    if (block > 0) {
      const side = sideOf(cols);
      if (side) entry.side = side;
    }
    blocks.push(entry);
  }
  return { columns, blocks };
}
