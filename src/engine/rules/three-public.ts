/**
 * The parts of the “三公”经费 add up: 三公经费 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费;
 * 公务用车购置及运行费 = 购置费 + 运行维护费; 因公出国（境）费 = 教学科研人员 + 其他 (when both are listed).
 * Both layouts are read: the parts as lines (a 合计 line = the 三公 小计, or without one the three
 * parts), or as columns of one row — the horizontal “三公”经费和机关运行经费预算表, where 合计 is the
 * 三公 total and 机关运行经费 stands apart — per measure (预算数 | 决算数).
 */
import type { Finding } from '../findings';
import type { Column, Line, LineKey, Table } from '../recognize/types';
import { THREE_PUBLIC_PARTS, threePublicPartsOf, type ThreePublicKey } from '../model/keys';
import { isHorizontalThreePublic } from '../recognize/table';
import { listsUnits, unitListTotal } from '../recognize/unit-codes';
import { cellOf, operand, type Comparison, type Operand, type RuleContext } from './context';
import { blankPartsNote, threePublicBlankPart, subject as say } from './messages';
import { isEmptyCell } from './blank-change';
import { formatAmount } from '../model/money';
import { itemNumbering, namesRateLine, namesYear } from '../recognize/lexicon';
import { amountColumns, byMeasure, figureLines, hasValue, valueAt } from '../model/tables';
import { columnName, itemText } from '../model/names';
import { compared, type TableRule } from './rule';
import { differenceIdentity } from './column-sum';

const THREE_PUBLIC_KEYS = new Set<string>(['abroad', 'abroad-research', 'abroad-other', 'vehicle', 'vehicle-purchase', 'vehicle-operation', 'reception', 'three-public']);

interface Identity {
  total: Operand;
  parts: Operand[];
  subject: () => string;
  /** The names of the parts printed blank (a blank may be a figure left unfilled rather than a 0): worked out only for a sum that fails, as the subject is. */
  blankParts: () => string[];
  /** Parts that may be negative (a 增减额 column): a blank part may hide a figure either side of the total. */
  signed?: boolean;
  /** The one blank part that could take the missing amount alone (see loneBlank), with its name; undefined when none or several could. */
  loneBlank: () => { op: Operand; name: string } | undefined;
}

/** A part of a sum, and whether the table prints its own breakdown (公务用车 over 购置 | 运行维护) and that breakdown holds a figure. */
interface PartRead {
  op: Operand;
  name: string;
  broken: boolean;
  breakdownFilled: boolean;
}

/**
 * The one part left empty (no text at all) that could hold the amount a sum lacks by itself — only in a table that
 * writes nothing as 0 (`zeroPrinted`: a “三公” figure of the same column, or row, printed 0), where a blank is a cell
 * left unfilled rather than the table's way of printing nothing. A blank part whose own breakdown the table prints
 * blank too (公务用车 blank over a blank 购置 and 运行维护) could not take the amount without that breakdown failing in
 * turn, so it is no candidate. Undefined when no part, or more than one, could (a 购置 and a 运行维护 both blank under
 * 32.5 may hold it either way), or a blank part's breakdown holds figures (the amount may be its, read from below).
 */
function loneBlank(parts: readonly PartRead[], zeroPrinted: boolean): PartRead | undefined {
  if (!zeroPrinted || parts.some((p) => p.op.value === null && p.breakdownFilled)) return undefined;
  const open = parts.filter((p) => !p.broken && isEmptyCell(p.op.line.amounts[p.op.column.id]));
  return open.length === 1 ? open[0] : undefined;
}

/**
 * loneBlank for one sum in either layout: its parts are lines of one column or columns of one row (`T`), `byKey` the
 * table's items by key (their breakdowns), `items` those whose printed 0 shows the table writes nothing as 0, and
 * `at` reads an item's operand, name and figure in this sum.
 */
function loneBlankOf<T extends { key?: string }>(
  parts: readonly T[],
  byKey: ReadonlyMap<string, T>,
  items: Iterable<T>,
  at: { op: (p: T) => Operand; name: (p: T) => string; value: (p: T) => number | null },
): PartRead | undefined {
  const read = parts.map((p) => {
    const below = breakdownOf(p.key, byKey);
    return { op: at.op(p), name: at.name(p), broken: below.length > 0, breakdownFilled: below.some((b) => at.value(b) !== null) };
  });
  const zeroPrinted = [...items].some((p) => p.key !== undefined && THREE_PUBLIC_KEYS.has(p.key) && at.value(p) === 0);
  return loneBlank(read, zeroPrinted);
}

/** The lines (or columns) a key breaks down into (THREE_PUBLIC_PARTS) that the table prints. */
function breakdownOf<T>(key: string | undefined, byKey: ReadonlyMap<string, T>): T[] {
  return threePublicPartsOf(key).map((k) => byKey.get(k)).filter((x): x is T => x !== undefined);
}

function lineIdentities(table: Table, block: number): Identity[] {
  const lines = figureLines(table, block);
  const byKey = new Map<LineKey, Line>();
  for (const l of lines) if (l.key && !byKey.has(l.key)) byKey.set(l.key, l);
  // `subtotal`: a part line such as 公务用车费 whose blank is read through its own parts, not compared.
  const pairs: { total: Line; parts: Line[]; subtotal?: boolean }[] = [];
  for (const [key, partKeys] of THREE_PUBLIC_PARTS) {
    const total = byKey.get(key);
    const parts = partKeys.map((k) => byKey.get(k)).filter((l): l is Line => !!l);
    if (total && parts.length === partKeys.length) pairs.push({ total, parts, subtotal: key !== 'three-public' });
  }
  const grandTotal = lines.find((l) => l.role === 'total' && !l.key);
  if (grandTotal) {
    const subtotal = byKey.get('three-public');
    const parts = subtotal ? [subtotal] : (['abroad', 'vehicle', 'reception'] as const).map((k) => byKey.get(k)).filter((l): l is Line => !!l);
    // A 合计 over more than the 三公 (会议费, 培训费, 机关运行经费 …) is not checked against the 三公 alone;
    // a line with no figure (a 说明 heading, a blank 会议费) and the 统计数 counts add nothing to it.
    const columns = amountColumns(table, block);
    const inPart = linesWithinThreePublicParts(lines);
    const others = lines.filter(
      (l) => l !== grandTotal && l.role === 'data' && l.key !== 'count' && (!l.key || !THREE_PUBLIC_KEYS.has(l.key)) && !inPart.has(l) && columns.some((c) => hasValue(l, c)),
    );
    if (parts.length && others.length === 0) pairs.push({ total: grandTotal, parts });
  }
  const out: Identity[] = [];
  const columns = amountColumns(table, block);
  const changes = differenceIdentity(table, columns, lines)?.parts[1];
  for (const { total, parts, subtotal } of pairs) {
    for (const column of columns) {
      if (subtotal && !hasValue(total, column)) continue;
      const read = parts.flatMap((p) => throughBlank(p, byKey, (l) => hasValue(l, column)));
      // A 增减额 left blank beside its line's figures (rules/blank-change) is no source column printed on the 合计
      // only: the column gives every line's change, so the total is read against the parts as printed.
      const changesPrinted = column === changes && read.some((p) => hasValue(p, column));
      if (!changesPrinted && read.some((p) => notPrintedIn(p, column, columns))) continue;
      out.push({
        total: operand(table, total, column),
        parts: read.map((p) => operand(table, p, column)),
        subject: () => say.threePublicLines(total, column, read),
        blankParts: () => read.filter((p) => !hasValue(p, column)).map(itemText),
        signed: column === changes,
        loneBlank: () =>
          loneBlankOf(read, byKey, byKey.values(), {
            op: (p) => operand(table, p, column),
            name: itemText,
            value: (l) => valueAt(l, column),
          }),
      });
    }
  }
  return out;
}

/**
 * Lines printed inside a 三公 part — numbered one level deeper than it, or '其中：' under it ('3.公务接待费' over
 * '(1)国内接待费', '其中:外事接待费', '(2)国(境)外接待费'): a breakdown of that part, not a figure beside the 三公.
 */
function linesWithinThreePublicParts(lines: Line[]): Set<Line> {
  const inside = new Set<Line>();
  let partRank: number | undefined;
  let inPart = false;
  for (const l of lines) {
    const n = itemNumbering(l.label);
    if (l.key && THREE_PUBLIC_KEYS.has(l.key)) {
      inPart = true;
      partRank = n.rank;
    } else if (inPart && (n.ofWhich || (partRank !== undefined && n.rank !== undefined && n.rank > partRank))) inside.add(l);
    else if (l.role !== 'blank') inPart = false;
  }
  return inside;
}

/**
 * A part blank in this column while its line has a figure in another (a 县 table printing its 公共财政 | 政府性基金 |
 * 国有资本经营 source columns on the 合计 lines only, beside a filled 预算数合计): the column does not give that line's
 * figure, so a sum down it cannot be read for certain.
 */
function notPrintedIn(part: Line, column: Column, columns: Column[]): boolean {
  return !hasValue(part, column) && columns.some((c) => c !== column && (valueAt(part, c) ?? 0) !== 0);
}

/**
 * A part left blank while the lines under it are filled (公务用车费 blank over its 购置 and 运行维护) is read
 * through those lines: the blank is the printer's, not a 0 the total should match. For either layout: `part` a line
 * or a column, `filled` whether an item holds a figure in this sum.
 */
function throughBlank<T extends { key?: string }>(part: T, byKey: ReadonlyMap<string, T>, filled: (item: T) => boolean): T[] {
  if (filled(part)) return [part];
  const below = breakdownOf(part.key, byKey);
  return below.length && below.some(filled) ? below : [part];
}

/**
 * The 三公 total column of one measure: a 三公 小计 column, or the 合计 when every other column of
 * the measure is a 三公 part or the separate 机关运行经费.
 */
function threePublicTotalColumn(columns: Column[]): Column | undefined {
  const subtotal = columns.find((c) => c.key === 'three-public');
  if (subtotal) return subtotal;
  const total = columns.find((c) => c.key === 'total');
  const onlyParts = columns.every((c) => c === total || c.key === 'admin-operating' || (c.key && THREE_PUBLIC_KEYS.has(c.key)));
  return total && onlyParts ? total : undefined;
}

function columnIdentities(table: Table): Identity[] {
  const out: Identity[] = [];
  for (const columns of byMeasure(amountColumns(table))) {
    const byKey = new Map<string, Column>();
    for (const c of columns) if (c.key && !byKey.has(c.key)) byKey.set(c.key, c);
    // `subtotal`: a part column such as 公务用车 小计 whose blank is read through its own columns, not compared.
    const pairs: { total: Column; parts: Column[]; subtotal?: boolean }[] = [];
    const vehicleParts = ['vehicle-purchase', 'vehicle-operation'].map((k) => byKey.get(k));
    const threeTotal = threePublicTotalColumn(columns);
    const abroad = byKey.get('abroad');
    const reception = byKey.get('reception');
    const vehicle = byKey.get('vehicle') ? [byKey.get('vehicle') as Column] : vehicleParts.every(Boolean) ? (vehicleParts as Column[]) : undefined;
    if (threeTotal && abroad && reception && vehicle) pairs.push({ total: threeTotal, parts: [abroad, ...vehicle, reception] });
    for (const [key, partKeys] of THREE_PUBLIC_PARTS.slice(1)) {
      const total = byKey.get(key);
      const parts = partKeys.map((k) => byKey.get(k));
      if (total && parts.every(Boolean)) pairs.push({ total, parts: parts as Column[], subtotal: true });
    }
    for (const line of table.lines.filter((l) => (l.role === 'data' || l.role === 'total') && !namesRateLine(l.label))) {
      for (const pair of pairs) {
        const { total } = pair;
        // A 小计 left blank over its filled 购置 | 运行 (渝中区's 汇总表) is the printer's blank: the total is read through
        // those columns, and the blank 小计 itself is not compared with them.
        if (pair.subtotal && !hasValue(line, total)) continue;
        const parts = pair.parts.flatMap((p) => throughBlank(p, byKey, (c) => hasValue(line, c)));
        out.push({
          total: operand(table, line, total),
          parts: parts.map((p) => operand(table, line, p)),
          subject: () => say.threePublicColumns(total, parts),
          blankParts: () => parts.filter((p) => !hasValue(line, p)).map(columnName),
          loneBlank: () =>
            loneBlankOf(parts, byKey, columns, {
              op: (p) => operand(table, line, p),
              name: columnName,
              value: (c) => valueAt(line, c),
            }),
        });
      }
    }
  }
  return out;
}

/**
 * A “三公” table listed by budget unit (单位编码 | 单位名称 | 合计 | 因公出国（境）费 …, a 合计 row over one row a unit):
 * in every column the 合计 row is the sum of the units at the top of the code tree, and a unit with units under it
 * ('304' over '304001', '304002') the sum of those directly under it. Read only when every line with a figure but
 * the 合计 row carries a unit code: without the codes, which rows nest cannot be told.
 */
function unitIdentities(table: Table): Identity[] {
  const rows = table.lines.filter((l) => l.role === 'data' || l.role === 'total');
  const total = unitListTotal(rows);
  const units = rows.filter((l) => l.role === 'data');
  if (!total || units.length === 0 || units.some((l) => l.unitCode === undefined)) return [];
  const codes = new Set(units.map((l) => l.unitCode as string));
  if (codes.size !== units.length) return [];
  const parentOf = (code: string): string | undefined => {
    let best: string | undefined;
    for (const c of codes) if (c.length < code.length && code.startsWith(c) && (!best || c.length > best.length)) best = c;
    return best;
  };
  const childrenOf = new Map<string | undefined, Line[]>();
  for (const l of units) {
    const parent = parentOf(l.unitCode as string);
    const siblings = childrenOf.get(parent);
    if (siblings) siblings.push(l);
    else childrenOf.set(parent, [l]);
  }
  const sums: { total: Line; parts: Line[] }[] = [{ total, parts: childrenOf.get(undefined) ?? [] }];
  for (const l of units) {
    const parts = childrenOf.get(l.unitCode);
    if (parts) sums.push({ total: l, parts });
  }
  const out: Identity[] = [];
  const columns = amountColumns(table);
  for (const column of columns) {
    for (const { total, parts } of sums) {
      if (!parts.length || parts.some((p) => notPrintedIn(p, column, columns))) continue;
      out.push({
        total: operand(table, total, column),
        parts: parts.map((p) => operand(table, p, column)),
        subject: () => say.units(total, column, parts),
        blankParts: () => parts.filter((p) => !hasValue(p, column)).map(itemText),
        loneBlank: () => undefined,
      });
    }
  }
  return out;
}

/**
 * The parts of the 三公 add up, in either layout of the table. A total above its parts when some parts are blank
 * (公务接待费 blank under a 合计 of 3.1; a 公务用车 其中 left empty under 32.5) is a warning naming the blanks: the
 * table does not add up, but which figure is wrong — the total or a part left unfilled — it does not say.
 */
export const threePublicSums: TableRule = {
  id: 'hierarchy-sum/three-public',
  applies: (table) => table.kind === 'three-public',
  run: (ctx, table) => {
    const identities = isHorizontalThreePublic(table.columns)
      ? [...columnIdentities(table), ...unitIdentities(table)]
      : table.blocks.flatMap((b) => lineIdentities(table, b.index));
    let n = 0;
    for (const id of identities) {
      const { total, parts, subject, blankParts, signed } = id;
      let lone: { op: Operand; comparison: Comparison } | undefined;
      // Only a total above its printed parts: the missing amount may sit in a blank part; parts above the total it cannot
      // (unless the parts are changes, which a blank one may take either way).
      const uncertain = (c: Comparison) => {
        const blank = c.diffFen > 0 || signed ? blankParts() : [];
        if (blank.length === 0) return undefined;
        const part = signed ? undefined : id.loneBlank();
        if (part) lone = { op: part.op, comparison: c };
        return blankPartsNote(blank, part && { ...cellOf(part.op), name: part.name });
      };
      const before = ctx.findings.length;
      if (ctx.checkSum({ rule: 'hierarchy-sum/three-public', kind: 'hierarchy-sum', total, parts, subject, uncertain })) n++;
      if (lone) reportLoneBlank(ctx, id, lone.op, lone.comparison, ctx.findings.slice(before));
    }
    return compared(n);
  },
};

/**
 * The blank part that alone would make the sum hold (公务接待费 blank under a 合计 of 3.1 whose other items are 0 and an
 * all-blank 公务用车): a warning on that cell — an unfilled item, not a wrong figure — saying what it should hold, tied to
 * the total's warning as one problem.
 */
function reportLoneBlank(ctx: RuleContext, id: Identity, op: Operand, c: Comparison, totalFindings: readonly Finding[]): void {
  const at = cellOf(op);
  const problem = `likely:${at.sheet}!${at.cell}`;
  for (const f of totalFindings) f.problem = problem;
  ctx.report({
    rule: 'hierarchy-sum/blank-part',
    kind: 'hierarchy-sum',
    severity: 'warning',
    ...at,
    related: [cellOf(id.total), ...id.parts.map(cellOf).filter((p) => p.cell !== at.cell || p.sheet !== at.sheet)],
    expected: c.diff,
    problem,
    message: threePublicBlankPart(op.table, op.line, op.column, id.total.line, id.total.column, [c.actual ?? 0, c.expected, c.diff].map((v) => formatAmount(v, c.decimals))),
  });
}

/**
 * One 三公 figure of the table ('reception', 'vehicle-operation', 'admin-operating' …) in the measure
 * a comparison wants: the keyed line in the value column, or the keyed column of the horizontal row.
 */
export function threePublicFigure(table: Table, key: ThreePublicKey, valueColumns: Column[]): { line: Line; column: Column }[] {
  if (isHorizontalThreePublic(table.columns)) {
    // One row, or one row a year: the row of the table's own year ('2025年预算数'), else the first.
    const rows = table.lines.filter((l) => l.role === 'data' || l.role === 'total');
    // Listed by unit: the department's figure is its 合计 row alone, wherever it is printed (a unit's row is not it).
    if (listsUnits(rows)) {
      const total = unitListTotal(rows);
      return total ? table.columns.filter((c) => c.role === 'amount' && c.key === key).map((column) => ({ line: total, column })) : [];
    }
    const year = table.year;
    const line = (year ? rows.find((l) => namesYear(l.label, year)) : undefined) ?? rows[0];
    const columns = table.columns.filter((c) => c.role === 'amount' && c.key === key);
    return line ? columns.map((column) => ({ line, column })) : [];
  }
  const line = table.lines.find((l) => l.key === key);
  return line ? valueColumns.map((column) => ({ line, column })) : [];
}
