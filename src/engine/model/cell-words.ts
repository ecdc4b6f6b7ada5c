/**
 * The words a table's cells hold besides labels, read by grid/ while it turns cells into figures:
 * the 单位 line, a unit written after a figure, and the words of a cell that does not apply. Kept
 * apart from recognize/lexicon so that reading a grid (in the pane's first script too) does not
 * load the recognizer's vocabulary.
 */

/** '单位：万元', '金额单位：元', '（单位：千元）', '单位（元）': the unit a 单位 line states. */
export const UNIT_STATEMENT = /(?:金额)?单位[:：(（]?(?:人民币)?(亿元|万元|千元|元)/;

/** A unit written after the figure in a cell ('293万元', '5元'). */
export const TRAILING_UNIT = /(万元|千元|亿元|元)$/;

/** Words printed in a figure cell that does not apply: '单位不需填列', '无需填列', '不适用', '不涉及'. */
export const NOT_APPLICABLE = /^(单位)?(不需|无需|不须|毋需|不用)填(列|报|写)$|^不适用$|^不涉及$/;
