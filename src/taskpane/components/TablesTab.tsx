/**
 * 识别: the tables recognition found, so the user can see what was read. One entry per table,
 * stacked (kind and unit, then the title, then sheet · range · year) so that it reads at the pane's
 * 350 px without wrapping a title into a narrow column.
 */
import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { TableView as BudgetTable } from '../analysis';
import { kindLabel, type Strings } from '../i18n';

export interface TablesTabProps {
  strings: Strings;
  tables?: BudgetTable[];
  onNavigate: (at: { sheet: string; cell: string }) => void;
}

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  entry: { padding: '6px 2px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, overflowWrap: 'anywhere' },
  head: { display: 'flex', justifyContent: 'space-between', gap: '8px', fontWeight: tokens.fontWeightSemibold },
  unit: { fontWeight: tokens.fontWeightRegular, flexShrink: 0 },
  title: { fontSize: tokens.fontSizeBase200 },
  where: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  link: { cursor: 'pointer', color: tokens.colorBrandForeground1, background: 'none', border: 'none', padding: 0, font: 'inherit' },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function TablesTab({ strings: s, tables, onNavigate }: TablesTabProps): React.JSX.Element {
  const styles = useStyles();
  if (!tables) return <p className={styles.muted}>{s.notChecked}</p>;
  if (tables.length === 0) return <p className={styles.muted}>{s.noTablesHint}</p>;
  return (
    <ul className={styles.list} aria-label={s.tabTables} data-testid="tables">
      {tables.map((t) => (
        <li key={t.id} className={styles.entry} data-testid="table">
          <div className={styles.head}>
            <span>
              {kindLabel(t.kind, s)}（{s.family[t.family] ?? t.family}）
            </span>
            <span className={styles.unit} title={s.unit}>
              {t.unit}
              {!t.unitStated && <span className={styles.muted}>{s.unitAssumed}</span>}
            </span>
          </div>
          {t.title && <div className={styles.title}>{t.title}</div>}
          <div className={styles.where}>
            <span title={s.sheet}>{t.sheet}</span>
            {' · '}
            <button className={styles.link} title={s.range} onClick={() => onNavigate({ sheet: t.sheet, cell: t.range.split(':')[0] })}>
              {t.range}
            </button>
            {' · '}
            <span title={s.year}>{t.year ? `${t.year}` : s.yearUnknown}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}
