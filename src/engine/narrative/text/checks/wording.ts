/**
 * What the words alone can prove: the same figure stated twice with different values (a figure
 * copied from the item above), placeholders left in the text, years that are not the report's (a
 * comparison with the report year itself, a heading that repeats the title with another year), a share
 * or rate with its number missing ("占基本支出预算%"), and a comparison with no word saying which way it
 * went, or with words of both ways.
 */
import { distance as editDistance } from 'fastest-levenshtein';
import type { Family } from '../../../recognize/types';
import { halfUnitOf, printedHalfUnitOf } from '../figures';
import { toFen } from '../../../model/money';
import { amountsBeforeInParagraph, amountsOfPassage, amountText, textBetween, amountValue, decimalsFor, markChecked, quote, foundInWhole, wholeText, type Doc } from '../document';
import { finalAndBudget, measureOrDefault } from '../structure';
import { sentenceAt, type AmountToken } from '../tokens';
import { sentenceStartBefore } from './reasons';
import { UNKNOWN_YEAR } from '../read';
import { SENTENCE_PUNCTUATION } from '../../../recognize/lexicon';
import { isChineseCharCode } from '../../../grid/text';
import type { Passage } from '../join';
import { AS_OF, BARE_COMPARISON, COMPARED_YEAR, COMPARISON_NEAR, CUT_OF_ITEM, ELLIPSIS, GARBLED_DIRECTION, HEADING_START, insideQuotation, LEVEL_YEAR, MISSING_AMOUNT, MISSING_PERCENT, OTHER_BUDGET_SPOKEN_OF, OWN_SCOPE_AFTER, BUDGET_BEFORE_FIGURE, PLACEHOLDER_CHARACTER, PLACEHOLDERS, FOREIGN_PASSAGE_CHARACTERS, REPORT_TITLE, REPORT_WORD, SCOPE_YEAR, WAY_AFTER, YEAR_CHARACTER } from '../words';

// ------------------------------------------------------------------ the same figure twice

/** Value figures that say the same thing: subject (from the figure's words or its item), year, measure, the total they are part of. */
/** `year`: the key of the same indicator in another year (default: the figure's own). */
function indicatorKey(doc: Doc, a: AmountToken, year: number = a.year): string | undefined {
  const id = a.subject.id;
  // Only a known total or a 科目 is one indicator wherever it is written; plain names are not.
  if (!id || a.role !== 'value' || a.inReason || a.subject.bare || id.startsWith('name:') || CUT_OF_ITEM.test(a.label)) return undefined;
  if (id.startsWith('econ:') && !doc.structure.parentOf.get(a)) return undefined;
  // A 科目 is one figure wherever it is listed, but for the column a 基本支出 / 项目支出 list takes.
  const head = doc.structure.parentOf.get(a)?.head;
  const parentSubject = head?.subject;
  const parent = a.subject.path ? (parentSubject?.core === 'basic' || parentSubject?.core === 'project' ? parentSubject.core : '') : (parentSubject?.id ?? '');
  // A part with no measure of its own is of its list's: '预算为168.53万元,其中:因公出国(境)费39万元' is a budget.
  return `${id}|${year}|${measureOrDefault(a.measure ?? head?.measure, doc.family)}|${parent}`;
}

/**
 * Passages `from` … `to` are one passage, or one numbered item run over several (PDF lines that end a
 * sentence): the first starts with its number, none after it starts a heading or a number.
 */
function sameItem(doc: Doc, from: number, to: number): boolean {
  if (from === to) return true;
  if (to - from > 3 || !HEADING_START.test(doc.passages[from].text)) return false;
  for (let p = from + 1; p <= to; p++) if (HEADING_START.test(doc.passages[p].text)) return false;
  return true;
}

/**
 * A numbered heading between two figures — a page flattened to one line, '…收支决算平衡。
 * 2.区本级一般公共预算收支决算情况 区本级…', however its copy's lines cut it into passages — starts another item:
 * the same words may then speak of another scope (the 区本级 after the 全区).
 */
function headingBetween(doc: Doc, first: AmountToken, a: AmountToken): boolean {
  return textBetween(doc, first, a)
    .split(/[\s。；;]+/)
    .some((piece, i) => i > 0 && piece !== '' && HEADING_START.test(piece));
}

/**
 * '公务接待费1.58元，…支出公务接待费为1.58万元': one figure written with the same digits under two units —
 * one of the units is mistyped. Not a list of two items (their digits would differ), and not nil.
 */
function unitSlip(first: AmountToken, a: AmountToken): boolean {
  return a.unit !== first.unit && a.value === first.value && a.decimals === first.decimals && a.value !== 0 && !a.fromTable && !first.fromTable;
}

/** The unit the document writes least is the one to look at. */
function reportUnitSlip(doc: Doc, first: AmountToken, a: AmountToken): void {
  const uses = (u: AmountToken['unit']) => doc.structure.amounts.filter((o) => o.unit === u).length;
  const odd = uses(first.unit) < uses(a.unit) ? first : a;
  const other = odd === a ? first : a;
  markChecked(doc, a, first);
  doc.out.add(
    'duplicate',
    'warning',
    odd,
    `同一项目写了两种单位：${quote(first)}与${quote(a)}数字相同而单位不同，疑为“${odd.raw.replace(/\s+/g, '')}”的单位写错（应为${other.unit}？），请核对。`,
    { key: `unit${odd.start}`, about: odd },
  );
}

/**
 * The same item's figure for another year, stated in the item's passages (`from` … `to`) with the
 * digits of `a`: '2026年度预算8.61万元，2025年度预算8.30万元…2025年预算安排8.61万元' — the second 2025 is
 * more likely the 2026 budget under the wrong year than a wrong figure.
 */
function sameFigureOfAnotherYear(doc: Doc, a: AmountToken, from: number, to: number): AmountToken | undefined {
  const key = indicatorKey(doc, a);
  if (!key) return undefined;
  for (let p = from; p <= to; p++) {
    const twin = amountsOfPassage(doc, p).find((o) => o !== a && o.year !== a.year && o.fen === a.fen && o.unit === a.unit && indicatorKey(doc, o, a.year) === key);
    if (twin) return twin;
  }
  return undefined;
}

/**
 * A pasted table's 购置 / 运行 row is a part of its 公务用车 row: the key the prose gives the same figure in a 其中 under
 * its 公务用车 ('公务用车购置及运行费5万元。其中:公务用车运行费2.8万元'); '' (no key) for any other figure.
 */
function keyUnderItsHead(a: AmountToken, key: string): string {
  return a.fromTable && (a.subject.core === 'vehicle-purchase' || a.subject.core === 'vehicle-operation') ? `${key}vehicle` : '';
}

function checkDuplicates(doc: Doc): void {
  const seen = new Map<string, AmountToken>();
  for (const a of doc.structure.amounts) {
    const key = indicatorKey(doc, a);
    if (!key) continue;
    const first = seen.get(key) ?? seen.get(keyUnderItsHead(a, key));
    if (!first) {
      seen.set(key, a);
      continue;
    }
    if ((first.para === a.para || sameItem(doc, first.para, a.para)) && unitSlip(first, a)) {
      reportUnitSlip(doc, first, a);
      continue;
    }
    // Within one item (its passages up to the next heading or number): a section heading elsewhere may
    // change what the same words mean. Within one sentence, two figures are two items of a list whose
    // names share words ('待偿债置换一般债券上年结余320万元,上年结转结余收入41407万元').
    if (first.para === a.para && first.sentence === a.sentence) continue;
    if (!sameItem(doc, first.para, a.para) || headingBetween(doc, first, a)) {
      seen.set(key, a);
      continue;
    }
    markChecked(doc, a, first);
    // Printed alike, the same figure is the same digits; printed to different precisions, one rounds the other
    // ('47万元' and then '支出决算为46.50万元'): within half a unit of the coarser one's last printed digit.
    const alike = a.unit === first.unit && a.decimals === first.decimals;
    const coarser = Math.max(printedHalfUnitOf(a), printedHalfUnitOf(first));
    if (Math.abs(a.fen - first.fen) <= (alike ? 0 : coarser)) continue;
    if (a.fromTable !== first.fromTable) {
      reportAgainstPastedTable(doc, a.fromTable ? first : a, a.fromTable ? a : first);
      continue;
    }
    if (doc.out.hasError(a)) continue;
    const d = decimalsFor(a, first);
    const copied = amountsOfPassage(doc, a.para - 1).find((o) => o !== a && o.role === 'value' && o.fen === a.fen);
    // '269.85万元' and then '支出决算为269.86万元': one printed unit apart, a slip of rounding or typing.
    // So is a coarser figure one of its units from the finer one: cut, not rounded ('46万元' for 46.50).
    const oneUnit = Math.abs(a.fen - first.fen) <= 2 * (alike ? Math.max(halfUnitOf(a), halfUnitOf(first)) : coarser);
    // Which of the two is wrong, the figure or its year, the words cannot tell: a warning.
    const otherYear = sameFigureOfAnotherYear(doc, a, first.para, a.para);
    const why = copied
      ? `；${amountText(a.fen, a.unit, d)}${a.unit}与上一条的${quote(copied)}相同，疑似照抄`
      : otherYear
        ? `；${amountText(a.fen, a.unit, d)}${a.unit}与本项的${quote(otherYear)}相同，可能是年份写错`
        : '';
    doc.out.add(
      'duplicate',
      oneUnit || (otherYear && !copied) ? 'warning' : 'error',
      a,
      `同一项目前后数字不一致：前文为${quote(first)}，此处为${quote(a)}（差${amountText(a.fen - first.fen, a.unit, d)}${a.unit}）${why}，请核对。`,
      { expected: first.value, actual: a.value, key: `${a.start}`, about: a },
    );
  }
}

/**
 * A figure of the prose that its item's row of the “三公” table pasted above it gives otherwise ('其中:公务用车运行费2.8万元'
 * under a row '其中:公务用车运行费 | 5.00'): the table adds up (inline-table.ts reads no other), so the finding is on the
 * prose's figure, wherever in the document the two stand.
 */
function reportAgainstPastedTable(doc: Doc, prose: AmountToken, row: AmountToken): void {
  if (doc.out.hasError(prose)) return;
  const d = decimalsFor(prose, row);
  const oneUnit = Math.abs(prose.fen - row.fen) <= 2 * Math.max(halfUnitOf(prose), halfUnitOf(row));
  doc.out.add(
    'duplicate',
    oneUnit ? 'warning' : 'error',
    prose,
    `${quote(prose)}与文中所附表格不一致：${row.label}为${amountText(row.fen, prose.unit, d)}${prose.unit}（差${amountText(prose.fen - row.fen, prose.unit, d)}${prose.unit}），请核对。`,
    { expected: amountValue(row.fen, prose.unit, d), actual: prose.value, key: `${prose.start}`, about: prose },
  );
}

/** A passage of Chinese prose that holds no word of a budget report (REPORT_WORD): site furniture or spam of a web copy. */
function foreignToTheReport(text: string): boolean {
  if (REPORT_WORD.test(text)) return false;
  let chinese = 0;
  for (let i = 0; i < text.length && chinese < FOREIGN_PASSAGE_CHARACTERS; i++) if (text.charCodeAt(i) >= 0x4e00 && text.charCodeAt(i) <= 0x9fff) chinese++;
  return chinese >= FOREIGN_PASSAGE_CHARACTERS;
}

function checkPlaceholders(doc: Doc): void {
  for (const p of doc.passages) {
    if (!PLACEHOLDER_CHARACTER.test(p.text) || foreignToTheReport(p.text)) continue;
    for (const [re, severity] of PLACEHOLDERS) {
      re.lastIndex = 0;
      let m = re.exec(p.text);
      while (m && re === ELLIPSIS && insideQuotation(p.text, m.index)) m = re.exec(p.text);
      if (!m) continue;
      doc.out.add('placeholder', severity, { para: p.index, start: m.index }, `“${sentenceAt(p.text, m.index)}”中留有占位符“${m[0]}”，请填写实际内容。`, { key: m[0] });
      break;
    }
  }
}

/** A line that is a title, not prose: short, with no punctuation of a sentence. */
export function titleLike(text: string): boolean {
  return text.trim().length <= 40 && !SENTENCE_PUNCTUATION.test(text);
}

/** The years a stated report year proves wrong, each with a word every match holds (the pattern runs only where it stands). */
const YEAR_PATTERNS: readonly { pattern: RegExp; word: string }[] = [
  { pattern: LEVEL_YEAR, word: '预算' },
  { pattern: REPORT_TITLE, word: '部门' },
  { pattern: SCOPE_YEAR, word: '编' },
];

/**
 * '本单位2026年收支总预算1291.68万元,2025 年收支总预算 846.48万元,较上年增加了445.20万元': the year before's level stated in the
 * sentence of the year's own, with the change between the two after it — the base of the comparison, not the report's year.
 */
function priorBesideOwn(text: string, at: number, after: string, year: number): boolean {
  const start = sentenceStartBefore(text, at);
  const end = after.search(SENTENCE_END);
  return new RegExp(`${year}\\s*年`).test(text.slice(start, at)) && CHANGE_BETWEEN.test(end < 0 ? after : after.slice(0, end));
}
const SENTENCE_END = /[。;；!?！？]/;
/** The change of a level on the year before: '较上年增加', '比2025年减少'. */
const CHANGE_BETWEEN = /(?:较|比)(?:上年|去年|\d{4}\s*年)[^。;；]*?(?:增加|减少|增长|下降|持平)/;

function checkYears(doc: Doc): void {
  const year = doc.reportYear;
  if (year === UNKNOWN_YEAR) return;
  const family: Family = doc.family;
  const passages = doc.passages;
  for (let i = 0; i < passages.length; i++) {
    const p = passages[i];
    const text = p.text;
    // Every match of the years' patterns holds a 年 (YEAR_CHARACTER): most passages hold none and are passed over by one search.
    if (!text.includes(YEAR_CHARACTER)) continue;
    if (doc.yearStated) {
      for (let j = 0; j < YEAR_PATTERNS.length; j++) {
        const { pattern: re, word } = YEAR_PATTERNS[j];
        if (!text.includes(word)) continue;
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const n = Number(m[1]);
          const before = text.slice(Math.max(0, m.index - 3), m.index);
          if (n === year || COMPARISON_NEAR.test(before)) continue;
          const after = text.slice(m.index + m[0].length);
          // The year before's 决算 may be spoken of ('与2022年度部门决算相比'); not as this report's own scope.
          if (re === REPORT_TITLE && m[2] === '决算' && n === year - 1 && !OWN_SCOPE_AFTER.test(after)) continue;
          if (re === REPORT_TITLE && OTHER_BUDGET_SPOKEN_OF.test(after)) continue;
          if (re === LEVEL_YEAR && n === year - 1 && priorBesideOwn(text, m.index, after, year)) continue;
          // Prose may name another year's budget ('根据2015年部门预算执行情况', '纳入2015年部门预算编报的单位'), and with its
          // figure too ('2026年预算安排18万元，2025年预算安排20万元', the year before's beside the year's): only a title line
          // proves the slip.
          const severity = titleLike(text) ? 'error' : 'warning';
          doc.out.add('year', severity, { para: p.index, start: m.index }, `“${sentenceAt(text, m.index)}”写的是${n}年，本报告是${year}年，请核对年份。`, {
            expected: year,
            actual: n,
            key: `${m.index}`,
          });
        }
      }
    }
    COMPARED_YEAR.lastIndex = 0;
    for (let m = doc.yearStated ? COMPARED_YEAR.exec(text) : null; m; m = COMPARED_YEAR.exec(text)) {
      if (Number(m[1]) !== year) continue;
      // Final accounts compare the year's 决算 with its own 预算: that is no slip — named right after the year, or in the
      // words before the figure compared with ('与2016年公共财政预算收入1631.06万元,相比增加…').
      if (family === 'final' && (m[3] === '预算' || m[2] || BUDGET_BEFORE_FIGURE.test(text.slice(m.index + m[0].length)))) continue;
      doc.out.add('year', 'error', { para: p.index, start: m.index }, `“${sentenceAt(text, m.index)}”与${year}年相比，但本报告就是${year}年，比较的应是上年（${year - 1}年），请核对年份。`, {
        expected: year - 1,
        actual: year,
        key: `cmp${m.index}`,
      });
    }
    // Only against a stated year: a year guessed from the years a report speaks of ('截至2023年6月末…2022年
    // 财政一般公共预算支出') proves no date wrong.
    AS_OF.lastIndex = 0;
    for (let m = doc.yearStated && text.includes('截') ? AS_OF.exec(text) : null; m; m = AS_OF.exec(text)) {
      const n = Number(m[1]);
      // A budget reports assets at the end of the previous year; final accounts at the end of their own year.
      const expected = family === 'final' ? year : year - 1;
      if (n >= expected && n <= year) continue;
      // A date after the report's year may be the time of publishing ('截至2024年8月末' in a 2023 决算 out that
      // autumn): a question. A date before it is a stale copy.
      const severity = n > year ? 'warning' : 'error';
      doc.out.add('year', severity, { para: p.index, start: m.index }, `“${sentenceAt(text, m.index)}”截至${n}年，本${family === 'final' ? '决算' : '预算'}应截至${expected}年底，请核对年份。`, {
        expected,
        actual: n,
        key: `asof${m.index}`,
      });
    }
  }
}

function checkMissingNumbers(doc: Doc): void {
  // MISSING_AMOUNT is unanchored and its end allows \s, the line break a passage ends on in the whole text.
  const amounts = foundInWhole(MISSING_AMOUNT, wholeText(doc));
  for (const p of doc.passages) {
    MISSING_AMOUNT.lastIndex = 0;
    for (let m = amounts ? MISSING_AMOUNT.exec(p.text) : null; m; m = MISSING_AMOUNT.exec(p.text)) {
      doc.out.add('missing', 'warning', { para: p.index, start: m.index }, `“${m[0]}”缺少金额数字，请补上。`, { key: `amt${m.index}` });
    }
    // Every match ends in % or ％: p.half holds a % wherever the text holds either.
    if (!p.half.includes('%')) continue;
    MISSING_PERCENT.lastIndex = 0;
    for (let m = MISSING_PERCENT.exec(p.text); m; m = MISSING_PERCENT.exec(p.text)) {
      if (isColumnUnitOfFlatHead(p, m) || (CHANGE_RATE_WORD.test(m[1]) && changeFromNothingBefore(doc, p.index, m.index))) continue;
      doc.out.add('missing', 'warning', { para: p.index, start: m.index }, `“${m[0]}”缺少百分比数字，请补上。`, { key: `pct${m.index}` });
    }
  }
}

const CHANGE_RATE_WORD = /^(?:增长|下降|增幅|降幅|减幅)$/;

/**
 * '收入总计22,373.87万元,支出总计22,373.87万元。收支较上年决算数增加22,373.87万元、增长%': a change as large as the figure
 * it is the change of had nothing before it, and the rate of a change from nothing cannot be written — the blank after
 * it is no figure left out.
 */
function changeFromNothingBefore(doc: Doc, para: number, at: number): boolean {
  // The current figure may stand before a 。 a copy's line ended a passage on, inside the paragraph (Passage.goesOn).
  const before = amountsBeforeInParagraph(doc, para, at);
  const change = before.at(-1);
  if (!change || change.role !== 'change' || at - change.end > 3) return false;
  return before.some((v) => v.role === 'value' && v.year === change.year && v.fen === change.fen);
}

const UNIT_OF_TABLE = /单位\s*[:：]\s*(?:亿元|万元|千元|元)/;

/**
 * '…统计表 单位:万元 单位名称 一般公共预算收入 税收比重% 一般公共预算支出': a table's head flattened onto one
 * line after its unit, each '%' the unit of a column glued to the column's name, the next name after a space —
 * or after a line break, where a PDF text layer drops the space ('…税收比重%' / '一般公共预算支出').
 */
function isColumnUnitOfFlatHead(p: Passage, m: RegExpExecArray): boolean {
  const text = p.text;
  const end = m.index + m[0].length;
  const nextName = /^[ \t\u3000]+[\u4e00-\u9fff]/.test(text.slice(end)) || (isChineseCharCode(text.charCodeAt(end)) && p.segments.some((s) => s.start === end));
  return !/\s/.test(text[end - 2] ?? ' ') && nextName && UNIT_OF_TABLE.test(text.slice(0, m.index));
}

/** '比上年预算0.46万元', '较上年3.5%' — a comparison whose words do not say 增加, 减少 or 持平. */
function checkDirectionlessComparisons(doc: Doc): void {
  const figures = [...doc.structure.amounts.filter((a) => a.role === 'value'), ...doc.structure.percents.filter((p) => p.role === 'other')];
  for (const a of figures) {
    if (a.inReason || !BARE_COMPARISON.test(a.label) || WAY_AFTER.test(doc.passages[a.para].text.slice(a.end))) continue;
    markChecked(doc, a);
    doc.out.add('direction', 'warning', a, `“${a.label.trim()}${a.raw}”没有写明是增加、减少还是持平，请补上增减方向。`, { key: `nodir${a.start}` });
  }
}

/**
 * '…支出预算为49.9万元,支出决算为7.69万元,…决算数大小于预算数': the 决算 and the 预算 stated just before say which way
 * it went — the word the sentence should have kept.
 */
function wayOfFinalAndBudget(doc: Doc, para: number, at: number): string | undefined {
  const before = amountsOfPassage(doc, para).filter((a) => a.end <= at && a.role === 'value' && !a.inReason);
  const compared = finalAndBudget(before.slice(-2), doc.family);
  if (!compared || compared.actual.fen === compared.budget.fen) return undefined;
  const { actual, budget } = compared;
  const d = decimalsFor(actual, budget);
  const way = actual.fen < budget.fen ? '小于' : '大于';
  return `按决算${amountText(actual.fen, actual.unit, d)}${actual.unit}、预算${amountText(budget.fen, actual.unit, d)}${actual.unit}计，决算数${way}预算数，应为“${way}”`;
}

/** '比2024年度减增加', '决算数大小于预算数': words of both ways run together, so which way is meant cannot be read. */
function checkGarbledDirections(doc: Doc): void {
  // Unanchored; its look-behind excludes no line break, its look-ahead reads within the match's passage.
  if (!foundInWhole(GARBLED_DIRECTION, wholeText(doc))) return;
  for (const p of doc.passages) {
    GARBLED_DIRECTION.lastIndex = 0;
    for (let m = GARBLED_DIRECTION.exec(p.text); m; m = GARBLED_DIRECTION.exec(p.text)) {
      const words = m[0].replace(/\s+/g, '');
      const comparison = /于$/.test(words);
      const way = comparison ? wayOfFinalAndBudget(doc, p.index, m.index) : undefined;
      const message = way
        ? `“${sentenceAt(p.text, m.index)}”中“${words}”前后两个方向词相反；${way}，请核对。`
        : `“${sentenceAt(p.text, m.index)}”中“${words}”前后两个方向词相反，读不出是${comparison ? '大于还是小于' : '增加还是减少'}，请核对。`;
      doc.out.add('direction', 'warning', { para: p.index, start: m.index }, message, { key: `garbled${m.index}` });
    }
  }
}

/**
 * '支出总计,867.48万元' where the text has '支出总计1,867.48万元': a figure printed from a thousands separator on, right after a
 * word, whose digits are the tail of another figure of the same item and year — its leading digits were lost. The comma
 * alone could be a pause ('支出总计,867.48万元' for 867.48), so only the other figure makes it a question; a warning.
 */
function checkLostLeadingDigits(doc: Doc): void {
  for (const a of doc.structure.amounts) {
    const text = doc.passages[a.para]?.text;
    if (a.role !== 'value' || a.fromTable || !a.subject.id || !fromSeparatorOn(text, a)) continue;
    const thousand = toFen(1000, a.unit);
    const whole = doc.structure.amounts.find(
      (o) => o !== a && o.role === 'value' && o.unit === a.unit && o.year === a.year && o.subject.id === a.subject.id && o.fen > a.fen && (o.fen - a.fen) % thousand === 0 && THOUSANDS_SEPARATED.test(o.raw),
    );
    if (!whole) continue;
    markChecked(doc, a, whole);
    doc.out.add(
      'duplicate',
      'warning',
      a,
      `“${WORDS_BEFORE.exec(text.slice(0, a.start - 1))?.[0] ?? ''},${a.raw.replace(/\s+/g, '')}”以千位分隔符开头，与${quote(whole)}的后几位相同，疑似漏印了前面的数字（应为${whole.raw.replace(/\s+/g, '')}？），请核对。`,
      { expected: whole.value, actual: a.value, key: `lost${a.start}`, about: a },
    );
  }
}

/** A year with its 年 ('2021年度', '2020年'). */
const TITLE_YEAR = /(\d{4})\s*年度?/g;
/** Words a report's title ends on ('…情况说明', '…决算公开', '…工作报告'); a table's column head ('2016年决算数') has none. */
const REPORT_TITLE_WORD = /说明|报告|公开/;

interface DatedTitle {
  para: number;
  at: number;
  year: number;
  /** The title without its year (and without spaces), where the year stood marked by '|'. */
  words: string;
}

/** A title line with exactly one year in it, long enough to name the report it heads. */
function datedTitle(para: number, text: string): DatedTitle | undefined {
  if (!titleLike(text)) return undefined;
  const years = [...text.matchAll(TITLE_YEAR)];
  if (years.length !== 1) return undefined;
  const m = years[0];
  const words = `${text.slice(0, m.index)}|${text.slice(m.index + m[0].length)}`.replace(/\s+/g, '');
  if (words.length < 12 || !REPORT_TITLE_WORD.test(words)) return undefined;
  return { para, at: m.index, year: Number(m[1]), words };
}

/**
 * '迪庆州州本级2021年度“三公”经费决算支出情况说明' (the page's title) and, over the text, '迪庆州州本级2020年度“三公”经费决支出
 * 情况说明': a heading that repeats the report's own title in all but its year (a character or two dropped at most) kept the year
 * of the report it was copied from. A warning: the figures do not prove it, the document's own title does.
 */
function checkRepeatedTitleYears(doc: Doc): void {
  // A report year only guessed from the years the text speaks of will do: the title that bears it says it too.
  const year = doc.reportYear;
  if (year === UNKNOWN_YEAR) return;
  const titles: DatedTitle[] = [];
  for (const p of doc.passages) {
    if (!p.text.includes(YEAR_CHARACTER)) continue;
    const t = datedTitle(p.index, p.text);
    if (t) titles.push(t);
  }
  for (const t of titles) {
    // A heading over prose, not one of a run of titles (links to other years' reports at the foot of a page).
    const next = doc.passages[t.para + 1];
    if (t.year === year || !next || titleLike(next.text)) continue;
    const own = titles.find((o) => o.year === year && editDistance(o.words, t.words) <= 2);
    if (!own) continue;
    doc.out.add(
      'year',
      'warning',
      { para: t.para, start: t.at },
      `标题“${doc.passages[t.para].text.trim()}”写的是${t.year}年，而文中同一标题“${doc.passages[own.para].text.trim()}”为${year}年（本报告的年度），请核对年份。`,
      { expected: year, actual: t.year, key: `title${t.at}` },
    );
  }
}

/** The figure starts right after a thousands separator that follows a word, not a digit: ',867.48' in '支出总计,867.48万元'. */
function fromSeparatorOn(text: string | undefined, a: AmountToken): text is string {
  if (!text || a.start < 2 || text[a.start - 1] !== ',' || /\d/.test(text[a.start - 2])) return false;
  return /^\d{3}(?![\d,])/.test(a.raw);
}
const THOUSANDS_SEPARATED = /\d,\d{3}/;
/** The words before the separator, back to punctuation: what the figure is of. */
const WORDS_BEFORE = /[^,，。;；:：、\s]{1,12}$/;

export function checkWording(doc: Doc): void {
  checkDuplicates(doc);
  checkLostLeadingDigits(doc);
  checkPlaceholders(doc);
  checkYears(doc);
  checkRepeatedTitleYears(doc);
  checkMissingNumbers(doc);
  checkDirectionlessComparisons(doc);
  checkGarbledDirections(doc);
}
