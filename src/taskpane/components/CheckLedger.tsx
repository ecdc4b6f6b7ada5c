/**
 * The ledger of a check: what was checked, what failed, and what could not run and why — failed
 * first, then not run, then passed. Its lines are rendered only once the user opens it, and then a
 * step at a time (./stepwise.ts): a 200-sheet workbook has some 900 of them, and rendered with the
 * results they held the pane for over 100 ms.
 */
import * as React from 'react';
import { Badge, makeStyles } from '@fluentui/react-components';
import type { CheckStatus } from '../../engine/findings';
import { ruleLabel, type Strings } from '../i18n';
import { useStepwiseCount } from './stepwise';

/** Ledger lines rendered per commit (about 10–15 ms each on a shared two-core machine). */
export const LEDGER_STEP = 100;

const STATUS_ORDER: Record<CheckStatus['status'], number> = { failed: 0, 'not-run': 1, passed: 2 };
const STATUS_COLOR: Record<CheckStatus['status'], 'danger' | 'warning' | 'success'> = { failed: 'danger', 'not-run': 'warning', passed: 'success' };

const useStyles = makeStyles({
  ledger: { margin: '4px 0', paddingLeft: '16px', display: 'flex', flexDirection: 'column', gap: '2px', overflowWrap: 'anywhere' },
});

export interface CheckLedgerProps {
  strings: Strings;
  checks: CheckStatus[];
  className?: string;
  /** Lines rendered per commit (tests pass a small one). */
  step?: number;
}

export function CheckLedger({ strings: s, checks, className, step = LEDGER_STEP }: CheckLedgerProps): React.JSX.Element {
  const styles = useStyles();
  const [open, setOpen] = React.useState(false);
  const sorted = React.useMemo(() => [...checks].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]), [checks]);
  // Closed, it renders no lines; opened (again), it renders them from the first step.
  const count = useStepwiseCount(sorted.length, step, open ? sorted : undefined, open);
  const shown = open ? sorted.slice(0, count) : [];
  return (
    <details className={className} data-testid="checks" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {s.checksRun(
          checks.filter((c) => c.status === 'passed').length,
          checks.filter((c) => c.status === 'failed').length,
          checks.filter((c) => c.status === 'not-run').length,
        )}
      </summary>
      <ul className={styles.ledger}>
        {shown.map((c, i) => (
          <li key={`${c.rule}-${i}`} data-status={c.status}>
            <Badge color={STATUS_COLOR[c.status]} appearance="tint" size="small">
              {s.checkStatus[c.status]}
            </Badge>{' '}
            {ruleLabel(c.rule, s)}：{c.reason}
          </li>
        ))}
      </ul>
    </details>
  );
}
