/**
 * Text pasted from a PDF keeps the PDF's hard line breaks: a sentence runs over several lines, a
 * number is cut from its 元, a word is split ("下降原" / "因是…"). Before anything is read, lines
 * that do not end a sentence are joined to the next one into passages, and every passage keeps
 * where each of its source lines starts, so a finding still points at the line that holds the figure.
 *
 * A line continues on the next when it does not end a sentence and the next line does not start a
 * heading or list item, and either it ends in the middle of a clause (，、；：, 的 / 和 / 占 …, a
 * number cut from its unit) or — in a hard-wrapped document (most lines of one width) — it is a full
 * line, or — in any other — it is a line of prose (not a short title) that simply stops.
 * Page numbers between the lines ("6", "—5—") are dropped, and the spaces a letter-spaced PDF text
 * layer puts between Chinese characters ("同 比 增 加") are closed up.
 */
import { toHalfWidth, toHalfWidthDigits } from '../../grid/text';
import type { Paragraph } from './tokens';
import {
  AMOUNT_OR_PERCENT,
  DANGLING_END,
  FIGURE_START,
  HEADING_START,
  JOINED_FIGURE_START,
  NOT_IN_PAGE_NUMBER,
  PAGE_NUMBER,
  PUBLISHED_LINE,
  TITLE_END,
  UNIT_CAPTION_LINE,
  UNIT_END,
  UNIT_PREFIX_END,
  UNIT_START,
  YUAN_START,
} from './words';
import { markerOf } from './structure';

export interface Passage {
  /** Index in the document (0-based). */
  index: number;
  /** The lines as written, joined; digits written full-width are given as ASCII ones (toHalfWidthDigits). */
  text: string;
  /** toHalfWidth(text), made once as the lines are joined: every reader works on it (same length, same positions). */
  half: string;
  sheet: string;
  /** Where each source line starts in `text`, in order, with its cell ('L12' or 'A12'). */
  segments: { start: number; cell: string }[];
  /** Where in `text` an amount was left blank (Paragraph.blanks, moved with its line). */
  blanks?: number[];
  /** Where in `text` a reason was left blank (Paragraph.reasonBlanks, moved with its line). */
  reasonBlanks?: number[];
  /**
   * Set when the passage ends on a full line of a hard-wrapped document that closed a sentence, and the next
   * passage is no heading: the paragraph goes on there (the PDF line just happened to end on its 。).
   */
  goesOn?: true;
}

/** The cell of the source line that holds position `offset` of the passage. */
export function cellAt(p: Passage, offset: number): string {
  let cell = p.segments[0].cell;
  for (const s of p.segments) {
    if (s.start > offset) break;
    cell = s.cell;
  }
  return cell;
}

/** A table row pasted as text: cells separated by |. */
const TABLE_ROW = /\|\s*$|\|.*\|/;
/** The one character a table row holds: a plain class runs several times faster than TABLE_ROW's alternation. */
const BAR = /\|/;
/** What ends a sentence, and the closing marks that may follow it ('…。”'). */
const SENTENCE_ENDERS = '。！？!?';
const CLOSING_MARKS = '”’"\'）)】';
/** What leaves a clause open at the end of a line. */
const OPEN_ENDERS = '，,、；;：:（(“‘"—';

/**
 * Whether a line ends a sentence (/[。！？!?][”’"'）)】]*$/): told from its last characters — an
 * end-anchored pattern is tried at every position of the line. A full stop ('.' or '．') after a word or a
 * percent sign ends one too ('…占100%.'); after a digit or a letter it is a decimal point or an item's
 * number ('1.').
 */
export function endsSentence(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && CLOSING_MARKS.includes(line[i])) i--;
  if (i < 0) return false;
  return SENTENCE_ENDERS.includes(line[i]) || (FULL_STOPS.includes(line[i]) && i > 0 && !FULL_STOP_NOT_AFTER.test(line[i - 1]));
}
/** A web page's full stop, ASCII or full-width ('…2、项目支出130万元.'). */
const FULL_STOPS = '.．';
/** What such a full stop at the end of a line does not end a sentence after: a decimal point cut by the line, an item's number, an ellipsis. */
const FULL_STOP_NOT_AFTER = /[0-9A-Za-z.．\s]/;

/** Whether a line stops in the middle of a clause (/[，,、；;：:（(“‘"—]$/), told from its last character. */
export function endsOpen(line: string): boolean {
  return line.length > 0 && OPEN_ENDERS.includes(line[line.length - 1]);
}
/** A line this long that does not end a sentence or a title is prose broken mid-sentence. */
const PROSE_LINE = 15;
/**
 * What no line of its own starts with: a mark of the clause before, the 比 that closes a comparison ('和2018年预算310.88万元' /
 * '比,增加…'), the 如下 that ends an announcement ('…具体变动情况' / '如下:'), or the bracketed rate of the figure before it
 * ('…较上年减少1.5万元' / '(42.86%),减少的主要原因是…', '…支出27.02万元' / '占1.46%、…').
 */
const CONTINUATION_START = /^\s*(?:[，,、；;：:。）)%％]|相?比[,，]|如下[:：]|[(（]\s*\d[\d.]*\s*[%％]\s*[)）]|占\s*\d[\d.]*\s*[%％])/;

const NARROW = /[\u0000-\u00ff]+/g;
const SURROGATE = /[\ud800-\udfff]/;
const SURROGATE_PAIR = /[\ud800-\udbff][\udc00-\udfff]/g;

/** Display width: CJK and full-width characters count 2, ASCII 1 (a character beyond U+FFFF, two code units, counts 2). */
export function displayWidth(s: string): number {
  const t = s.trim();
  // Every code unit past U+00FF counts 2, but a pair of surrogates 2 in all. Counted by native
  // patterns: a loop over the characters runs interpreted in a fresh process, over every line.
  const wide = t.replace(NARROW, '').length;
  const pairs = SURROGATE.test(t) ? (t.match(SURROGATE_PAIR)?.length ?? 0) : 0;
  return t.length + wide - 2 * pairs;
}

/** Spaces between two Chinese characters: letter-spacing of a PDF text layer, never a separator in prose. */
const LETTER_SPACING = /(?<=\p{Script=Han})[ \t\u3000]+(?=\p{Script=Han})/gu;
const SPACING = /[ \t\u3000]/;

/** '2025 年 政 府 采 购 预 算' → '2025 年政府采购预算': words split into characters are whole again. */
export function closeLetterSpacing(line: string): string {
  // Most lines hold no space at all: the Unicode-script pattern is run only on those that do.
  return SPACING.test(line) ? line.replace(LETTER_SPACING, '') : line;
}

export function isPageNumber(line: string): boolean {
  return !NOT_IN_PAGE_NUMBER.test(line) && PAGE_NUMBER.test(toHalfWidth(line));
}

/** A source line with its half-width forms, each converted once (a line is read as `next`, then as `line`). */
interface HalfLine {
  /** The line as written (for its display width). */
  text: string;
  /** toHalfWidth of the line as written. */
  half: string;
  /** isTableRow(text), told once. */
  tableRow: boolean;
}

function halfLine(text: string, half = toHalfWidth(text)): HalfLine {
  return { text, half, tableRow: isTableRow(text) };
}

export function isTableRow(line: string): boolean {
  return BAR.test(line) && TABLE_ROW.test(line);
}

/** The narrowest line the wrap width counts. */
const MIN_WIDTH = 20;
/** The narrowest full line a run of lines of one width (wrapWidth's widest lines, fullAsTheLineBefore) counts. */
const RUN_MIN_WIDTH = 40;

/**
 * The width of a full line when the document is hard-wrapped (most lines within a narrow band of
 * one width, or several as wide as the widest), undefined otherwise. Typed documents (a paragraph per line) have widths all over.
 */
export function wrapWidth(lines: readonly string[]): number | undefined {
  const widths: number[] = [];
  // One loop, the width first: a line too short to count (under 20; under 10 characters it cannot reach 20,
  // each counting 2 at most) is passed over before the table-row and page-number tests. The filters and
  // the map this was (three callbacks a line) ran unoptimised over every line of every document.
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.length < MIN_WIDTH / 2) continue;
    const w = displayWidth(l);
    if (w >= MIN_WIDTH && !isTableRow(l) && !isPageNumber(l)) widths.push(w);
  }
  if (widths.length < 4) return undefined;
  // Widths are whole numbers: a typed array sorts them by value without calling a comparison per pair.
  const sorted = Float64Array.from(widths).sort();
  const w = sorted[Math.floor(sorted.length * 0.75)];
  const inBand = widths.filter((x) => x >= 0.85 * w && x <= 1.1 * w).length;
  if (inBand >= widths.length * 0.5) return w;
  // Titles, table cells and short paragraph ends may make most lines short ('云县2023“三公”经费决算财政拨款情况统计表' / '820.33'):
  // the copy is still hard-wrapped when several of its lines are as wide as its widest (within WIDEST_SLACK), and no width near
  // it holds more — a typed paragraph a line is seldom as long as two others to a character, and a few lines a copy could
  // not cut (a figure kept whole) stand wider than the many its width cut.
  const widest = sorted[sorted.length - 1];
  if (widest < RUN_MIN_WIDTH) return undefined;
  const asWide = linesWithin(sorted, sorted.length - 1);
  if (asWide < AS_WIDE_LINES) return undefined;
  for (let j = sorted.length - 2; j >= 0 && sorted[j] >= 0.85 * widest; j--) if (linesWithin(sorted, j) > asWide) return undefined;
  return widest;
}

/** How many of the `sorted` widths are within WIDEST_SLACK under the one at `j` (that one too). */
function linesWithin(sorted: Float64Array, j: number): number {
  let i = j;
  while (i > 0 && sorted[i - 1] >= sorted[j] - WIDEST_SLACK) i--;
  return j - i + 1;
}

/** How far a full line may fall short of the widest (a character of two, and a digit of one, left over). */
const WIDEST_SLACK = 2;
/** How many lines as wide as the widest make a copy hard-wrapped. */
const AS_WIDE_LINES = 3;

const DASH_ITEM_START = /^\s*(?:——|－－|--)/;

/** Marks a line of prose holds and a title does not (in a line's half-width form: '，' is ','). */
const PROSE_MARKS = [',', '。', ';', ':', '、'];

/**
 * A title as wide as a full line ('2020年昆明市人力资源和社会保障局“三公”经费决算情况说明'): no mark of prose in it, and a
 * title's word at its end. Told by plain searches first: most full lines hold a comma.
 */
function titleLine(half: string): boolean {
  for (const mark of PROSE_MARKS) if (half.includes(mark)) return false;
  return TITLE_END.test(half);
}

/** A line of nothing but a title's last word, which never stands alone. */
const TITLE_TAIL_LINE = /^\s*(?:说明|的说明|报告|公开)\s*$/;

/** A line that stops on the words of a head count ('…全部补助事业编制人数'): its figure is on the next line. */
const COUNT_WORDS_END = /人数$/;

/**
 * '0、自收自支编制人数13人' after '…差额补助事业编制人数': no item is numbered 0, so the 0 is a count cut from its words; nor is
 * '23、差额补助…' after a line that stops on 人数, unless that line is itself item 22 of the same list ('1、在职人数' / '2、…').
 */
function countBeforeEnumerationComma(line: string, next: string): boolean {
  if (next.trimStart().startsWith('0、')) return true;
  if (!COUNT_WORDS_END.test(line)) return false;
  const here = markerOf(next);
  if (!here || here.style !== 'num' || !/^\s*\d+、/.test(next)) return false;
  const before = markerOf(line);
  return !(before && before.style === here.style && before.n === here.n - 1);
}

/** Words of a change's way: a line opened by one goes on with the comparison before it ('…较上年612.33万元' / '减少了239.12万元'). */
const WAY_WORDS = ['增加', '减少', '增长', '下降', '持平', '上升', '降低'];

function startsWithWay(line: string): boolean {
  const t = line.trimStart();
  for (const w of WAY_WORDS) if (t.startsWith(w)) return true;
  return false;
}

/** Whether `line` is a full line of a document hard-wrapped at `width`. */
function fullLine(line: HalfLine, width: number | undefined): boolean {
  return width !== undefined && displayWidth(line.text) >= 0.85 * width;
}

/** What stands before an item number written inside a sentence ('…0万元;6、其他支出…'). */
const BEFORE_INLINE_ITEM = ';；,，。:： ';

/**
 * Whether `next` opens the item after the last one `passage` numbers inside its text, not at its start ('…;5、对下级单位
 * 补助支出0万元;' then '6、其他支出0万元。'): a list written inline, cut by the PDF line before an item. A list of one
 * item a line opens each item a passage.
 */
function nextInlineItem(passage: string, next: string): boolean {
  const here = markerOf(next);
  if (!here || here.n < 2) return false;
  for (let i = passage.length - 1; i > 0; i--) {
    if (!BEFORE_INLINE_ITEM.includes(passage[i - 1])) continue;
    const m = markerOf(passage.slice(i));
    if (m && m.style === here.style) return m.n === here.n - 1;
  }
  return false;
}

/**
 * Whether `line` is as wide as `before`, the line of its passage before it, both long: in a copy not read as hard-wrapped
 * (titles and table cells make too many of its lines short), two such lines in a row are full lines of a paragraph the
 * copy's width cut, and the second goes on though it stops on a figure ('…较2022年决算数247.21万元2.08万元,增长0.84%' /
 * '公务用车购置及运行维护费…'). A PDF line of digits and characters falls one or two short of the one before.
 */
function fullAsTheLineBefore(before: HalfLine | undefined, line: HalfLine): boolean {
  if (!before) return false;
  const w = displayWidth(before.text);
  return w >= RUN_MIN_WIDTH && Math.abs(displayWidth(line.text) - w) <= 2;
}

function continues(line: HalfLine, next: HalfLine, width: number | undefined, passage: string, before: HalfLine | undefined): boolean {
  if (line.tableRow || next.tableRow) return false;
  const a = line.half.trimEnd();
  const b = next.half;
  if (!a || endsSentence(a)) return false;
  if (/[\d.]$/.test(a) && UNIT_START.test(b)) return true;
  if (UNIT_CAPTION_LINE.test(b) || PUBLISHED_LINE.test(b)) return false;
  // '其他收入266.33万' / '元,占6.46%': the unit itself is cut.
  if (UNIT_PREFIX_END.test(a) && YUAN_START.test(b)) return true;
  if (CONTINUATION_START.test(b)) return true;
  if (endsOpen(a) && fullLine(line, width) && nextInlineItem(passage, b)) return true;
  // '——筹集体育彩票公益金…' after '…地州市留成53658.8万元;': a line opened by a dash is an item of its own.
  if ((HEADING_START.test(b) && !countBeforeEnumerationComma(a, b)) || DASH_ITEM_START.test(b)) return false;
  if (endsOpen(a) || DANGLING_END.test(a) || FIGURE_START.test(b) || startsWithWay(b) || JOINED_FIGURE_START.test(b)) return true;
  // '…（含人员支出4450.87万元、占总支出85.38%' / '公用支出762.04万元，…）': a bracket the line leaves open closes on the next.
  if (a.lastIndexOf('(') > a.lastIndexOf(')')) return true;
  // '…“三公”经费决支出情况' / '说明': a line of a title's last word alone is the end of the title a copy's line cut.
  if (TITLE_TAIL_LINE.test(b) && titleLine(a)) return true;
  // A numbered title as long as a full line ("（一）一般公共预算财政拨款支出决算总体情况") still stands alone.
  if (HEADING_START.test(a) && TITLE_END.test(a) && !AMOUNT_OR_PERCENT.test(a)) return false;
  if (width !== undefined) return fullLine(line, width) && !titleLine(a);
  // A typed paragraph that ends on a figure just lacks its 。. A title holds no 。: a line that does and stops on a
  // title's word is prose cut inside a word ('…下降了16.64%。这进一步表' / '明…').
  if (a.length < PROSE_LINE || (TITLE_END.test(a) && !a.includes('。'))) return false;
  return !UNIT_END.test(a) || fullAsTheLineBefore(before, line);
}

/** A full line that closed a sentence, before a line that opens no heading or item: the paragraph goes on (Passage.goesOn). */
function goesOnAfter(line: HalfLine, next: HalfLine, width: number | undefined): boolean {
  return fullLine(line, width) && !line.tableRow && !next.tableRow && endsSentence(line.half.trimEnd()) && !HEADING_START.test(next.half) && !DASH_ITEM_START.test(next.half);
}

const A1_CELL = /^([A-Z]+)(\d+)$/;

type Position = { col: string; row: number } | undefined;

function position(cell: string): Position {
  const m = A1_CELL.exec(cell);
  return m ? { col: m[1], row: Number(m[2]) } : undefined;
}

/**
 * Whether `b` (at `pb`) is the line right after `a` (at `pa`) in the source, page numbers aside: no
 * other cell between, and no blank line — unless `a` stops on a ， 、 or ； (converters put blank lines
 * inside sentences too).
 */
function adjacent(a: Paragraph, pa: Position, b: Paragraph, pb: Position, skipped: number): boolean {
  if (a.sheet !== b.sheet) return false;
  if (!pa || !pb) return true;
  if (pa.col !== pb.col || pb.row <= pa.row) return false;
  return pb.row - pa.row === 1 + skipped || /[，,、；;]$/.test(a.text.trim());
}

/** Where offset `at` of a source line falls in the line as joined (trimmed, its letter-spacing closed). */
function joinedOffset(line: string, at: number): number {
  const trimmed = line.trimStart();
  return closeLetterSpacing(trimmed.slice(0, Math.max(0, at - (line.length - trimmed.length)))).length;
}

/** The blanks a draft's line carries, each moved to where its line lands in the passage. */
const BLANK_FIELDS = ['blanks', 'reasonBlanks'] as const;

/** Joins the source lines (one per text line or sheet cell, in order) into passages. */
export function joinLines(lines: readonly Paragraph[]): Passage[] {
  return joinLinesOfWidth(lines, wrapWidth(lines.map((l) => l.text)));
}

/**
 * joinLines for a caller that has the document's wrap width already (wrapWidth; undefined when the
 * document is not hard-wrapped). Not a default parameter: one is evaluated again for an argument
 * that is undefined, and most documents are not hard-wrapped.
 */
export function joinLinesOfWidth(lines: readonly Paragraph[], width: number | undefined): Passage[] {
  const out: Passage[] = [];
  let current: Passage | undefined;
  let last: Paragraph | undefined;
  /** Where `last` is, read from its cell once. */
  let lastPosition: Position;
  let lastHalf: HalfLine | undefined;
  /** The line before `last` when both are in the current passage. */
  let beforeLast: HalfLine | undefined;
  let skipped = 0;
  const close = () => {
    if (current) out.push(current);
    current = undefined;
  };
  // A number alone on a line between "|" lines is a cell of a table pasted one cell a line, not a page number.
  const inTable = (i: number) => [lines[i - 1], lines[i + 1]].some((n) => n !== undefined && /^\s*\|\s*$/.test(n.text));
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const text = closeLetterSpacing(l.text.trim());
    if (!text) continue;
    const next = halfLine(text);
    if (PAGE_NUMBER.test(next.half) && !inTable(i)) {
      skipped++;
      continue;
    }
    const here = position(l.cell);
    if (current && last && lastHalf) {
      const nextToLast = adjacent(last, lastPosition, l, here, skipped);
      if (!(nextToLast && continues(lastHalf, next, width, current.half, beforeLast))) {
        if (nextToLast && goesOnAfter(lastHalf, next, width)) current.goesOn = true;
        close();
      }
    }
    beforeLast = current ? lastHalf : undefined;
    if (!current) current = { index: out.length, text: '', half: '', sheet: l.sheet, segments: [] };
    current.segments.push({ start: current.text.length, cell: l.cell });
    for (const field of BLANK_FIELDS) {
      const at = current.text.length;
      const line = l[field];
      if (line) (current[field] ??= []).push(...line.map((b) => at + joinedOffset(l.text, b)));
    }
    // The checks read the text with \d: a figure in full-width digits ('１２万元', 227.txt) is read as written in
    // ASCII ones. Asked only of a line toHalfWidth changed (it returns a line without full-width forms as it is).
    current.text += next.half === text ? text : toHalfWidthDigits(text);
    current.half += next.half;
    last = l;
    lastPosition = here;
    lastHalf = l.text === text ? next : halfLine(l.text);
    skipped = 0;
  }
  close();
  return out;
}
