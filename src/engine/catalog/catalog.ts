/**
 * The code catalog the engine consults: imported official catalogs first (nearest year), then the
 * shipped one (data/shipped.json, built by scripts/build-catalog.mjs from data/source/, a copy of the
 * project's shared code data, with every entry's sources).
 */
import type { ImportedCatalog } from '../findings';
import type { CodeLevel } from '../recognize/types';
import shippedJson from './data/shipped.json';
import { levelOfCode } from './codes';
import { nameKey } from './names';
import type { CatalogSystem, CodeLookup, FormerName, ShippedCatalog, ShippedEntry } from './types';

export const SHIPPED_CATALOG = shippedJson as unknown as ShippedCatalog;

function nearest(years: readonly number[], year: number): number | undefined {
  let best: number | undefined;
  for (const y of years) {
    const d = Math.abs(y - year);
    if (best === undefined || d < Math.abs(best - year) || (d === Math.abs(best - year) && y > best)) best = y;
  }
  return best;
}

/** The name a shipped entry had in a given year (a former name when the year is at or before its last year). */
function shippedNameFor(entry: ShippedEntry, year: number | undefined): string {
  if (year === undefined) return entry.name;
  const older = entry.formerNames
    .filter((f) => f.lastYear !== null && year <= f.lastYear)
    .sort((a, b) => (a.lastYear ?? 0) - (b.lastYear ?? 0));
  return older[0]?.name ?? entry.name;
}

/** For a clerk: how well attested the name is; the tags themselves are listed by `budget-check codes`. */
export function shippedSourceText(entry: ShippedEntry): string {
  return `内置目录（见于 ${entry.sources.length} 份公开资料）`;
}

function fromShipped(entry: ShippedEntry, year: number | undefined): CodeLookup {
  const name = shippedNameFor(entry, year);
  const datedByFormerName = name !== entry.name;
  let editionYear: number | undefined;
  let note: string | undefined;
  if (year !== undefined && !datedByFormerName && entry.years.length > 0) {
    editionYear = entry.years.includes(year) ? year : nearest(entry.years, year);
    if (editionYear !== year) note = `内置目录中该编码的名称取自 ${editionYear} 年的资料`;
  } else if (datedByFormerName) editionYear = year;
  else if (entry.years.length > 0) editionYear = entry.years[entry.years.length - 1];
  const formerNames = [entry.name, ...entry.formerNames.map((f) => f.name)].filter((n) => n !== name);
  const outdatedNames = entry.formerNames.filter((f) => f.name !== name && outdatedIn(f, entry, year)).map((f) => f.name);
  return {
    system: entry.system,
    code: entry.code,
    name,
    level: entry.level,
    origin: 'shipped',
    source: shippedSourceText(entry),
    sources: entry.sources,
    editionYear,
    note,
    formerNames,
    outdatedNames,
    uncertain: entry.uncertain,
  };
}

/**
 * Whether a former name is out of date in `year` (any year, when it is not known): its last edition is before the year, or — its last
 * edition not known — a source shows the current name in that year or before (20805 行政事业单位离退休:
 * 行政事业单位养老支出 is printed in 2023–2026 documents, so a 2025 table using the old name is behind).
 */
function outdatedIn(f: FormerName, entry: ShippedEntry, year: number | undefined): boolean {
  // Of a table whose year is not known, the current name is the one to compare with (shippedNameFor).
  if (year === undefined) return true;
  if (f.lastYear !== null) return year > f.lastYear;
  return entry.years.some((y) => y <= year);
}

interface ImportedIndex {
  catalog: ImportedCatalog;
  byCode: Map<string, string>;
  systems: Set<CatalogSystem>;
}

function key(system: CatalogSystem, code: string): string {
  return `${system}:${code}`;
}

export interface NamedCode {
  system: CatalogSystem;
  code: string;
  level: CodeLevel;
}

/** The shared prefix a close code must have: 3 digits (the 类), fewer for short codes. */
function closePrefixLength(length: number): number {
  return Math.max(0, Math.min(3, length - 2));
}


export class CodeCatalog {
  private readonly shipped = new Map<string, ShippedEntry>();
  private readonly imported: ImportedIndex[];
  /** allCodes() per system, built once: the catalogs do not change after construction. */
  private readonly codesBySystem = new Map<CatalogSystem, string[]>();
  private readonly byName = new Map<string, NamedCode[]>();
  /** Per system, per length, per shared prefix (closePrefixLength): the codes in localeCompare order. */
  private readonly closeCodes = new Map<CatalogSystem, Map<number, Map<string, string[]>>>();
  /** lookup() answers by system and year, then code: a workbook asks about the same codes again and again. */
  private readonly lookups = new Map<string, Map<number | undefined, Map<string, CodeLookup | null>>>();
  /** nameKey of catalog names (official and former), computed once each. */
  private readonly keys = new Map<string, string>();

  constructor(imported: readonly ImportedCatalog[] = [], shipped: ShippedCatalog = SHIPPED_CATALOG) {
    for (const e of shipped.entries) {
      this.shipped.set(key(e.system, e.code), e);
      for (const n of [e.name, ...e.formerNames.map((f) => f.name)]) this.indexName(n, e.system, e.code, e.level);
    }
    this.imported = imported.map((catalog) => {
      const byCode = new Map<string, string>();
      const systems = new Set<CatalogSystem>();
      for (const e of catalog.entries) {
        byCode.set(key(e.system, e.code), e.name);
        systems.add(e.system);
        const level = levelOfCode(e.code);
        if (level) this.indexName(e.name, e.system, e.code, level);
      }
      return { catalog, byCode, systems };
    });
  }

  private indexName(name: string, system: CatalogSystem, code: string, level: CodeLevel): void {
    const k = nameKey(name);
    const list = this.byName.get(k) ?? [];
    if (!list.some((c) => c.system === system && c.code === code)) list.push({ system, code, level });
    this.byName.set(k, list);
  }

  /** Imported catalogs holding a system, nearest year first (ties: the later year). */
  private importedFor(system: CatalogSystem, year: number | undefined): ImportedIndex[] {
    const list = this.imported.filter((i) => i.systems.has(system));
    if (year === undefined) return [...list].sort((a, b) => b.catalog.year - a.catalog.year);
    return [...list].sort(
      (a, b) => Math.abs(a.catalog.year - year) - Math.abs(b.catalog.year - year) || b.catalog.year - a.catalog.year,
    );
  }

  /**
   * The name of a code for a year: imported catalogs first, then the shipped one. The answer is
   * shared between callers (it is remembered): read it, do not change it.
   */
  lookup(system: CatalogSystem, code: string, year?: number): CodeLookup | undefined {
    let byYear = this.lookups.get(system);
    if (!byYear) this.lookups.set(system, (byYear = new Map()));
    let byCode = byYear.get(year);
    if (!byCode) byYear.set(year, (byCode = new Map()));
    const known = byCode.get(code);
    if (known !== undefined) return known ?? undefined; // null: looked up before, no catalog has it
    const hit = this.findName(system, code, year);
    byCode.set(code, hit ?? null);
    return hit;
  }

  private findName(system: CatalogSystem, code: string, year?: number): CodeLookup | undefined {
    const level = levelOfCode(code);
    if (!level) return undefined;
    const entry = this.shipped.get(key(system, code));
    for (const idx of this.importedFor(system, year)) {
      const name = idx.byCode.get(key(system, code));
      if (name === undefined) continue;
      const { catalog } = idx;
      const formerNames = entry ? [entry.name, ...entry.formerNames.map((f) => f.name)].filter((n) => this.keyOf(n) !== this.keyOf(name)) : [];
      return {
        system,
        code,
        name,
        level,
        origin: 'imported',
        source: catalog.source,
        editionYear: catalog.year,
        note: year !== undefined && catalog.year !== year ? `未导入 ${year} 年目录，按 ${catalog.year} 年导入目录` : undefined,
        formerNames,
        // The official catalog of the year names the code otherwise: any earlier edition's name is behind it.
        outdatedNames: entry ? entry.formerNames.map((f) => f.name).filter((n) => this.keyOf(n) !== this.keyOf(name) && (year === undefined || catalog.year <= year)) : [],
        uncertain: false,
      };
    }
    return entry ? fromShipped(entry, year) : undefined;
  }

  /** True when an imported official catalog of exactly this year holds this system. */
  isComplete(system: CatalogSystem, year: number | undefined): boolean {
    if (year === undefined) return false;
    return this.imported.some((i) => i.catalog.complete && i.catalog.year === year && i.systems.has(system));
  }

  /** The nameKey of a name that comes from the catalogs (remembered: catalog names are few). */
  keyOf(name: string): string {
    let k = this.keys.get(name);
    if (k === undefined) {
      k = nameKey(name);
      this.keys.set(name, k);
    }
    return k;
  }

  /** True when a written name (given by its nameKey) is the looked-up name or one of its former names. */
  isNameOf(writtenKey: string, hit: CodeLookup): boolean {
    return this.keyOf(hit.name) === writtenKey || hit.formerNames.some((n) => this.keyOf(n) === writtenKey);
  }

  /** The codes (of one system) that carry a name, given by its nameKey, in any catalog or edition. */
  codesNamed(system: CatalogSystem, key: string): NamedCode[] {
    return (this.byName.get(key) ?? []).filter((c) => c.system === system);
  }

  /** Every code of a system known to some catalog (shipped and imported), sorted. */
  allCodes(system: CatalogSystem): string[] {
    let sorted = this.codesBySystem.get(system);
    if (!sorted) {
      const codes = new Set<string>();
      for (const e of this.shipped.values()) if (e.system === system) codes.add(e.code);
      for (const i of this.imported) for (const e of i.catalog.entries) if (e.system === system) codes.add(e.code);
      sorted = [...codes].sort();
      this.codesBySystem.set(system, sorted);
    }
    return sorted;
  }

  /**
   * Up to `max` codes close to an unknown one: first codes carrying the written name (given by its
   * nameKey; nearest by shared prefix), then codes of the same length sharing the longest prefix
   * (at least the 类). Ties go in localeCompare order.
   */
  suggest(system: CatalogSystem, code: string, labelKey: string, year?: number, max = 3): CodeLookup[] {
    const shared = (c: string): number => {
      let n = 0;
      while (n < c.length && n < code.length && c[n] === code[n]) n++;
      return n;
    };
    const byName = labelKey ? this.codesNamed(system, labelKey).map((c) => c.code) : [];
    byName.sort((a, b) => shared(b) - shared(a) || a.localeCompare(b));
    const picked = new Set(byName.slice(0, max));
    if (picked.size < max) {
      // The bucket is in localeCompare order already: ordering by shared length keeps ties in it.
      const byShared: string[][] = [];
      const close = this.closeCodesOf(system).get(code.length)?.get(code.slice(0, closePrefixLength(code.length)));
      for (const c of close ?? []) {
        if (c !== code) (byShared[shared(c)] ??= []).push(c);
      }
      for (let n = byShared.length - 1; n >= 0 && picked.size < max; n--) {
        for (const c of byShared[n] ?? []) {
          if (picked.size >= max) break;
          picked.add(c);
        }
      }
    }
    return [...picked].flatMap((c) => this.lookup(system, c, year) ?? []);
  }

  private closeCodesOf(system: CatalogSystem): Map<number, Map<string, string[]>> {
    let byLength = this.closeCodes.get(system);
    if (!byLength) {
      byLength = new Map();
      const ordered = [...this.allCodes(system)].sort((a, b) => a.localeCompare(b));
      for (const c of ordered) {
        let byPrefix = byLength.get(c.length);
        if (!byPrefix) byLength.set(c.length, (byPrefix = new Map()));
        const prefix = c.slice(0, closePrefixLength(c.length));
        const list = byPrefix.get(prefix);
        if (list) list.push(c);
        else byPrefix.set(prefix, [c]);
      }
      this.closeCodes.set(system, byLength);
    }
    return byLength;
  }

  /** Shipped entries (for listing with their sources). */
  shippedEntries(): ShippedEntry[] {
    return [...this.shipped.values()];
  }
}
