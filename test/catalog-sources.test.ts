/**
 * The catalog rows of the third source pass (the additions' SOURCES.md: F9 and the 陈仓区 notice), checked against the source texts
 * themselves, the fill they make possible on the notice's own lines, and the year honesty of every shipped entry.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodeCatalog, SHIPPED_CATALOG, codeNameFindings, planNameFill, shippedSourceText } from '../src/engine/catalog';
import { recognizeWorkbook } from '../src/engine/recognize';
import { buildSeed003, toGrids } from './fixtures';
import { codedTable } from './fixtures/catalog/tables';

const root = resolve(__dirname, '..');
const sourcesMd = readFileSync(resolve(root, 'src/engine/catalog/data/additions/SOURCES.md'), 'utf8');
/** The 陈仓区 notice is narrative 700 of the corpus: its text and its key (with the page address) are in the project. */
const noticeText = readFileSync(resolve(root, 'test/corpus/narrative/texts/700.txt'), 'utf8');
const noticeUrl = (JSON.parse(readFileSync(resolve(root, 'test/corpus/narrative/keys/700.json'), 'utf8')) as { source: string }).source;

const entriesTagged = (tag: string) => SHIPPED_CATALOG.entries.filter((e) => e.sources.includes(tag));
const entry = (code: string) => SHIPPED_CATALOG.entries.find((e) => e.system === 'function' && e.code === code);

describe('the 陈仓区 notice (2024) as a catalog source', () => {
  /** Every “2100408基本公共卫生服务” of the notice: code and name as printed. */
  const printed = new Map([...noticeText.matchAll(/“(\d{7})([^”]+)”/g)].map((m) => [m[1], m[2]]));

  it('is a source tag of its own, dated 2024', () => {
    expect(printed.size).toBe(5);
    expect(SHIPPED_CATALOG.sourceTags[noticeUrl]?.years).toEqual([2024]);
  });

  it('gives each row it sources the name the notice prints for that code', () => {
    const rows = entriesTagged(noticeUrl);
    expect(rows.map((e) => e.code).sort()).toEqual(['2100201', '2100399', '2100408', '2100717']);
    for (const e of rows) expect(e.name, e.code).toBe(printed.get(e.code));
    for (const code of ['2100201', '2100399', '2100408']) expect(entry(code)?.years, code).toEqual([2024]);
  });

  it('leaves out 2100299, printed with 其它 where the notice and the catalog otherwise write 其他', () => {
    expect(printed.get('2100299')).toBe('其它公立医院支出');
    expect(entry('2100299')).toBeUndefined();
  });
});

describe('F9 (a report page’s column titles, 2020–2022) as a catalog source', () => {
  const row = sourcesMd.split('\n').find((l) => l.startsWith('| F9 |')) ?? '';
  const quoted = new Map([...row.matchAll(/'\[(\d{3})\]([^']+)'/g)].map((m) => [m[1], m[2]]));

  it('names every 类 it sources as the column title quoted in SOURCES.md', () => {
    expect([...quoted.keys()].sort()).toEqual(['202', '203', '204', '227', '230', '232', '233']);
    const rows = entriesTagged('F9');
    expect(rows.map((e) => e.code).sort()).toEqual([...quoted.keys()].sort());
    for (const e of rows) expect(e.name, e.code).toBe(quoted.get(e.code));
    expect(entry('203')).toMatchObject({ name: '国防支出', level: 1, years: [2020, 2021, 2022], sources: ['F9'] });
  });
});

describe('names the catalog could not give before', () => {
  it('fills the blank names of a 2024 table of the notice’s allotments, all but the 项 it leaves out', () => {
    // Line 3 of the notice: each fund and the 项 it goes to (“…334.48万元列入“2100408基本公共卫生服务””).
    const allotted = [...noticeText.matchAll(/([\d.]+)万元列入“(\d{7})/g)].map((m) => ({ code: m[2], name: '', amount: Number(m[1]) }));
    expect(allotted.map((r) => `${r.code} ${r.amount}`)).toEqual(['2100408 334.48', '2100201 9.04', '2100299 18.5', '2100399 40.27', '2100717 63.58']);
    const table = codedTable({ sheet: '表5', year: 2024, rows: allotted });
    const writes = planNameFill([table]);
    expect(writes.map((w) => `${w.cell} ${w.code} ${w.name}`)).toEqual([
      'B5 2100408 基本公共卫生服务',
      'B6 2100201 综合医院',
      'B8 2100399 其他基层医疗卫生机构支出',
      'B9 2100717 计划生育服务',
    ]);
    for (const w of writes) expect(w.source).toBe(shippedSourceText(entry(w.code)!));
    // 2100299 stays unknown; without the notice's own rows the catalog knew only 2100717 of the five.
    expect(codeNameFindings([table]).filter((f) => f.kind === 'unknown-code').map((f) => `${f.rule} ${f.cell}`)).toEqual(['unknown-code/not-in-catalog B7']);
    const before = new CodeCatalog([], { ...SHIPPED_CATALOG, entries: SHIPPED_CATALOG.entries.filter((e) => e.sources.join() !== noticeUrl) });
    expect(allotted.filter((r) => before.lookup('function', r.code, 2024)).map((r) => r.code)).toEqual(['2100717']);
  });

  it('knows the 类 203 that seed 003 prints as “203 国防支出” in its summary tables', () => {
    const lines = recognizeWorkbook(toGrids(buildSeed003())).flatMap((t) => t.lines.filter((l) => l.code === '203').map((l) => l.label));
    expect(lines).toEqual(['203 国防支出', '203 国防支出']);
    expect(new CodeCatalog().lookup('function', '203')?.name).toBe('国防支出');
  });
});

describe('the year of every shipped name', () => {
  const catalog = new CodeCatalog();
  const plain = SHIPPED_CATALOG.entries.filter((e) => e.formerNames.length === 0 && e.years.length > 0);

  it('is known for the years its sources span and for no year outside them (a table of another year gets a warning, not an error)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...plain), fc.integer({ min: 2010, max: 2030 }), (e, year) => {
        const hit = catalog.lookup(e.system, e.code, year)!;
        expect(hit.name).toBe(e.name);
        const spanned = year >= e.years[0] && year <= e.years[e.years.length - 1];
        expect(hit.knownForYear).toBe(spanned);
        expect(hit.note === undefined).toBe(e.years.includes(year));
      }),
    );
  });
});
