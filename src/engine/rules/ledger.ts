/**
 * The coverage ledger: every standard check over every scope says whether it passed, failed, or
 * could not run and why — a table that was not recognized never reads as "passed".
 */
import type { CheckStatus, Finding } from '../findings';
import { ledger as say } from './messages';
import type { Outcome, RuleMeta } from './rule';

const NONE: readonly Finding[] = [];

export class Ledger {
  readonly entries: CheckStatus[] = [];

  constructor(
    private readonly findings: readonly Finding[],
    /** Findings that only report a rounding gap: a check with no other warning still reads 全部相符. */
    private readonly roundingGaps: ReadonlySet<Finding>,
  ) {}

  /**
   * Runs one check over one scope (a table or a set of tables) and records it: 'failed' when it
   * produced an error (or any finding, for an advisory check), 'passed' when it compared at least
   * one figure, 'not-run' (with the reason) when there was nothing it could compare.
   */
  run(rule: RuleMeta, scope: string, run: () => Outcome): void {
    const before = this.findings.length;
    const outcome = run();
    const produced = this.findings.length === before ? NONE : this.findings.slice(before).filter((f) => f.rule === rule.id || f.rule.startsWith(`${rule.id}/`));
    if ('notRun' in outcome) {
      this.entries.push({ rule: rule.id, status: produced.length ? 'failed' : 'not-run', reason: `${scope}：${outcome.notRun}` });
      return;
    }
    const errors = produced.filter((f) => f.severity === 'error').length;
    const warnings = produced.filter((f) => f.severity === 'warning').length;
    if (errors > 0 || (rule.advisory && warnings > 0)) {
      this.entries.push({ rule: rule.id, status: 'failed', reason: `${scope}：${say.failed(errors + (rule.advisory ? warnings : 0))}` });
    } else if (outcome.compared === 0) {
      this.entries.push({ rule: rule.id, status: 'not-run', reason: `${scope}：${say.nothingCompared}` });
    } else {
      const hints = produced.filter((f) => f.severity === 'info').length;
      const roundings = produced.filter((f) => f.severity === 'warning' && this.roundingGaps.has(f)).length;
      this.entries.push({ rule: rule.id, status: 'passed', reason: `${scope}：${say.passed(outcome.compared, hints, roundings, warnings - roundings, rule.hintsAre)}` });
    }
  }

  /** A check that could not run over this scope, and why. */
  notRun(rule: RuleMeta, scope: string, reason: string): void {
    this.entries.push({ rule: rule.id, status: 'not-run', reason: `${scope}：${reason}` });
  }
}
