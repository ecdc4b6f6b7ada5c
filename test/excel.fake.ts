/**
 * An in-memory fake of the slice of the Excel JavaScript object model the adapter uses, written to
 * behave as Microsoft documents Excel, not as the adapter would like it to. Each behaviour names the
 * page it follows:
 *
 *   - Proxy objects and sync: every method call, property write and load() only queues a command;
 *     context.sync() runs the queue in order and only then may loaded properties be read (else
 *     PropertyNotLoaded). https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model
 *   - A command that fails stops its batch there: the commands before it stay done (nothing is rolled
 *     back), the ones after it never run, and sync() rejects with the error's code.
 *     http://buildingofficeaddins.com/proxy-objects/ ("How long can you keep going? And what happens on
 *     errors?", by the Office.js API's designer) and the error codes of
 *     https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 *   - getItem() of a sheet that does not exist fails at sync with ItemNotFound; *OrNullObject variants
 *     report isNullObject after the sync instead. (Same model page, "*OrNullObject methods and properties".)
 *   - Range.values written as a string that starts with "=", "+" or "-" becomes a formula unless the
 *     cell is formatted as text ("@"); a string that reads as a number becomes a number.
 *     https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member
 *   - Range.text is the value shown through the cell's numberFormat (thousands separators, %, dates,
 *     "-" for zero, "(1,234)" for negatives), formatted by SheetJS's ssf, an implementation of Excel's
 *     format codes. https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-text-member,
 *     https://support.microsoft.com/office/number-format-codes-5026bbd6-04bc-48cd-bf33-80f18b4eae68
 *   - getMergedAreasOrNullObject fails when the range holds more than 512 merged areas (the page
 *     names no error code; the fake uses GeneralException).
 *     https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)
 *   - A response over 5 MB fails with ResponsePayloadSizeLimitExceeded (Excel on the web).
 *     https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 *   - Writes to a protected sheet fail with AccessDenied.
 *   - Cell-edit mode: a batch fails with InvalidOperationInCellEditMode, unless Excel.run was given
 *     delayForCellEdit and the host honours it: then the batch waits until the edit ends.
 *     https://learn.microsoft.com/javascript/api/excel/excel.runoptions
 *   - The host and the loaded script are two things: `api` is what isSetSupported answers (the host),
 *     `script` is what the office.js host script defines. A member the script lacks is simply not
 *     there (Worksheet.notes in the @microsoft/office-js 1.1.110 scripts, which stop at ExcelApi 1.15);
 *     a member the script has but the host lacks fails at sync with ApiNotFound.
 */
import { format as formatNumber } from 'ssf';
import { columnLetters, parseA1, parseRangeA1, rectToA1 } from '../src/engine/grid/a1';
import type { Rect } from '../src/engine/grid/types';

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const MERGED_AREAS_LIMIT = 512;

export interface FakeCell {
  value: string | number | boolean;
  /** The shown text; default: the value through numberFormat, as Excel shows it. */
  text?: string;
  /** Excel format code; default "General". */
  numberFormat?: string;
  fill?: string | null; // null/undefined: no fill
  /** '=SUM(C5:C9)': `value` is then its cached result. */
  formula?: string;
}

/** A cell as the fake book stores it. */
export interface FakeCellData {
  value: string | number | boolean;
  text: string;
  numberFormat?: string;
  fill: string | null;
  formula?: string;
}

export interface FakeSheetSpec {
  name: string;
  cells?: Record<string, FakeCell | string | number>; // A1 → cell
  merges?: string[]; // A1 ranges
  protected?: boolean;
  notes?: Record<string, string>;
  /** Hidden rows by their number (1-based, as Excel shows them) and hidden columns by letter. */
  hiddenRows?: number[];
  hiddenCols?: string[];
}

export class OfficeError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

export interface SheetData {
  name: string;
  cells: Map<string, FakeCellData>;
  merges: Rect[];
  protected: boolean;
  notes: Map<string, string>;
  /** 0-based. */
  hiddenRows: Set<number>;
  hiddenCols: Set<number>;
}

const key = (r: number, c: number) => `${r},${c}`;
const EMPTY: FakeCellData = { value: '', text: '', fill: null };

/** What Excel shows for a value in a format (Range.text). */
export function displayText(value: string | number | boolean, numberFormat = 'General'): string {
  if (value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return numberFormat === '@' || !/@/.test(numberFormat) ? value : formatNumber(numberFormat, value);
  return formatNumber(numberFormat, value);
}

/** A value written through Range.values, as Excel stores it. */
function storedCell(value: string | number | boolean, old: FakeCellData | undefined): FakeCellData {
  const numberFormat = old?.numberFormat;
  const base = { fill: old?.fill ?? null, ...(numberFormat ? { numberFormat } : {}) };
  if (typeof value === 'string' && numberFormat !== '@') {
    if (/^[+-]?\d+(\.\d+)?$/.test(value.trim())) value = Number(value);
    else if (/^[=+-]./.test(value)) {
      // Excel takes it as a formula; prose is not a valid one and shows #NAME?.
      return { ...base, value: '#NAME?', text: '#NAME?', formula: value.startsWith('=') ? value : `=${value}` };
    }
  }
  return { ...base, value, text: displayText(value, numberFormat) };
}

function parseProps(p: string | string[] | undefined): string[] {
  if (p === undefined) return ['*'];
  const list = Array.isArray(p) ? p : p.split(',');
  return list.map((s) => s.trim()).filter(Boolean);
}

function byteLength(x: unknown): number {
  return Buffer.byteLength(JSON.stringify(x), 'utf8');
}

/** One queued command; returns the bytes it adds to the response. */
interface Command {
  label: string;
  sheet?: string;
  run: () => number | void;
}

abstract class Proxy {
  private readonly snapshot = new Map<string, unknown>();
  /** Fills a property as a collection load of its parent does ('items/name'). */
  seed(prop: string, value: unknown): void {
    this.snapshot.set(prop, value);
  }
  constructor(protected readonly ctx: FakeContext) {}
  load(props?: string | string[]): this {
    const list = parseProps(props);
    this.ctx.queue({
      label: 'load',
      run: () => {
        let bytes = 0;
        const isNull = this.snapshot.get('isNullObject') === true; // a null object's properties load as null
        for (const p of list) {
          const v = isNull ? null : this.fetch(p);
          this.snapshot.set(p, v);
          bytes += byteLength(v ?? null);
        }
        return bytes;
      },
    });
    return this;
  }
  /** The property's current value in the book (runs at sync). */
  protected abstract fetch(prop: string): unknown;
  protected read<T>(prop: string): T {
    if (!this.snapshot.has(prop)) throw new Error(`PropertyNotLoaded: '${prop}' was read before load('${prop}') and context.sync()`);
    return this.snapshot.get(prop) as T;
  }
  /** *OrNullObject: existence is known after the sync that resolved it. */
  protected nullState(exists: () => boolean): void {
    this.ctx.queue({ label: 'resolve', run: () => void this.snapshot.set('isNullObject', !exists()) });
  }
  get isNullObject(): boolean {
    if (!this.snapshot.has('isNullObject')) throw new Error('PropertyNotLoaded: isNullObject read before context.sync()');
    return this.snapshot.get('isNullObject') as boolean;
  }
}

/** Where a worksheet proxy points: resolved when a command runs, as Excel resolves object paths at sync. */
type SheetRef = () => SheetData | undefined;

function need(ref: SheetRef): SheetData {
  const s = ref();
  if (!s) throw new OfficeError('ItemNotFound', 'The requested resource doesn’t exist.');
  return s;
}

class FakeFill extends Proxy {
  constructor(ctx: FakeContext, private readonly range: FakeRange) {
    super(ctx);
  }
  protected fetch(prop: string): unknown {
    const fill = this.range.firstCell().fill;
    if (prop === 'color') return fill ?? '#FFFFFF';
    if (prop === 'pattern') {
      this.ctx.requireApi('1.9');
      return fill ? 'Solid' : 'None';
    }
    return undefined;
  }
  get color(): string {
    return this.read('color');
  }
  set color(v: string) {
    this.range.write('fill', (c) => (c.fill = v.toUpperCase()));
  }
  get pattern(): string {
    return this.read('pattern');
  }
  clear(): void {
    this.range.write('fill', (c) => (c.fill = null));
  }
}

class FakeFont {
  bold = false;
}

class FakeFormat {
  readonly fill: FakeFill;
  readonly font = new FakeFont();
  wrapText = false;
  columnWidth = 0;
  verticalAlignment = 'Bottom';
  constructor(ctx: FakeContext, range: FakeRange) {
    this.fill = new FakeFill(ctx, range);
  }
}

/**
 * Range.rowHidden / columnHidden: true when every row (column) of the range is hidden, false when
 * none is, null when some are.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-rowhidden-member
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-columnhidden-member
 */
function allSomeNone(from: number, to: number, hidden: (i: number) => boolean): boolean | null {
  let count = 0;
  for (let i = from; i <= to; i++) if (hidden(i)) count++;
  return count === 0 ? false : count === to - from + 1 ? true : null;
}

export class FakeRange extends Proxy {
  readonly format: FakeFormat;
  constructor(
    ctx: FakeContext,
    readonly sheetRef: SheetRef,
    /** The rectangle, decided at sync (a used range is known only then); undefined: a null object. */
    private readonly rectRef: (s: SheetData) => Rect | undefined,
    nullable = false,
  ) {
    super(ctx);
    this.format = new FakeFormat(ctx, this);
    if (nullable) this.nullState(() => !!this.rectRef(need(this.sheetRef)));
  }
  private target(): { sheet: SheetData; rect: Rect } {
    const sheet = need(this.sheetRef);
    const rect = this.rectRef(sheet);
    if (!rect) throw new OfficeError('InvalidReference', 'null object');
    return { sheet, rect };
  }
  firstCell(): FakeCellData {
    const { sheet, rect } = this.target();
    return sheet.cells.get(key(rect.top, rect.left)) ?? EMPTY;
  }
  private matrix<T>(f: (c: FakeCellData | undefined) => T): T[][] {
    const { sheet, rect } = this.target();
    const out: T[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: T[] = [];
      for (let c = rect.left; c <= rect.right; c++) row.push(f(sheet.cells.get(key(r, c))));
      out.push(row);
    }
    return out;
  }
  protected fetch(prop: string): unknown {
    switch (prop) {
      case 'values':
        return this.matrix((c) => c?.value ?? '');
      case 'text':
        return this.matrix((c) => c?.text ?? '');
      case 'formulas':
        return this.matrix((c) => c?.formula ?? c?.value ?? '');
      case 'numberFormat':
        return this.matrix((c) => c?.numberFormat ?? 'General');
      case 'rowIndex':
        return this.target().rect.top;
      case 'columnIndex':
        return this.target().rect.left;
      case 'rowCount': {
        const { rect } = this.target();
        return rect.bottom - rect.top + 1;
      }
      case 'columnCount': {
        const { rect } = this.target();
        return rect.right - rect.left + 1;
      }
      case 'address': {
        const { sheet, rect } = this.target();
        return `${sheet.name}!${rectToA1(rect)}`;
      }
      case 'rowHidden': {
        const { sheet, rect } = this.target();
        return allSomeNone(rect.top, rect.bottom, (r) => sheet.hiddenRows.has(r));
      }
      case 'columnHidden': {
        const { sheet, rect } = this.target();
        return allSomeNone(rect.left, rect.right, (c) => sheet.hiddenCols.has(c));
      }
      default:
        return undefined;
    }
  }
  get rowHidden(): boolean | null {
    return this.read('rowHidden');
  }
  get columnHidden(): boolean | null {
    return this.read('columnHidden');
  }
  get values(): (string | number | boolean)[][] {
    return this.read('values');
  }
  set values(v: (string | number | boolean)[][]) {
    this.write('values', (cell, i, j) => {
      delete cell.formula; // writing a value replaces a formula
      Object.assign(cell, storedCell(v[i][j], cell));
    });
  }
  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  set numberFormat(v: string[][]) {
    this.write('numberFormat', (cell, i, j) => {
      cell.numberFormat = v[i][j];
      cell.text = displayText(cell.value, cell.numberFormat);
    });
  }
  /** The formula of each cell ('=…'), or its value when it holds none. */
  get formulas(): (string | number | boolean)[][] {
    return this.read('formulas');
  }
  get text(): string[][] {
    return this.read('text');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get address(): string {
    return this.read('address');
  }
  /** Queues a write to every cell of the range. */
  write(label: string, f: (c: FakeCellData, i: number, j: number) => void): void {
    this.ctx.queue({
      label,
      run: () => {
        const { sheet, rect } = this.target();
        this.ctx.writeGuard(sheet);
        for (let r = rect.top; r <= rect.bottom; r++) {
          for (let c = rect.left; c <= rect.right; c++) {
            const k = key(r, c);
            const old = sheet.cells.get(k);
            const cell: FakeCellData = { ...(old ?? EMPTY) };
            f(cell, r - rect.top, c - rect.left);
            if (cell.value === '' && !cell.fill && !cell.formula && !cell.numberFormat) sheet.cells.delete(k);
            else sheet.cells.set(k, cell);
          }
        }
      },
    });
  }
  select(): void {
    this.ctx.queue({
      label: 'select',
      run: () => {
        const { sheet, rect } = this.target();
        this.ctx.selection = `${sheet.name}!${rectToA1(rect)}`;
      },
    });
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      this.ctx.requireApi('1.13');
      const { sheet, rect } = this.target();
      const inside = sheet.merges.filter((m) => m.top >= rect.top && m.bottom <= rect.bottom && m.left >= rect.left && m.right <= rect.right);
      if (inside.length > MERGED_AREAS_LIMIT) throw new OfficeError('GeneralException', `${inside.length} merged areas (more than ${MERGED_AREAS_LIMIT})`);
      return { sheet, rects: inside };
    });
  }
}

class FakeRangeAreas extends Proxy {
  constructor(ctx: FakeContext, private readonly areas: () => { sheet: SheetData; rects: Rect[] }) {
    super(ctx);
    this.nullState(() => this.areas().rects.length > 0);
  }
  protected fetch(prop: string): unknown {
    if (prop !== 'address') return undefined;
    const { sheet, rects } = this.areas();
    const quoted = /[^A-Za-z0-9_]/.test(sheet.name) ? `'${sheet.name}'` : sheet.name;
    return rects.map((r) => `${quoted}!${rectToA1(r)}`).join(',');
  }
  get address(): string {
    return this.read('address');
  }
}

class FakeProtection extends Proxy {
  constructor(ctx: FakeContext, private readonly sheetRef: SheetRef) {
    super(ctx);
  }
  protected fetch(prop: string): unknown {
    return prop === 'protected' ? need(this.sheetRef).protected : undefined;
  }
  get protected(): boolean {
    return this.read('protected');
  }
}

class FakeNote extends Proxy {
  constructor(ctx: FakeContext, private readonly sheetRef: SheetRef, private readonly cell: string) {
    super(ctx);
    this.nullState(() => need(this.sheetRef).notes.has(this.cell));
  }
  protected fetch(prop: string): unknown {
    return prop === 'content' ? need(this.sheetRef).notes.get(this.cell) ?? '' : undefined;
  }
  get content(): string {
    return this.read('content');
  }
  delete(): void {
    this.ctx.queue({
      label: 'note.delete',
      run: () => {
        const sheet = need(this.sheetRef);
        if (!sheet.notes.has(this.cell)) throw new OfficeError('ItemNotFound', 'note does not exist');
        this.ctx.writeGuard(sheet);
        sheet.notes.delete(this.cell);
      },
    });
  }
}

class FakeNotes {
  constructor(private readonly ctx: FakeContext, private readonly sheetRef: SheetRef) {}
  add(cell: string, content: string): void {
    this.ctx.queue({
      label: 'note.add',
      run: () => {
        this.ctx.requireApi('1.18');
        const sheet = need(this.sheetRef);
        this.ctx.writeGuard(sheet);
        if (sheet.notes.has(cell)) throw new OfficeError('InvalidArgument', 'cell already has a note');
        sheet.notes.set(cell, content);
      },
    });
  }
  getItemOrNullObject(cell: string): FakeNote {
    this.ctx.queue({ label: 'notes', run: () => this.ctx.requireApi('1.18') });
    return new FakeNote(this.ctx, this.sheetRef, cell);
  }
}

export class FakeWorksheet extends Proxy {
  readonly protection: FakeProtection;
  constructor(ctx: FakeContext, readonly ref: SheetRef, nullable = false) {
    super(ctx);
    this.protection = new FakeProtection(ctx, ref);
    if (nullable) this.nullState(() => !!this.ref());
    // Worksheet.notes exists only in host scripts of ExcelApi 1.18 and later.
    if (ctx.scriptHas('1.18')) Object.defineProperty(this, 'notes', { value: new FakeNotes(ctx, ref), enumerable: true });
  }
  protected fetch(prop: string): unknown {
    if (prop === 'name') return need(this.ref).name;
    if (prop === 'protection/protected') return need(this.ref).protected;
    return undefined;
  }
  get name(): string {
    return this.read('name');
  }
  /** Preloaded by a collection load ('items/name', 'items/protection/protected'). */
  preload(props: string[]): void {
    for (const p of props) {
      if (p === 'protection/protected') this.protection.seed('protected', need(this.ref).protected);
      else this.seed(p, this.fetch(p));
    }
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.ctx,
      this.ref,
      (s) => {
        let rect: Rect | undefined;
        for (const [k, c] of s.cells) {
          if (c.value === '' && !c.formula) continue;
          const [r, col] = k.split(',').map(Number);
          rect = rect
            ? { top: Math.min(rect.top, r), left: Math.min(rect.left, col), bottom: Math.max(rect.bottom, r), right: Math.max(rect.right, col) }
            : { top: r, left: col, bottom: r, right: col };
        }
        return rect;
      },
      true,
    );
  }
  getRange(address?: string): FakeRange {
    if (address === undefined) return new FakeRange(this.ctx, this.ref, () => ({ top: 0, left: 0, bottom: 1_048_575, right: 16_383 }));
    const rect = parseRangeA1(address);
    if (!rect) throw new OfficeError('InvalidArgument', `bad address ${address}`);
    return new FakeRange(this.ctx, this.ref, () => rect);
  }
  activate(): void {
    this.ctx.queue({ label: 'activate', run: () => void (this.ctx.activeSheet = need(this.ref).name) });
  }
  /**
   * Removes the sheet from the workbook, queued like every other command until sync.
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)
   */
  delete(): void {
    this.ctx.queue({
      label: 'sheet.delete',
      run: () => {
        const sheets = this.ctx.book.sheets;
        sheets.splice(sheets.indexOf(need(this.ref)), 1);
      },
    });
  }
}

class FakeWorksheets extends Proxy {
  constructor(ctx: FakeContext, private readonly book: FakeBook) {
    super(ctx);
  }
  protected fetch(prop: string): unknown {
    if (prop !== 'items') return undefined;
    return this.book.sheets.map((s) => s);
  }
  private itemProps: string[] = [];
  get items(): FakeWorksheet[] {
    const sheets = this.read<SheetData[]>('items');
    return sheets.map((s) => {
      const ws = new FakeWorksheet(this.ctx, () => (this.book.sheets.includes(s) ? s : undefined));
      ws.preload(this.itemProps);
      return ws;
    });
  }
  override load(props?: string | string[]): this {
    // 'items/name', 'items/protection/protected': the collection's items with those properties.
    const list = parseProps(props);
    this.itemProps = list.filter((p) => p.startsWith('items/')).map((p) => p.slice('items/'.length));
    return super.load(list.some((p) => p.startsWith('items')) ? ['items'] : list);
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.book.sheets.find((x) => x.name === name));
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.book.sheets.find((x) => x.name === name), true);
  }
  add(name: string): FakeWorksheet {
    let added: SheetData | undefined;
    this.ctx.queue({
      label: 'sheet.add',
      run: () => {
        if (this.book.sheets.some((s) => s.name === name)) throw new OfficeError('ItemAlreadyExists', name);
        added = { name, cells: new Map(), merges: [], protected: false, notes: new Map(), hiddenRows: new Set(), hiddenCols: new Set() };
        this.book.sheets.push(added);
      },
    });
    return new FakeWorksheet(this.ctx, () => added);
  }
}

class FakeSetting extends Proxy {
  constructor(ctx: FakeContext, private readonly book: FakeBook, private readonly k: string) {
    super(ctx);
    this.nullState(() => this.book.settings.has(this.k));
  }
  protected fetch(prop: string): unknown {
    return prop === 'value' ? this.book.settings.get(this.k) : undefined;
  }
  get value(): unknown {
    return this.read('value');
  }
}

class FakeSettings {
  constructor(private readonly ctx: FakeContext, private readonly book: FakeBook) {}
  add(k: string, value: unknown): void {
    this.ctx.queue({ label: 'settings.add', run: () => void this.book.settings.set(k, value) });
  }
  getItemOrNullObject(k: string): FakeSetting {
    return new FakeSetting(this.ctx, this.book, k);
  }
}

/** The workbook's state, shared by every context (every Excel.run) over it. */
export class FakeBook {
  sheets: SheetData[];
  settings = new Map<string, unknown>();
  private editEnded?: () => void;
  private edit?: Promise<void>;
  constructor(specs: FakeSheetSpec[]) {
    this.sheets = specs.map((s) => {
      const cells = new Map<string, FakeCellData>();
      for (const [a1, raw] of Object.entries(s.cells ?? {})) {
        const at = parseA1(a1)!;
        const c: FakeCell = typeof raw === 'object' ? raw : { value: raw };
        const data: FakeCellData = {
          value: c.value,
          text: c.text ?? displayText(c.value, c.numberFormat),
          fill: c.fill ? c.fill.toUpperCase() : null,
        };
        if (c.numberFormat) data.numberFormat = c.numberFormat;
        if (c.formula) data.formula = c.formula;
        cells.set(key(at.row, at.col), data);
      }
      return {
        name: s.name,
        cells,
        merges: (s.merges ?? []).map((m) => parseRangeA1(m)!),
        protected: !!s.protected,
        notes: new Map(Object.entries(s.notes ?? {})),
        hiddenRows: new Set((s.hiddenRows ?? []).map((n) => n - 1)),
        hiddenCols: new Set((s.hiddenCols ?? []).map((letters) => parseA1(`${letters}1`)!.col)),
      };
    });
  }
  sheet(name: string): SheetData {
    return this.sheets.find((s) => s.name === name)!;
  }
  cell(sheet: string, a1: string): FakeCellData | undefined {
    const at = parseA1(a1)!;
    return this.sheet(sheet).cells.get(key(at.row, at.col));
  }
  /** The user starts typing in a cell (Excel's cell-edit mode). */
  startCellEdit(): void {
    this.edit = new Promise((resolve) => (this.editEnded = resolve));
  }
  /** The user presses Enter or Esc. */
  endCellEdit(): void {
    this.editEnded?.();
    this.edit = undefined;
  }
  /** Resolves when cell-edit mode ends; undefined when the book is not in it. */
  get cellEdit(): Promise<void> | undefined {
    return this.edit;
  }
}

export interface FakeOptions {
  /** ExcelApi version the host supports (what isSetSupported answers). Default '1.18'. */
  api?: string;
  /** ExcelApi version the loaded host script defines. Default: the host's. */
  script?: string;
  /** Whether the host honours RunOptions.delayForCellEdit. Default true. */
  delayForCellEdit?: boolean;
  /** Fails the command it returns a code for (Excel refusing one step of a batch). */
  failCommand?: (command: { label: string; index: number; sync: number; labels: string[] }) => string | undefined;
  /** The next sync fails with this code before running anything. */
  nextSync?: string;
}

export class FakeContext {
  syncCount = 0;
  /** Response bytes of each sync Excel answered. */
  payloads: number[] = [];
  /** Response bytes of each sync refused for exceeding the payload limit. */
  refused: number[] = [];
  /** Syncs that waited for the user to leave cell-edit mode. */
  delayedSyncs = 0;
  /** Labels of the commands each sync ran. */
  ran: string[][] = [];
  screenSuspensions = 0;
  selection?: string;
  activeSheet?: string;
  readonly workbook: { worksheets: FakeWorksheets; settings: FakeSettings };
  readonly application: { suspendScreenUpdatingUntilNextSync?: () => void } = {};
  private commands: Command[] = [];
  private readonly api: string;
  private readonly script: string;

  constructor(
    readonly book: FakeBook,
    options: FakeOptions | string = {},
    private readonly delay = false,
  ) {
    this.options = typeof options === 'string' ? { api: options } : options;
    this.api = this.options.api ?? '1.18';
    this.script = this.options.script ?? this.api;
    this.workbook = { worksheets: new FakeWorksheets(this, book), settings: new FakeSettings(this, book) };
    if (this.scriptHas('1.9')) {
      this.application.suspendScreenUpdatingUntilNextSync = () =>
        this.queue({ label: 'suspend', run: () => (this.requireApi('1.9'), void this.screenSuspensions++) });
    }
  }
  private readonly options: FakeOptions;
  scriptHas(version: string): boolean {
    return compareVersion(version, this.script) <= 0;
  }
  queue(c: Command): void {
    this.commands.push(c);
  }
  writeGuard(sheet: SheetData): void {
    if (sheet.protected) throw new OfficeError('AccessDenied', `sheet ${sheet.name} is protected`);
  }
  requireApi(version: string): void {
    if (compareVersion(version, this.api) > 0) throw new OfficeError('ApiNotFound', `ExcelApi ${version} not supported`);
  }
  async sync(): Promise<void> {
    this.syncCount++;
    const commands = this.commands;
    this.commands = [];
    const edit = this.book.cellEdit;
    if (edit) {
      if (!this.delay) throw new OfficeError('InvalidOperationInCellEditMode', 'cell edit mode');
      this.delayedSyncs++;
      await edit;
    }
    if (this.options.nextSync) {
      const code = this.options.nextSync;
      this.options.nextSync = undefined;
      throw new OfficeError(code, code);
    }
    let bytes = 0;
    const ran: string[] = [];
    this.ran.push(ran);
    const labels = commands.map((c) => c.label);
    commands.forEach((c, index) => {
      const code = this.options.failCommand?.({ label: c.label, index, sync: this.syncCount, labels });
      if (code) throw new OfficeError(code, `${c.label} refused`);
      bytes += c.run() ?? 0;
      ran.push(c.label);
    });
    if (bytes > PAYLOAD_LIMIT) {
      this.refused.push(bytes);
      throw new OfficeError('ResponsePayloadSizeLimitExceeded', `response of ${bytes} bytes`);
    }
    this.payloads.push(bytes);
  }
}

export function compareVersion(a: string, b: string): number {
  const [a1, a2] = a.split('.').map(Number);
  const [b1, b2] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
}

/**
 * OfficeDeps over a fake book: `run` makes a fresh context per call and keeps them for inspection.
 * `options` may be just the host's ExcelApi version.
 */
export function fakeOffice(book: FakeBook, options: FakeOptions | string = {}) {
  const opts: FakeOptions = typeof options === 'string' ? { api: options } : options;
  const api = opts.api ?? '1.18';
  const contexts: FakeContext[] = [];
  return {
    contexts,
    deps: {
      run: async <T>(runOptions: { delayForCellEdit?: boolean }, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
        const ctx = new FakeContext(book, opts, !!runOptions.delayForCellEdit && opts.delayForCellEdit !== false);
        contexts.push(ctx);
        return batch(ctx as unknown as Excel.RequestContext);
      },
      isSetSupported: (name: string, version: string) => name === 'ExcelApi' && compareVersion(version, api) <= 0,
    },
    last: () => contexts[contexts.length - 1],
  };
}

export { columnLetters };
