/**
 * What a figure of the prose is about: the words in front of "431.00万元" read as a subject — a
 * known total or group (基本支出, “三公”经费, 政府采购 …) with the funds it covers (all funds,
 * 财政拨款, 一般公共预算 …), a 科目 line (by code and names: "社会保障和就业支出（类）…（项）",
 * "（204类）司法（06款）行政运行（01项）"), or a plain name. Words that name nothing by themselves
 * (支出 / 金额 / 预算数为) leave the subject bare: it is then taken from the sentence, or unknown.
 */
import { normalizeLabel } from '../../grid/text';
import { rememberedByText } from '../../grid/remembered';
import {
  BARE_SUBJECT,
  CLASS_LEVEL_MARKER,
  DE_END,
  FUND_SIDE_END,
  FUND_WORDS,
  LEI_BY_NAME,
  LEI_NUMBERING,
  LEVEL_MARK_END,
  LOCALITY,
  MEASURE_WORDS,
  NAME_ORDINAL,
  PERIOD_WORDS,
  RAW_FILLER_END,
  STEP_JOINER,
  STEP_LEAD,
  STEP_PERIOD,
  STEP_ORDINAL,
  STEP_ORDINAL_UNMARKED,
  OTHER_BEFORE_HEAD,
  SUBJECT_CORES,
  SHOU_ZHI_SPLIT,
  SUBJECT_FILLER_END,
  SUBJECT_FUNDS,
  SUBJECT_LEAD,
  SUBJECT_TOTALS,
  TOTAL_WORD_END,
  ZHICHU_END,
} from './words';

export type Fund = 'all' | 'fiscal' | 'general-budget' | 'gov-fund' | 'state-capital' | 'special-account' | 'unit-funds';

export type Core =
  | 'income'
  | 'expense'
  | 'income-expense'
  | 'appropriation'
  | 'basic'
  | 'project'
  | 'personnel'
  | 'public'
  | 'three-public'
  | 'abroad'
  | 'reception'
  | 'vehicle'
  | 'vehicle-purchase'
  | 'vehicle-operation'
  | 'admin-operating'
  | 'procurement'
  | 'procurement-goods'
  | 'procurement-works'
  | 'procurement-services'
  | 'carryover'
  | 'business-income'
  | 'operating-income'
  | 'superior-subsidy'
  | 'affiliated-remit'
  | 'other-income'
  | 'econ:301'
  | 'econ:302'
  | 'econ:303'
  | 'econ:310';

/** One element of a 科目 path: its level, the name written before the marker and the code inside it. */
export interface PathStep {
  level: 1 | 2 | 3;
  name?: string;
  code?: string;
}

export interface ClassPath {
  steps: PathStep[];
  /** Level of the last step. */
  level: 1 | 2 | 3;
  /** The full code when the written codes compose one (204 + 06 + 01 → 2040601). */
  code?: string;
  /** Written as a code beside a name, no 类 / 款 / 项 ('206 科学技术支出'): the code is the 科目's only if the name is its name. */
  nameMustMatch?: boolean;
}

export interface Subject {
  /** Identity inside the text: 'basic@all', 'three-public', 'path:2080505', 'name:工资福利支出'. */
  id?: string;
  /** The naming words, cleaned. */
  text: string;
  /** The words as written (list markers and a trailing 为 / 是 aside), for names compared whole (projects). */
  raw?: string;
  core?: Core;
  fund: Fund;
  path?: ClassPath;
  /** Names nothing by itself (支出 / 预算数 / 金额): take the subject from the sentence. */
  bare: boolean;
  /** Names only a fund ('一般公共预算 225.47万元'): in a breakdown, the head says income or expense. */
  fundOnly?: boolean;
}

/** Cores of the “三公” table: their fund is always 财政拨款, so the fund words are not part of them. */
const THREE_PUBLIC_CORES = new Set<Core>(['three-public', 'abroad', 'reception', 'vehicle', 'vehicle-purchase', 'vehicle-operation', 'admin-operating']);

/** '科学技术支出（类）技术与开发（款）…（项）', '（204类）司法（06款）行政运行（01项）', '教育支出类科目'. */
export function classPathOf(label: string): ClassPath | undefined {
  const s = normalizeLabel(label).replace(STEP_ORDINAL_UNMARKED, '').replace(/[“”"]/g, '');
  // A level marker closes with ')', a 类 name ends in 类: most labels have neither.
  if (!s.includes(')') && !s.includes('类')) return undefined;
  const steps: PathStep[] = [];
  let from = 0;
  for (const m of s.matchAll(CLASS_LEVEL_MARKER)) {
    const name = s
      .slice(from, m.index)
      .replace(STEP_JOINER, '')
      .replace(STEP_ORDINAL, '')
      .replace(STEP_LEAD, '')
      .replace(STEP_PERIOD, '')
      .trim();
    const level = m[2] === '类' ? 1 : m[2] === '款' ? 2 : 3;
    steps.push({ level, ...(name ? { name } : {}), ...(m[1] ? { code: m[1] } : {}) });
    from = m.index + m[0].length;
  }
  if (steps.length === 0) {
    const lei = LEI_BY_NAME.exec(s.replace(LEI_NUMBERING, ''));
    if (!lei) return undefined;
    steps.push({ level: 1, name: lei[1] });
  }
  return { steps, level: steps[steps.length - 1].level, code: composeCode(steps) };
}

/** '206科学技术支出', '行政运行(2060101)': a 科目's words with its code before or after the name. */
const CODE_BEFORE_NAME = /^(2\d{2}(?:\d{2}){0,2})\s*([^\d()]{2,30})$/;
const CODE_AFTER_NAME = /^([^\d()]{2,30})\((2\d{2}(?:\d{2}){0,2})\)$/;

/** A 科目 named by its code beside its name, without a 类 / 款 / 项 marker; `words` as subjectWords gives them. */
function codedNameOf(words: string): ClassPath | undefined {
  const before = CODE_BEFORE_NAME.exec(words);
  const after = before ? null : CODE_AFTER_NAME.exec(words);
  const [code, name] = before ? [before[1], before[2]] : after ? [after[2], after[1]] : [];
  if (!code || !name) return undefined;
  const level = ((code.length - 1) / 2) as 1 | 2 | 3;
  return { steps: [{ level, name, code }], level, code, nameMustMatch: true };
}

function composeCode(steps: readonly PathStep[]): string | undefined {
  let code = '';
  for (const st of steps) {
    const want = 3 + 2 * (st.level - 1);
    if (!st.code) return undefined;
    if (st.code.length === want) code = st.code;
    else if (st.code.length === 2 && st.level > 1 && code.length === want - 2) code += st.code;
    else return undefined;
  }
  return code || undefined;
}

/** The cleaned naming words of a label: without period, measure, fillers and list markers. */
export function subjectWords(label: string): string {
  let s = normalizeLabel(label).replace(/[“”"'‘’]/g, '').replace(SHOU_ZHI_SPLIT, '收支');
  s = s.replace(SUBJECT_LEAD, '');
  s = s.replace(PERIOD_WORDS, '').replace(MEASURE_WORDS, '');
  for (let i = 0; i < 3; i++) s = s.replace(SUBJECT_FILLER_END, '');
  return s.replace(SUBJECT_LEAD, '').trim();
}

/**
 * Subjects read, by label as given. The words in front of figures repeat across a workbook — every
 * department fills the same templates ('基本支出', '人员经费', '一般公共预算收入', '公务接待费' …) —
 * and reading one runs some forty patterns.
 */
const subjectRead = rememberedByText(readSubject);

/**
 * Reads the subject of a label (the words in front of a figure, comparison words removed). Each call
 * returns an object of its own: a breakdown's head completes the subject of a part that names only a
 * fund (structure.ts), and figures are told apart by their subject objects.
 */
export function subjectOf(label: string): Subject {
  return { ...subjectRead(label) };
}

/** The subject of a label read afresh (subjectOf remembers it). */
export function readSubject(label: string): Subject {
  // Normalised once here: the readers below normalise again, which leaves a normalised label as it is.
  const normalized = normalizeLabel(label);
  const s0 = subjectOfWords(normalized);
  const raw = normalized.replace(SUBJECT_LEAD, '').replace(RAW_FILLER_END, '');
  return raw ? { ...s0, raw } : s0;
}

function subjectOfWords(label: string): Subject {
  const full = label.replace(/[“”"'‘’]/g, '');
  const text = subjectWords(label);
  const path = classPathOf(label) ?? codedNameOf(text);
  const fund = SUBJECT_FUNDS.find(([re]) => re.test(full))?.[1] ?? 'all';
  if (path) {
    const id = `path:${path.code ?? path.steps.map((s) => `${s.level}${s.name ?? s.code ?? ''}`).join('/')}`;
    return { id, text, fund, path, bare: false };
  }
  const rest = text.replace(FUND_WORDS, '').replace(LOCALITY, '').replace(DE_END, '');
  const stripped = rest.replace(TOTAL_WORD_END, '');
  const core = coreOfHead(stripped) ?? SUBJECT_TOTALS.find(([re]) => re.test(rest))?.[1];
  if (BARE_SUBJECT.test(text)) return { text, fund, bare: true, ...(core ? { core } : {}) };
  if (core) return { id: coreId(core, fund), text, core, fund, bare: false };
  // Only a fund named ('一般公共预算 225.47万元' in a list of 收入): the list head tells income or expense.
  if (fund !== 'all') return { text, fund, bare: false, ...(rest.replace(FUND_SIDE_END, '') === '' ? { fundOnly: true } : {}) };
  const name = nameKey(text.replace(LOCALITY, ''));
  return { id: name ? `name:${name}` : undefined, text, fund, bare: !name };
}

/**
 * The known total a name's head noun makes it — unless 其他 / 其它 stands right before the head:
 * '其它人员经费' is what is left of 人员经费 beside the items listed, a part of it, not the total.
 */
function coreOfHead(words: string): Core | undefined {
  for (const [re, core] of SUBJECT_CORES) {
    const m = re.exec(words);
    if (m) return OTHER_BEFORE_HEAD.test(words.slice(0, m.index)) ? undefined : core;
  }
  return undefined;
}

/** The identity of a known total: the “三公” family has one fund (财政拨款); the others are per fund. */
export function coreId(core: Core, fund: Fund): string {
  return THREE_PUBLIC_CORES.has(core) ? core : `${core}@${fund}`;
}

/** Whether a subject is a known total whose table value can be looked up. */
export function isThreePublic(core: Core | undefined): boolean {
  return core !== undefined && THREE_PUBLIC_CORES.has(core);
}

/** Names compare equal when they agree after normalisation, quotes and brackets aside. */
export function nameKey(s: string): string {
  return normalizeLabel(s)
    .replace(/[“”"'‘’《》<>【】[\]()（）〔〕]/g, '')
    .replace(NAME_ORDINAL, '');
}

/**
 * A 科目 name as 科目 are compared: the 类 name is often written without its 支出 ('一般公共服务（类）'
 * for 一般公共服务支出), and a 类 / 款 / 项 marker is no part of the name.
 */
export function classNameKey(s: string): string {
  return classKeyOfNameKey(nameKey(s));
}

/** classNameKey of a name whose nameKey is `key`. */
export function classKeyOfNameKey(key: string): string {
  return key.replace(LEVEL_MARK_END, '').replace(ZHICHU_END, '');
}

/**
 * Parts a total is made of, when a text lists them all: the list is then complete even without
 * 其中 (a numbered list after "如下"), and a part in the next sentence still belongs to it.
 */
export const DECOMPOSITIONS: Partial<Record<Core, Core[][]>> = {
  basic: [
    ['personnel', 'public'],
    ['econ:301', 'econ:302', 'econ:303'],
  ],
  expense: [['basic', 'project']],
  'three-public': [['abroad', 'reception', 'vehicle']],
  vehicle: [['vehicle-purchase', 'vehicle-operation']],
  procurement: [['procurement-goods', 'procurement-works', 'procurement-services']],
};

/** The member of a decomposition a part's core stands for (公务用车运行 stands for the 用车 item of 三公). */
export function memberOf(head: Core, part: Core | undefined): Core[] | undefined {
  if (!part) return undefined;
  for (const set of DECOMPOSITIONS[head] ?? []) {
    if (set.includes(part)) return set;
    if ((part === 'vehicle-purchase' || part === 'vehicle-operation') && set.includes('vehicle')) return set;
  }
  return undefined;
}

/**
 * The sources a whole 收入 is listed by ('收入总计…,其中:' then '1.财政拨款收入…' '2.上级补助收入…' … '5.上年结转和结余…'):
 * not a decomposition — which of them a text lists varies, so they never prove a list whole — only what may stand
 * under it. A 收入 of one fund (财政拨款收入) is a source of the 收入 of all funds.
 */
const INCOME_SOURCES = new Set<Core>(['business-income', 'operating-income', 'superior-subsidy', 'affiliated-remit', 'other-income', 'carryover']);

export function sourceOfIncome(whole: Subject, part: Subject): boolean {
  if (whole.core !== 'income' || whole.fund !== 'all') return false;
  return part.core === 'income' ? part.fund !== 'all' : part.core !== undefined && INCOME_SOURCES.has(part.core);
}

/**
 * Whether `part` names a kind of what `head` names: a member of a decomposition of it (基本支出 of 支出), a source of a
 * 收入 (事业收入), or the head's own whole narrowed to one fund (单位资金收入 of 收入).
 */
export function kindOf(head: Subject, part: Subject): boolean {
  if (!head.core || !part.core) return false;
  if (memberOf(head.core, part.core) || sourceOfIncome(head, part)) return true;
  return part.core === head.core && head.fund === 'all' && part.fund !== 'all';
}

/** Every set of parts of every decomposition, listed once (siblings is asked for every figure of a breakdown). */
const PART_SETS: readonly Core[][] = Object.values(DECOMPOSITIONS).flatMap((sets) => sets ?? []);

/** Whether two cores are parts of one whole (人员经费 and 公用经费): neither is a part of the other. */
export function siblings(a: Core | undefined, b: Core | undefined): boolean {
  if (!a || !b || a === b) return false;
  return PART_SETS.some((set) => set.includes(a) && set.includes(b));
}

/** Whether the parts' cores cover a whole decomposition of the head's core. */
export function coversDecomposition(head: Core, parts: readonly (Core | undefined)[]): boolean {
  return (DECOMPOSITIONS[head] ?? []).some((set) =>
    set.every((m) => parts.some((p) => p === m || (m === 'vehicle' && (p === 'vehicle-purchase' || p === 'vehicle-operation')))),
  );
}

const CORE_NAMES: Partial<Record<Core, string>> = {
  'three-public': '“三公”经费',
  abroad: '因公出国（境）费',
  reception: '公务接待费',
  vehicle: '公务用车购置及运行费',
  'vehicle-purchase': '公务用车购置费',
  'vehicle-operation': '公务用车运行费',
  'admin-operating': '机关运行经费',
  basic: '基本支出',
  project: '项目支出',
  personnel: '人员经费',
  public: '公用经费',
  procurement: '政府采购',
};

const FUND_NAMES: Record<Fund, string> = {
  all: '',
  fiscal: '财政拨款',
  'general-budget': '一般公共预算',
  'gov-fund': '政府性基金预算',
  'state-capital': '国有资本经营预算',
  'special-account': '财政专户管理资金',
  'unit-funds': '单位资金',
};

/** What a subject is called in a message: the 科目 as written (its last name), a known total's name, or its words. */
export function displayName(s: Subject): string {
  if (s.path) {
    const last = s.path.steps[s.path.steps.length - 1];
    return `${last.name ?? ''}（${last.code ?? ''}${['类', '款', '项'][last.level - 1]}）`;
  }
  const known = s.core ? CORE_NAMES[s.core] : undefined;
  if (known) return isThreePublic(s.core) ? known : `${FUND_NAMES[s.fund]}${known}`;
  return s.text.length > 16 ? `…${s.text.slice(-14)}` : s.text;
}
