/**
 * The code catalog the engine consults: imported official catalogs first (nearest year), then the
 * shipped one (data/shipped.json, built by scripts/build-catalog.mjs from data/source/, a copy of the
 * project's shared code data, and data/additions/, the rows the project found itself, with every
 * entry's sources).
 */
import type { ImportedCatalog } from '../findings';
import type { CodeLevel } from '../recognize/types';
import shippedJson from './data/shipped.json';
import { levelOfCode } from './codes';
import { isDigits } from '../recognize/codes';
import { nameKey } from './names';
import type { CatalogSystem, CodeLookup, FormerName, ShippedCatalog, ShippedEntry } from './types';

export const SHIPPED_CATALOG = shippedJson as unknown as ShippedCatalog;

/**
 * 部门经济分类 类 whose every 款 the shipped catalog holds, for tables of 2018 on (the 款 codes have been stable since the
 * 2018 reform): the 2024 部门决算 template (tag D7 of the catalog sources) lists every 款 of 301, 302 and 303 — a 302 10
 * 车辆运行费 is no 款 of it (公务用车运行维护费 is 30231).
 */
const EVERY_KUAN_SHIPPED: Partial<Record<CatalogSystem, EveryKuan>> = {
  economic: everyKuan('economic', ['301', '302', '303'], 2018),
};

interface EveryKuan {
  parents: ReadonlySet<string>;
  since: number;
  /** The newest year the shipped sources attest a 款 of these 类 for: a later table may use a 款 added since. */
  until: number;
}

function everyKuan(system: CatalogSystem, parents: readonly string[], since: number): EveryKuan {
  const set = new Set(parents);
  let until = since;
  for (const e of SHIPPED_CATALOG.entries) {
    if (e.system === system && e.code.length === 5 && set.has(e.code.slice(0, 3))) for (const y of e.years) until = Math.max(until, y);
  }
  return { parents: set, since, until };
}

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

/**
 * Whether a shipped entry's name is attested for a year: a source of that year, or sources before
 * and after it (the entry keeps one name across its years, so a name seen on both sides held
 * between them). An undated entry attests no year: its name is the catalog's, but not known to be the
 * name of the year asked about.
 */
function attestedIn(entry: ShippedEntry, year: number | undefined): boolean {
  if (year === undefined) return true;
  if (entry.years.length === 0) return false;
  return entry.years.some((y) => y <= year) && entry.years.some((y) => y >= year);
}

function fromShipped(entry: ShippedEntry, year: number | undefined): CodeLookup {
  const name = shippedNameFor(entry, year);
  const datedByFormerName = name !== entry.name;
  let editionYear: number | undefined;
  let note: string | undefined;
  if (year !== undefined && !datedByFormerName && entry.years.length > 0) {
    editionYear = entry.years.includes(year) ? year : nearest(entry.years, year);
    if (editionYear !== year) note = `内置目录中该编码的名称取自 ${editionYear} 年的资料`;
  } else if (year !== undefined && !datedByFormerName) note = '内置目录中该编码的名称取自未注明年度的资料';
  else if (datedByFormerName) editionYear = year;
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
    knownForYear: datedByFormerName || attestedIn(entry, year),
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
  /** Per system, per code: the name. */
  names: Map<CatalogSystem, Map<string, string>>;
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

/** Per system, per code: a value (nested, so that looking a code up builds no key string). */
type BySystem<T> = Map<CatalogSystem, Map<string, T>>;

function inSystem<T>(map: BySystem<T>, system: CatalogSystem): Map<string, T> {
  let bySystem = map.get(system);
  if (!bySystem) map.set(system, (bySystem = new Map()));
  return bySystem;
}

/**
 * The localeCompare order of two codes. For codes of ASCII digits alone (every code of the shipped
 * catalog) it is the order of their characters, told without the collator, whose first use costs
 * more than the rest of a check's catalog stage.
 */
export function compareCodes(a: string, b: string): number {
  if (isDigits(a) && isDigits(b)) return a < b ? -1 : a > b ? 1 : 0;
  return a.localeCompare(b);
}

function sharedLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Adds to `picked` (up to `max` codes in all) the codes of `bucket` that share the longest prefix
 * with `code`, longest first; the bucket is in localeCompare order and ties keep it. Codes already
 * picked, and the code itself, are passed over. One pass, no list built per code: a long sheet of
 * unknown codes asks this once per line.
 */
function addClosest(bucket: readonly string[], code: string, picked: string[], max: number): void {
  const start = picked.length;
  const shares: number[] = [];
  for (const c of bucket) {
    if (c === code || isPicked(picked, start, c)) continue;
    const n = sharedLength(c, code);
    let at = picked.length;
    while (at > start && shares[at - start - 1] < n) at--;
    if (at >= max) continue;
    // Insert at `at`, the last one dropping out when all `max` places are taken.
    for (let i = Math.min(picked.length, max - 1); i > at; i--) {
      picked[i] = picked[i - 1];
      shares[i - start] = shares[i - start - 1];
    }
    picked[at] = c;
    shares[at - start] = n;
  }
}

function isPicked(picked: readonly string[], count: number, code: string): boolean {
  for (let i = 0; i < count; i++) if (picked[i] === code) return true;
  return false;
}

export class CodeCatalog {
  private readonly shipped: BySystem<ShippedEntry> = new Map();
  private readonly shippedList: readonly ShippedEntry[];
  private readonly imported: ImportedIndex[];
  /** importedFor() per system and year: the same few lists for every code looked up. */
  private readonly importedOrder = new Map<CatalogSystem, Map<number | undefined, ImportedIndex[]>>();
  /** allCodes() per system, built once: the catalogs do not change after construction. */
  private readonly codesBySystem = new Map<CatalogSystem, string[]>();
  private readonly byName = new Map<string, NamedCode[]>();
  /** Per system, per length, per shared prefix (closePrefixLength): the codes in localeCompare order. */
  private readonly closeCodes = new Map<CatalogSystem, Map<number, Map<string, string[]>>>();
  /**
   * lookup() hits by system and year, then code: a workbook asks about the same codes again and
   * again. Misses are not kept: telling one costs two map reads, and a long sheet of codes no
   * catalog knows would fill the map with them.
   */
  private readonly lookups = new Map<string, Map<number | undefined, Map<string, CodeLookup>>>();
  /** nameKey of catalog names (official and former), computed once each. */
  private readonly keys = new Map<string, string>();

  constructor(imported: readonly ImportedCatalog[] = [], shipped: ShippedCatalog = SHIPPED_CATALOG) {
    this.shippedList = shipped.entries;
    for (const e of shipped.entries) {
      inSystem(this.shipped, e.system).set(e.code, e);
      for (const n of [e.name, ...e.formerNames.map((f) => f.name)]) this.indexName(n, e.system, e.code, e.level);
    }
    this.imported = imported.map((catalog) => {
      const names: BySystem<string> = new Map();
      for (const e of catalog.entries) {
        inSystem(names, e.system).set(e.code, e.name);
        const level = levelOfCode(e.code);
        if (level) this.indexName(e.name, e.system, e.code, level);
      }
      return { catalog, names };
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
    let byYear = this.importedOrder.get(system);
    if (!byYear) this.importedOrder.set(system, (byYear = new Map()));
    let ordered = byYear.get(year);
    if (!ordered) {
      const list = this.imported.filter((i) => i.names.has(system));
      ordered =
        year === undefined
          ? list.sort((a, b) => b.catalog.year - a.catalog.year)
          : list.sort((a, b) => Math.abs(a.catalog.year - year) - Math.abs(b.catalog.year - year) || b.catalog.year - a.catalog.year);
      byYear.set(year, ordered);
    }
    return ordered;
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
    if (known) return known;
    const hit = this.findName(system, code, year);
    if (hit) byCode.set(code, hit);
    return hit;
  }

  private findName(system: CatalogSystem, code: string, year?: number): CodeLookup | undefined {
    const level = levelOfCode(code);
    if (!level) return undefined;
    const entry = this.shipped.get(system)?.get(code);
    for (const idx of this.importedFor(system, year)) {
      const name = idx.names.get(system)?.get(code);
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
        knownForYear: year === undefined || catalog.year === year,
        formerNames,
        // The official catalog of the year names the code otherwise: any earlier edition's name is behind it.
        outdatedNames: entry ? entry.formerNames.map((f) => f.name).filter((n) => this.keyOf(n) !== this.keyOf(name) && (year === undefined || catalog.year <= year)) : [],
        uncertain: false,
      };
    }
    return entry ? fromShipped(entry, year) : undefined;
  }

  /**
   * The years over which the shipped catalog lists every code beside this one (a 款 of 301, 302 or 303), when the table's year
   * is among them: a code it lacks is then none of the classification (see EVERY_KUAN_SHIPPED). Undefined otherwise.
   */
  everySiblingListed(system: CatalogSystem, code: string, year: number | undefined): { since: number; until: number } | undefined {
    const every = EVERY_KUAN_SHIPPED[system];
    if (!every || year === undefined || year < every.since || year > every.until) return undefined;
    return code.length === 5 && every.parents.has(code.slice(0, 3)) ? { since: every.since, until: every.until } : undefined;
  }

  /** True when an imported official catalog of exactly this year holds this system. */
  isComplete(system: CatalogSystem, year: number | undefined): boolean {
    if (year === undefined) return false;
    return this.imported.some((i) => i.catalog.complete && i.catalog.year === year && i.names.has(system));
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
      for (const code of this.shipped.get(system)?.keys() ?? []) codes.add(code);
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
    const picked: string[] = [];
    if (labelKey && this.byName.has(labelKey)) {
      const named = this.codesNamed(system, labelKey).map((c) => c.code);
      named.sort((a, b) => sharedLength(b, code) - sharedLength(a, code) || compareCodes(a, b));
      picked.push(...named.slice(0, max));
    }
    if (picked.length < max) {
      const close = this.closeCodesOf(system).get(code.length)?.get(code.slice(0, closePrefixLength(code.length)));
      if (close) addClosest(close, code, picked, max);
    }
    const hits: CodeLookup[] = [];
    for (const c of picked) {
      const hit = this.lookup(system, c, year);
      if (hit) hits.push(hit);
    }
    return hits;
  }

  private closeCodesOf(system: CatalogSystem): Map<number, Map<string, string[]>> {
    let byLength = this.closeCodes.get(system);
    if (!byLength) {
      byLength = new Map();
      const ordered = [...this.allCodes(system)].sort(compareCodes);
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
    return [...this.shippedList];
  }
}
