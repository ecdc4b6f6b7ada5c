/**
 * Where the 情况说明 lives in a workbook: a sheet of paragraphs (one per cell, usually column A), or
 * long text cells beside the tables. Also reads the project cards of 绩效目标表 sheets
 * (项目名称 … 预算数 …), which name each project with its amount.
 */
import type { WorkbookGrids, SheetGrid } from '../grid/types';
import type { Table } from '../recognize/types';
import { cellText, textOfCell } from '../grid/sheet';
import { toA1 } from '../grid/a1';
import { normalizeLabel } from '../grid/text';
import { parseAmountText } from '../grid/numbers';
import { beyondAnyBudget, parseUnit } from '../grid/units';
import type { ProjectFact } from './facts';
import { toFen } from '../model/money';
import type { Paragraph } from './text/tokens';
import { isNarrativeSheetName, isProjectAmountLabel, isProjectNameLabel, reportYearNamed, speaksOfMoney } from '../recognize/lexicon';


function insideTable(tables: readonly Table[], sheet: string, row: number, col: number): boolean {
  return tables.some(
    (t) => t.sheet === sheet && row >= t.rect.top && row <= t.rect.bottom && col >= t.rect.left && col <= t.rect.right,
  );
}

/**
 * A paragraph of a sheet. Built by a class, not an object literal: a literal's allocation site tracks
 * whether its objects survive, and when the collector changed its mind about these (a document lives
 * through the stage) the optimised sheetParagraphs was thrown away and compiled again.
 */
class CellParagraph implements Paragraph {
  constructor(
    public index: number,
    public text: string,
    public sheet: string,
    public cell: string,
  ) {}
}

/**
 * The 情况说明 documents of a workbook (one per sheet that holds some) and the project cards of its
 * 绩效目标表 sheets: each sheet's cells are read once for both.
 */
export function readWorkbookTexts(wb: WorkbookGrids, tables: readonly Table[]): { documents: Paragraph[][]; cards: ProjectFact[] } {
  const documents: Paragraph[][] = [];
  const cards: ProjectFact[] = [];
  const sheetsWithTables = new Set(tables.map((t) => t.sheet));
  for (const sheet of wb.sheets) {
    // A sheet named as an explanation and holding no table is the text itself: every cell is a paragraph.
    const wholeText = isNarrativeSheetName(sheet.name) && !sheetsWithTables.has(sheet.name);
    const paras = readSheetTexts(sheet, wholeText ? undefined : tables, cards);
    if (paras.some((p) => /\d/.test(p.text))) documents.push(paras);
  }
  return { documents, cards };
}

/** The 情况说明 documents of a workbook, one per sheet that holds some. */
export function findNarrativeDocuments(wb: WorkbookGrids, tables: readonly Table[]): Paragraph[][] {
  return readWorkbookTexts(wb, tables).documents;
}

/** Project cards of 绩效目标表 (项目名称 X … 预算数 293.00): each project's name and amount. */
export function projectCardsFromGrids(wb: WorkbookGrids): ProjectFact[] {
  return readWorkbookTexts(wb, []).cards;
}

/**
 * A sheet's paragraphs — every text when `tables` is undefined, else the cells of prose about money
 * (30 characters or more) outside the tables — with its project cards read into `cards`.
 */
function readSheetTexts(sheet: SheetGrid, tables: readonly Table[] | undefined, cards: ProjectFact[]): Paragraph[] {
  const paras: Paragraph[] = [];
  const stated = new UnitStated();
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell) continue;
      // Beside the tables only a cell of 30 characters or more, or one holding 位 or 称, can matter:
      // the other texts are passed over untrimmed (trimming adds neither, and makes no text longer).
      const shown = cell.text;
      if (tables !== undefined && shown && shown.length < 30 && !UNIT_OR_NAME_CHARACTER.test(shown)) continue;
      const text = textOfCell(cell);
      if (!text) continue;
      // Only a 单位 statement (its 位) or a 项目名称 label (its 称) matters to the cards: most cells have neither.
      // The few that do are read apart, so that the scan of every cell stays small to compile.
      if (UNIT_OR_NAME_CHARACTER.test(text)) readCardAt(sheet, r, c, text, stated, cards);
      if (tables === undefined || (text.length >= 30 && isProseOutsideTables(tables, sheet.name, r, c, text))) paras.push(paragraphOf(paras.length, text, sheet.name, r, c));
    }
  }
  return paras;
}

/** A long cell beside the tables that speaks of money in sentences (not inside a table). */
function isProseOutsideTables(tables: readonly Table[], sheet: string, r: number, c: number, text: string): boolean {
  return speaksOfMoney(text) && /[，。；]/.test(text) && !insideTable(tables, sheet, r, c);
}

/** A cell's paragraph: a cell may hold several paragraphs separated by line breaks; they stay one paragraph (one cell). */
function paragraphOf(index: number, text: string, sheet: string, r: number, c: number): Paragraph {
  return new CellParagraph(index, text.includes('\n') ? text.replace(/\s*\n\s*/g, '') : text, sheet, toA1(r, c));
}

function nextText(sheet: SheetGrid, row: number, col: number): { text: string; col: number } | undefined {
  const width = sheet.rows[row]?.length ?? 0;
  for (let c = col + 1; c < width; c++) {
    const t = cellText(sheet, row, c);
    if (t) return { text: t, col: c };
  }
  return undefined;
}

const UNIT_OR_NAME_CHARACTER = /[位称]/;

/**
 * The unit a sheet last stated, read only when a card asks for it: the cells that may state one (with
 * a 位) are kept in order and parsed on demand — most sheets hold no card, and prose says 单位 often.
 */
class UnitStated {
  private readonly texts: string[] = [];
  private parsed = 0;
  private unit: ReturnType<typeof parseUnit>;

  see(text: string): void {
    if (text.includes('位')) this.texts.push(text);
  }

  /** The unit of the last cell seen that states one (parseUnit), undefined when none did. */
  get(): ReturnType<typeof parseUnit> {
    for (; this.parsed < this.texts.length; this.parsed++) this.unit = parseUnit(this.texts[this.parsed]) ?? this.unit;
    return this.unit;
  }
}

/** A cell holding 位 or 称 (`raw`): a 单位 statement is noted, a 项目名称 label read with its card into `out`. */
function readCardAt(sheet: SheetGrid, r: number, c: number, raw: string, stated: UnitStated, out: ProjectFact[]): void {
  stated.see(raw);
  // '项目名称' however spaced or written full-width still has its 称: most cells are passed over unnormalised.
  if (!raw.includes('称') || !isProjectNameLabel(normalizeLabel(raw))) return;
  const name = nextText(sheet, r, c);
  if (!name) return;
  // The amount is on the card's next rows: a 预算数 label followed by a number.
  for (let rr = r; rr <= Math.min(sheet.rows.length - 1, r + 4); rr++) {
    const cells = sheet.rows[rr] ?? [];
    let found = false;
    for (let cc = 0; cc < cells.length && !found; cc++) {
      const label = normalizeLabel(cellText(sheet, rr, cc)).replace(/[:：]$/, '');
      if (!isProjectAmountLabel(label)) continue;
      const v = nextText(sheet, rr, cc);
      const parsed = v ? parseAmountText(v.text) : undefined;
      const unit = stated.get() ?? '万元';
      if (v && parsed && parsed.value !== null && !beyondAnyBudget(parsed.value, unit)) {
        out.push({
          name: name.text.trim(),
          amount: { fen: toFen(parsed.value, unit), source: { sheet: sheet.name, cell: toA1(rr, v.col), table: '绩效目标表' } },
        });
        found = true;
      }
    }
    if (found) break;
  }
}

/**
 * The report year: the tables' own year when they state one, otherwise the year most often written
 * as "2025年部门预算" / "预算年度：2025" in the workbook's text (titles, cover, 情况说明).
 */
export function inferReportYear(wb: WorkbookGrids, tables: readonly Table[]): number | undefined {
  const fromTables = tables.map((t) => t.year).filter((y): y is number => y !== undefined);
  if (fromTables.length > 0) return fromTables.sort((a, b) => fromTables.filter((y) => y === b).length - fromTables.filter((y) => y === a).length)[0];
  const counts = new Map<number, number>();
  for (const sheet of wb.sheets) {
    for (let r = 0; r < sheet.rows.length; r++) {
      const row = sheet.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const y = reportYearNamed(cellText(sheet, r, c));
        if (y !== undefined && y >= 2000 && y <= 2100) counts.set(y, (counts.get(y) ?? 0) + 1);
      }
    }
  }
  let best: number | undefined;
  let n = 0;
  for (const [y, c] of counts) if (c > n) [best, n] = [y, c];
  return best;
}
