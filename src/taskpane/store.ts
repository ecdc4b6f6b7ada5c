/**
 * What the pane keeps on this computer between sessions: the official catalogs the user imported
 * and the settings. Kept in the pane's own browser storage (per user, per add-in origin); nothing
 * leaves the machine. Injected into the App, so tests pass a store of their own.
 */
import type { ImportedCatalog } from '../engine/findings';
import type { Settings } from './components/SettingsTab';

export interface PaneStore {
  loadCatalogs(): ImportedCatalog[];
  /** Throws when the storage refuses (disabled, full): the pane says so. */
  saveCatalogs(catalogs: ImportedCatalog[]): void;
  loadSettings(): Settings;
  saveSettings(settings: Settings): void;
}

const CATALOGS_KEY = 'budget-check.catalogs.v1';
const SETTINGS_KEY = 'budget-check.settings.v1';

function isCatalog(c: unknown): c is ImportedCatalog {
  const x = c as ImportedCatalog;
  return !!x && typeof x.year === 'number' && typeof x.source === 'string' && Array.isArray(x.entries);
}

/** A store over Web Storage (localStorage in the pane); reading never throws. */
export function webStore(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined): PaneStore {
  const read = (key: string): unknown => {
    try {
      const text = storage?.getItem(key);
      return text ? JSON.parse(text) : undefined;
    } catch {
      return undefined; // unreadable or corrupt: start afresh rather than fail to open
    }
  };
  const write = (key: string, value: unknown) => {
    if (!storage) throw new Error('unavailable');
    storage.setItem(key, JSON.stringify(value));
  };
  return {
    loadCatalogs: () => {
      const v = read(CATALOGS_KEY);
      return Array.isArray(v) ? v.filter(isCatalog) : [];
    },
    saveCatalogs: (catalogs) => write(CATALOGS_KEY, catalogs),
    loadSettings: () => {
      const v = read(SETTINGS_KEY) as Settings | undefined;
      const num = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) ? n : undefined);
      return { tolerance: num(v?.tolerance), editionYear: num(v?.editionYear), reasonThreshold: num(v?.reasonThreshold) };
    },
    saveSettings: (settings) => write(SETTINGS_KEY, settings),
  };
}

/** The pane's localStorage, or undefined where the browser denies it. */
export function paneStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}
