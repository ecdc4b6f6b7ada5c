/**
 * The draft's own placeholders (【请填写原因】 …) in a text being checked: what is left to fill, not a
 * mistake. They are reported as one warning per kind that lists every line holding one ("草稿中有 34 处
 * 待填写：原因（L12、L15 …）"), and blanked out (same length) before the text's figures are checked, so
 * a sentence with a gap in it is still checked for the rest. A check the gap itself makes moot says nothing
 * there: an amount left blank is kept on its paragraph (Paragraph.blanks), so the sums of its sentence and of
 * any list through it are not checked; a reason left blank (Paragraph.reasonBlanks) is no reason missing for
 * the change it stands for, and no reason word left empty. The blank is told once, as a blank to fill.
 */
import type { Finding } from '../findings';
import type { Paragraph } from './text/tokens';
import { PLACEHOLDER_PATTERN, PLACEHOLDERS, placeholderKindOf } from './draft/model';

const LISTED = 12;

export interface SeparatedPlaceholders {
  /** The paragraphs with every placeholder replaced by spaces of the same length. */
  masked: Paragraph[];
  findings: Finding[];
}

export function separateDraftPlaceholders(paras: readonly Paragraph[]): SeparatedPlaceholders {
  const groups = new Map<string, { what: string; count: number; at: Paragraph[] }>();
  const masked = paras.map((p) => {
    // Every placeholder opens with 【: most paragraphs have none to replace.
    if (!p.text.includes('【')) return p;
    let hit = false;
    const blanks: number[] = [];
    const reasonBlanks: number[] = [];
    const text = p.text.replace(PLACEHOLDER_PATTERN, (marker: string, at: number) => {
      hit = true;
      const kind = placeholderKindOf(marker);
      if (kind === 'amount') blanks.push(at);
      if (kind === 'reason') reasonBlanks.push(at);
      const key = kind === 'other' ? marker : kind;
      const g = groups.get(key) ?? { what: kind === 'other' ? marker.slice(4, -1) : PLACEHOLDERS[kind].what, count: 0, at: [] };
      g.count++;
      if (!g.at.includes(p)) g.at.push(p);
      groups.set(key, g);
      return '\u3000'.repeat(marker.length);
    });
    if (!hit) return p;
    return { ...p, text, ...(blanks.length > 0 ? { blanks } : {}), ...(reasonBlanks.length > 0 ? { reasonBlanks } : {}) };
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
  return { masked, findings };
}
