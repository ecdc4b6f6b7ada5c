/**
 * An in-memory fake of the slice of the Excel JavaScript object model the adapter uses.
 * It behaves like the real proxies where it matters for correctness:
 *   - a property can be read only after load() AND a context.sync() (else it throws, like
 *     PropertyNotLoaded), and *OrNullObject proxies report isNullObject only after a sync;
 *   - every context.sync() is counted, and the bytes of loaded values/text per sync are measured:
 *     a response over 5 MB fails as Excel's does (ResponsePayloadSizeLimitExceeded);
 *   - writes to a protected sheet fail at the next sync with AccessDenied;
 *   - `failNextSync(code)` simulates Excel refusing (cell edit mode …);
 *   - a cell may hold a formula: `formulas` shows it, `values` shows its cached result, and writing
 *     `values` replaces it, as in Excel.
 * Writes apply immediately (the adapter never reads back unsynced writes, so order is preserved).
 */
import { columnLetters, parseA1, parseRangeA1, rectToA1 } from '../src/engine/grid/a1';
import type { Rect } from '../src/engine/grid/types';

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface FakeCell {
  value: string | number | boolean;
  text?: string;
  fill?: string | null; // null/undefined: no fill
  /** '=SUM(C5:C9)': `value` is then its cached result. */
  formula?: string;
}

/** A cell as the fake book stores it. */
export interface FakeCellData {
  value: string | number | boolean;
  text: string;
  fill: string | null;
  formula?: string;
}

export interface FakeSheetSpec {
  name: string;
  cells?: Record<string, FakeCell | string | number>; // A1 → cell
  merges?: string[]; // A1 ranges
  protected?: boolean;
  notes?: Record<string, string>;
}

class OfficeError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

interface SheetData {
  name: string;
  cells: Map<string, FakeCellData>;
  merges: Rect[];
  protected: boolean;
  notes: Map<string, string>;
}

const key = (r: number, c: number) => `${r},${c}`;

function parseProps(p: string | string[] | undefined): string[] {
  if (p === undefined) return ['*'];
  const list = Array.isArray(p) ? p : p.split(',');
  return list.map((s) => s.trim()).filter(Boolean);
}

abstract class Proxy {
  private pending = new Set<string>();
  private loaded = new Set<string>();
  private synced = false;
  constructor(protected readonly ctx: FakeContext) {}
  load(props?: string | string[]): this {
    for (const p of parseProps(props)) this.pending.add(p);
    this.ctx.enqueue(this);
    return this;
  }
  /** Called by sync: pending loads become readable; returns the response bytes. */
  resolve(): number {
    for (const p of this.pending) this.loaded.add(p);
    const bytes = this.responseBytes([...this.pending]);
    this.pending.clear();
    this.synced = true;
    return bytes;
  }
  protected responseBytes(_props: string[]): number {
    return 0;
  }
  protected read<T>(prop: string, get: () => T): T {
    if (!this.loaded.has(prop) && !this.loaded.has('*')) {
      throw new Error(`PropertyNotLoaded: '${prop}' was read before load('${prop}') and context.sync()`);
    }
    return get();
  }
  protected get wasSynced(): boolean {
    return this.synced;
  }
  protected nullCheck(exists: () => boolean): boolean {
    if (!this.synced) throw new Error('PropertyNotLoaded: isNullObject read before context.sync()');
    return !exists();
  }
}

function byteLength(x: unknown): number {
  return Buffer.byteLength(JSON.stringify(x), 'utf8');
}

class FakeFill extends Proxy {
  constructor(ctx: FakeContext, private readonly range: FakeRange) {
    super(ctx);
  }
  get color(): string {
    return this.read('color', () => this.range.firstCell().fill ?? '#FFFFFF');
  }
  set color(v: string) {
    this.range.write((c) => (c.fill = v.toUpperCase()));
  }
  get pattern(): string {
    return this.read('pattern', () => (this.range.firstCell().fill ? 'Solid' : 'None'));
  }
  clear(): void {
    this.range.write((c) => (c.fill = null));
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

export class FakeRange extends Proxy {
  readonly format: FakeFormat;
  constructor(
    ctx: FakeContext,
    readonly sheet: SheetData | undefined, // undefined: a null object
    readonly rect: Rect,
  ) {
    super(ctx);
    this.format = new FakeFormat(ctx, this);
  }
  get isNullObject(): boolean {
    return this.nullCheck(() => !!this.sheet);
  }
  firstCell(): FakeCellData {
    return this.sheet!.cells.get(key(this.rect.top, this.rect.left)) ?? { value: '', text: '', fill: null };
  }
  private matrix<T>(f: (c: FakeCellData | undefined) => T): T[][] {
    const out: T[][] = [];
    for (let r = this.rect.top; r <= this.rect.bottom; r++) {
      const row: T[] = [];
      for (let c = this.rect.left; c <= this.rect.right; c++) row.push(f(this.sheet!.cells.get(key(r, c))));
      out.push(row);
    }
    return out;
  }
  get values(): (string | number | boolean)[][] {
    return this.read('values', () => this.matrix((c) => c?.value ?? ''));
  }
  set values(v: (string | number | boolean)[][]) {
    this.ctx.writeGuard(this.sheet!);
    v.forEach((row, i) =>
      row.forEach((value, j) => {
        const k = key(this.rect.top + i, this.rect.left + j);
        const old = this.sheet!.cells.get(k);
        // Writing a value replaces a formula, as in Excel.
        if (value === '' && !old?.fill) this.sheet!.cells.delete(k);
        else this.sheet!.cells.set(k, { value, text: String(value), fill: old?.fill ?? null });
      }),
    );
  }
  /** The formula of each cell ('=…'), or its value when it holds none. */
  get formulas(): (string | number | boolean)[][] {
    return this.read('formulas', () => this.matrix((c) => c?.formula ?? c?.value ?? ''));
  }
  get text(): string[][] {
    return this.read('text', () => this.matrix((c) => c?.text ?? ''));
  }
  get rowIndex(): number {
    return this.read('rowIndex', () => this.rect.top);
  }
  get columnIndex(): number {
    return this.read('columnIndex', () => this.rect.left);
  }
  get rowCount(): number {
    return this.read('rowCount', () => this.rect.bottom - this.rect.top + 1);
  }
  get columnCount(): number {
    return this.read('columnCount', () => this.rect.right - this.rect.left + 1);
  }
  get address(): string {
    return this.read('address', () => `${this.sheet!.name}!${rectToA1(this.rect)}`);
  }
  protected override responseBytes(props: string[]): number {
    if (!this.sheet) return 0;
    let n = 0;
    if (props.includes('values') || props.includes('*')) n += byteLength(this.matrix((c) => c?.value ?? ''));
    if (props.includes('text') || props.includes('*')) n += byteLength(this.matrix((c) => c?.text ?? ''));
    if (props.includes('formulas') || props.includes('*')) n += byteLength(this.matrix((c) => c?.formula ?? c?.value ?? ''));
    return n;
  }
  write(f: (c: FakeCellData) => void): void {
    this.ctx.writeGuard(this.sheet!);
    for (let r = this.rect.top; r <= this.rect.bottom; r++) {
      for (let c = this.rect.left; c <= this.rect.right; c++) {
        const k = key(r, c);
        const cell = this.sheet!.cells.get(k) ?? { value: '', text: '', fill: null };
        f(cell);
        this.sheet!.cells.set(k, cell);
      }
    }
  }
  select(): void {
    this.ctx.selection = `${this.sheet!.name}!${rectToA1(this.rect)}`;
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    const inside = this.sheet!.merges.filter(
      (m) => m.top >= this.rect.top && m.bottom <= this.rect.bottom && m.left >= this.rect.left && m.right <= this.rect.right,
    );
    return new FakeRangeAreas(this.ctx, this.sheet!.name, inside);
  }
}

class FakeRangeAreas extends Proxy {
  constructor(ctx: FakeContext, private readonly sheetName: string, private readonly rects: Rect[]) {
    super(ctx);
  }
  get isNullObject(): boolean {
    return this.nullCheck(() => this.rects.length > 0);
  }
  get address(): string {
    const quoted = /[^A-Za-z0-9_]/.test(this.sheetName) ? `'${this.sheetName}'` : this.sheetName;
    return this.read('address', () => this.rects.map((r) => `${quoted}!${rectToA1(r)}`).join(','));
  }
}

class FakeProtection extends Proxy {
  constructor(ctx: FakeContext, private readonly sheet: SheetData) {
    super(ctx);
  }
  get protected(): boolean {
    return this.read('protected', () => this.sheet.protected);
  }
}

class FakeNote extends Proxy {
  constructor(ctx: FakeContext, private readonly sheet: SheetData, private readonly cell: string) {
    super(ctx);
  }
  get isNullObject(): boolean {
    return this.nullCheck(() => this.sheet.notes.has(this.cell));
  }
  get content(): string {
    return this.read('content', () => this.sheet.notes.get(this.cell) ?? '');
  }
  delete(): void {
    if (!this.sheet.notes.has(this.cell)) this.ctx.failLater('ItemNotFound', 'note does not exist');
    this.sheet.notes.delete(this.cell);
  }
}

class FakeNotes {
  constructor(private readonly ctx: FakeContext, private readonly sheet: SheetData) {}
  add(cell: string, content: string): FakeNote {
    this.ctx.requireApi('1.18');
    this.ctx.writeGuard(this.sheet);
    if (this.sheet.notes.has(cell)) this.ctx.failLater('InvalidArgument', 'cell already has a note');
    this.sheet.notes.set(cell, content);
    return new FakeNote(this.ctx, this.sheet, cell);
  }
  getItemOrNullObject(cell: string): FakeNote {
    this.ctx.requireApi('1.18');
    return new FakeNote(this.ctx, this.sheet, cell);
  }
}

export class FakeWorksheet extends Proxy {
  readonly protection: FakeProtection;
  readonly notes: FakeNotes;
  constructor(ctx: FakeContext, readonly data: SheetData | undefined) {
    super(ctx);
    this.protection = new FakeProtection(ctx, data!);
    this.notes = new FakeNotes(ctx, data!);
  }
  get name(): string {
    return this.read('name', () => this.data!.name);
  }
  get isNullObject(): boolean {
    return this.nullCheck(() => !!this.data);
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    let rect: Rect | undefined;
    for (const [k, c] of this.data!.cells) {
      if (c.value === '') continue;
      const [r, col] = k.split(',').map(Number);
      rect = rect
        ? { top: Math.min(rect.top, r), left: Math.min(rect.left, col), bottom: Math.max(rect.bottom, r), right: Math.max(rect.right, col) }
        : { top: r, left: col, bottom: r, right: col };
    }
    return new FakeRange(this.ctx, rect ? this.data : undefined, rect ?? { top: 0, left: 0, bottom: 0, right: 0 });
  }
  getRange(address?: string): FakeRange {
    if (address === undefined) return new FakeRange(this.ctx, this.data, { top: 0, left: 0, bottom: 1_048_575, right: 16_383 });
    const rect = parseRangeA1(address);
    if (!rect) throw new OfficeError('InvalidArgument', `bad address ${address}`);
    return new FakeRange(this.ctx, this.data, rect);
  }
  activate(): void {
    this.ctx.activeSheet = this.data!.name;
  }
  /**
   * Removes the sheet from the workbook (applied at once, like every write of this fake).
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)
   */
  delete(): void {
    const sheets = this.ctx.book.sheets;
    sheets.splice(sheets.indexOf(this.data!), 1);
  }
}

class FakeWorksheets extends Proxy {
  constructor(ctx: FakeContext, private readonly book: FakeBook) {
    super(ctx);
  }
  get items(): FakeWorksheet[] {
    return this.read('items', () =>
      this.book.sheets.map((s) => {
        const ws = new FakeWorksheet(this.ctx, s);
        ws.load('name');
        ws.resolve();
        return ws;
      }),
    );
  }
  override load(props?: string | string[]): this {
    // 'items/name' loads the collection's items (with their names).
    return super.load(parseProps(props).map((p) => (p.startsWith('items') ? 'items' : p)));
  }
  getItem(name: string): FakeWorksheet {
    const s = this.book.sheets.find((x) => x.name === name);
    if (!s) throw new OfficeError('ItemNotFound', `no sheet ${name}`);
    return new FakeWorksheet(this.ctx, s);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.book.sheets.find((x) => x.name === name));
  }
  add(name: string): FakeWorksheet {
    if (this.book.sheets.some((s) => s.name === name)) throw new OfficeError('ItemAlreadyExists', name);
    const s: SheetData = { name, cells: new Map(), merges: [], protected: false, notes: new Map() };
    this.book.sheets.push(s);
    return new FakeWorksheet(this.ctx, s);
  }
}

class FakeSetting extends Proxy {
  constructor(ctx: FakeContext, private readonly book: FakeBook, private readonly k: string) {
    super(ctx);
  }
  get isNullObject(): boolean {
    return this.nullCheck(() => this.book.settings.has(this.k));
  }
  get value(): unknown {
    return this.read('value', () => this.book.settings.get(this.k));
  }
  delete(): void {
    this.book.settings.delete(this.k);
  }
}

class FakeSettings {
  constructor(private readonly ctx: FakeContext, private readonly book: FakeBook) {}
  add(k: string, value: unknown): void {
    this.book.settings.set(k, value);
  }
  getItemOrNullObject(k: string): FakeSetting {
    return new FakeSetting(this.ctx, this.book, k);
  }
}

/** The workbook's state, shared by every context (every Excel.run) over it. */
export class FakeBook {
  sheets: SheetData[];
  settings = new Map<string, unknown>();
  constructor(specs: FakeSheetSpec[]) {
    this.sheets = specs.map((s) => {
      const cells = new Map<string, FakeCellData>();
      for (const [a1, raw] of Object.entries(s.cells ?? {})) {
        const at = parseA1(a1)!;
        const c: FakeCell = typeof raw === 'object' ? raw : { value: raw };
        const data: FakeCellData = { value: c.value, text: c.text ?? String(c.value), fill: c.fill ? c.fill.toUpperCase() : null };
        if (c.formula) data.formula = c.formula;
        cells.set(key(at.row, at.col), data);
      }
      return {
        name: s.name,
        cells,
        merges: (s.merges ?? []).map((m) => parseRangeA1(m)!),
        protected: !!s.protected,
        notes: new Map(Object.entries(s.notes ?? {})),
      };
    });
  }
  sheet(name: string): SheetData {
    return this.sheets.find((s) => s.name === name)!;
  }
  cell(sheet: string, a1: string) {
    const at = parseA1(a1)!;
    return this.sheet(sheet).cells.get(key(at.row, at.col));
  }
}

export class FakeContext {
  syncCount = 0;
  /** Response bytes of each sync. */
  payloads: number[] = [];
  screenSuspensions = 0;
  selection?: string;
  activeSheet?: string;
  readonly workbook: { worksheets: FakeWorksheets; settings: FakeSettings };
  readonly application = { suspendScreenUpdatingUntilNextSync: () => this.suspend() };
  private queue = new Set<Proxy>();
  private errors: OfficeError[] = [];

  constructor(
    readonly book: FakeBook,
    private readonly api: string,
    private readonly faults: { nextSync?: string } = {},
  ) {
    this.workbook = { worksheets: new FakeWorksheets(this, book), settings: new FakeSettings(this, book) };
  }
  private suspend(): void {
    this.requireApi('1.9');
    this.screenSuspensions++;
  }
  enqueue(p: Proxy): void {
    this.queue.add(p);
  }
  failLater(code: string, message: string): void {
    this.errors.push(new OfficeError(code, message));
  }
  writeGuard(sheet: SheetData): void {
    if (sheet.protected) this.failLater('AccessDenied', `sheet ${sheet.name} is protected`);
  }
  requireApi(version: string): void {
    if (compareVersion(version, this.api) > 0) throw new OfficeError('ApiNotFound', `ExcelApi ${version} not supported`);
  }
  async sync(): Promise<void> {
    this.syncCount++;
    if (this.faults.nextSync) {
      const code = this.faults.nextSync;
      this.faults.nextSync = undefined;
      throw new OfficeError(code, code);
    }
    const err = this.errors.shift();
    this.errors = [];
    if (err) {
      this.queue.clear();
      throw err;
    }
    let bytes = 0;
    for (const p of this.queue) bytes += p.resolve();
    this.queue.clear();
    this.payloads.push(bytes);
    if (bytes > PAYLOAD_LIMIT) throw new OfficeError('ResponsePayloadSizeLimitExceeded', `response of ${bytes} bytes`);
  }
}

function compareVersion(a: string, b: string): number {
  const [a1, a2] = a.split('.').map(Number);
  const [b1, b2] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
}

/** OfficeDeps over a fake book: `run` makes a fresh context per call and keeps them for inspection. */
export function fakeOffice(book: FakeBook, api = '1.18', faults: { nextSync?: string } = {}) {
  const contexts: FakeContext[] = [];
  return {
    contexts,
    deps: {
      run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
        const ctx = new FakeContext(book, api, faults);
        contexts.push(ctx);
        return batch(ctx as unknown as Excel.RequestContext);
      },
      isSetSupported: (name: string, version: string) => name === 'ExcelApi' && compareVersion(version, api) <= 0,
    },
    last: () => contexts[contexts.length - 1],
  };
}

export { columnLetters };
