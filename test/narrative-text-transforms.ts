/**
 * Rewrites of a 情况说明 that keep it correct against unchanged tables, each in a way real texts print
 * their figures and 科目 (the corpus text that does it is named beside each): the metamorphic
 * transforms of test/narrative-tables-metamorphic.test.ts. A transform gives the new lines with, for
 * each, the index of the line it came from; undefined when it changes nothing in the text.
 */

export interface Rewritten {
  lines: string[];
  /** For each new line, the index of the original line it comes from. */
  from: number[];
}

/** What a transform may know of the text's tables. */
export interface Beside {
  /** The tables are all in 万元 to the cent: a figure the text prints to the cent is the table's own, exact. */
  wanTables: boolean;
}

export interface TextTransform {
  name: string;
  /** Only for a text whose tables are all in 万元 (the transform writes digits only such tables have). */
  onlyBesideWanTables?: boolean;
  apply(lines: readonly string[], beside?: Beside): Rewritten | undefined;
}

// ------------------------------------------------------------------ digits

/** A decimal written as digits only (no separators): its integer digits and its decimals. */
interface Digits {
  int: string;
  dec: string;
}

function digitsOf(s: string): Digits {
  const [int, dec = ''] = s.replace(/[,，]/g, '').split('.');
  return { int: int.replace(/^0+(?=\d)/, ''), dec };
}

/** Adds one to the last digit of a digit string ('199' → '200', '99' → '100'). */
function plusOne(s: string): string {
  const d = s.split('');
  let i = d.length - 1;
  while (i >= 0 && d[i] === '9') d[i--] = '0';
  if (i < 0) d.unshift('1');
  else d[i] = String(Number(d[i]) + 1);
  return d.join('');
}

/**
 * Whether `x`, itself printed to its decimals, may stand for amounts that print differently at `decimals`: a
 * figure whose dropped digits are a 5 and zeros (rounding: 0.145 may be 0.1449 → 0.1) or only zeros (cutting:
 * 0.10 may be 0.0951 → 0.0). A transform leaves such a figure as it is: it would write a figure the truth
 * need not have.
 */
function ambiguousAt(x: Digits, decimals: number, how: 'round' | 'cut', exact = false): boolean {
  if (exact) return false;
  const dropped = x.dec.slice(decimals);
  return how === 'round' ? /^50*$/.test(dropped) : /^0+$/.test(dropped);
}

/** Beside tables in 万元 to the cent, a 万元 figure printed to the cent is the table's own: exact, nothing is ambiguous. */
function exactBeside(x: Digits, beside?: Beside): boolean {
  return !!beside?.wanTables && x.dec.length <= 2;
}

/** `x` to `decimals`, rounded half up or cut, by its digits (no float). */
function toPrecision(x: Digits, decimals: number, how: 'round' | 'cut'): Digits {
  if (x.dec.length <= decimals) return { int: x.int, dec: x.dec.padEnd(decimals, '0') };
  const kept = x.int + x.dec.slice(0, decimals);
  const up = how === 'round' && x.dec[decimals] >= '5';
  const all = up ? plusOne(kept) : kept;
  const int = all.slice(0, all.length - decimals) || '0';
  return { int: int.replace(/^0+(?=\d)/, ''), dec: all.slice(all.length - decimals) };
}

function withSeparators(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function written(x: Digits, separators: boolean): string {
  const int = separators ? withSeparators(x.int) : x.int;
  return x.dec ? `${int}.${x.dec}` : int;
}

/** Multiplies by 10^k (k ≥ 0) by moving the point. */
function shiftLeft(x: Digits, k: number): Digits {
  const dec = x.dec.padEnd(k, '0');
  return { int: (x.int + dec.slice(0, k)).replace(/^0+(?=\d)/, ''), dec: dec.slice(k) };
}

/** Divides by 10^k by moving the point. */
function shiftRight(x: Digits, k: number): Digits {
  const int = x.int.padStart(k + 1, '0');
  return { int: int.slice(0, int.length - k).replace(/^0+(?=\d)/, ''), dec: int.slice(int.length - k) + x.dec };
}

/**
 * A 万元 amount of the text: digits (with ',' or '，' separators), an optional point, then 万元 — spaces allowed before
 * it and a PDF line's break inside it ('46.50 万' / '元'), kept as they are.
 */
const WAN_AMOUNT = /(?<![\d.,，])(\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.(\d+))?(\s*)万(\s*)元/g;
/** A percentage of the text: '7.96%', '8 %', '34.5％'. */
const PERCENT = /(?<![\d.])(\d+)(?:\.(\d+))?(\s*)[%％]/g;

/** The text rewritten whole (a figure may run over a PDF line's break), its breaks kept: line i stays line i. */
function rewriteLines(lines: readonly string[], rewrite: (text: string) => string): Rewritten | undefined {
  const out = rewrite(lines.join('\n')).split('\n');
  return out.some((l, i) => l !== lines[i]) ? { lines: out, from: lines.map((_, i) => i) } : undefined;
}

/** A figure of fewer than a hundred printed units ('16万元', '9.5万元'): no corpus text cuts one (they cut totals: '328,661万元'). */
function small(x: Digits): boolean {
  return Number(x.int + x.dec) < 100;
}

/**
 * Every 万元 amount printed to `decimals` (only where the text prints it finer: no transform invents a
 * digit), rounded or cut.
 */
function amountsAt(decimals: number, how: 'round' | 'cut'): TextTransform['apply'] {
  return (lines, beside) =>
    rewriteLines(lines, (line) =>
      line.replace(WAN_AMOUNT, (whole, int: string, dec: string | undefined, space: string, inside: string) => {
        const x = digitsOf(`${int}${dec ? `.${dec}` : ''}`);
        if (x.dec.length <= decimals || ambiguousAt(x, decimals, how, exactBeside(x, beside))) return whole;
        const y = toPrecision(x, decimals, how);
        if (how === 'cut' && small(y)) return whole;
        return `${written(y, /[,，]/.test(int))}${space}万${inside}元`;
      }),
    );
}

/**
 * Every 万元 amount printed to the cent in 元: ×10,000 with thousands separators. Only beside tables in 万元 to
 * the cent, where such a figure is the table's own (beside tables in 元 it is the 元 figure rounded, and ×10,000
 * would print digits the table does not have).
 */
const amountsInYuan: TextTransform['apply'] = (lines) =>
  rewriteLines(lines, (line) =>
    line.replace(WAN_AMOUNT, (whole, int: string, dec: string | undefined, space: string, inside: string) => {
      if ((dec ?? '').length < 2) return whole;
      const x = shiftLeft(digitsOf(`${int}${dec ? `.${dec}` : ''}`), 4);
      return `${written({ int: x.int, dec: x.dec.replace(/0+$/, '') }, true)}${space}${inside}元`;
    }),
  );

/** Every 万元 amount of a 亿 or more in 亿元, rounded to two decimals; smaller ones stay in 万元, as real texts mix them. */
const largeAmountsInYi: TextTransform['apply'] = (lines, beside) =>
  rewriteLines(lines, (line) =>
    line.replace(WAN_AMOUNT, (whole, int: string, dec: string | undefined, space: string, inside: string) => {
      const x = digitsOf(`${int}${dec ? `.${dec}` : ''}`);
      if (x.int.length < 5 || ambiguousAt(shiftRight(x, 4), 2, 'round', exactBeside(x, beside))) return whole;
      return `${written(toPrecision(shiftRight(x, 4), 2, 'round'), false)}${space}亿${inside}元`;
    }),
  );

/** Every percentage printed to `decimals` (only where the text prints it finer), rounded or cut. */
function percentsAt(decimals: number, how: 'round' | 'cut'): TextTransform['apply'] {
  return (lines) =>
    rewriteLines(lines, (line) =>
      line.replace(PERCENT, (whole, int: string, dec: string | undefined, space: string) => {
        const x = digitsOf(`${int}${dec ? `.${dec}` : ''}`);
        if (x.dec.length <= decimals || ambiguousAt(x, decimals, how)) return whole;
        return `${written(toPrecision(x, decimals, how), false)}${space}%`;
      }),
    );
}

// ------------------------------------------------------------------ 科目 names

/** A 科目 path printed with its marks: '社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）'. */
const MARKED_PATH = /([^\s“”"（）()，,。；;：:、\d.]+[（(]类[）)])([^\s“”"（）()，,。；;：:、\d.]+[（(]款[）)])(?:([^\s“”"（）()，,。；;：:、\d.]+[（(]项[）)]))?/g;

/** The steps of a marked path joined by '-'. */
const pathsWithDashes: TextTransform['apply'] = (lines) =>
  rewriteLines(lines, (line) => line.replace(MARKED_PATH, (_w, lei: string, kuan: string, xiang?: string) => [lei, kuan, xiang].filter(Boolean).join('-')));

/** The marks in half-width brackets. */
const halfWidthMarks: TextTransform['apply'] = (lines) => rewriteLines(lines, (line) => line.replace(/（(类|款|项)）/g, '($1)'));

/** A 类 printed without its mark before its amount: '一般公共服务支出（类）207.40 万元' → '一般公共服务支出207.40 万元'. */
const classWithoutMark: TextTransform['apply'] = (lines) => rewriteLines(lines, (line) => line.replace(/(支出)[（(]类[）)](?=\s*\d)/g, '$1'));

/** The former names of the catalog (former-names.csv) for the current ones. */
const FORMER_NAMES: [string, string][] = [
  ['卫生健康支出', '医疗卫生与计划生育支出'],
  ['资源勘探工业信息等支出', '资源勘探信息等支出'],
  ['行政事业单位养老支出', '行政事业单位离退休'],
];

const formerNames: TextTransform['apply'] = (lines) =>
  rewriteLines(lines, (line) => FORMER_NAMES.reduce((l, [now, before]) => l.replace(new RegExp(`${now}(?=[（(](类|款)[）)])`, 'g'), before), line));

// ------------------------------------------------------------------ paragraphs

/**
 * The paragraphs of a text. One a line, when most lines end a sentence; in a text of PDF lines (most lines broken
 * inside a sentence), a paragraph starts at a numbered line, a heading or a quoted 科目 ('“社会保障和就业支出（类）…'),
 * never at a line that only ends a sentence: what follows it may still be the item's figures.
 */
function paragraphs(lines: readonly string[]): number[][] {
  const ends = lines.filter((l) => /[。：:；;]\s*$/.test(l)).length;
  const pdfLines = ends < lines.length * 0.7;
  const out: number[][] = [];
  for (let i = 0; i < lines.length; i++) {
    const numbered = /^\s*([一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．](?!\d)|[“"])/.test(lines[i]);
    const starts = i === 0 || numbered || (!pdfLines && /[。：:；;]\s*$/.test(lines[i - 1]));
    if (starts || out.length === 0) out.push([i]);
    else out[out.length - 1].push(i);
  }
  return out;
}

function fromParagraphs(lines: readonly string[], order: number[][]): Rewritten {
  const from = order.flat();
  return { lines: from.map((i) => lines[i]), from };
}

/** The 三公 paragraphs moved before the first paragraph with an amount (the 收支 ones). */
const threePublicFirst: TextTransform['apply'] = (lines) => {
  const ps = paragraphs(lines);
  const isThreePublic = (p: number[]) => p.some((i) => /三公/.test(lines[i])) && p.some((i) => /\d\s*万?元/.test(lines[i]));
  const first = ps.findIndex((p) => p.some((i) => /\d\s*万?元/.test(lines[i])));
  if (first < 0) return undefined;
  const moved = ps.filter((p, k) => k > first && isThreePublic(p));
  if (moved.length === 0) return undefined;
  const rest = ps.filter((p) => !moved.includes(p));
  return fromParagraphs(lines, [...rest.slice(0, first), ...moved, ...rest.slice(first)]);
};

/** Each paragraph after the title left out in turn (one rewriting per paragraph). */
export function withParagraphDropped(lines: readonly string[]): Rewritten[] {
  const ps = paragraphs(lines);
  return ps.slice(1).map((p) => fromParagraphs(lines, ps.filter((q) => q !== p)));
}

/**
 * The transforms, each with the corpus text that prints its figures or names so (text number or
 * tables/text name, and line).
 */
export const TEXT_TRANSFORMS: TextTransform[] = [
  // whole 万元: jianguanwei-2026 L2 '收入预算328,661万元'; kaiyuan-2017 L2 '2,310万元'
  { name: 'amounts whole 万元, rounded', apply: amountsAt(0, 'round') },
  // cut: jianguanwei-2026 L2 (328,661 for 328,661.81, the key's 'truncated'); 160 L81 (a share cut, not rounded)
  { name: 'amounts whole 万元, cut', apply: amountsAt(0, 'cut') },
  // one decimal: shouxian-sifaju-2022 L5 '5万元' beside narrative 165 L3 '24.5万元'
  { name: 'amounts one decimal, rounded', apply: amountsAt(1, 'round') },
  { name: 'amounts one decimal, cut', apply: amountsAt(1, 'cut') },
  // (two decimals, wanli-2025 L2 '18,976.76万元', is the texts' own precision: no text prints a 万元 figure finer to cut it from)
  // 元 with separators: narrative 114 L3 '6,283.70元'; 284 L26 '1195000元'
  { name: 'amounts in 元', apply: amountsInYuan, onlyBesideWanTables: true },
  // 亿元 to two decimals: narrative 102 L15 '13.83亿元'
  { name: 'large amounts in 亿元', apply: largeAmountsInYi },
  // dash-joined path: shiquan-benji-2026 L9 '“一般公共服务支出(类）-统计信息事务（款）-统计管理（项）”'
  { name: '科目 path joined by -', apply: pathsWithDashes },
  // half-width marks: narrative 258 L32 '“社会保障和就业支出(类)行政事业单位养老支出(款)行政单位离退休(项)”'
  { name: '科目 marks half-width', apply: halfWidthMarks },
  // a 类 without its mark: narrative 121 L16 '教育支出9,632万元'
  { name: '类 without （类）', apply: classWithoutMark },
  // former names: fuliyuan-2024 L10 '医疗卫生与计划生育支出（类）'; shiquan-2025 L110 '行政事业单位离退休（款）'
  { name: '科目 former names', apply: formerNames },
  // 三公 first: narrative 160 L66 (its 三公 paragraph) before L81 (its 收入合计)
  { name: '三公 paragraph first', apply: threePublicFirst },
  // percentages: narrative 605 L25 '占总收入的84%'; shouxian-sifaju-2022 L5 '下降37.5%'; wanli-2025 two decimals; 433 L15 cut
  { name: 'percentages whole, rounded', apply: percentsAt(0, 'round') },
  { name: 'percentages whole, cut', apply: percentsAt(0, 'cut') },
  { name: 'percentages one decimal, rounded', apply: percentsAt(1, 'round') },
  { name: 'percentages one decimal, cut', apply: percentsAt(1, 'cut') },
];

/** For the tests of the transforms themselves. */
export const forTests = { toPrecision, digitsOf, written, shiftLeft, shiftRight, paragraphs };
