/**
 * A 合计 / 总计 / 小计 column equals the sum of its component columns, read from the header tree:
 * the summary column of a header group adds up the other columns of that group (a spanning
 * header without its own column counts as the sum of its columns). This covers 合计 = 基本支出 +
 * 项目支出 + 经营支出 + …, 合计 = 本年收入小计 + 上年结转, 小计 = Σ income sources, 合计 = 人员经费 +
 * 公用经费, 三公 合计 = 出国 + 公务用车 + 接待 and 公务用车 = 购置 + 运维, for every line; and beside last year's
 * figures, 本年 = 上年 + 比上年增减.
 */
import { normalizeLabel } from '../grid/text';
import type { Column, Line, Table, TableKind, Unit } from '../recognize/types';
import { isHorizontalThreePublic } from '../recognize/table';
import {
  itemNumbering,
  mentionsCarryover,
  namesBalance,
  namesChange,
  namesLastYear,
  namesShare,
  namesSummary,
  namesThisYear,
  namesTotal,
  saysBudget,
  threePublicKeyOf,
  yearNamed,
} from '../recognize/lexicon';
import { anyFigure, cellFen, moveTo, operand, type RuleContext } from './context';
import { amountColumns, byMeasure, figureLines, valueAt } from '../model/tables';
import { toFen } from '../model/money';
import { subject as say } from './messages';
import { rememberedByComparison, rememberedByText } from '../grid/remembered';
import { compared, notRun, type Outcome, type TableRule } from './rule';
import { isEmptyCell, reportBlankChanges } from './blank-change';

/** Kinds whose columns are not additive parts of a total (采购 lists 预留份额 beside the amounts). */
const SKIPPED_KINDS: TableKind[] = ['procurement', 'assets', 'performance'];

export interface HeaderGroup {
  label: string;
  column?: Column;
  children: HeaderGroup[];
}

export interface ColumnIdentity {
  total: Column;
  parts: Column[];
  rule: 'column-sum/total' | 'column-sum/subtotal' | 'column-sum/change';
}

/** What a header's own words say, read once per distinct text (grid/remembered). */
interface HeaderWords {
  summary: boolean;
  total: boolean;
  /** A 其中 column, a change against last year or a share: a part of nothing. */
  nonAdditive: boolean;
  threePublicKey: ReturnType<typeof threePublicKeyOf>;
}

const normalized = rememberedByText(normalizeLabel);

const headerWords = rememberedByText((text): HeaderWords => {
  const own = normalized(text);
  return {
    summary: namesSummary(own),
    total: namesTotal(own),
    nonAdditive: itemNumbering(own).ofWhich || namesChange(own) || namesShare(own),
    threePublicKey: threePublicKeyOf(own),
  };
});

function wordsOf(c: Column): HeaderWords {
  return headerWords(c.path.length ? c.path[c.path.length - 1] : c.label);
}

function isSummary(c: Column): boolean {
  return c.key === 'total' || c.key === 'subtotal' || wordsOf(c).summary;
}

/** Columns that are not parts of anything: 其中 columns, changes against last year. */
function isNonAdditive(c: Column): boolean {
  return wordsOf(c).nonAdditive;
}

/** 公务用车购置及运行费 (the group) or one of its parts, by key or by the words of its header. */
function vehicleRole(c: Column): 'vehicle' | 'part' | undefined {
  const key = c.key === 'vehicle' || c.key === 'vehicle-purchase' || c.key === 'vehicle-operation' ? c.key : wordsOf(c).threePublicKey;
  if (key === 'vehicle') return 'vehicle';
  if (key === 'vehicle-purchase' || key === 'vehicle-operation') return 'part';
  return undefined;
}

function pathOf(c: Column, byId: Map<string, Column>): string[] {
  const path = (c.path.length ? c.path : [c.label]).map(normalized);
  const parent = c.parent ? byId.get(c.parent) : undefined;
  if (parent) {
    const pp = (parent.path.length ? parent.path : [parent.label]).map(normalized);
    const nested = pp.length < path.length && pp.every((p, i) => path[i] === p);
    if (!nested) return [...pp, path[path.length - 1]];
  }
  return path;
}

export function buildHeaderTree(columns: Column[]): HeaderGroup {
  const root: HeaderGroup = { label: '', children: [] };
  const byId = new Map(columns.map((c) => [c.id, c]));
  const paths = new Map(columns.map((c) => [c, pathOf(c, byId)]));
  const ordered = [...columns].sort((a, b) => paths.get(a)!.length - paths.get(b)!.length || a.col - b.col);
  for (const c of ordered) {
    const path = paths.get(c)!;
    let node = root;
    for (let i = 0; i < path.length; i++) {
      const label = path[i];
      const existing = lastChildLabelled(node, label);
      if (i === path.length - 1) {
        if (existing && !existing.column) existing.column = c;
        else node.children.push({ label, column: c, children: [] });
      } else if (existing) {
        node = existing;
      } else {
        const created: HeaderGroup = { label, children: [] };
        node.children.push(created);
        node = created;
      }
    }
  }
  sortTree(root);
  return root;
}

/** The last child of a group with this label. */
function lastChildLabelled(g: HeaderGroup, label: string): HeaderGroup | undefined {
  for (let i = g.children.length - 1; i >= 0; i--) if (g.children[i].label === label) return g.children[i];
  return undefined;
}

/** Orders each group's children by their first column; returns the group's first column. */
function sortTree(g: HeaderGroup): number {
  const cols = g.children.map(sortTree);
  // Most groups are read in sheet order already: sorting them (stably) would change nothing.
  if (!ascending(cols)) {
    const order = g.children.map((ch, i) => ({ ch, at: cols[i] }));
    order.sort((a, b) => a.at - b.at);
    g.children = order.map((o) => o.ch);
  }
  return Math.min(g.column?.col ?? Infinity, ...cols);
}

function ascending(xs: readonly number[]): boolean {
  for (let i = 1; i < xs.length; i++) if (!(xs[i - 1] <= xs[i])) return false;
  return true;
}

/** A flat 公务用车购置及运行费 | 购置 | 运行 run of sibling columns becomes one group. */
function groupVehicleColumns(g: HeaderGroup): void {
  g.children.forEach(groupVehicleColumns);
  const i = g.children.findIndex((ch) => ch.column && ch.children.length === 0 && vehicleRole(ch.column) === 'vehicle');
  if (i < 0) return;
  const parts = g.children.filter((ch) => ch.column && ch.children.length === 0 && vehicleRole(ch.column) === 'part');
  if (parts.length === 0) return;
  const vehicle = g.children[i];
  vehicle.children = parts;
  g.children = g.children.filter((ch) => !parts.includes(ch));
}

/**
 * Walks the header tree; returns the columns whose sum is the group's value (null: ambiguous)
 * and collects the identities found on the way.
 */
function collect(g: HeaderGroup, out: ColumnIdentity[], ambiguous: string[]): Column[] | null {
  if (g.children.length === 0) return g.column ? [g.column] : [];
  const isTotal = (c: Column) => wordsOf(c).total || c.key === 'total';
  if (g.column) {
    const parts = sumOf(g.children, out, ambiguous);
    if (parts && parts.length) out.push({ total: g.column, parts, rule: isTotal(g.column) ? 'column-sum/total' : 'column-sum/subtotal' });
    return [g.column];
  }
  const summaries = g.children.filter((ch) => ch.column && ch.children.length === 0 && isSummary(ch.column));
  const others = g.children.filter((ch) => !summaries.includes(ch));
  const parts = sumOf(others, out, ambiguous);
  if (summaries.length === 0) return parts;
  if (summaries.length > 1) {
    ambiguous.push(summaries.map((s) => s.label).join('、'));
    return null;
  }
  const total = summaries[0].column as Column;
  if (parts && parts.length) out.push({ total, parts, rule: isTotal(total) ? 'column-sum/total' : 'column-sum/subtotal' });
  return [total];
}

function sumOf(groups: HeaderGroup[], out: ColumnIdentity[], ambiguous: string[]): Column[] | null {
  const cols: Column[] = [];
  let known = true;
  for (const g of groups) {
    const p = collect(g, out, ambiguous);
    if (p === null) known = false;
    else cols.push(...p);
  }
  return known ? cols : null;
}

/** The column identities of one block (given its amount columns), per measure. */
export function columnIdentities(columns: readonly Column[]): { identities: ColumnIdentity[]; ambiguous: string[] } {
  const identities: ColumnIdentity[] = [];
  const ambiguous: string[] = [];
  for (const group of byMeasure(columns.filter((c) => !isNonAdditive(c)))) {
    if (group.length < 2) continue;
    const tree = buildHeaderTree(group);
    groupVehicleColumns(tree);
    collect(tree, identities, ambiguous);
  }
  return { identities, ambiguous };
}

const namesChangeOfHeader = rememberedByText((label) => namesChange(normalizeLabel(label).replace(/、/g, '')));

/**
 * 上年 | 本年 | 比上年增、减金额 (or 2015年决算数 | 2016年决算数 | 增减额): the 本年 figure is the 上年 one plus the change.
 * Only when the block has exactly one change column in amounts (a 增减 beside a 预算 — 决算比预算增减 — is another
 * comparison) and its two years can be told apart.
 */
export function changeIdentity(columns: readonly Column[]): ColumnIdentity | undefined {
  const isChange = (c: Column) => namesChangeOfHeader(c.label);
  const changes = columns.filter(isChange);
  if (changes.length !== 1 || saysBudget(changes[0].label)) return undefined;
  // 上年结转 / 年初结转和结余 are sources of this year's money, not last year's figures.
  const figures = columns.filter((c) => !isChange(c) && !mentionsCarryover(c.label) && !namesBalance(c.label));
  let prior = figures.filter((c) => namesLastYear(c.label));
  let current = figures.filter((c) => namesThisYear(c.label));
  if (prior.length === 0 && current.length === 0) {
    const years = figures.map((c) => yearNamed(c.label));
    if (figures.length !== 2 || years.some((y) => y === undefined) || years[0] === years[1]) return undefined;
    [prior, current] = (years[0] as number) < (years[1] as number) ? [[figures[0]], [figures[1]]] : [[figures[1]], [figures[0]]];
  }
  if (prior.length !== 1 || current.length !== 1) return undefined;
  return { total: current[0], parts: [prior[0], changes[0]], rule: 'column-sum/change' };
}

/** The identities a block's header gives: its column sums and its change identity, if any. */
export interface HeaderIdentities {
  identities: ColumnIdentity[];
  ambiguous: string[];
  change?: ColumnIdentity;
}

/** Header identities with columns as positions in the block's list of amount columns. */
interface RememberedIdentities {
  identities: { total: number; parts: number[]; rule: ColumnIdentity['rule'] }[];
  ambiguous: string[];
  change?: { total: number; parts: number[]; rule: ColumnIdentity['rule'] };
}

/** What a remembered header kept of a column: every field the header readings read (ids only relate a column to its parent). */
interface KeptColumn {
  id: string;
  col: number;
  key: Column['key'];
  measure: Column['measure'];
  parent: string | undefined;
  label: string;
  path: readonly string[];
}

function keptColumn(c: Column): KeptColumn {
  return { id: c.id, col: c.col, key: c.key, measure: c.measure, parent: c.parent, label: c.label, path: c.path.slice() };
}

function sameColumn(c: Column, k: KeptColumn): boolean {
  if (c.id !== k.id || c.col !== k.col || c.key !== k.key || c.measure !== k.measure || c.parent !== k.parent || c.label !== k.label) return false;
  if (c.path.length !== k.path.length) return false;
  for (let i = 0; i < k.path.length; i++) if (c.path[i] !== k.path[i]) return false;
  return true;
}

function sameHeader(columns: readonly Column[], kept: readonly KeptColumn[]): boolean {
  if (columns.length !== kept.length) return false;
  for (let i = 0; i < kept.length; i++) if (!sameColumn(columns[i], kept[i])) return false;
  return true;
}

function readIdentities(columns: readonly Column[]): RememberedIdentities {
  const { identities, ambiguous } = columnIdentities(columns);
  const at = (c: Column) => columns.indexOf(c);
  const positions = (id: ColumnIdentity) => ({ total: at(id.total), parts: id.parts.map(at), rule: id.rule });
  const change = changeIdentity(columns);
  return { identities: identities.map(positions), ambiguous, ...(change ? { change: positions(change) } : {}) };
}

/**
 * The identities of a block's header as positions, remembered by the columns themselves under their
 * first column's label (compared field by field: a key string of every column's fields cost more than
 * the comparison it saved).
 */
const rememberedIdentities = rememberedByComparison<readonly Column[], KeptColumn[], RememberedIdentities>(
  (columns) => (columns.length ? columns[0].label : ''),
  (columns) => columns.map(keptColumn),
  sameHeader,
  readIdentities,
  1024,
);

/**
 * The identities of a block's header (`columnIdentities` and `changeIdentity`), remembered by the
 * header's columns, bounded as grid/remembered: every department's tables print the templates' headers,
 * and building the header tree of each (hot, and compiled again and again by the JIT as its shapes
 * vary) cost more than comparing their lines.
 */
export function headerIdentities(columns: readonly Column[]): HeaderIdentities {
  const known = rememberedIdentities(columns);
  const columnsOf = (id: RememberedIdentities['identities'][number]): ColumnIdentity => ({ total: columns[id.total], parts: id.parts.map((p) => columns[p]), rule: id.rule });
  return { identities: known.identities.map(columnsOf), ambiguous: [...known.ambiguous], ...(known.change ? { change: columnsOf(known.change) } : {}) };
}

/** The block's 增减额 identity (本年 = 上年 + 增减额), when its column reads as 本年 − 上年 on most of `lines`. */
export function differenceIdentity(table: Table, columns: readonly Column[], lines: Line[]): ColumnIdentity | undefined {
  const change = headerIdentities(columns).change;
  return change && readsAsDifference(table, lines, change) ? change : undefined;
}

/** What float arithmetic leaves of an exact difference, in 分. */
const FLOAT_NOISE_FEN = 2;

/**
 * The change column reads as 本年 − 上年 on most of its lines. When it does not — every 减少 printed as a positive
 * figure, or rates in a column whose head does not say % — it is the table's own way of showing the change, not a
 * slip of each line, and the difference is not checked.
 */
export function readsAsDifference(table: Table, lines: Line[], id: ColumnIdentity): boolean {
  const [prior, change] = id.parts;
  let lined = 0;
  let agree = 0;
  for (const line of lines) {
    const [k, p, c] = [valueAt(line, id.total), valueAt(line, prior), valueAt(line, change)];
    if (k === null || p === null || c === null) continue;
    lined++;
    if (Math.abs(toFen(k - p, table.unit) - toFen(c, table.unit)) <= FLOAT_NOISE_FEN) agree++;
  }
  return agree * 2 > lined;
}

/**
 * The line's total agrees exactly with its parts, as printed, at least one part holding a figure and
 * no cell unreadable: the comparison would pass with nothing to report (most lines). Read from the cells.
 */
function agreesExactly(line: Line, id: ColumnIdentity, unit: Unit): boolean {
  let sum = 0;
  let filled = false;
  for (let i = 0; i < id.parts.length; i++) {
    const a = line.amounts[id.parts[i].id];
    if (a && a.value !== null) filled = true;
    sum += cellFen(a, unit);
  }
  return filled && sum === cellFen(line.amounts[id.total.id], unit);
}

/** Checks one table: how many figures were compared, or why it could not run. */
function checkColumnSums(ctx: RuleContext, table: Table): Outcome {
  if (SKIPPED_KINDS.includes(table.kind)) return notRun('此类表的各列不是合计关系，不核对');
  let n = 0;
  let found = 0;
  const unclear: string[] = [];
  for (const block of table.blocks) {
    const columns = amountColumns(table, block.index);
    const { identities, ambiguous, change } = headerIdentities(columns);
    unclear.push(...ambiguous);
    const lines = figureLines(table, block.index);
    if (change && readsAsDifference(table, lines, change)) {
      identities.push(change);
      n += reportBlankChanges(ctx, table, lines, change);
    }
    found += identities.length;
    for (const id of identities) {
      if (lines.length === 0) continue;
      // One total and one list of parts read line after line (moveTo): no objects per line.
      const total = operand(table, lines[0], id.total);
      const parts = id.parts.map((p) => operand(table, lines[0], p));
      const check = {
        rule: id.rule,
        kind: 'column-sum' as const,
        total,
        parts,
        subject: () => (id.rule === 'column-sum/change' ? say.changeOnPrior(total.line, id.total, id.parts[0], id.parts[1]) : say.columnSum(total.line, id.total, id.parts)),
      };
      const quick = ctx.countsAgreementAlone;
      // By index: every line of every table, mostly before the JIT has compiled this (no iterator per step).
      for (let l = 0; l < lines.length; l++) {
        const line = lines[l];
        if (quick && agreesExactly(line, id, table.unit)) {
          n++;
          continue;
        }
        for (let i = 0; i < parts.length; i++) moveTo(parts[i], line);
        // A line whose parts are all blank gives no breakdown (县 “三公” tables fill the 拨款 source columns on the
        // 合计 line only): its total is not checked against nothing.
        if (!anyFigure(parts)) continue;
        // An empty 增减额 is an unfilled cell (blank-change warns where the figures differ), not a 0 to add.
        if (id.rule === 'column-sum/change' && isEmptyCell(line.amounts[id.parts[1].id])) continue;
        moveTo(total, line);
        if (ctx.checkSum(check)) n++;
      }
    }
  }
  if (n === 0 && unclear.length) return notRun(`表头中有多个合计列（${unclear.join('；')}），无法确定各列的合计关系`);
  if (found === 0) return notRun('表中没有由其他列相加而成的合计列');
  return compared(n);
}

/** 合计 columns = Σ their part columns; the horizontal 三公 table's columns are its parts, checked by threePublicSums. */
export const columnSum: TableRule = { id: 'column-sum', applies: (table) => !isHorizontalThreePublic(table.columns), run: checkColumnSums };
