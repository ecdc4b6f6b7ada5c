/**
 * docs/design.md §7, proved cell by cell on every fixture: check, mark, clear and fill never change a value
 * or a formula the user typed; marks touch only the fill and the note of the cells they mark; clearing
 * restores each cell's exact previous look — its own fill and its own note included — in memory and
 * in the saved file; name filling writes only into blank name cells (never over a formula that shows
 * nothing) and undoes exactly. Both ports: ExcelJS (CLI mark / fill, the browser preview port) and
 * Office.js against the in-repo fake object model.
 *
 * Each fixture is first given what real workbooks have and the fixtures lack: totals as formulas,
 * fills and notes of the user's own on cells that will be marked, blank 科目名称 cells, and a name cell
 * holding a lookup formula whose result is blank.
 * (Small hand-made cases of the same operations live in excel-adapter.test.ts, xlsx.test.ts and
 * fill.test.ts.)
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { analyzeWorkbook, type Finding } from '../src/engine';
import { columnLetters, parseA1, rectToA1, toA1 } from '../src/engine/grid/a1';
import { planNameFill } from '../src/engine/catalog';
import { recognizeWorkbook } from '../src/engine/recognize';
import { draftLines, draftNarrative } from '../src/engine/narrative';
import { OfficePort } from '../src/excel/officePort';
import { ExcelJsPort } from '../src/preview/exceljsPort';
import { DRAFT_SHEET_NAME, DraftSheetExistsError, type CellMark } from '../src/port';
import { findingsToMarks } from '../src/engine/model';
import { applyNameWrites } from '../src/xlsx/fill';
import { toGridCell } from '../src/xlsx/grids';
import { loadXlsx } from '../src/xlsx/load';
import { markFindings } from '../src/xlsx/marks';
import { FakeBook, fakeOffice, type FakeSheetSpec } from './excel.fake';
import { FIXTURES, toGrids } from './fixtures';

const OWN_FILL = 'FF92D050';
const OWN_NOTE = '请核对：该数字来自财政局批复文件。';
const LOOKUP = 'IFERROR(VLOOKUP(A1,科目表!A:B,2,FALSE),"")';

interface Decoration {
  /** sheet!cell of totals turned into formulas. */
  formulas: string[];
  /** Name cells left blank, and name cells holding a lookup formula whose result is blank. */
  blankNames: string[];
  formulaNames: string[];
  /** Finding cells given a fill / a note of the user's own before any marking. */
  ownFill: string[];
  ownNote: string[];
}

const at = (sheet: string, row: number, col: number) => `${sheet}!${toA1(row, col)}`;

/** Gives a fixture the formulas, blanks and formatting real workbooks have (deterministically). */
function decorate(wb: ExcelJS.Workbook): Decoration {
  const d: Decoration = { formulas: [], blankNames: [], formulaNames: [], ownFill: [], ownNote: [] };
  const tables = recognizeWorkbook(toGrids(wb));
  let n = 0;
  for (const t of tables) {
    const ws = wb.getWorksheet(t.sheet)!;
    for (const line of t.lines) {
      if (line.role === 'total' || line.role === 'subtotal' || line.role === 'grand-total') {
        for (const a of Object.values(line.amounts)) {
          const cell = ws.getCell(line.row + 1, a.col + 1);
          if (typeof cell.value !== 'number') continue;
          const c = columnLetters(a.col);
          cell.value = { formula: `SUM(${c}${line.row + 2}:${c}${line.row + 9})`, result: cell.value };
          d.formulas.push(at(t.sheet, line.row, a.col));
        }
      } else if (line.code && line.labelCol !== undefined && line.label) {
        const cell = ws.getCell(line.row + 1, line.labelCol + 1);
        if (cell.isMerged || typeof cell.value !== 'string') continue;
        n++;
        if (n % 5 === 2) {
          cell.value = null;
          d.blankNames.push(at(t.sheet, line.row, line.labelCol));
        } else if (n % 5 === 4) {
          cell.value = { formula: LOOKUP, result: '' };
          d.formulaNames.push(at(t.sheet, line.row, line.labelCol));
        }
      }
    }
  }
  const cells = [...new Set(analyzeWorkbook(toGrids(wb)).findings.map((f) => `${f.sheet}!${f.cell}`))];
  cells.forEach((where, i) => {
    const [sheet, address] = where.split('!');
    const cell = wb.getWorksheet(sheet)!.getCell(address);
    if (i % 2 === 0) {
      cell.style = { ...cell.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: OWN_FILL } } };
      d.ownFill.push(where);
    }
    if (i % 3 === 0) {
      cell.note = OWN_NOTE;
      d.ownNote.push(where);
    }
  });
  return d;
}

// ---------------------------------------------------------------------------------------------
// ExcelJS: every cell's value (formula included), style and note.

interface XFacts {
  value: string;
  style: string;
  note: string;
}

/** Every non-empty cell of the workbook, by sheet!address, without creating any cell. */
function xSnapshot(wb: ExcelJS.Workbook): Map<string, XFacts> {
  const out = new Map<string, XFacts>();
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        const facts = { value: JSON.stringify(cell.value ?? null), style: JSON.stringify(cell.style ?? {}), note: JSON.stringify(cell.note ?? null) };
        if (facts.value === 'null' && facts.style === '{}' && facts.note === 'null') return;
        out.set(`${ws.name}!${cell.address}`, facts);
      });
    });
    out.set(`${ws.name}!merges`, { value: JSON.stringify(Object.keys((ws as unknown as { _merges: object })._merges).sort()), style: '', note: '' });
  }
  return out;
}

const X_EMPTY: XFacts = { value: 'null', style: '{}', note: 'null' };

/** The cells whose facts (or one field of them) differ between two snapshots; a missing cell is `empty`. */
function changed<T extends object>(a: Map<string, T>, b: Map<string, T>, empty: T, field?: keyof T): string[] {
  const out: string[] = [];
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(k) ?? empty;
    const y = b.get(k) ?? empty;
    const differs = field ? JSON.stringify(x[field]) !== JSON.stringify(y[field]) : JSON.stringify(x) !== JSON.stringify(y);
    if (differs) out.push(k);
  }
  return out.sort();
}

const xChanged = (a: Map<string, XFacts>, b: Map<string, XFacts>, field?: keyof XFacts) => changed(a, b, X_EMPTY, field);

const sorted = (list: Iterable<string>) => [...new Set(list)].sort();

function styleWithoutFill(style: string): string {
  const s = JSON.parse(style) as Record<string, unknown>;
  delete s.fill;
  return JSON.stringify(s);
}

async function reload(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadXlsx(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

const NAMES = Object.keys(FIXTURES);

describe('ExcelJS port (browser preview): check, mark, clear, fill and undo on every fixture', () => {
  it.each(NAMES)('%s', async (name) => {
    const wb = FIXTURES[name]().workbook;
    const d = decorate(wb);
    const original = xSnapshot(wb);
    const savedOriginal = await reload(wb);
    const port = new ExcelJsPort(wb, `${name}.xlsx`);

    // check: reading is read-only
    const grids = await port.readGrids();
    expect(xChanged(original, xSnapshot(wb))).toEqual([]);

    // mark: only the fill and the note of the marked cells change
    const analysis = analyzeWorkbook(grids);
    const marks = findingsToMarks(analysis.findings);
    await port.applyMarks(marks);
    const marked = xSnapshot(wb);
    const markedCells = sorted(marks.map((m) => `${m.sheet}!${m.cell}`));
    expect(xChanged(original, marked, 'value')).toEqual([]);
    for (const k of xChanged(original, marked)) expect(markedCells).toContain(k);
    for (const k of markedCells) {
      expect(styleWithoutFill(marked.get(k)!.style), k).toBe(styleWithoutFill(original.get(k)?.style ?? '{}'));
      expect(marked.get(k)!.note, k).toContain('预算表校核');
    }

    // marking again (fewer cells) and clearing restores every cell exactly, own fills and notes too
    await port.applyMarks(marks.slice(0, Math.ceil(marks.length / 2)));
    await port.clearMarks();
    expect(xChanged(original, xSnapshot(wb))).toEqual([]);
    // …and so does the file the preview downloads (no empty comment left behind)
    expect(xChanged(xSnapshot(savedOriginal), xSnapshot(await reload(wb)))).toEqual([]);

    // fill: only blank name cells are written, never a formula cell; undo restores them
    const plan = planNameFill(analysis.tables).filter((w) => w.replaces === undefined);
    const report = await port.writeNames(plan.map((w) => ({ sheet: w.sheet, cell: w.cell, name: w.name })));
    const filled = xSnapshot(wb);
    const written = xChanged(original, filled);
    expect(written.length).toBe(report.written);
    for (const k of written) expect(d.blankNames, k).toContain(k);
    for (const k of d.formulaNames) expect(filled.get(k)!.value, k).toContain(LOOKUP.slice(0, 10));
    await port.undoNames();
    expect(xChanged(original, xSnapshot(wb))).toEqual([]);

    if (name === 'seed001' || name === 'seed003') {
      // The decoration really exercised every case on the seeds.
      expect(marks.length).toBeGreaterThan(0);
      expect(d.ownFill.length * d.ownNote.length * d.formulas.length).toBeGreaterThan(0);
      expect(report.written).toBeGreaterThan(0);
      expect(d.formulaNames.length).toBeGreaterThan(0);
      expect(plan.some((w) => d.formulaNames.includes(`${w.sheet}!${w.cell}`))).toBe(true); // offered, then refused by the port
    }
  });
});

describe('ExcelJS port (browser preview): the draft touches only its own sheet', () => {
  it('inserting a draft, refusing to overwrite it unasked, and replacing it leave every other cell as it was', async () => {
    const wb = FIXTURES.seed003().workbook;
    const original = xSnapshot(wb);
    const port = new ExcelJsPort(wb, 'seed003.xlsx');
    const grids = await port.readGrids();
    const lines = draftLines(draftNarrative(analyzeWorkbook(grids).tables, { grids }));
    expect(await port.insertDraftSheet(lines)).toBe(DRAFT_SHEET_NAME);
    const outside = (snap: ReturnType<typeof xSnapshot>) => new Map([...snap].filter(([k]) => !k.startsWith(`${DRAFT_SHEET_NAME}!`)));
    expect(xChanged(outside(original), outside(xSnapshot(wb)))).toEqual([]);
    expect(wb.getWorksheet(DRAFT_SHEET_NAME)!.getCell('A1').value).toBe(lines[0].text);

    await expect(port.insertDraftSheet([{ text: '第二稿', role: 'title' }])).rejects.toThrow(DraftSheetExistsError);
    expect(wb.getWorksheet(DRAFT_SHEET_NAME)!.getCell('A1').value).toBe(lines[0].text);

    await port.insertDraftSheet([{ text: '第二稿', role: 'title' }], { replace: true });
    expect(wb.worksheets.filter((w) => w.name.startsWith(DRAFT_SHEET_NAME))).toHaveLength(1);
    expect(wb.getWorksheet(DRAFT_SHEET_NAME)!.getCell('A1').value).toBe('第二稿');
    expect(wb.getWorksheet(DRAFT_SHEET_NAME)!.getCell('A2').value).toBeNull();
    expect(xChanged(outside(original), outside(xSnapshot(wb)))).toEqual([]);
  });
});

describe('ExcelJS CLI path (budget-check mark / fill): values and formulas of every cell unchanged', () => {
  it.each(NAMES)('%s', async (name) => {
    const wb = FIXTURES[name]().workbook;
    const d = decorate(wb);
    const original = xSnapshot(wb);
    const analysis = analyzeWorkbook(toGrids(wb));
    const findingCells = sorted(analysis.findings.map((f: Finding) => `${f.sheet}!${f.cell}`));

    markFindings(wb, analysis.findings);
    const saved = xSnapshot(await reload(wb)); // what `mark -o` writes
    const savedOriginal = xSnapshot(await reload(wbWith(name)));
    expect(xChanged(savedOriginal, saved, 'value')).toEqual([]);
    for (const k of xChanged(savedOriginal, saved)) expect(findingCells).toContain(k);
    for (const k of d.ownNote) expect(saved.get(k)!.note, k).toContain(OWN_NOTE); // the user's note is kept, ours appended

    const plan = planNameFill(analysis.tables).filter((w) => w.replaces === undefined);
    const fresh = wbWith(name);
    const { applied } = applyNameWrites(fresh, plan);
    const filled = xSnapshot(fresh);
    const written = xChanged(original, filled);
    expect(sorted(applied.map((w) => `${w.sheet}!${w.cell}`))).toEqual(written);
    for (const k of written) expect(d.blankNames).toContain(k);
  });
});

/** The fixture decorated the same way (decoration is deterministic). */
function wbWith(name: string): ExcelJS.Workbook {
  const wb = FIXTURES[name]().workbook;
  decorate(wb);
  return wb;
}

// ---------------------------------------------------------------------------------------------
// Office.js: the same operations through OfficePort on a fake book built from the decorated fixture.

function argbToHex(argb: string | undefined): string | undefined {
  return argb && argb.length === 8 ? `#${argb.slice(2).toUpperCase()}` : undefined;
}

function fakeBookOf(wb: ExcelJS.Workbook): FakeBook {
  const specs: FakeSheetSpec[] = wb.worksheets.map((ws) => {
    const cells: NonNullable<FakeSheetSpec['cells']> = {};
    const notes: Record<string, string> = {};
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (x) => {
        if (x.isMerged && x.master !== x) return;
        const g = toGridCell(x);
        const fill = argbToHex((x.style?.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb);
        if (typeof x.note === 'string') notes[x.address] = x.note;
        if (!g && !fill) return;
        const v = g?.value ?? '';
        const value = v === null ? '' : typeof v === 'object' ? v.error : v;
        cells[x.address] = { value, text: g?.text ?? '', fill, ...(g?.formula ? { formula: `=${g.formula}` } : {}) };
      });
    });
    const merges = Object.values((ws as unknown as { _merges: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges).map((m) =>
      rectToA1({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }),
    );
    return { name: ws.name, cells, notes, merges };
  });
  return new FakeBook(specs);
}

interface OFacts {
  value: string | number | boolean;
  text: string;
  formula: string | null;
  fill: string | null;
  note: string | null;
}

const O_EMPTY: OFacts = { value: '', text: '', formula: null, fill: null, note: null };
const oChanged = (a: Map<string, OFacts>, b: Map<string, OFacts>, field?: keyof OFacts) => changed(a, b, O_EMPTY, field);

function oSnapshot(book: FakeBook): Map<string, OFacts> {
  const out = new Map<string, OFacts>();
  for (const s of book.sheets) {
    const keys = new Set([...s.cells.keys()].map((k) => k.split(',').map(Number)).map(([r, c]) => toA1(r, c)));
    for (const a1 of s.notes.keys()) keys.add(a1);
    for (const a1 of keys) {
      const p = parseA1(a1)!;
      const c = s.cells.get(`${p.row},${p.col}`);
      const f: OFacts = { value: c?.value ?? '', text: c?.text ?? '', formula: c?.formula ?? null, fill: c?.fill ?? null, note: s.notes.get(a1) ?? null };
      if (f.value === '' && !f.formula && !f.fill && f.note === null) continue; // a cell Excel would call empty
      out.set(`${s.name}!${a1}`, f);
    }
    out.set(`${s.name}!merges`, { value: s.merges.map(rectToA1).join(','), text: '', formula: null, fill: null, note: null });
  }
  return out;
}

describe('Office.js port (fake object model): check, mark, clear, fill and undo on every fixture', () => {
  for (const api of ['1.18', '1.4']) {
    it.each(NAMES)(`%s (ExcelApi ${api})`, async (name) => {
      const wb = FIXTURES[name]().workbook;
      const d = decorate(wb);
      const book = fakeBookOf(wb);
      const original = oSnapshot(book);
      const port = new OfficePort(fakeOffice(book, api).deps);

      const grids = await port.readGrids();
      expect(oChanged(original, oSnapshot(book))).toEqual([]);

      const analysis = analyzeWorkbook(grids);
      const marks: CellMark[] = findingsToMarks(analysis.findings);
      if (marks.length) await port.applyMarks(marks);
      const marked = oSnapshot(book);
      const markedCells = sorted(marks.map((m) => `${m.sheet}!${m.cell}`));
      for (const field of ['value', 'text', 'formula'] as const) expect(oChanged(original, marked, field)).toEqual([]);
      for (const k of oChanged(original, marked)) expect(markedCells).toContain(k);
      for (const k of d.ownNote) expect(marked.get(k)!.note, k).toBe(OWN_NOTE); // never overwritten

      // Marking again, then clearing from a reopened pane (the looks saved in the workbook).
      if (marks.length) await port.applyMarks(marks.slice(0, Math.ceil(marks.length / 2)));
      await new OfficePort(fakeOffice(book, api).deps).clearMarks();
      expect(oChanged(original, oSnapshot(book))).toEqual([]);

      const plan = planNameFill(analysis.tables).filter((w) => w.replaces === undefined);
      const report = await port.writeNames(plan.map((w) => ({ sheet: w.sheet, cell: w.cell, name: w.name })));
      const filled = oSnapshot(book);
      const written = oChanged(original, filled);
      expect(written.length).toBe(report.written);
      for (const k of written) expect(d.blankNames, k).toContain(k);
      for (const k of d.formulaNames) expect(filled.get(k)?.formula, k).toBe(`=${LOOKUP}`);
      const refused = report.skipped.filter((s) => d.formulaNames.includes(`${s.sheet}!${s.cell}`));
      for (const s of refused) expect(s.reason).toMatch(/公式/);
      await port.undoNames();
      expect(oChanged(original, oSnapshot(book))).toEqual([]);

      if (name === 'seed001' || name === 'seed003') {
        expect(marks.length).toBeGreaterThan(0);
        expect(d.ownFill.some((k) => markedCells.includes(k))).toBe(true);
        expect(report.written).toBeGreaterThan(0);
        expect(refused.length).toBeGreaterThan(0);
      }
    });
  }
});
