/**
 * The most likely wrong cell. One mistyped figure upsets every equation it stands in — its 款
 * total, its row's 合计, the same line in another table — and each of those totals, though right,
 * fails its own check. Failing equations that share cells are taken together; when exactly one
 * cell, changed by one amount, satisfies all of them and upsets no equation that held, that cell
 * is the error ("最可能出错的单元格") and the totals' findings become related warnings of the same
 * problem. When no single cell explains them, their findings say so and keep their severity.
 */
import type { Finding, FindingKind } from '../findings';
import type { Line } from '../recognize/types';
import { cellAt } from '../model/tables';
import { cellOf, heldCell, type HeldEquation, type Identity, type Operand, type RuleContext } from './context';
import { formatAmount, fromFen, judge, toFen } from '../model/money';
import { cellList, likelyCell as say } from './messages';
import { namesBalance, namesChange } from '../recognize/lexicon';

const mayBeNegative = (label: string) => namesChange(label) || namesBalance(label);

const SUM_KINDS: ReadonlySet<FindingKind> = new Set(['hierarchy-sum', 'column-sum', 'balance', 'cross-table']);

function keyOf(op: Operand): string {
  const c = cellOf(op);
  return `${c.sheet}!${c.cell}`;
}

/** The cells of an equation with their coefficient: +1 for the total, −1 for each part. */
function members(id: Identity): { op: Operand; coef: number }[] {
  return [{ op: id.total, coef: 1 }, ...id.parts.map((op) => ({ op, coef: -1 }))];
}

function coefficient(id: Identity, cell: string): number {
  let c = 0;
  for (const m of members(id)) if (keyOf(m.op) === cell) c += m.coef;
  return c;
}

/** The cells of a held equation that stand on one of `lines`, with their coefficient. */
function heldMembersOn(eq: HeldEquation, lines: Set<Line>): { key: string; coef: number }[] {
  const out: { key: string; coef: number }[] = [];
  for (let i = 0; i < eq.size; i++) {
    const line = heldCell(eq.lines, i);
    if (!lines.has(line)) continue;
    const at = cellAt(heldCell(eq.tables, i), line, heldCell(eq.columns, i));
    out.push({ key: `${at.sheet}!${at.cell}`, coef: i === 0 ? 1 : -1 });
  }
  return out;
}

/** Failing equations grouped by the cells they share (connected components). */
function clusters(failing: Identity[]): Identity[][] {
  const parent = failing.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const byCell = new Map<string, number>();
  failing.forEach((id, i) => {
    for (const m of members(id)) {
      const k = keyOf(m.op);
      const j = byCell.get(k);
      if (j === undefined) byCell.set(k, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, Identity[]>();
  failing.forEach((id, i) => {
    const root = find(i);
    const list = groups.get(root) ?? [];
    list.push(id);
    groups.set(root, list);
  });
  return [...groups.values()];
}

/** Cells that stand in every equation of the cluster. */
function sharedCells(cluster: Identity[]): Map<string, Operand> {
  let shared: Map<string, Operand> | undefined;
  for (const id of cluster) {
    const here = new Map(members(id).map((m) => [keyOf(m.op), m.op]));
    if (!shared) shared = here;
    else for (const k of [...shared.keys()]) if (!here.has(k)) shared.delete(k);
  }
  return shared ?? new Map();
}

/** The equation holds (to rounding) once the cell, standing in it `coef` times, is changed by `delta`. */
const holdsWith = (eq: { diffFen: number; toleranceFen: number }, coef: number, delta: number) => judge(eq.diffFen + coef * delta, eq.toleranceFen) !== 'error';
const holds = (id: Identity, cell: string, delta: number) => holdsWith(id, coefficient(id, cell), delta);

/** Changing the cell by `delta` makes every equation of the cluster hold and breaks none that held. */
const fixesAll = (cluster: readonly Identity[], held: Map<string, HeldBy[]>, cell: string, delta: number) =>
  cluster.every((id) => holds(id, cell, delta)) && (held.get(cell) ?? []).every((h) => holdsWith(h.eq, h.coef, delta));

/** A held equation one candidate cell stands in, with how many times (+1 total, −1 each part). */
interface HeldBy {
  eq: HeldEquation;
  coef: number;
}

interface Explanation {
  op: Operand;
  cell: string;
  /** Change of the cell, in 分. */
  delta: number;
  /** The total whose own figure the cell repeats (copiedTotal). */
  copyOf?: Operand;
}

/**
 * The one cell whose change satisfies every equation of the cluster and keeps every equation it
 * stands in that held (`held`: the passing equations by cell); undefined when none or several do.
 */
function explain(cluster: Identity[], held: Map<string, HeldBy[]>): Explanation | undefined {
  const found: Explanation[] = [];
  for (const [cell, op] of sharedCells(cluster)) {
    if (op.problem) continue;
    const deltas = new Set<number>();
    for (const id of cluster) {
      const coef = coefficient(id, cell);
      if (coef !== 0) deltas.add(-id.diffFen / coef);
    }
    for (const delta of deltas) {
      // An amount is not corrected to a negative figure; a change on last year or a balance may be one.
      if (delta === 0 || (toFen(op.value ?? 0, op.table.unit) + delta < 0 && !mayBeNegative(op.column.label))) continue;
      if (!fixesAll(cluster, held, cell, delta)) continue;
      found.push({ op, cell, delta });
      break;
    }
  }
  return found.length === 1 ? found[0] : undefined;
}

/** The part prints the total's own figure (in 分, whatever the units). */
const printsTotal = (id: Identity, part: Operand) =>
  part.value !== null && id.total.value !== null && toFen(part.value, part.table.unit) === toFen(id.total.value, id.total.table.unit);

/** A lone failing sum worth reading for a copied total: a part prints the total's own (non-zero) figure. */
function mayBeCopied(id: Identity): boolean {
  return !!id.total.value && id.parts.some((p) => printsTotal(id, p));
}

/** A hierarchy sum whose parts are of one level, all 款 or all 项 (a 项 hung under its 类 by a mis-coded 款 is no sibling of it). */
function sameLevel(id: Identity): boolean {
  if (id.kind !== 'hierarchy-sum') return false;
  const length = id.parts[0].line.code?.length;
  return length !== undefined && id.parts.every((p) => p.line.code?.length === length);
}

/**
 * One failing sum explained alone: exactly one part prints the total's own figure while the other parts add up to the total
 * (30299 其他商品和服务支出 printed 1,844.57 under 302 商品和服务支出 1,844.57, whose other 款 add to exactly 1,844.57) — the
 * total copied into a part's row. Two parts printing it would leave the copy unknown, so nothing is said then.
 */
function copiedTotal(id: Identity, held: Map<string, HeldBy[]>): Explanation | undefined {
  const total = id.total;
  if (!total.value || !sameLevel(id) || judge(id.diffFen, id.toleranceFen) !== 'error') return undefined;
  const copies = id.parts.filter((p) => printsTotal(id, p));
  if (copies.length !== 1 || copies[0].problem) return undefined;
  const copy = copies[0];
  const cell = keyOf(copy);
  const delta = -toFen(total.value, total.table.unit);
  if (!fixesAll([id], held, cell, delta)) return undefined;
  return { op: copy, cell, delta, copyOf: total };
}

/** The held equations that contain one of the candidate cells, by cell (the order of each list does not matter). */
function heldEquations(held: readonly HeldEquation[][], candidates: Set<string>, lines: Set<Line>): Map<string, HeldBy[]> {
  const out = new Map<string, HeldBy[]>();
  for (const eq of held.flat()) {
    const coefs = new Map<string, number>();
    for (const m of heldMembersOn(eq, lines)) if (candidates.has(m.key)) coefs.set(m.key, (coefs.get(m.key) ?? 0) + m.coef);
    for (const [key, coef] of coefs) {
      const list = out.get(key) ?? [];
      list.push({ eq, coef });
      out.set(key, list);
    }
  }
  return out;
}

function location(key: string): { sheet: string; cell: string } {
  const [sheet, cell] = key.split('!');
  return { sheet, cell };
}

function kindOf(cluster: Identity[]): FindingKind {
  if (cluster.some((id) => id.parts.some((p) => p.table !== id.total.table))) return 'cross-table';
  return cluster.some((id) => id.kind === 'hierarchy-sum') ? 'hierarchy-sum' : cluster[0].kind;
}

/** Applies the explanation of one cluster to its findings; returns the finding to add, if any. */
function blame(ctx: RuleContext, cluster: Identity[], e: Explanation, findings: Finding[]): Finding | undefined {
  const { op } = e;
  const unit = op.table.unit;
  const actual = op.value ?? 0;
  const corrected = fromFen(toFen(actual, unit) + e.delta, unit);
  const d = Math.max(ctx.tablePrecision(op.table), op.decimals);
  const problem = `likely:${e.cell}`;
  const atCell = cellOf(op);
  const own = findings.find((f) => `${f.sheet}!${f.cell}` === e.cell && f.severity === 'error');
  const others = findings.filter((f) => f !== own);
  const upset = others.length ? others.map((f) => `${f.sheet}!${f.cell}`) : cluster.map((id) => keyOf(id.total)).filter((k) => k !== e.cell);
  for (const f of others) {
    f.severity = 'warning';
    f.problem = problem;
    f.message = say.explained(f.message, atCell.sheet, atCell.cell);
    if (!f.related.some((r) => r.sheet === atCell.sheet && r.cell === atCell.cell)) f.related.push(atCell);
  }
  const fix = say.fix(corrected, d, cellList(upset.map(location)));
  if (own) {
    // A reported total that is itself the wrong cell: it says so when it explains other findings.
    own.problem = problem;
    if (others.length) own.message = say.itself(own.message, fix);
    return undefined;
  }
  const kind = kindOf(cluster);
  const value = op.value === null ? '空白' : formatAmount(actual, d);
  const message = e.copyOf
    ? say.copied(op.table, op.line, op.column, value, e.copyOf.line, fix)
    : say.blamed(op.table, op.line, op.column, value, corrected, actual - corrected, d, fix);
  return {
    rule: `${kind}/likely-cell`,
    kind,
    severity: 'error',
    ...atCell,
    related: upset.map(location),
    expected: corrected,
    actual: op.value ?? undefined,
    problem,
    message,
  };
}

/**
 * Traces failing equations to their most likely wrong cell (see the module note). `findings` are
 * the rules' findings after merging; returns them with the blamed cells added. `heldOn` gives the
 * held equations the context did not keep, among them those that stand on one of the lines.
 */
export function explainByOneCell(ctx: RuleContext, findings: Finding[], heldOn: (lines: ReadonlySet<Line>) => HeldEquation[]): Finding[] {
  const groups = clusters(ctx.failing).filter((c) => c.length >= 2 || mayBeCopied(c[0]));
  if (groups.length === 0) return findings;
  const candidates = new Set<string>();
  const lines = new Set<Line>();
  for (const c of groups) {
    for (const [k, op] of sharedCells(c)) {
      candidates.add(k);
      lines.add(op.line);
    }
  }
  const held = heldEquations([ctx.held, heldOn(lines)], candidates, lines);
  const added: Finding[] = [];
  for (const cluster of groups) {
    const cells = new Set(cluster.flatMap((id) => members(id).map((m) => keyOf(m.op))));
    const mine = findings.filter((f) => f.severity === 'error' && SUM_KINDS.has(f.kind) && cells.has(`${f.sheet}!${f.cell}`));
    const e = cluster.length === 1 ? copiedTotal(cluster[0], held) : explain(cluster, held);
    if (e) {
      const f = blame(ctx, cluster, e, mine);
      if (f) added.push(f);
    } else if (mine.length >= 2) {
      const problem = `cluster:${mine[0].sheet}!${mine[0].cell}`;
      for (const f of mine) {
        f.problem = problem;
        f.message = say.unexplained(f.message);
      }
    }
  }
  return [...added, ...findings];
}
