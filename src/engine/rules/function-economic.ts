/**
 * Hints between the 功能分类 and 经济分类 views of the same 基本支出 (info, not problems: the two views
 * usually agree, but need not — a 福利费 or 其他 line may carry part of one on the other side):
 * 2080505 机关事业单位基本养老保险缴费支出 ↔ 30108, 2080506 职业年金 ↔ 30109, 2101101/2101102 行政/
 * 事业单位医疗 ↔ 30110, 2101103 公务员医疗补助 ↔ 30111, 2210201 住房公积金 ↔ 30113, 2080501/2080502
 * 离退休 ↔ 30301/30302 离休费、退休费. And a warning when the 三公 table is smaller than a 基本支出表
 * line that can only be part of it (30217 公务接待费 ≤ 公务接待费 …).
 */
import type { Column, Line, Table } from '../recognize/types';
import { cellOf, operand, type RuleContext } from './context';
import { columnName, itemText, lineName, tableName } from './names';
import { compareFigures, type FigureRef } from './figures';
import { columnsWithKey, linesByCode, pairColumns, type TableSet } from './table-set';
import { formatAmount, fromFen, toFen } from '../model/money';
import { threePublicFigure } from './three-public';

const TWINS: [string[], string[]][] = [
  [['2080505'], ['30108']],
  [['2080506'], ['30109']],
  [['2101101', '2101102'], ['30110']],
  [['2101103'], ['30111']],
  [['2210201'], ['30113']],
  [['2080501', '2080502'], ['30301', '30302']],
];

const HINT = '功能分类与经济分类的这两项通常相等，但不要求相等（如部分支出列在福利费等其他科目），仅供参考';

function refs(table: Table, lines: Map<string, Line>, codes: string[], column: Column): FigureRef[] {
  return codes
    .map((c) => lines.get(c))
    .filter((l): l is Line => !!l)
    .map((l) => ({ op: operand(table, l, column), describe: `${lineName(l)}“${columnName(column)}”` }));
}

export function checkFunctionEconomic(ctx: RuleContext, set: TableSet): number | string {
  const gbe = set.get('general-budget-expense') as Table;
  const basic = set.get('general-budget-basic-expense') as Table;
  const fnColumns = columnsWithKey(gbe, ['basic']);
  if (fnColumns.length === 0) return '一般公共预算支出表没有“基本支出”列';
  const econColumns = columnsWithKey(basic, ['total', 'amount']);
  if (econColumns.length === 0) return '基本支出表没有合计列';
  const fnLines = linesByCode(gbe);
  const econLines = linesByCode(basic);
  let compared = 0;
  for (const [fnCol, econCol] of pairColumns(gbe, fnColumns, basic, econColumns)) {
    for (const [fnCodes, econCodes] of TWINS) {
      const fn = refs(gbe, fnLines, fnCodes, fnCol);
      const econ = refs(basic, econLines, econCodes, econCol);
      if (fn.length === 0 || econ.length === 0) continue;
      // The economic line is reported: it is one line, and the clerk reads the 基本支出表 to fix it.
      if (econ.length === 1) {
        if (compareFigures(ctx, 'cross-table/function-economic', econ[0], fn, 'info', HINT)) compared++;
      } else if (fn.length === 1) {
        if (compareFigures(ctx, 'cross-table/function-economic', fn[0], econ, 'info', HINT)) compared++;
      }
    }
  }
  return compared;
}

/** 基本支出表 lines that are one kind of 三公 spending: code, 三公 key, and the name the line must carry. */
const THREE_PUBLIC_TWINS: [string, string, RegExp][] = [
  ['30217', 'reception', /公务接待/],
  ['30231', 'vehicle-operation', /公务用车运行/],
  ['30212', 'abroad', /因公出国/],
];

/** A 基本支出 line that is one kind of 三公 spending cannot exceed that 三公 figure. */
export function checkThreePublicVsBasic(ctx: RuleContext, set: TableSet): number | string {
  const three = set.get('three-public') as Table;
  const basic = set.get('general-budget-basic-expense') as Table;
  const threeColumns = columnsWithKey(three, ['general-budget', 'total', 'amount']);
  const basicColumns = columnsWithKey(basic, ['total', 'amount']);
  if (basicColumns.length === 0) return '没有可对比的金额列';
  const basicLines = linesByCode(basic);
  let compared = 0;
  for (const [code, key, name] of THREE_PUBLIC_TWINS) {
    const basicLine = basicLines.get(code);
    // A line numbered 30212 but named otherwise (款 numbered 01, 02 … in order) is not 因公出国 spending.
    if (basicLine && !name.test(basicLine.label)) continue;
    const figures = threePublicFigure(three, key, threeColumns);
    if (!basicLine || figures.length === 0) continue;
    const threeOf = new Map(figures.map((f) => [f.column, f.line]));
    for (const [threeCol, basicCol] of pairColumns(three, [...threeOf.keys()], basic, basicColumns)) {
      const threeLine = threeOf.get(threeCol) as Line;
      const b = operand(basic, basicLine, basicCol);
      const t = operand(three, threeLine, threeCol);
      if (b.value === null || b.problem || t.problem) continue;
      compared++;
      // In the 基本支出表's unit: the two tables may be one in 元, the other in 万元.
      const threeValue = fromFen(toFen(t.value ?? 0, three.unit), basic.unit);
      if (toFen(b.value, basic.unit) <= toFen(t.value ?? 0, three.unit)) continue;
      const d = Math.max(ctx.tablePrecision(basic), b.decimals);
      const what = threeLine.key ? itemText(threeLine) : columnName(threeCol);
      ctx.report({
        rule: 'cross-table/three-public-vs-basic',
        kind: 'cross-table',
        severity: 'warning',
        ...cellOf(b),
        related: [cellOf(t)],
        expected: threeValue,
        actual: b.value,
        message: `${tableName(basic)}中 ${lineName(basicLine)} 为 ${formatAmount(b.value, d)}${basic.unit}，超过${tableName(three)}中的${what} ${formatAmount(threeValue, d)}${basic.unit}；基本支出中的这一项属于“三公”经费，不应多于“三公”表所列，请核对。`,
      });
    }
  }
  return compared;
}
