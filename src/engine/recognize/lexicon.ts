/**
 * The words of the standard tables, in one place: header words that mark a header row, column
 * labels → role / amount key / measure, summary item labels → line keys, title words → kind, and
 * the names of the 功能分类 类 (for lines printed as '六、科学技术支出' without a code).
 * All matching is done on label keys (normalizeLabel: half-width, no spaces).
 */
import type { ColumnRole, Measure, TableKind } from './types';
import type { CountLineKey, ItemKey, PlainColumnKey, ThreePublicLineKey } from '../model/keys';

/** Header words matched exactly (short words that also occur inside data labels). */
const EXACT_HEADER_WORDS = new Set([
  '序号',
  '行次',
  '栏次',
  '项目',
  '科目',
  '收入',
  '支出',
  '合计',
  '总计',
  '小计',
  '金额',
  '预算数',
  '决算数',
  '类',
  '款',
  '项',
  '功能分类',
  '经济分类',
  // 山东's 收支预算总表 prints its 支出 four ways side by side: 支出类别 | 政府预算经济分类 | 部门预算经济分类 | 功能分类.
  '支出类别',
  '政府预算经济分类',
  '部门预算经济分类',
  '一般公共预算',
  '政府性基金',
  '财政拨款',
  '非财政拨款',
  '单位资金',
  '事业收入',
  '经营收入',
  '其他收入',
  '数量',
  '单价',
  '计量单位',
]);

/** Header words matched inside a label ('2017年决算(万元)': a year's 预算 or 决算 headed without 数, its unit beside it). */
const CONTAINED_HEADER_WORDS =
  /^\d{4}年度?(预算|决算)(\([^()]*\))?$|^支出预算$|^(一般公共预算|政府性基金预算|国有资本经营预算)(财政拨款)?(基本)?支出$|科目编码|科目名称|科目代码|基本支出|项目支出|人员经费|公用经费|本年收入|上年结转|决算数|预算数|年初预算|资金性质|资金来源|三公|项目名称|财政拨款收入|财政拨款支出|经济分类科目|功能分类科目|政府采购|因公出国|公务接待|公务用车购置|机关运行经费/;

/**
 * The heads of a table listed by budget unit (单位编码 | 单位名称). Alone they do not open a header — a unit's grid of
 * 工资福利 items is no standard table — but beside a group over the figures ('当年财政拨款安排' over the “三公”) they do.
 */
export function isUnitListHead(key: string): boolean {
  return /^(单位|部门)(编码|代码|名称)$/.test(key);
}

/** True when the label is one of the short words a header cell is made of ('项目', '合计', '类' …). */
export function isExactHeaderWord(key: string): boolean {
  return EXACT_HEADER_WORDS.has(key);
}

/** True when the label is one a header row would carry. */
export function isHeaderWord(key: string): boolean {
  if (!key || key.length > 30) return false;
  return EXACT_HEADER_WORDS.has(key) || CONTAINED_HEADER_WORDS.test(key);
}

/** Words only a header carries below its first row (split code columns, sub-columns, 增加额 | 增加幅度 under a change group). */
export function isSubHeaderWord(key: string): boolean {
  return isHeaderWord(key) || /^(人员经费|公用经费|小计|合计)$/.test(key) || columnKeyOf(key, undefined) !== undefined || CHANGE_HEAD.test(key);
}

/** The head of a change column or its rate: 增加额, 增、减金额, 增减幅度, 增长率, 减少额 … */
const CHANGE_HEAD = /^(增加|减少|增减|增、减|增长|下降|变动)(额|金额|数|幅度|率|%)$/;

/** A percentage column: a share (比例, 占比, %) or a rate of change (增、减幅度, 增长率, 降幅). */
const PERCENT_HEAD = /%|％|比例|占比|比重|幅度|增幅|降幅|(增长|增减|下降|变动|完成|执行)率/;

/** Role of a leaf header label (its own label and the labels above it). */
export function columnRoleOf(label: string, path: string[]): ColumnRole {
  if (/^(序号|行次)$/.test(label)) return 'seq';
  if (label === '类') return 'code-lei';
  if (label === '款') return 'code-kuan';
  if (label === '项') return 'code-xiang';
  // A 单位编码 ('306', '306001') names a budget unit, not a 科目: read as text, never as a code.
  if (/^(单位|部门)(编码|代码)$/.test(label)) return 'text';
  if (/编码|代码/.test(label)) return 'code';
  // A qualifier after a name ('单位名称(科目)': a unit's name on its line, a 科目's on a coded one) leaves it a name column.
  const named = label.endsWith(')') ? label.replace(/\([^()]*\)$/, '') : label;
  if (named === '项目名称') return 'project-name';
  if (/名称$/.test(named) && (label.includes('科目') || path.some((p) => p.includes('科目')))) return 'name';
  // '年度' heads the label column of a table turned on its side, one line a year ('2015年', '2016年', '2016年比2015年增减%').
  if (/^(项目|科目|功能分类|经济分类|功能分类科目|经济分类科目|支出类别|(政府|部门)预算经济分类|年度|年份)$|内容$|^(采购|支出|建设)项目$|^(单位|部门)名称$/.test(named)) return 'item';
  if (/名称$/.test(named)) return 'text';
  if (label === '数量') return 'quantity';
  if (PERCENT_HEAD.test(label)) return 'percent';
  if (/日期|客户|备注|单价|计量|规格|说明|依据|目录|型号|^资金(来源|性质)$|^项目(类别|类型|单位)$|^实施(单位|主体)$|^采购(品目|方式|类别)$/.test(label)) return 'text';
  return 'amount';
}

/** The 项目支出表's 经济分类 columns (department classification 类), by their whole label. */
const ECONOMIC_COLUMNS = new Map<string, PlainColumnKey>([
  ['工资福利支出', 'econ:301'],
  ['商品和服务支出', 'econ:302'],
  ['对个人和家庭的补助', 'econ:303'],
  ['对个人和家庭的补助支出', 'econ:303'],
  ['债务利息及费用支出', 'econ:307'],
  ['资本性支出(基本建设)', 'econ:309'],
  ['资本性支出（基本建设）', 'econ:309'],
  ['资本性支出', 'econ:310'],
  ['对企业补助(基本建设)', 'econ:311'],
  ['对企业补助（基本建设）', 'econ:311'],
  ['对企业补助', 'econ:312'],
  ['对社会保障基金补助', 'econ:313'],
  ['其他支出', 'econ:399'],
]);

/** Amount column labels → key, first match wins. */
const COLUMN_KEYS: [RegExp, PlainColumnKey][] = [
  [/机关运行经费/, 'admin-operating'],
  [/合计$|^总计$/, 'total'],
  [/三公.*(小计|合计)/, 'three-public'],
  [/因公出国/, 'abroad'],
  // '公车购置及运行维护费' over 合计 | 车辆购置 | 车辆运行: the same figures under shorter names.
  [/公(务用)?车购置及运/, 'vehicle'],
  [/^(公务用车|公车|车辆)?购置(费)?$/, 'vehicle-purchase'],
  // '公车运行及维护' (渝中区's 汇总表): 公车 for 公务用车, 及 between 运行 and 维护.
  [/^(公务用车|公车|车辆)?运行(及)?(维护)?(费)?$|^运维(费)?$/, 'vehicle-operation'],
  [/公务接待/, 'reception'],
  [/非财政拨款结转/, 'carryover.nonfiscal'],
  [/财政拨款结转/, 'carryover.fiscal'],
  [/上年结转|年初结转/, 'carryover'],
  [/年末结转|年终结转/, 'year-end-carryover'],
  [/一般公共预算.*转移支付/, 'general-budget-transfer'],
  [/政府性基金.*转移支付/, 'gov-fund-transfer'],
  [/国有资本.*转移支付/, 'state-capital-transfer'],
  [/^基本支出/, 'basic'],
  [/^项目支出/, 'project'],
  [/^人员经费/, 'personnel'],
  [/^(日常)?公用经费/, 'public'],
  [/^经营支出/, 'operating-expense'],
  [/上解上级/, 'remit-superior'],
  [/对附属单位补助/, 'subsidy-affiliated'],
  [/^本年收入/, 'current-income'],
  [/财政专户/, 'special-account'],
  [/一般公共预算/, 'general-budget'],
  [/政府性基金|^基金预算/, 'gov-fund'],
  [/国有资本经营/, 'state-capital'],
  [/^非财政拨款/, 'nonfiscal'],
  [/财政拨款/, 'fiscal'],
  [/单位资金/, 'unit-funds'],
  [/经营收入/, 'operating-income'],
  [/事业收入/, 'business-income'],
  [/上级补助/, 'superior-subsidy'],
  [/附属单位上缴/, 'affiliated-remit'],
  [/其他收入/, 'other-income'],
];

// '本年预算' without 数: 湖南's 部门收支总体情况表 heads each side 项目 | 本年预算.
const MEASURE_LABELS = new Set(['预算数', '金额', '决算数', '年初预算数', '调整预算数', '全年预算数', '上年预算数', '本年预算数', '本年预算', '上年决算数', '预算金额', '决算金额', '执行数']);

/**
 * Figures whose 预算数 | 决算数 columns are printed under them (the 决算 三公 table: 合计, 因公出国（境）费 …
 * each over 预算数 | 决算数): such a measure column holds that figure, not a plain amount.
 */
const MEASURED_FIGURES = new Set<PlainColumnKey>(['total', 'three-public', 'abroad', 'reception', 'vehicle', 'vehicle-purchase', 'vehicle-operation', 'admin-operating']);

/**
 * Key of an amount column from its own label; `parentKey` is the key of the header above it
 * (a 小计 under 本年收入 is the current-income column; a 决算数 under 公务接待费 is the reception
 * column). undefined when the label names no known amount.
 */
export function columnKeyOf(label: string, parentKey: PlainColumnKey | undefined): PlainColumnKey | undefined {
  if (label === '小计') return parentKey ?? 'subtotal';
  // '合计' under the 公务用车 group is that group's figure, not the table's total.
  if (label === '合计' && parentKey === 'vehicle') return parentKey;
  const economic = ECONOMIC_COLUMNS.get(label);
  if (economic) return economic;
  for (const [re, key] of COLUMN_KEYS) if (re.test(label)) return key;
  if (MEASURE_LABELS.has(label)) return parentKey !== undefined && MEASURED_FIGURES.has(parentKey) ? parentKey : 'amount';
  return undefined;
}

/** 年初预算数 / 决算数 … → measure. */
export function measureOf(label: string): Measure | undefined {
  if (/年初预算/.test(label)) return 'initial-budget';
  if (/调整(后)?预算|全年预算/.test(label)) return 'adjusted-budget';
  if (/决算/.test(label)) return 'final';
  if (/上年/.test(label)) return 'prior-year';
  return undefined;
}

/** The names of the funds that contain the word 预算 (一般公共预算 …), for telling 预算 the measure apart. */
const FUND_NAMES = /一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算/g;

/** Says 预算 (a budget figure) of its own words, not as part of a fund's name. */
export function saysBudget(label: string): boolean {
  return /预算/.test(label.replace(FUND_NAMES, ''));
}

/** 预算数 / 预算金额: a column of the plain budget figure. */
export function isPlainBudgetLabel(label: string): boolean {
  return /预算数|预算金额/.test(label);
}

/** Summary line labels → key (the ordinal '一、' / '1.' and '其中：' already removed). First match wins. */
const ITEM_KEYS: [RegExp, ItemKey][] = [
  [/收入总计/, 'income-grand-total'],
  [/支出总计/, 'expense-grand-total'],
  [/^本年收入(合计|小计)?$/, 'current-income-total'],
  [/^本年支出(合计|小计)?$/, 'expense-total'],
  [/年终结转|年末.*结转/, 'year-end-carryover'],
  [/上年结转|年初.*结转/, 'carryover'],
  // 决算: the other lines between 本年收入/支出合计 and 总计.
  [/^使用非财政拨款结余|用事业基金弥补收支差额/, 'use-nonfiscal-balance'],
  [/^结余分配$/, 'balance-distribution'],
  [/一般公共预算.*转移支付/, 'general-budget-transfer'],
  [/政府性基金.*转移支付/, 'gov-fund-transfer'],
  [/国有资本.*转移支付/, 'state-capital-transfer'],
  [/非财政拨款/, 'nonfiscal'],
  [/财政专户/, 'special-account'],
  [/一般公共预算/, 'general-budget'],
  [/政府性基金预算/, 'gov-fund'],
  [/国有资本经营预算/, 'state-capital'],
  [/财政拨款/, 'fiscal'],
  [/单位资金/, 'unit-funds'],
  [/^(事业单位)?经营收入$/, 'operating-income'],
  [/^事业收入$/, 'business-income'],
  [/^上级补助收入$/, 'superior-subsidy'],
  [/^附属单位上缴收入$/, 'affiliated-remit'],
  [/^其他收入$/, 'other-income'],
];

/**
 * The “三公” parts by name, most specific first: the keys of 三公 table lines, and how the rules and
 * the draft tell a part by its words wherever it is printed (a column header, a 基本支出 line).
 */
const THREE_PUBLIC_KEYS: [RegExp, ThreePublicLineKey][] = [
  [/三公.*(小计|合计)/, 'three-public'],
  [/教学科研人员因公出国/, 'abroad-research'],
  [/其他因公出国/, 'abroad-other'],
  [/因公出国/, 'abroad'],
  [/公(务用)?车购置及运|^公务用车(费|经费)?(小计)?$/, 'vehicle'],
  [/公(务用)?车购置/, 'vehicle-purchase'],
  // '公务用车运转维护费' (奉新): 运转 beside 维护 is 运行, never another cost.
  [/公(务用)?车运([行维]|转维护)/, 'vehicle-operation'],
  [/公务接待/, 'reception'],
  [/机关运行经费/, 'admin-operating'],
];

/**
 * The characters as UTF-16 code units, for testing a text's first character by `charCodeAt` (`charAt`
 * makes a new string of every Chinese character it returns).
 */
export function charCodeSet(chars: string): ReadonlySet<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}

/** The first characters of any prefix stripItemPrefix strips: a label starting otherwise (most do) is left as it is. */
const ITEM_PREFIX_START = charCodeSet('一二三四五六七八九十(（0123456789其');

/** Strips '一、', '十二、', '1.', '(一)', '其中：' from a label key. */
export function stripItemPrefix(key: string): string {
  if (!ITEM_PREFIX_START.has(key.charCodeAt(0))) return key;
  return key
    .replace(/^[一二三四五六七八九十]+[、.．]/, '')
    .replace(/^[(（][一二三四五六七八九十\d]+[)）]/, '')
    .replace(/^\d{1,2}[、.．](?!\d)/, '')
    .replace(/^其中[:：]?/, '');
}

/** The depth of an item line's numbering: '一、' 1, '（一）' 2, '1.' 3, '（1）' 4. */
export type ItemRank = 1 | 2 | 3 | 4;

const NUMBERING: [RegExp, ItemRank][] = [
  [/^[一二三四五六七八九十]+\s*[、.．]/, 1],
  [/^[(（]\s*[一二三四五六七八九十]+\s*[)）]\s*[、.．]?/, 2],
  [/^\d{1,2}\s*[、.．](?!\d)/, 3],
  [/^[(（]\s*\d{1,2}\s*[)）]\s*[、.．]?/, 4],
];

/** '其中：' opening a label. */
export const OF_WHICH = /^其中\s*[:：]?/;

export interface ItemNumbering {
  /** The label without its numbering, trimmed. */
  text: string;
  rank?: ItemRank;
  /** A '其中：' line: a part that need not complete its item. */
  ofWhich: boolean;
}

/** An item label's numbering ('二、', '（一）', '1.', '（1）') or 其中, and its text without it. */
export function itemNumbering(label: string): ItemNumbering {
  const s = label.trim();
  const w = OF_WHICH.exec(s);
  if (w) return { text: s.slice(w[0].length).trim(), ofWhich: true };
  for (const [re, rank] of NUMBERING) {
    const m = re.exec(s);
    if (m) return { text: s.slice(m[0].length).trim(), rank, ofWhich: false };
  }
  return { text: s, ofWhich: false };
}

/** A 类 line printed '二十、住房保障支出' → '住房保障支出'; any other label as it is (trimmed). */
export function withoutChineseOrdinal(label: string): string {
  const n = itemNumbering(label);
  return n.rank === 1 ? n.text : label.trim();
}

export function itemKeyOf(key: string): ItemKey | undefined {
  const k = stripItemPrefix(key);
  for (const [re, v] of ITEM_KEYS) if (re.test(k)) return v;
  return undefined;
}

/**
 * 三公 lines that count, not spend: '相关统计数' and its '因公出国(境)团组数(个)', '公务用车保有量(辆)',
 * '公务接待人数(人)' …, printed in the same column as the amounts.
 */
const THREE_PUBLIC_COUNT = /统计数|[(（](个|人|辆|批|次|人次|台|团|组)[)）]$/;

/** The 三公 part a label names ('其中：公务用车运行维护费' → 'vehicle-operation'), or 'count' for a 统计数 line. */
export function threePublicKeyOf(key: string): ThreePublicLineKey | CountLineKey | undefined {
  const k = stripItemPrefix(key);
  if (THREE_PUBLIC_COUNT.test(k)) return 'count';
  for (const [re, v] of THREE_PUBLIC_KEYS) if (re.test(k)) return v;
  return undefined;
}

/** Whether a label carries the words of this 三公 part (a 基本支出 line 30217 must say 公务接待). */
export function namesThreePublicPart(key: ThreePublicLineKey, label: string): boolean {
  return THREE_PUBLIC_KEYS.some(([re, k]) => k === key && re.test(label));
}

/** Mentions the “三公” at all (a 三公 total printed without 小计 / 合计). */
export function mentionsThreePublic(label: string): boolean {
  return label.includes('三公');
}

/** Title words → kind, most specific first. */
const TITLE_KINDS: [RegExp, TableKind][] = [
  [/三公/, 'three-public'],
  [/结转结余/, 'carryover'],
  [/政府采购/, 'procurement'],
  [/资产/, 'assets'],
  [/绩效/, 'performance'],
  [/项目支出/, 'project-expense'],
  [/基本支出/, 'general-budget-basic-expense'],
  [/政府性基金/, 'gov-fund-expense'],
  [/国有资本经营/, 'state-capital-expense'],
  [/财政拨款收(入)?支(出)?/, 'fiscal-summary'],
  [/收(入)?支(出)?(决算|预算)?(总|情况)/, 'income-expense-summary'],
  [/一般公共预算.*支出/, 'general-budget-expense'],
  [/收入(决算|预算)?(总表|总体|情况|决算表|预算表)/, 'income-summary'],
  [/支出(决算|预算)?(总表|总体|情况|决算表|预算表)/, 'expense-summary'],
];

/** The fund a header names, for a 支出表 told by its header alone (政府性基金 before 一般公共预算: 'xx预算' names both). */
export function fundNamed(text: string): 'gov-fund' | 'state-capital' | 'general-budget' | undefined {
  if (text.includes('政府性基金')) return 'gov-fund';
  if (text.includes('国有资本经营')) return 'state-capital';
  if (text.includes('一般公共预算')) return 'general-budget';
  return undefined;
}

/** Speaks of 财政拨款 (the 财政拨款收支总表's header). */
export function mentionsAppropriation(text: string): boolean {
  return text.includes('财政拨款');
}

/** Speaks of 结转 (the 上年结转结余情况表's header). */
export function mentionsCarryover(text: string): boolean {
  return text.includes('结转');
}

/** A 决算 (final accounts) title. */
export function namesFinal(title: string): boolean {
  return title.includes('决算');
}

/** A 预算 title of its own words ('…“三公”经费预算情况表'), not one of a budget's execution (执行 / 完成). */
export function namesBudget(title: string): boolean {
  return saysBudget(title) && !/执行|完成/.test(title);
}

/** A line labelled just 合计 or 总计: the total of the table it stands in. */
export function isBareTotal(label: string): boolean {
  return label === '合计' || label === '总计';
}

/** A line labelled just 总计 (the grand total of the side it stands on). */
export function isBareGrandTotal(label: string): boolean {
  return label === '总计';
}

export function kindFromTitle(titleKey: string): TableKind | undefined {
  for (const [re, kind] of TITLE_KINDS) if (re.test(titleKey)) return kind;
  return undefined;
}

/** A text that reads as a table title: names a table and is not a sentence. */
export function looksLikeTitle(key: string): boolean {
  if (key.length < 4 || key.length > 80) return false;
  if (/[，。；]/.test(key)) return false;
  return /表(\(|（|$)|表[一二三四五六七八九十\d]*$|情况表|明细表|总表|政府采购预算$/.test(key) || isComparisonCaption(key);
}

/**
 * '2016年决算数与2015年决算数对比情况': a comparison's caption printed without 表 — the table's title, though it names
 * two years' figures rather than the table (so messages call the table by its kind).
 */
export function isComparisonCaption(key: string): boolean {
  return /(预算|决算)数?.*对比情况$/.test(key);
}

/**
 * '表1', '表 10', '附表3', '表一' — the caption printed above a title; and a form number printed beside or above it,
 * '公开01表', '财决01-1表', '国卫财01-1表', '部门公开表02' (ending in 表, it would otherwise pass for the title).
 */
export function isCaption(key: string): boolean {
  return /^(附)?表[一二三四五六七八九十\d]+(-\d+)?$|^附件[一二三四五六七八九十\d]*[.．:：]?$/.test(key) || isFormNumber(key);
}

function isFormNumber(key: string): boolean {
  return /^(部门)?(公开|财决|决算|预算|国卫财)(\d{1,3}(-\d{1,3})?表|表\d{1,3}(-\d{1,3})?)$/.test(key);
}

/** A heading over the paragraphs of explanation printed under a table: '“三公”经费口径说明', '填报说明', '名词解释'. */
export function isNoteHeading(key: string): boolean {
  return /(口径|填报|填表|编制)说明[:：]?$|^名词解释[:：]?$/.test(key);
}

const NOTE_START = charCodeSet('注备说');

/** '注：…', '备注：…', '说明：…' under a table. */
export function isNote(key: string): boolean {
  return NOTE_START.has(key.charCodeAt(0)) && /^(注|备注|说明|注释)\d*[:：]/.test(key);
}

// ---------------------------------------------------------------- what a column or line says of itself

/** A line's summary role by its label: 合计 a total, 总计 a grand total, 小计 a subtotal. */
export function summaryRoleOf(key: string): 'total' | 'grand-total' | 'subtotal' | undefined {
  if (key.endsWith('合计')) return 'total';
  if (key.endsWith('总计')) return 'grand-total';
  if (key.includes('小计')) return 'subtotal';
  return undefined;
}

/** The label of a table's total line: 合计, 总计, 收入总计, 本年支出合计. */
export function isTotalLineLabel(key: string): boolean {
  return /^(合计|总计|(收入|支出)总计|本年(收入|支出)合计)$/.test(key);
}

/** A title that says its table goes on from a page before ('…（续）', '续表'). */
export function saysContinued(title: string): boolean {
  return /续/.test(title);
}

/** A title repeated on a new page ('部门预算支出总表（续）', '续表'): the title without its 续; undefined for any other text. */
export function withoutContinued(key: string): string | undefined {
  return saysContinued(key) ? key.replace(/[(（]?续(表)?[)）]?$/, '') : undefined;
}

/** A sign-off line under a table: 制表, 审核, 负责人, 打印日期 … */
export function isSignOff(key: string): boolean {
  return /^(制表|填表|审核|复核|负责人|联系人|填报人|单位负责人|财务负责人|主管会计|打印日期|报送日期)/.test(key);
}

/**
 * A column of an accounting statement's balances (期末数, 期初数, 期末余额): the 行政事业单位 accounting system's
 * 收入支出表 prints 年初预算数 (or 年初数) | 期末数. It is not one of the standard 预算 / 决算 tables, whose
 * figures are 预算数 and 决算数, and its equations are not theirs.
 */
export function namesAccountingBalance(label: string): boolean {
  return /期末数|期初数|期末余额|期初余额/.test(label);
}

/** A column label ending in 数 (预算数, 决算数, 上年数): it says which measure it holds. */
export function endsWithMeasureWord(label: string): boolean {
  return /数$/.test(label);
}

/** A top header naming the income side (收入, 本年收入). */
export function namesIncomeSide(top: string): boolean {
  return /收入$|^收入/.test(top);
}

/** A top header naming the expense side (支出, 本年支出). */
export function namesExpenseSide(top: string): boolean {
  return /支出$|^支出/.test(top);
}

/** The first cell of a column-number row: 栏次 (栏次1, 栏次 …) or 行次. */
export function opensColumnNumberRow(key: string): boolean {
  return /^栏次|^行次$/.test(key);
}

/** 栏次 / 行次 as a cell of its own. */
export function isColumnNumberWord(key: string): boolean {
  return /^(栏次|行次)$/.test(key);
}

/**
 * '栏次' as a cell of its own: it labels the line of column numbers, never a column — also when a
 * template prints it in the item column beside the lowest header labels ('栏次 | … | 增加额 | 增加幅度').
 */
export function labelsColumnNumbers(key: string): boolean {
  return key === '栏次';
}

/** A column label: words other than 栏次 / 行次, 类 / 款 / 项 and the 列次 letters 甲, 乙 …, which a column-number row may hold. */
export function namesAColumn(key: string): boolean {
  return /[\u4e00-\u9fff]/.test(key.replace(/栏次|行次|[类款项甲乙丙丁戊己]/g, ''));
}

/** A cell of the national 决算 template's column-number row: 类 | 款 | 项 | 栏次 | 1 | 2 … */
export function isColumnNumberRowCell(key: string): boolean {
  return /^(类|款|项|类款项|栏次|行次|\d{1,2})$/.test(key);
}

/** 合计 / 总计 / 小计 in a header: a column that sums others. */
export function namesSummary(label: string): boolean {
  return /合计|总计|小计/.test(label);
}

/** 合计 / 总计 (not a 小计). */
export function namesTotal(label: string): boolean {
  return /合计|总计/.test(label);
}

/** A bare '小计' / '合计' header, named after the group above it. */
export function isBareSummary(label: string): boolean {
  return /^(小计|合计)$/.test(label);
}

/** A change against last year (增减, 增长, 比上年 …): may be negative, and is no part of a sum. */
export function namesChange(label: string): boolean {
  return /增减|增长|变动|差额|比上年/.test(label);
}

/**
 * A line of rates of change in a table turned on its side ('2016年比2015年增减%', '增长率'): its figures are percentages,
 * not amounts to add.
 */
export function namesRateLine(label: string): boolean {
  return PERCENT_HEAD.test(label) && namesRateOfChange(label);
}

/** A percentage column of change (增减%, 增长率, 增幅, 同比): unlike a share, it may pass 100 %. */
export function namesRateOfChange(label: string): boolean {
  return /增减|增长|增幅|变动|变化|同比|比上年/.test(label);
}

/** A share (%, 比例, 占比): no part of a sum. */
export function namesShare(label: string): boolean {
  return /%|％|比例|占比/.test(label);
}

/** A column of last year's figures (上年决算数, 上年预算数). */
export function namesLastYear(label: string): boolean {
  return label.includes('上年');
}

/**
 * Last year's figure by its own words ('上年决算数', '上年年初预算数', '上年执行数'), unlike '上年结转' — money carried into
 * this year — or '比上年', a change.
 */
export function namesLastYearsFigure(label: string): boolean {
  return /(?<!比)上年度?(年初|全年|调整后?)?(预算|决算|执行)/.test(label);
}

/** A column of this year's figures (本年决算数, 当年预算数). */
export function namesThisYear(label: string): boolean {
  return /本年|当年/.test(label);
}

/** A balance (结余): may be negative. */
export function namesBalance(label: string): boolean {
  return label.includes('结余');
}

/** The 人员经费 or 公用经费 side a label names (人员经费合计 / 公用经费合计). */
export function basicSideOf(label: string): 'personnel' | 'public' | undefined {
  if (label.includes('人员经费')) return 'personnel';
  if (label.includes('公用经费')) return 'public';
  return undefined;
}

/** 预算数 / 决算数 … as the last header of a column: which measure of the figure above it. */
export function isMeasureLabel(label: string): boolean {
  return MEASURE_LABELS.has(label);
}

/** Assets not counted per piece (房屋, 土地 …) or a total line of the 国有资产占有表. */
export function isRealEstateOrTotal(label: string): boolean {
  return /房屋|土地|构筑物|用房|总额|合计/.test(label);
}

/** A 项目支出表 titled 一般公共预算 / 财政拨款 details the appropriations only (not all funds). */
export function titleLimitsToAppropriations(title: string): boolean {
  return /一般公共预算|财政拨款/.test(title);
}

/** '表1、2025年部门收入预算总表' → '部门收入预算总表': a title without its caption number and year. */
export function titleWithoutCaptionAndYear(title: string): string {
  return title
    .replace(/\s+/g, '')
    .replace(/^表[\d０-９]+[、.．]?/, '')
    .replace(/^[\d０-９]{4}年度?/, '');
}

// ---------------------------------------------------------------- an imported 《政府收支分类科目》

/** The header of a catalog's code column: 科目编码, 编码, 代码, code. */
export function isCatalogCodeHeader(text: string): boolean {
  return /^(科目)?(编码|代码|编号)$|科目编码|分类编码|^code$/i.test(text);
}

/** The header of a catalog's name column: 科目名称, 名称, name. */
export function isCatalogNameHeader(text: string): boolean {
  return /名称|^name$/i.test(text);
}

// ---------------------------------------------------------------- notes under a table

/** The note declares the table empty (空表). */
export function declaresEmpty(note: string): boolean {
  return note.includes('空表');
}

/**
 * The note gives the reason its figures changed ('二、“三公”经费增减变化原因说明:实行厉行节约'), not the template's request
 * for one ('请对“三公”经费增减变化原因等进行说明') nor an empty answer ('增减变化原因说明：无').
 */
export function statesChangeReason(note: string): boolean {
  return /增减(?:变化|变动)?(?:的)?原因(?:说明)?\s*[:：]\s*(?!无(?:[。；;，,]|\s*$))[^\s。；;，,：:]{2,}/.test(note);
}

/** The note says why the table is empty (“本部门无政府性基金预算收支，故本表为空表”). */
export function explainsEmptiness(note: string): boolean {
  return /空表|无(数据|收支|支出|收入|此项|相关)|未(安排|发生|使用)|没有/.test(note);
}

// ---------------------------------------------------------------- who and when

/** The end of an organisation's name: 局, 委员会, 中心, 街道办事处, 镇人民政府 …, with a part in brackets or 本级. */
const ORGANISATION = /(局|委|办|办事处|中心|院|所|馆|站|队|会|部|厅|处|室|校|园|社|司|署|团|宫|台|厂|场|科|政府|街道|镇|乡)(\(.*\)|（.*）)?(本级)?$/;

/** Reads as the name of an organisation ('上海市普陀区建设和管理委员会'). */
export function looksLikeOrganisation(name: string): boolean {
  return ORGANISATION.test(name);
}

/** The label in front of a department's name: '编制单位：', '部门（单位）名称：' … */
const DEPARTMENT_LABEL = /^\s*(?:编制部门|编制单位|单位名称|部门名称|预算单位|填报单位|部门[(（]单位[)）]名称)\s*[:：]\s*/;

/**
 * The name after a department label ('编制单位：XX局' → 'XX局'); undefined when the text has no such
 * label. With `bare`, a plain '部门：' / '单位：' counts too (a line above a table, its unit taken out).
 */
export function labelledDepartment(text: string, bare = false): string | undefined {
  const m = DEPARTMENT_LABEL.exec(text) ?? (bare ? /^\s*(?:部门|单位)\s*[:：]\s*/.exec(text) : null);
  return m ? text.slice(m[0].length) : undefined;
}

/** Text without a department label in front. */
export function withoutDepartmentLabel(text: string): string {
  return text.replace(DEPARTMENT_LABEL, '');
}

/** '编制单位：XX局    单位：万元   2025年' → the text without its unit and year parts. */
export function withoutUnitAndYear(text: string): string {
  return text.replace(/[（(]?(金额)?单位\s*[:：]\s*(人民币)?\s*(亿元|万元|千元|元)[)）]?/g, ' ').replace(/(预算年度\s*[:：]?\s*)?\d{4}\s*年度?/g, ' ');
}

/** '注：XX局本年度没有…': the department a 空表 note names. */
export function departmentInNote(text: string): string | undefined {
  return /^\s*(?:注|说明|备注)\s*[:：]\s*(.{4,40}?)(?:本年度|\d{4}\s*年度?)(?:没有|无|未)/.exec(text)?.[1];
}

/** 'XX局2024年度部门决算' (a cover or an explanation's title): the department it names. */
export function departmentInTitle(text: string): string | undefined {
  return /^(?:第[一二三四五六七八九十]+部分\s*)?(.{4,40}?)\s*\d{4}\s*年度?\s*(?:部门|单位)\s*(?:预算|决算)/.exec(text)?.[1];
}

/** '表3-1 XX局' → ' XX局': the table number printed in front of a line. */
export function withoutTableNumber(text: string): string {
  return text.replace(/^表\s*\d+(?:[-—.－]\d+)*/, '');
}

/** '预算年度：2025' → 2025. */
export function statedBudgetYear(text: string): number | undefined {
  const m = /预算年度[:：]?\s*(\d{4})/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** A year written with 年 ('2025年', '2024 年度'), not part of a longer number. */
const YEAR_WITH_NIAN = /(?:^|[^\d])(20\d{2}|19\d{2})\s*年/;
const YEARS_WITH_NIAN = new RegExp(YEAR_WITH_NIAN.source, 'g');

/** The year a text names ('2025年预算数', '…2024年度'), not part of a longer number. */
export function yearNamed(text: string): number | undefined {
  const m = YEAR_WITH_NIAN.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** The distinct years a text names, in order ('2017年决算比上年增减情况' → [2017]). */
export function yearsNamed(text: string): number[] {
  return [...new Set(Array.from(text.matchAll(YEARS_WITH_NIAN), (m) => Number(m[1])))];
}

/** Whether a label names this year as a number of its own ('2025年预算数', '2025 预算'), not inside a longer number. */
export function namesYear(label: string, year: number): boolean {
  return new RegExp(`(?:^|\\D)${year}(?!\\d)`).test(label);
}

/** The year of the report a text names: '预算年度：2025', '2025年部门预算', '2024年度决算'. */
export function reportYearNamed(text: string): number | undefined {
  const m = /(?:预算年度|决算年度|年度)[:：]?\s*(\d{4})|(\d{4})\s*年度?\s*(?:部门|单位)?\s*(?:预算|决算)/.exec(text);
  return m ? Number(m[1] ?? m[2]) : undefined;
}

/** The label of a project card's name cell (绩效目标表 printed one card a project). */
export function isProjectNameLabel(label: string): boolean {
  return label === '项目名称';
}

const PROJECT_AMOUNT_LABELS = new Set(['预算数', '年度预算总额', '年度预算总额:', '项目资金', '预算金额', '资金总额', '年度资金总额', '项目总金额']);

/** The label of a project card's amount cell (年度预算总额, 项目资金 …). */
export function isProjectAmountLabel(label: string): boolean {
  return PROJECT_AMOUNT_LABELS.has(label);
}

/** A sheet that holds the 情况说明 text ('情况说明', '文字说明', '公开文本'). */
export function isNarrativeSheetName(name: string): boolean {
  return /说明|文字|公开文本|narrative/i.test(name);
}

/** A name that already says it is an explanation (说明). */
export function saysExplanation(name: string): boolean {
  return name.includes('说明');
}

/** Text that speaks of money or shares (万元, %, 预算 …): explanation prose rather than a label. */
export function speaksOfMoney(text: string): boolean {
  return /万元|元|%|％|预算|决算/.test(text);
}

/** '本部门' / '本单位': how a text refers to itself, not a name. */
export function isSelfReference(name: string): boolean {
  return /^本(部门|单位)/.test(name);
}

/** The standard 功能分类 类 by name, for summary lines printed without a code. */
export const LEI_BY_NAME: ReadonlyMap<string, string> = new Map([
  ['一般公共服务支出', '201'],
  ['外交支出', '202'],
  ['国防支出', '203'],
  ['公共安全支出', '204'],
  ['教育支出', '205'],
  ['科学技术支出', '206'],
  ['文化旅游体育与传媒支出', '207'],
  ['文化体育与传媒支出', '207'],
  ['社会保障和就业支出', '208'],
  ['社会保险基金支出', '209'],
  ['卫生健康支出', '210'],
  ['医疗卫生与计划生育支出', '210'],
  ['节能环保支出', '211'],
  ['城乡社区支出', '212'],
  ['农林水支出', '213'],
  ['交通运输支出', '214'],
  ['资源勘探工业信息等支出', '215'],
  ['资源勘探信息等支出', '215'],
  ['商业服务业等支出', '216'],
  ['金融支出', '217'],
  ['援助其他地区支出', '219'],
  ['自然资源海洋气象等支出', '220'],
  ['国土海洋气象等支出', '220'],
  ['住房保障支出', '221'],
  ['粮油物资储备支出', '222'],
  ['国有资本经营预算支出', '223'],
  ['灾害防治及应急管理支出', '224'],
  ['预备费', '227'],
  ['其他支出', '229'],
  ['转移性支出', '230'],
  ['债务还本支出', '231'],
  ['债务付息支出', '232'],
  ['债务发行费用支出', '233'],
  ['抗疫特别国债安排的支出', '234'],
]);

/** The year in a catalog's title ('2025年政府收支分类科目'). */
export const YEAR_IN_TITLE = /(20\d\d)\s*年/;

/** A sentence's punctuation: text in figure columns that has it is a remark (plausibility.ts); a line without it may be a title (narrative wording.ts). */
export const SENTENCE_PUNCTUATION = /[。；;，,：:]/;
