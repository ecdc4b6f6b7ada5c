/**
 * Checks 情况说明 prose: its own arithmetic (sums, shares, changes), its words (placeholders, years,
 * directions, reasons) and, when tables are at hand, every figure against the tables.
 * Every finding points at the paragraph (cell or line) that holds the sentence.
 */
import type { Finding, Severity } from '../../findings';
import type { Family } from '../../recognize/types';
import { formatShare, formatWan, largestRemainderShares } from '../amounts';
import type { FactValue, TableFacts } from '../facts';
import { classPathOf, factKeyOfLabel, nameKey } from './labels';
import { halfUnitFen, readStructure, roundingAllowance, signed, type ShareLink, type SumList, type TextStructure } from './structure';
import { sentenceAt, tokenizeParagraph, type AmountToken, type Paragraph, type Token } from './tokens';

export interface TextCheckContext {
  facts?: TableFacts;
  /** The report year (from the tables; inferred from the text when absent). */
  year?: number;
  family?: Family;
  /** A stated change of at least this many percent needs a reason (主要原因是…). Default 10. */
  reasonThreshold?: number;
}

type Rule = 'amount' | 'sum' | 'share' | 'change' | 'placeholder' | 'year' | 'unit' | 'direction' | 'reason';

class FindingList {
  readonly items: Finding[] = [];
  private readonly seen = new Set<string>();
  constructor(private readonly paras: readonly Paragraph[]) {}
  add(
    rule: Rule,
    severity: Severity,
    para: number,
    message: string,
    extra: { expected?: number; actual?: number; related?: FactValue[]; key?: string } = {},
  ): void {
    const p = this.paras[para];
    const id = `${rule}|${para}|${extra.key ?? message}`;
    if (this.seen.has(id)) return;
    this.seen.add(id);
    this.items.push({
      rule: `narrative/${rule}`,
      kind: 'narrative',
      severity,
      sheet: p.sheet,
      cell: p.cell,
      related: (extra.related ?? []).map((r) => ({ sheet: r.source.sheet, cell: r.source.cell })),
      ...(extra.expected !== undefined ? { expected: extra.expected } : {}),
      ...(extra.actual !== undefined ? { actual: extra.actual } : {}),
      message,
    });
  }
}

/** 分 → 万元 as a number with two decimals (for `expected` / `actual`). */
function wanNumber(fen: number): number {
  return Number(formatWan(fen));
}

function nameOf(a: AmountToken): string {
  const s = (a.label || a.subject).replace(/\s+/g, '');
  return s.length > 20 ? `…${s.slice(-18)}` : s;
}

function quote(a: AmountToken): string {
  const n = nameOf(a);
  return n ? `“${n}${a.raw}”` : `“${a.raw}”`;
}

// ---------------------------------------------------------------- sums

function checkSums(s: TextStructure, out: FindingList, facts?: TableFacts): void {
  for (const list of s.lists) {
    const head = list.head;
    if (!head) continue;
    const parts = list.balanced || list.parts.length === 0 ? list.allParts : list.parts;
    if (parts.length === 0) continue;
    const sum = parts.reduce((acc, p) => acc + signed(p), 0);
    const diff = signed(head) - sum;
    const allowance = roundingAllowance(parts) + halfUnitFen(head);
    if (Math.abs(diff) <= allowance) continue;
    const listsAllProjects = facts ? isCompleteProjectList(list, parts, facts) : false;
    const partial = !listsAllProjects && (list.kind === 'partial' || list.etc || parts.length === 1);
    if (partial && !(sum > signed(head) + allowance && !head.change)) continue;
    const slip = unitSlipInSum(head, parts, allowance);
    if (slip) {
      out.add(
        'unit',
        'error',
        slip.para,
        `${quote(slip)}的单位疑似有误：按${slip.unit === '元' ? '万元' : '元'}计各项之和才等于${quote(head)}，请核对单位。`,
        { key: `${slip.start}` },
      );
      continue;
    }
    const what = listsAllProjects ? '所列各项目金额之和' : '其后所列各项之和';
    out.add(
      'sum',
      'error',
      head.para,
      `${quote(head)}与${what}${formatWan(sum)}万元不符（差${formatWan(diff)}万元），请核对合计或各项金额。`,
      { expected: wanNumber(sum), actual: head.value, key: `${head.para}:${head.start}` },
    );
  }
}

/** The list names every project of the tables (by name), so it must add up even if it says 主要为. */
function isCompleteProjectList(list: SumList, parts: readonly AmountToken[], facts: TableFacts): boolean {
  if (!list.head || factKeyOfLabel(list.head.label || list.head.subject) !== 'project') return false;
  const names = new Set(facts.projects.map((p) => nameKey(p.name)));
  if (names.size === 0 || names.size !== parts.length) return false;
  return parts.every((p) => names.has(nameKey(p.label || p.subject)));
}

function unitSlipInSum(head: AmountToken, parts: readonly AmountToken[], allowance: number): AmountToken | undefined {
  const sum = parts.reduce((acc, p) => acc + signed(p), 0);
  for (const p of parts) {
    for (const factor of [10_000, 1 / 10_000]) {
      if ((factor > 1 && p.unit !== '元') || (factor < 1 && p.unit !== '万元')) continue;
      const converted = Math.round(signed(p) * factor);
      // Only a part that is large next to the rounding allowance can be told apart from noise.
      if (Math.abs(converted) < 10 * allowance) continue;
      const alt = sum - signed(p) + converted;
      if (Math.abs(signed(head) - alt) <= allowance) return p;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------- shares

interface Denominator {
  fen: number;
  name: string;
  related?: FactValue[];
  /** Amounts of the group the share belongs to, when the group adds up to the denominator. */
  group?: AmountToken[];
}

function findTextFact(s: TextStructure, key: string, before: AmountToken): AmountToken | undefined {
  const candidates = s.amounts.filter((a) => !a.change && a !== before && factKeyOfLabel(a.label || a.subject) === key);
  const earlier = candidates.filter((a) => a.para < before.para || (a.para === before.para && a.start < before.start));
  return earlier[earlier.length - 1] ?? candidates[0];
}

function shareDenominator(s: TextStructure, link: ShareLink, facts: TableFacts | undefined, groups: Map<ShareLink, AmountToken[]>): Denominator | undefined {
  const of = (link.percent.of ?? '').trim();
  if (of) {
    const key = factKeyOfLabel(of);
    if (!key) return undefined;
    const t = findTextFact(s, key, link.amount);
    if (t) return { fen: t.fen, name: `${nameOf(t)}${t.raw}` };
    const f = facts?.byKey.get(key)?.[0];
    if (f) return { fen: f.fen, name: `${of}${formatWan(f.fen)}万元`, related: [f] };
    return undefined;
  }
  if (link.list?.head && !link.list.head.change) {
    const parts = link.list.parts.length > 0 ? link.list.parts : link.list.allParts;
    return { fen: link.list.head.fen, name: `${nameOf(link.list.head)}${link.list.head.raw}`, group: parts };
  }
  const g = groups.get(link);
  if (g) {
    const fen = g.reduce((acc, a) => acc + a.fen, 0);
    return { fen, name: `各项合计${formatWan(fen)}万元`, group: g };
  }
  return undefined;
}

/** Runs of shares with no stated whole whose percentages add up to 100%: their whole is their sum. */
function shareGroups(links: readonly ShareLink[]): Map<ShareLink, AmountToken[]> {
  const out = new Map<ShareLink, AmountToken[]>();
  const orphans = links.filter((l) => !l.list?.head && !(l.percent.of ?? '').trim());
  let run: ShareLink[] = [];
  const flush = () => {
    if (run.length >= 2) {
      const total = run.reduce((acc, l) => acc + l.percent.value, 0);
      if (Math.abs(total - 100) <= 0.011 * run.length) {
        const amounts = run.map((l) => l.amount);
        for (const l of run) out.set(l, amounts);
      }
    }
    run = [];
  };
  for (const l of orphans) {
    const prev = run[run.length - 1];
    if (prev && l.percent.para - prev.percent.para > 2) flush();
    run.push(l);
  }
  flush();
  return out;
}

function checkShares(s: TextStructure, out: FindingList, facts?: TableFacts): void {
  const groups = shareGroups(s.shares);
  for (const link of s.shares) {
    const den = shareDenominator(s, link, facts, groups);
    if (!den || den.fen <= 0) continue;
    const exact = (link.amount.fen * 10_000) / den.fen; // in 0.01 %
    const stated = Math.round(link.percent.value * 100);
    // "100%" and "0%" claim the whole or nothing: they hold only when the figures say so exactly.
    const absolute = link.percent.decimals === 0 && (link.percent.value === 100 || link.percent.value === 0);
    const tol = absolute
      ? ((halfUnitFen(link.amount) + (den.group ? 0 : halfUnitFen(link.amount))) * 10_000) / den.fen + 1e-6
      : 0.5 * 10 ** (2 - Math.min(2, link.percent.decimals)) + 1e-6;
    if (Math.abs(stated - exact) <= tol) continue;
    if (den.group && den.group.includes(link.amount) && den.group.every((a) => !a.change && a.fen >= 0)) {
      const groupSum = den.group.reduce((acc, a) => acc + a.fen, 0);
      if (groupSum === den.fen) {
        const lr = largestRemainderShares(den.group.map((a) => a.fen));
        if (lr[den.group.indexOf(link.amount)] === stated) continue;
      }
    }
    const rounded = Math.round(exact);
    out.add(
      'share',
      'error',
      link.percent.para,
      `${quote(link.amount)}占${den.name}的比例应为${formatShare(rounded)}%，文中为${link.percent.raw}。`,
      { expected: rounded / 100, actual: link.percent.value, related: den.related, key: `${link.percent.start}` },
    );
  }
}

// ---------------------------------------------------------------- changes

const REASON_WORDS = /原因|由于|因为|主要是|主要为|主要用于|用于|根据|系因|源于|调整|纳入|统一/;

function checkChanges(s: TextStructure, paras: readonly Paragraph[], out: FindingList, threshold: number): void {
  for (const c of s.changes) {
    const x = c.change;
    const g = c.growth;
    if (g && g.direction && x.change && g.direction !== x.change && !(x.fen === 0 && g.value === 0)) {
      out.add(
        'direction',
        'error',
        x.para,
        `“${x.change > 0 ? '增加' : '减少'}${x.raw}”与“${g.direction > 0 ? '增长' : '下降'}${g.raw}”方向相反，请核对增减方向。`,
        { key: `${x.start}` },
      );
      continue;
    }
    if (g && c.current) {
      checkGrowth(c.current, x, g.value, g.decimals, g.raw, g.direction ?? x.change ?? 1, out);
    }
    if (g && g.value >= threshold && x.fen !== 0) {
      const text = paras[x.para].text;
      const tail = text.slice(x.start);
      const endOfNext = nthSentenceEnd(tail, 2);
      if (!REASON_WORDS.test(tail.slice(0, endOfNext)) && !REASON_WORDS.test(paras[x.para + 1]?.text.slice(0, 60) ?? '')) {
        out.add(
          'reason',
          'warning',
          x.para,
          `“${sentenceAt(text, x.start)}”变动${g.raw}，超过${threshold}%却未说明原因，请补写“主要原因是……”。`,
          { key: `${x.start}` },
        );
      }
    }
  }
}

function nthSentenceEnd(s: string, n: number): number {
  let count = 0;
  for (let i = 0; i < s.length; i++) if (/[。！？!?]/.test(s[i]) && ++count >= n) return i + 1;
  return s.length;
}

function checkGrowth(
  current: AmountToken,
  change: AmountToken,
  percent: number,
  decimals: number,
  raw: string,
  direction: 1 | -1,
  out: FindingList,
): void {
  const c = current.fen;
  const x = change.fen * direction; // signed change
  const prior = c - x;
  const tolC = halfUnitFen(current);
  const tolX = halfUnitFen(change);
  if (percent === 100 && direction === 1) {
    // "增长100%" is written for an item that is new this year (上年为0) or that doubled.
    if (Math.abs(x - c) <= tolC + tolX || Math.abs(c - 2 * x) <= tolC + 2 * tolX) return;
    out.add(
      'change',
      'error',
      change.para,
      `${quote(current)}“增长100%”表示上年为0，增加额应为${formatWan(c)}万元，文中为“增加${change.raw}”。`,
      { expected: wanNumber(c), actual: change.value, key: `${change.start}` },
    );
    return;
  }
  if (percent === 100 && direction === -1) {
    if (Math.abs(c) <= tolC) return;
    out.add('change', 'error', change.para, `${quote(current)}仍有预算，不应写“下降100%”，请核对。`, { key: `${change.start}` });
    return;
  }
  if (prior <= 0) return;
  const ax = Math.abs(x);
  const uP = tolC + tolX;
  const lo = prior - uP > 0 ? ((ax - tolX) / (prior + uP)) * 100 : 0;
  const hi = prior - uP > 0 ? ((ax + tolX) / (prior - uP)) * 100 : Infinity;
  const tol = 0.5 * 10 ** -Math.min(2, decimals) + 1e-9;
  if (percent >= lo - tol && percent <= hi + tol) return;
  const exact = (ax / prior) * 100;
  out.add(
    'change',
    'error',
    change.para,
    `按本年${formatWan(c)}万元、${direction > 0 ? '增加' : '减少'}${formatWan(ax)}万元计，上年为${formatWan(prior)}万元，${direction > 0 ? '增长' : '下降'}率应为${exact.toFixed(2)}%，文中为${raw}。`,
    { expected: Number(exact.toFixed(2)), actual: percent, key: `${change.start}` },
  );
}

// ---------------------------------------------------------------- words

const PLACEHOLDERS: [RegExp, Severity][] = [
  [/(?<![A-Za-z])[XＸ×]{2,}(?![A-Za-z])|(?<![A-Za-z])[xｘ]{2,}(?![A-Za-z])/g, 'error'],
  [/[xX]{1,3}(?:,[xX]{3})+(?:\.[xX]+)?/g, 'error'],
  [/待填写?|待补充|待定|请填写|【[^】]{0,12}(?:填写|补充|原因)[^】]{0,12}】/g, 'error'],
  [/[○〇□＊*]{2,}/g, 'error'],
  [/……/g, 'warning'],
];

function checkPlaceholders(paras: readonly Paragraph[], out: FindingList): void {
  for (const p of paras) {
    for (const [re, severity] of PLACEHOLDERS) {
      re.lastIndex = 0;
      const m = re.exec(p.text);
      if (!m) continue;
      out.add('placeholder', severity, p.index, `“${sentenceAt(p.text, m.index)}”中留有占位符“${m[0]}”，请填写实际内容。`, {
        key: m[0],
      });
      break;
    }
  }
}

const YEAR_OF_REPORT = /(\d{4})\s*年度?\s*(?:部门|单位)?\s*(预算|决算)/;

/** The report year stated in the first paragraphs ("2025年部门预算"). */
export function inferYear(paras: readonly Paragraph[]): { year?: number; family?: Family } {
  for (const p of paras.slice(0, 12)) {
    const m = YEAR_OF_REPORT.exec(p.text);
    if (m) return { year: Number(m[1]), family: m[2] === '决算' ? 'final' : 'budget' };
  }
  return {};
}

const LEVEL_YEAR = /(\d{4})\s*年度?\s*(?:部门)?\s*(?:预算数|预算收入|收入预算|支出预算|预算支出|预算收支安排|收支总预算|预算安排|一般公共预算基本支出|一般公共预算)\s*(?:为|是|共)?\s*\d/g;
const AS_OF = /截[至止]\s*(\d{4})\s*年/g;
const REPORT_TITLE = /(\d{4})\s*年度?\s*部门\s*(预算|决算)/g;

function checkYears(paras: readonly Paragraph[], year: number, family: Family, out: FindingList): void {
  for (const p of paras) {
    const text = p.text;
    for (const re of [LEVEL_YEAR, REPORT_TITLE]) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const n = Number(m[1]);
        const before = text.slice(Math.max(0, m.index - 3), m.index);
        if (n === year || /比|较|与|上年|同比|对比/.test(before)) continue;
        if (re === REPORT_TITLE && m[2] === '决算' && n === year - 1) continue;
        out.add('year', 'error', p.index, `“${sentenceAt(text, m.index)}”写的是${n}年，本报告是${year}年，请核对年份。`, {
          expected: year,
          actual: n,
          key: `${m.index}`,
        });
      }
    }
    AS_OF.lastIndex = 0;
    for (let m = AS_OF.exec(text); m; m = AS_OF.exec(text)) {
      const n = Number(m[1]);
      // A budget reports assets at the end of the previous year; final accounts at the end of their own year.
      const expected = family === 'final' ? year : year - 1;
      if (n >= expected && n <= year) continue;
      out.add('year', 'error', p.index, `“${sentenceAt(text, m.index)}”截至${n}年，本${family === 'final' ? '决算' : '预算'}应截至${expected}年底，请核对年份。`, {
        expected,
        actual: n,
        key: `asof${m.index}`,
      });
    }
  }
}

// ---------------------------------------------------------------- against the tables

function matches(a: AmountToken, v: FactValue): boolean {
  return Math.abs(a.fen - v.fen) <= Math.max(halfUnitFen(a), 5_000) + 1;
}

/** Candidate table values for a figure of the text, with what they are. */
function candidatesFor(a: AmountToken, facts: TableFacts): { values: FactValue[]; what: string } | undefined {
  const path = classPathOf(a.subject) ?? classPathOf(a.label);
  if (path) {
    const last = nameKey(path.names[path.names.length - 1]);
    let lines = facts.functionLines.filter((l) => l.level === path.level && nameKey(l.name) === last);
    if (path.code) lines = facts.functionLines.filter((l) => l.code === path.code);
    if (lines.length > 1 && path.names.length > 1) {
      const parentName = nameKey(path.names[path.names.length - 2]);
      const withParent = lines.filter((l) =>
        facts.functionLines.some((p) => p.level === l.level - 1 && l.code.startsWith(p.code) && nameKey(p.name) === parentName),
      );
      if (withParent.length > 0) lines = withParent;
    }
    const values = lines.map((l) => l.total).filter((v): v is FactValue => !!v);
    if (values.length > 0) return { values, what: lines[0].name };
  }
  const label = a.label || a.subject;
  const key = factKeyOfLabel(label);
  if (key) {
    const values = facts.byKey.get(key);
    if (values && values.length > 0) return { values, what: nameOf(a) };
    return undefined;
  }
  const k = nameKey(label);
  if (!k) return undefined;
  const fn = facts.functionLines.filter((l) => nameKey(l.name) === k);
  const econ = facts.economicLines.filter((l) => nameKey(l.name) === k);
  const proj = facts.projects.filter((p) => nameKey(p.name) === k);
  const values = [...fn.map((l) => l.total), ...econ.map((l) => l.total), ...proj.map((p) => p.amount)].filter(
    (v): v is FactValue => !!v,
  );
  return values.length > 0 ? { values, what: nameOf(a) } : undefined;
}

function checkAgainstTables(s: TextStructure, facts: TableFacts, out: FindingList): void {
  for (const a of s.amounts) {
    if (a.change || a.depth > 1) continue;
    const c = candidatesFor(a, facts);
    if (!c) continue;
    if (c.values.some((v) => matches(a, v))) continue;
    const expected = c.values[0];
    const asOtherUnit = c.values.find(
      (v) => (a.unit === '元' && Math.abs(a.fen * 10_000 - v.fen) <= 5_000) || (a.unit === '万元' && Math.abs(Math.round(a.fen / 10_000) - v.fen) <= 100),
    );
    if (asOtherUnit) {
      out.add(
        'unit',
        'error',
        a.para,
        `${quote(a)}的单位有误：表中为${formatWan(asOtherUnit.fen)}万元（${asOtherUnit.source.table}），请把单位改为万元或核对数字。`,
        { expected: wanNumber(asOtherUnit.fen), actual: a.value, related: [asOtherUnit], key: `${a.start}` },
      );
      continue;
    }
    out.add(
      'amount',
      'error',
      a.para,
      `${quote(a)}与表中数不符：${expected.source.table}为${formatWan(expected.fen)}万元（${expected.source.sheet}!${expected.source.cell}）。`,
      { expected: wanNumber(expected.fen), actual: a.value, related: c.values, key: `${a.start}` },
    );
  }
}

// ---------------------------------------------------------------- entry

/** Every check on a document of paragraphs. */
export function checkParagraphs(paras: readonly Paragraph[], ctx: TextCheckContext = {}): Finding[] {
  const out = new FindingList(paras);
  const tokens: Token[] = [];
  for (const p of paras) tokens.push(...tokenizeParagraph(p));
  const structure = readStructure(
    tokens,
    paras.map((p) => p.text),
  );
  checkSums(structure, out, ctx.facts);
  checkShares(structure, out, ctx.facts);
  checkChanges(structure, paras, out, ctx.reasonThreshold ?? 10);
  checkPlaceholders(paras, out);
  const inferred = inferYear(paras);
  const year = ctx.year ?? inferred.year;
  if (year) checkYears(paras, year, ctx.family ?? inferred.family ?? 'budget', out);
  if (ctx.facts) checkAgainstTables(structure, ctx.facts, out);
  return out.items;
}

/** Splits plain text (a .txt / .md file or text read from a .docx) into paragraphs: one per non-blank line. */
export function paragraphsOfText(text: string, source: string): Paragraph[] {
  const paras: Paragraph[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    const t = line.replace(/^#+\s*/, '').replace(/\*\*/g, '').trim();
    if (t) paras.push({ index: paras.length, text: t, sheet: source, cell: `L${i + 1}` });
  });
  return paras;
}
