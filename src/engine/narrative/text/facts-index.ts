/**
 * The tables' facts looked up by name and by code, indexed once per facts: a 情况说明 names 科目 and
 * projects by their words, and a workbook of many departments has thousands of lines — scanning
 * them, normalising every name again, for each figure of each department's text grew with the
 * square of the departments. Every list keeps the facts' own order, so answers are as a scan gives.
 */
import type { FunctionName, LineWitness, TableFacts } from '../facts';
import { classKeyOfNameKey, nameKey } from './subjects';

export interface FactsIndex {
  /** 功能分类 line figures by nameKey of their name. */
  witnessesByName: Map<string, LineWitness[]>;
  /** 功能分类 line figures by `${level}|${classNameKey(name)}`. */
  witnessesByClassName: Map<string, LineWitness[]>;
  /** 功能分类 line figures by code. */
  witnessesByCode: Map<string, LineWitness[]>;
  /** Names of coded 功能分类 lines by code, and by `${level}|${classNameKey(name)}`. */
  namesByCode: Map<string, FunctionName[]>;
  namesByClassName: Map<string, FunctionName[]>;
  /** nameKey of each project's name, by its place in facts.projects. */
  projectKeys: string[];
}

function group<T>(items: readonly T[], keyOf: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) {
    const k = keyOf(t);
    const list = out.get(k);
    if (list) list.push(t);
    else out.set(k, [t]);
  }
  return out;
}

const cache = new WeakMap<TableFacts, FactsIndex>();

/** The index of `facts` (projects found on other sheets may be added to facts after the tables: they are re-read). */
export function indexOf(facts: TableFacts): FactsIndex {
  let index = cache.get(facts);
  if (!index) {
    const ws = facts.functionWitnesses;
    // A 科目 name recurs on many lines (each table, each column): each is normalised once.
    const keys = new Map<string, { name: string; className: string }>();
    const keysOf = (name: string) => {
      let k = keys.get(name);
      if (!k) {
        const key = nameKey(name);
        keys.set(name, (k = { name: key, className: classKeyOfNameKey(key) }));
      }
      return k;
    };
    index = {
      witnessesByName: group(ws, (l) => keysOf(l.name).name),
      witnessesByClassName: group(ws, (l) => `${l.level}|${keysOf(l.name).className}`),
      witnessesByCode: group(ws, (l) => l.code),
      namesByCode: group(facts.functionNames, (n) => n.code),
      namesByClassName: group(facts.functionNames, (n) => `${n.level}|${keysOf(n.name).className}`),
      projectKeys: [],
    };
    cache.set(facts, index);
  }
  if (index.projectKeys.length !== facts.projects.length) index.projectKeys = facts.projects.map((p) => nameKey(p.name));
  return index;
}
