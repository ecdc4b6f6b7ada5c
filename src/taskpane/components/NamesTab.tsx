/** 科目: blank and mismatched 科目名称 with the official name; fill selected / all blanks; undo. */
import * as React from 'react';
import { Button, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { ConfirmDialog } from './ConfirmDialog';
import type { NameWrite } from '../../engine/catalog';
import type { Strings } from '../i18n';
import type { NameWriteRequest } from '../../port';

export interface NamesTabProps {
  strings: Strings;
  writes?: NameWrite[];
  busy: boolean;
  canUndo: boolean;
  onFill: (writes: NameWriteRequest[]) => void;
  onUndo: () => void;
  onNavigate: (at: { sheet: string; cell: string }) => void;
  onImport?: (file: File) => void;
}

const useStyles = makeStyles({
  bar: { display: 'flex', gap: '6px', flexWrap: 'wrap', margin: '6px 0' },
  row: { display: 'flex', alignItems: 'flex-start', gap: '4px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: '2px 0' },
  body: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere', fontSize: tokens.fontSizeBase200, paddingTop: '6px' },
  name: { fontSize: tokens.fontSizeBase300 },
  old: { color: tokens.colorPaletteRedForeground1, textDecoration: 'line-through' },
  muted: { color: tokens.colorNeutralForeground3 },
  link: { cursor: 'pointer', color: tokens.colorBrandForeground1, background: 'none', border: 'none', padding: 0, font: 'inherit', textAlign: 'left' },
});

const keyOf = (w: { sheet: string; cell: string }) => `${w.sheet}!${w.cell}`;

function toRequest(w: NameWrite): NameWriteRequest {
  return w.replaces ? { sheet: w.sheet, cell: w.cell, name: w.name, replaces: w.replaces } : { sheet: w.sheet, cell: w.cell, name: w.name };
}

export function NamesTab({ strings: s, writes, busy, canUndo, onFill, onUndo, onNavigate, onImport }: NamesTabProps): React.JSX.Element {
  const styles = useStyles();
  const list = React.useMemo(() => writes ?? [], [writes]);
  const [selected, setSelected] = React.useState<Set<string>>(new Set());
  const [confirming, setConfirming] = React.useState<NameWrite[]>();
  const fileInput = React.useRef<HTMLInputElement>(null);

  // A new plan selects every blank cell; replacements are opt-in.
  React.useEffect(() => setSelected(new Set(list.filter((w) => !w.replaces).map(keyOf))), [list]);

  const chosen = list.filter((w) => selected.has(keyOf(w)));
  const fillSelected = () => {
    if (chosen.some((w) => w.replaces)) setConfirming(chosen);
    else onFill(chosen.map(toRequest));
  };
  const fillAllBlank = () => onFill(list.filter((w) => !w.replaces).map(toRequest));

  const importBar = (
    <>
      {onImport && (
        <>
          <Button size="small" onClick={() => fileInput.current?.click()} disabled={busy}>
            {s.importCatalog}
          </Button>
          <input
            ref={fileInput}
            type="file"
            accept=".xlsx,.csv,.txt"
            hidden
            data-testid="catalog-file"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) onImport(f);
              e.target.value = '';
            }}
          />
        </>
      )}
    </>
  );

  if (!writes) return <p className={styles.muted}>{s.notChecked}</p>;

  return (
    <div>
      <div className={styles.bar}>
        <Button appearance="primary" size="small" onClick={fillSelected} disabled={busy || chosen.length === 0}>
          {s.fillSelected}（{chosen.length}）
        </Button>
        <Button size="small" onClick={fillAllBlank} disabled={busy || !list.some((w) => !w.replaces)}>
          {s.fillAll}
        </Button>
        <Button size="small" onClick={onUndo} disabled={busy || !canUndo}>
          {s.undo}
        </Button>
        {importBar}
      </div>
      {list.length === 0 ? (
        <p className={styles.muted}>{s.noNames}</p>
      ) : (
        <>
          <p className={styles.muted}>{s.namesIntro}</p>
          <div data-testid="name-writes">
            {list.map((w) => {
              const k = keyOf(w);
              return (
                <div key={k} className={styles.row} data-testid="name-write">
                  <Checkbox
                    checked={selected.has(k)}
                    aria-label={`${w.code} ${w.name}`}
                    onChange={(_, d) =>
                      setSelected((cur) => {
                        const next = new Set(cur);
                        if (d.checked) next.add(k);
                        else next.delete(k);
                        return next;
                      })
                    }
                  />
                  <div className={styles.body}>
                    <span className={styles.name}>
                      {w.code} {w.name}
                    </span>
                    <span>
                      {s.current}：{w.replaces ? <span className={styles.old}>{w.replaces}</span> : <span className={styles.muted}>{s.blank}</span>}
                    </span>
                    <button className={styles.link} onClick={() => onNavigate(w)}>
                      {w.sheet}!{w.cell}
                    </button>
                    <span className={styles.muted}>{w.source}</span>
                  </div>
                </div>
              );
            })}
          </div>
        </>
      )}
      <ConfirmDialog
        open={!!confirming}
        title={s.confirm}
        text={s.confirmReplace(confirming?.filter((w) => w.replaces).length ?? 0)}
        confirm={s.confirm}
        cancel={s.cancel}
        onConfirm={() => {
          const c = confirming ?? [];
          setConfirming(undefined);
          onFill(c.map(toRequest));
        }}
        onCancel={() => setConfirming(undefined)}
      />
    </div>
  );
}
