/**
 * The user's configuration folder for the command line, and the catalogs imported into it.
 * BUDGET_CHECK_CONFIG_DIR overrides the folder (tests use a temporary one); otherwise
 * %APPDATA%\budget-check on Windows, $XDG_CONFIG_HOME/budget-check or ~/.config/budget-check elsewhere.
 * Imported catalogs live in catalogs/<year>.json, one ImportedCatalog each.
 */
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { ImportedCatalog } from '../engine/findings';

export function configDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.BUDGET_CHECK_CONFIG_DIR) return env.BUDGET_CHECK_CONFIG_DIR;
  if (platform === 'win32') return join(env.APPDATA || join(homedir(), 'AppData', 'Roaming'), 'budget-check');
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'budget-check');
}

export function catalogsDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(configDir(env), 'catalogs');
}

function isImportedCatalog(x: unknown): x is ImportedCatalog {
  const c = x as ImportedCatalog;
  return !!c && typeof c.year === 'number' && typeof c.source === 'string' && Array.isArray(c.entries);
}

/** Every catalog the user imported, oldest year first. Unreadable files are reported, not fatal. */
export async function loadImportedCatalogs(
  env: NodeJS.ProcessEnv = process.env,
  warn: (message: string) => void = (m) => process.stderr.write(`${m}\n`),
): Promise<ImportedCatalog[]> {
  const dir = catalogsDir(env);
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  } catch {
    return [];
  }
  const catalogs: ImportedCatalog[] = [];
  for (const f of files) {
    try {
      const parsed: unknown = JSON.parse(await readFile(join(dir, f), 'utf8'));
      if (isImportedCatalog(parsed)) catalogs.push(parsed);
      else warn(`已导入的目录文件“${join(dir, f)}”格式不对，已跳过。`);
    } catch {
      warn(`已导入的目录文件“${join(dir, f)}”无法读取，已跳过。`);
    }
  }
  return catalogs.sort((a, b) => a.year - b.year);
}

/** Stores an imported catalog (replacing an earlier import of the same year); returns the file path. */
export async function saveImportedCatalog(catalog: ImportedCatalog, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const dir = catalogsDir(env);
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${catalog.year}.json`);
  const tmp = `${file}.tmp`;
  await writeFile(tmp, `${JSON.stringify(catalog, null, 1)}\n`, 'utf8');
  await rename(tmp, file);
  return file;
}
