/**
 * Writing findings onto an ExcelJS workbook (`budget-check mark`, the browser preview): each marked
 * cell gets the fill of its most severe finding and a note that explains its findings (the marks of
 * engine/model/marks). Values, formulas and number formats are never touched — only the fill and
 * the note of the cells that carry a finding.
 */
import type ExcelJS from 'exceljs';
import type { Finding, Severity } from '../engine/findings';
import { SEVERITY_FILL, findingsToMarks } from '../engine/model';

export interface MarkSummary {
  /** Cells marked (one per distinct sheet!cell). */
  marked: number;
  /** Cells not marked: their sheet is not in the workbook. */
  skipped: number;
}

/** The solid fill of a cell marked with this severity, as ExcelJS writes it (ARGB). */
export function markFill(severity: Severity): ExcelJS.FillPattern {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${SEVERITY_FILL[severity].slice(1)}` } };
}

function existingNoteText(note: unknown): string {
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: { text?: string }[] } | undefined)?.texts;
  return Array.isArray(texts) ? texts.map((t) => t.text ?? '').join('') : '';
}

/** Highlights and annotates every finding's cell, after the note the cell already had. */
export function markFindings(wb: ExcelJS.Workbook, findings: Finding[]): MarkSummary {
  let marked = 0;
  let skipped = 0;
  for (const mark of findingsToMarks(findings)) {
    const ws = wb.getWorksheet(mark.sheet);
    if (!ws) {
      skipped++;
      continue;
    }
    const cell = ws.getCell(mark.cell);
    const target = cell.isMerged ? cell.master : cell;
    // A fresh style object: ExcelJS may share one style object between several cells.
    target.style = { ...target.style, fill: markFill(mark.severity) };
    const previous = existingNoteText(target.note);
    target.note = previous ? `${previous}\n\n${mark.note}` : mark.note;
    marked++;
  }
  return { marked, skipped };
}
