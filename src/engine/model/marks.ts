/**
 * Findings → marks, one per cell, for every surface that marks cells (the pane in Excel, the
 * browser preview, `budget-check mark`): the cell's most severe finding decides its fill, its note
 * lists every finding of the cell, worst first, each with its severity.
 */
import { cellFindings, type Finding, type Severity } from '../findings';
import { parseA1, toA1 } from '../grid/a1';
import { SEVERITY_LABEL, bySeverity, worse } from './severity';

/** One highlighted cell: a fill by severity plus a note that explains its findings. */
export interface CellMark {
  sheet: string;
  cell: string; // A1, no '$'
  severity: Severity;
  note: string; // Chinese, starts with NOTE_PREFIX
}

/** Every note the add-in writes starts with this, so a note is recognisably ours (and removable). */
export const NOTE_PREFIX = '【预算表校核】';

/** The note of one cell: the prefix, then one line per distinct message, worst first. */
function noteFor(findings: readonly Pick<Finding, 'severity' | 'message'>[]): string {
  const lines = [...new Set([...findings].sort(bySeverity).map((f) => `${SEVERITY_LABEL[f.severity]}：${f.message}`))];
  return NOTE_PREFIX + lines.join('\n');
}

/**
 * One mark per cell, in the order the findings come; a finding that stands for many cells marks
 * each of its members at its own cell. A finding whose cell is not one A1 address is not marked; a
 * sheet the workbook does not have (a text file's 'L3') is left to the host to skip.
 */
export function findingsToMarks(findings: readonly Finding[]): CellMark[] {
  const byCell = new Map<string, { sheet: string; cell: string; findings: Finding[] }>();
  for (const f of cellFindings(findings)) {
    const at = f.sheet ? parseA1(f.cell) : undefined;
    if (!at) continue;
    const cell = toA1(at.row, at.col);
    const key = `${f.sheet}\u0000${cell}`;
    const group = byCell.get(key);
    if (group) group.findings.push(f);
    else byCell.set(key, { sheet: f.sheet, cell, findings: [f] });
  }
  return [...byCell.values()].map((g) => ({
    sheet: g.sheet,
    cell: g.cell,
    severity: g.findings.map((f) => f.severity).reduce(worse),
    note: noteFor(g.findings),
  }));
}
