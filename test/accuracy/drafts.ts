/**
 * Drafts against the real 编制说明: for each corpus workbook with its published explanation (a text
 * file in tables/text, or the 情况说明 sheet of the workbook), which of the real text's table-derived
 * figures the draft states with the same value, and which it states differently.
 *
 * - A figure of the real text is an amount ("431.00万元", "189,767,551元") or a percentage. Zero
 *   amounts, changes on the prior year ("增加…", "下降…"), thresholds ("100万元（含）以上"), figures
 *   of a sentence about last year and 政府采购 figures (without a procurement table) are left out:
 *   they are not read from this year's tables.
 * - It is table-derived when the tables give its value at the precision it is written with: an amount
 *   equal to an amount cell of a recognized table; a percentage equal to the quotient of two
 *   table-derived amounts of the same paragraph.
 * - The draft states it with the same value when a figure of the draft (an amount or share span of the
 *   draft model) has that value at that precision.
 * - It is stated differently when the draft gives no such figure but states a figure about the same
 *   thing (the same 类/款/项 path or the same standard item: 人员经费, 机关运行经费 …) with another value.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { recognizeWorkbook } from '../../src/engine/recognize';
import type { Table } from '../../src/engine/recognize/types';
import type { WorkbookGrids } from '../../src/engine/grid/types';
import { draftLines, draftNarrative } from '../../src/engine/narrative';
import { findNarrativeDocuments } from '../../src/engine/narrative/locate';
import { toHalfWidth } from '../../src/engine/grid/text';
import { workbookToGrids } from '../../src/xlsx/grids';
import { loadXlsx } from '../../src/xlsx/load';
import { CORPUS_DIR } from './corpus';

export interface TextFigure {
  /** 1-based line of the real text (or the 情况说明 sheet's cell). */
  at: string;
  raw: string;
  kind: 'amount' | 'share';
  /** Value in hundredths (0.01 万元, or 0.01 %). */
  hundredths: number;
  /** Decimals as written: the precision to compare at. */
  decimals: number;
  /** What the figure is about, when that can be told (a 类/款/项 path or a standard item). */
  subject?: string;
}

export interface DraftComparison {
  id: string;
  /** Where the real text is. */
  source: string;
  figures: number;
  tableDerived: TextFigure[];
  same: TextFigure[];
  missing: TextFigure[];
  different: { real: TextFigure; draft: string[] }[];
}

const AMOUNT = /(\d+(?:,\d{3})*(?:\.\d+)?)\s*(万元|元)/g;
const PERCENT = /(\d+(?:\.\d+)?)\s*%/g;
const CHANGE_BEFORE = /(增加|减少|增长|下降|降低|提高|上升|节约|增幅|降幅|减幅)(了)?\s*$/;
const THRESHOLD_AFTER = /^\s*(（含）|\(含\))?\s*(以上|以下|以内)/;
const PRIOR_SENTENCE = /(\d{4})\s*年(?:度)?(?:当年)?(?:预算)?执行数|上年|上一年度/;

/** A figure's value rounded to `decimals`, in hundredths. */
function atPrecision(hundredths: number, decimals: number): number {
  const step = 10 ** (2 - Math.min(2, decimals));
  return Math.round(hundredths / step) * step;
}

/** Standard items a sentence may be about, most specific first. */
const SUBJECTS: [RegExp, string][] = [
  [/机关运行经费/, '机关运行经费'],
  [/公务用车购置及运行/, '公务用车购置及运行维护费'],
  [/公务用车购置/, '公务用车购置费'],
  [/公务用车运行/, '公务用车运行维护费'],
  [/因公出国/, '因公出国（境）费'],
  [/公务接待/, '公务接待费'],
  [/三公/, '“三公”经费'],
  [/人员经费/, '人员经费'],
  [/公用经费/, '公用经费'],
  [/基本支出/, '基本支出'],
  [/项目支出/, '项目支出'],
  [/政府采购/, '政府采购'],
];

/** The 类/款/项 path closest before `pos` in the sentence, with the measure when a 年初预算 is meant. */
function subjectAt(text: string, pos: number): string | undefined {
  const sentenceStart = Math.max(text.lastIndexOf('。', pos - 1), text.lastIndexOf('；', pos - 1)) + 1;
  const before = text.slice(0, pos);
  const clause = before.slice(Math.max(sentenceStart, before.search(/[^，,、：:]*$/)));
  const paths = [...before.matchAll(/([^“”"（()）。；，、\s]+)[（(]项[)）]/g)];
  // Each 项 has its paragraph in both texts: the last path before the figure is its subject.
  const path = paths.at(-1);
  const measure = /年初预算/.test(clause) ? '：年初预算' : '';
  if (path) return `${path[1]}（项）${measure}`;
  for (const [re, name] of SUBJECTS) if (re.test(clause)) return `${name}${measure}`;
  return undefined;
}

/** Every figure of a paragraph that could come from this year's tables. */
export function figuresOf(text: string, at: string): TextFigure[] {
  const t = toHalfWidth(text);
  const out: TextFigure[] = [];
  for (const m of t.matchAll(AMOUNT)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (/[\d.]/.test(t[start - 1] ?? '')) continue;
    const before = t.slice(Math.max(0, start - 8), start);
    if (CHANGE_BEFORE.test(before) || THRESHOLD_AFTER.test(t.slice(end, end + 8))) continue;
    const value = Number(m[1].replace(/,/g, ''));
    if (value === 0) continue;
    const sentence = /[^。,，;；]*$/.exec(t.slice(0, start))![0];
    if (PRIOR_SENTENCE.test(sentence)) continue;
    const decimals = /\.(\d+)/.exec(m[1])?.[1].length ?? 0;
    const wanHundredths = m[2] === '元' ? Math.round(value / 100) : Math.round(value * 100);
    out.push({ at, raw: m[0], kind: 'amount', hundredths: wanHundredths, decimals: m[2] === '元' ? 2 : decimals, subject: subjectAt(t, start) });
  }
  for (const m of t.matchAll(PERCENT)) {
    const start = m.index!;
    const before = t.slice(Math.max(0, start - 8), start);
    if (CHANGE_BEFORE.test(before)) continue;
    const value = Number(m[1]);
    out.push({ at, raw: m[0], kind: 'share', hundredths: Math.round(value * 100), decimals: /\.(\d+)/.exec(m[1])?.[1].length ?? 0 });
  }
  return out;
}

/** Every amount cell of the tables, in 0.01 万元. */
function tableAmounts(tables: readonly Table[]): Set<number> {
  const out = new Set<number>();
  const perWan = { 元: 1 / 10_000, 千元: 1 / 10, 万元: 1, 亿元: 10_000 } as const;
  for (const t of tables) {
    for (const l of t.lines) for (const a of Object.values(l.amounts)) if (a.value !== null && a.value !== 0) out.add(Math.round(a.value * perWan[t.unit] * 100));
  }
  return out;
}

function derivable(f: TextFigure, amounts: Set<number>, paragraph: TextFigure[], derivedAmounts: Set<TextFigure>): boolean {
  if (f.kind === 'amount') {
    for (const v of amounts) if (atPrecision(v, f.decimals) === atPrecision(f.hundredths, f.decimals)) return true;
    return false;
  }
  const parts = paragraph.filter((p) => derivedAmounts.has(p));
  for (const a of parts) {
    for (const b of parts) {
      if (b.hundredths <= 0 || a.hundredths > b.hundredths) continue;
      const q = (a.hundredths * 10_000) / b.hundredths;
      if (Math.abs(q - f.hundredths) <= 0.5 * 10 ** (2 - Math.min(2, f.decimals)) + 1e-9) return true;
    }
  }
  return false;
}

interface DraftFigure {
  kind: 'amount' | 'share';
  hundredths: number;
  text: string;
  subject?: string;
}

function draftFigures(tables: Table[], grids: WorkbookGrids): DraftFigure[] {
  const out: DraftFigure[] = [];
  for (const l of draftLines(draftNarrative(tables, { grids }))) {
    let offset = 0;
    for (const s of l.spans) {
      if (s.type === 'amount') out.push({ kind: 'amount', hundredths: Math.round(s.fen / 10_000), text: s.text, subject: subjectAt(l.text, offset) });
      if (s.type === 'share') out.push({ kind: 'share', hundredths: s.basisPoints, text: s.text });
      offset += s.text.length;
    }
  }
  return out;
}

function sameSubject(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && a === b;
}

/** Compares the draft of one workbook with its real text. */
export function compareDraft(id: string, source: string, paragraphs: { text: string; at: string }[], tables: Table[], grids: WorkbookGrids): DraftComparison {
  const amounts = tableAmounts(tables);
  const drafted = draftFigures(tables, grids);
  // 政府采购 figures come from the procurement plan, not from these tables, unless the workbook has one.
  const fromElsewhere = (f: TextFigure) => f.subject === '政府采购' && !tables.some((t) => t.kind === 'procurement');
  const result: DraftComparison = { id, source, figures: 0, tableDerived: [], same: [], missing: [], different: [] };
  for (const p of paragraphs) {
    const figures = figuresOf(p.text, p.at);
    result.figures += figures.length;
    const derivedAmounts = new Set(figures.filter((f) => f.kind === 'amount' && derivable(f, amounts, figures, new Set())));
    for (const f of figures) {
      const derived = !fromElsewhere(f) && (f.kind === 'amount' ? derivedAmounts.has(f) : derivable(f, amounts, figures, derivedAmounts));
      const stated = drafted.some((d) => d.kind === f.kind && atPrecision(d.hundredths, f.decimals) === atPrecision(f.hundredths, f.decimals));
      if (derived) {
        result.tableDerived.push(f);
        (stated ? result.same : result.missing).push(f);
      }
      if (!stated && f.subject) {
        const others = drafted.filter((d) => d.kind === f.kind && sameSubject(d.subject, f.subject)).map((d) => d.text);
        if (others.length > 0) result.different.push({ real: f, draft: [...new Set(others)] });
      }
    }
  }
  return result;
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** Every corpus workbook that has its 编制说明 (a text file with a key, or a 情况说明 sheet), compared with its draft. */
export async function compareCorpusDrafts(): Promise<DraftComparison[]> {
  const tablesDir = join(CORPUS_DIR, 'tables');
  const texts = new Map<string, string>();
  for (const f of readdirSync(join(tablesDir, 'text-keys')).filter((x) => x.endsWith('.json')).sort()) {
    const key = readJson<{ text: string; workbook?: string }>(join(tablesDir, 'text-keys', f));
    if (key.workbook) texts.set(key.workbook, key.text);
  }
  const out: DraftComparison[] = [];
  for (const f of readdirSync(join(tablesDir, 'keys')).filter((x) => x.endsWith('.json')).sort()) {
    const { workbook } = readJson<{ workbook: string }>(join(tablesDir, 'keys', f));
    const grids = workbookToGrids(await loadXlsx(new Uint8Array(readFileSync(join(tablesDir, 'workbooks', workbook)))), workbook);
    const tables = recognizeWorkbook(grids);
    const textFile = texts.get(workbook);
    let paragraphs: { text: string; at: string }[];
    let source: string;
    if (textFile) {
      source = `text/${textFile}`;
      paragraphs = readFileSync(join(tablesDir, 'text', textFile), 'utf8')
        .split(/\r?\n/)
        .map((text, i) => ({ text, at: `L${i + 1}` }));
    } else {
      const docs = findNarrativeDocuments(grids, tables);
      if (docs.length === 0) continue;
      source = `${workbook} sheet ${docs[0][0].sheet}`;
      paragraphs = docs[0].map((p) => ({ text: p.text, at: p.cell }));
    }
    out.push(compareDraft(basename(workbook, '.xlsx'), source, paragraphs, tables, grids));
  }
  return out;
}
