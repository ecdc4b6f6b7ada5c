/** docs/design.md §5 — the Finding contract. Field names and the string values are fixed. */

export type FindingKind =
  | 'hierarchy-sum'
  | 'column-sum'
  | 'balance'
  | 'cross-table'
  | 'code-name'
  | 'unknown-code'
  | 'blank-name'
  | 'narrative'
  | 'plausibility';

export type Severity = 'error' | 'warning' | 'info';

export interface CellLocation {
  sheet: string;
  cell: string; // A1, e.g. 'D12'
}

export interface Finding {
  rule: string; // stable id, e.g. 'hierarchy-sum/lei-kuan'
  kind: FindingKind;
  severity: Severity;
  sheet: string;
  cell: string; // the cell holding the figure that fails (the total, not a part)
  related: CellLocation[];
  expected?: number; // in the table's own unit
  actual?: number;
  message: string; // Chinese, one sentence
  /**
   * The problem this finding belongs to (additive, issue 13). One wrong figure can fail several
   * checks — once per amount column, in several tables, or as the totals a mistyped cell upsets —
   * and one wrong name can be printed in several tables: their findings share one id ('P1', 'P2' …),
   * so counts are of problems, each with its cells. Findings of a problem are adjacent in the list,
   * its main finding first (the most likely wrong cell, when one was found).
   */
  problem?: string;
  /**
   * Set on a finding that stands for many cells (the unknown codes of one table, rule
   * 'unknown-code/many'): the findings it replaces in the list, each with its own cell and message.
   * Marks are made from these, so every cell is still marked (see cellFindings).
   */
  members?: Finding[];
}

/** The findings to mark cell by cell: a finding that stands for many gives its members. */
export function cellFindings(findings: readonly Finding[]): Finding[] {
  return findings.flatMap((f) => f.members ?? [f]);
}

/** Coverage ledger entry (issue 3 §8): a standard check and whether it could run. */
export interface CheckStatus {
  rule: string;
  status: 'passed' | 'failed' | 'not-run';
  reason: string; // Chinese
}

export interface EngineOptions {
  /** Override of the rounding tolerance, in the table's unit. Undefined: n × half a unit of the last decimal. */
  tolerance?: number;
  /** Classification edition year for catalog lookups; default: the tables' year. */
  editionYear?: number;
  /** 情况说明: a stated change of at least this many percent needs a reason (主要原因是…). Default 10. */
  reasonThreshold?: number;
}

/** A code catalog the user imported (the official 《政府收支分类科目》 of a year). */
export interface ImportedCatalog {
  year: number;
  /** Where it came from (file name and import date), shown as the source of its entries. */
  source: string;
  /** An imported official catalog is complete for its year: unknown codes become warnings. */
  complete: boolean;
  entries: { system: 'function' | 'economic' | 'gov-economic'; code: string; name: string }[];
}

export interface AnalyzeOptions extends EngineOptions {
  importedCatalogs?: ImportedCatalog[];
}
