/**
 * The task pane. It receives a workbook port (Office.js inside Excel, ExcelJS in the preview) and
 * never calls Excel.* itself. Every failure reaches the pane as a message; nothing is swallowed.
 */
import * as React from 'react';
import {
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { AnalyzeOptions, ImportedCatalog } from '../engine/findings';
import type { Finding } from '../engine';
import { draftLines } from '../engine/model/draft';
import { draftToPlainText, runCheck, type CheckProgress, type CheckResult } from './analysis';
import type { Strings } from './i18n';
import { DraftSheetExistsError, type NameWriteRequest, type WorkbookPort } from '../port';
import { CheckTab } from './components/CheckTab';
import { TablesTab } from './components/TablesTab';
import { NamesTab } from './components/NamesTab';
import { DraftTab, type DraftText } from './components/DraftTab';
import { SettingsTab, type Settings } from './components/SettingsTab';
import type { PaneStore } from './store';

/** Optional capabilities that depend on other modules (docx writer, catalog import). */
export interface PaneServices {
  /** Builds a .docx of the draft (as edited) and hands it to the user. */
  downloadDocx?: (draft: DraftText) => Promise<void>;
  /** Parses a user-chosen catalog file (the official 科目 list) into an imported catalog. */
  importCatalog?: (file: File, year?: number) => Promise<ImportedCatalog>;
  /** Copies text to the clipboard. */
  copyText?: (text: string) => Promise<void>;
  /** Keeps imported catalogs and settings between sessions. */
  store?: PaneStore;
}

export interface AppProps {
  port: WorkbookPort;
  strings: Strings;
  services?: PaneServices;
  /** Called after a finding is selected, with its location (the preview scrolls its grid). */
  onNavigate?: (sheet: string, cell: string) => void;
}

type TabId = 'check' | 'tables' | 'names' | 'draft' | 'settings';

interface Notice {
  intent: 'success' | 'error' | 'info' | 'warning';
  text: string;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px', padding: '8px 12px', fontFamily: tokens.fontFamilyBase },
  header: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: '4px 0' },
  progress: { display: 'flex', flexDirection: 'column', gap: '4px' },
});

function errorText(e: unknown): string {
  if (e instanceof Error && e.message) return e.message;
  return String(e);
}

export function App({ port, strings: s, services = {}, onNavigate }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [tab, setTab] = React.useState<TabId>('check');
  const [result, setResult] = React.useState<CheckResult>();
  const [busy, setBusy] = React.useState<CheckProgress>();
  const [notice, setNotice] = React.useState<Notice>();
  const store = services.store;
  const [settings, setSettings] = React.useState<Settings>(() => store?.loadSettings() ?? {});
  const [catalogs, setCatalogs] = React.useState<ImportedCatalog[]>(() => store?.loadCatalogs() ?? []);
  const [marked, setMarked] = React.useState(port.markedCount());
  const [canUndo, setCanUndo] = React.useState(port.canUndoNames());
  const [working, setWorking] = React.useState(false);
  /** A draft waiting for the user to confirm that it replaces the existing draft sheet. */
  const [pendingDraft, setPendingDraft] = React.useState<DraftText>();

  const options: AnalyzeOptions = React.useMemo(
    () => ({ tolerance: settings.tolerance, editionYear: settings.editionYear, reasonThreshold: settings.reasonThreshold, importedCatalogs: catalogs.length ? catalogs : undefined }),
    [settings, catalogs],
  );

  /** Runs one user action, showing its failure as a message. */
  const act = React.useCallback(async (fn: () => Promise<Notice | void>) => {
    setWorking(true);
    try {
      const n = await fn();
      setNotice(n ?? undefined);
    } catch (e) {
      setNotice({ intent: 'error', text: errorText(e) });
    } finally {
      setMarked(port.markedCount());
      setCanUndo(port.canUndoNames());
      setWorking(false);
    }
  }, [port]);

  /** Reads the workbook again and re-runs every check (after the user or the pane changed it). */
  const recheck = React.useCallback(async () => {
    setBusy({ phase: 'read', fraction: 0 });
    let next: CheckResult;
    try {
      next = await runCheck(port, options, (p) => setBusy(p));
    } catch (e) {
      setBusy(undefined);
      throw e;
    }
    // A transition: React renders the results (hundreds of ledger lines on a large workbook) in
    // slices, so the pane keeps answering input while they appear.
    React.startTransition(() => {
      setResult(next);
      setBusy(undefined);
    });
  }, [port, options]);

  const check = React.useCallback(async () => {
    setNotice(undefined);
    try {
      await recheck();
      const unread = port.readNotices?.() ?? [];
      if (unread.length) setNotice({ intent: 'warning', text: unread.join('\n') });
    } catch (e) {
      setNotice({ intent: 'error', text: errorText(e) });
    }
  }, [recheck, port]);

  const navigate = React.useCallback(
    (f: Pick<Finding, 'sheet' | 'cell'>) =>
      act(async () => {
        await port.select(f.sheet, f.cell);
        onNavigate?.(f.sheet, f.cell);
      }),
    [act, port, onNavigate],
  );

  const mark = () =>
    act(async () => {
      const n = await port.applyMarks(result ? await result.marks() : []);
      return { intent: 'success', text: s.marked(n) };
    });

  const clear = () =>
    act(async () => {
      const n = await port.clearMarks();
      return { intent: 'success', text: s.cleared(n) };
    });

  const fill = (writes: NameWriteRequest[]) =>
    act(async () => {
      const r = await port.writeNames(writes);
      // The names are in the workbook now: the lists must show what is still blank or wrong.
      await recheck();
      const skipped = r.skipped.length;
      return { intent: skipped ? 'warning' : 'success', text: s.filled(r.written, skipped) };
    });

  const writeDraft = (draft: DraftText, replace: boolean) =>
    act(async () => {
      const name = await port.insertDraftSheet(draftLines(draft), { replace });
      return { intent: 'success', text: replace ? s.replaced(name) : s.inserted(name) };
    });

  const insertDraft = (draft: DraftText) =>
    act(async () => {
      try {
        const name = await port.insertDraftSheet(draftLines(draft));
        return { intent: 'success', text: s.inserted(name) };
      } catch (e) {
        if (!(e instanceof DraftSheetExistsError)) throw e;
        setPendingDraft(draft);
      }
    });

  const undo = () =>
    act(async () => {
      const n = await port.undoNames();
      await recheck();
      return { intent: 'success', text: s.undone(n) };
    });

  const importCatalog = services.importCatalog
    ? (file: File) =>
        act(async () => {
          const cat = await services.importCatalog!(file, settings.editionYear);
          const next = [...catalogs.filter((c) => c.year !== cat.year), cat];
          setCatalogs(next);
          try {
            store?.saveCatalogs(next);
          } catch {
            return { intent: 'warning', text: `${s.imported(cat.entries.length, cat.source)}${s.notStored}` };
          }
          return { intent: 'success', text: s.imported(cat.entries.length, cat.source) };
        })
    : undefined;

  const changeSettings = (next: Settings) => {
    setSettings(next);
    try {
      store?.saveSettings(next);
    } catch {
      setNotice({ intent: 'warning', text: s.settingsNotStored });
    }
  };

  // What the tabs that act on the workbook (check and mark, fill names) share: their buttons wait while a check or a write runs.
  const workbookTab = { strings: s, busy: !!busy || working, onNavigate: navigate };

  return (
    <div className={styles.root}>
      <div className={styles.header}>{s.appTitle}</div>
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} size="small">
        <Tab value="check">{s.tabCheck}</Tab>
        <Tab value="tables">{s.tabTables}</Tab>
        <Tab value="names">{s.tabNames}</Tab>
        <Tab value="draft">{s.tabDraft}</Tab>
        <Tab value="settings">{s.tabSettings}</Tab>
      </TabList>
      {busy && (
        <div className={styles.progress} role="status" aria-live="polite">
          <span>{s.phase[busy.phase]}</span>
          <ProgressBar value={busy.fraction} max={1} />
        </div>
      )}
      {notice && (
        <MessageBar intent={notice.intent} data-testid="notice">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {tab === 'check' && <CheckTab {...workbookTab} result={result} marked={marked} onCheck={check} onMark={mark} onClear={clear} />}
      {tab === 'tables' && <TablesTab strings={s} tables={result?.analysis.tables} onNavigate={navigate} />}
      {tab === 'names' && <NamesTab {...workbookTab} writes={result?.analysis.nameWrites} canUndo={canUndo} onFill={fill} onUndo={undo} onImport={importCatalog} />}
      {tab === 'draft' && (
        <DraftTab
          strings={s}
          draft={result?.draft}
          busy={working}
          onCopy={(draft) =>
            act(async () => {
              await (services.copyText ?? ((t: string) => navigator.clipboard.writeText(t)))(draftToPlainText(draft));
              return { intent: 'success', text: s.copied };
            })
          }
          onInsert={insertDraft}
          replacing={!!pendingDraft}
          onReplace={() => {
            const draft = pendingDraft!;
            setPendingDraft(undefined);
            void writeDraft(draft, true);
          }}
          onCancelReplace={() => setPendingDraft(undefined)}
          onDownload={services.downloadDocx ? (draft) => act(async () => services.downloadDocx!(draft)) : undefined}
        />
      )}
      {tab === 'settings' && <SettingsTab strings={s} settings={settings} onChange={changeSettings} />}
    </div>
  );
}
