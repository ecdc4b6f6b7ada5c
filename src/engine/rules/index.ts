/**
 * Table[] → Finding[] for the reconciliation rules (issue 3), plus the coverage ledger: every
 * standard check says whether it passed, failed, or could not run and why — a table that was not
 * recognized never reads as "passed". The checks are descriptors (rules/rule); this module runs
 * them over every table and every set of tables, in the order the ledger lists them.
 */
import type { CheckStatus, EngineOptions, Finding } from '../findings';
import type { Line, Table } from '../recognize/types';
import { setScope, tableScope } from '../model/names';
import { RuleContext, type HeldEquation } from './context';
import { Ledger } from './ledger';
import { neededTables, type SetRule, type TableRule } from './rule';
import { balance } from './balance';
import { hierarchySum } from './hierarchy-sum';
import { threePublicSums } from './three-public';
import { columnSum } from './column-sum';
import { changeRate } from './change-rate';
import { changeRateByRow } from './change-rate-row';
import { CROSS_TABLE_RULES } from './cross-table';
import { plausibility } from './plausibility';
import { emptyTableNote, requiredTables, tableYears } from './disclosure';
import { titleYear } from './title-year';
import { tableSets, type TableSet } from './table-set';
import { explainByOneCell } from './likely-cell';
import { EVIDENCE, alsoFoundBy, ledger as say } from './messages';
import { joinContinuedTables } from '../recognize/continued';
import type { UnreadTable } from '../recognize/unread';

export interface RulesResult {
  findings: Finding[];
  checks: CheckStatus[];
}

/**
 * `asRecognized`: over the tables as recognized, each part of a continued table on its own sheet; the
 * other passes see a table continued over several sheets as one (recognize/continued).
 */
type Pass = { over: 'tables'; rules: TableRule[]; asRecognized?: true } | { over: 'sets'; rules: SetRule[] };

/** The sums within one table: each reads its table alone (no other table's findings or figures). */
const TABLE_SUMS: TableRule[] = [balance, hierarchySum, threePublicSums, columnSum, changeRate, changeRateByRow];

/** Every standard check, in the order they run: each pass goes over every table (or set), its rules in turn. */
const RULE_PASSES: readonly Pass[] = [
  { over: 'tables', rules: TABLE_SUMS },
  { over: 'sets', rules: CROSS_TABLE_RULES },
  { over: 'tables', rules: [plausibility], asRecognized: true },
  { over: 'sets', rules: [tableYears, requiredTables] },
  { over: 'tables', rules: [titleYear, emptyTableNote] },
];

/** The ledger's name of each table, worked out once for every rule and pass that runs on it. */
class TableScopes {
  private readonly scopes = new Map<Table, string>();
  of(table: Table): string {
    let scope = this.scopes.get(table);
    if (scope === undefined) this.scopes.set(table, (scope = tableScope(table)));
    return scope;
  }
}

function runOnTable(ctx: RuleContext, ledger: Ledger, scopes: TableScopes, rule: TableRule, table: Table): void {
  if (rule.applies(table)) ledger.run(rule, scopes.of(table), () => rule.run(ctx, table));
}

/** A set with none of the tables a set rule needs is no concern of it (a lone table is not a publication set). */
function concerns(rule: SetRule, set: TableSet): boolean {
  if (rule.needs.length > 0 && !rule.needs.some((k) => set.has(k))) return false;
  return !rule.applies || rule.applies(set);
}

/** A set rule over one set: one with some but not all of the tables it needs is told which are missing. */
function runOnSet(ctx: RuleContext, ledger: Ledger, rule: SetRule, set: TableSet): void {
  if (!concerns(rule, set)) return;
  const scope = rule.scope ? rule.scope(set) : setScope(set.values());
  const needed = neededTables(set, rule.needs);
  if ('missing' in needed) ledger.notRun(rule, scope, say.missingTables(needed.missing));
  else ledger.run(rule, scope, () => rule.run(ctx, needed.tables, { id: rule.id, set }));
}

/**
 * One figure that fails several identities for the same reason (a 类 total that is wrong by its
 * 款 lines and by its 合计 column) is reported once: the first finding at a cell with the same
 * expected value stands, takes the others' related cells, and says which other checks agree.
 */
function mergeSameCell(findings: Finding[]): Finding[] {
  const byKey = new Map<string, { finding: Finding; also: Set<string> }>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = `${f.sheet}!${f.cell}|${f.expected ?? ''}|${f.actual ?? ''}|${f.severity}`;
    const first = byKey.get(key);
    if (!first || f.expected === undefined) {
      byKey.set(key, { finding: f, also: new Set() });
      out.push(f);
      continue;
    }
    for (const r of f.related) {
      if (!first.finding.related.some((x) => x.sheet === r.sheet && x.cell === r.cell)) first.finding.related.push(r);
    }
    const evidence = EVIDENCE[f.kind];
    if (f.kind !== first.finding.kind && evidence) first.also.add(evidence);
  }
  for (const { finding, also } of byKey.values()) {
    if (also.size) finding.message = alsoFoundBy(finding.message, [...also]);
  }
  return out;
}

/**
 * The equations that held, read again for a failing cluster: the first run keeps none of them (most
 * workbooks have no failing cluster to trace, and they are most of the comparisons). The sums within
 * a table read it alone, so only the tables holding one of `lines` are run again; the set rules (the
 * comparisons between tables) over every set, as they ran. Run again, each compares the same.
 */
function heldAgain(joined: Table[], sets: TableSet[], options: EngineOptions, unreadTables: readonly UnreadTable[], lines: ReadonlySet<Line>): HeldEquation[] {
  const again = new RuleContext(joined, options, unreadTables);
  for (const table of joined) {
    if (!table.lines.some((l) => lines.has(l))) continue;
    for (const rule of TABLE_SUMS) if (rule.applies(table)) rule.run(again, table);
  }
  for (const pass of RULE_PASSES) {
    if (pass.over !== 'sets') continue;
    for (const set of sets) {
      for (const rule of pass.rules) {
        if (!concerns(rule, set)) continue;
        const needed = neededTables(set, rule.needs);
        if (!('missing' in needed)) rule.run(again, needed.tables, { id: rule.id, set });
      }
    }
  }
  return again.held;
}

/** `unreadTables`: sheets recognition saw as a standard table but could not read (not missing, not checked). */
export function runRules(tables: Table[], options: EngineOptions = {}, unreadTables: readonly UnreadTable[] = []): RulesResult {
  return run(tables, options, true, unreadTables);
}

/** The rules keeping every held equation from the start, as they did before (the oracle of test/speed-equivalence-rules-held.test.ts). */
export function runRulesKeepingEveryHeld(tables: Table[], options: EngineOptions = {}): RulesResult {
  return run(tables, options, false);
}

function run(tables: Table[], options: EngineOptions, readHeldAgain: boolean, unreadTables: readonly UnreadTable[] = []): RulesResult {
  const joined = joinContinuedTables(tables);
  const ctx = new RuleContext(joined, options, unreadTables);
  const ledger = new Ledger(ctx.findings, ctx.roundingGaps);
  const sets = tableSets(joined);
  const scopes = new TableScopes();
  ctx.keepsHeld = !readHeldAgain;
  for (const pass of RULE_PASSES) {
    if (pass.over === 'tables') for (const table of pass.asRecognized ? tables : joined) for (const rule of pass.rules) runOnTable(ctx, ledger, scopes, rule, table);
    else for (const set of sets) for (const rule of pass.rules) runOnSet(ctx, ledger, rule, set);
  }
  const findings = explainByOneCell(ctx, mergeSameCell(ctx.findings), (lines) => (readHeldAgain ? heldAgain(joined, sets, options, unreadTables, lines) : []));
  return { findings, checks: ledger.entries };
}
