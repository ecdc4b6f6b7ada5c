/**
 * Figures that add up but cannot be right (warnings): cells that are not numbers (#REF!, text) or
 * are more than any budget (over 10 万亿元) and so drop out of every sum; negative amounts; a 元
 * table with amounts to 4 decimals or fixed assets worth thousands of 万元 apiece (the unit is
 * wrong); a 比例/% column holding amounts; a table declared 空表 that has figures (docs/design.md §4).
 */
import type { Finding } from '../findings';
import { toA1 } from '../grid/a1';
import { normalizeLabel } from '../grid/text';
import type { AmountValue, Column, Line, Table } from '../recognize/types';
import type { RuleContext } from './context';
import { formatAmount } from './money';
import { columnName, lineName, tableName, tableScope } from './names';
import { hasNonZeroFigure } from './table-parts';

type Emit = (f: Omit<Finding, 'kind' | 'severity' | 'sheet'> & { severity?: Finding['severity'] }) => void;

/** Columns whose figures may be negative: changes against last year, differences. */
const SIGNED_COLUMN = /(增减|增长|变动|差额|比上年|结余)/;

/** Every amount cell of the table (not 数量 or 比例 cells). */
function eachAmount(table: Table, fn: (line: Line, column: Column, a: AmountValue) => void): void {
  const byId = new Map(table.columns.filter((c) => c.role === 'amount').map((c) => [c.id, c]));
  for (const line of table.lines) {
    if (line.role === 'blank' || line.role === 'column-number') continue;
    for (const [id, a] of Object.entries(line.amounts)) {
      const column = byId.get(id);
      if (column) fn(line, column, a);
    }
  }
}

/** The cell's text for a message, cut short: a stray number may print hundreds of digits. */
function shownText(a: AmountValue): string {
  return a.text.length > 20 ? `${a.text.slice(0, 20)}…` : a.text;
}

function unreadableCells(table: Table, emit: Emit): number {
  let n = 0;
  eachAmount(table, (line, column, a) => {
    n++;
    if (!a.problem) return;
    if (a.problem === 'implausible') {
      emit({
        rule: 'plausibility/beyond-any-budget',
        cell: toA1(line.row, a.col),
        related: [],
        message: `${tableName(table)}中 ${lineName(line)}“${columnName(column)}”为 ${shownText(a)}（单位：${table.unit}），超过 10 万亿元，不可能是预算金额，可能是公式、单位或录入有误；含它的合计无法核对，请核对。`,
      });
      return;
    }
    const what = a.problem === 'error' ? `显示错误值 ${a.text}` : `写的是文字“${shownText(a)}”`;
    emit({
      rule: 'plausibility/unreadable-cell',
      cell: toA1(line.row, a.col),
      related: [],
      message: `${tableName(table)}中 ${lineName(line)}“${columnName(column)}”${what}，不是数字，含它的合计无法核对，请改为数字。`,
    });
  });
  return n;
}

function negativeAmounts(table: Table, emit: Emit): void {
  eachAmount(table, (line, column, a) => {
    if (a.value === null || a.value >= 0 || SIGNED_COLUMN.test(column.label) || SIGNED_COLUMN.test(line.label)) return;
    emit({
      rule: 'plausibility/negative',
      cell: toA1(line.row, a.col),
      related: [],
      actual: a.value,
      message: `${tableName(table)}中 ${lineName(line)}“${columnName(column)}”为负数 ${a.text}，预算金额一般不应为负，请核对。`,
    });
  });
}

/** A 元 table written to 3 or more decimals was most likely filled in 万元. */
function yuanWithDecimals(table: Table, emit: Emit): void {
  if (table.unit !== '元') return;
  let first: { line: Line; a: AmountValue } | undefined;
  let count = 0;
  eachAmount(table, (line, _c, a) => {
    if (a.value === null || a.decimals < 3) return;
    count++;
    first ??= { line, a };
  });
  if (!first) return;
  emit({
    rule: 'plausibility/unit',
    cell: toA1(first.line.row, first.a.col),
    related: [],
    message: `${tableName(table)}的单位是元，但有 ${count} 个金额带 3 位以上小数（如 ${first.a.text}），金额可能是按万元填写的，请核对单位。`,
  });
}

/** Fixed assets (not buildings or land) of more than 500 万元 apiece: the figures are in 元. */
function assetsPerItem(table: Table, emit: Emit): void {
  if (table.kind !== 'assets' || table.unit !== '万元') return;
  const quantity = table.columns.find((c) => c.role === 'quantity');
  const value = table.columns.find((c) => c.role === 'amount');
  if (!quantity || !value) return;
  for (const line of table.lines) {
    const label = normalizeLabel(line.label);
    if (/房屋|土地|构筑物|用房|总额|合计/.test(label)) continue;
    const q = line.amounts[quantity.id]?.value;
    const v = line.amounts[value.id]?.value;
    if (!q || !v || q <= 0 || v / q <= 500) continue;
    emit({
      rule: 'plausibility/unit',
      cell: toA1(line.row, value.col),
      related: [],
      actual: v,
      message: `${tableName(table)}中“${line.label.trim()}”${q} 件价值 ${formatAmount(v, 2)} 万元，平均每件 ${formatAmount(v / q, 2)} 万元，不合常理；金额单位可能应为元（即 ${formatAmount(v / 10_000, 2)} 万元），请核对。`,
    });
  }
}

/** A rate of change (增减%, 增长率, 增幅): a line that grew from little rises far beyond 100 %. */
const CHANGE_RATE = /增减|增长|增幅|变动|变化|同比/;

/**
 * A column headed 比例 / % whose figures are amounts (a share above 100, or the same as an amount
 * column).
 */
function percentColumns(table: Table, emit: Emit): void {
  const percents = table.columns.filter((c) => c.role === 'percent');
  const amounts = table.columns.filter((c) => c.role === 'amount');
  for (const p of percents) {
    const share = !CHANGE_RATE.test(p.label);
    for (const line of table.lines) {
      const a = line.amounts[p.id];
      if (!a || a.value === null) continue;
      const sameAsAmount = amounts.some((c) => a.value !== 0 && line.amounts[c.id]?.value === a.value);
      if ((!share || Math.abs(a.value) <= 100) && !sameAsAmount) continue;
      emit({
        rule: 'plausibility/percent-column',
        cell: toA1(line.row, a.col),
        related: [],
        actual: a.value,
        message: `${tableName(table)}的“${columnName(p)}”列应是百分比，但 ${lineName(line)} 填的是 ${a.text}，像是金额，请核对是否填错了列。`,
      });
      break;
    }
  }
}

function emptyButHasFigures(table: Table, emit: Emit): void {
  if (!table.note || !/空表/.test(table.note.text) || !hasNonZeroFigure(table)) return;
  emit({
    rule: 'plausibility/marked-empty',
    cell: toA1(table.note.row, table.note.col),
    related: [],
    message: `${tableName(table)}下注明“空表”，但表中填有金额，请核对说明或金额。`,
  });
}

/** `tables` as recognized: a continued table's cells are checked on their own sheet. */
export function checkPlausibility(ctx: RuleContext, tables: readonly Table[] = ctx.tables): void {
  for (const table of tables) {
    const scope = tableScope(table);
    const emit: Emit = (f) => ctx.report({ kind: 'plausibility', severity: 'warning', sheet: table.sheet, ...f });
    ctx.check('plausibility', scope, () => {
      const figures = unreadableCells(table, emit);
      negativeAmounts(table, emit);
      yuanWithDecimals(table, emit);
      assetsPerItem(table, emit);
      percentColumns(table, emit);
      emptyButHasFigures(table, emit);
      return figures;
    });
  }
}
