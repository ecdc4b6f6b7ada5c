/**
 * The preview's stand-in for Excel's grid: sheet tabs, cells with their fills (marks included) and
 * notes as tooltips, merged areas, and the selected cell scrolled into view.
 */
import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type ExcelJS from 'exceljs';
import { columnLetters, parseA1 } from '../engine/grid/a1';
import { sheetToGrid } from '../xlsx/grids';
import type { ExcelJsPort } from './exceljsPort';

const MAX_ROWS = 1000;
const MAX_COLS = 60;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 },
  scroller: { flex: 1, overflow: 'auto', minHeight: 0, backgroundColor: '#fff' },
  // Separate borders (right and bottom only): with border-collapse, Chromium paints scrolled cells
  // over the sticky column header.
  table: { borderCollapse: 'separate', borderSpacing: 0, fontSize: '12px', fontFamily: tokens.fontFamilyBase },
  head: { position: 'sticky', top: 0, backgroundColor: '#f3f3f3', zIndex: 2, color: '#555', fontWeight: 'normal', borderRight: '1px solid #d4d4d4', borderBottom: '1px solid #d4d4d4', padding: '0 4px', minWidth: '48px' },
  rowHead: { position: 'sticky', left: 0, backgroundColor: '#f3f3f3', zIndex: 1, color: '#555', borderRight: '1px solid #d4d4d4', borderBottom: '1px solid #d4d4d4', padding: '0 4px', textAlign: 'right' },
  cell: { borderRight: '1px solid #e1e1e1', borderBottom: '1px solid #e1e1e1', padding: '1px 4px', whiteSpace: 'nowrap', maxWidth: '320px', overflow: 'hidden', textOverflow: 'ellipsis', height: '20px' },
  selected: { outline: '2px solid #217346', outlineOffset: '-2px' },
  noted: { boxShadow: 'inset -6px 6px 0 -4px #c00' },
  tabs: { display: 'flex', gap: '2px', borderTop: `1px solid ${tokens.colorNeutralStroke1}`, backgroundColor: '#f3f3f3', overflowX: 'auto' },
  tab: { border: 'none', padding: '4px 12px', background: 'none', cursor: 'pointer', font: 'inherit', fontSize: '12px', whiteSpace: 'nowrap' },
  tabActive: { backgroundColor: '#fff', color: '#217346', fontWeight: 600, borderBottom: '2px solid #217346' },
});

function fillColor(c: ExcelJS.Cell): string | undefined {
  const f = c.style?.fill as ExcelJS.FillPattern | undefined;
  if (!f || f.type !== 'pattern' || f.pattern === 'none') return undefined;
  const argb = f.fgColor?.argb;
  return argb && argb.length === 8 ? '#' + argb.slice(2) : undefined;
}

function noteText(c: ExcelJS.Cell): string | undefined {
  const n = c.note as unknown;
  if (!n) return undefined;
  if (typeof n === 'string') return n;
  const texts = (n as { texts?: { text: string }[] }).texts;
  return texts?.map((t) => t.text).join('') ?? undefined;
}

export interface GridViewProps {
  port: ExcelJsPort;
}

export function GridView({ port }: GridViewProps): React.JSX.Element {
  const styles = useStyles();
  const [, setVersion] = React.useState(port.version);
  React.useEffect(() => port.subscribe(() => setVersion(port.version)), [port]);
  const sheets = port.workbook.worksheets;
  const [active, setActive] = React.useState(sheets[0]?.name ?? '');
  const sel = port.selection;
  React.useEffect(() => {
    if (sel) setActive(sel.sheet);
  }, [sel]);

  const ws = port.workbook.getWorksheet(active) ?? sheets[0];
  // port.version: the worksheet object stays the same when its cells change, so re-read on every change.
  const grid = React.useMemo(() => (ws ? sheetToGrid(ws) : undefined), [ws, port.version]);
  const selectedRef = React.useRef<HTMLTableCellElement>(null);
  React.useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: 'center', inline: 'center' });
  }, [sel, active]);

  if (!ws || !grid) return <div />;
  const rows = Math.min(grid.rowCount, MAX_ROWS);
  const cols = Math.min(Math.max(grid.colCount, 1), MAX_COLS);
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const m of grid.merges) {
    spans.set(`${m.top},${m.left}`, { rowSpan: m.bottom - m.top + 1, colSpan: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  const selAt = sel && sel.sheet === ws.name ? parseA1(sel.cell) : undefined;

  return (
    <div className={styles.root} data-testid="grid">
      <div className={styles.scroller}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={styles.head} />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} className={styles.head}>
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr key={r}>
                <th className={styles.rowHead}>{r + 1}</th>
                {Array.from({ length: cols }, (_, c) => {
                  const key = `${r},${c}`;
                  if (covered.has(key)) return null;
                  const xc = ws.getRow(r + 1).getCell(c + 1);
                  const text = grid.rows[r]?.[c]?.text ?? '';
                  const isSel = !!selAt && selAt.row === r && selAt.col === c;
                  const note = noteText(xc);
                  const numeric = typeof grid.rows[r]?.[c]?.value === 'number';
                  const cls = [styles.cell, isSel ? styles.selected : '', note ? styles.noted : ''].join(' ');
                  return (
                    <td
                      key={c}
                      {...spans.get(key)}
                      ref={isSel ? selectedRef : undefined}
                      className={cls}
                      style={{ backgroundColor: fillColor(xc), textAlign: numeric ? 'right' : undefined }}
                      title={note}
                      data-cell={`${columnLetters(c)}${r + 1}`}
                      data-selected={isSel ? 'true' : undefined}
                      data-marked={note ? 'true' : undefined}
                    >
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className={styles.tabs} role="tablist">
        {sheets.map((s) => (
          <button
            key={s.id}
            role="tab"
            aria-selected={s.name === ws.name}
            className={[styles.tab, s.name === ws.name ? styles.tabActive : ''].join(' ')}
            onClick={() => setActive(s.name)}
          >
            {s.name}
          </button>
        ))}
      </div>
    </div>
  );
}
