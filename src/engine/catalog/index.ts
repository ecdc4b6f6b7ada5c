/**
 * 科目编码 → 科目名称 (issue 4): catalogs by edition year (shipped + imported), name findings and
 * the name-fill plan. Everything here is pure.
 *
 * - `codeNameFindings(tables, options)` → code-name / unknown-code / blank-name findings.
 * - `planNameFill(tables, options)` → the blank name cells to fill and the wrong names to correct
 *   (`NameWrite[]`, corrections marked `replaces`); adapters apply them.
 * - `importCatalogFromGrids(grids, {year, source})` / `importCatalogFromCsv(text, …)` → an
 *   `ImportedCatalog` to store and pass back as `options.importedCatalogs`.
 * - `CodeCatalog` for lookups by (system, code, year) and listings (the `codes` command).
 */
import type { AnalyzeOptions, Finding } from '../findings';
import type { Table } from '../recognize/types';
import { CodeCatalog } from './catalog';
import { checkNameCells } from './check';
import { planWrites, type NameWrite } from './fill';
import { learnWorkbookNames } from './learned';
import { nameCells } from './name-cells';

export type { NameWrite } from './fill';
export { CodeCatalog, SHIPPED_CATALOG, shippedSourceText } from './catalog';
export { importCatalogFromGrids, importCatalogFromCsv, CatalogImportError } from './import';
export type { CatalogImport, CatalogImportOptions } from './import';
export { csvToGrid } from './csv';
export { nameKey, sameName } from './names';
export { levelOfCode, systemOfCode } from './codes';
export type { CatalogSystem, CodeLookup, ShippedCatalog, ShippedEntry } from './types';

function analyse(tables: Table[], options: AnalyzeOptions) {
  const catalog = new CodeCatalog(options.importedCatalogs ?? []);
  const cells = nameCells(tables, catalog, options.editionYear);
  return { catalog, cells, names: learnWorkbookNames(cells) };
}

export function codeNameFindings(tables: Table[], options: AnalyzeOptions = {}): Finding[] {
  const { catalog, cells, names } = analyse(tables, options);
  return checkNameCells(cells, catalog, names);
}

/** The name findings and the fill plan from one reading of the name cells (the pane needs both). */
export function reviewNames(tables: Table[], options: AnalyzeOptions = {}): { findings: Finding[]; writes: NameWrite[] } {
  const { catalog, cells, names } = analyse(tables, options);
  return { findings: checkNameCells(cells, catalog, names), writes: planWrites(cells, catalog, names) };
}

export function planNameFill(tables: Table[], options: AnalyzeOptions = {}): NameWrite[] {
  const { catalog, cells, names } = analyse(tables, options);
  return planWrites(cells, catalog, names);
}
