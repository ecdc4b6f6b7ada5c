/**
 * The body of a table: every row from the end of the header to the last line, each block of a row
 * read as one Line (role, code and level, label, project, amounts). Stops at a 注/备注 note, at two
 * blank rows, at the next table's caption or title, or at a paragraph of text; skips header rows
 * repeated on a new page.
 */
import type { Rect } from '../grid/types';
import { parseAmountCell } from '../grid/numbers';
import { normalizeLabel } from '../grid/text';
import type { AmountValue, Block, Column, Line, LineRole } from './types';
import type { SheetView } from './view';
import { isCaption, isNote, looksLikeTitle, stripItemPrefix } from './lexicon';
import { codeFromLabel, joinSplitCode, parseCode, type ParsedCode } from './codes';
import { isColumnNumberRow, isHeaderAnchor } from './header';

export interface Body {
  lines: Line[];
  /** Last row that belongs to the table (a line or the note). */
  bottom: number;
  note?: { text: string; row: number; col: number };
  /** Rows of the 栏次 line (first) with the number printed over each sheet column. */
  columnNumbers?: Map<number, number>;
}

const AMOUNT_ROLES = new Set(['amount', 'percent', 'quantity']);

function lineRoleOf(key: string, hasCode: boolean): LineRole {
  if (hasCode) return 'data';
  if (/^合计$|合计$/.test(key)) return 'total';
  if (/^总计$|总计$/.test(key)) return 'grand-total';
  if (/小计/.test(key)) return 'subtotal';
  return 'data';
}

/** A row that repeats the first header row (a table continued on a new page). */
function repeatsHeader(view: SheetView, header: Rect, row: number): boolean {
  const first = view.filledCols(header.top);
  const here = view.filledCols(row);
  if (first.length < 2 || first.length !== here.length) return false;
  for (let i = 0; i < first.length; i++) {
    if (first[i] !== here[i] || view.key(header.top, first[i]) !== view.key(row, here[i])) return false;
  }
  return true;
}

/** A title repeated on a new page: '部门预算支出总表（续）', '续表'. */
function isContinuedTitle(view: SheetView, row: number, cols: number[]): boolean {
  return cols.length === 1 && /续/.test(view.key(row, cols[0])) && looksLikeTitle(view.key(row, cols[0]).replace(/[(（]?续(表)?[)）]?$/, ''));
}

/** A row that ends the table: a caption, a title, a paragraph of running text. */
function endsTable(view: SheetView, row: number, cols: number[]): boolean {
  if (cols.length !== 1) return false;
  const key = view.key(row, cols[0]);
  if (isCaption(key)) return true;
  if (looksLikeTitle(key) && !parseCode(key)) return true;
  if (/^(制表|填表|审核|复核|负责人|联系人|填报人|单位负责人|财务负责人|主管会计|打印日期|报送日期)/.test(key)) return true;
  return key.length > 40 && /[，。；]/.test(key);
}

/** Up to this many printed blank rows may stand between a table's lines and its 合计 / 总计 or 注. */
const TEMPLATE_BLANK_ROWS = 40;

function colsIn(view: SheetView, header: Rect, row: number): number[] {
  return view.filledCols(row).filter((c) => c >= header.left && c <= header.right);
}

/** The first row after `row` with something in the table's columns, if it comes soon enough. */
function rowAfterBlanks(view: SheetView, header: Rect, row: number): number | undefined {
  for (let r = row + 1; r < view.rowCount && r <= row + TEMPLATE_BLANK_ROWS; r++) if (colsIn(view, header, r).length) return r;
  return undefined;
}

/** A row that closes a table: its 注/说明, or its 合计 / 总计 line (not the header of a next table). */
function closesTable(view: SheetView, header: Rect, row: number): boolean {
  const cols = colsIn(view, header, row);
  if (isNote(view.key(row, cols[0]))) return true;
  if (isHeaderAnchor(view, row)) return false;
  return cols.some((c) => /^(合计|总计|(收入|支出)总计|本年(收入|支出)合计)$/.test(stripItemPrefix(view.key(row, c))));
}

/**
 * The 注 under a table and the 注 / 说明 lines right below it, as one text ('注：本表反映… \n说明：本年度
 * 没有…故本表无数据' — the second line is the one that says why the table is empty).
 */
function readNotes(view: SheetView, header: Rect, row: number, col: number): { text: string; row: number; col: number; lastRow: number } {
  const texts = [view.text(row, col)];
  let last = row;
  for (let r = row + 1; r < view.rowCount; r++) {
    const cols = colsIn(view, header, r);
    if (cols.length !== 1 || !isNote(view.key(r, cols[0]))) break;
    texts.push(view.text(r, cols[0]));
    last = r;
  }
  return { text: texts.join('\n'), row, col, lastRow: last };
}

class LineReader {
  private previousCode = new Map<number, string>();
  private readonly columnsById: Map<string, Column>;
  constructor(
    private readonly view: SheetView,
    columns: Column[],
    private readonly blocks: Block[],
  ) {
    this.columnsById = new Map(columns.map((c) => [c.id, c]));
  }

  private byId(id: string | undefined): Column | undefined {
    return id ? this.columnsById.get(id) : undefined;
  }

  private code(block: Block, row: number): { parsed?: ParsedCode; cols: number[]; text: string } {
    const cols = block.codeColumns.map((id) => this.byId(id)!).filter(Boolean);
    if (cols.length === 0) return { cols: [], text: '' };
    const single = cols.find((c) => c.role === 'code');
    if (single) {
      const text = this.view.text(row, single.col);
      const key = normalizeLabel(text);
      // '2060101 行政运行' typed into the code cell: the leading digits are the code.
      const parsed = parseCode(key) ?? (/^\d{3,7}[^\d]/.test(key) ? codeFromLabel(key) : undefined);
      return { parsed, cols: [single.col], text: parsed ? text.replace(/^\s*\d+\s*/, '') : text };
    }
    const part = (role: string) => {
      const c = cols.find((x) => x.role === role);
      return c ? normalizeLabel(this.view.text(row, c.col)) : '';
    };
    const lei = part('code-lei');
    const kuan = part('code-kuan');
    const hasXiang = cols.some((c) => c.role === 'code-xiang');
    const parsed = joinSplitCode(lei, kuan, hasXiang ? part('code-xiang') : undefined, this.previousCode.get(block.index));
    const text = parsed ? '' : [lei, kuan].filter(Boolean).join('');
    return { parsed, cols: cols.map((c) => c.col), text };
  }

  read(row: number): Line[] {
    const out: Line[] = [];
    for (const block of this.blocks) {
      const labelCol = this.byId(block.labelColumn);
      let label = labelCol ? this.view.text(row, labelCol.col) : '';
      const code = this.code(block, row);
      let parsed = code.parsed;
      if (!label && code.text) label = code.text; // 合计 (or the name) written in the code cell
      const key = normalizeLabel(label);
      if (!parsed && block.codeColumns.length === 0 && key) parsed = codeFromLabel(key);
      const amounts: Record<string, AmountValue> = {};
      let anyValue = false;
      let anyText = false;
      let project: string | undefined;
      for (const id of block.columns) {
        const c = this.byId(id)!;
        if (c.role === 'project-name') {
          const p = this.view.text(row, c.col);
          if (p) project = p;
          continue;
        }
        if (!AMOUNT_ROLES.has(c.role)) continue;
        const cell = this.view.cell(row, c.col);
        const p = parseAmountCell(cell);
        const v: AmountValue = { column: c.id, col: c.col, value: p.value, decimals: p.decimals, text: this.view.text(row, c.col) };
        if (p.problem) v.problem = p.problem;
        if (p.value !== null) anyValue = true;
        if (v.text) anyText = true;
        amounts[c.id] = v;
      }
      const blank = !key && !parsed && !anyValue && !anyText && !project;
      const line: Line = { row, block: block.index, role: blank ? 'blank' : lineRoleOf(key, !!parsed), label, amounts };
      if (labelCol) line.labelCol = labelCol.col;
      if (code.cols.length) line.codeCols = code.cols;
      if (parsed) {
        line.code = parsed.code;
        line.codeSystem = parsed.system;
        line.level = parsed.level;
        if (block.codeColumns.length) this.previousCode.set(block.index, parsed.code);
      }
      if (project) line.project = project;
      out.push(line);
    }
    return out;
  }
}

/** Reads the body that starts right under the header. */
export function readBody(view: SheetView, header: Rect, columns: Column[], blocks: Block[]): Body {
  const reader = new LineReader(view, columns, blocks);
  const lines: Line[] = [];
  const body: Body = { lines, bottom: header.bottom };
  let row = header.bottom + 1;
  if (row < view.rowCount && isColumnNumberRow(view, row)) {
    const numbers = new Map<number, number>();
    for (const c of view.filledCols(row)) {
      const n = Number(view.key(row, c));
      if (Number.isInteger(n)) numbers.set(c, n);
    }
    body.columnNumbers = numbers;
    lines.push({ row, block: 0, role: 'column-number', label: view.text(row, view.filledCols(row)[0]), amounts: {} });
    body.bottom = row;
    row++;
  }
  const depth = header.bottom - header.top + 1;
  let blankRun = 0;
  let pendingBlank: Line[] = [];
  for (; row < view.rowCount; row++) {
    const cols = view.filledCols(row).filter((c) => c >= header.left && c <= header.right);
    if (cols.length === 0) {
      pendingBlank.push({ row, block: 0, role: 'blank', label: '', amounts: {} });
      if (++blankRun < 2) continue;
      // Printed blank template rows: the table goes on when its 合计 / 总计 line or its 注 follows them.
      const next = rowAfterBlanks(view, header, row);
      if (next === undefined || !closesTable(view, header, next)) break;
      for (let r = row + 1; r < next; r++) pendingBlank.push({ row: r, block: 0, role: 'blank', label: '', amounts: {} });
      row = next - 1;
      continue;
    }
    const firstKey = view.key(row, cols[0]);
    if (isNote(firstKey)) {
      const { lastRow, ...note } = readNotes(view, header, row, cols[0]);
      body.note = note;
      body.bottom = lastRow;
      break;
    }
    if (isContinuedTitle(view, row, cols)) {
      // Skip the continued title, its meta lines and the repeated header (up to a few rows down).
      let next = row + 1;
      while (next < view.rowCount && next <= row + 5 && !repeatsHeader(view, header, next)) next++;
      if (next < view.rowCount && repeatsHeader(view, header, next)) {
        row = next + depth - 1;
        if (row + 1 < view.rowCount && isColumnNumberRow(view, row + 1)) row++;
        blankRun = 0;
        pendingBlank = [];
        continue;
      }
    }
    if (endsTable(view, row, cols)) break;
    if (repeatsHeader(view, header, row)) {
      row += depth - 1;
      if (row + 1 < view.rowCount && isColumnNumberRow(view, row + 1)) row++;
      blankRun = 0;
      // The repeated header belongs to the table (and a rejected candidate skips it whole).
      body.bottom = row;
      continue;
    }
    blankRun = 0;
    lines.push(...pendingBlank);
    pendingBlank = [];
    const read = reader.read(row);
    lines.push(...read);
    body.bottom = row;
  }
  return body;
}
