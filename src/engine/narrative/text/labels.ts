/**
 * What a figure in the prose is about: the words in front of "431.00万元" mapped to a fact of the
 * tables (一般公共预算收入 → general-budget). Only unambiguous words map; anything else stays unknown
 * and is checked only for its own arithmetic.
 */
import { normalizeLabel } from '../../grid/text';
import type { FactKey } from '../facts';

/** Most specific first. Each pattern is tested against the normalised label. */
const LABEL_KEYS: [RegExp, FactKey][] = [
  [/“?三公”?经费|"?三公"?经费/, 'three-public'],
  [/因公出国/, 'abroad'],
  [/公务用车购置及运[行维]/, 'vehicle'],
  [/公务用车购置费?$|公务用车购置(?!及)/, 'vehicle-purchase'],
  [/公务用车运[行维]/, 'vehicle-operation'],
  [/公务接待/, 'reception'],
  [/机关运行经费/, 'public'],
  [/人员经费/, 'personnel'],
  [/公用经费/, 'public'],
  [/基本支出/, 'basic'],
  [/项目支出/, 'project'],
  [/一般公共预算当年拨款|一般公共预算(?:财政拨款)?支出(?:预算)?(?:合计|总额)?$/, 'gb-total'],
  [/政府性基金预算(?:拨款)?支出/, 'gov-fund-expense'],
  [/国有资本经营预算(?:拨款)?支出/, 'state-capital-expense'],
  [/上年结转(?:结余)?|年初(?:财政拨款)?结转/, 'carryover'],
  [/一般公共预算(?:拨款)?(?:收入)?$|一般公共预算收入|一般公共预算拨款(?:收入)?/, 'general-budget'],
  [/(?:政府性)?基金预算(?:拨款)?收入|政府性基金预算(?:拨款)?$/, 'gov-fund'],
  [/国有资本经营预算(?:拨款)?(?:收入)?$/, 'state-capital'],
  [/财政专户/, 'special-account'],
  [/单位资金/, 'unit-funds'],
  [/财政拨款收支总预算|财政拨款收入总计/, 'fiscal-total'],
  [/政府采购(?:预算)?(?:合计|总额)?$/, 'procurement'],
  [/收支总预算|收支(?:预算)?安排|预算收支|收入预算|预算收入|收入总计|总收入|收入合计/, 'income-total'],
  [/支出预算|预算支出|支出总计|总支出|支出合计/, 'expense-total'],
];

/** The fact a label speaks of, or undefined. */
export function factKeyOfLabel(label: string): FactKey | undefined {
  const s = normalizeLabel(label);
  if (!s) return undefined;
  for (const [re, key] of LABEL_KEYS) if (re.test(s)) return key;
  return undefined;
}

export interface ClassPath {
  /** Names before （类）（款）（项）, outermost first. */
  names: string[];
  /** The level of the last name: 1 类, 2 款, 3 项. */
  level: 1 | 2 | 3;
  /** A 类 code written in the text ("（206类）"), if any. */
  code?: string;
}

/**
 * '科学技术支出（类）科学技术管理事务（款）行政运行（项）' → names and level;
 * '科学技术支出（206 类）' → the 类 with its code.
 */
export function classPathOf(label: string): ClassPath | undefined {
  const s = normalizeLabel(label).replace(/（/g, '(').replace(/）/g, ')');
  const re = /([^()]+?)\((\d{2,7})?(类|款|项)\)/g;
  const names: string[] = [];
  let level: 1 | 2 | 3 | undefined;
  let code: string | undefined;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    names.push(m[1].replace(/^[:;,、]+/, ''));
    level = m[3] === '类' ? 1 : m[3] === '款' ? 2 : 3;
    if (m[2] && m[3] === '类') code = m[2];
  }
  if (!level || names.length === 0) return undefined;
  return { names, level, code };
}

/** Names compare equal when they agree after normalisation, quotes and brackets aside. */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

export function nameKey(s: string): string {
  return normalizeLabel(s)
    .replace(/[“”"'‘’《》<>【】[\]()（）〔〕]/g, '')
    .replace(/^(?:\d+|[一二三四五六七八九十]+)[、.．]/, '');
}
