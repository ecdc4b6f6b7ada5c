/**
 * The body of a table: every row from the end of the header to the last line, each block of a row
 * read as one Line (role, code and level, label, project, amounts). Stops at a 注/备注 note, at two
 * blank rows, at the next table's caption or title, or at a paragraph of text; skips header rows
 * repeated on a new page.
 */
import type { Cell, Rect } from '../grid/types';
import { parseAmountCell, plainDecimals, shownDecimals } from '../grid/numbers';
import { beyondAnyBudget } from '../grid/units';
import { normalizeLabel } from '../grid/text';
import { cellHasContent, textOfCell } from '../grid/sheet';
import type { AmountValue, Block, Column, Line, LineRole } from './types';
import { labelKey, type SheetView } from './view';
import { isCaption, isNote, isNoteHeading, isSignOff, isTotalLineLabel, looksLikeTitle, stripItemPrefix, summaryRoleOf, withoutContinued } from './lexicon';
import { codeFromLabel, joinSplitCode, parseCode, splitCodeAndName, type ParsedCode } from './codes';
import { isColumnNumberRow, isHeaderAnchor } from './header';
import { rememberedByText } from '../grid/remembered';

/** The code a summary label names ('六、科学技术支出'), by the label: each department prints the same summary lines. */
const codeOfLabel = rememberedByText(codeFromLabel);

export interface Body {
  lines: Line[];
  /** Last row that belongs to the table (a line or the note). */
  bottom: number;
  note?: { text: string; row: number; col: number };
  /** Rows of the 栏次 line (first) with the number printed over each sheet column. */
  columnNumbers?: Map<number, number>;
  /**
   * Some figure is beyond any budget read in the largest unit (亿元) — so in whatever unit the
   * table turns out to be in: false spares setting aside implausible amounts a walk over every line.
   */
  mayHoldImplausible: boolean;
  /** Some line holds a figure (a value, not only a text): false for a table printed empty. */
  holdsValue: boolean;
  /** The figure cells of amount columns on the lines that are not blank (plausibility counts them). */
  amountCells: number;
  /** Some figure is unreadable, negative or printed to 3 decimals or more: plausibility must read every cell. */
  unusualFigure: boolean;
}

const AMOUNT_ROLES = new Set(['amount', 'percent', 'quantity']);

function lineRoleOf(key: string, hasCode: boolean): LineRole {
  if (hasCode) return 'data';
  return summaryRoleOf(key) ?? 'data';
}

/**
 * A row that repeats the first header row (a table continued on a new page). `first` holds the
 * first header row's filled columns and their keys, read once per table; with `header`, the row
 * must be filled as the first header row within the header's columns.
 */
export function repeatsHeader(view: SheetView, first: HeaderRow, row: number, header?: Rect): boolean {
  if (first.cols.length < 2) return false;
  // Most rows differ from the header in its first cell: no need to list the row's cells.
  if (view.key(row, first.cols[0]) !== first.keys[0]) return false;
  // The first header row lies within the header's columns: a row filled differently there repeats nothing.
  if (header && !sameColumns(colsIn(view, header, row), first.cols)) return false;
  const here = view.filledCols(row);
  if (first.cols.length !== here.length) return false;
  for (let i = 0; i < here.length; i++) {
    if (first.cols[i] !== here[i] || first.keys[i] !== view.key(row, here[i])) return false;
  }
  return true;
}

function sameColumns(a: number[], b: number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export interface HeaderRow {
  cols: number[];
  keys: string[];
}

export function headerRowOf(view: SheetView, header: Rect): HeaderRow {
  const cols = view.filledCols(header.top);
  return { cols, keys: cols.map((c) => view.key(header.top, c)) };
}

/** The key of a row's one cell is a title repeated on a new page: '部门预算支出总表（续）', '续表'. */
function isContinuedTitle(key: string): boolean {
  const title = withoutContinued(key);
  return title !== undefined && looksLikeTitle(title);
}

/** The key of a row's one cell ends the table: a caption, a title, a paragraph of running text. */
function endsTable(key: string): boolean {
  if (isCaption(key)) return true;
  if (looksLikeTitle(key) && !parseCode(key)) return true;
  if (isSignOff(key)) return true;
  return key.length > 40 && /[，。；]/.test(key);
}

/** Up to this many printed blank rows may stand between a table's lines and its 合计 / 总计 or 注. */
const TEMPLATE_BLANK_ROWS = 40;

function colsIn(view: SheetView, header: Rect, row: number): number[] {
  return view.filledColsIn(row, header.left, header.right);
}

/** The first row after `row` with something in the table's columns, if it comes soon enough. */
function rowAfterBlanks(view: SheetView, header: Rect, row: number): number | undefined {
  for (let r = row + 1; r < view.rowCount && r <= row + TEMPLATE_BLANK_ROWS; r++) if (view.firstFilledColIn(r, header.left, header.right) >= 0) return r;
  return undefined;
}

/** A row that closes a table: its 注/说明, or its 合计 / 总计 line (not the header of a next table). */
function closesTable(view: SheetView, header: Rect, row: number): boolean {
  const cols = colsIn(view, header, row);
  if (isNote(view.key(row, cols[0]))) return true;
  if (isHeaderAnchor(view, row)) return false;
  return cols.some((c) => isTotalLineLabel(stripItemPrefix(view.key(row, c))));
}

/**
 * The 注 under a table and the 注 / 说明 lines right below it, as one text ('注：本表反映… \n说明：本年度
 * 没有…故本表无数据' — the second line is the one that says why the table is empty). Under a heading
 * ('“三公”经费口径说明') every paragraph down to a blank row is the note's.
 */
function readNotes(view: SheetView, header: Rect, row: number, col: number): { text: string; row: number; col: number; lastRow: number } {
  const texts = [view.text(row, col)];
  const underHeading = isNoteHeading(view.key(row, col));
  let last = row;
  for (let r = row + 1; r < view.rowCount; r++) {
    const cols = colsIn(view, header, r);
    if (cols.length !== 1 || !(underHeading || isNote(view.key(r, cols[0])))) break;
    texts.push(view.text(r, cols[0]));
    last = r;
  }
  return { text: texts.join('\n'), row, col, lastRow: last };
}

/** A figure cell of a block: an amount, percent or quantity column, or the 项目名称 column. */
interface FigureColumn {
  id: string;
  col: number;
  project: boolean;
  /**
   * The column's empty cell, one object for every line of every table read with this plan: most lines
   * leave most figure columns empty, and each empty cell was an object of its own that the first
   * collections copied. Never changed (setting aside a figure beyond any budget changes a value, never
   * an empty one); JSON and structured clones read it as before.
   */
  empty: AmountValue;
}

function figureColumn(c: Column, project: boolean): FigureColumn {
  return { id: c.id, col: c.col, project, empty: { column: c.id, col: c.col, value: null, decimals: 0, text: '' } };
}

/** How a block's row is read, worked out once per table from its columns. */
interface BlockPlan {
  index: number;
  labelCol?: number;
  /** The block has code columns (even when none of them could be found among the columns). */
  coded: boolean;
  /** The one 科目编码 column, or the 类 / 款 / 项 columns of a split code. */
  single?: number;
  lei?: number;
  kuan?: number;
  xiang?: number;
  hasXiang: boolean;
  /** Sheet columns of the code cells, shared by every line of the block (read-only). */
  codeCols: readonly number[];
  figures: FigureColumn[];
  /** How many of the figure columns are amount columns (not percent or quantity ones). */
  amountFigures: number;
}

function planBlock(block: Block, byId: Map<string, Column>): BlockPlan {
  const find = (id: string | undefined) => (id ? byId.get(id) : undefined);
  const codeColumns = block.codeColumns.map(find).filter((c): c is Column => !!c);
  const first = (role: string) => codeColumns.find((c) => c.role === role)?.col;
  const single = first('code');
  const plan: BlockPlan = {
    index: block.index,
    labelCol: find(block.labelColumn)?.col,
    coded: block.codeColumns.length > 0,
    single,
    lei: first('code-lei'),
    kuan: first('code-kuan'),
    xiang: first('code-xiang'),
    hasXiang: codeColumns.some((c) => c.role === 'code-xiang'),
    codeCols: Object.freeze(single !== undefined ? [single] : codeColumns.map((c) => c.col)),
    figures: [],
    amountFigures: 0,
  };
  for (const id of block.columns) {
    const c = byId.get(id)!;
    if (c.role === 'project-name') plan.figures.push(figureColumn(c, true));
    else if (AMOUNT_ROLES.has(c.role)) {
      plan.figures.push(figureColumn(c, false));
      if (c.role === 'amount') plan.amountFigures++;
    }
  }
  return plan;
}

/**
 * Every line of a table is built here, all its fields in one object literal (undefined where it has
 * none): lines of one shape keep each reader of a line's fields monomorphic — built field by field,
 * the lines of the bench workbook had six shapes, and every stage read them through megamorphic
 * property accesses. The order is the one the fields were always set in (`sheet` last: continued.ts
 * sets it on the lines a continued table carries over): the JSON of a table, which leaves undefined
 * fields out, is compared byte for byte.
 */
function lineOf(row: number, block: number, role: LineRole, label: string, amounts: Record<string, AmountValue>, labelCol?: number, codeCols?: number[], parsed?: ParsedCode, project?: string): Line {
  return {
    row,
    block,
    role,
    label,
    amounts,
    labelCol,
    codeCols,
    code: parsed?.code,
    codeSystem: parsed?.system,
    level: parsed?.level,
    project: project || undefined,
    key: undefined,
    unitCode: undefined,
    sheet: undefined,
  };
}

/** A line of a block's row. */
function newLine(row: number, plan: BlockPlan, role: LineRole, label: string, amounts: Record<string, AmountValue>, parsed: ParsedCode | undefined, project: string | undefined): Line {
  return lineOf(row, plan.index, role, label, amounts, plan.labelCol, plan.codeCols.length ? (plan.codeCols as number[]) : undefined, parsed, project);
}

/**
 * The figure of a cell, as parseAmountCell reads it, built in one object literal: a number cell (nearly
 * every figure of a long table) and an empty one are read without the intermediate ParsedAmount.
 */
function amountValueOf(f: FigureColumn, cell: Cell | undefined, text: string): AmountValue {
  const v = cell?.value;
  if (typeof v === 'number' && Number.isFinite(v)) {
    // The decimals of the text as shownDecimals reads them, its scan called here: through the wrapper,
    // on every figure, the JIT compiled the scan twice (alone, then inlined into shownDecimals).
    const plain = plainDecimals(cell!.text);
    return { column: f.id, col: f.col, value: v === 0 ? 0 : v, decimals: plain >= 0 ? plain : shownDecimals(cell!.text, v), text };
  }
  // An empty cell's text is '' (textOfCell): the column's one empty value.
  if (!cell || ((v === null || v === undefined) && !cell.text)) return f.empty;
  const p = parseAmountCell(cell);
  if (p.problem) return { column: f.id, col: f.col, value: p.value, decimals: p.decimals, text, problem: p.problem };
  return { column: f.id, col: f.col, value: p.value, decimals: p.decimals, text };
}

/**
 * What the body reader works out from the header alone — how each block's row is read, and the first
 * header row a repeated header starts with — the same for every table of a template (kept with the
 * remembered header, recognize/remembered-header.ts). Read-only: shared by those tables.
 */
export interface BodyLayout {
  plans: readonly BlockPlan[];
  first: HeaderRow;
  /** The first header row's first filled column, where a repeated header starts (-1: no header repeats). */
  firstHeaderCol: number;
}

export function bodyLayout(view: SheetView, header: Rect, columns: Column[], blocks: Block[]): BodyLayout {
  const byId = new Map(columns.map((c) => [c.id, c]));
  const first = headerRowOf(view, header);
  return { plans: blocks.map((b) => planBlock(b, byId)), first, firstHeaderCol: first.cols.length >= 2 ? first.cols[0] : -1 };
}

/** A code read from a code cell, and the name typed after it in the same cell ('2060101 行政运行'). */
type CodeAndName = ParsedCode & { name?: string };

class LineReader {
  private previousCode = new Map<number, string>();
  /** Some amount read so far is beyond any budget in 亿元 (Body.mayHoldImplausible). */
  mayHoldImplausible = false;
  /** Some amount read so far has a value (Body.holdsValue). */
  holdsValue = false;
  /** Body.amountCells and Body.unusualFigure of the lines read so far. */
  amountCells = 0;
  unusualFigure = false;
  constructor(
    private readonly view: SheetView,
    private readonly plans: readonly BlockPlan[],
  ) {}

  /**
   * The code of a block's row (with the name when one follows the code in its cell), or — when its
   * code cells hold none — their text ('' without code cells).
   */
  private code(plan: BlockPlan, cells: (Cell | undefined)[] | undefined): CodeAndName | string {
    if (plan.codeCols.length === 0) return '';
    if (plan.single !== undefined) {
      const text = textOfCell(cells?.[plan.single]);
      // '2060101 行政运行' typed into the code cell: the code leads, the name follows.
      const whole = parseCode(normalizeLabel(text));
      if (whole) return whole;
      const split = splitCodeAndName(text);
      return split ? { ...split.code, name: split.name } : text;
    }
    const part = (col: number | undefined) => (col === undefined ? '' : normalizeLabel(textOfCell(cells?.[col])));
    const lei = part(plan.lei);
    const kuan = part(plan.kuan);
    return joinSplitCode(lei, kuan, plan.hasXiang ? part(plan.xiang) : undefined, this.previousCode.get(plan.index)) ?? lei + kuan;
  }

  /** Pushes the lines of the row, one per block, onto `out`. */
  read(row: number, out: Line[]): void {
    const cells = this.view.sheet.rows[row];
    const plans = this.plans;
    for (let p = 0; p < plans.length; p++) {
      const plan = plans[p];
      let label = plan.labelCol !== undefined ? textOfCell(cells?.[plan.labelCol]) : '';
      const code = this.code(plan, cells);
      let parsed: ParsedCode | undefined = typeof code === 'string' ? undefined : code;
      const codeText = typeof code === 'string' ? code : (code.name ?? '');
      if (!label && codeText) label = codeText; // 合计 (or the name) written in the code cell
      const key = labelKey(label);
      if (!parsed && !plan.coded && key) parsed = codeOfLabel(key);
      const amounts: Record<string, AmountValue> = {};
      let anyFigure = false;
      let project: string | undefined;
      const figures = plan.figures;
      for (let i = 0; i < figures.length; i++) {
        const f = figures[i];
        const cell = cells?.[f.col];
        const text = textOfCell(cell);
        if (f.project) {
          if (text) project = text;
          continue;
        }
        const v = amountValueOf(f, cell, text);
        if (v.value !== null) {
          anyFigure = true;
          this.holdsValue = true;
          if (beyondAnyBudget(v.value, '亿元')) this.mayHoldImplausible = true;
          if (v.value < 0 || v.decimals >= 3 || v.problem !== undefined) this.unusualFigure = true;
        } else {
          if (text) anyFigure = true;
          if (v !== f.empty && v.problem !== undefined) this.unusualFigure = true;
        }
        amounts[f.id] = v;
      }
      const blank = !key && !parsed && !anyFigure && !project;
      if (!blank) this.amountCells += plan.amountFigures;
      out.push(newLine(row, plan, blank ? 'blank' : lineRoleOf(key, !!parsed), label, amounts, parsed, project));
      if (parsed && plan.coded) this.previousCode.set(plan.index, parsed.code);
    }
  }
}

/** What the body walk does after a row that is not a plain line: go on from a row, stop, or read the row as a line. */
const STOP = -1;
const READ_LINE = -2;

/**
 * The walk down a table's body. The loop of `read` handles the common row — a line of figures — in
 * a few tests; blank rows, notes, titles and repeated headers are handled by methods of their own.
 * Kept out of the loop, they do not weigh on every row: the loop's body stays small, so it runs
 * many rows before the JIT optimises it, and costs little to optimise when it does.
 */
class BodyWalk {
  private readonly lines: Line[] = [];
  /** What becomes the body's `bottom`, `columnNumbers` and `note`: kept in fields of their own, so the walk's objects keep one shape. */
  private bottom: number;
  private columnNumbers: Map<number, number> | undefined = undefined;
  private note: Body['note'] = undefined;
  private readonly reader: LineReader;
  private readonly first: HeaderRow;
  private readonly firstHeaderCol: number;
  private readonly depth: number;
  private blankRun = 0;
  private pendingBlank: Line[] = [];

  constructor(
    private readonly view: SheetView,
    private readonly header: Rect,
    layout: BodyLayout,
  ) {
    this.reader = new LineReader(view, layout.plans);
    this.bottom = header.bottom;
    this.depth = header.bottom - header.top + 1;
    this.first = layout.first;
    this.firstHeaderCol = layout.firstHeaderCol;
  }

  walk(): Body {
    const { view, header } = this;
    let row = this.columnNumberLine(header.bottom + 1);
    for (; row < view.rowCount; row++) {
      // The row's first filled column within the header's, and whether it is the only one: one scan
      // that stops at the second filled cell, in the loop (two calls of SheetView.firstFilledColIn were
      // compiled twice over: alone, then inlined here).
      const cells = view.sheet.rows[row];
      let firstCol = -1;
      let alone = true;
      if (cells) {
        const end = Math.min(cells.length - 1, header.right);
        for (let c = Math.max(header.left, 0); c <= end; c++) {
          const x = cells[c];
          if (!x || !cellHasContent(x)) continue;
          if (firstCol >= 0) {
            alone = false;
            break;
          }
          firstCol = c;
        }
      }
      if (firstCol < 0) {
        const next = this.blankRow(row);
        if (next === STOP) break;
        row = next;
        continue;
      }
      const firstKey = view.key(row, firstCol);
      // A repeated header starts in the first header row's first column with its key: told before its cells are listed.
      if (alone || isNote(firstKey) || (firstCol === this.firstHeaderCol && firstKey === this.first.keys[0] && repeatsHeader(view, this.first, row, header))) {
        const next = this.unusualRow(row, firstCol, alone, firstKey);
        if (next === STOP) break;
        if (next !== READ_LINE) {
          row = next;
          continue;
        }
      }
      this.blankRun = 0;
      if (this.pendingBlank.length) this.keepPendingBlanks();
      this.reader.read(row, this.lines);
      this.bottom = row;
    }
    const reader = this.reader;
    const body: Body = { lines: this.lines, bottom: this.bottom, mayHoldImplausible: reader.mayHoldImplausible, holdsValue: reader.holdsValue, amountCells: reader.amountCells, unusualFigure: reader.unusualFigure };
    if (this.columnNumbers) body.columnNumbers = this.columnNumbers;
    if (this.note) body.note = this.note;
    return body;
  }

  /** The 栏次 line at `row`, when there is one: the row the lines start at. */
  private columnNumberLine(row: number): number {
    const view = this.view;
    if (row >= view.rowCount || !isColumnNumberRow(view, row)) return row;
    const numbers = new Map<number, number>();
    for (const c of view.filledCols(row)) {
      const n = Number(view.key(row, c));
      if (Number.isInteger(n)) numbers.set(c, n);
    }
    this.columnNumbers = numbers;
    this.lines.push(lineOf(row, 0, 'column-number', view.text(row, view.filledCols(row)[0]), {}));
    this.bottom = row;
    return row + 1;
  }

  /** A row blank in the table's columns: the row to go on from (the loop steps past it), or STOP. */
  private blankRow(row: number): number {
    const { view, header } = this;
    this.pendingBlank.push(lineOf(row, 0, 'blank', '', {}));
    if (++this.blankRun < 2) return row;
    // Printed blank template rows: the table goes on when its 合计 / 总计 line or its 注 follows them.
    const next = rowAfterBlanks(view, header, row);
    if (next === undefined || !closesTable(view, header, next)) return STOP;
    for (let r = row + 1; r < next; r++) this.pendingBlank.push(lineOf(r, 0, 'blank', '', {}));
    return next - 1;
  }

  /**
   * A row with one filled cell, a 注, or a repeated header: the row to go on from (the loop steps past
   * it), STOP, or READ_LINE when it is a line after all.
   */
  private unusualRow(row: number, firstCol: number, alone: boolean, firstKey: string): number {
    const { view, header, first } = this;
    if (isNote(firstKey) || (alone && isNoteHeading(firstKey))) {
      const { lastRow, ...note } = readNotes(view, header, row, firstCol);
      this.note = note;
      this.bottom = lastRow;
      return STOP;
    }
    if (alone && isContinuedTitle(firstKey)) {
      // Skip the continued title, its meta lines and the repeated header (up to a few rows down).
      let next = row + 1;
      while (next < view.rowCount && next <= row + 5 && !repeatsHeader(view, first, next)) next++;
      if (next < view.rowCount && repeatsHeader(view, first, next)) {
        const last = this.repeatedHeaderEnd(next);
        this.blankRun = 0;
        this.pendingBlank = [];
        return last;
      }
    }
    if (alone && endsTable(firstKey)) return STOP;
    if (repeatsHeader(view, first, row, header)) {
      const last = this.repeatedHeaderEnd(row);
      this.blankRun = 0;
      // The repeated header belongs to the table (and a rejected candidate skips it whole).
      this.bottom = last;
      return last;
    }
    return READ_LINE;
  }

  /** The last row of a header repeated from `row` on, with the 栏次 line under it when there is one. */
  private repeatedHeaderEnd(row: number): number {
    const last = row + this.depth - 1;
    return last + 1 < this.view.rowCount && isColumnNumberRow(this.view, last + 1) ? last + 1 : last;
  }

  /** Blank rows followed by a line are the table's: their blank lines go in before it. */
  private keepPendingBlanks(): void {
    for (let i = 0; i < this.pendingBlank.length; i++) this.lines.push(this.pendingBlank[i]);
    this.pendingBlank = [];
  }
}

/** Reads the body that starts right under the header. */
export function readBody(view: SheetView, header: Rect, layout: BodyLayout): Body {
  return new BodyWalk(view, header, layout).walk();
}
