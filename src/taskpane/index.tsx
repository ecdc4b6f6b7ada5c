/**
 * Bootstrap only: wait for Office once, decide "inside Excel?" once (Script Lab habit), then render
 * the pane inside FluentProvider — against Excel, or against the browser preview's workbook.
 * Nothing starts where compat-guard.js found an old webview (it has put its message up instead).
 * The preview shell is a chunk of its own, loaded only outside Office (and it loads ExcelJS only
 * after it has painted): inside Excel the pane never downloads either.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from './App';
import { stringsFor } from './i18n';
import { paneServices } from './services';
import { restoreHistory } from './history';
import { OfficePort } from '../excel/officePort';
import { OFFICE_SLOW, officeHost, showStartupMessage, startupFailed } from './startup';

async function main(container: HTMLElement): Promise<void> {
  const host = await officeHost(typeof Office === 'undefined' ? undefined : Office, () => showStartupMessage(container, OFFICE_SLOW));
  restoreHistory();
  const inOffice = !!host;
  const language = inOffice ? Office.context.displayLanguage : new URLSearchParams(location.search).get('lang') ?? 'zh-CN';
  const strings = stringsFor(language);
  document.documentElement.lang = strings.tabCheck === '校核' ? 'zh-CN' : 'en';
  const PreviewShell = inOffice ? undefined : (await import(/* webpackChunkName: "preview" */ '../preview/PreviewShell')).PreviewShell;
  container.replaceChildren();
  const root = createRoot(container);
  root.render(
    <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
      {PreviewShell ? (
        <PreviewShell strings={strings} services={paneServices()} />
      ) : (
        <App port={new OfficePort()} strings={strings} services={paneServices()} />
      )}
    </FluentProvider>,
  );
}

const container = document.getElementById('container')!;
if (!(window as { __paneUnsupported?: boolean }).__paneUnsupported) {
  main(container).catch((e: unknown) => showStartupMessage(container, startupFailed(e)));
}
