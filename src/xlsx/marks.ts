/**
 * Writing findings onto an ExcelJS workbook: each finding's cell gets a fill colour by severity and
 * a note that explains it. Values, formulas and number formats are never touched — only the fill
 * and the note of the cells that carry a finding.
 */
import type ExcelJS from 'exceljs';
import { cellFindings, type Finding, type Severity } from '../engine/findings';

/** ARGB fill colours, the same soft tones Excel uses for its "bad / neutral / note" cell styles. */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
  info: 'FFDDEBF7',
};

export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

const NOTE_HEADER = '预算表校核助手：';
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface MarkSummary {
  /** Cells marked (one per distinct sheet!cell). */
  marked: number;
  /** Findings whose sheet or cell is not in the workbook (not marked). */
  skipped: number;
}

function existingNoteText(note: unknown): string {
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: { text?: string }[] } | undefined)?.texts;
  return Array.isArray(texts) ? texts.map((t) => t.text ?? '').join('') : '';
}

function noteFor(findings: Finding[]): string {
  return findings.map((f) => `【${SEVERITY_LABEL[f.severity]}】${f.message}`).join('\n');
}

/** Groups findings by the cell they point at (each member of a grouped finding at its own cell), worst severity first within each cell. */
function byCell(findings: Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of cellFindings(findings)) {
    const key = `${f.sheet}\u0000${f.cell.replace(/\$/g, '').toUpperCase()}`;
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  for (const list of groups.values()) list.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  return groups;
}

/** Highlights and annotates every finding's cell. Returns how many cells were marked. */
export function markFindings(wb: ExcelJS.Workbook, findings: Finding[]): MarkSummary {
  let marked = 0;
  let skipped = 0;
  for (const [key, list] of byCell(findings)) {
    const [sheetName, address] = key.split('\u0000');
    const ws = wb.getWorksheet(sheetName);
    if (!ws || !/^[A-Z]{1,3}[1-9]\d{0,6}$/.test(address)) {
      skipped += list.length;
      continue;
    }
    const cell = ws.getCell(address);
    const target = cell.isMerged ? cell.master : cell;
    // A fresh style object: ExcelJS may share one style object between several cells.
    target.style = {
      ...target.style,
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: SEVERITY_FILL[list[0].severity] } },
    };
    const previous = existingNoteText(target.note);
    const ours = NOTE_HEADER + '\n' + noteFor(list);
    target.note = previous ? `${previous}\n\n${ours}` : ours;
    marked++;
  }
  return { marked, skipped };
}
