/**
 * Problems as the pane and the report show them: the findings of one problem (their shared
 * problem id, given by rules/problems) read back as its main finding and the others. Plain data
 * work only, so the pane counts and lists problems without loading the rules.
 */
import type { Finding, Severity } from '../findings';
import { worse } from './severity';

/** One problem as the pane and the report show it: its main finding and the other findings of it. */
export interface Problem {
  id: string;
  /** The worst severity among its findings. */
  severity: Severity;
  main: Finding;
  others: Finding[];
}

/** Findings (in the order groupProblems gives them) → problems; a finding without an id is a problem alone. */
export function problemsOf(findings: readonly Finding[]): Problem[] {
  const byId = new Map<string, Problem>();
  const out: Problem[] = [];
  findings.forEach((f, i) => {
    const id = f.problem ?? `#${i}`;
    const p = byId.get(id);
    if (!p) {
      const created: Problem = { id, severity: f.severity, main: f, others: [] };
      byId.set(id, created);
      out.push(created);
      return;
    }
    p.others.push(f);
    p.severity = worse(p.severity, f.severity);
  });
  return out;
}

/** Problems per severity. */
export function countProblems(problems: readonly Problem[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const p of problems) counts[p.severity]++;
  return counts;
}
