/**
 * Hints between the 功能分类 and 经济分类 views of the same 基本支出 (info, not problems: the two views
 * usually agree, but need not — a 福利费 or 其他 line may carry part of one on the other side):
 * 2080505 机关事业单位基本养老保险缴费支出 ↔ 30108, 2080506 职业年金 ↔ 30109, 2101101/2101102 行政/
 * 事业单位医疗 ↔ 30110, 2101103 公务员医疗补助 ↔ 30111, 2210201 住房公积金 ↔ 30113, 2080501/2080502
 * 离退休 ↔ 30301/30302 离休费、退休费. And a warning when the 三公 table is smaller than a 基本支出表
 * line that can only be part of it (30217 公务接待费 ≤ 公务接待费 …).
 */
import type { Column, Line, Table } from '../recognize/types';
import type { ThreePublicKey } from '../model/keys';
import { cellOf, operand } from './context';
import { columnName, itemText } from '../model/names';
import { columnsWithKey } from '../model/tables';
import { fromFen, toFen } from '../model/money';
import { compareFigures, ref, type FigureRef } from './figures';
import { pairColumns } from './table-set';
import { threePublicFigure } from './three-public';
import { namesThreePublicPart } from '../recognize/lexicon';
import { FUNCTION_ECONOMIC_HINT, threePublicExceeded } from './messages';
import { compared, notRun, setRule } from './rule';

const TWINS: [string[], string[]][] = [
  [['2080505'], ['30108']],
  [['2080506'], ['30109']],
  [['2101101', '2101102'], ['30110']],
  [['2101103'], ['30111']],
  [['2210201'], ['30113']],
  [['2080501', '2080502'], ['30301', '30302']],
];

function refs(table: Table, lines: ReadonlyMap<string, Line>, codes: string[], column: Column): FigureRef[] {
  return codes
    .map((c) => lines.get(c))
    .filter((l): l is Line => !!l)
    .map((l) => ref(table, l, column));
}

export const functionEconomic = setRule({
  id: 'cross-table/function-economic',
  needs: ['general-budget-expense', 'general-budget-basic-expense'],
  run: (ctx, { 'general-budget-expense': gbe, 'general-budget-basic-expense': basic }, { id }) => {
    const fnColumns = columnsWithKey(gbe, ['basic']);
    if (fnColumns.length === 0) return notRun('一般公共预算支出表没有“基本支出”列');
    const econColumns = columnsWithKey(basic, ['total', 'amount']);
    if (econColumns.length === 0) return notRun('基本支出表没有合计列');
    const fnLines = ctx.linesByCode(gbe);
    const econLines = ctx.linesByCode(basic);
    let n = 0;
    for (const [fnCol, econCol] of pairColumns(gbe, fnColumns, basic, econColumns)) {
      for (const [fnCodes, econCodes] of TWINS) {
        const fn = refs(gbe, fnLines, fnCodes, fnCol);
        const econ = refs(basic, econLines, econCodes, econCol);
        if (fn.length === 0 || econ.length === 0) continue;
        // The economic line is reported: it is one line, and the clerk reads the 基本支出表 to fix it.
        if (econ.length === 1) {
          if (compareFigures(ctx, id, econ[0], fn, 'info', FUNCTION_ECONOMIC_HINT)) n++;
        } else if (fn.length === 1) {
          if (compareFigures(ctx, id, fn[0], econ, 'info', FUNCTION_ECONOMIC_HINT)) n++;
        }
      }
    }
    return compared(n);
  },
});

/** 基本支出表 lines that are one kind of 三公 spending (when named so): code and 三公 key. */
const THREE_PUBLIC_TWINS: [string, ThreePublicKey][] = [
  ['30217', 'reception'],
  ['30231', 'vehicle-operation'],
  ['30212', 'abroad'],
];

/** A 基本支出 line that is one kind of 三公 spending cannot exceed that 三公 figure. */
export const threePublicVsBasic = setRule({
  id: 'cross-table/three-public-vs-basic',
  advisory: true,
  needs: ['three-public', 'general-budget-basic-expense'],
  run: (ctx, { 'three-public': three, 'general-budget-basic-expense': basic }, { id }) => {
    const threeColumns = columnsWithKey(three, ['general-budget', 'total', 'amount']);
    const basicColumns = columnsWithKey(basic, ['total', 'amount']);
    if (basicColumns.length === 0) return notRun('没有可对比的金额列');
    const basicLines = ctx.linesByCode(basic);
    let n = 0;
    for (const [code, key] of THREE_PUBLIC_TWINS) {
      const basicLine = basicLines.get(code);
      // A line numbered 30212 but named otherwise (款 numbered 01, 02 … in order) is not 因公出国 spending.
      if (basicLine && !namesThreePublicPart(key, basicLine.label)) continue;
      const figures = threePublicFigure(three, key, threeColumns);
      if (!basicLine || figures.length === 0) continue;
      const threeOf = new Map(figures.map((f) => [f.column, f.line]));
      for (const [threeCol, basicCol] of pairColumns(three, [...threeOf.keys()], basic, basicColumns)) {
        const threeLine = threeOf.get(threeCol) as Line;
        const b = operand(basic, basicLine, basicCol);
        const t = operand(three, threeLine, threeCol);
        if (b.value === null || b.problem || t.problem) continue;
        n++;
        // In the 基本支出表's unit: the two tables may be one in 元, the other in 万元.
        const threeValue = fromFen(toFen(t.value ?? 0, three.unit), basic.unit);
        if (toFen(b.value, basic.unit) <= toFen(t.value ?? 0, three.unit)) continue;
        const d = Math.max(ctx.tablePrecision(basic), b.decimals);
        const what = threeLine.key ? itemText(threeLine) : columnName(threeCol);
        ctx.report({
          rule: id,
          kind: 'cross-table',
          severity: 'warning',
          ...cellOf(b),
          related: [cellOf(t)],
          expected: threeValue,
          actual: b.value,
          message: threePublicExceeded(basic, basicLine, b.value, three, what, threeValue, d),
        });
      }
    }
    return compared(n);
  },
});
