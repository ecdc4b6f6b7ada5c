/**
 * The words of 情况说明 prose that give a figure its meaning: which way a change goes (增加 / 减 /
 * 增幅 …), what it is compared with (比上年预算 / 较2020年度决算数 / 同比), which measure a figure
 * is (预算数 / 年初预算 / 决算数 / 执行数), which percentage is a completion rate, and which figures
 * are limits rather than reported amounts; what explains a change, what says a fund has nothing, the
 * headers of a table pasted into the text. The narrative's vocabulary of prose, beside the lexicon of
 * table labels (recognize/lexicon). All patterns apply to half-width text.
 */
import type { Core, Fund } from './subjects';

/** +1 增加, -1 减少. */
export type Direction = 1 | -1;

/** 预算数, 年初预算, 调整预算 (全年预算), 决算数, 执行数 (an earlier year's 预算执行数). */
export type Measure = 'budget' | 'initial-budget' | 'adjusted-budget' | 'final' | 'execution';

// 增收 / 增支, 减收 / 减支: a revenue's or an expenditure's change in 预算执行 reports ('比上年减收1070万元').
// 调增 / 调减: a budget adjustment's change on the budget before it ('由年初预算…调整为…，调增2960.79万元').
/** The words of such a change, in a figure's label ('调减16000万元'). */
export const ADJUSTMENT_WORD = /调[增减]/;
const UP = '增加了|增加|增长了|增长|上升了|上升|提高了|提高|增多|新增了|新增|超支|增收|增支|调增了|调增';
// '负增长1.21%': negative growth is a fall (before 增长, which the scan would otherwise find one character on).
const DOWN = '负增长了|负增长|减少了|减少|下降了|下降|降低了|降低|节约了|节约|压减了|压减|缩减|节省|减收|减支|调减了|调减';
/**
 * A direction word right before a figure (amount or percent). 增 / 减 alone only right before the number. '比上年减少支出0.88亿元':
 * the spending a change is of may stand between the word and the figure.
 */
export const DIRECTION_BEFORE = new RegExp(`(?:(${UP})|(${DOWN})|(增)|(减))\\s*(?:(?<=[加少])支出)?\\s*(?:为|了|达|约)?\\s*$`);
/** '(减少)16.23万元', '(减)幅23%': a direction word in brackets reads as the word itself ('下降（增长）' stays both ways). */
export function unbracketDirections(label: string): string {
  // Most labels have no bracket at all: they are returned without running the pattern.
  return BRACKET_OPEN.test(label) ? label.replace(BRACKETED_DIRECTION, '$1') : label;
}

const BRACKET_OPEN = /[(（]/;
const BRACKETED_DIRECTION = /(?<![增减加少长降升])[(（]\s*(增加|减少|增长|下降|增|减)\s*[)）]/g;

const WAY_PAIR_BEFORE = new RegExp(`(?:(${UP})|(${DOWN}))\\s*[(（]\\s*(?:(${UP})|(${DOWN}))\\s*[)）]\\s*(?:为|了)?\\s*$`);
/**
 * '较上年增加(减少)0万元': a template's way word with its opposite in brackets right before the figure. The
 * figure is a change, but which way it went the words do not say.
 */
export function bothWaysBefore(label: string): boolean {
  const m = WAY_PAIR_BEFORE.exec(label);
  return !!m && !!(m[1] ?? m[3]) && !!(m[2] ?? m[4]);
}

/**
 * '比 2024 年度减增加': a direction word right after a word of the other way (a PDF extraction lost
 * or doubled a word). Which way the figure went cannot be read: it is not checked, and the words are.
 */
export function garbledBefore(before: string, direction: Direction): boolean {
  return direction > 0 ? /(?<![无有压缩削])[减降]\s*$/.test(before) : /(?<![无有])[增升]\s*$/.test(before);
}

/**
 * '…支出?8639万元': a copy whose encoding was damaged shows '?' (or U+FFFD) where characters were lost,
 * and digits of the figure may be among them (48639 read as 8639): the figure cannot be read for certain.
 */
export const LOST_CHARACTER_END = /[?\uFFFD]$/;

/** Direction words of both ways run together before a figure ('减增加21.90万元', '增下降5%'), or '大小于'. */
export const GARBLED_DIRECTION = /(?<![无有压缩削])(?:[减降]\s*(?:增加|增长|上升|提高)|[增升]\s*(?:减少|下降|降低))(?=\s*(?:了|为)?\s*\d)|(?:大\s*小于|小\s*大于|高\s*低于|低\s*高于|多\s*少于|少\s*多于)/g;

/** A word for the rate of a change right before a percentage. */
/** '降幅为', '降幅达到38.7%'. */
export const RATE_BEFORE = /(?:(增幅|增长率|增长幅度|上升幅度|涨幅)|(降幅|减幅|下降幅度|下降率|减少幅度|降低幅度)|(变动率|变化率|变动幅度))\s*(?:为|是|达到|达|约)?\s*$/;
export const UP_WORD = new RegExp(`(?<!负)(?:${UP}|增幅|增长率|增(?!值))`);
export const DOWN_WORD = new RegExp(`${DOWN}|降幅|减幅|减(?!免)`);

/**
 * A figure that is the difference of two figures of one year: 决算 against 预算 ('决算数大于预算数
 * 55.93万元' — which way in the words; '完成预算49531万元的85.0%,短收7431万元' — revenue short of its
 * budget, 超收 over it), or of two figures just stated ('年初预算为2.95万元,差值为0.9万元'
 * — no way given: 差值 is written unsigned). '用事业基金弥补收支差额0万元' is the name of an income line, not a difference.
 */
export const DIFFERENCE_BEFORE =
  /(?:(?:决算数?|支出决算数?|实际支出)?\s*(?:(大于|高于|超过|超出|多于)|(小于|低于|少于))\s*(年初|调整)?\s*预算数?|(差值|(?<!弥补收支)差额|相差)|(超收)|(短收))\s*(?:为|是|了|达|约)?\s*$/;

/** The way of a difference read by DIFFERENCE_BEFORE: +1 决算 above 预算, -1 below, undefined for an unsigned 差值. */
export function differenceWay(m: RegExpExecArray): Direction | undefined {
  return m[1] || m[5] ? 1 : m[2] || m[6] ? -1 : undefined;
}

const DIFFERENCE_WORD_END = ['预算', '预算数', '差值', '差额', '相差', '超收', '短收'];
const COPULA = '为是了达约';

/**
 * DIFFERENCE_BEFORE.exec(s), with the pattern run only on a label that ends as it must (预算, 预算数,
 * 差值, 差额 or 相差, then at most one 为 / 是 / 了 / 达 / 约): the pattern is tried at every position
 * of every figure's label, and almost no label ends so.
 */
export function differenceBefore(s: string): RegExpExecArray | null {
  let end = s.trimEnd();
  if (COPULA.includes(end[end.length - 1] ?? '-')) end = end.slice(0, -1).trimEnd();
  return DIFFERENCE_WORD_END.some((w) => end.endsWith(w)) ? DIFFERENCE_BEFORE.exec(s) : null;
}

/**
 * '由年初预算79552.91万元调整为82513.70万元': the words right before the budget an adjustment starts from (group 1:
 * the measure it names, if any), and right after it, what it was adjusted to ('调减为238,000万元' too: the figure after
 * 调增为 / 调减为 is the budget adjusted to, not the change).
 */
export const ADJUSTED_FROM_BEFORE = /(?:由|从)\s*((?:年初|原|调整前)?\s*(?:预算(?:数)?|安排(?:数)?)?)\s*的?\s*$/;
export const ADJUSTED_TO_AFTER = /^\s*(?:调整后?|调[增减]?)\s*(?:为|到|至)\s*\d/;
/**
 * '②项目支出年初预算为39221万元,增加69973万元,调整为109194万元': a budget stated (group 1: the measure it names) and then the change
 * and the figure it was adjusted to — the adjustment written the other way round, its change before what it came to.
 */
export const BUDGET_STATED_BEFORE = /((?:年初|原|调整前)\s*预算数?)\s*(?:为|是)\s*$/;
export const CHANGE_THEN_ADJUSTED_TO_AFTER = /^\s*[,，]\s*(?:增加|减少|调增|调减)\s*[\d,，.]+\s*(?:亿元|万元|元)\s*[,，]\s*调整后?\s*(?:为|到|至)/;
/** The words of the figure a budget was adjusted to, right after the one it was adjusted from. */
export const ADJUSTED_TO_BEFORE = /^\s*(?:调整后?|调[增减]?)\s*(?:为|到|至)\s*$/;

/**
 * '基本支出由上年的100万元增加为120万元', '较上年100万元增至120万元': a new level, not an amount of change — the figure after
 * the way word is the current one, the figure before it the prior one. LEVEL_FROM_BEFORE: the words right before the prior
 * (group 1: a year, 2: 上年 / 去年, 3: a measure); LEVEL_TO_AFTER, right after it, the way (group 1: up, 2: down) and the
 * current amount; LEVEL_TO_BEFORE, the words of the current figure. They run only where a figure's next words hold 至, 到 or 为.
 */
export const LEVEL_FROM_BEFORE = /(?:由|从)\s*(?:(\d{4})\s*年度?|(上一?年度?|上年同期|去年|上期))?\s*(年初预算数?|调整预算数?|预算数?|决算数?)?\s*的?\s*$/;
export const LEVEL_TO_AFTER = /^\s*(?:(增加|增长|上升|提高|增)|(减少|下降|降低|压减|压缩|减|降))\s*(?:为|到|至)\s*\d[\d,，.]*\s*(?:亿元|万元|千元|元)/;
export const LEVEL_TO_BEFORE = /^\s*(?:(增加|增长|上升|提高|增)|(减少|下降|降低|压减|压缩|减|降))\s*(?:为|到|至)\s*$/;
/** Whether `s` holds a word every level pattern needs. */
export function mayStateLevel(s: string): boolean {
  return s.includes('至') || s.includes('到') || s.includes('为');
}

/** A label that ends by naming the base of a comparison: the figure after it IS the base ("较2024年的2190万元", "上年为"). */
export const BASE_VALUE_BEFORE =
  /(?:(?:比|较)\s*(?:\d{4}\s*年度?|上一?年度?|上年同期|去年)(?:[^\d，,。；;]{0,10}?)的|(?:上一?年度?|去年|上年同期)(?:[^\d，,。；;]{0,6}?)(?:为|是))\s*$/;

/**
 * A label that holds a comparison with an earlier period or a budget and nothing after it: a figure right
 * after it that is itself followed by a change ("比上年累计支出433万元减少2万元", "较预算数339万元减少217万元")
 * is the base compared with.
 */
export const COMPARISON_IN_LABEL =
  /(?:比|较|与|同)\s*于?\s*(?:\d{4}\s*年度?|上一?年度?|上年同期|去年|上期|(?:年初|调整后?|全年)?预算数?)[^,，。;；:：]*$/;
/**
 * '和2018年预算310.88万元比': a comparison opened by 和, which only the 比 closing it after the figure (BARE_CLOSE_THEN_CHANGE)
 * tells from a 和 joining two items.
 */
export const HE_COMPARISON_IN_LABEL = /和\s*(?:\d{4}\s*年度?|上一?年度?|上年同期|去年|(?:年初|调整后?|全年)?预算数?)[^,，。;；:：和]*$/;
/** The word that closes a comparison opened by 与 / 同 ('与上年100万元相比'), right after the figure compared with. */
const COMPARISON_CLOSE = '(?:相比|比较|对比)';
/** Words that are only a comparison's closing word: the change after them is of the comparison before. */
export const CLOSES_COMPARISON = new RegExp(`^\\s*${COMPARISON_CLOSE}\\s*$`);
/** Between a figure compared with and what is said of it, nothing but a closing word and a comma ('相比，', '比,'). */
export const ONLY_COMPARISON_CLOSE = new RegExp(`^\\s*(?:${COMPARISON_CLOSE}|比)?\\s*[,，]?\\s*$`);
/** A change said of several figures at once ('与2019年度收、支总计4832.02万元相比各增加669.6万元'): 各 before its way word. */
const EACH = '(?:各)?';
/** No change stated right after a figure: "较上年0万元无增减", "比预算数20万元持平", "与上年20万元相比，持平" — the figure is the base. */
export const NO_CHANGE_AFTER = new RegExp(`^\\s*${COMPARISON_CLOSE}?\\s*[,，]?\\s*${EACH}\\s*(?:无增减|持平|无变化|没有变化|保持不变)`);
/**
 * A change stated right after a figure: "433万元减少2万元", "433万元,下降0.46%", "与上年433万元相比减少2万元", "…相比各增加…",
 * and with the comma before the closing word: "与2016年公共财政预算收入1631.06万元,相比增加8306.32万元".
 */
export const CHANGE_AFTER = new RegExp(`^\\s*(?:[,，]\\s*(?=${COMPARISON_CLOSE}))?${COMPARISON_CLOSE}?\\s*[,，]?\\s*${EACH}\\s*(?:${UP}|${DOWN}|增|减)\\s*(?:了|为|达|约)?\\s*\\d`);
/** A bare 比 closing the comparison right after the figure compared with, and the change: '…310.88万元比,增加62.22万元'. */
export const BARE_CLOSE_THEN_CHANGE = new RegExp(`^\\s*比\\s*[,，]?\\s*${EACH}\\s*(?:${UP}|${DOWN})\\s*(?:了|为|达|约)?\\s*\\d`);
/** The way of a change given by the rate right after it: ',增长19.09%', '，下降3.5%'. Group 1: the way's word. */
export const WAY_OF_RATE_AFTER = new RegExp(`^\\s*[,，]?\\s*(${UP}|${DOWN})\\s*(?:了|为|达|约)?\\s*\\d[\\d,]*(?:\\.\\d+)?\\s*[%％]`);
/**
 * After a figure compared with, a bare amount whose way only the rate after it gives — the change with its
 * 增加 / 减少 left out: "较2022年决算数688.84万元131.49万元,增长19.09%".
 */
export const BARE_CHANGE_AFTER = new RegExp(
  `^\\s*\\d[\\d,]*(?:\\.\\d+)?\\s*(?:亿元|万元|元|亿|万)\\s*[,，]?\\s*(?:${UP}|${DOWN})\\s*(?:了|为|达|约)?\\s*\\d[\\d,]*(?:\\.\\d+)?\\s*[%％]`,
);

/** Measure words, most specific first; the fund names that contain 预算 are removed before the test. */
const MEASURES: readonly { pattern: RegExp; measure: Measure }[] = [
  { pattern: /年初预算/, measure: 'initial-budget' },
  { pattern: /调整预算|全年预算|调整后预算/, measure: 'adjusted-budget' },
  // '…项目80万元,已支付0万元': what was paid of an item is its execution, not another item.
  { pattern: /执行数|执行情况|已支付|已拨付|已使用/, measure: 'execution' },
  { pattern: /决算|实际支出|实际完成|实际发生/, measure: 'final' },
  // '财政拨款安排的“三公”经费支出' says where the money came from, not that it is a budget figure.
  { pattern: /预算|安排(?!的)/, measure: 'budget' },
];
// '动用预算稳定调节基金2354万元' in a 决算 is a source of the year's money, as is '预算周转金': the funds' names hold 预算, no measure.
// '安排预算稳定调节基金2.6亿元' is money put into the fund (a use beside 结转下年), its 安排 no budget either.
const FUND_NAMES = /一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算|部门预算|单位预算|预算单位|预算绩效|预算管理|(?:安排)?(?:预算稳定调节基金|预算周转金)/g;
/** A character every measure word holds: most figures' words hold none and need no pattern. */
const MEASURE_CHARACTER = /[预执决实安已]/;

export function measureOf(s: string): Measure | undefined {
  if (!MEASURE_CHARACTER.test(s)) return undefined;
  // Every fund name holds 预算: without a 预 there is none to remove.
  const t = s.includes('预') ? s.replace(FUND_NAMES, '') : s;
  for (let i = 0; i < MEASURES.length; i++) if (MEASURES[i].pattern.test(t)) return MEASURES[i].measure;
  return undefined;
}

/** '完成预算的57%', '完成年初预算的95.45%', '预算完成率为', '为预算的' — a completion rate, and of which budget. */
/**
 * The budget a completion rate is taken of, named before it ('完成年初预算数60999万元的40.4%', '占年初预算数109466万元的
 * 56.3%', '占年度预算22443万元的106.9%', '占年计划34300万元的106.12%', '为年初预算46908万元的80.43%', '为县人民代表大会
 * 批准全县全年预算46,908万元的80.43%'): not the amount reported. Words between the verb and the budget must end in what
 * makes it a plan (年初, 全年, 批准 …), so '为一般公共预算' (a fund, not a plan) is not one; nor are 作为, 但是 or 下达 verbs of it.
 */
export const COMPLETION_BASE_LABEL =
  /(?:完成(?:了)?|占|(?<![作成认因行改])为|(?<![但就于要])是|(?<!下)达到?)\s*(?:[^\d\s,，;；。:：、()（）]{0,16}?(?:年初|调整|全年|年度|年|批准|通过|下达)(?:的)?)?(?:预算|计划)(?:数)?\s*(?:为)?\s*$/;
export const COMPLETION_BEFORE = /(?:完成(?:了)?\s*(年初预算|调整预算|全年预算|预算)?(?:数)?\s*的?|(年初预算|调整预算|全年预算|预算)?完成率\s*(?:为|是|达)?|为\s*(年初预算|调整预算|全年预算|预算)数?\s*的)\s*([-−－])?\s*$/;

/** Thresholds and limits are not reported figures: '≥10%', '控制在…以内', '50万元以上'. */
export const THRESHOLD_BEFORE = /(?:≤|≥|<|>|=|超过|不高于|不低于|控制在|不少于|不多于)\s*$/;
export const THRESHOLD_AFTER = /^\s*(?:\(含\)|（含）)?\s*(?:以上|以下|以内|及以上|及以下)/;

// ---------------------------------------------------------------- reasons for a change

/**
 * Words that explain a change near it (原因, 由于, 主要用于, 按照 …, and what it shows: '这表明…严格控制了…的支出'), and '主要原是:'
 * with its 因 dropped by a typing slip; and the measure taken, which is the explanation of a cut in a “三公” note even
 * without 原因 ('同比减少0.11万元各部门单位严把监督检查关,对接待费严格控制', '严格执行中央八项规定') — not a promise
 * ('本单位将继续厉行节约'), which explains nothing.
 */
export const REASON = /这(?:也|进一步)?(?:表明|说明)|原因|由于|因为|系因|源于|是因|因素|所致|导致|主要是|主要为|主要原[是为:：]|用于|根据|按照|调整|纳入|统一|严格控制|严控|严把|八项规定/;
/**
 * A heading that announces the explanation of the changes ('增减情况说明', '英德市环保局2014年三公经费预算增减情况说明',
 * '“三公”经费增减变化原因说明'): a title of no sentence, ending so.
 */
export const CHANGES_EXPLAINED_HEADING = /^[^。,，;；:：%％]{0,40}增减(?:变化)?(?:情况)?(?:原因)?(?:的)?说明\s*$/;
/** A breakdown follows (如下, 其中, 分别 …): its items may carry the reasons. */
export const BREAKDOWN = /如下|其中|具体情况|分别/;
/** '分别减少…': the figures that follow go one to each item named before. */
export const RESPECTIVELY = /分别/;
/** A reason announced and left empty ('主要原因是。'). */
export const EMPTY_REASON = /(?:主要)?原因(?:是|为|主要是|主要有)\s*[:：]?\s*(?=[。；;]|$)|原因\s*[:：]\s*(?=[。；;]|$)/g;
/**
 * Words that say a reason is given ('…减少的主要原因是', '下降原因主要是', '由于'), or a paragraph that
 * opens on the reasons of a change ('“三公”经费支出决算大于上年决算数的主要情况：…').
 */
export const REASON_GIVEN = /原因|由于|因为|系因|所致|导致|(?:大于|小于|高于|低于|超过|增加|减少|增长|下降|变动|变化)[^。，,;；:：]{0,12}?的主要情况(?=\s*[:：])/g;
/**
 * A cause written first, then the change it explains named after 是 ('公务用车购置及运行费…减少6.68亿元,是“三公”经费预算
 * 大幅下降的主要因素'): group 1 names whose change is explained.
 */
export const CAUSE_OF_NAMED_CHANGE =
  /是([^，,。;；:：是]{2,24}?)(?:大幅度?|明显|较大幅度|持续)?(?:下降|减少|增加|增长|上升|上涨|降低|变动|变化)的(?:主要|重要|直接|最大)?(?:因素|原因)/g;
/** The plain words for the way of a change, as a sentence stating a total's change prints them. */
const CHANGE_WAY = '增长|增加|上升|提高|减少|下降|降低';
/** A change's way right before its rate ('比上年增长' before '12.16%'): the word in group 1. */
export const WAY_BEFORE_RATE = new RegExp(`(${CHANGE_WAY})[^，,。;；]{0,4}$`);
/**
 * A sentence that only states a change's amount ('减少6万元。', '同比增加0.5万元'), restating the amount of a rate just
 * stated: its way in group 1.
 */
export const AMOUNT_ONLY_CHANGE = new RegExp(`^\\s*(?:比上年|较上年|同比)?\\s*(${CHANGE_WAY})了?\\s*\\d[\\d,，.]*\\s*(?:亿元|万元|元|万)\\s*[。!！]?\\s*$`);
/** A way word right before a reason ('增加的主要原因', '下降原因'): the word in group 1. */
export const WAY_BEFORE_REASON = new RegExp(`(${CHANGE_WAY})的?(?:主要)?原因`, 'g');
/** A change's way with its rate ('比上年增长11.64%'): the word in group 1. */
export const WAY_WITH_RATE = new RegExp(`(${CHANGE_WAY})[^，,。;；]{0,4}\\d[\\d.]*\\s*[%％]`);
/** A sentence that opens with its reason ('增长原因主要是…', '变动的主要原因', '主要原因是…'): a way it names, in group 1. */
export const REASON_SENTENCE_START = new RegExp(`^\\s*(?:(?:(${CHANGE_WAY})|增减|变动|变化)的?)?(?:主要)?原因`);
/** A sentence that opens with the reason of a change it names ('收入减少的原因是…', '支出增加主要原因'): what in group 1, its way in group 2. */
export const NAMED_REASON_SENTENCE_START = new RegExp(`^\\s*([^，,。;；:：\\d]{1,10}?)(${CHANGE_WAY})的?(?:主要)?原因`);
/**
 * In the clause run of a rate (since its sentence's last 。 or ；): the economy of the place a body serves, told among its year's
 * work ('全镇地区性生产总值达2.64亿元', '社会消费品零售总额增加到5200万元,增长21%'), or a rate averaged over years ('年均增长14%') —
 * no change of the accounts, asking no reason.
 */
export const ECONOMY_OR_AVERAGE_RATE = /生产总值|GDP|工业增加值|可支配收入|人均纯收入|零售总额|固定资产投资|进出口总额|粮食总产|年均/;
/**
 * '…较上年减少119批次,下降100%': the rate follows a change in a count (批次, 人次, 辆…), not in money; it
 * ends the words before the rate.
 */
export const COUNT_CHANGE_BEFORE_RATE =
  /(?:增加|减少|增长|下降|多|少)了?\s*\d+(?:\.\d+)?\s*(?:批次|人次|次|辆|个|人|名|台|套|项|户|家|批)\s*[,，]?\s*(?:增长|下降|增加|减少|降低|上升|降幅为?|增幅为?)了?\s*$/;
/** '2022年度无公务接待支出' / '本年未发生因公出国（境）费用': the text says there was none. */
export const NONE_THIS_YEAR = /(?:无|没有|未发生|未产生|未安排|未列支)([^，,。;；]{0,16}?(?:支出|费用|经费|费))/;

// ---------------------------------------------------------------- 空表 / 无…收支 statements

/** A statement that a fund or item has nothing this year: its pattern, the total it speaks of, its name, and the word every match holds. */
export interface NothingStatement {
  pattern: RegExp;
  totalKey: string;
  what: string;
  word: string;
}

export const NOTHING_STATEMENTS: readonly NothingStatement[] = [
  {
    pattern: /(?:无|没有|未安排|未使用)[^。;；]{0,16}?政府性基金[^。;；]{0,16}?(?:收入|支出|收支|拨款|预算)|政府性基金[^。;；]{0,20}?(?:表|情况表)为空表|政府性基金[^。;；]{0,10}?未安排/,
    totalKey: 'expense@gov-fund',
    what: '政府性基金预算',
    word: '政府性基金',
  },
  {
    pattern: /(?:无|没有|未安排|未使用)[^。;；]{0,16}?国有资本经营[^。;；]{0,16}?(?:收入|支出|收支|拨款|预算)|国有资本经营[^。;；]{0,20}?(?:表|情况表)为空表|国有资本经营[^。;；]{0,10}?未安排/,
    totalKey: 'expense@state-capital',
    what: '国有资本经营预算',
    word: '国有资本经营',
  },
  { pattern: /(?:无|没有|未安排)[^。;；]{0,6}?机关运行经费/, totalKey: 'admin-operating', what: '机关运行经费', word: '机关运行经费' },
  { pattern: /(?:无|没有|未安排)[^。;；]{0,6}?["“]?三公["”]?经费/, totalKey: 'three-public', what: '“三公”经费', word: '三公' },
];

/** '上级补助收入未安排' or 转移支付 not arranged: money from above, not the department's own fund. */
export function speaksOfTransfersNotArranged(text: string): boolean {
  return /上级|转移支付/.test(text) && /未安排/.test(text) && !/无/.test(text);
}

/** '上级…' just before a 无/未安排 statement: about a superior's money. */
export function speaksOfSuperiorBefore(before: string): boolean {
  return /上级.{0,10}$/.test(before);
}

// ---------------------------------------------------------------- a table pasted into the text

/** The measure a header cell of a pasted table names exactly (预算数, 年初预算, 决算数 …). */
const MEASURE_HEADERS: [RegExp, Measure][] = [
  [/^年初预算数?$/, 'initial-budget'],
  [/^(?:调整|全年)预算数?$/, 'adjusted-budget'],
  [/^预算数?$/, 'budget'],
  [/^决算数?$/, 'final'],
];

export function measureHeader(cell: string): Measure | undefined {
  return MEASURE_HEADERS.find(([re]) => re.test(cell))?.[1];
}

/** A row label that is the “三公” total: 合计, 总计, “三公”经费(合计). */
export function isThreePublicTotalLabel(label: string): boolean {
  return /^(?:合计|总计|“?三公”?经费(?:合计)?)$/.test(label.replace(/["“”]/g, ''));
}

// ---------------------------------------------------------------- 情况说明 topics (财政部 templates)

/**
 * The document's whole 收入 or 支出 stated as an amount ('收入总计77.82万元', '总支出2796.76万元',
 * '单位预算支出5212.91万元', '部门收入5649006.18元,支出…'), not a part of it: not after 拨款, 公共预算,
 * 基金, 经营, 本年 or another kind of 收入 / 支出 (基本, 项目, 经费, 税 …), and never a share ('占总支出85.38%').
 */
const WHOLE_AMOUNT = String.raw`(?:为|是|共|预计)?\d[\d,.]*(?:万|亿)?元`;
const NOT_A_PART = String.raw`(?<!拨款|公共预算|基金预算|经营预算|本年|事业|经营|其他|补助|上缴|税|基金|资金|基本|项目|人员|公用|经费)`;
const WHOLE_INCOME = String.raw`总收入${WHOLE_AMOUNT}|${NOT_A_PART}收入(?:总计|合计|总额|(?:预算|决算)数?)${WHOLE_AMOUNT}|(?:部门|单位)(?:预算|决算)?收入${WHOLE_AMOUNT}`;
const WHOLE_SPENDING = String.raw`总支出${WHOLE_AMOUNT}|${NOT_A_PART}支出(?:总计|合计|总额|(?:预算|决算)数?)${WHOLE_AMOUNT}|(?:部门|单位)(?:预算|决算)?支出${WHOLE_AMOUNT}|收入${WHOLE_AMOUNT}[,，、;；]?支出${WHOLE_AMOUNT}`;

/**
 * What says each topic, tried once on the whole document closed up (no spaces, no line breaks:
 * sections.ts). 收支总体情况 is said by a heading of the department's 收支 as a whole ('部门预算收支情况',
 * '预算总收支的情况', '决算收支增减变化情况'; not 一般公共预算收支 or 拨款收支, which are parts) or by the
 * document stating both its whole 收入 and its whole 支出 anywhere.
 * A topic is spoken of when any of its patterns matches. The two ways of saying 收支总体情况 are two
 * patterns, not one alternation: a `^` alternative made the whole pattern try its look-aheads over the
 * document first and search the rest without skipping ahead (~30–90 µs a document instead of ~1).
 * For the same reason a look-behind stands after the 支出 it qualifies, not before it: at the start
 * of an alternative it was tried at every position of the document.
 */
export const SECTION_TOPICS: readonly [string, ...RegExp[]][] = [
  [
    '收支总体情况',
    /收支.{0,6}(总体|总预算|总决算|总计)|总体说明|总体情况|(?<!拨款|公共|基金|经营)(?:预算|决算)总?收支的?(?:情况|安排|增减)/,
    new RegExp(String.raw`^(?=[\s\S]*(?:${WHOLE_INCOME}))(?=[\s\S]*(?:${WHOLE_SPENDING}))`),
  ],
  ['收入', new RegExp(String.raw`收入(预算|决算)?(情况|合计|总计|包括|\d)|收入预算|收入决算|${WHOLE_INCOME}`)],
  ['支出', new RegExp(String.raw`支出(预算|决算)(情况|合计|总计|\d|为)|支出预算|支出决算|支出(?<=(?:[、)）]|关于)支出)(?:总体)?情况|${WHOLE_SPENDING}`)],
  ['财政拨款收支', /(?:财政|预算)拨款收[入支]/],
  ['一般公共预算', /一般公共预算/],
  ['基本支出', /基本支出/],
  ['政府性基金', /政府性基金/],
  ['国有资本经营', /国有资本经营/],
  ['“三公”经费', /三公/],
  ['机关运行经费', /机关运行经费/],
  ['政府采购', /政府采购/],
  ['国有资产', /国有资产|资产占(有|用)/],
  ['绩效', /绩效/],
];

// ---------------------------------------------------------------- the report year of a text

export const REPORT_TITLE_YEAR = /(\d{4})\s*年度?\s*(?:[^\d,，。;；]{0,30}?)(?:部门|单位)\s*(预算|决算)|(\d{4})\s*年度?\s*(?:部门|单位)?\s*(预算|决算)\s*(?:信息)?(?:公开)?(?:情况)?(?:编制)?说明/;

export const YEAR_WORD = /(\d{4})\s*年/g;

// ---------------------------------------------------------------- wording: placeholders

/** An ellipsis; one at a quotation's edge ('第三十五条“……省、自治区…批准。……”') is not one, the quotation's opening or close may stand on another line. */
export const ELLIPSIS = /(?<![“"「『‘])……(?![”"」』’])/g;

/**
 * Whether `pos` is inside a quotation: '第六十七条“…需要调入预算稳定调节基金的……应当进行预算调整。”' — an opening “ 「 『 ‘ (or
 * '"') not yet closed before it, with its closing mark after it.
 */
export function insideQuotation(text: string, pos: number): boolean {
  for (const [open, close] of QUOTATION_MARKS) {
    const opened = text.lastIndexOf(open, pos);
    if (opened >= 0 && text.lastIndexOf(close, pos) < opened && text.indexOf(close, pos) > pos) return true;
  }
  // '"' opens and closes alike: inside when an odd number stand before and one after.
  const before = text.slice(0, pos).split('"').length - 1;
  return before % 2 === 1 && text.indexOf('"', pos) > pos;
}
const QUOTATION_MARKS: readonly [string, string][] = [
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
  ['‘', '’'],
];

export const PLACEHOLDERS: [RegExp, 'error' | 'warning'][] = [
  [/(?<![A-Za-z])[XＸ×]{2,}(?![A-Za-z])|(?<![A-Za-z])[xｘ]{2,}(?![A-Za-z])/g, 'error'],
  [/[xX]{1,3}(?:,[xX]{3})+(?:\.[xX]+)?/g, 'error'],
  [/待填写?|待补充|待定|请填写|【[^】]{0,12}(?:填写|补充|原因)[^】]{0,12}】/g, 'error'],
  [/[○〇□＊*]{2,}/g, 'error'],
  // An ellipsis inside a quotation leaves out words of what is quoted, not a gap to fill (checkPlaceholders passes it by).
  [ELLIPSIS, 'warning'],
];
/** A character every placeholder holds one of: a passage without any (most) is passed over by one scan, not five patterns. */
export const PLACEHOLDER_CHARACTER = /[XＸ×xｘ待请【○〇□＊*…]/;
/**
 * A word every passage of a budget report's prose holds one of. A passage of Chinese with none of them (a web copy's
 * spam title, '…婷婷精品视频,…欧美成人性色xxxx视频') is no part of the report: its x's fill in nothing.
 */
export const REPORT_WORD = /预算|决算|收入|支出|经费|资金|费用|万元|亿元|元|单位|部门|项目|科目|原因|情况|说明|财政|年|%|％|填|联系|电话|地址|名称|负责|编制/;
/** How many Chinese characters a passage holds before, holding no REPORT_WORD, it is read as no part of the report. */
export const FOREIGN_PASSAGE_CHARACTERS = 8;

// ---------------------------------------------------------------- wording: years

export const LEVEL_YEAR = /(\d{4})\s*年度?\s*(?:部门)?\s*(?:预算数|预算收入|收入预算|支出预算|预算支出|预算收支安排|收支总预算|预算安排|一般公共预算基本支出|一般公共预算)\s*(?:为|是|共)?\s*\d/g;

export const AS_OF = /截[至止]\s*(\d{4})\s*年/g;

/** The character every match of LEVEL_YEAR, AS_OF, REPORT_TITLE, SCOPE_YEAR and COMPARED_YEAR holds, after the year's four digits. */
export const YEAR_CHARACTER = '年';

export const REPORT_TITLE = /(\d{4})\s*年度?\s*部门\s*(预算|决算)/g;

/**
 * '纳入本部门2020年度决算编制的二级预算单位', '2020年度决算编制的主体为…': the template's scope of the report itself, with
 * the year after 部门 (REPORT_TITLE reads it before) — a scope of the report's own units, so of its own year.
 */
export const SCOPE_YEAR = /(\d{4})\s*年度?\s*(预算|决算)\s*编[制报]\s*(?:范围)?\s*(?:的|内的|中的)?\s*(?:二级)?\s*(?:预算)?\s*(?:单位|主体)/g;

/** '2015年部门预算执行情况': the execution of another year's budget, spoken of, not a year written wrongly. */
export const OTHER_BUDGET_SPOKEN_OF = /^\s*执行/;
/** '…2022年度部门决算编制范围的二级预算单位': the template's scope of the report itself, which is of its own year. */
export const OWN_SCOPE_AFTER = /^\s*(?:编制|编报)\s*(?:范围|的单位)/;

/**
 * 比2025年 / 较2025年度 / 与2025年相比: a comparison naming a year. The 比 of '对比' is not one: '…预算收入对比' ends a heading
 * ('(二)2015年与2014年预算收入对比') and the year after it opens the next sentence.
 */
export const COMPARED_YEAR = /(?:(?<!对)比|较|与)\s*(\d{4})\s*年度?\s*(年初|调整)?\s*(预算|决算)?/g;

/** After the year compared with: its words name a 预算 before any figure or stop ('公共财政预算收入1631.06万元'). */
export const BUDGET_BEFORE_FIGURE = /^[^\d,，。;；、]{0,10}预算/;

/**
 * '2026年度预算1,687.92万元，2025年度预算1,676.41万元': a figure of one year with another year's beside it. Groups: what comes
 * before the second year (its length places it), the first year, its base, the second year, its base.
 */
export const PAIRED_YEAR =
  /((\d{4})\s*年度?\s*(预算|决算)(?:执行)?数?\s*(?:为|是)?\s*[\d,.]+\s*(?:万元|亿元|元)\s*[,;，；]\s*)(\d{4})\s*年度?\s*(预算|决算)/g;

// ---------------------------------------------------------------- wording: missing numbers and directions

// A '%' that closes a cell of a table flattened into the text ('金额 | 占调整预算% | 比上年增长% |') heads a column.
export const MISSING_PERCENT = /(占|增长|下降|增幅|降幅|减幅|比重|完成预算的?)[^,，。;；%％\d]{0,20}?(?<![\d\s.])\s*[%％](?!\s*[|｜])/g;

/** '比上年减少 万元' (its space closed as letter-spacing): a template's blank left between a change word and its unit. */
export const MISSING_AMOUNT = /(?:增加|减少|增长|下降|增支|减支)\s*(?:亿元|万元|千元|元)(?=[,，;；。、:：)）\s]|$)/g;

export const BARE_COMPARISON = /(?:比|较)\s*(?:\d{4}\s*年度?|上一?年度?|上年同期|去年)(?:预算数?|决算数?|执行数)?\s*$/;

// ---------------------------------------------------------------- the structure of a sentence: lists, reasons, comparisons, years

/**
 * The words that structure a sentence: a list opener (group 1), a figure that did not change (group 2),
 * 决算 compared with 预算 (group 3). Each starts with a Chinese character, never with the punctuation
 * read beside them (read.ts: , 、 ; 。 ! ? ( ) of the half-width text), so punctuation inside one of them
 * is part of it.
 */
export const STRUCT_WORDS =
  /(其中包括|其中|主要包括|主要为|主要有|主要是|主要用于以下方面|主要用于|分别为|分别是|具体为|具体包括|包括|包含|含|如下|按[^,;。:：]{0,12}(?:分类|划分|科目)[^,;。:：]{0,6}[:：])|(持平|无变化|没有变化|未发生变化|保持不变|无增减)|(决算数?(?:小于|低于|少于|大于|高于|超过|多于|等于|同|与)(?:年初|调整|全年)?预算数?(?:持平|相同|一致)?)/g;

export const REASON_START = /原因|由于|因为|系因|源于/;
/** REASON_START, global: the last reason word of a clause. */
export const REASON_WORDS = new RegExp(REASON_START.source, 'g');
/** A clause that opens with a comparison and no subject before it: ',和2018年预算', ',较上年', ',与年初预算'. */
export const COMPARISON_OPENS_CLAUSE = /[,，]\s*(?:和|与|较|比|同)\s*(?:\d{4}\s*年度?|上一?年度?|上年同期|去年|(?:年初|调整后?|全年)?预算)/;
/** A sentence that opens with a cause ('主要是2018年…支出49865元与上年比减少30431元,因此…'): the changes in it explain another's. */
export const CAUSE_SENTENCE_START = /^[\s—－-]*(?:主要(?:是|为|有)|(?:主要)?原因(?:是|为|有|在于))/;

/**
 * The comparison closest to the figure: 比 / 较 / 与 / 对比 / 相较(于) … with a year, 上年, a measure; or 同比 / 相比. A
 * like-for-like comparison ('同口径比2018年') is one comparison, 同口径 and all.
 */
export const COMPARE_ALL =
  /同比|相比|(?:同口径\s*|对(?=比)|相(?=较))?(?:比|较|与|同)\s*(?:于\s*)?(?:(\d{4})\s*年度?|(上一?年度?|上年同期|去年|上期))?\s*(?:[(][^)]{0,12}[)])?\s*(?:当年)?\s*(年初预算数?|调整预算数?|全年预算数?|预算执行数|执行数|预算数?|决算数?)?/g;

export const YEAR_IN = /(?<!截[至止]\s*)(\d{4})\s*年(?!\s*\d{1,2}\s*月)/;

export const PRIOR_WORDS = /上一?年度?|去年|上年同期/;

// ---------------------------------------------------------------- lines of a page: headings, page numbers, where a line goes on

export const PAGE_NUMBER = /^[\s\-—–－_]*(?:第\s*)?\d{1,3}(?:\s*页)?[\s\-—–－_]*$/;
/** A character that is in no page number, even made half-width: most lines of prose are rejected at their first one, unconverted. */
export const NOT_IN_PAGE_NUMBER = /[^\s\-—–－_第页\d\uff01-\uff5e\u3000]/;

/** A heading or list item: 一、 （一） (1) 1. 1、 ①  第一部分. */
export const HEADING_START =
  /^\s*(?:第[一二三四五六七八九十百]+(?:部分|章|节)|[一二三四五六七八九十]+\s*[、.．]|[(（]\s*[一二三四五六七八九十\d]+\s*[)）]|\d{1,2}\s*[、.．](?!\d)|[①-⑳])/;

export const UNIT_START = /^\s*(?:亿元|万元|千元|元|%|％|万)/;

/** A figure at the start of the next line continues the clause ("占一般公共预算支出的" / "96.74%"), a negative one too ('增长' / '-35.68%'). */
export const FIGURE_START = /^\s*-?\d[\d,.]*\s*(?:亿元|万元|千元|元|%|％)/;

/** '和3343.9亿元' after '…分别为6571.4亿元、11155.2亿元': a figure joined to the one before by 和 / 及 goes on with its list. */
export const JOINED_FIGURE_START = /^\s*(?:和|及|以及)\s*\d/;

/** A table's unit caption on a line of its own ('单位:万元', '單位:萬元'): never the rest of a sentence. */
export const UNIT_CAPTION_LINE = /^\s*[单單]位\s*:\s*(?:亿元|億元|万元|萬元|千元|元)\s*$/;

/** A web page's date of publication on a line of its own ('发布时间:2016-07-04 发布机构:…'): never the rest of the title or sentence before it. */
export const PUBLISHED_LINE = /^\s*发布(?:时间|日期)\s*[:：]\s*\d/;

/** Words a sentence or a heading never ends with. */
export const DANGLING_END = /(?:的|和|及|与|或|为|是|占|比|较|了|在|对|按|将|从|由|其|并|而|等于|包括|其中)$/;

/** Titles and captions end so: they stand alone even when no 。 follows. */
export const TITLE_END = /(?:说明|情况|分析|表|概况|结构图|部分|目录|单位[:：].*)$/;

// ---------------------------------------------------------------- figures, comparisons and headings in prose

/** A figure with its unit: an amount (12.5万元) or a percentage (5%). */
export const AMOUNT_OR_PERCENT = /\d\s*(?:亿元|万元|千元|元|%|％)/;

/** An amount with its unit (12.5万元). */
export const AMOUNT_WITH_UNIT = /\d\s*(?:亿元|万元|千元|元)/;

/** The unit at the end of an amount as written ('1,212.12万元'). */
export const AMOUNT_UNIT_END = /(?:亿元|万元|千元|元)$/;

/**
 * A word that opens a comparison (比2024年, 同比, 相比, 对比, 相较, 同口径比): the words before it name what is
 * compared ('因公出国(境)费同口径比2018年减少9万元' is a change of 因公出国(境)费).
 */
export const COMPARISON_WORD = /同口径|同比|相比|相较|对比|比|较|与/;

/**
 * '比2021年减收34,086万元,剔除留抵退税后同口径增长0.67%', '扣除留抵退税因素后增长2.5%', '可比增长15.3%': a rate on a basis
 * adjusted from the printed figures — none of them makes it.
 */
export const ADJUSTED_BASIS = /(?:剔除|扣除|还原)[^，,。;；]{0,20}?后|同口径|可比/;

/** '比' / '较' / '与' / '同' in front of what a figure is compared with ('比上年' → '上年'). */
export const COMPARISON_LEAD = /^(?:比|较|与|同)\s*/;

/** A part of a whole explanation: '一、收支总体情况'. */
export const PART_HEADING = /^[一二三四五六七八九十]+、/;

/** '二、' / '二.': a numbered heading, its number in Chinese captured. */
export const CN_ORDINAL = /^([一二三四五六七八九十]+)\s*[、.．]/;

/** '（二）': a numbered sub-heading, its number in Chinese captured. */
export const CN_PAREN_ORDINAL = /^[(（]\s*([一二三四五六七八九十]+)\s*[)）]/;

/** '（2）': a list number in brackets, captured. */
export const NUM_PAREN_ORDINAL = /^[(（]\s*(\d+)\s*[)）]/;

/** '2、' / '2.': a list number, captured ('2.5' is a figure). */
export const NUM_ORDINAL = /^(\d{1,2})\s*[、.．](?!\d)/;

/** '②': a circled list number, captured. */
export const CIRCLED_ORDINAL = /^([①-⑳])/;

/** '一是', '二是': items numbered in words. */
export const CN_IS_ORDINAL = /^([一二三四五六七八九十]+)是/;

/** Words only a 决算 text uses (a 年初预算 is only ever set against what was spent). */
export const FINAL_WORDS = /决算|年初预算/g;

/** Right before a year that is not the report's: a year compared with ('比2024年') or a date of a stock ('截至2024年'). */
export const NOT_REPORT_YEAR_BEFORE = /截[至止]\s*$|[比较与同]\s*$/;

// ---------------------------------------------------------------- more words of the reader and the checks

/** '上年结转结余' / '上年末' / '年初结转': things of this year's report, not of last year. */
export const THIS_YEARS_CARRYOVER = /上年(?:结转|结余|末)|年初结转/g;

/** '（类）' / '(款)' / '（2080505项）': a 科目 written with its level. */
export const CLASS_LEVEL_MARK = /[(（]\s*\d{0,7}\s*[类款项]\s*[)）]/;

/** A list that names only some of the parts (主要包括, 含 …). */
export const PARTIAL_LIST_START = /^(?:主要|含|包含)/;

/** '基本' right before a word ('基本持平' is no comparison). */
export const BASIC_BEFORE = /基本\s*$/;

/** '决算数' opening a statement comparing it with a budget ('决算数大于年初预算数'): the rest names the budget. */
export const FINAL_LEAD = /^决算数?/;

/** 决算 less than 预算. */
export const LESS_THAN = /小于|低于|少于/;

/** 决算 more than 预算. */
export const MORE_THAN = /大于|高于|超过|多于/;

/** '同' / '与' of '与预算持平'. */
export const SAME_AS_LEAD = /[同与]/;

/** Equal to what it is compared with. */
export const SAME_WORDS = /持平|相同|一致/;

/** '为' / '是' / '达' … at the end of a label, before its figure. */
export const COPULA_END = /(?:为|是|了|达|约)$/;

/** '…的比重为' at the end of a share's label. */
export const SHARE_WORDS_END = /(?:的)?(?:比重|比例|份额)?(?:为|是|达|约)?$/;

/** Between a figure and its share in brackets: '（占', '(占比', '（比重为' — no other figure. */
export const SHARE_IN_BRACKET = /^\s*[(（]\s*(?:占|所占|比重)[^()（）\d]*$/;

/** '占比为' / '所占比例' right before a percentage of an unnamed whole. */
export const SHARE_BEFORE = /(?:占比|比重|所占比例)\s*(?:为|是|达)?\s*$/;

/**
 * '本年收入的具体构成为:', '支出构成如下:' opening a sentence: the whole its shares with no whole of their own
 * ('财政拨款收入213.24万元,占100%') are of.
 */
export const COMPOSITION_OPENING = /^\s*(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)?([^,，;；:：。\d]{2,16}?)的?(?:具体)?构成(?:情况)?(?:为|是|如下)?\s*[:：]/;
/** A passage that opens with a name and a colon, the heading of what it says ('事业收入:2016年…事业收入预算35957.91万元'). */
export const NAMED_HEADING = /^\s*([^,，;；:：。、\d]{2,12})[:：]/;

/** '一般公共预算支出中，…': the whole the next figures are parts of. */
export const AMONG_SUBJECT = /^\s*([^,;。!?]{2,60}?)(?:中|当中)\s*,/;

/**
 * '在…70多个中央部门“三公”经费预算中,20多个部门…': X中 over the figures of many bodies counted — a
 * population the sentence picks from, not one figure stated before and broken down next.
 */
export const COUNTED_BODIES = /\d+\s*(?:余|多)?\s*(?:个|家)[^,，;；。\d]{0,8}?(?:部门|单位)/;

/**
 * '削减“三公”经费预算8552.6万元', '压缩因公出国(境)费115.14万元': a cut word before the item's name — the figure is
 * what was cut from the item, not the item's own amount.
 */
export const CUT_OF_ITEM = /(?:削减|压缩|压减|缩减)[^,，;；。:：\d]{0,16}$/;

/** A number of a sentence's own other than a year ('超过1000万元', '20多个部门'). */
export const OWN_NUMBER = /\d(?![\d.]*\s*年)/;

/** An amount in 万元 or 元. */
export const WAN_OR_YUAN_AMOUNT = /\d+(?:\.\d+)?\s*(?:万元|元)/;

/** A numbered item that names a 项 ('1.行政运行（项）：…'). */
export const ITEM_LEVEL_HEAD = /^[^，,。;；:：]{0,60}?[(（]\s*\d{0,7}\s*项\s*[)）]/;

/** 收入 or 支出 alone. */
export const INCOME_OR_EXPENSE = /^(?:收入|支出)$/;

/** '…等' before the clause ends: the list is not complete. */
export const ETC_IN_CLAUSE = /^[^,，;；。]*等/;

/** '其中：' in front of a part. */
export const OF_WHICH_START = /^其中[:：]?/;

/** A line stating the unit ('单位：万元'). */
export const UNIT_LINE_START = /^(?:金额)?单位/;

/** The year in a table's title. */
export const YEAR_OF_TITLE = /(\d{4})年度?/;

/** A table's title ends with 表. */
export const TABLE_TITLE_END = /表$/;

/** The first header cell of a pasted table: '项目'. */
export const ITEM_HEADER = /^项目\|?$/;

/** A figure ending in 万 / 亿 / 千, its 元 on the next line. */
export const UNIT_PREFIX_END = /\d\s*[万亿千]$/;

/** A line starting with 元. */
export const YUAN_START = /^\s*元/;

/** A line ending with a unit (元, %). */
export const UNIT_END = /(?:元|%|％)$/;

/** '…的主要' at the end of a reason's subject. */
export const POSSESSIVE_END = /(?:的)?(?:主要)?$/;

/** A change word ending a subject ('基本支出减少', '“三公”经费降幅较大的主要原因'). */
export const CHANGE_WORD_END = /(?:增加|减少|增长|下降|变动|变化|降幅|增幅|涨幅)$/;

/** '1."…（类）…（款）…（项）"': a numbered 科目 item and its path. */
export const NUMBERED_ITEM_PATH = /^\s*\d{1,3}\s*[、.．]\s*["“]?([^"”]*?[(（][类款项][)）][^"”]*?[(（]项[)）])/;

/** '原因是…': the reason given, to the end of its sentence. */
export const REASON_CLAUSE = /原因(?:是|为)?\s*[:：]?\s*([^。]*)/;

/** Words of a comparison just before a year: not the report's year. */
export const COMPARISON_NEAR = /比|较|与|上年|同比|对比/;

/** '比去年3.01万元少0.07万元': the way is said right after the figure compared with. */
export const WAY_AFTER = /^\s*(?:多|少)\s*了?\s*\d/;

/** A clause that goes on numbering ("原因是：1、…；2、…" / "一是…；二是…"): still the same list of reasons. */
export const NEXT_ITEM = /^\s*(?:\d{1,2}\s*[、.．](?!\d)|[(（]\s*\d{1,2}\s*[)）]|[二三四五六七八九十]是|其[二三四五六七八九十])/;

/**
 * A report on a whole jurisdiction's finances (a 预算执行 report, national or local statistics, news of them):
 * it speaks of 全国 / 全市 / 我镇 …, of 税收收入 and 转移支付, of its 一般公共预算总收入, of a 区本级 / 县本级 财政决算
 * ('财政总决算', '政府预决算'), of the funds only a government holds (its 预算稳定调节基金, its 预算周转金), or in the
 * terms of the 教育经费 statistics a jurisdiction publishes each year ('教育经费总投入', '国家财政性教育经费', however it
 * names itself: '示范区', '开发区'); a 决算草案 / 预算草案 is REPORT_TO_CONGRESS. Such reports state changes without a reason
 * per line; the reason a 部门 / 单位 publication owes for each change is not asked of them.
 */
export const GOVERNMENT_WIDE =
  /全(?:国|省|市|州|盟|县|区|旗|镇|乡)(?!人大|政协)|我(?:国|省|市|州|县|区|旗|镇|乡)|税收收入|非税收入|转移支付收入|地方(?:一般公共预算|财政)收入|一般公共预算总收入|本级(?:财政|一般公共预算(?:支出|收入)数)|财政总决算|政府预决算|中央(?:本级|一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金)|预算(?:稳定调节基金|周转金)|国家财政性教育经费|教育经费总(?:投入|收入)/;
/**
 * A whole jurisdiction's own total stated with its figure ('全县一般公共预算收入安排69669万元', '全省一般公共预算支出6796.6亿元'):
 * the document reports that jurisdiction's finances, even when it calls its budget the 部门预算 of the 县 or quotes “三公” words.
 * So does one stating the 返还性收入 or 一般性转移支付收入 it received from above ('返还性收入2275万元'): a government's income;
 * and one stating the 收入 or 支出 of its 社会保险基金 ('各项社会保险基金预算收入为243,438万元'), a budget only a government keeps;
 * and one stating an amount put into or drawn from its 预算稳定调节基金 ('补充预算稳定调节基金2.92亿元'), a fund only a government holds.
 */
export const JURISDICTION_TOTAL =
  /全(?:国|省|市|州|盟|县|区|旗|镇|乡)(?:一般公共预算|政府性基金预算|国有资本经营预算)?总?(?:收入|支出)[^。,，;；]{0,12}\d|(?:返还性收入|一般性转移支付(?:补助)?收入)[^。,，;；]{0,4}\d|社会保险基金(?:预算)?总?(?:收入|支出)[^。,，;；]{0,4}\d|预算稳定调节基金[^。,，;；]{0,4}\d/;
/**
 * A government's report to its 人大 ('2015年北京市市级决算草案', '2023年天等县决算(草案)的报告', news of it): about a whole jurisdiction,
 * whatever 部门决算 or “三公”经费 words it quotes.
 */
export const REPORT_TO_CONGRESS = /(?<!部门|单位)(?:决算|预算)[(（]?草案/;
/**
 * An audit office's report on a jurisdiction's budget ('对2019年度县本级财政预算执行及其他财政收支情况实施了审计。…审计结果表明,'):
 * the 审计工作报告 or 审计结果公告 restating the year's 收入 and 支出, the government's figures, not a 部门's own. Both phrases
 * are asked: an 审计局's own 部门决算 names the first among its duties but states no 审计结果.
 */
export const BUDGET_EXECUTION_AUDITED = /预算执行(?:情况)?(?:和|及|与)其他财政收支/;
export const AUDIT_RESULT = /审计结果(?:表明|公告)/;
/**
 * A newspaper's report, by its dateline ('南都讯 记者…', '本报北京8月30日电（记者…）', '人民网北京8月29日电 (…)',
 * '新华社…'): a reporter's account of figures, not a 部门 / 单位 publication owing a reason for each change.
 */
export const NEWS_DATELINE = /(?:讯|日电)\s*[(（]?\s*记者|\d{1,2}日电\s*[(（]|本报讯|新华社/;
/**
 * A reporter's account of another body's figures, with no dateline: '据了解,' or '另据了解,' opening a clause, a body's
 * publication quoted from its website ('北京故宫博物院在其官网公布的《2023年度部门预算》数据显示'), or the reporter learning
 * the figures from a body ('记者从成都市政府官方网站获悉', '记者日前从市财政局获悉'). A 部门 / 单位 publication speaks of its own
 * figures and never so of them. ('…财政局公布的数据显示' alone is no such sign: a 财政局's own 说明 may say it.)
 */
export const NEWS_ACCOUNT = /(?:^|[,，。;；:：\s])另?据了解[,，:：]|官网上?(?:公布|发布|公开)的?《|记者[^。,，;；]{0,30}?获悉/m;
/** '年人均办公费387元', '车年均保险费4500元', '生均公用经费': an amount per head or per year, never a part of a total. */
export const PER_UNIT_LABEL = /人均|年均|平均|生均|户均|每人|每辆|每户|每生|每车/;
/**
 * 公用经费 a body spends itself: not a standard per head named in its clause ('生均一般公共预算公用经费',
 * '按在校学生人数平均的一般公共预算公用经费支出为3058.95元'), which a jurisdiction's 教育经费 statistics report for its schools.
 */
const OWN_PUBLIC_EXPENSES = new RegExp(`(?<!(?:${PER_UNIT_LABEL.source})[^。,，;；、]{0,12})公用经费`);
/**
 * The voice of a 部门 / 单位 publication, which owes a reason for each large change. '主要项目支出情况如下'
 * in a government's report means its main lines of spending, not a 部门's 项目支出.
 */
export const DEPARTMENT_VOICE = new RegExp(
  `本(?:部门|单位|机关|局|委|院|校|所|中心)|我(?:单位|部门|局|委|院|校|所|中心|办)|部门(?:预算|决算)|单位(?:预算|决算)|“?三公”?经费|机关运行经费|财政拨款(?:收入|支出)|人员经费|${OWN_PUBLIC_EXPENSES.source}|基本支出|(?<!主要)项目支出`,
);

/** A sum over several 类 ('民生支出', '重点支出', '“三保”支出'): the 教育 or 卫生健康 支出 named after it are inside it. */
export const AGGREGATE_OF_CLASSES = /(?<!非)民生(?:类)?支出|重点(?:领域)?支出|“?三保”?支出/;

/**
 * Money a jurisdiction's budget adds to its own revenue ('加上上级补助收入…、债务转贷收入…、调入资金…'): received from above or
 * from below (上解), borrowed, moved in from another fund or carried over — never a part of the 一般公共预算收入 it is added to.
 */
export const ADDED_TO_OWN_REVENUE = /(?:(?:上级|中央|省级?|市级?)补助|(?:下级)?上解|转移性|转移支付(?:补助)?|返还性|(?:债务|债券)(?:转贷)?|转贷)收入\s*$|调入(?:预算稳定调节)?资金\s*$|动用预算稳定调节基金\s*$|上年结[转余](?:结[转余])?(?:收入)?\s*$/;

/** A figure's name that says it is money in ('基本养老保险费收入') or money out ('支出', '基本养老金支出'). */
export const INCOME_NAME_END = /收入\s*$/;
export const EXPENSE_NAME_END = /支出\s*$/;

/** Words that close a sentence somewhere in them (a full stop, or a 。 / ！ / ？ at the very end of a passage). */
export const SENTENCE_CLOSED = /[。！？!?]|[.．]\s*$/;
/** What separates the items of a list in a sentence. */
export const LIST_SEPARATOR = /[,，;；、]/;

/** A use beside 支出 that is carried past the year ('结转下年92.32万元', '年末结转和结余'): a 支出 stated with it may be its 总计. */
export const CARRIED_FORWARD = /结转下年|年末结转|结余分配/;
/** The words of a figure that is a total ('收入合计为', '支出总计'). */
export const TOTAL_LABEL = /(?:合计|总计)\s*(?:为|是|达)?\s*$/;
/** A clause that opens with a total's word ('共为国家筹集…', '合计…'): the figure after it is a total of its own. */
export const OWN_TOTAL_LEAD = /^\s*(?:共|合计|总计|累计)/;
/** A number a PDF spaced into groups ('1 000.00'). */
export const SPACED_NUMBER = /\d[ \u00a0\u3000]\d{3}(?!\d)/;
/** A number printed as an amount ('905788.66', '1,234.5') with no unit after it — not a share whose % was lost ('占 76.23;'). */
export const UNITLESS_AMOUNT = /(?<![\d.,])(?<!(?:占|占比|比重)\s*)\d[\d,]*\.\d+(?![\d.]|\s*(?:亿元|万元|千元|元|%|％|万|亿))/;
/**
 * An item stated as nil without a figure ('因公出国（境）费为0', '…为零', '无此项支出', or an item that ends its clause
 * saying it was not arranged: '因公出国(境)经费未安排预算；'): a part of a list, though no amount.
 */
export const NIL_ITEM = /为\s*[0０零](?![\d.．０-９])|无此项支出|(?:未安排|未发生|未列支)(?:预算|支出|经费|费用)?\s*$/;
/** A figure named only as the total of what was listed before it ('，合计50万元', '。共计50万元'). */
export const TOTAL_OF_LIST = /^\s*(?:合计|共计|总计)\s*(?:为|是|达)?\s*$/;

/** A numbered item that breaks a figure down by one classification ('1.按支出功能分类,包括…', '(二)按支出用途划分…'). */
export const CLASSIFIED_ITEM = /^\s*(?:(?:\d{1,2}\s*[、.．]|[(（]\s*[一二三四五六七八九十\d]+\s*[)）])\s*)?按[^,，;；。:：]{0,12}(?:分类|划分|类别)/;
/**
 * '国内增值税101.87亿元,…其中留抵退税冲减收入194.35亿元': an amount taken off the figure before it, named under its 其中,
 * no part of it (it may well be larger).
 */
export const DEDUCTION_LABEL = /冲减|抵减/;

/**
 * A number (with optional thousands separators, groups of exactly three digits) followed by a unit
 * or %. A number glued to a digit, a dot or a letter before it is part of something else (509号,
 * a code, a version); three digits after a digit and a space are the end of an amount a PDF spaced
 * ('1 000.00万元'), which cannot be read for certain (a percentage there is a table's next column).
 */
export const FIGURE_WITH_UNIT = /(?<![\d.A-Za-z])(?:(?<!\d[ \u00a0\u3000])|(?!\d{3}(?!\d))|(?=\d{3}(?:\.\d+)?\s*%))(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(亿元|万元|千元|元|%)/g;

/**
 * '合计为1000.86万，其中：…公务用车购置费399.25万元' / '公务接待费0.7亿。': a clerk drops the 元 of 万元
 * (亿元) among 万元 (亿元) figures. A bare 万 or 亿 is read as 万元 / 亿元 only in a passage that has
 * figures in that unit, after words of money and before punctuation — never '5万人', '1.2万平方米',
 * '14亿人口' or a count ('服务人口3万，').
 */
export const BARE_UNIT_FIGURE = /(?<![\d.A-Za-z])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(万|亿)(?=[,;。、)\s]|$)/g;
// 增收 / 减收 / 增支 / 减支 name money by themselves ('同比增长14.6%,增收4,376万').
export const MONEY_WORD_BEFORE = /(?:费|经费|资金|支出|收入|预算|决算|合计|总计|总额|拨款|增收|减收|增支|减支)[^,;。、:\d]{0,6}$/;
/** '财政拨款收、支总计各增加…': 收、支 is 收支. */
export const SHOU_ZHI_SPLIT = /收、支/g;

/**
 * The year a sentence opens with ("2021年的三公经费决算数合计为807.95万,其中:…"): the year of its
 * figures that name none, even when the figure it first speaks of is not read (a bare '万').
 */
export const OPENING_YEAR = /^[^\d,;:。比较与同]{0,12}?(\d{4})\s*年度?(?!\s*\d{1,2}\s*月)(?!\s*(?:相比|比|较|同期))/;

/** '…的' at the end of a subject ('占基本支出的'). */
export const DE_END = /的$/;
/** Nothing but joining words ('和', '、'): a percent joined to the one before it. */
export const ONLY_JOINING_WORDS = /^[\s、,和及与]*$/;
/** '其' ending a subject ('其中' read as '其' + '中'): refers back, names nothing. */
export const QI_END = /其$/;
/** '在' opening a subject ('在X中'). */
export const ZAI_START = /^在/;

/**
 * A sentence that opens with its cause ("因实施公务用车制度改革，…减少77.94亿元，下降27.6%"; "随着政府购买
 * 服务改革的推进，…服务类采购增长迅速。服务类采购金额…增长26.1%"): the changes after it in its
 * passage are explained. '因公出国' and '因此' are no cause.
 */
export const CAUSE_FIRST = /^[\s—－-]*(?:因(?!公|此)|由于|随着|受[^。]{1,30}影响)/;

/**
 * A numbered passage that lists reasons: numbers, 一是 and ①; '二、' / '（二）' start the next section.
 * Unlike NEXT_ITEM (a list going on), the first item counts.
 */
export const LIST_ITEM_START = /^\s*(?:\d{1,2}\s*[、.．](?!\d)|[(（]\s*\d{1,2}\s*[)）]|[一二三四五六七八九十]是|[①-⑳])/;

// ---------------------------------------------------------------------------------------------
// What a figure is about (subjects.ts): head nouns, totals, funds, and the words that name nothing.

/**
 * What a subject is, from the head noun at the end of its words (Chinese puts the head last:
 * "面向中小企业预留政府采购项目" is a 项目, not the 政府采购 total). Most specific first; tested on
 * the words left once the funds, the unit's name and the measure words are taken away.
 */
export const SUBJECT_CORES: [RegExp, Core][] = [
  [/因公出国[(（]?境?[)）]?(?:费用|经费|费)?(?:支出)?$/, 'abroad'],
  [/公务(?:用)?车(?:辆)?购置(?:及|和|与)(?:运行|运维|维护)(?:维护)?(?:费用|经费|费)?(?:支出)?$|公务用车费用$/, 'vehicle'],
  [/公(?:务用?)?车(?:辆)?购置(?:费用|经费|费)?(?:支出)?$/, 'vehicle-purchase'],
  // '公务用车运行费维护费' (ningguo-jiaotong-2013): the 费 of 运行 written twice.
  [/公(?:务用?)?车(?:用车)?(?:运行|运维)(?:费?及?维护)?(?:费用|经费|费)?(?:支出)?$/, 'vehicle-operation'],
  [/公务接待(?:费用|经费|费)?(?:支出)?$/, 'reception'],
  [/三公经费(?:支出)?$|三公$/, 'three-public'],
  [/(?:机关|单位)运行经费(?:支出)?$/, 'admin-operating'],
  [/人员经费(?:支出)?$/, 'personnel'],
  [/公用经费(?:支出)?$/, 'public'],
  [/基本支出$/, 'basic'],
  // '部门专项项目预算74000.00元' beside the 基本支出 (455): the 项目支出 under its older name — the words alone, not a project's name.
  [/项目支出$|^(?:部门)?专项项目$/, 'project'],
  [/^(?:政府采购)?货物类?(?:采购)?$/, 'procurement-goods'],
  [/^(?:政府采购)?工程类?(?:采购)?$/, 'procurement-works'],
  [/^(?:政府采购)?服务类?(?:采购)?$/, 'procurement-services'],
  // '全国政府采购规模为17305.34亿元', '占采购总规模的58.6%': the total by its size.
  [/政府采购(?:合计|总额|总?规模)?$|^采购总?规模$/, 'procurement'],
  [/工资福利支出$/, 'econ:301'],
  [/商品和服务支出$/, 'econ:302'],
  [/对个人和家庭(?:的)?补助(?:支出)?$/, 'econ:303'],
  [/资本性支出$/, 'econ:310'],
  [/(?:上年|年初)结转(?:和|及)?(?:结余)?(?:资金)?(?:收入)?$|(?:上年|年初)结余$/, 'carryover'],
  [/事业收入$/, 'business-income'],
  [/经营收入$/, 'operating-income'],
  [/上级补助收入$/, 'superior-subsidy'],
  [/附属单位上缴收入$/, 'affiliated-remit'],
  [/其他收入$/, 'other-income'],
];

/** 其他 / 其它 ending the words before a head noun: the rest of that total, not the total ('其它人员经费'). */
export const OTHER_BEFORE_HEAD = /其[他它]$/;

/**
 * Totals: tested on the words left once the funds and the unit's name are taken away. '部门预算收入' is the 部门's whole
 * 收入 (MEASURE_WORDS keeps 部门预算 whole, so the words reach here with it).
 */
export const SUBJECT_TOTALS: [RegExp, Core][] = [
  [/^(?:本年|当年|全年)?(?:收支|收入支出)(?:总预算|总决算|预算总计|总计|总额|合计|安排|预算|决算|总)?$/, 'income-expense'],
  [/^(?:本年|当年|全年)?(?:部门(?:预算|决算))?(?:总收入|收入)(?:预算|决算)?(?:合计|总计|总额|总数|总预算|总决算|小计|总)?$/, 'income'],
  [/^(?:本年|当年|全年)?(?:部门(?:预算|决算))?(?:总支出|支出)(?:预算|决算)?(?:合计|总计|总额|总数|总预算|总决算|小计|总)?$/, 'expense'],
  [/^(?:当年)?拨款(?:合计|总额|规模)?$/, 'appropriation'],
];
export const FUND_WORDS = /一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?|财政专户(?:管理)?(?:资金)?|单位资金|财政拨款|财政资金|(?:财政|政府)?拨款(?=收入|支出)/g;

/** The fund a subject's words name. */
export const SUBJECT_FUNDS: [RegExp, Fund][] = [
  [/一般公共预算/, 'general-budget'],
  [/政府性基金/, 'gov-fund'],
  [/国有资本经营/, 'state-capital'],
  [/财政专户/, 'special-account'],
  [/单位资金/, 'unit-funds'],
  // '政府拨款收入' (a 红十字会's, a 协会's): the 财政拨款 of bodies that keep 民间非营利 accounts. Without it the 拨款 alone
  // was taken away and '本级政府' read as the body's name, leaving the whole 收入.
  [/财政拨款|财政资金|政府拨款/, 'fiscal'],
];

/** Words that are not part of what a figure is about. */
export const PERIOD_WORDS = /\d{4}\s*年度?|上一?年度?(?!结转|结余|末)|去年|本年度?|当年|今年|全年|年初(?!(?:财政拨款|一般公共预算|政府性基金)?(?:结转|结余))|年末(?!(?:财政拨款|一般公共预算|政府性基金)?(?:结转|结余))|同期/g;
/** '基本支出决算', '一般公共预算财政拨款支出决算' keep their 支出: only 决算 is the measure there. */
export const MEASURE_WORDS = /预算执行数|执行数|年初预算数?|调整预算数?|(?<!一般公共|基金|经营|部门|单位)预算(?:数|安排|金额)?|决算数|(?<!基本|项目|拨款)支出决算数?|决算|安排|金额|实际/g;
/**
 * Fillers at the end of a subject's words, before its figure. 均 / 都 ('收、支总计均为1,145.52万元') say the figure holds for
 * both 收 and 支, as 各 does; 人均, 年均, 生均 … keep theirs, a figure per head being another subject.
 */
export const SUBJECT_FILLER_END = /(?:为|是|达|共计为|共计|共|合计为|总额为|约|的|各|(?<![人年生户平车])均|(?<![首成])都)$/;
/** The same fillers as a subject's raw words lose ('…共计'). */
export const RAW_FILLER_END = /(?:为|是|达|共计|共)$/;
/** List markers and joining words before a subject ('（一）', '1、', '①', '其中：', '以及', '分别为' …). */
export const SUBJECT_LEAD = /^(?:[(（]\s*(?:\d{1,2}|[一二三四五六七八九十]+)\s*[)）]\s*[、.．]?\s*|(?:\d{1,2}|[一二三四五六七八九十]+)\s*[、.．](?!\d)\s*|[①-⑳]|其中[:：]?|包括[:：]?|以及|和|及|与|另|还有|含|分别为|主要为|主要包括)+/;
/** A subject word that is only generic: a subject on its own it is not. */
export const BARE_SUBJECT = /^(?:支出|收入|金额|资金|经费|费用|合计|总计|总额|数|科目|项目|其中|全部|小计|本年|本部门|本单位|部门|单位)?$/;
/** The unit speaking of itself before its subject ('本部门…', '某某局…'). */
export const LOCALITY = /^(?:本部门|本单位|我部门|我单位|[^，,。；;]{2,}(?:局|委员会|办公室|办事处|街道|院|中心|政府|学校|中学|小学|大学|幼儿园|馆|站|队)(?:[(（]单位[)）])?)(?=[^，,。；;]{2,})/;
/** A total word at the end of a subject ('…合计', '三公经费预算总数'). */
export const TOTAL_WORD_END = /(?:合计|总计|总额|总数|小计|共计)$/;
/** 收入 / 支出 / 拨款 ending the words of a fund ('一般公共预算收入'). */
export const FUND_SIDE_END = /(?:收入|支出|拨款)$/;

/** A 科目 level marker with its code: '（204类）', '(06款)', '（项）'. */
export const CLASS_LEVEL_MARKER = /\((\d{2,7})?\s*(类|款|项)\)/g;
/** A list number before a name: '1、', '二.'. */
export const NAME_ORDINAL = /^(?:\d+|[一二三四五六七八九十]+)[、.．]/;
/** The same, one or two digits only (a 科目 step's name). */
export const STEP_ORDINAL = /^(?:\d{1,2}|[一二三四五六七八九十]+)[、.．]/;
/**
 * A list number printed without its mark, right before the quote that opens the 科目 ('18“社会保障和就业支出(类)…”'):
 * no 科目 name begins with a digit, so the number is the item's, not part of the name.
 */
export const STEP_ORDINAL_UNMARKED = /^\d{1,2}(?=[“"])/;
/**
 * What stands between a 科目 path's steps, before a step's name: punctuation, and the dash or slash some texts join the steps with
 * ('一般公共服务支出(类）-统计信息事务（款）-统计管理（项）') — no 科目 name begins with either.
 */
export const STEP_JOINER = /^[:;,、.．\s\-—–/]+/;
/** '其中：' / '包括：' before a 科目 step's name. */
export const STEP_LEAD = /^(?:其中|包括)[:：]?/;
/** The year the sentence opens with ('2025年科学技术支出（类）…'): no part of the 科目's name. */
export const STEP_PERIOD = /^(?:\d{4}\s*年度?|本年度?|当年|全年)/;
/** '教育支出类(科目)': a 类 named without its code. */
export const LEI_BY_NAME = /^(.{2,20}?支出)类(?:科目)?$/;
/** '（一）', '1、', '(2)' … before a 类 named without its code. */
export const LEI_NUMBERING = /^(?:[(（]?[一二三四五六七八九十\d]+[)）、.．]+)/;
/** A 类 / 款 / 项 marker at the end of a 科目 name ('一般公共服务（类）' → '一般公共服务'). */
export const LEVEL_MARK_END = /(?:类|款|项)(?:科目)?$/;
/** 支出 ending a 类 name (often written without it). */
export const ZHICHU_END = /支出$/;

/** A year written right before a figure, with only a measure between ('2015年预算12.5万元'): the figure's own year. */
export const YEAR_BEFORE_FIGURE = /\d{4}\s*年度?\s*(?:年初|调整后?|全年)?\s*(?:预算|决算|执行|实际)?\s*(?:数|支出|安排)?\s*(?:为|是|[:：])?\s*$/;
