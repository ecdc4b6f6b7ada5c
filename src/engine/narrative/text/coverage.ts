/**
 * How much of a 情况说明 was checked: how many figures it states, how many took part in a check
 * that could run, and how many could not be read with certainty (their subject, measure or year is
 * unknown, or nothing states what they could be checked against). Silence on a figure is then never
 * mistaken for a pass.
 */
import type { CheckStatus, Finding } from '../../findings';
import type { Doc } from './document';

export interface NarrativeCoverage {
  /** Amounts and percentages stated in the text (thresholds such as “50万元以上” aside). */
  figures: number;
  /** Figures that took part in a check. */
  checked: number;
  /** Figures that could not be checked. */
  unchecked: number;
}

export function coverageOf(doc: Doc): NarrativeCoverage {
  const figures = [...doc.structure.amounts, ...doc.structure.percents];
  const checked = figures.filter((f) => doc.checked.has(f)).length;
  return { figures: figures.length, checked, unchecked: figures.length - checked };
}

export const COVERAGE_RULE = 'narrative/figures';

/** The ledger entry of a text: what was checked, what failed, what could not be read. */
export function coverageStatus(c: NarrativeCoverage, findings: readonly Finding[], where = '情况说明'): CheckStatus {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const unread = c.unchecked > 0 ? `；${where}中 ${c.unchecked} 处数字未能核对（含义不能确定，或没有可对照的数字）` : '';
  if (c.figures === 0) return { rule: COVERAGE_RULE, status: 'not-run', reason: `${where}中没有金额或百分比` };
  if (c.checked === 0) return { rule: COVERAGE_RULE, status: 'not-run', reason: `${where}中 ${c.figures} 处数字均未能核对（含义不能确定，或没有可对照的数字）` };
  return {
    rule: COVERAGE_RULE,
    status: errors > 0 ? 'failed' : 'passed',
    reason: `${where}中共 ${c.figures} 处数字，核对 ${c.checked} 处${errors > 0 ? `，发现 ${errors} 处错误` : '，未发现错误'}${unread}`,
  };
}

/** The line the task pane and the report show under the findings. */
export function uncheckedLine(c: NarrativeCoverage, where = '情况说明'): string | undefined {
  return c.unchecked > 0 ? `${where}中 ${c.unchecked} 处数字未能核对` : undefined;
}
