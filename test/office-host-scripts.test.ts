/**
 * The Excel host scripts that the build serves (dist/office-js, copied from @microsoft/office-js) are
 * what defines the Excel object model in the pane: office.js loads `excel-<platform>-<version>.js`
 * for the host it runs in. isSetSupported answers from the Excel application instead, so on a host
 * newer than the scripts (Microsoft 365 Version 2501+ reports ExcelApi 1.18; the 1.1.110 scripts stop
 * at 1.15, without Worksheet.notes) the two disagree. This test loads each served Excel host script
 * in a sandbox and fails if src/excel uses an API one of them lacks without checking for it first
 * (scriptHas(object, 'member'), see src/excel/capabilities.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { excelApiUses, type ApiUse } from './excel-api-uses';

const ROOT = join(__dirname, '..');
const require = createRequire(__filename);

interface StaticPlugin {
  files: () => [string, string][];
}

/** [source, output] of every file the production build copies into dist/. */
function servedFiles(): [string, string][] {
  const config = require(join(ROOT, 'webpack.config.js'))({}, { mode: 'production' });
  return config.plugins.find((p: Partial<StaticPlugin>) => typeof p.files === 'function').files();
}

/** office.js's map of the host script version it loads per platform, for Excel. */
function excelHostScripts(officeJs: string): string[] {
  const m = /OSF\.HostSpecificFileVersionMap=(\{.*?\}\});/.exec(officeJs);
  expect(m, 'office.js names its host scripts').not.toBeNull();
  const json = m![1]!.replace(/([{,])(\w+):/g, '$1"$2":'); // an object literal with bare keys
  const map = JSON.parse(json) as Record<string, Record<string, string>>;
  return Object.entries(map.excel).map(([platform, version]) => `excel-${platform}-${version}.js`);
}

type Namespace = Record<string, { prototype?: object } | undefined>;

/** Runs a host script in a sandbox with just enough of a window, and returns its Excel namespace. */
function loadExcelNamespace(path: string): Namespace {
  const sandbox: Record<string, unknown> = { console: { log() {}, warn() {}, error() {}, info() {} }, setTimeout, clearTimeout };
  Object.assign(sandbox, {
    window: sandbox,
    self: sandbox,
    addEventListener() {},
    navigator: { userAgent: 'Mozilla/5.0' },
    location: { href: 'https://localhost/taskpane.html', search: '', hash: '' },
    document: { getElementsByTagName: () => [], createElement: () => ({}), addEventListener() {}, readyState: 'complete' },
  });
  vm.createContext(sandbox);
  vm.runInContext(readFileSync(path, 'utf8'), sandbox, { filename: path });
  expect(sandbox.Excel, `${path} defines Excel`).toBeDefined();
  return sandbox.Excel as Namespace;
}

/** Does the script define owner.member ("Excel.Worksheet", "notes")? */
function defines(excel: Namespace, owner: string, member: string): boolean {
  const cls = excel[owner.replace(/^Excel\./, '')];
  return !!cls?.prototype && member in cls.prototype;
}

/**
 * Uses of APIs the script lacks that nothing protects: a use passes when one of its guarding
 * members is itself missing from the script (the guard is then false there and the use never runs).
 */
function unguardedMissing(uses: ApiUse[], excel: Namespace): string[] {
  const ownersOf = (member: string) => uses.filter((u) => u.member === member).map((u) => u.owner);
  return uses
    .filter((u) => !defines(excel, u.owner, u.member))
    .filter((u) => ![...u.members].some((m) => ownersOf(m).some((owner) => !defines(excel, owner, m))))
    .map((u) => `${u.where} ${u.api}`);
}

describe('the Excel host scripts the build serves, against what src/excel calls', () => {
  let uses: ApiUse[];
  let scripts: { name: string; excel: Namespace }[];
  let served: Map<string, string>;

  beforeAll(() => {
    uses = excelApiUses(ROOT);
    served = new Map(servedFiles().map(([from, to]) => [to, from]));
    const officeJs = readFileSync(served.get('office-js/office.js')!, 'utf8');
    scripts = excelHostScripts(officeJs).map((name) => {
      const from = served.get(`office-js/${name}`);
      expect(from, `${name} is served`).toBeDefined();
      return { name, excel: loadExcelNamespace(from!) };
    });
  }, 60_000);

  it('loads every Excel host script office.js asks for (Windows, web, Mac, iPad, WinRT)', () => {
    expect(scripts.map((s) => s.name).sort()).toEqual(['excel-ios-16.00.js', 'excel-mac-16.00.js', 'excel-web-16.00.js', 'excel-win32-16.01.js', 'excel-winrt-16.00.js']);
    for (const { excel } of scripts) expect(defines(excel, 'Excel.Worksheet', 'getUsedRangeOrNullObject')).toBe(true);
  });

  it('knows what the bundled scripts lack: Worksheet.notes (ExcelApi 1.18)', () => {
    for (const { name, excel } of scripts) {
      expect(defines(excel, 'Excel.Worksheet', 'notes'), name).toBe(false);
      expect(defines(excel, 'Excel.Worksheet', 'comments'), name).toBe(true); // ExcelApi 1.10: the sandbox sees real classes
    }
  });

  it('every API src/excel uses exists in every served host script, or runs only after scriptHas finds it', () => {
    expect(uses.length).toBeGreaterThan(30);
    for (const { name, excel } of scripts) expect(unguardedMissing(uses, excel), name).toEqual([]);
  });

  it('the check fails on an unguarded use of a missing API', () => {
    const notes = uses.find((u) => u.api === 'Excel.Worksheet.notes');
    expect(notes?.members.has('notes')).toBe(true);
    const unguarded: ApiUse = { ...notes!, members: new Set() };
    expect(unguardedMissing([unguarded], scripts[0]!.excel)).toEqual([`${notes!.where} Excel.Worksheet.notes`]);
  });

  it('the Office 2016 script (win32 16.00) is below the manifest’s ExcelApi 1.4, so those hosts never load the pane', () => {
    const text = readFileSync(served.get('office-js/excel-win32-16.00.js')!, 'utf8');
    expect(text).not.toContain('getUsedRangeOrNullObject');
    const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1\.4" \/>/);
  });
});
