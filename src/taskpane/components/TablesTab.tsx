/** 识别: the tables recognition found, so the user can see what was read. */
import * as React from 'react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import type { TableView as BudgetTable } from '../analysis';
import { kindLabel, type Strings } from '../i18n';

export interface TablesTabProps {
  strings: Strings;
  tables?: BudgetTable[];
  onNavigate: (at: { sheet: string; cell: string }) => void;
}

const useStyles = makeStyles({
  link: { cursor: 'pointer', color: tokens.colorBrandForeground1, background: 'none', border: 'none', padding: 0, font: 'inherit' },
  muted: { color: tokens.colorNeutralForeground3 },
  title: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

export function TablesTab({ strings: s, tables, onNavigate }: TablesTabProps): React.JSX.Element {
  const styles = useStyles();
  if (!tables) return <p className={styles.muted}>{s.notChecked}</p>;
  if (tables.length === 0) return <p className={styles.muted}>{s.noTablesHint}</p>;
  return (
    <Table size="extra-small" aria-label={s.tabTables} data-testid="tables">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{s.kind}</TableHeaderCell>
          <TableHeaderCell>{s.sheet}</TableHeaderCell>
          <TableHeaderCell>{s.range}</TableHeaderCell>
          <TableHeaderCell>{s.unit}</TableHeaderCell>
          <TableHeaderCell>{s.year}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {tables.map((t) => (
          <TableRow key={t.id}>
            <TableCell>
              {kindLabel(t.kind, s)}（{s.family[t.family] ?? t.family}）
              {t.title && <div className={styles.title}>{t.title}</div>}
            </TableCell>
            <TableCell>{t.sheet}</TableCell>
            <TableCell>
              <button className={styles.link} onClick={() => onNavigate({ sheet: t.sheet, cell: t.range.split(':')[0] })}>
                {t.range}
              </button>
            </TableCell>
            <TableCell>
              {t.unit}
              {!t.unitStated && <span className={styles.muted}>{s.unitAssumed}</span>}
            </TableCell>
            <TableCell>{t.year ?? '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
