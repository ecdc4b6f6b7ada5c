/**
 * Figures that add up but cannot be right (warnings): cells that are not numbers (#REF!, text) or
 * are more than any budget (over 10 万亿元) and so drop out of every sum; negative amounts; a 元
 * table with amounts to 4 decimals or fixed assets worth thousands of 万元 apiece (the unit is
 * wrong); a 比例/% column holding amounts; a table declared 空表 that has figures (docs/design.md §4).
 */
import type { Finding } from '../findings';
import { toA1 } from '../grid/a1';
import { normalizeLabel } from '../grid/text';
import { convertAmount } from '../grid/units';
import type { AmountValue, Column, Line, Table } from '../recognize/types';
import { hasNonZeroFigure, isTotalLine } from '../model/tables';
import { declaresEmpty, isRealEstateOrTotal, isSubHeaderWord, namesBalance, namesChange, namesRateOfChange, SENTENCE_PUNCTUATION } from '../recognize/lexicon';
import { plausibility as say } from './messages';
import { plainAmountCells } from '../recognize/plain-figures';
import { compared, type TableRule } from './rule';

export type Emit = (f: Omit<Finding, 'kind' | 'severity' | 'sheet'> & { severity?: Finding['severity'] }) => void;

/** Figures that may be negative: changes against last year, differences, balances. */
const mayBeNegative = (label: string) => namesChange(label) || namesBalance(label);

/** The table's amount columns by id (not 数量 or 比例 columns). */
function amountColumnsById(table: Table): Map<string, Column> {
  const byId = new Map<string, Column>();
  for (let i = 0; i < table.columns.length; i++) {
    const c = table.columns[i];
    if (c.role === 'amount') byId.set(c.id, c);
  }
  return byId;
}

/** The cell's text for a message, cut short: a stray number may print hundreds of digits. */
function shownText(a: AmountValue): string {
  return a.text.length > 20 ? `${a.text.slice(0, 20)}…` : a.text;
}

/**
 * A sentence written across the figure columns (a 说明 line's text: '…合计4.9万元,比上年增加0.5万元。'): a remark, not a
 * number mistyped as text — several Chinese characters and a sentence's punctuation.
 */
function isWrittenRemark(text: string): boolean {
  return SENTENCE_PUNCTUATION.test(text) && (text.match(/\p{Script=Han}/gu)?.length ?? 0) >= 4;
}

/**
 * A column group's sub-head printed on the total line instead of under the group ('合计' | '基本支出' | '项目支出' in the
 * 本年支出 cells of the 合计 line, the group's columns labelled 本年支出 alone): the column's name, not a figure typed as text.
 */
export function isSubHeadOnTotalLine(table: Table, line: Line, column: Column, text: string): boolean {
  if (!isTotalLine(line)) return false;
  if (!isSubHeaderWord(normalizeLabel(text))) return false;
  return table.columns.some((o) => o !== column && o.role === 'amount' && o.label === column.label);
}

/** An amount cell with its line and column. */
interface AmountAt {
  line: Line;
  column: Column;
  a: AmountValue;
}

function unreadableCell(table: Table, { line, column, a }: AmountAt, emit: Emit): void {
  if (a.problem === 'implausible') {
    emit({
      rule: 'plausibility/beyond-any-budget',
      cell: toA1(line.row, a.col),
      related: [],
      message: say.beyondAnyBudget(table, line, column, shownText(a)),
    });
    return;
  }
  emit({
    rule: 'plausibility/unreadable-cell',
    cell: toA1(line.row, a.col),
    related: [],
    message: say.unreadable(table, line, column, a.problem!, a.problem === 'error' ? a.text : shownText(a)),
  });
}

function negativeAmount(table: Table, { line, column, a }: AmountAt, emit: Emit): void {
  emit({
    rule: 'plausibility/negative',
    cell: toA1(line.row, a.col),
    related: [],
    actual: a.value!,
    message: say.negative(table, line, column, a.text),
  });
}

/**
 * The amount cells in one pass: those that are not numbers or beyond any budget, the negative ones,
 * and — a 元 table written to 3 or more decimals was most likely filled in 万元 — those with 3
 * decimals or more; reported in that order. Returns how many amount cells there are.
 */
export function amountCells(table: Table, emit: Emit): number {
  // Recognition saw every figure of the table plain (readable, not negative, under 3 decimals): nothing to report.
  const plain = plainAmountCells(table);
  if (plain !== undefined) return plain;
  let n = 0;
  const unreadable: AmountAt[] = [];
  const negative: AmountAt[] = [];
  const yuan = table.unit === '元';
  let manyDecimals = 0;
  let firstManyDecimals: AmountAt | undefined;
  const byId = amountColumnsById(table);
  // Every amount cell of every table, mostly before the JIT has compiled this: the tests are written
  // out here, with no call per cell, and most cells pass all of them. By index (no iterator per line);
  // for…in walks the amounts in the order Object.entries would, without an array per line.
  for (let l = 0; l < table.lines.length; l++) {
    const line = table.lines[l];
    if (line.role === 'blank' || line.role === 'column-number') continue;
    const amounts = line.amounts;
    for (const id in amounts) {
      const column = byId.get(id);
      if (column === undefined) continue;
      n++;
      const a = amounts[id];
      if (a.problem && !(a.problem === 'text' && (isWrittenRemark(a.text) || isSubHeadOnTotalLine(table, line, column, a.text)))) unreadable.push({ line, column, a });
      const value = a.value;
      if (value === null) continue;
      if (value < 0 && !mayBeNegative(column.label) && !mayBeNegative(line.label)) negative.push({ line, column, a });
      if (yuan && a.decimals >= 3) {
        manyDecimals++;
        firstManyDecimals ??= { line, column, a };
      }
    }
  }
  for (const at of unreadable) unreadableCell(table, at, emit);
  for (const at of negative) negativeAmount(table, at, emit);
  if (firstManyDecimals) {
    const { line, a } = firstManyDecimals;
    emit({
      rule: 'plausibility/unit',
      cell: toA1(line.row, a.col),
      related: [],
      message: say.yuanWithDecimals(table, manyDecimals, a.text),
    });
  }
  return n;
}

/** More than this (万元) for one fixed asset that is not a building or land: its figure is in 元. */
const MAX_WAN_PER_ASSET = 500;

/** Fixed assets (not buildings or land) of more than 500 万元 apiece: the figures are in 元. */
function assetsPerItem(table: Table, emit: Emit): void {
  if (table.kind !== 'assets' || table.unit !== '万元') return;
  const quantity = table.columns.find((c) => c.role === 'quantity');
  const value = table.columns.find((c) => c.role === 'amount');
  if (!quantity || !value) return;
  for (const line of table.lines) {
    const label = normalizeLabel(line.label);
    if (isRealEstateOrTotal(label)) continue;
    const q = line.amounts[quantity.id]?.value;
    const v = line.amounts[value.id]?.value;
    if (!q || !v || q <= 0 || v / q <= MAX_WAN_PER_ASSET) continue;
    emit({
      rule: 'plausibility/unit',
      cell: toA1(line.row, value.col),
      related: [],
      actual: v,
      message: say.assetPerItem(table, line.label.trim(), q, v, v / q, convertAmount(v, '元', '万元')),
    });
  }
}


const PERCENT_SIGN = /[%％]/;

/**
 * A column headed 比例 / % whose figures are amounts (a share above 100, or the same as an amount
 * column).
 */
function percentColumns(table: Table, emit: Emit): void {
  const percents = table.columns.filter((c) => c.role === 'percent');
  const amounts = table.columns.filter((c) => c.role === 'amount');
  for (const p of percents) {
    // A rate of change (增减%, 增长率, 增幅): a line that grew from little rises far beyond 100 %.
    const share = !namesRateOfChange(p.label);
    for (const line of table.lines) {
      const a = line.amounts[p.id];
      if (!a || a.value === null) continue;
      // A figure printed with its % sign is a percentage (held as its fraction: 1.00% is 0.01), whatever amount it equals (+0.01 万元 on 1.00).
      const sameAsAmount = !PERCENT_SIGN.test(a.text) && amounts.some((c) => a.value !== 0 && line.amounts[c.id]?.value === a.value);
      if ((!share || Math.abs(a.value) <= 100) && !sameAsAmount) continue;
      emit({
        rule: 'plausibility/percent-column',
        cell: toA1(line.row, a.col),
        related: [],
        actual: a.value,
        message: say.percentColumn(table, p, line, a.text),
      });
      break;
    }
  }
}

function emptyButHasFigures(table: Table, emit: Emit): void {
  if (!table.note || !declaresEmpty(table.note.text) || !hasNonZeroFigure(table)) return;
  emit({
    rule: 'plausibility/marked-empty',
    cell: toA1(table.note.row, table.note.col),
    related: [],
    message: say.markedEmpty(table),
  });
}

/** Figures that add up but cannot be right: advisory, every finding a warning. */
export const plausibility: TableRule = {
  id: 'plausibility',
  advisory: true,
  applies: () => true,
  run: (ctx, table) => {
    const emit: Emit = (f) => ctx.report({ kind: 'plausibility', severity: 'warning', sheet: table.sheet, ...f });
    const figures = amountCells(table, emit);
    assetsPerItem(table, emit);
    percentColumns(table, emit);
    emptyButHasFigures(table, emit);
    return compared(figures);
  },
};
