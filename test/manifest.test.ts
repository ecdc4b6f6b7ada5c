// @vitest-environment jsdom
/**
 * manifest.xml, checked offline (the online validator cannot be reached from here), parsed with
 * jsdom's namespace-aware DOMParser:
 *   - the OfficeApp 1.1 / TaskPaneAppVersionOverrides 1.0 / OfficeAppBasicTypes 1.0 schemas' element
 *     order and occurrence for every element the manifest uses (sequences transcribed below);
 *   - Host Workbook, ReadWriteDocument, ExcelApi requirement, ribbon button on the Home tab;
 *   - every resid resolves, ids are unique and at most 32 characters, strings within their lengths;
 *   - zh-CN default with an en-US override for every user-visible string;
 *   - icons: 16/32/64/80/128 PNGs in assets/ with those pixel sizes, and each URL names the right one;
 *   - every URL is served by the build, and the build rewrites them all to ADDIN_URL;
 *   - the declared ExcelApi minimum is exactly what src/excel needs: every Excel API it touches is
 *     looked up in @types/office-js ("[Api set: ExcelApi x.y]"), and anything above the minimum must
 *     sit behind an isSetSupported check.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cmp, excelApiUses, maxVersion, type ApiUse } from './excel-api-uses';

const ROOT = join(__dirname, '..');
const APP = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const VO = 'http://schemas.microsoft.com/office/taskpaneappversionoverrides';
const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const DEV_URL = 'https://localhost:3000';

let doc: Document;
let root: Element;

beforeAll(() => {
  doc = new DOMParser().parseFromString(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'), 'application/xml');
  root = doc.documentElement;
});

function kids(el: Element): Element[] {
  return Array.from(el.children);
}

function child(el: Element, ns: string, name: string): Element {
  const found = kids(el).filter((c) => c.namespaceURI === ns && c.localName === name);
  expect(found, `<${el.localName}> has one <${name}>`).toHaveLength(1);
  return found[0]!;
}

function all(ns: string, name: string): Element[] {
  return Array.from(doc.getElementsByTagNameNS(ns, name));
}

/**
 * One entry of an xs:sequence: element name — prefixed "bt:" in the basic-types namespace and "vo:"
 * in the version-overrides namespace when that is not the parent's own — min, max.
 */
type Particle = [name: string, min: number, max: number];
const N = Infinity;

/** Checks el's children against an xs:sequence: order, minOccurs and maxOccurs. Returns problems. */
function sequenceProblems(el: Element, ns: string, seq: Particle[]): string[] {
  const prefix = (c: Element) => (c.namespaceURI === ns ? '' : c.namespaceURI === BT ? 'bt:' : c.namespaceURI === VO ? 'vo:' : '?:');
  const names = kids(el).map((c) => prefix(c) + c.localName);
  const foreign = kids(el).filter((c) => prefix(c) === '?:');
  const problems = foreign.map((c) => `<${c.localName}> in namespace ${c.namespaceURI} under <${el.localName}>`);
  let i = 0;
  for (const [name, min, max] of seq) {
    let n = 0;
    while (i < names.length && names[i] === name && n < max) {
      i++;
      n++;
    }
    if (n < min) problems.push(`<${el.localName}> needs <${name}> (at least ${min}) at position ${i + 1}`);
  }
  if (i < names.length) problems.push(`<${el.localName}>: <${names[i]}> is out of order or not allowed here (children: ${names.join(', ')})`);
  return problems;
}

// Sequences from OfficeAppManifestV1_1.xsd (OfficeApp + the TaskPaneApp extension).
const TASKPANE_APP: Particle[] = [
  ['Id', 1, 1],
  ['AlternateId', 0, 1],
  ['Version', 1, 1],
  ['ProviderName', 1, 1],
  ['DefaultLocale', 1, 1],
  ['DisplayName', 1, 1],
  ['Description', 1, 1],
  ['IconUrl', 0, 1],
  ['HighResolutionIconUrl', 0, 1],
  ['SupportUrl', 0, 1],
  ['AppDomains', 0, 1],
  ['Hosts', 0, 1],
  ['Requirements', 0, 1],
  ['DefaultSettings', 1, 1],
  ['Permissions', 1, 1],
  ['Dictionary', 0, 1],
  ['vo:VersionOverrides', 0, 1],
];
const REQUIREMENTS: Particle[] = [['Sets', 0, 1], ['Methods', 0, 1]];
// TaskPaneAppVersionOverridesV1_0.xsd.
const VERSION_OVERRIDES: Particle[] = [
  ['Description', 0, 1],
  ['Requirements', 0, 1],
  ['Hosts', 0, 1],
  ['Resources', 0, 1],
  ['WebApplicationInfo', 0, 1],
  ['EquivalentAddins', 0, 1],
];
const FORM_FACTOR: Particle[] = [['GetStarted', 0, 1], ['FunctionFile', 0, 1], ['ExtensionPoint', 1, N]];
const GET_STARTED: Particle[] = [['Title', 1, 1], ['Description', 1, 1], ['LearnMoreUrl', 1, 1]];
const COMMAND_SURFACE: Particle[] = [['OfficeTab', 0, N], ['CustomTab', 0, N]];
const GROUP: Particle[] = [['Label', 1, 1], ['Icon', 1, 1], ['Control', 1, N]];
const BUTTON: Particle[] = [['Label', 1, 1], ['Supertip', 1, 1], ['Icon', 1, 1], ['Action', 1, 1]];
const SUPERTIP: Particle[] = [['Title', 1, 1], ['Description', 1, 1]];
const SHOW_TASKPANE: Particle[] = [['TaskpaneId', 0, 1], ['SourceLocation', 1, 1], ['Title', 0, 1]];
// OfficeAppBasicTypesV1_0.xsd.
const RESOURCES: Particle[] = [['bt:Images', 0, 1], ['bt:Urls', 0, 1], ['bt:ShortStrings', 0, 1], ['bt:LongStrings', 0, 1]];
const ICON_LIST: Particle[] = [['bt:Image', 1, N]];
/** bt:Image size: mandatory 16, 32, 80; optional 20, 24, 40, 48, 64. */
const ICON_SIZES = new Set([16, 20, 24, 32, 40, 48, 64, 80]);

const xsiType = (el: Element) => el.getAttributeNS(XSI, 'type');

/** Pixel size of a PNG file (IHDR), after checking the signature. */
function pngSize(path: string): { width: number; height: number } {
  const b = readFileSync(path);
  expect(b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), `${path} is a PNG`).toBe(true);
  expect(b.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** assets/icon-*.png (the file) for a manifest URL https://localhost:3000/assets/icon-N.png. */
function assetOf(url: string): string {
  expect(url.startsWith(`${DEV_URL}/assets/`), url).toBe(true);
  return join(ROOT, url.slice(DEV_URL.length + 1));
}

describe('manifest.xml: schema shape', () => {
  it('is well-formed XML: a TaskPaneApp OfficeApp in the 1.1 namespace', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(root.namespaceURI).toBe(APP);
    expect(root.localName).toBe('OfficeApp');
    expect(xsiType(root)).toBe('TaskPaneApp');
  });

  it('has its top-level elements in the order the OfficeApp schema requires', () => {
    expect(sequenceProblems(root, APP, TASKPANE_APP)).toEqual([]);
    expect(sequenceProblems(child(root, APP, 'Requirements'), APP, REQUIREMENTS)).toEqual([]);
    expect(sequenceProblems(child(root, APP, 'DefaultSettings'), APP, [['SourceLocation', 1, 1]])).toEqual([]);
  });

  it('the order check itself rejects a swapped pair and a missing required element', () => {
    const bad = new DOMParser().parseFromString(
      `<OfficeApp xmlns="${APP}"><Id>x</Id><ProviderName>p</ProviderName><Version>1.0</Version><DefaultLocale>zh-CN</DefaultLocale></OfficeApp>`,
      'application/xml',
    );
    const problems = sequenceProblems(bad.documentElement, APP, TASKPANE_APP);
    expect(problems.join('\n')).toMatch(/needs <Version>/);
    expect(problems.join('\n')).toMatch(/needs <DisplayName>/);
  });

  it('has VersionOverrides with a Home-tab button that opens the task pane, every level in schema order', () => {
    const vo = child(root, VO, 'VersionOverrides');
    expect(xsiType(vo)).toBe('VersionOverridesV1_0');
    const problems = [...sequenceProblems(vo, VO, VERSION_OVERRIDES)];
    const host = child(child(vo, VO, 'Hosts'), VO, 'Host');
    expect(xsiType(host)).toBe('Workbook');
    const desktop = child(host, VO, 'DesktopFormFactor');
    problems.push(...sequenceProblems(host, VO, [['DesktopFormFactor', 0, 1]]));
    problems.push(...sequenceProblems(desktop, VO, FORM_FACTOR));
    problems.push(...sequenceProblems(child(desktop, VO, 'GetStarted'), VO, GET_STARTED));
    const point = child(desktop, VO, 'ExtensionPoint');
    expect(xsiType(point)).toBe('PrimaryCommandSurface');
    problems.push(...sequenceProblems(point, VO, COMMAND_SURFACE));
    const tab = child(point, VO, 'OfficeTab');
    expect(tab.getAttribute('id')).toBe('TabHome');
    for (const group of kids(tab)) {
      problems.push(...sequenceProblems(group, VO, GROUP));
      problems.push(...sequenceProblems(child(group, VO, 'Icon'), VO, ICON_LIST));
      for (const control of kids(group).filter((c) => c.localName === 'Control')) {
        expect(xsiType(control)).toBe('Button');
        problems.push(...sequenceProblems(control, VO, BUTTON));
        problems.push(...sequenceProblems(child(control, VO, 'Supertip'), VO, SUPERTIP));
        problems.push(...sequenceProblems(child(control, VO, 'Icon'), VO, ICON_LIST));
        const action = child(control, VO, 'Action');
        expect(xsiType(action)).toBe('ShowTaskpane');
        problems.push(...sequenceProblems(action, VO, SHOW_TASKPANE));
        expect(child(action, VO, 'SourceLocation').getAttribute('resid')).toBe('Taskpane.Url');
      }
    }
    problems.push(...sequenceProblems(child(vo, VO, 'Resources'), VO, RESOURCES));
    expect(problems).toEqual([]);
  });

  it('ids and attribute values have the schema’s types', () => {
    expect(child(root, APP, 'Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(child(root, APP, 'Version').textContent).toMatch(/^\d{1,5}(\.\d{1,5}){0,3}$/);
    for (const set of all(APP, 'Set')) expect(set.getAttribute('MinVersion') ?? '').toMatch(/^\d{1,5}\.\d{1,5}$/);
    const provider = child(root, APP, 'ProviderName').textContent ?? '';
    expect(provider.length).toBeGreaterThan(0);
    expect(provider.length).toBeLessThanOrEqual(125);
  });
});

describe('manifest.xml: what it asks of Excel', () => {
  it('targets Excel workbooks (Host Workbook) with ReadWriteDocument permission', () => {
    const hosts = kids(child(root, APP, 'Hosts'));
    expect(hosts.map((h) => h.getAttribute('Name'))).toEqual(['Workbook']);
    expect(child(root, APP, 'Permissions').textContent).toBe('ReadWriteDocument');
  });

  it('requires the ExcelApi set at a minimum version', () => {
    const sets = kids(child(child(root, APP, 'Requirements'), APP, 'Sets'));
    const excel = sets.filter((s) => s.getAttribute('Name') === 'ExcelApi');
    expect(excel).toHaveLength(1);
    expect(excel[0]!.getAttribute('MinVersion')).toMatch(/^1\.\d+$/);
  });
});

describe('manifest.xml: resources', () => {
  const RESOURCE_KINDS: Record<string, string> = { Images: 'Image', Urls: 'Url', ShortStrings: 'String', LongStrings: 'String' };

  function resources(): Map<string, { kind: string; el: Element }> {
    const res = child(child(root, VO, 'VersionOverrides'), VO, 'Resources');
    const out = new Map<string, { kind: string; el: Element }>();
    for (const [group, item] of Object.entries(RESOURCE_KINDS)) {
      for (const el of kids(child(res, BT, group))) {
        expect(el.namespaceURI).toBe(BT);
        expect(el.localName).toBe(item);
        const id = el.getAttribute('id')!;
        expect(out.has(id), `resource id ${id} is defined once`).toBe(false);
        expect(id.length).toBeGreaterThan(0);
        expect(id.length, `resource id ${id} is at most 32 characters`).toBeLessThanOrEqual(32);
        out.set(id, { kind: group, el });
      }
    }
    return out;
  }

  /** Which resource collection each referring element must point into. */
  function expectedKind(el: Element): string {
    const name = el.localName;
    if (name === 'Image') return 'Images';
    if (name === 'SourceLocation' || name === 'FunctionFile' || name === 'LearnMoreUrl') return 'Urls';
    if (name === 'Description') return 'LongStrings'; // Supertip and GetStarted descriptions
    return 'ShortStrings'; // Label, Title
  }

  it('every resid resolves to a resource of the right kind, and every resource is used', () => {
    const defined = resources();
    const refs = Array.from(doc.querySelectorAll('[resid]'));
    expect(refs.length).toBeGreaterThan(10);
    const used = new Set<string>();
    for (const el of refs) {
      const id = el.getAttribute('resid')!;
      expect(id.length, `resid ${id} is at most 32 characters`).toBeLessThanOrEqual(32);
      const res = defined.get(id);
      expect(res, `<${el.localName} resid="${id}"> resolves`).toBeDefined();
      expect(res!.kind, `<${el.localName} resid="${id}"> points into bt:${expectedKind(el)}`).toBe(expectedKind(el));
      used.add(id);
    }
    expect([...defined.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  it('strings are zh-CN by default with an en-US override, within the schema’s lengths', () => {
    expect(child(root, APP, 'DefaultLocale').textContent).toBe('zh-CN');
    const cjk = /[\u4e00-\u9fff]/;
    const localized = [
      { el: child(root, APP, 'DisplayName'), max: 125, override: 'Override' },
      { el: child(root, APP, 'Description'), max: 250, override: 'Override' },
      ...all(BT, 'String').map((el) => ({ el, max: el.parentElement!.localName === 'ShortStrings' ? 125 : 250, override: 'Override' })),
    ];
    expect(localized.length).toBeGreaterThan(5);
    for (const { el, max } of localized) {
      const zh = el.getAttribute('DefaultValue') ?? '';
      expect(zh, `${el.getAttribute('id') ?? el.localName} default is Chinese`).toMatch(cjk);
      expect(zh.length).toBeLessThanOrEqual(max);
      const overrides = kids(el).filter((c) => c.localName === 'Override');
      expect(overrides.map((o) => o.getAttribute('Locale'))).toEqual(['en-US']);
      const en = overrides[0]!.getAttribute('Value') ?? '';
      expect(en).not.toMatch(cjk);
      expect(en.length).toBeGreaterThan(0);
      expect(en.length).toBeLessThanOrEqual(max);
    }
  });
});

describe('icons', () => {
  it('assets/ holds icon-16/32/64/80/128.png with exactly those pixel sizes', () => {
    const icons = readdirSync(join(ROOT, 'assets')).filter((f) => /^icon-\d+\.png$/.test(f));
    expect(icons.sort()).toEqual(['icon-128.png', 'icon-16.png', 'icon-32.png', 'icon-64.png', 'icon-80.png']);
    for (const f of icons) {
      const size = Number(/\d+/.exec(f)![0]);
      expect(pngSize(join(ROOT, 'assets', f)), f).toEqual({ width: size, height: size });
    }
  });

  it('the manifest’s icons point at files of the size they declare', () => {
    expect(pngSize(assetOf(child(root, APP, 'IconUrl').getAttribute('DefaultValue')!))).toEqual({ width: 32, height: 32 });
    expect(pngSize(assetOf(child(root, APP, 'HighResolutionIconUrl').getAttribute('DefaultValue')!))).toEqual({ width: 64, height: 64 });
    const images = new Map(all(BT, 'Image').filter((i) => i.hasAttribute('id')).map((i) => [i.getAttribute('id')!, i.getAttribute('DefaultValue')!]));
    for (const list of all(VO, 'Icon')) {
      const sizes = kids(list).map((img) => Number(img.getAttribute('size')));
      for (const s of [16, 32, 80]) expect(sizes, 'ribbon icons need 16, 32 and 80').toContain(s);
      for (const img of kids(list)) {
        const size = Number(img.getAttribute('size'));
        expect(ICON_SIZES.has(size), `icon size ${size}`).toBe(true);
        expect(pngSize(assetOf(images.get(img.getAttribute('resid')!)!))).toEqual({ width: size, height: size });
      }
    }
  });
});

describe('manifest URLs and the build', () => {
  const require = createRequire(__filename);
  interface StaticPlugin {
    files: () => [string, string][];
    transforms: Record<string, (s: string) => string>;
  }
  const config = () => require(join(ROOT, 'webpack.config.js'))({ ADDIN_URL: 'https://addins.example.gov.cn/budget/' }, { mode: 'production' });

  function manifestUrls(xml: string): string[] {
    return [...xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]!);
  }

  it('every URL is under the dev address and names a file the build emits', () => {
    const cfg = config();
    const emitted = new Set<string>();
    for (const p of cfg.plugins) {
      if (p.userOptions?.filename) emitted.add(p.userOptions.filename); // HtmlWebpackPlugin pages
      if (typeof p.files === 'function') for (const [, to] of (p as StaticPlugin).files()) emitted.add(to); // static files
    }
    const urls = manifestUrls(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'));
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) {
      expect(url.startsWith(DEV_URL + '/'), url).toBe(true);
      expect(emitted.has(url.slice(DEV_URL.length + 1)), `${url} is emitted by the build`).toBe(true);
    }
    expect(emitted.has('manifest.xml')).toBe(true);
  });

  it('office.js is served from dist/office-js by default; OFFICE_JS=cdn loads it from Microsoft’s CDN instead', () => {
    const pages = (cfg: { plugins: { userOptions?: { filename?: string; officeJsUrl?: string; officeJsOrigin?: string; csp?: string } }[] }) =>
      cfg.plugins.filter((p) => p.userOptions?.filename).map((p) => p.userOptions!);
    const staticFiles = (cfg: { plugins: Partial<StaticPlugin>[] }) => cfg.plugins.find((p) => typeof p.files === 'function')!.files!().map(([, to]) => to);
    const local = config();
    for (const page of pages(local)) expect(page).toMatchObject({ officeJsUrl: 'office-js/office.js', officeJsOrigin: '' });
    const files = staticFiles(local);
    for (const f of ['office-js/office.js', 'office-js/excel-win32-16.01.js', 'office-js/excel-web-16.00.js', 'office-js/zh-cn/office_strings.js']) expect(files).toContain(f);
    expect(files.some((f) => f.includes('.debug.'))).toBe(false);

    const cdn = require(join(ROOT, 'webpack.config.js'))({ OFFICE_JS: 'cdn' }, { mode: 'production' });
    for (const page of pages(cdn)) {
      expect(page).toMatchObject({ officeJsUrl: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js', officeJsOrigin: ' https://appsforoffice.microsoft.com' });
    }
    expect(staticFiles(cdn).some((f) => f.startsWith('office-js/'))).toBe(false);
    // The pane's policy takes the origin into script-src and frame-src only; connections stay 'self'.
    const paneCsp = pages(cdn).find((p) => p.filename === 'taskpane.html')!.csp!;
    expect(paneCsp).toMatch(/connect-src 'self';/);
    const withOrigin = paneCsp.split(';').filter((d) => d.includes(' https://appsforoffice.microsoft.com'));
    expect(withOrigin.map((d) => d.trim().split(' ')[0])).toEqual(['script-src', 'frame-src']);
  });

  it('the build rewrites every URL to ADDIN_URL for hosting dist/ elsewhere', () => {
    const plugin = config().plugins.find((p: Partial<StaticPlugin>) => p.transforms?.['manifest.xml']) as StaticPlugin;
    const out = plugin.transforms['manifest.xml']!(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'));
    expect(out).not.toContain('localhost');
    const urls = manifestUrls(out);
    expect(urls.length).toBe(manifestUrls(readFileSync(join(ROOT, 'manifest.xml'), 'utf8')).length);
    for (const url of urls) expect(url.startsWith('https://addins.example.gov.cn/budget/')).toBe(true);
    expect(out).toContain('https://addins.example.gov.cn/budget/taskpane.html"');
  });
});

// ---------------------------------------------------------------------------------------------
// The declared ExcelApi minimum against what src/excel really calls.

describe('the ExcelApi minimum matches src/excel', () => {
  let uses: ApiUse[];
  let declared: string;
  beforeAll(() => {
    uses = excelApiUses(ROOT);
    declared = all(APP, 'Set').find((s) => s.getAttribute('Name') === 'ExcelApi')!.getAttribute('MinVersion')!;
  }, 60_000);

  it('finds the adapter’s Excel calls and their API sets (the analysis is not empty)', () => {
    const apis = new Set(uses.map((u) => `${u.api}@${u.version}`));
    expect(apis).toContain('Excel.Worksheet.getUsedRangeOrNullObject@1.4');
    expect(apis).toContain('Excel.Range.values@1.1');
    expect(apis).toContain('Excel.Range.getMergedAreasOrNullObject@1.13');
    expect(apis).toContain('Excel.Worksheet.notes@1.18');
    expect(apis).toContain('Excel.Application.suspendScreenUpdatingUntilNextSync@1.9');
    expect(apis).toContain('Excel.RangeFill.pattern@1.9'); // read from load(['color', 'pattern'])
  });

  it('every API above the declared minimum runs only after isSetSupported for its set', () => {
    const unguarded = uses.filter((u) => cmp(u.version, declared) > 0 && !(u.guard && cmp(u.guard, u.version) >= 0));
    expect(unguarded.map((u) => `${u.where} ${u.api} needs ExcelApi ${u.version}${u.guard ? `, guarded only by ${u.guard}` : ''}`)).toEqual([]);
  });

  it('the declared minimum is exactly the highest set used without a guard (not lower, not needlessly higher)', () => {
    const needed = uses.filter((u) => !u.guard).reduce<string | undefined>((v, u) => maxVersion(v, u.version), undefined);
    expect(needed).toBeDefined();
    expect(declared).toBe(needed);
  });

  it('the guard analysis sees a guard where there is one and none where there is none', () => {
    const notes = uses.filter((u) => u.api === 'Excel.Worksheet.notes');
    expect(notes.length).toBeGreaterThan(0);
    for (const u of notes) expect(u.guard, u.where).toBe('1.18');
    const used = uses.filter((u) => u.api === 'Excel.Worksheet.getUsedRangeOrNullObject');
    for (const u of used) expect(u.guard, u.where).toBeUndefined();
  });
});
