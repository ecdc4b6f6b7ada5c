/**
 * The 支出功能分类 科目 that were renamed, by code, with every name the shipped catalog gives them (the current one
 * and the former ones): a text that writes '行政事业单位离退休（款）' names the line the tables call 20805
 * 行政事业单位养老支出, and one that writes the current name names the line a table still prints under the former
 * one. (That a name is an old one is said by the 科目 name checks, not here.)
 */
import { SHIPPED_CATALOG } from '../../catalog/catalog';
import { classNameKey } from './subjects';

let keysByCode: Map<string, Set<string>> | undefined;
/** The current name of each renamed code, by code (classNameKey). */
let currentByCode: Map<string, string> | undefined;
/** By `${level}|${classNameKey}`: the renamed codes that have or had the name. */
let codesByKey: Map<string, string[]> | undefined;

function build(): void {
  keysByCode = new Map();
  codesByKey = new Map();
  currentByCode = new Map();
  for (const e of SHIPPED_CATALOG.entries) {
    if (e.system !== 'function' || e.formerNames.length === 0) continue;
    const keys = new Set([e.name, ...e.formerNames.map((f) => f.name)].map(classNameKey));
    keysByCode.set(e.code, keys);
    currentByCode.set(e.code, classNameKey(e.name));
    for (const key of keys) {
      const id = `${e.level}|${key}`;
      codesByKey.set(id, [...(codesByKey.get(id) ?? []), e.code]);
    }
  }
}

/** Whether the 功能分类 code was renamed and `name` is one of its names, current or former. */
export function isRenamedCodesName(code: string, name: string): boolean {
  if (!keysByCode) build();
  return keysByCode!.get(code)?.has(classNameKey(name)) ?? false;
}

/** Whether `name` is the current name of a renamed 功能分类 code: right in a text whatever older name a table prints. */
export function isCurrentNameOfRenamedCode(code: string, name: string): boolean {
  if (!currentByCode) build();
  return currentByCode!.get(code) === classNameKey(name);
}

/** The renamed 功能分类 codes of `level` that have or had `name`. */
export function renamedCodesNamed(level: number, name: string): readonly string[] {
  if (!codesByKey) build();
  return codesByKey!.get(`${level}|${classNameKey(name)}`) ?? [];
}
