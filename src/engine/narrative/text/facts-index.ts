/**
 * The tables' facts looked up by name and by code, indexed once per facts: a 情况说明 names 科目 and
 * projects by their words, and a workbook of many departments has thousands of lines — scanning
 * them, normalising every name again, for each figure of each department's text grew with the
 * square of the departments. Every list keeps the facts' own order, so answers are as a scan gives.
 */
import { witnessesOfLines, type FunctionLine, type FunctionName, type LineWitness, type TableFacts } from '../facts';
import { classKeyOfNameKey, nameKey } from './subjects';
import { rememberedByText } from '../../grid/remembered';

export interface FactsIndex {
  /** 功能分类 line figures by nameKey of their name. */
  witnessesByName: LinesByKey;
  /** 功能分类 line figures by `${level}|${classNameKey(name)}`. */
  witnessesByClassName: LinesByKey;
  /** 功能分类 line figures by code. */
  witnessesByCode: LinesByKey;
  /** Names of coded 功能分类 lines by code, and by `${level}|${classNameKey(name)}`. */
  namesByCode: Map<string, FunctionName[]>;
  namesByClassName: Map<string, FunctionName[]>;
  /** nameKey of each project's name, by its place in facts.projects. */
  projectKeys: string[];
}

function group<T>(items: readonly T[], keyOf: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  // By index: the iterator of a for…of made a larger graph for TurboFan to compile (−18 M instructions
  // over eleven runs of the 200-sheet bench).
  for (let i = 0; i < items.length; i++) {
    const t = items[i];
    const k = keyOf(t);
    const list = out.get(k);
    if (list) list.push(t);
    // Not a [t] literal: with one, the optimised group was thrown away in the stage's third run
    // ('code dependencies', as when a literal's allocation site is decided to tenure) and compiled again.
    else out.set(k, Array.of(t));
  }
  return out;
}

/** The places of `items` under each key, in order. */
function groupPlaces<T>(items: readonly T[], keyOf: (t: T) => string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (let i = 0; i < items.length; i++) {
    const k = keyOf(items[i]);
    const list = out.get(k);
    if (list) list.push(i);
    else out.set(k, Array.of(i));
  }
  return out;
}

/**
 * The figures of the 功能分类 lines under each key, read when a key is first looked up: the lines'
 * places are grouped by key, their figures built only for the keys a text asks for (undefined when
 * none has one).
 */
export class LinesByKey {
  readonly #lines: readonly FunctionLine[];
  readonly #places: Map<string, number[]>;
  readonly #witnesses = new Map<string, LineWitness[] | undefined>();

  constructor(lines: readonly FunctionLine[], places: Map<string, number[]>) {
    this.#lines = lines;
    this.#places = places;
  }

  /** The lines under `key`, in the facts' order; undefined when none is. */
  linesOf(key: string): FunctionLine[] | undefined {
    const places = this.#places.get(key);
    if (!places) return undefined;
    const out: FunctionLine[] = [];
    for (let i = 0; i < places.length; i++) out.push(this.#lines[places[i]]);
    return out;
  }

  get(key: string): LineWitness[] | undefined {
    if (this.#witnesses.has(key)) return this.#witnesses.get(key);
    const lines = this.linesOf(key);
    const ws = lines ? witnessesOfLines(lines) : [];
    const found = ws.length > 0 ? ws : undefined;
    this.#witnesses.set(key, found);
    return found;
  }
}

/**
 * nameKey and classKeyOfNameKey of each 科目 name: a name recurs on many lines (each table, each
 * column) and in every department's tables (they fill the same templates).
 */
const keysOf = rememberedByText((name: string): { name: string; className: string } => {
  const key = nameKey(name);
  return { name: key, className: classKeyOfNameKey(key) };
});

/**
 * The labels of the lines last grouped by name, and the places under each name key: a line's name key is
 * read from its label alone, and the departments of a workbook print the same template, so a department
 * whose 功能分类 lines carry the same labels in the same order has the same places (its own lines at them).
 */
let lastByName: { labels: string[]; places: Map<string, number[]> } | undefined;

function sameLabels(labels: readonly string[], lines: readonly FunctionLine[]): boolean {
  if (labels.length !== lines.length) return false;
  for (let i = 0; i < lines.length; i++) if (lines[i].label !== labels[i]) return false;
  return true;
}

/** The places of `lines` under each name key (nameKey of the line's name). */
export function placesByName(lines: readonly FunctionLine[]): Map<string, number[]> {
  if (lastByName && sameLabels(lastByName.labels, lines)) return lastByName.places;
  const labels: string[] = [];
  for (let i = 0; i < lines.length; i++) labels.push(lines[i].label);
  const places = groupPlaces(lines, (l) => keysOf(l.name).name);
  lastByName = { labels, places };
  return places;
}

/**
 * The maps of one facts, each grouped when first asked for: a text that names no 科目 by its words
 * (or none at all) never needs the name maps, and most texts ask for few of them.
 */
class LazyFactsIndex implements FactsIndex {
  private byName?: LinesByKey;
  private byClassName?: LinesByKey;
  private byCode?: LinesByKey;
  private namesCode?: Map<string, FunctionName[]>;
  private namesClassName?: Map<string, FunctionName[]>;
  projectKeys: string[] = [];

  constructor(private readonly facts: TableFacts) {}


  get witnessesByName(): LinesByKey {
    return (this.byName ??= new LinesByKey(this.facts.functionLines, placesByName(this.facts.functionLines)));
  }

  get witnessesByClassName(): LinesByKey {
    return (this.byClassName ??= new LinesByKey(this.facts.functionLines, groupPlaces(this.facts.functionLines, (l) => `${l.level}|${keysOf(l.name).className}`)));
  }

  get witnessesByCode(): LinesByKey {
    return (this.byCode ??= new LinesByKey(this.facts.functionLines, groupPlaces(this.facts.functionLines, (l) => l.code)));
  }

  get namesByCode(): Map<string, FunctionName[]> {
    return (this.namesCode ??= group(this.facts.functionNames, (n) => n.code));
  }

  get namesByClassName(): Map<string, FunctionName[]> {
    return (this.namesClassName ??= group(this.facts.functionNames, (n) => `${n.level}|${keysOf(n.name).className}`));
  }
}

/**
 * The index is kept on its facts, not in a WeakMap by facts: a WeakMap's values are held strongly by
 * the young-generation collector, and the index holds its facts, so every department's witnesses
 * survived each scavenge of the stage (copied, then promoted) until the next full collection.
 */
const INDEX = Symbol('facts index');
type Indexed = TableFacts & { [INDEX]?: FactsIndex };

/** The index of `facts` (projects found on other sheets may be added to facts after the tables: they are re-read). */
export function indexOf(facts: TableFacts): FactsIndex {
  const index = ((facts as Indexed)[INDEX] ??= new LazyFactsIndex(facts));
  if (index.projectKeys.length !== facts.projects.length) index.projectKeys = facts.projects.map((p) => nameKey(p.name));
  return index;
}
