/**
 * Severity as every surface shows it — the pane, the `check` report, the notes and fills of marks —
 * defined once: the order (worst first), the Chinese label and the fill colour.
 */
import type { Severity } from '../findings';

export type { Severity } from '../findings';

/** Worst first: the order of problems, filters and counts. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** 0 for the worst; sort ascending to put errors first. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { error: '错误', warning: '警告', info: '提示' };

/** Fill colours (#RRGGBB) of marked cells: Excel's own 差 / 适中 / 说明 cell-style tones. */
export const SEVERITY_FILL: Readonly<Record<Severity, string>> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

/** For sorting: errors before warnings before 提示. */
export function bySeverity(a: { severity: Severity }, b: { severity: Severity }): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
}

/** The worse of two severities. */
export function worse(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[b] < SEVERITY_RANK[a] ? b : a;
}
