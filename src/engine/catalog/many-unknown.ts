/**
 * A table with many codes no catalog knows (a local catalog, a made-up numbering, a catalog that is
 * not imported yet) gets one finding that says so, instead of one line per code in the list: the
 * clerk reads one sentence, and every cell is still marked with its own note (`members`).
 */
import type { Finding } from '../findings';
import type { Table } from '../recognize/types';
import type { NameCell } from './name-cells';
import { quote } from '../model/names';

/** More unknown codes than this in one table (of one rule and system) are reported as one finding. */
export const MANY_UNKNOWN = 10;

const EXAMPLES = 3;

/** An unknown-code finding, the name cell it is about, and what the list shows in its place. */
export interface UnknownFinding {
  finding: Finding;
  cell: NameCell;
  /** The finding itself, the grouped finding standing for it, or null (said by another). */
  shown: Finding | null;
}

function example(u: UnknownFinding): string {
  const c = u.cell;
  if (u.finding.rule === 'unknown-code/malformed') return quote(c.written);
  return c.label ? `${c.code}${quote(c.label)}` : c.code;
}

function groupedMessage(members: UnknownFinding[], where: string): string {
  const examples = members.slice(0, EXAMPLES).map(example).join('、');
  const what =
    members[0].finding.rule === 'unknown-code/malformed'
      ? `${members.length} 个编码位数不对，不是完整的类/款/项编码`
      : `${members.length} 个编码不在${where}中，名称无法按目录核对或填写`;
  return `本表有 ${what}，如 ${examples} 等，请核对；标记单元格时每个编码各自标出并附说明。`;
}

/**
 * Where a table has more than MANY_UNKNOWN unknown-code findings of one rule and system, the first
 * shows one finding carrying them all as `members`, and the others show nothing. `whereOf` names
 * the catalog a code was looked up in, as the single findings do.
 */
export function groupManyUnknown(unknowns: UnknownFinding[], whereOf: (c: NameCell) => string): void {
  const groups = new Map<Table, Map<string, UnknownFinding[]>>();
  for (const u of unknowns) {
    let byRule = groups.get(u.cell.table);
    if (!byRule) groups.set(u.cell.table, (byRule = new Map()));
    const k = `${u.finding.rule}|${u.cell.system}`;
    const list = byRule.get(k);
    if (list) list.push(u);
    else byRule.set(k, [u]);
  }
  for (const byRule of groups.values()) {
    for (const members of byRule.values()) {
      if (members.length <= MANY_UNKNOWN) continue;
      const first = members[0].finding;
      const examples = members.slice(1, EXAMPLES).map((u) => ({ sheet: u.finding.sheet, cell: u.finding.cell }));
      members[0].shown = {
        rule: 'unknown-code/many',
        kind: 'unknown-code',
        severity: first.severity,
        sheet: first.sheet,
        cell: first.cell,
        related: [...first.related, ...examples],
        message: groupedMessage(members, whereOf(members[0].cell)),
        members: members.map((u) => u.finding),
      };
      for (const u of members.slice(1)) u.shown = null;
    }
  }
}
