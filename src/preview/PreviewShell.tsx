/**
 * The browser preview: the same task pane beside a grid view of an ExcelJS workbook — the bundled
 * sample or an .xlsx the user opens — with a download of the marked copy. Nothing leaves the page.
 * ExcelJS is loaded when the first workbook is opened, after the shell has painted.
 */
import * as React from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { App, type PaneServices } from '../taskpane/App';
import type { Strings } from '../taskpane/i18n';
import { ExcelJsPort } from './exceljsPort';
import { GridView } from './GridView';
import { downloadBytes } from '../taskpane/download';

export const SAMPLE_URL = 'sample/示例-部门预算.xlsx';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100vh', fontFamily: tokens.fontFamilyBase },
  bar: {
    display: 'flex',
    gap: '8px',
    alignItems: 'center',
    padding: '6px 12px',
    backgroundColor: '#217346',
    color: '#fff',
  },
  file: { fontWeight: 600, marginRight: 'auto' },
  body: { display: 'flex', flex: 1, minHeight: 0 },
  grid: { flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' },
  pane: { width: '380px', flexShrink: 0, overflowX: 'hidden', borderLeft: `1px solid ${tokens.colorNeutralStroke1}`, overflowY: 'auto', backgroundColor: tokens.colorNeutralBackground1 },
  center: { margin: 'auto' },
});

export interface PreviewShellProps {
  strings: Strings;
  services?: PaneServices;
}

function markedName(name: string): string {
  return name.replace(/\.xlsx$/i, '') + '（已标记）.xlsx';
}

export function PreviewShell({ strings, services }: PreviewShellProps): React.JSX.Element {
  const styles = useStyles();
  const [port, setPort] = React.useState<ExcelJsPort>();
  const [error, setError] = React.useState<string>();
  const [loading, setLoading] = React.useState(false);
  const input = React.useRef<HTMLInputElement>(null);
  const zh = strings.tabCheck === '校核';

  const open = React.useCallback(async (bytes: ArrayBuffer, name: string) => {
    setLoading(true);
    setError(undefined);
    try {
      const { loadXlsx } = await import(/* webpackChunkName: "xlsx-load" */ '../xlsx/load');
      const wb = await loadXlsx(bytes);
      setPort(new ExcelJsPort(wb, name));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setLoading(false);
    }
  }, []);

  const openSample = React.useCallback(async () => {
    try {
      const res = await fetch(encodeURI(SAMPLE_URL));
      if (!res.ok) throw new Error(zh ? '示例工作簿加载失败，请改用“打开工作簿”。' : 'The sample workbook could not be loaded.');
      await open(await res.arrayBuffer(), SAMPLE_URL.split('/').pop()!);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [open, zh]);

  React.useEffect(() => {
    void openSample();
  }, [openSample]);

  const download = async () => {
    if (!port) return;
    downloadBytes(await port.toXlsx(), markedName(port.fileName), XLSX_TYPE);
  };

  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <span className={styles.file} data-testid="file-name">
          {port ? port.fileName : strings.appTitle}
        </span>
        <Button size="small" onClick={() => input.current?.click()}>
          {zh ? '打开工作簿…' : 'Open workbook…'}
        </Button>
        <input
          ref={input}
          type="file"
          accept=".xlsx"
          hidden
          data-testid="open-file"
          onChange={async (e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) await open(await f.arrayBuffer(), f.name);
          }}
        />
        <Button size="small" onClick={openSample}>
          {zh ? '载入示例' : 'Load sample'}
        </Button>
        <Button size="small" onClick={download} disabled={!port}>
          {zh ? '下载标记后的副本' : 'Download marked copy'}
        </Button>
      </div>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.body}>
        <div className={styles.grid}>{loading ? <Spinner className={styles.center} /> : port && <GridView key={port.fileName + port.workbook.worksheets.length} port={port} />}</div>
        <aside className={styles.pane}>
          <MessageBar intent="info">
            <MessageBarBody>{strings.previewBanner}</MessageBarBody>
          </MessageBar>
          {port && <App key={port.fileName + ':' + String(port.workbook.created)} port={port} strings={strings} services={services} />}
        </aside>
      </div>
    </div>
  );
}
