/** 校核: one button, a summary, and the findings grouped by table — each click goes to its cell. */
import * as React from 'react';
import { Badge, Button, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding } from '../../engine';
import type { CheckStatus, Severity } from '../../engine/findings';
import { groupFindings, type CheckResult } from '../analysis';
import { kindLabel, ruleLabel, type Strings } from '../i18n';

export interface CheckTabProps {
  strings: Strings;
  result?: CheckResult;
  busy: boolean;
  marked: number;
  onCheck: () => void;
  onNavigate: (f: Finding) => void;
  onMark: () => void;
  onClear: () => void;
}

const useStyles = makeStyles({
  bar: { display: 'flex', gap: '6px', flexWrap: 'wrap', alignItems: 'center' },
  summary: { display: 'flex', gap: '6px', flexWrap: 'wrap', alignItems: 'center', fontSize: tokens.fontSizeBase200 },
  group: { marginTop: '8px' },
  groupTitle: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, margin: '4px 0' },
  item: {
    display: 'flex',
    gap: '6px',
    alignItems: 'flex-start',
    width: '100%',
    textAlign: 'left',
    border: 'none',
    background: 'none',
    padding: '6px 4px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    cursor: 'pointer',
    font: 'inherit',
    overflowWrap: 'anywhere',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  badge: { flexShrink: 0 },
  where: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  muted: { color: tokens.colorNeutralForeground3 },
  ledger: { margin: '4px 0', paddingLeft: '16px', display: 'flex', flexDirection: 'column', gap: '2px', overflowWrap: 'anywhere' },
});

const COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const STATUS_ORDER: Record<CheckStatus['status'], number> = { failed: 0, 'not-run': 1, passed: 2 };
const STATUS_COLOR: Record<CheckStatus['status'], 'danger' | 'warning' | 'success'> = { failed: 'danger', 'not-run': 'warning', passed: 'success' };

function fmt(n: number): string {
  return n.toLocaleString('zh-CN', { maximumFractionDigits: 4 });
}

export function CheckTab({ strings: s, result, busy, marked, onCheck, onNavigate, onMark, onClear }: CheckTabProps): React.JSX.Element {
  const styles = useStyles();
  const [filter, setFilter] = React.useState<Set<Severity>>(new Set(SEVERITIES));
  const findings = result?.analysis.findings ?? [];
  const tables = result?.analysis.tables ?? [];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const shown = findings.filter((f) => filter.has(f.severity));
  const groups = groupFindings(shown, tables);
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
          </div>
          {checks.length > 0 && (
            // The ledger: what was checked, what failed, and what could not run and why.
            <details className={styles.where} data-testid="checks">
              <summary>
                {s.checksRun(
                  checks.filter((c) => c.status === 'passed').length,
                  checks.filter((c) => c.status === 'failed').length,
                  checks.filter((c) => c.status === 'not-run').length,
                )}
              </summary>
              <ul className={styles.ledger}>
                {[...checks]
                  .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status])
                  .map((c, i) => (
                    <li key={`${c.rule}-${i}`} data-status={c.status}>
                      <Badge color={STATUS_COLOR[c.status]} appearance="tint" size="small">
                        {s.checkStatus[c.status]}
                      </Badge>{' '}
                      {ruleLabel(c.rule, s)}：{c.reason}
                    </li>
                  ))}
              </ul>
            </details>
          )}
          {(result.analysis.narrative?.unchecked ?? 0) > 0 && (
            <p className={styles.muted} data-testid="narrative-unchecked">
              {s.narrativeUnchecked(result.analysis.narrative!.unchecked)}
            </p>
          )}
          {tables.length === 0 && <p className={styles.muted}>{s.noTablesHint}</p>}
          {findings.length === 0 && tables.length > 0 && <p>{s.noFindings}</p>}
          <div data-testid="findings">
            {groups.map((g) => (
              <section key={g.key} className={styles.group}>
                <div className={styles.groupTitle}>
                  {g.table ? `${g.table.title || kindLabel(g.table.kind, s)} · ${g.table.sheet}` : s.otherGroup}
                </div>
                {g.findings.map((f, i) => (
                  <button
                    key={`${f.rule}-${f.sheet}-${f.cell}-${i}`}
                    className={styles.item}
                    onClick={() => onNavigate(f)}
                    title={`${s.goTo} ${f.sheet}!${f.cell}`}
                    data-testid="finding"
                    data-cell={`${f.sheet}!${f.cell}`}
                  >
                    <Badge className={styles.badge} color={COLOR[f.severity]} appearance="tint" size="small">
                      {s.severity[f.severity]}
                    </Badge>
                    <span>
                      <span>{f.message}</span>
                      {f.expected !== undefined && f.actual !== undefined && (
                        <span className={styles.where}>
                          {' '}
                          （{s.expected} {fmt(f.expected)}，{s.actual} {fmt(f.actual)}）
                        </span>
                      )}
                      <br />
                      <span className={styles.where}>
                        {f.sheet}!{f.cell}
                      </span>
                    </span>
                  </button>
                ))}
              </section>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
