/**
 * The project's own catalog rows, kept in src/engine/catalog/data/additions apart from the copy of the owner's shared
 * data: every row is explained in that folder's SOURCES.md, and the build merges them in without ever overriding a
 * shared row (a conflicting name stops it).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { SHIPPED_CATALOG } from '../src/engine/catalog';
import { ADDITIONS_DIR, SOURCE_DIR, buildCatalog, parseCsv, parseSourceTags } from '../scripts/build-catalog.mjs';

const root = resolve(__dirname, '..');
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const srcTags = (note: string) => /^src=([^;]*)/.exec(note)?.[1].split('+').map((t) => t.trim()).filter(Boolean) ?? [];

const additionRows = parseCsv(read(ADDITIONS_DIR, 'function-codes.csv'));
const additionTags = parseSourceTags(read(ADDITIONS_DIR, 'SOURCES.md'));
const sharedRows = new Map(parseCsv(read(SOURCE_DIR, 'function-codes.csv')).map((r) => [r.code, r]));
const shipped = (code: string) => SHIPPED_CATALOG.entries.find((e) => e.system === 'function' && e.code === code);

const scratch = mkdtempSync(join(tmpdir(), 'catalog-additions-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const csvField = (v: string) => `"${v.replace(/"/g, '""')}"`;
/** A fresh additions folder: function-codes.csv with these rows, and a SOURCES.md defining the fixture tags. */
function additionsFolder(rows: string[][], tags: Record<string, string> = { X1: '2019' }, sourcesMdExtra = ''): string {
  const dir = mkdtempSync(join(scratch, 'add-'));
  const csv = ['code,name,level,parent,edition_note', ...rows.map((r) => r.map(csvField).join(','))].join('\n');
  writeFileSync(join(dir, 'function-codes.csv'), `${csv}\n`);
  const tagRows = Object.entries(tags).map(([t, edition]) => `| ${t} | test fixture | ${edition} | see rows |`);
  writeFileSync(join(dir, 'SOURCES.md'), ['| tag | where | edition reflected | rows |', '|---|---|---|---|', ...tagRows, sourcesMdExtra, ''].join('\n'));
  return dir;
}

describe('the additions folder', () => {
  it('gives every row source tags, each explained in its own SOURCES.md', () => {
    expect(additionRows.length).toBe(11);
    for (const r of additionRows) {
      const tags = srcTags(r.edition_note);
      expect(tags.length, r.code).toBeGreaterThan(0);
      for (const t of tags) expect(additionTags[t], `${r.code} ${t}`).toBeDefined();
    }
    expect(Object.keys(additionTags).sort()).toEqual(['F9', 'http://www.chencang.gov.cn/col8173/col8180/col16406/202412/t20241219_902844.html']);
  });

  it('adds the codes the shared data lacks, and to the codes it has only source tags', () => {
    const added = additionRows.filter((r) => !sharedRows.has(r.code)).map((r) => r.code);
    expect(added).toEqual(['203', '2100201', '2100399', '2100408']);
    for (const r of additionRows) {
      const e = shipped(r.code)!;
      expect(e.name, r.code).toBe(r.name);
      const shared = sharedRows.get(r.code);
      expect(e.sources, r.code).toEqual([...(shared ? srcTags(shared.edition_note) : []), ...srcTags(r.edition_note)]);
      if (shared) expect(e.name, r.code).toBe(shared.name);
    }
  });

  it('is the only difference between the shipped catalog and the shared data alone', () => {
    const alone = buildCatalog(SOURCE_DIR, join(scratch, 'absent'));
    expect(alone.entries.length).toBe(316);
    expect(SHIPPED_CATALOG.entries.length).toBe(320);
    const touched = new Set(additionRows.map((r) => r.code));
    const key = (e: { system: string; code: string }) => `${e.system}:${e.code}`;
    const before = new Map(alone.entries.map((e) => [key(e), e]));
    for (const e of SHIPPED_CATALOG.entries) {
      if (e.system === 'function' && touched.has(e.code)) continue;
      expect(e, key(e)).toEqual(before.get(key(e)));
    }
  });
});

describe('build-catalog with an additions folder (temp folder fixtures)', () => {
  it('fails loudly on a name for a shared code that differs from the shared name', () => {
    const dir = additionsFolder([['202', '外交事务支出', '类', '', 'src=X1']]);
    const run = spawnSync(process.execPath, ['scripts/build-catalog.mjs', '--additions', dir, '--check'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('目录数据有误，未生成 shipped.json');
    expect(run.stderr).toContain('function 202: conflicting name: “外交事务支出” (src=X1');
    expect(run.stderr).toContain('but “外交支出” (src=F6');
  });

  it('fails on a different level or parent, a note on a corroborating row, two rows for one code, a tag defined twice', () => {
    const fails = (dir: string, message: string) => expect(() => buildCatalog(SOURCE_DIR, dir)).toThrow(message);
    fails(additionsFolder([['202', '外交支出', '款', '', 'src=X1']]), 'function 202: conflicting level: “款”');
    fails(additionsFolder([['2100717', '计划生育服务', '项', '21011', 'src=X1']]), 'function 2100717: conflicting parent: “21011”');
    fails(additionsFolder([['202', '外交支出', '类', '', 'src=X1; seen in 2019 source']]), 'function 202: an addition to a shared row adds source tags only');
    fails(additionsFolder([['203', '国防支出', '类', '', 'src=X1'], ['203', '国防支出', '类', '', 'src=X1']]), 'function 203: two rows in');
    fails(additionsFolder([['203', '国防支出', '类', '', 'src=F6']], { F6: '2019' }), 'tag F6 is defined both');
    fails(additionsFolder([['203', '国防支出', '类', '', 'src=X2']]), 'function 203: tag X2 is not in SOURCES.md');
  });

  it('merges any shared row corroborated under its own name, and rejects it under any other name', () => {
    const shared = buildCatalog(SOURCE_DIR, join(scratch, 'absent')).entries.filter((e) => e.system === 'function');
    fc.assert(
      fc.property(fc.constantFrom(...shared), fc.integer({ min: 2010, max: 2030 }), fc.constantFrom('', '事务', '（其他）', ' 支出'), (e, year, suffix) => {
        const row = sharedRows.get(e.code)!;
        const dir = additionsFolder([[e.code, e.name + suffix, row.level, row.parent, 'src=X1']], { X1: String(year) });
        if (suffix.trim() !== '') {
          expect(() => buildCatalog(SOURCE_DIR, dir)).toThrow(`function ${e.code}: conflicting name`);
          return;
        }
        const merged = buildCatalog(SOURCE_DIR, dir).entries.find((m) => m.system === 'function' && m.code === e.code)!;
        expect(merged).toEqual({ ...e, sources: [...e.sources, 'X1'], years: [...new Set([...e.years, year])].sort((a, b) => a - b) });
      }),
      { numRuns: 40 },
    );
  });
});
