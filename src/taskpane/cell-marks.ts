/** Findings → the cell marks the pane writes: one per cell, coloured by its most severe finding. */
import { cellFindings, type Finding } from '../engine/findings';
import { NOTE_PREFIX, type CellMark } from './port';

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** One mark per cell (every member of a grouped finding at its own cell): the most severe finding colours it, the note lists them all. */
export function findingsToMarks(findings: Finding[]): CellMark[] {
  const byCell = new Map<string, CellMark>();
  for (const f of cellFindings(findings)) {
    if (!f.sheet || !f.cell) continue;
    const key = `${f.sheet}!${f.cell}`;
    const m = byCell.get(key);
    if (!m) {
      byCell.set(key, { sheet: f.sheet, cell: f.cell, severity: f.severity, note: NOTE_PREFIX + f.message });
    } else {
      if (RANK[f.severity] < RANK[m.severity]) m.severity = f.severity;
      if (!m.note.includes(f.message)) m.note += '\n' + f.message;
    }
  }
  return [...byCell.values()];
}
