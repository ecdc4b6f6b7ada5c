/**
 * The 情况说明 draft as one model shared by every output (the pane's text, the sheet it inserts,
 * the .docx and the CLI's Markdown): a title, sections with a heading, paragraphs (body text or a
 * sub-heading such as "（一）…"), and in every line typed spans — plain text, an amount, a share, or a
 * placeholder the clerk must fill. Notes for the clerk (how shares were rounded, which names were
 * replaced) travel beside the text and are never part of it.
 *
 * Plain data and string work only (no recognition, rules or narrative checks), so the task pane
 * reads, edits and prints a draft without loading the engine; amounts and shares are made by the
 * drafting code (narrative/draft/model: wan, pct), in the narrative's money units.
 */
import type { Family } from '../recognize/types';

/** What a placeholder asks for; one finding per kind lists every line that still holds one. */
export type PlaceholderKind =
  | 'year'
  | 'department'
  | 'reason'
  | 'prior-change'
  | 'initial-budget'
  | 'completion'
  | 'admin-operating'
  | 'three-public-activity'
  | 'procurement'
  | 'assets'
  | 'performance'
  | 'name'
  | 'amount';

export interface PlaceholderSpec {
  /** The marker printed in the text. */
  marker: string;
  /** What is to be filled, for the finding that lists them ('原因'). */
  what: string;
}

/** Every marker starts with 【请填写 and ends with 】, so a reader can find them all with one pattern. */
export const PLACEHOLDERS: Record<PlaceholderKind, PlaceholderSpec> = {
  year: { marker: '【请填写年度】', what: '年度' },
  department: { marker: '【请填写部门名称】', what: '部门名称' },
  reason: { marker: '【请填写原因】', what: '原因' },
  'prior-change': { marker: '【请填写与上年相比的增减情况及原因】', what: '与上年相比的增减情况' },
  'initial-budget': { marker: '【请填写年初预算数】', what: '年初预算数' },
  completion: { marker: '【请填写完成比例】', what: '完成比例' },
  'admin-operating': { marker: '【请填写机关运行经费】', what: '机关运行经费' },
  'three-public-activity': { marker: '【请填写团组、车辆、接待批次及人次】', what: '“三公”经费的团组、车辆、接待批次及人次' },
  procurement: { marker: '【请填写政府采购情况】', what: '政府采购情况' },
  assets: { marker: '【请填写国有资产占有使用情况】', what: '国有资产占有使用情况' },
  performance: { marker: '【请填写预算绩效管理情况】', what: '预算绩效管理情况' },
  name: { marker: '【请填写科目名称】', what: '科目名称' },
  amount: { marker: '【请填写金额】', what: '表中未能确定的金额' },
};

/** Any draft marker: 【请填写…】. */
export const PLACEHOLDER_PATTERN = /【请填写[^】]{0,40}】/g;

export type Span =
  | { type: 'text'; text: string }
  | { type: 'amount'; fen: number; text: string }
  /** `group`: the share list it belongs to (a group adds up to 100.00%); none for a lone share. */
  | { type: 'share'; basisPoints: number; text: string; group?: string }
  | { type: 'placeholder'; kind: PlaceholderKind | 'other'; text: string };

export type Line = Span[];

export interface DraftParagraph {
  /** 'subheading': "（一）一般公共预算财政拨款支出决算总体情况" — set as a heading in every output. */
  role: 'body' | 'subheading';
  spans: Line;
}

export interface DraftSection {
  heading: Line;
  paragraphs: DraftParagraph[];
}

export interface Draft {
  title: Line;
  sections: DraftSection[];
  family: Family;
  year?: number;
  department: string;
  /** For the pane and the CLI only, never printed in the 情况说明. */
  notes: string[];
}

// ---------------------------------------------------------------- building lines

/** A line part: a string is plain text; spans are kept; undefined / false / '' are dropped. */
export type Part = string | Span | Line | undefined | false;

/** Joins parts into one line, merging neighbouring text spans. */
export function line(...parts: Part[]): Line {
  const out: Line = [];
  const push = (s: Span) => {
    if (s.type === 'text') {
      if (!s.text) return;
      const last = out[out.length - 1];
      if (last?.type === 'text') {
        out[out.length - 1] = { type: 'text', text: last.text + s.text };
        return;
      }
    }
    out.push(s);
  };
  for (const p of parts) {
    if (p === undefined || p === false || p === '') continue;
    if (typeof p === 'string') push({ type: 'text', text: p });
    else if (Array.isArray(p)) p.forEach(push);
    else push(p);
  }
  return out;
}

export function placeholder(kind: PlaceholderKind): Span {
  return { type: 'placeholder', kind, text: PLACEHOLDERS[kind].marker };
}

/** Joins lines with a separator ('、', '；'). */
export function joinLines(lines: readonly Line[], separator: string): Line {
  const parts: Part[] = [];
  lines.forEach((l, i) => {
    if (i > 0) parts.push(separator);
    parts.push(l);
  });
  return line(...parts);
}

export function body(...parts: Part[]): DraftParagraph {
  return { role: 'body', spans: line(...parts) };
}

export function subheading(...parts: Part[]): DraftParagraph {
  return { role: 'subheading', spans: line(...parts) };
}

// ---------------------------------------------------------------- reading lines

export function lineText(l: Line): string {
  return l.map((s) => s.text).join('');
}

export function placeholderKindOf(marker: string): PlaceholderKind | 'other' {
  const hit = (Object.keys(PLACEHOLDERS) as PlaceholderKind[]).find((k) => PLACEHOLDERS[k].marker === marker);
  return hit ?? 'other';
}

/** Plain text → spans, recognising the draft's placeholders (the rest stays text). */
export function parseLine(text: string): Line {
  const parts: Part[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER_PATTERN)) {
    parts.push(text.slice(last, m.index));
    parts.push({ type: 'placeholder', kind: placeholderKindOf(m[0]), text: m[0] });
    last = m.index! + m[0].length;
  }
  parts.push(text.slice(last));
  return line(...parts);
}

export type DraftLineRole = 'title' | 'heading' | 'subheading' | 'body';

/** The draft as lines in reading order, each with its role: what the sheet and the .docx print. */
export function draftLines(d: Pick<Draft, 'title' | 'sections'>): { role: DraftLineRole; text: string; spans: Line }[] {
  const out: { role: DraftLineRole; text: string; spans: Line }[] = [];
  if (d.title.length > 0) out.push({ role: 'title', text: lineText(d.title), spans: d.title });
  for (const s of d.sections) {
    if (s.heading.length > 0) out.push({ role: 'heading', text: lineText(s.heading), spans: s.heading });
    for (const p of s.paragraphs) out.push({ role: p.role, text: lineText(p.spans), spans: p.spans });
  }
  return out;
}

/** Every placeholder still in the draft, by kind. */
export function placeholderCount(d: Pick<Draft, 'title' | 'sections'>): number {
  return draftLines(d).reduce((n, l) => n + l.spans.filter((s) => s.type === 'placeholder').length, 0);
}
