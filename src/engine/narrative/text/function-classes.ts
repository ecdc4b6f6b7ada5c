/**
 * The 类 of the 支出功能分类 by their names ('社会保障和就业支出', '文化旅游体育与传媒支出支出', '卫生健康（类）'), as the
 * shipped catalog names them (with their former names): a figure named so is a 类, one named otherwise is not.
 */
import { SHIPPED_CATALOG } from '../../catalog/catalog';
import { classNameKey } from './subjects';

/** A name as 类 names are compared: classNameKey, and no second 支出 at its end either (as some texts print it). */
function classKey(name: string): string {
  return classNameKey(name).replace(/(?:支出)+$/, '');
}

let classKeys: Set<string> | undefined;

function functionClassKeys(): Set<string> {
  if (!classKeys) {
    classKeys = new Set();
    for (const e of SHIPPED_CATALOG.entries) {
      if (e.system !== 'function' || e.level !== 1) continue;
      for (const n of [e.name, ...e.formerNames.map((f) => f.name)]) classKeys.add(classKey(n));
    }
  }
  return classKeys;
}

export function isFunctionClassName(name: string): boolean {
  const key = classKey(name);
  return key !== '' && functionClassKeys().has(key);
}
