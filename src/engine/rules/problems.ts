/**
 * Problems, not cells: every finding gets a problem id ('P1', 'P2' …), shared by the findings of one
 * problem —
 * - the findings the most-likely-cell analysis tied together (a wrong cell and the totals it upsets);
 * - one line failing the same check in several amount columns by the same difference (a 款 line
 *   copied from its 类 is wrong in 合计, 财政拨款 and 一般公共预算 alike), or the same 科目 line
 *   failing it by the same difference in several tables (one figure, copied from table to table);
 * - one 科目 whose name is wrong (or blank) in several tables: the same code and the same check.
 * Problems are ordered by severity across all tables — errors first, then warnings, then 提示 — the
 * findings of a problem adjacent, its main finding first. How the pane and the report read them back:
 * model/problems.
 */
import type { Finding } from '../findings';
import { parseA1, rectContains } from '../grid/a1';
import type { Line, Table } from '../recognize/types';
import { SEVERITY_RANK as RANK, bySeverity } from '../model/severity';
import { findingWith } from '../lazy-members';

const SUM_KINDS = new Set(['hierarchy-sum', 'column-sum', 'balance', 'cross-table']);
/** Name findings grouped by code (unknown-code findings are merged per code by the catalog already). */
const NAME_KINDS = new Set(['code-name', 'blank-name']);

/**
 * The 科目编码 of the line a finding points at (its name, code or amount cell); built once per call,
 * indexing only the rows some finding points at (a long sheet has 100,000 coded lines and a few
 * hundred findings).
 */
class CodeIndex {
  private readonly bySheet = new Map<string, Table[]>();
  private readonly rowsOf = new Map<Table, Map<number, Line[]>>();
  /** The rows findings point at, by sheet. */
  private readonly asked = new Map<string, Set<number>>();
  constructor(tables: Table[], findings: readonly Finding[]) {
    for (const t of tables) {
      const list = this.bySheet.get(t.sheet) ?? [];
      list.push(t);
      this.bySheet.set(t.sheet, list);
    }
    for (const f of findings) {
      const at = parseA1(f.cell);
      if (!at) continue;
      let rows = this.asked.get(f.sheet);
      if (!rows) this.asked.set(f.sheet, (rows = new Set()));
      rows.add(at.row);
    }
  }

  private linesAt(table: Table, row: number): Line[] {
    let rows = this.rowsOf.get(table);
    if (!rows) {
      rows = new Map();
      const asked = this.asked.get(table.sheet);
      for (const l of table.lines) {
        if (!l.code || !asked?.has(l.row)) continue;
        const list = rows.get(l.row) ?? [];
        list.push(l);
        rows.set(l.row, list);
      }
      this.rowsOf.set(table, rows);
    }
    return rows.get(row) ?? [];
  }

  codeAt(f: Finding): string | undefined {
    const at = parseA1(f.cell);
    if (!at) return undefined;
    const table = this.bySheet.get(f.sheet)?.find((t) => rectContains(t.rect, at.row, at.col));
    if (!table) return undefined;
    const lines = this.linesAt(table, at.row);
    const own = lines.find((l) => l.labelCol === at.col || l.codeCols?.includes(at.col) || Object.values(l.amounts).some((a) => a.col === at.col));
    return (own ?? lines[0])?.code;
  }
}

/** The keys under which findings of one problem meet. */
function keysOf(f: Finding, codes: CodeIndex): string[] {
  const keys: string[] = [];
  if (f.problem) keys.push(`tied:${f.problem}`);
  const at = SUM_KINDS.has(f.kind) && f.expected !== undefined ? parseA1(f.cell) : undefined;
  if (at && f.expected !== undefined) {
    const diff = Math.round(((f.actual ?? 0) - f.expected) * 1e6) / 1e6;
    keys.push(`line:${f.rule}|${f.sheet}|${at.row}|${diff}|${f.severity}`);
    // The same 科目 line off by the same amount in several tables: one figure, copied.
    const code = codes.codeAt(f);
    if (code) keys.push(`code:${f.rule}|${code}|${diff}|${f.severity}`);
  }
  if (NAME_KINDS.has(f.kind)) {
    const code = codes.codeAt(f);
    if (code) keys.push(`name:${f.rule}|${code}`);
  }
  return keys;
}

/** The main finding of a problem: the most likely wrong cell (or unfilled one, a warning), else the first of the worst severity. */
function mainOf(group: Finding[]): Finding {
  const worst = Math.min(...group.map((f) => RANK[f.severity]));
  const blamed = group.find((f) => RANK[f.severity] === worst && f.problem === `likely:${f.sheet}!${f.cell}`);
  return blamed ?? [...group].sort(bySeverity)[0];
}

export function groupProblems(findings: Finding[], tables: Table[]): Finding[] {
  const parent = findings.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const firstWithKey = new Map<string, number>();
  const codes = new CodeIndex(tables, findings);
  findings.forEach((f, i) => {
    for (const k of keysOf(f, codes)) {
      const j = firstWithKey.get(k);
      if (j === undefined) firstWithKey.set(k, i);
      else parent[find(i)] = find(j);
    }
  });
  // Groups in order of their first finding (findings arrive in rule order, table by table).
  const groups = new Map<number, { first: number; rank: number; group: Finding[] }>();
  findings.forEach((f, i) => {
    const root = find(i);
    const g = groups.get(root) ?? { first: i, rank: RANK[f.severity], group: [] };
    g.group.push(f);
    g.rank = Math.min(g.rank, RANK[f.severity]);
    groups.set(root, g);
  });
  const ordered = [...groups.values()].sort((a, b) => a.rank - b.rank || a.first - b.first);
  const out: Finding[] = [];
  ordered.forEach(({ group }, n) => {
    const main = mainOf(group);
    const rest = group.filter((f) => f !== main).sort(bySeverity);
    for (const f of [main, ...rest]) out.push(findingWith(f, { problem: `P${n + 1}` }));
  });
  return out;
}
