/**
 * A table with many codes no catalog knows (a local catalog, a made-up numbering, a catalog that is
 * not imported yet) gets one finding that says so, instead of one line per code in the list: the
 * clerk reads one sentence, and every cell is still marked with its own note (`members`, built
 * when first read: see lazy-members).
 */
import type { Finding, Severity } from '../findings';
import type { Table } from '../recognize/types';
import type { NameCell } from './name-cells';
import { quote } from '../model/names';
import { setMembersLater } from '../lazy-members';

/** More unknown codes than this in one table (of one rule and system) are reported as one finding. */
export const MANY_UNKNOWN = 10;

const EXAMPLES = 3;

export type UnknownRule = 'unknown-code/malformed' | 'unknown-code/not-in-catalog';

/**
 * An unknown code, what it says and where, before its finding is built: most are told only in a
 * grouped finding, and their own finding is built only when the members are read.
 */
export interface UnknownFinding {
  cell: NameCell;
  rule: UnknownRule;
  severity: Severity;
  /** The only cell writing a name for its code: no other unknown code can say the same. */
  alone: boolean;
  /** Later cells of the same code saying the same: related cells of this one (and shown no more). */
  repeats?: NameCell[];
  /** What the list shows in its place: undefined for its own finding, the grouped finding, or null (said by another). */
  shown?: Finding | null;
}

/** How unknown codes are worded: the catalog an unknown code was looked up in, and each one's finding. */
export interface UnknownWording {
  whereOf(c: NameCell): string;
  findingOf(u: UnknownFinding): Finding;
}

/** The cells a code's finding is compared with: its code cells, then each repeat's name and code cells. */
export function relatedOf(u: UnknownFinding): { sheet: string; cell: string }[] {
  const related = u.cell.codeCells.map((cell) => ({ sheet: u.cell.sheet, cell }));
  for (const r of u.repeats ?? []) related.push({ sheet: r.sheet, cell: r.cell }, ...r.codeCells.map((cell) => ({ sheet: r.sheet, cell })));
  return related;
}

function example(u: UnknownFinding): string {
  const c = u.cell;
  if (u.rule === 'unknown-code/malformed') return quote(c.written);
  return c.label ? `${c.code}${quote(c.label)}` : c.code;
}

function groupedMessage(members: UnknownFinding[], where: string): string {
  const examples = members.slice(0, EXAMPLES).map(example).join('、');
  const what =
    members[0].rule === 'unknown-code/malformed'
      ? `${members.length} 个编码位数不对，不是完整的类/款/项编码`
      : `${members.length} 个编码不在${where}中，名称无法按目录核对或填写`;
  return `本表有 ${what}，如 ${examples} 等，请核对；标记单元格时每个编码各自标出并附说明。`;
}

/** The unknown codes of each table by rule and system, in the order they come. */
function groupsOf(unknowns: UnknownFinding[]): UnknownFinding[][] {
  const groups = new Map<Table, Map<UnknownRule, Map<string, UnknownFinding[]>>>();
  const all: UnknownFinding[][] = [];
  for (const u of unknowns) {
    let byRule = groups.get(u.cell.table);
    if (!byRule) groups.set(u.cell.table, (byRule = new Map()));
    let bySystem = byRule.get(u.rule);
    if (!bySystem) byRule.set(u.rule, (bySystem = new Map()));
    const list = bySystem.get(u.cell.system);
    if (list) list.push(u);
    else {
      const fresh = [u];
      bySystem.set(u.cell.system, fresh);
      all.push(fresh);
    }
  }
  return all;
}

/**
 * Where a table has more than MANY_UNKNOWN unknown codes of one rule and system, the first shows
 * one finding carrying them all as `members`, and the others show nothing.
 */
export function groupManyUnknown(unknowns: UnknownFinding[], wording: UnknownWording): void {
  for (const members of groupsOf(unknowns)) {
    if (members.length <= MANY_UNKNOWN) continue;
    const first = members[0];
    const examples = members.slice(1, EXAMPLES).map((u) => ({ sheet: u.cell.sheet, cell: u.cell.cell }));
    const grouped: Finding = {
      rule: 'unknown-code/many',
      kind: 'unknown-code',
      severity: first.severity,
      sheet: first.cell.sheet,
      cell: first.cell.cell,
      related: [...relatedOf(first), ...examples],
      message: groupedMessage(members, wording.whereOf(first.cell)),
    };
    setMembersLater(grouped, () => members.map((u) => wording.findingOf(u)));
    first.shown = grouped;
    for (let i = 1; i < members.length; i++) members[i].shown = null;
  }
}
