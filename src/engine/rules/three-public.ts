/**
 * The parts of the “三公”经费 add up: 三公经费 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费;
 * 公务用车购置及运行费 = 购置费 + 运行维护费; 因公出国（境）费 = 教学科研人员 + 其他 (when both are listed).
 * Both layouts are read: the parts as lines (a 合计 line = the 三公 小计, or without one the three
 * parts), or as columns of one row — the horizontal “三公”经费和机关运行经费预算表, where 合计 is the
 * 三公 total and 机关运行经费 stands apart — per measure (预算数 | 决算数).
 */
import type { Column, Line, LineKey, Table } from '../recognize/types';
import type { ThreePublicKey, ThreePublicLineKey } from '../model/keys';
import { isHorizontalThreePublic } from '../recognize/table';
import { operand, type Comparison, type Operand } from './context';
import { blankPartsNote, subject as say } from './messages';
import { itemNumbering, namesRateLine, namesYear } from '../recognize/lexicon';
import { amountColumns, byMeasure, figureLines, hasValue, valueAt } from '../model/tables';
import { columnName, itemText } from '../model/names';
import { compared, type TableRule } from './rule';
import { differenceIdentity } from './column-sum';

const PARTS_OF: [ThreePublicLineKey, ThreePublicLineKey[]][] = [
  ['three-public', ['abroad', 'vehicle', 'reception']],
  ['vehicle', ['vehicle-purchase', 'vehicle-operation']],
  ['abroad', ['abroad-research', 'abroad-other']],
];

const THREE_PUBLIC_KEYS = new Set<string>(['abroad', 'abroad-research', 'abroad-other', 'vehicle', 'vehicle-purchase', 'vehicle-operation', 'reception', 'three-public']);

interface Identity {
  total: Operand;
  parts: Operand[];
  subject: () => string;
  /** The names of the parts printed blank (a blank may be a figure left unfilled rather than a 0): worked out only for a sum that fails, as the subject is. */
  blankParts: () => string[];
  /** Parts that may be negative (a 增减额 column): a blank part may hide a figure either side of the total. */
  signed?: boolean;
}

function lineIdentities(table: Table, block: number): Identity[] {
  const lines = figureLines(table, block);
  const byKey = new Map<LineKey, Line>();
  for (const l of lines) if (l.key && !byKey.has(l.key)) byKey.set(l.key, l);
  // `subtotal`: a part line such as 公务用车费 whose blank is read through its own parts, not compared.
  const pairs: { total: Line; parts: Line[]; subtotal?: boolean }[] = [];
  for (const [key, partKeys] of PARTS_OF) {
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
      const read = parts.flatMap((p) => throughBlankSubtotal(p, column, byKey));
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
 * through those lines: the blank is the printer's, not a 0 the total should match.
 */
function throughBlankSubtotal(part: Line, column: Column, byKey: Map<string, Line>): Line[] {
  if (hasValue(part, column)) return [part];
  const subKeys = PARTS_OF.find(([key]) => key === part.key)?.[1];
  const subLines = subKeys?.map((k) => byKey.get(k)).filter((l): l is Line => !!l) ?? [];
  return subLines.length && subLines.some((l) => hasValue(l, column)) ? subLines : [part];
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
    const pairs: { total: Column; parts: Column[] }[] = [];
    const vehicleParts = ['vehicle-purchase', 'vehicle-operation'].map((k) => byKey.get(k));
    const threeTotal = threePublicTotalColumn(columns);
    const abroad = byKey.get('abroad');
    const reception = byKey.get('reception');
    const vehicle = byKey.get('vehicle') ? [byKey.get('vehicle') as Column] : vehicleParts.every(Boolean) ? (vehicleParts as Column[]) : undefined;
    if (threeTotal && abroad && reception && vehicle) pairs.push({ total: threeTotal, parts: [abroad, ...vehicle, reception] });
    for (const [key, partKeys] of PARTS_OF.slice(1)) {
      const total = byKey.get(key);
      const parts = partKeys.map((k) => byKey.get(k));
      if (total && parts.every(Boolean)) pairs.push({ total, parts: parts as Column[] });
    }
    for (const line of table.lines.filter((l) => (l.role === 'data' || l.role === 'total') && !namesRateLine(l.label))) {
      for (const { total, parts } of pairs) {
        out.push({
          total: operand(table, line, total),
          parts: parts.map((p) => operand(table, line, p)),
          subject: () => say.threePublicColumns(total, parts),
          blankParts: () => parts.filter((p) => !hasValue(line, p)).map(columnName),
        });
      }
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
    const identities = isHorizontalThreePublic(table.columns) ? columnIdentities(table) : table.blocks.flatMap((b) => lineIdentities(table, b.index));
    let n = 0;
    for (const { total, parts, subject, blankParts, signed } of identities) {
      // Only a total above its printed parts: the missing amount may sit in a blank part; parts above the total it cannot
      // (unless the parts are changes, which a blank one may take either way).
      const uncertain = (c: Comparison) => {
        const blank = c.diffFen > 0 || signed ? blankParts() : [];
        return blank.length > 0 ? blankPartsNote(blank) : undefined;
      };
      if (ctx.checkSum({ rule: 'hierarchy-sum/three-public', kind: 'hierarchy-sum', total, parts, subject, uncertain })) n++;
    }
    return compared(n);
  },
};

/**
 * One 三公 figure of the table ('reception', 'vehicle-operation', 'admin-operating' …) in the measure
 * a comparison wants: the keyed line in the value column, or the keyed column of the horizontal row.
 */
export function threePublicFigure(table: Table, key: ThreePublicKey, valueColumns: Column[]): { line: Line; column: Column }[] {
  if (isHorizontalThreePublic(table.columns)) {
    // One row, or one row a year: the row of the table's own year ('2025年预算数'), else the first.
    const rows = table.lines.filter((l) => l.role === 'data' || l.role === 'total');
    const year = table.year;
    const line = (year ? rows.find((l) => namesYear(l.label, year)) : undefined) ?? rows[0];
    const columns = table.columns.filter((c) => c.role === 'amount' && c.key === key);
    return line ? columns.map((column) => ({ line, column })) : [];
  }
  const line = table.lines.find((l) => l.key === key);
  return line ? valueColumns.map((column) => ({ line, column })) : [];
}
