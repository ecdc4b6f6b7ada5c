/**
 * The words of the standard tables, in one place: header words that mark a header row, column
 * labels → role / amount key / measure, summary item labels → line keys, title words → kind, and
 * the names of the 功能分类 类 (for lines printed as '六、科学技术支出' without a code).
 * All matching is done on label keys (normalizeLabel: half-width, no spaces).
 */
import type { ColumnRole, Measure, TableKind } from './types';

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

/** Header words matched inside a label. */
const CONTAINED_HEADER_WORDS =
  /^支出预算$|^(一般公共预算|政府性基金预算|国有资本经营预算)(财政拨款)?(基本)?支出$|科目编码|科目名称|科目代码|基本支出|项目支出|人员经费|公用经费|本年收入|上年结转|决算数|预算数|年初预算|资金性质|资金来源|三公|项目名称|财政拨款收入|财政拨款支出|经济分类科目|功能分类科目|政府采购|因公出国|公务接待|公务用车购置|机关运行经费/;

/** True when the label is one of the short words a header cell is made of ('项目', '合计', '类' …). */
export function isExactHeaderWord(key: string): boolean {
  return EXACT_HEADER_WORDS.has(key);
}

/** True when the label is one a header row would carry. */
export function isHeaderWord(key: string): boolean {
  if (!key || key.length > 30) return false;
  return EXACT_HEADER_WORDS.has(key) || CONTAINED_HEADER_WORDS.test(key);
}

/** Words only a header carries below its first row (split code columns, sub-columns). */
export function isSubHeaderWord(key: string): boolean {
  return isHeaderWord(key) || /^(人员经费|公用经费|小计|合计)$/.test(key) || columnKeyOf(key, undefined) !== undefined;
}

export interface ColumnMeaning {
  role: ColumnRole;
  key?: string;
  measure?: Measure;
}

/** Role of a leaf header label (its own label and the labels above it). */
export function columnRoleOf(label: string, path: string[]): ColumnRole {
  if (/^(序号|行次)$/.test(label)) return 'seq';
  if (label === '类') return 'code-lei';
  if (label === '款') return 'code-kuan';
  if (label === '项') return 'code-xiang';
  // A 单位编码 ('306', '306001') names a budget unit, not a 科目: read as text, never as a code.
  if (/^(单位|部门)(编码|代码)$/.test(label)) return 'text';
  if (/编码|代码/.test(label)) return 'code';
  if (label === '项目名称') return 'project-name';
  if (/名称$/.test(label) && (label.includes('科目') || path.some((p) => p.includes('科目')))) return 'name';
  if (/^(项目|科目|功能分类|经济分类|功能分类科目|经济分类科目)$|内容$|^(采购|支出|建设)项目$|^(单位|部门)名称$/.test(label)) return 'item';
  if (/名称$/.test(label)) return 'text';
  if (label === '数量') return 'quantity';
  if (/%|比例|占比|比重|增长率|增幅/.test(label)) return 'percent';
  if (/日期|客户|备注|单价|计量|规格|说明|依据|目录|型号|^资金(来源|性质)$|^项目(类别|类型|单位)$|^实施(单位|主体)$|^采购(品目|方式|类别)$/.test(label)) return 'text';
  return 'amount';
}

/** The 项目支出表's 经济分类 columns (department classification 类). */
const ECONOMIC_COLUMNS: [RegExp, string][] = [
  [/^工资福利支出$/, 'econ:301'],
  [/^商品和服务支出$/, 'econ:302'],
  [/^对个人和家庭的补助(支出)?$/, 'econ:303'],
  [/^债务利息及费用支出$/, 'econ:307'],
  [/^资本性支出\(基本建设\)$|^资本性支出（基本建设）$/, 'econ:309'],
  [/^资本性支出$/, 'econ:310'],
  [/^对企业补助\(基本建设\)$|^对企业补助（基本建设）$/, 'econ:311'],
  [/^对企业补助$/, 'econ:312'],
  [/^对社会保障基金补助$/, 'econ:313'],
  [/^其他支出$/, 'econ:399'],
];

/** Amount column labels → key, first match wins. */
const COLUMN_KEYS: [RegExp, string][] = [
  [/机关运行经费/, 'admin-operating'],
  [/合计$|^总计$/, 'total'],
  [/三公.*(小计|合计)/, 'three-public'],
  [/因公出国/, 'abroad'],
  [/公务用车购置及运/, 'vehicle'],
  [/^(公务用车)?购置(费)?$/, 'vehicle-purchase'],
  [/^(公务用车)?运行(维护)?(费)?$|^运维(费)?$/, 'vehicle-operation'],
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

const MEASURE_LABEL = /^(预算数|金额|决算数|年初预算数|调整预算数|全年预算数|上年预算数|本年预算数|上年决算数|预算金额|决算金额|执行数)$/;

/**
 * Figures whose 预算数 | 决算数 columns are printed under them (the 决算 三公 table: 合计, 因公出国（境）费 …
 * each over 预算数 | 决算数): such a measure column holds that figure, not a plain amount.
 */
const MEASURED_FIGURES = new Set(['total', 'three-public', 'abroad', 'reception', 'vehicle', 'vehicle-purchase', 'vehicle-operation', 'admin-operating']);

/**
 * Key of an amount column from its own label; `parentKey` is the key of the header above it
 * (a 小计 under 本年收入 is the current-income column; a 决算数 under 公务接待费 is the reception
 * column). undefined when the label names no known amount.
 */
export function columnKeyOf(label: string, parentKey: string | undefined): string | undefined {
  if (label === '小计') return parentKey ?? 'subtotal';
  for (const [re, key] of ECONOMIC_COLUMNS) if (re.test(label)) return key;
  for (const [re, key] of COLUMN_KEYS) if (re.test(label)) return key;
  if (MEASURE_LABEL.test(label)) return parentKey && MEASURED_FIGURES.has(parentKey) ? parentKey : 'amount';
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

/** Summary line labels → key (the ordinal '一、' / '1.' and '其中：' already removed). First match wins. */
const ITEM_KEYS: [RegExp, string][] = [
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

/** 三公 table line labels → key. */
const THREE_PUBLIC_KEYS: [RegExp, string][] = [
  [/三公.*(小计|合计)/, 'three-public'],
  [/教学科研人员因公出国/, 'abroad-research'],
  [/其他因公出国/, 'abroad-other'],
  [/因公出国/, 'abroad'],
  [/公务用车购置及运|^公务用车(费|经费)$/, 'vehicle'],
  [/公务用车购置/, 'vehicle-purchase'],
  [/公务用车运行/, 'vehicle-operation'],
  [/公务接待/, 'reception'],
  [/机关运行经费/, 'admin-operating'],
];

/** Strips '一、', '十二、', '1.', '(一)', '其中：' from a label key. */
export function stripItemPrefix(key: string): string {
  return key
    .replace(/^[一二三四五六七八九十]+[、.．]/, '')
    .replace(/^[(（][一二三四五六七八九十\d]+[)）]/, '')
    .replace(/^\d{1,2}[、.．](?!\d)/, '')
    .replace(/^其中[:：]?/, '');
}

export function itemKeyOf(key: string): string | undefined {
  const k = stripItemPrefix(key);
  for (const [re, v] of ITEM_KEYS) if (re.test(k)) return v;
  return undefined;
}

/**
 * 三公 lines that count, not spend: '相关统计数' and its '因公出国(境)团组数(个)', '公务用车保有量(辆)',
 * '公务接待人数(人)' …, printed in the same column as the amounts.
 */
const THREE_PUBLIC_COUNT = /统计数|[(（](个|人|辆|批|次|人次|台|团|组)[)）]$/;

export function threePublicKeyOf(key: string): string | undefined {
  const k = stripItemPrefix(key);
  if (THREE_PUBLIC_COUNT.test(k)) return 'count';
  for (const [re, v] of THREE_PUBLIC_KEYS) if (re.test(k)) return v;
  return undefined;
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

export function kindFromTitle(titleKey: string): TableKind | undefined {
  for (const [re, kind] of TITLE_KINDS) if (re.test(titleKey)) return kind;
  return undefined;
}

/** A text that reads as a table title: names a table and is not a sentence. */
export function looksLikeTitle(key: string): boolean {
  if (key.length < 4 || key.length > 80) return false;
  if (/[，。；]/.test(key)) return false;
  return /表(\(|（|$)|表[一二三四五六七八九十\d]*$|情况表|明细表|总表|政府采购预算$/.test(key);
}

/** '表1', '表 10', '附表3', '表一' — the caption printed above a title. */
export function isCaption(key: string): boolean {
  return /^(附)?表[一二三四五六七八九十\d]+(-\d+)?$/.test(key);
}

/** '注：…', '备注：…', '说明：…' under a table. */
export function isNote(key: string): boolean {
  return /^(注|备注|说明|注释)\d*[:：]/.test(key);
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
