/**
 * A table with many codes no catalog knows (a local catalog, a made-up numbering, a catalog that is
 * not imported yet) gets one finding that says so, instead of one line per code in the list: the
 * clerk reads one sentence, and every cell is still marked with its own note (`members`).
 */
import type { Finding } from '../findings';
import type { Table } from '../recognize/types';
import type { NameCell } from './name-cells';

/** More unknown codes than this in one table (of one rule and system) are reported as one finding. */
export const MANY_UNKNOWN = 10;

const EXAMPLES = 3;

function example(f: Finding, c: NameCell): string {
  if (f.rule === 'unknown-code/malformed') return `「${c.written}」`;
  return c.label ? `${c.code}「${c.label}」` : c.code;
}

function groupedMessage(members: Finding[], cellOf: Map<Finding, NameCell>, where: string): string {
  const first = members[0];
  const examples = members.slice(0, EXAMPLES).map((f) => example(f, cellOf.get(f)!)).join('、');
  const what =
    first.rule === 'unknown-code/malformed'
      ? `${members.length} 个编码位数不对，不是完整的类/款/项编码`
      : `${members.length} 个编码不在${where}中，名称无法按目录核对或填写`;
  return `本表有 ${what}，如 ${examples} 等，请核对；标记单元格时每个编码各自标出并附说明。`;
}

/**
 * Replaces the unknown-code findings of each table, when there are more than MANY_UNKNOWN of one
 * rule and system, by one finding at the first of them that carries them all as `members`.
 * `cellOf` gives each unknown-code finding its name cell; `whereOf` the catalog its message names.
 */
export function groupManyUnknown(findings: Finding[], cellOf: Map<Finding, NameCell>, whereOf: (c: NameCell) => string): Finding[] {
  const groups = new Map<Table, Map<string, Finding[]>>();
  for (const f of findings) {
    const c = cellOf.get(f);
    if (!c || f.kind !== 'unknown-code') continue;
    let byRule = groups.get(c.table);
    if (!byRule) groups.set(c.table, (byRule = new Map()));
    const k = `${f.rule}|${c.system}`;
    const list = byRule.get(k);
    if (list) list.push(f);
    else byRule.set(k, [f]);
  }
  const replaced = new Map<Finding, Finding | null>();
  for (const byRule of groups.values()) {
    for (const members of byRule.values()) {
      if (members.length <= MANY_UNKNOWN) continue;
      const [first] = members;
      const c = cellOf.get(first)!;
      const examples = members.slice(1, EXAMPLES).map((f) => ({ sheet: f.sheet, cell: f.cell }));
      replaced.set(first, {
        rule: 'unknown-code/many',
        kind: 'unknown-code',
        severity: first.severity,
        sheet: first.sheet,
        cell: first.cell,
        related: [...first.related, ...examples],
        message: groupedMessage(members, cellOf, whereOf(c)),
        members,
      });
      for (const f of members.slice(1)) replaced.set(f, null);
    }
  }
  if (!replaced.size) return findings;
  const out: Finding[] = [];
  for (const f of findings) {
    const r = replaced.get(f);
    if (r === undefined) out.push(f);
    else if (r) out.push(r);
  }
  return out;
}
