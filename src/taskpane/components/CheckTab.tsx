/**
 * 校核: one button, a summary counted in problems, and the problems — errors of every table first,
 * then warnings, then 提示 — each with its table, its main finding and the other cells of the same
 * problem; every cell is a button that goes to it.
 */
import * as React from 'react';
import { Badge, Button, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding, Severity } from '../../engine/findings';
import { SEVERITIES, countProblems, problemsOf, type Problem } from '../../engine/model';
import { tableOfFinding, type CheckResult, type TableView } from '../analysis';
import { kindLabel, type Strings } from '../i18n';
import { CheckLedger } from './CheckLedger';
import { useStepwiseCount } from './stepwise';

export interface CheckTabProps {
  strings: Strings;
  result?: CheckResult;
  busy: boolean;
  marked: number;
  onCheck: () => void;
  onNavigate: (f: Finding) => void;
  onMark: () => void;
  onClear: () => void;
  /** Problems rendered per commit (tests pass a small one). */
  problemStep?: number;
}

/** Problems rendered per commit: each has a badge, its message and its cells (about as costly as two ledger lines). */
export const PROBLEM_STEP = 50;

/** One empty list for every render before a check (the lists below are memoized on it). */
const NO_FINDINGS: Finding[] = [];

const useStyles = makeStyles({
  bar: { display: 'flex', gap: '6px', flexWrap: 'wrap', alignItems: 'center' },
  summary: { display: 'flex', gap: '6px', flexWrap: 'wrap', alignItems: 'center', fontSize: tokens.fontSizeBase200 },
  problem: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: '2px 0 6px' },
  item: {
    display: 'flex',
    gap: '6px',
    alignItems: 'flex-start',
    width: '100%',
    textAlign: 'left',
    border: 'none',
    background: 'none',
    padding: '6px 4px 2px',
    cursor: 'pointer',
    font: 'inherit',
    overflowWrap: 'anywhere',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  badge: { flexShrink: 0 },
  where: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  table: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, display: 'block' },
  cells: { display: 'flex', flexWrap: 'wrap', gap: '2px 8px', alignItems: 'baseline', padding: '0 4px 0 46px', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  cell: { cursor: 'pointer', color: tokens.colorBrandForeground1, background: 'none', border: 'none', padding: 0, font: 'inherit' },
  muted: { color: tokens.colorNeutralForeground3 },
});

const COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };

/** Where a problem is: its table's title (or kind) and sheet, or nothing for text outside a table. */
function tableLabel(t: TableView | undefined, s: Strings): string | undefined {
  return t ? `${t.title || kindLabel(t.kind, s)} · ${t.sheet}` : undefined;
}

function ProblemItem({ problem: p, tables, s, onNavigate }: { problem: Problem; tables: TableView[]; s: Strings; onNavigate: (f: Finding) => void }): React.JSX.Element {
  const styles = useStyles();
  const f = p.main;
  const where = tableLabel(tableOfFinding(f, tables), s);
  return (
    <section className={styles.problem} data-testid="problem" data-severity={p.severity}>
      <button className={styles.item} onClick={() => onNavigate(f)} title={`${s.goTo} ${f.sheet}!${f.cell}`} data-testid="finding" data-cell={`${f.sheet}!${f.cell}`}>
        <Badge className={styles.badge} color={COLOR[p.severity]} appearance="tint" size="small">
          {s.severity[p.severity]}
        </Badge>
        <span>
          {where && <span className={styles.table}>{where}</span>}
          <span>{f.message}</span>
          <br />
          <span className={styles.where}>
            {f.sheet}!{f.cell}
          </span>
        </span>
      </button>
      {p.others.length > 0 && (
        <div className={styles.cells}>
          <span>{s.otherCells}</span>
          {p.others.map((o, i) => (
            <button
              key={`${o.sheet}-${o.cell}-${i}`}
              className={styles.cell}
              onClick={() => onNavigate(o)}
              title={o.message}
              data-testid="finding"
              data-cell={`${o.sheet}!${o.cell}`}
              data-severity={o.severity}
            >
              {o.sheet}!{o.cell}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}

export function CheckTab({ strings: s, result, busy, marked, onCheck, onNavigate, onMark, onClear, problemStep = PROBLEM_STEP }: CheckTabProps): React.JSX.Element {
  const styles = useStyles();
  const [filter, setFilter] = React.useState<Set<Severity>>(new Set(SEVERITIES));
  const findings = result?.analysis.findings ?? NO_FINDINGS;
  const tables = result?.analysis.tables ?? [];
  // The engine orders problems: errors of every table first, then warnings, then 提示.
  const problems = React.useMemo(() => problemsOf(findings), [findings]);
  const counts = countProblems(problems);
  const filtered = React.useMemo(() => problems.filter((p) => filter.has(p.severity)), [problems, filter]);
  // Hundreds of problems on a large workbook: rendered a step at a time (./stepwise.ts), from the
  // first step again for each check and each change of the filter.
  const shown = filtered.slice(0, useStepwiseCount(filtered.length, problemStep, filtered));
  const checks = result?.analysis.checks ?? [];

  const toggle = (sev: Severity) =>
    setFilter((cur) => {
      const next = new Set(cur);
      if (next.has(sev)) next.delete(sev);
      else next.add(sev);
      return next;
    });

  return (
    <div>
      <div className={styles.bar}>
        <Button appearance="primary" onClick={onCheck} disabled={busy}>
          {result ? s.recheckButton : s.checkButton}
        </Button>
        {result && (
          <Button onClick={onMark} disabled={busy || findings.length === 0}>
            {s.mark}
          </Button>
        )}
        {(result || marked > 0) && (
          <Button onClick={onClear} disabled={busy || marked === 0}>
            {s.clearMarks}
          </Button>
        )}
      </div>
      {!result && <p className={styles.muted}>{s.notChecked}</p>}
      {result && (
        <>
          <div className={styles.summary} data-testid="summary">
            <span>{s.tablesFound(tables.length)}</span>
            {SEVERITIES.map((sev) => (
              <ToggleButton
                key={sev}
                size="small"
                checked={filter.has(sev)}
                onClick={() => toggle(sev)}
                aria-label={`${s.filterLabel} ${s.severity[sev]}`}
              >
                <Badge color={COLOR[sev]} appearance="filled" size="small" style={{ marginRight: 4 }}>
                  {counts[sev]}
                </Badge>
                {s.severity[sev]}
              </ToggleButton>
            ))}
            {findings.length > 0 && <span className={styles.muted}>{s.findingsTotal(problems.length, findings.length)}</span>}
          </div>
          {checks.length > 0 && <CheckLedger strings={s} checks={checks} className={styles.where} />}
          {(result.analysis.narrative?.unchecked ?? 0) > 0 && (
            <p className={styles.muted} data-testid="narrative-unchecked">
              {s.narrativeUnchecked(result.analysis.narrative!.unchecked)}
            </p>
          )}
          {tables.length === 0 && <p className={styles.muted}>{s.noTablesHint}</p>}
          {findings.length === 0 && tables.length > 0 && <p>{s.noFindings}</p>}
          <div data-testid="findings">
            {shown.map((p) => (
              <ProblemItem key={p.id} problem={p} tables={tables} s={s} onNavigate={onNavigate} />
            ))}
          </div>
        </>
      )}
    </div>
  );
}
