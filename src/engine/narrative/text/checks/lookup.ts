/**
 * The table figures a subject of the text stands for, in a measure: a total by what it is and which
 * funds it covers (基本支出 of all funds, 一般公共预算财政拨款基本支出 only from the 一般公共预算 tables,
 * 机关运行经费 only from its own table), a 科目 line by code or by its names, a project by name.
 * Nothing is guessed: a subject that does not name one figure of the tables has none.
 */
import type { LineWitness, TableFacts, Witness } from '../../facts';
import type { Family } from '../../../recognize/types';
import { sameMeasure } from '../structure';
import { classNameKey, isThreePublic, nameKey, type ClassPath, type Core, type Subject } from '../subjects';
import type { Measure } from '../tokens';
import { indexOf } from '../facts-index';
import { isRenamedCodesName, renamedCodesNamed } from '../renamed-codes';

export interface Lookup {
  witnesses: Witness[];
  /** What the witnesses are, for messages ('一般公共预算支出表 2081005 社会福利事业单位'). */
  what: string;
  /** For a 科目 path: the table line the text's names were matched to. */
  line?: LineWitness;
}

/** The 一般公共预算 tables are named first in messages: the 情况说明 mostly explains them. */
const FUND_ORDER: Subject['fund'][] = ['general-budget', 'fiscal', 'all', 'gov-fund', 'state-capital', 'special-account', 'unit-funds'];

function byKeys(facts: TableFacts, keys: readonly string[]): Witness[] {
  // Asked for by every figure of a total: a plain loop, not flatMap's callback and empty array per key not read.
  const out: Witness[] = [];
  for (let i = 0; i < keys.length; i++) {
    const ws = facts.totals.get(keys[i]);
    if (ws) for (let j = 0; j < ws.length; j++) out.push(ws[j]);
  }
  return out;
}

/** fundKeys by core, fund and onlyGeneralBudget: a few dozen lists, asked for by every figure of a total. */
const fundKeyLists = new Map<string, readonly string[]>();

function fundKeys(core: Core, fund: Subject['fund'], facts: TableFacts): readonly string[] {
  const only = fund === 'fiscal' && onlyGeneralBudget(facts);
  const id = `${core}|${fund}|${only}`;
  let keys = fundKeyLists.get(id);
  if (!keys) fundKeyLists.set(id, (keys = readFundKeys(core, fund, only)));
  return keys;
}

function readFundKeys(core: Core, fund: Subject['fund'], onlyGeneralBudget: boolean): string[] {
  const cores: Core[] = core === 'appropriation' ? ['appropriation', 'income', 'expense'] : core === 'income-expense' ? ['income-expense', 'income', 'expense'] : [core];
  const funds: string[] =
    fund === 'all'
      ? ['all', 'fiscal', 'general-budget']
      : fund === 'fiscal'
        ? onlyGeneralBudget
          ? ['fiscal', 'general-budget']
          : ['fiscal']
        : [fund];
  return cores.flatMap((c) => funds.map((f) => `${c}@${f}`));
}

/** onlyGeneralBudget by facts: a property of the tables, told once, not for every figure looked up. */
const generalBudgetOnly = new WeakMap<TableFacts, boolean>();

/** 财政拨款 equals 一般公共预算 when the 政府性基金 and 国有资本经营 tables are empty (or zero). */
function onlyGeneralBudget(facts: TableFacts): boolean {
  let only = generalBudgetOnly.get(facts);
  if (only === undefined) {
    const zeroOrNone = (k: string) => (facts.totals.get(k) ?? []).every((w) => w.fen === 0);
    generalBudgetOnly.set(facts, (only = zeroOrNone('expense@gov-fund') && zeroOrNone('expense@state-capital')));
  }
  return only;
}

/** The 功能分类 line(s) a written path names: by its full code, else by names level by level. */
export function linesOfPath(facts: TableFacts, path: ClassPath): LineWitness[] {
  const index = indexOf(facts);
  if (path.code) {
    const lines = index.witnessesByCode.get(path.code) ?? [];
    const name = path.steps[0].name;
    return path.nameMustMatch && name && !lines.some((l) => classNameKey(l.name) === classNameKey(name)) && !isRenamedCodesName(path.code, name) ? [] : lines;
  }
  const last = path.steps[path.steps.length - 1];
  let candidates = last.name
    ? (index.witnessesByClassName.get(`${last.level}|${classNameKey(last.name)}`) ?? renamedCodesNamed(last.level, last.name).flatMap((code) => index.witnessesByCode.get(code) ?? []))
    : facts.functionWitnesses.filter((l) => l.level === last.level && last.code !== undefined && l.code.endsWith(last.code));
  // Each named ancestor must be the line's ancestor of that level (named as the tables name it, or by another name the catalog gives its code).
  for (const step of path.steps.slice(0, -1)) {
    if (!step.name && !step.code) continue;
    const stepKey = step.name ? classNameKey(step.name) : undefined;
    candidates = candidates.filter((l) => {
      const prefix = l.code.slice(0, 3 + 2 * (step.level - 1));
      const ancestors = index.witnessesByCode.get(prefix) ?? [];
      if (step.code) return ancestors.length > 0 && prefix.endsWith(step.code);
      return ancestors.length > 0 && (ancestors.some((a) => classNameKey(a.name) === stepKey) || isRenamedCodesName(prefix, step.name!));
    });
  }
  const codes = new Set(candidates.map((l) => l.code));
  return codes.size === 1 ? candidates : [];
}

/**
 * '收入总计' / '支出总计' may be checked against 本年收入合计 as well (both are 'income@all'), but a message names
 * the 总计 (the figure of 'income-expense@…'), not the first 本年 line read.
 */
function grandTotalFirst(facts: TableFacts, subject: Subject, ws: Witness[]): Witness[] {
  if ((subject.core !== 'income' && subject.core !== 'expense') || !subject.text.endsWith('总计')) return ws;
  const grand = new Set(byKeys(facts, [`income-expense@${subject.fund}`]).map((w) => w.fen));
  return [...ws.filter((w) => grand.has(w.fen)), ...ws.filter((w) => !grand.has(w.fen))];
}

/** The 一般公共预算 lines first (FUND_ORDER). */
function byFund(a: LineWitness, b: LineWitness): number {
  return FUND_ORDER.indexOf(a.fund) - FUND_ORDER.indexOf(b.fund);
}

/** How many codes the lines hold, counted to two: one names a 科目 line, more leave the name ambiguous. */
function codeCount(lines: readonly LineWitness[]): 0 | 1 | 2 {
  if (lines.length === 0) return 0;
  for (let i = 1; i < lines.length; i++) if (lines[i].code !== lines[0].code) return 2;
  return 1;
}

function describe(l: LineWitness): string {
  return `${l.code} ${l.name}`;
}

/**
 * A 科目 listed under one fund's total ('政府性基金预算拨款支出368.00万元，其中：城乡社区支出338.00万元') is that
 * fund's line: never the 一般公共预算 column of the same line. When the tables print no line of that fund, nothing.
 */
function ofParentFund(lines: LineWitness[], fund: Subject['fund'] | undefined): LineWitness[] {
  if (fund !== 'gov-fund' && fund !== 'state-capital') return lines;
  return lines.filter((l) => l.fund === fund);
}

/** Table figures for a subject in a measure; undefined when the tables have none for it (unchecked). */
export function lookup(facts: TableFacts, subject: Subject, measure: Measure, family: Family, parentCore?: Core, parentFund?: Subject['fund']): Lookup | undefined {
  const fits = (w: Witness) => sameMeasure(w.measure, measure, family);
  const ofFund = (lines: LineWitness[]) => ofParentFund(lines, parentFund);
  // A 科目 listed under 基本支出 or 项目支出 is that column of its line.
  const column: LineWitness['column'] = parentCore === 'basic' ? 'basic' : parentCore === 'project' ? 'project' : 'total';
  if (subject.path) {
    const lines = ofFund(linesOfPath(facts, subject.path).filter((l) => l.column === column && fits(l))).sort(byFund);
    if (lines.length === 0) return undefined;
    return { witnesses: lines, what: `${lines[0].source.table} ${describe(lines[0])}`, line: lines[0] };
  }
  const core = subject.core;
  if (core) {
    let ws: Witness[];
    if (isThreePublic(core)) ws = facts.totals.get(core) ?? [];
    else if (core.startsWith('econ:')) {
      // The 基本支出表 has only 基本支出: its 经济分类 lines are checked only for parts of 基本支出.
      if (parentCore !== 'basic') return undefined;
      ws = facts.economicWitnesses.filter((l) => l.code === core.slice(5));
    } else ws = grandTotalFirst(facts, subject, byKeys(facts, fundKeys(core, subject.fund, facts)));
    ws = ws.filter(fits);
    return ws.length > 0 ? { witnesses: ws, what: ws[0].source.table } : undefined;
  }
  if (!subject.id?.startsWith('name:')) return undefined;
  const k = subject.id.slice(5);
  const index = indexOf(facts);
  // Most names are no 科目 line's: no list is filtered, sorted or counted for them.
  const named = index.witnessesByName.get(k);
  if (named) {
    const lines = ofFund(named.filter((l) => l.column === column && fits(l))).sort(byFund);
    const codes = codeCount(lines);
    if (codes === 1) return { witnesses: lines, what: `${lines[0].source.table} ${describe(lines[0])}`, line: lines[0] };
    if (codes > 1) return undefined;
  }
  if (facts.projects.length === 0) return undefined;
  const whole = subject.raw ? nameKey(subject.raw) : k;
  // Gathered by a loop: a `filter` / `map` result's elements kind differs between the builtin and
  // TurboFan's inlined copy, which threw the optimised lookup away.
  const projects: Witness[] = [];
  for (let i = 0; i < facts.projects.length; i++) {
    if (index.projectKeys[i] === whole || index.projectKeys[i] === k) projects.push({ ...facts.projects[i].amount, measure: 'budget' as Measure, halfUnit: 0 });
  }
  return projects.length > 0 ? { witnesses: projects.filter(fits), what: projects[0].source.table } : undefined;
}
