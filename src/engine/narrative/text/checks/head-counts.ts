/**
 * Head counts listed one after another with their 共计 right after them ('拥有正式民警42人、事业45人、工人6人、辅警人员227人,
 * 共计305人'): the listed counts make the total. A total the counts do not make is a slip in one of the figures, which one the
 * text cannot tell — a warning. So are the 编制 of a 部门 and the kinds of 编制 its 其中 lists ('核定编制79人,其中:行政编制32人,
 * 事业编制53人,工勤编制0人,自收自支 2 人'), and the 在职 by the kinds of staff its 其中 / 包括 lists ('在职人数 61 人,包括行政人员26人、
 * 全部补助事业人员33人、自收自支事业人员21人': 行政, 事业, 工勤 and 自收自支 staff are apart, so they make the 在职). Counts in any
 * other arrangement (编制 beside 实有, a 其中 of 实有, a 在职 split by anything else: 在编 and 临聘, 职称, a bracket) are not read.
 * Cars too: the 公务用车 or 车辆 a body has and the kinds its 其中 lists ('单位共有公务用车0辆,其中:轿车0辆、越野车0辆、载客汽车1辆').
 * The kinds may be a selection ('共有公务用车40辆,其中:轿车3辆、越野车5辆'), so only kinds above the total, or a list closed by
 * 其他 ('…其他用车8辆'), are a slip.
 */
import type { Doc } from '../document';

/**
 * Two to twelve counts of people, each named, joined by 、 or a comma, and 共计 / 合计 / 总计 / 共 with the total right after.
 * A count named by 编制 or itself a total ('人员编制数共15人,年末实有在职人员13人,退休人员6人,共19人') is none of the parts.
 * The list is of two counts at least: the first is dropped when the match starts inside 编制 (see checkHeadCounts).
 */
const COUNTS_WITH_TOTAL =
  /((?:(?:(?!编制|共|合计|总计)[^\d,，;；。:：、()（）]){1,12}?\d+\s*[人名][、,，]){1,11}(?:(?!编制|共|合计|总计)[^\d,，;；。:：、()（）]){1,12}?\d+\s*[人名])\s*[,，]?\s*(?:共计|合计|总计|共)\s*(\d+)\s*[人名]/g;
const COUNT = /(\d+)\s*[人名]/g;
/** What every match ends with: a passage without it is not tried (the pattern above backtracks at every position). */
const TOTAL_OF_HEADS = /(?:共计|合计|总计|共)\s*\d+\s*[人名]/;

export function checkHeadCounts(doc: Doc): void {
  for (const p of doc.passages) {
    if (!TOTAL_OF_HEADS.test(p.text)) continue;
    COUNTS_WITH_TOTAL.lastIndex = 0;
    for (let m = COUNTS_WITH_TOTAL.exec(p.text); m; m = COUNTS_WITH_TOTAL.exec(p.text)) {
      // '财政编制为19人,实际在职17人、退休6人、聘用2人,合计25人': kept from a name holding 编制, the pattern may still start
      // inside that word, just after its 编 ('制为19人'); that first count is the 编制 all the same, none of the parts.
      const quota = p.text[m.index - 1] === '编';
      const counts = [...m[1].matchAll(COUNT)].map((c) => Number(c[1])).slice(quota ? 1 : 0);
      if (counts.length < 2) continue;
      const total = Number(m[2]);
      const sum = counts.reduce((a, b) => a + b, 0);
      if (sum === total) continue;
      const quoted = quota ? m[0].slice(m[0].search(/[人名][、,，]/) + 2) : m[0];
      const at = m.index + m[0].lastIndexOf(m[2]);
      doc.out.add('sum', 'warning', { para: p.index, start: at }, `“${quoted}”的人数合计不符：${counts.join(' + ')} = ${sum}人，文中为${total}人，请核对合计或各项人数。`, { key: `heads${at}` });
    }
  }
}

/** A total of 编制 and its 其中, up to the end of the sentence or a semicolon: '编制人数42,其中:行政编制人数19、…'. */
const STAFFING_WITH_PARTS = /((?:核定|人员|机关)?编制(?:人数|数)?(?:共|为|共计)?)\s*(\d+)\s*[人名]?\s*[,，]?\s*其中\s*[:：]?([^。;；]*)/g;
/**
 * One kind of 编制 and its count: named by 编制, or 自收自支 ('自收自支 2 人'). The count of a 人数 may go without 人.
 * Anything else in the list — 实有, 在职, 退休, 工勤人员, a bracket — and the list is not read.
 */
const STAFFING_PART = /^(?:[^\d()（）]{0,16}编制(?:人数|数)?|自收自支[^\d()（）编]{0,4})\s*(\d+)\s*[人名]?$/;

/** A total of people and the kinds its list names: each kind read by `part`, or the list is not read. */
interface ListedHeadCounts {
  /** What every match holds: a passage without it is not tried. */
  gate: string;
  /** Group 1 the total's words, 2 its count, 3 the list. */
  withParts: RegExp;
  /** One kind and its count (group 1); anything else and the list is not read. */
  part: RegExp;
  key: string;
  /** '各类编制之和与编制总数', and what to check: '编制总数或各类编制人数'. */
  mismatch: string;
  check: string;
  /** What the counts count: 人 unless said. */
  unit?: string;
  /** The kinds may be a selection: short of the total is a slip only when the last kind is the rest (其他…). */
  selection?: boolean;
}

/** '其他用车8辆': the kind that takes the rest, closing a list. */
const REST_KIND = /^其他/;

function checkListedHeadCounts(doc: Doc, list: ListedHeadCounts): void {
  const unit = list.unit ?? '人';
  for (const p of doc.passages) {
    if (!p.text.includes(list.gate)) continue;
    list.withParts.lastIndex = 0;
    for (let m = list.withParts.exec(p.text); m; m = list.withParts.exec(p.text)) {
      const pieces = m[3].split(/[、,，]/).map((piece) => piece.trim());
      const counts = pieces.map((piece) => list.part.exec(piece)?.[1]);
      if (counts.length < 2 || counts.some((c) => c === undefined)) continue;
      const total = Number(m[2]);
      const sum = counts.reduce((a, c) => a + Number(c), 0);
      if (sum === total) continue;
      if (list.selection && sum < total && !REST_KIND.test(pieces[pieces.length - 1])) continue;
      const at = m.index + m[1].length + m[0].slice(m[1].length).indexOf(m[2]);
      doc.out.add(
        'sum',
        'warning',
        { para: p.index, start: at },
        `“${m[0]}”所列${list.mismatch}不符：${counts.join(' + ')} = ${sum}${unit}，文中为${total}${unit}，请核对${list.check}。`,
        { key: `${list.key}${at}` },
      );
    }
  }
}

export function checkStaffingQuotas(doc: Doc): void {
  checkListedHeadCounts(doc, {
    gate: '编制',
    withParts: STAFFING_WITH_PARTS,
    part: STAFFING_PART,
    key: 'staffing',
    mismatch: '各类编制之和与编制总数',
    check: '编制总数或各类编制人数',
  });
}

/** The 在职 and what its 其中 / 包括 lists, up to the end of the sentence or a semicolon. */
const SERVING_WITH_PARTS = /(在职(?:人员|人数|职工)?(?:为|共|共计)?)\s*(\d+)\s*[人名]\s*[,，]?\s*(?:其中|包括)\s*[:：]?([^。;；]*)/g;
/** One kind of staff and its count ('全部补助事业人员33人', '工勤人员2人', '事业编制36人'); anything else and the list is not read. */
const STAFF_KIND_PART = /^(?:全部补助|全额补助|差额补助|财政补助)?(?:行政|事业|工勤|自收自支(?:事业)?)(?:编制|人员)?(?:人数)?(?:为)?\s*(\d+)\s*[人名]$/;

export function checkServingStaff(doc: Doc): void {
  checkListedHeadCounts(doc, {
    gate: '在职',
    withParts: SERVING_WITH_PARTS,
    part: STAFF_KIND_PART,
    key: 'serving',
    mismatch: '各类人员之和与在职人数',
    check: '在职人数或各类人员人数',
  });
}

/** The cars a body has and the kinds its 其中 lists, up to the end of the sentence or a semicolon. */
const CARS_WITH_PARTS = /((?:共有|拥有|实有|保有)?(?:公务用车|公务车辆|车辆)(?:保有量)?(?:共|为|共计)?)\s*(\d+)\s*辆\s*[,，]?\s*其中\s*[:：,，]?([^。;；]*)/g;
/** One kind of car and its count ('载客汽车1辆', '其他用车 8 辆'); anything else ('金额0万元') and the list is not read. */
const CAR_KIND_PART = /^[^\d()（）]{1,16}?(\d+)\s*辆$/;

export function checkCarCounts(doc: Doc): void {
  checkListedHeadCounts(doc, {
    gate: '辆',
    withParts: CARS_WITH_PARTS,
    part: CAR_KIND_PART,
    key: 'cars',
    mismatch: '各类车辆之和与车辆总数',
    check: '车辆总数或各类车辆数',
    unit: '辆',
    selection: true,
  });
}
