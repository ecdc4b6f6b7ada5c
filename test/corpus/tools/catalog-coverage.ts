/**
 * How much of the corpus the shipped code catalog knows: over every corpus workbook (test/corpus/tables)
 * and the two seed fixtures, the 功能分类 / 经济分类 codes printed on table lines, how many the catalog
 * knows, and the name findings (code-name / unknown-code / blank-name by severity). The shipped catalog is the shared
 * data (src/engine/catalog/data/source) with the project's own additions (src/engine/catalog/data/additions): a code
 * found missing here gets its row, with its source, in the additions folder, never in the copy of the shared data.
 *
 *   npx tsx test/corpus/tools/catalog-coverage.ts [--json OUT.json] [--unknown]
 *
 * --json writes every name cell and finding (to diff two runs); --unknown lists the codes no catalog knows.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeWorkbook } from '../../../src/engine';
import { CodeCatalog } from '../../../src/engine/catalog';
import { nameCells } from '../../../src/engine/catalog/name-cells';
import type { WorkbookGrids } from '../../../src/engine/grid/types';
import { workbookToGrids } from '../../../src/xlsx/grids';
import { loadXlsx } from '../../../src/xlsx/load';
import { buildSeed001, buildSeed003, toGrids } from '../../fixtures';

const WORKBOOKS = join(__dirname, '..', 'tables', 'workbooks');
const NAME_KINDS = new Set(['code-name', 'unknown-code', 'blank-name']);

interface Row {
  workbook: string;
  lines: number;
  codes: number;
  known: number;
  errors: number;
  warnings: number;
  infos: number;
}

async function workbooks(): Promise<[string, WorkbookGrids][]> {
  const out: [string, WorkbookGrids][] = [];
  for (const f of readdirSync(WORKBOOKS).filter((n) => n.endsWith('.xlsx')).sort()) {
    out.push([f, workbookToGrids(await loadXlsx(new Uint8Array(readFileSync(join(WORKBOOKS, f)))), f)]);
  }
  out.push(['seed001', toGrids(buildSeed001(), 'seed001')], ['seed003', toGrids(buildSeed003(), 'seed003')]);
  return out;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const jsonAt = args.indexOf('--json');
  const catalog = new CodeCatalog();
  const rows: Row[] = [];
  const detail: Record<string, unknown> = {};
  const unknown = new Map<string, Set<string>>();
  for (const [name, grids] of await workbooks()) {
    const { tables, findings } = analyzeWorkbook(grids);
    const cells = nameCells(tables, catalog).filter((c) => c.system === 'function' || c.system === 'economic' || c.system === 'gov-economic');
    const codes = new Map<string, boolean>();
    for (const c of cells) codes.set(`${c.system}:${c.code}`, c.hit !== undefined);
    for (const [k, known] of codes) if (!known) (unknown.get(k) ?? unknown.set(k, new Set()).get(k)!).add(name);
    const named = findings.filter((f) => NAME_KINDS.has(f.kind));
    rows.push({
      workbook: name,
      lines: cells.length,
      codes: codes.size,
      known: [...codes.values()].filter(Boolean).length,
      errors: named.filter((f) => f.severity === 'error').length,
      warnings: named.filter((f) => f.severity === 'warning').length,
      infos: named.filter((f) => f.severity === 'info').length,
    });
    detail[name] = {
      cells: cells.map((c) => `${c.sheet}!${c.cell} ${c.system} ${c.code} ${c.label} → ${c.hit?.name ?? '?'}`),
      findings: named.map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell} ${f.message}`),
    };
  }
  const total = rows.reduce((a, r) => ({ ...a, lines: a.lines + r.lines, codes: a.codes + r.codes, known: a.known + r.known, errors: a.errors + r.errors, warnings: a.warnings + r.warnings, infos: a.infos + r.infos }), { workbook: 'total', lines: 0, codes: 0, known: 0, errors: 0, warnings: 0, infos: 0 });
  console.log('| workbook | coded lines | codes | known | name errors | warnings | infos |\n|---|---|---|---|---|---|---|');
  for (const r of [...rows.filter((r) => r.lines > 0), total]) console.log(`| ${r.workbook} | ${r.lines} | ${r.codes} | ${r.known} | ${r.errors} | ${r.warnings} | ${r.infos} |`);
  const distinct = new Set(rows.flatMap((r) => (detail[r.workbook] as { cells: string[] }).cells.map((c) => c.split(' ').slice(1, 3).join(':'))));
  console.log(`\ndistinct codes ${distinct.size}, unknown ${unknown.size}; shipped entries ${catalog.shippedEntries().length}`);
  if (args.includes('--unknown')) for (const [k, where] of [...unknown].sort()) console.log(`${k}\t${[...where].join(' ')}`);
  if (jsonAt >= 0) writeFileSync(args[jsonAt + 1], JSON.stringify({ rows, detail }, null, 1));
}

void main();
