/**
 * Metamorphic transforms of a 情况说明 text: each rewrites the text the way some real published text in
 * the corpus writes it, and keeps every figure's value and every sentence's meaning, so the checker's
 * findings must not change. Used by test/narrative-metamorphic.test.ts.
 *
 * A transform gives the new text and, for comparing findings, a group for every line of the old text and
 * of the new one: a finding on old line n and one on new line m are on the same place when their groups
 * are equal (the line itself for the transforms that keep the lines; the source line for a re-wrap; the
 * passage for a join).
 */
import { paragraphsOfText } from '../src/engine/narrative/text/check';
import { displayWidth, endsSentence, isTableRow, joinLines, wrapWidth } from '../src/engine/narrative/text/join';

export interface Transformed {
  text: string;
  /** The group of each 1-based line of the old text (index 0 unused). */
  oldGroup: (line: number) => number;
  /** The group of each 1-based line of the new text. */
  newGroup: (line: number) => number;
}

export interface TextTransform {
  name: string;
  /** Whether the transform applies to this text at all (else it is the identity). */
  applies: (text: string) => boolean;
  apply: (text: string) => Transformed;
}

const same = (line: number) => line;

/**
 * A transform that rewrites each line on its own and keeps the lines where they are. In a hard-wrapped text (PDF
 * lines of one width) a rewrite that makes a line wider or narrower would have moved its page's line breaks: there
 * each passage is rewritten whole and wrapped again at the text's width.
 */
function lineWise(name: string, rewrite: (line: string) => string, applies: (text: string) => boolean = () => true): TextTransform {
  return {
    name,
    applies,
    apply: (text) => {
      const lines = text.split('\n');
      if (lines.every((l) => rewrite(l) === l)) return { text, oldGroup: same, newGroup: same };
      const width = wrapWidth(lines);
      if (width === undefined) return { text: lines.map(rewrite).join('\n'), oldGroup: same, newGroup: same };
      return wrappedAgain(joined(text), width, rewrite);
    },
  };
}

const TO_FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）' };
const TO_ASCII: Record<string, string> = { '，': ',', '；': ';', '：': ':', '（': '(', '）': ')' };

// 42 L6 and L12 write '：' '；' '，' full-width, 42 L19 '（一）'; 68 L2 writes ',' with '(一)' ASCII.
// Same punctuation, another code point: no figure or sentence changes. A comma before a group of three digits
// is part of the figure (a thousands separator, or 396 L14's '支出总计,867.48' that lost its 1) and stays as
// written (jianguanwei-2026 L31 writes '3，518.85', but most texts keep it ASCII).
export const punctuationToFullWidth = lineWise('punctuation → full-width', (line) =>
  line.replace(/[,;:()]/g, (c, i: number) => (c === ',' && /^\d{3}(?!\d)/.test(line.slice(i + 1, i + 5)) ? c : TO_FULL[c])),
);
// The reverse: 68 L2 writes ASCII ',' '(' ')' where 42 writes them full-width; a full-width thousands
// separator ('3，518.85', jianguanwei-2026 L31) becomes an ASCII one with the same value.
export const punctuationToAscii = lineWise('punctuation → ASCII', (line) => line.replace(/[，；：（）]/g, (c) => TO_ASCII[c]));

/** An amount's integer part of 4 or more digits, not part of a longer number, followed by its 元 unit. */
const UNGROUPED_AMOUNT = /(?<![\d.,，])(\d{4,})(?=(?:\.\d+)?\s*(?:万元|亿元|千元|元|万))/g;
// 114 L3 writes '6,283.70元', 68 L2 '5,806,105.16 元', 157 L3 '1,055.4%'; 04 L1 writes '3765.66万元'.
// The separators group the integer part only: the amount's value is the same.
export const thousandsAdded = lineWise('thousands separators added', (line) =>
  line.replace(UNGROUPED_AMOUNT, (digits: string) => digits.replace(/\B(?=(\d{3})+$)/g, ',')),
);
/** A number grouped by ASCII separators, not part of a longer one. */
const GROUPED = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])(?=(?:\.\d+)?\s*(?:万元|亿元|千元|元|万|%))/g;
// The reverse: '6,283.70元' (114 L3) as '3765.66万元' (04 L1) writes it; the value is the same.
export const thousandsRemoved = lineWise(
  'thousands separators removed',
  (line) => line.replace(GROUPED, (n: string) => n.replace(/,/g, '')),
  (text) => /\d,\d{3}/.test(text),
);

// 160 L81 '4680.58 万元', 14 L5 '166271.4 元' and '15.87 %', 42 L6 '959.49 万元': a space between a figure and
// its unit says nothing more.
export const spaceBeforeUnit = lineWise('a space before the unit', (line) => line.replace(/(\d)(万元|亿元|元|%)/g, '$1 $2'));
// 05 L6 '增加 0.11万元', 14 L5 '减少 166271.4 元', 42 L6 '下降 4.51%': a space between the word and its figure.
export const spaceAfterWord = lineWise('a space after the word', (line) => line.replace(/(增加|减少|增长|下降|增幅|减幅|为|占)(?=\d)/g, '$1 '));

// 227 L22 writes a count '４个' and L7… the items '１、' in full-width digits; no text writes a full-width
// decimal point, so the point stays ASCII. Same digits, another code point.
export const fullWidthDigits = lineWise('full-width digits', (line) => line.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)));

/** Whether the text writes an amount both in 万元 and in bare 万 (205 L6 '1903.55万元', L7 '0万。'). */
const writesBothWan = (text: string) => /\d万元/.test(text) && /\d万(?=[，。；、,;.)）])/.test(text);
// 205 L6–L7 write '万元' and '万' in one text: the same unit, so the amount is the same.
export const wanYuanToWan = lineWise('万元 → 万', (line) => line.replace(/(\d)万元(?=[，。；、,;.)）])/g, '$1万'), writesBothWan);
export const wanToWanYuan = lineWise('万 → 万元', (line) => line.replace(/(\d)万(?=[，。；、,;.)）])/g, '$1万元'), writesBothWan);

/** A run a PDF line never breaks inside: printable ASCII (a figure with its separators and sign, a word, '**'). */
const UNBREAKABLE = /[\x21-\x7e]/;

const NO_LINE_START = '，。、；：！？）】」』”’%,.;:!?)';
const NO_LINE_END = '（【「『“‘(';

function unbreakableAt(s: string, i: number): boolean {
  const a = s[i - 1];
  const b = s[i];
  return (UNBREAKABLE.test(a) && UNBREAKABLE.test(b)) || NO_LINE_START.includes(b) || NO_LINE_END.includes(a) || (a === b && '…—'.includes(a));
}

/** One line cut into pieces of at most `width` (displayWidth), never inside a figure. */
function cutLine(line: string, width: number): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (displayWidth(rest) > width) {
    let end = 0;
    let w = 0;
    while (end < rest.length) {
      const cw = rest.charCodeAt(end) > 0xff ? 2 : 1;
      if (w + cw > width) break;
      w += cw;
      end++;
    }
    // Back to the start of a figure the cut would split, and by the rules of Chinese typesetting: no line opens on a
    // closing mark or ends on an opening one, and '……' / '——' stay whole.
    let cut = end;
    while (cut > 0 && unbreakableAt(rest, cut)) cut--;
    if (cut === 0) cut = end;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  // A last piece of figures alone would read as a page number ('6'): it stays on the line before.
  if (pieces.length > 0 && /^[\d\s.,%]+[。]?$/.test(rest)) pieces[pieces.length - 1] += rest;
  else pieces.push(rest);
  return pieces;
}

/**
 * The text as a PDF text layer of that page width prints it (shiquan-2025.txt L4–L5, 42 L6: a paragraph cut
 * into lines of one width, anywhere but inside a figure). Each passage is first made one line (as
 * linesJoined), so a text already hard-wrapped is wrapped again as a whole; the characters are the same, in
 * the same order. Rows of a table pasted as text stay as they are.
 */
export function rewrapped(width: number): TextTransform {
  return {
    name: `re-wrapped at ${width}`,
    applies: (text) => joined(text).lines.some((l) => displayWidth(l) > width && !isTableRow(l)),
    apply: (text) => wrappedAgain(joined(text), width, (line) => line),
  };
}

/** Each joined passage rewritten and cut at `width` (rows of a table pasted as text stay whole). */
function wrappedAgain(j: Joined, width: number, rewrite: (line: string) => string): Transformed {
  const out: string[] = [];
  const groupOfNew: number[] = [0];
  j.lines.forEach((source, i) => {
    const line = rewrite(source);
    const pieces = displayWidth(line) > width && !isTableRow(line) ? cutLine(line, width) : [line];
    for (const p of pieces) {
      out.push(p);
      groupOfNew.push(j.groups[i]);
    }
  });
  return { text: out.join('\n'), oldGroup: j.oldGroup, newGroup: (line) => groupOfNew[line] ?? line };
}

/**
 * The reverse: each passage the joiner makes (a paragraph's PDF lines) written as one line, as a typed
 * document writes it (04, 68: one paragraph a line). The characters are the same, in the same order; page
 * numbers between the lines, which the joiner drops, are left out.
 */
export const linesJoined: TextTransform = {
  name: 'paragraph lines joined',
  applies: (text) => passagesOf(text).some((p) => p.length > 1),
  apply: (text) => {
    const j = joined(text);
    return { text: j.lines.join('\n'), oldGroup: j.oldGroup, newGroup: (line) => j.groups[line - 1] ?? line };
  },
};

/** Each passage as one line, with its group (its first source line), and the group of each source line. */
interface Joined {
  lines: string[];
  groups: number[];
  oldGroup: (line: number) => number;
}

function joined(text: string): Joined {
  const source = text.split('\n');
  const groupOfOld = new Map<number, number>();
  const linesOf = new Map<number, number[]>();
  for (const p of passagesOf(text)) {
    linesOf.set(p[0], p);
    for (const l of p) groupOfOld.set(l, p[0]);
  }
  const lines: string[] = [];
  const groups: number[] = [];
  // Lines in no passage (blank lines, page numbers) stay where they are: a table pasted one cell a line keeps its blank lines.
  source.forEach((line, i) => {
    const group = groupOfOld.get(i + 1);
    if (group === undefined) {
      lines.push(line);
      groups.push(i + 1);
    } else if (group === i + 1) {
      lines.push(linesOf.get(group)!.map((l) => source[l - 1].trim()).join(''));
      groups.push(group);
    }
  });
  return { lines, groups, oldGroup: (line) => groupOfOld.get(line) ?? line };
}

/** The 1-based source lines of each passage the joiner makes of the text. */
function passagesOf(text: string): number[][] {
  return joinLines(paragraphsOfText(text, 'text')).map((p) => p.segments.map((s) => Number(s.cell.slice(1))));
}

/** One transform after another (a PDF text layer: full-width punctuation, cut at its width). */
export function composed(first: TextTransform, then: TextTransform): TextTransform {
  return {
    name: `${first.name}, ${then.name}`,
    applies: (text) => first.applies(text) || then.applies(first.apply(text).text),
    apply: (text) => {
      const a = first.apply(text);
      const b = then.apply(a.text);
      // The groups are the second's: an old line goes to the first new line of its group under the first transform, and
      // on through the second's groups.
      const firstLineOf = new Map<number, number>();
      a.text.split('\n').forEach((_, i) => {
        if (!firstLineOf.has(a.newGroup(i + 1))) firstLineOf.set(a.newGroup(i + 1), i + 1);
      });
      return { text: b.text, oldGroup: (line) => b.oldGroup(firstLineOf.get(a.oldGroup(line)) ?? line), newGroup: (line) => b.newGroup(line) };
    },
  };
}

export const TRANSFORMS: readonly TextTransform[] = [
  punctuationToFullWidth,
  punctuationToAscii,
  thousandsAdded,
  thousandsRemoved,
  spaceBeforeUnit,
  spaceAfterWord,
  fullWidthDigits,
  wanYuanToWan,
  wanToWanYuan,
  rewrapped(60),
  rewrapped(84),
  linesJoined,
  composed(punctuationToFullWidth, rewrapped(63)),
];

/** What a finding says, apart from where: compared across a transform with the place's group. */
export interface FindingSignature {
  group: number;
  rule: string;
  kind: string;
  severity: string;
  expected?: number;
  actual?: number;
}

export interface Review {
  findings: readonly { rule: string; kind: string; severity: string; cell: string; expected?: number; actual?: number }[];
  coverage: { figures: number; checked: number };
}

export interface ReviewDifference {
  added: FindingSignature[];
  lost: FindingSignature[];
  figuresLost: number;
  checkedLost: number;
}

function signatures(review: Review, group: (line: number) => number): FindingSignature[] {
  return review.findings.map((f) => {
    const line = /^L(\d+)$/.exec(f.cell);
    return {
      group: line ? group(Number(line[1])) : -1,
      rule: f.rule,
      kind: f.kind,
      severity: f.severity,
      ...(f.expected !== undefined ? { expected: Math.round(f.expected * 1e6) / 1e6 } : {}),
      ...(f.actual !== undefined ? { actual: Math.round(f.actual * 1e6) / 1e6 } : {}),
    };
  });
}

const keyOf = (s: FindingSignature) => `${s.group}|${s.kind}|${s.severity}|${s.expected ?? ''}|${s.actual ?? ''}`;

/** The findings one review has and the other lacks (as multisets), and the figures the second read fewer. */
export function reviewDifference(before: Review, after: Review, t: Transformed): ReviewDifference {
  const a = signatures(before, t.oldGroup);
  const b = signatures(after, t.newGroup);
  const minus = (x: FindingSignature[], y: FindingSignature[]) => {
    const left = new Map<string, number>();
    for (const s of y) left.set(keyOf(s), (left.get(keyOf(s)) ?? 0) + 1);
    return x.filter((s) => {
      const n = left.get(keyOf(s)) ?? 0;
      if (n > 0) left.set(keyOf(s), n - 1);
      return n === 0;
    });
  };
  return {
    added: minus(b, a),
    lost: minus(a, b),
    figuresLost: Math.max(0, before.coverage.figures - after.coverage.figures),
    checkedLost: Math.max(0, before.coverage.checked - after.coverage.checked),
  };
}

/** Where the joiner ends passages in `text`, as offsets into the passages' texts run together. */
function passageEnds(text: string): { whole: string; ends: number[] } {
  const passages = joinLines(paragraphsOfText(text, 'text'));
  const ends: number[] = [];
  let whole = '';
  for (const p of passages) {
    whole += p.half;
    ends.push(whole.length);
  }
  return { whole, ends: ends.slice(0, -1) };
}

/** An item number inside a sentence, after the one before it ('…；5、…；6、'), at `at` of `s`. */
function inlineItemAt(s: string, at: number): boolean {
  const m = /^(\d{1,2})、/.exec(s.slice(at));
  return !!m && Number(m[1]) >= 2 && new RegExp(`[;,。:]${Number(m[1]) - 1}、`).test(s.slice(0, at));
}

const WAY_START = /^(?:增加|减少|增长|下降|持平|上升|降低)/;

/** The passage ends of `text` that fall inside a bracket, before the next item of an inline list or before a change's way. */
export function splitsInside(text: string): string[] {
  const { whole, ends } = passageEnds(text);
  const found: string[] = [];
  for (const at of ends) {
    const before = whole.slice(0, at);
    if (endsSentence(before)) continue;
    const sentence = before.slice(before.lastIndexOf('。') + 1);
    if (sentence.lastIndexOf('(') > sentence.lastIndexOf(')') || inlineItemAt(whole, at) || WAY_START.test(whole.slice(at))) found.push(`${before.slice(-12)} | ${whole.slice(at, at + 12)}`);
  }
  return found;
}

