/**
 * A standard check as a typed descriptor (in the manner of HyperFormula's plugin metadata): its id
 * in the coverage ledger, whether it is advisory (its findings are warnings, so any finding fails
 * it), the tables it needs, and a `run` that says what it did — compared so many figures, or could
 * not run and why. The runner (rules/index) owns the ledger; a check only compares and reports.
 */
import type { Table, TableKind } from '../recognize/types';
import type { CheckNameKey } from '../model/checks';
import type { RuleContext } from './context';
import type { TableSet } from './table-set';

/** What one check did over one scope. */
export type Outcome = { readonly compared: number } | { readonly notRun: string };

export const compared = (n: number): Outcome => ({ compared: n });
export const notRun = (reason: string): Outcome => ({ notRun: reason });

export interface RuleMeta {
  /** The check's id in the ledger; its findings' rules are this id or start with it and '/'. */
  id: CheckNameKey;
  /** Its findings are warnings: any of them fails the check (otherwise only errors do). */
  advisory?: boolean;
  /** What its 提示 are, counted in the ledger ('1 张表…未核对'); default: comparisons not required to agree. */
  hintsAre?: string;
}

/** A check over one table at a time. */
export interface TableRule extends RuleMeta {
  applies: (table: Table) => boolean;
  run: (ctx: RuleContext, table: Table) => Outcome;
}

/** The tables a check compares, by kind: present, so no check casts. */
export type Needs<K extends TableKind> = { readonly [k in K]: Table };

/** A check over one department's set of tables. */
export interface SetRule<K extends TableKind = TableKind> extends RuleMeta {
  /**
   * The tables it compares: a set with some but not all of them is told which are missing (not
   * run); a set with none of them is no concern of this check.
   */
  needs: readonly K[];
  /** Whether the set concerns the check at all (default: it has one of the tables it needs). */
  applies?: (set: TableSet) => boolean;
  /** How the ledger names the set (default: '某局部门预算各表'). */
  scope?: (set: TableSet) => string;
  run: (ctx: RuleContext, tables: Needs<K>, at: SetScope) => Outcome;
}

/** Which check runs over which set: what a set rule reports under and may look further into. */
export interface SetScope {
  id: CheckNameKey;
  set: TableSet;
}

/** Declares a set rule: `run` is typed by the kinds it needs, the list of rules holds any. */
export function setRule<K extends TableKind>(rule: SetRule<K>): SetRule {
  return rule;
}

/** The tables `needs` names, when the set has every one of them; else the kinds it lacks. */
export function neededTables<K extends TableKind>(set: TableSet, needs: readonly K[]): { tables: Needs<K> } | { missing: K[] } {
  const missing: K[] = [];
  const tables: Partial<Record<K, Table>> = {};
  for (const k of needs) {
    const table = set.get(k);
    if (table) tables[k] = table;
    else missing.push(k);
  }
  return missing.length ? { missing } : { tables: tables as Needs<K> };
}
