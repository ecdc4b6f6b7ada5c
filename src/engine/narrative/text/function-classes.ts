/**
 * The 类 of the 支出功能分类 by their names ('社会保障和就业支出', '文化旅游体育与传媒支出支出', '卫生健康（类）'), as the
 * shipped catalog names them (with their former names): a figure named so is a 类, one named otherwise is not.
 */
import { SHIPPED_CATALOG } from '../../catalog/catalog';
import { LEVEL_MARK_END } from './words';
import { nameKey } from './subjects';

/** A name as 类 names are compared: no 类 / 款 / 项 marker, no 支出 at its end (once or, as some texts print it, twice). */
function classKey(name: string): string {
  return nameKey(name).replace(LEVEL_MARK_END, '').replace(/(?:支出)+$/, '');
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
