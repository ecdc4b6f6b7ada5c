// Regenerates the shipped code catalog (src/engine/catalog/data/shipped.json) from its source
// data: the copy of the owner's shared data folder in src/engine/catalog/data/source/
// (function-codes.csv, economic-codes.csv, revenue-codes.csv and SOURCES.md, with the provenance
// of every row; never edited in the project), the project's own additions in
// src/engine/catalog/data/additions/ (same format, their own SOURCES.md), and
// src/engine/catalog/data/former-names.csv.
//
//   node scripts/build-catalog.mjs [--data DIR] [--additions DIR] [--check]
//
// DIR defaults to src/engine/catalog/data/source. To take in a new release of the shared data,
// copy its four files into that folder and run this script. An addition either adds a code the
// shared data lacks or adds its source tags to a code the shared data has; a different name,
// level or parent for such a code stops the build. --check writes nothing and exits 1 when
// shipped.json differs from a regeneration. Every entry keeps its source tags: no code enters the
// catalog without a source.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(projectRoot, 'src/engine/catalog/data');
export const SOURCE_DIR = join(outDir, 'source');
export const ADDITIONS_DIR = join(outDir, 'additions');

/** Minimal RFC 4180 CSV reader (quoted fields, doubled quotes); lines starting with # are comments. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  let atLineStart = true;
  let comment = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (comment) {
      if (ch === '\n') { comment = false; atLineStart = true; }
      continue;
    }
    if (atLineStart && ch === '#') { comment = true; continue; }
    atLineStart = false;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
      atLineStart = true;
    } else field += ch;
  }
  row.push(field);
  if (row.some((f) => f !== '')) rows.push(row);
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h.trim(), (r[i] ?? '').trim()])));
}

/** Every year a free text mentions: 2019–2020 and 2019-2020 expand to the range, 2024/2025 to both. */
export function yearsIn(text) {
  const years = new Set();
  for (const m of text.matchAll(/(20\d\d)\s*[–—-]\s*(20\d\d)/g)) {
    for (let y = Number(m[1]); y <= Number(m[2]); y++) years.add(y);
  }
  for (const m of text.matchAll(/20\d\d/g)) years.add(Number(m[0]));
  return [...years].sort((a, b) => a - b);
}

/** The tag table of SOURCES.md: tag → { where, edition, years }. */
export function parseSourceTags(sourcesMd) {
  const tags = {};
  for (const line of sourcesMd.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 6 || cells[1] === 'tag' || /^-+$/.test(cells[1]) || cells[1] === '') continue;
    const [, tag, where, edition] = cells;
    if (!/^([A-Z]+\d*|https?:\/\/\S+)$/.test(tag)) continue;
    tags[tag] = { where, edition, years: yearsIn(edition) };
  }
  return tags;
}

const LEVELS = { 类: 1, 款: 2, 项: 3 };
const ECONOMIC_SYSTEMS = { dept: 'economic', gov: 'gov-economic' };

function splitNote(note) {
  const m = /^src=([^;]*)(?:;\s*(.*))?$/.exec(note);
  if (!m) return { sources: [], rest: note };
  return { sources: m[1].split('+').map((s) => s.trim()).filter(Boolean), rest: (m[2] ?? '').trim() };
}

/** A data row with its system and its src= tags split off the rest of its note. */
function toRecord(system, row, origin) {
  const { sources, rest } = splitNote(row.edition_note ?? '');
  return { system, row, sources, rest, origin };
}

function toEntry({ system, row, sources, rest }, tags, problems) {
  if (sources.length === 0) problems.push(`${system} ${row.code}: no src= tag`);
  for (const s of sources) if (!tags[s]) problems.push(`${system} ${row.code}: tag ${s} is not in SOURCES.md`);
  const years = new Set(yearsIn(/seen in [^;]*/.exec(rest)?.[0] ?? ''));
  for (const s of sources) for (const y of tags[s]?.years ?? []) years.add(y);
  const level = LEVELS[row.level];
  if (!level) problems.push(`${system} ${row.code}: unknown level ${row.level}`);
  return {
    system,
    code: row.code,
    name: row.name,
    level,
    parent: row.parent || null,
    years: [...years].sort((a, b) => a - b),
    sources,
    uncertain: /UNCERTAIN/.test(rest),
    note: rest,
    formerNames: [],
  };
}

const CODE_FILES = ['function-codes.csv', 'economic-codes.csv', 'revenue-codes.csv'];

/**
 * One data folder (the shared copy or the project's additions): its source tags and its rows.
 * The shared copy must hold all four files; the additions folder may hold any of them, or be absent.
 */
function readDataFolder(dir, { required }, problems) {
  const read = (f) => {
    const p = join(dir, f);
    if (existsSync(p)) return readFileSync(p, 'utf8');
    if (required) throw new Error(`catalog data: ${p} is missing`);
    return '';
  };
  const texts = Object.fromEntries(CODE_FILES.map((f) => [f, read(f)]));
  const rows = (f) => (texts[f] ? parseCsv(texts[f]) : []);
  const sourcesMd = read('SOURCES.md');
  if (!sourcesMd && CODE_FILES.some((f) => texts[f])) problems.push(`${dir}: rows without a SOURCES.md`);
  const records = [];
  for (const row of rows('function-codes.csv')) records.push(toRecord('function', row, dir));
  for (const row of rows('economic-codes.csv')) {
    const system = ECONOMIC_SYSTEMS[row.system];
    if (!system) problems.push(`economic ${row.code}: unknown system ${row.system}`);
    else records.push(toRecord(system, row, dir));
  }
  for (const row of rows('revenue-codes.csv')) records.push(toRecord('revenue', row, dir));
  return { tags: parseSourceTags(sourcesMd), records };
}

/**
 * The shared rows with the project's additions merged in. A new code is appended; an addition for a
 * code the shared data has only corroborates it (its tags are appended), so it must agree on name,
 * level and parent and carry no note of its own. A tag may be defined in one SOURCES.md only.
 */
function mergeAdditions(shared, additions, problems) {
  const tags = { ...shared.tags };
  for (const [tag, v] of Object.entries(additions.tags)) {
    if (tags[tag]) problems.push(`tag ${tag} is defined both in the shared SOURCES.md and in the additions' SOURCES.md`);
    else tags[tag] = v;
  }
  const records = shared.records.map((r) => ({ ...r, sources: [...r.sources] }));
  const byKey = new Map(records.map((r) => [`${r.system}:${r.row.code}`, r]));
  const added = new Set();
  for (const a of additions.records) {
    const key = `${a.system}:${a.row.code}`;
    if (added.has(key)) { problems.push(`${a.system} ${a.row.code}: two rows in ${a.origin}`); continue; }
    added.add(key);
    const s = byKey.get(key);
    if (!s) { records.push(a); continue; }
    for (const field of ['name', 'level', 'parent']) {
      if (a.row[field] !== s.row[field]) {
        problems.push(`${a.system} ${a.row.code}: conflicting ${field}: “${a.row[field]}” (src=${a.sources.join('+')}, ${a.origin}) but “${s.row[field]}” (src=${s.sources.join('+')}, ${s.origin})`);
      }
    }
    if (a.rest) problems.push(`${a.system} ${a.row.code}: an addition to a shared row adds source tags only, but it has the note “${a.rest}” (${a.origin})`);
    for (const tag of a.sources) if (!s.sources.includes(tag)) s.sources.push(tag);
  }
  return { tags, records };
}

/**
 * Builds the shipped catalog object from the shared data folder and the project's additions.
 * Throws on any row without a source and on any addition that conflicts with a shared row.
 */
export function buildCatalog(dataDir, additionsDir = ADDITIONS_DIR) {
  const problems = [];
  const shared = readDataFolder(dataDir, { required: true }, problems);
  const additions = readDataFolder(additionsDir, { required: false }, problems);
  const { tags, records } = mergeAdditions(shared, additions, problems);
  const entries = records.map((r) => toEntry(r, tags, problems));

  const byKey = new Map(entries.map((e) => [`${e.system}:${e.code}`, e]));
  if (byKey.size !== entries.length) problems.push('duplicate (system, code) rows');
  const former = parseCsv(readFileSync(join(outDir, 'former-names.csv'), 'utf8'));
  for (const f of former) {
    const e = byKey.get(`${f.system}:${f.code}`);
    if (!e) { problems.push(`former name for unknown code ${f.system} ${f.code}`); continue; }
    if (!f.source) problems.push(`former name ${f.code} ${f.name} has no source`);
    e.formerNames.push({ name: f.name, lastYear: f.last_year ? Number(f.last_year) : null, source: f.source });
  }
  if (problems.length) throw new Error(`catalog data problems:\n${problems.join('\n')}`);

  const order = { function: 0, economic: 1, 'gov-economic': 2, revenue: 3 };
  entries.sort((a, b) => order[a.system] - order[b.system] || a.code.localeCompare(b.code));
  const usedTags = new Set(entries.flatMap((e) => e.sources));
  const sourceTags = Object.fromEntries(Object.entries(tags).filter(([t]) => usedTags.has(t)));
  return {
    generatedFrom:
      'src/engine/catalog/data/source (function-codes.csv, economic-codes.csv, revenue-codes.csv, SOURCES.md: the shared data), ' +
      'the project\'s additions in src/engine/catalog/data/additions (same files, where present) and src/engine/catalog/data/former-names.csv',
    sourceTags,
    entries,
  };
}

/** Stable text form: one entry per line so a data change reads as a small diff. */
export function serializeCatalog(catalog) {
  const lines = [
    '{',
    `  "generatedFrom": ${JSON.stringify(catalog.generatedFrom)},`,
    `  "sourceTags": {`,
    Object.entries(catalog.sourceTags)
      .map(([t, v]) => `    ${JSON.stringify(t)}: ${JSON.stringify(v)}`)
      .join(',\n'),
    '  },',
    '  "entries": [',
    catalog.entries.map((e) => `    ${JSON.stringify(e)}`).join(',\n'),
    '  ]',
    '}',
    '',
  ];
  return lines.join('\n');
}

function main(argv) {
  const i = argv.indexOf('--data');
  const dataDir = resolve(i >= 0 ? argv[i + 1] : SOURCE_DIR);
  if (!existsSync(join(dataDir, 'function-codes.csv'))) {
    process.stderr.write(`找不到目录数据：${dataDir}（用 --data 指定含 function-codes.csv 的目录）\n`);
    return 2;
  }
  const j = argv.indexOf('--additions');
  const additionsDir = resolve(j >= 0 ? argv[j + 1] : ADDITIONS_DIR);
  let json;
  try {
    json = serializeCatalog(buildCatalog(dataDir, additionsDir));
  } catch (err) {
    process.stderr.write(`目录数据有误，未生成 shipped.json：\n${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  const outputs = [[join(outDir, 'shipped.json'), json]];
  if (argv.includes('--check')) {
    const stale = outputs.filter(([p, text]) => !existsSync(p) || readFileSync(p, 'utf8') !== text);
    for (const [p] of stale) process.stderr.write(`与数据不一致，请运行 node scripts/build-catalog.mjs：${p}\n`);
    return stale.length ? 1 : 0;
  }
  for (const [p, text] of outputs) writeFileSync(p, text);
  process.stdout.write(`catalog: ${JSON.parse(json).entries.length} entries from ${dataDir} and ${additionsDir}\n`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
