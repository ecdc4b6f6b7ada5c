/**
 * The draft's own placeholders (【请填写原因】 …) in a text being checked: what is left to fill, not a
 * mistake. They are reported as one warning per kind that lists every line holding one ("草稿中有 34 处
 * 待填写：原因（L12、L15 …）"), and blanked out (same length) before the text's figures are checked, so
 * a sentence with a gap in it is still checked for the rest. A check the gap itself makes moot says nothing
 * there: an amount left blank is kept on its paragraph (Paragraph.blanks), so the sums of its sentence and of
 * any list through it are not checked; a reason left blank after 主要原因是 silences the reason check on its
 * paragraph. The blank is told once, as a blank to fill.
 */
import type { Finding } from '../findings';
import type { Paragraph } from './text/tokens';
import { PLACEHOLDER_PATTERN, PLACEHOLDERS, placeholderKindOf, type PlaceholderKind } from './draft/model';

const LISTED = 12;

export interface SeparatedPlaceholders {
  /** The paragraphs with every placeholder replaced by spaces of the same length. */
  masked: Paragraph[];
  findings: Finding[];
  /** Drops the findings of the checks a blank of the paragraph makes moot. */
  withoutMootFindings(findings: readonly Finding[]): Finding[];
}

/** The text checks a blank of each kind leaves nothing certain to say on: its paragraph's are dropped. */
const MOOT_RULES: Partial<Record<PlaceholderKind, readonly string[]>> = {
  reason: ['narrative/reason'],
};

const placeKey = (sheet: string, cell: string) => `${sheet}|${cell}`;

export function separateDraftPlaceholders(paras: readonly Paragraph[]): SeparatedPlaceholders {
  const groups = new Map<string, { what: string; count: number; at: Paragraph[] }>();
  /** Rule → the paragraphs (sheet|cell) where it has nothing certain to say. */
  const moot = new Map<string, Set<string>>();
  const masked = paras.map((p) => {
    // Every placeholder opens with 【: most paragraphs have none to replace.
    if (!p.text.includes('【')) return p;
    let hit = false;
    const blanks: number[] = [];
    const text = p.text.replace(PLACEHOLDER_PATTERN, (marker: string, at: number) => {
      hit = true;
      const kind = placeholderKindOf(marker);
      if (kind === 'amount') blanks.push(at);
      const key = kind === 'other' ? marker : kind;
      const g = groups.get(key) ?? { what: kind === 'other' ? marker.slice(4, -1) : PLACEHOLDERS[kind].what, count: 0, at: [] };
      g.count++;
      if (!g.at.includes(p)) g.at.push(p);
      for (const rule of kind === 'other' ? [] : (MOOT_RULES[kind] ?? [])) {
        const at = moot.get(rule) ?? new Set<string>();
        at.add(placeKey(p.sheet, p.cell));
        moot.set(rule, at);
      }
      groups.set(key, g);
      return '\u3000'.repeat(marker.length);
    });
    if (!hit) return p;
    return blanks.length > 0 ? { ...p, text, blanks } : { ...p, text };
  });
  const findings: Finding[] = [...groups.values()].map((g) => {
    const cells = g.at.map((p) => p.cell);
    const listed = cells.length > LISTED ? `${cells.slice(0, LISTED).join('、')} 等 ${cells.length} 行` : cells.join('、');
    const first = g.at[0];
    return {
      rule: 'narrative/draft-placeholder',
      kind: 'narrative',
      severity: 'warning',
      sheet: first.sheet,
      cell: first.cell,
      related: g.at.slice(1).map((p) => ({ sheet: p.sheet, cell: p.cell })),
      message: `草稿中有 ${g.count} 处待填写：${g.what}（${listed}），请填写后再公开。`,
    };
  });
  const withoutMootFindings = (all: readonly Finding[]) => all.filter((f) => !moot.get(f.rule)?.has(placeKey(f.sheet, f.cell)));
  return { masked, findings, withoutMootFindings };
}
