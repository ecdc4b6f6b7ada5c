/**
 * Bootstrap only: wait for Office once, decide "inside Excel?" once (Script Lab habit), then render
 * the pane inside FluentProvider — against Excel, or against the browser preview's workbook.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from './App';
import { stringsFor } from './i18n';
import { paneServices } from './services';
import { restoreHistory } from './history';
import { OfficePort } from '../excel/officePort';
import { PreviewShell } from '../preview/PreviewShell';

async function officeHost(): Promise<string | undefined> {
  if (typeof Office === 'undefined') return undefined; // office.js not loaded: plain browser
  const { host } = await Office.onReady();
  return host ? String(host) : undefined;
}

async function main(): Promise<void> {
  const host = await officeHost();
  restoreHistory();
  const inOffice = !!host;
  const language = inOffice ? Office.context.displayLanguage : new URLSearchParams(location.search).get('lang') ?? 'zh-CN';
  const strings = stringsFor(language);
  document.documentElement.lang = strings.tabCheck === '校核' ? 'zh-CN' : 'en';
  const root = createRoot(document.getElementById('container')!);
  root.render(
    <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
      {inOffice ? (
        <App port={new OfficePort()} strings={strings} services={paneServices()} />
      ) : (
        <PreviewShell strings={strings} services={paneServices()} />
      )}
    </FluentProvider>,
  );
}

void main();
