/**
 * Table[] → Finding[] for the reconciliation rules (issue 3), plus the coverage ledger: every
 * standard check says whether it passed, failed, or could not run and why — a table that was not
 * recognized never reads as "passed".
 */
import type { CheckStatus, EngineOptions, Finding } from '../findings';
import type { Table, TableKind } from '../recognize/types';
import { RuleContext } from './context';
import { checkHierarchy } from './hierarchy-sum';
import { checkColumnSums } from './column-sum';
import { BALANCE_KINDS, checkBalance } from './balance';
import { checkThreePublic } from './three-public';
import { isHorizontalThreePublic } from '../recognize/table';
import { checkCrossTables } from './cross-table';
import { checkPlausibility } from './plausibility';
import { checkDisclosure } from './disclosure';
import { tableScope } from './names';
import { explainByOneCell } from './likely-cell';
import { joinContinuedTables } from '../recognize/continued';

export interface RulesResult {
  findings: Finding[];
  checks: CheckStatus[];
}

/** Kinds printed by 科目编码: their hierarchy is checked even when empty (and then reads not-run). */
const CODED_KINDS: TableKind[] = ['income-summary', 'expense-summary', 'general-budget-expense', 'general-budget-basic-expense', 'project-expense', 'gov-fund-expense', 'state-capital-expense'];

/** Why a table with figures but no 科目编码 (by 单位, by 项目) is not checked by code level. */
const NO_CODES = '表中没有读到科目编码（按单位或项目列示，或编码写法无法识别），未按科目层级核对';

function checkTable(ctx: RuleContext, table: Table): void {
  const scope = tableScope(table);
  const coded = table.lines.some((l) => l.code) || CODED_KINDS.includes(table.kind);
  if ((BALANCE_KINDS as readonly string[]).includes(table.kind)) {
    ctx.check('balance', scope, () => checkBalance(ctx, table));
    // 类 lines add up in the balance; 款 / 项 lines under them, when printed, by the code tree.
    if (table.lines.some((l) => l.level && l.level > 1)) ctx.check('hierarchy-sum', scope, () => checkHierarchy(ctx, table, { totalRows: false }));
  } else if (coded) {
    ctx.check('hierarchy-sum', scope, () => (!table.empty && !table.lines.some((l) => l.code) ? NO_CODES : checkHierarchy(ctx, table)));
  }
  if (table.kind === 'three-public') ctx.check('hierarchy-sum/three-public', scope, () => checkThreePublic(ctx, table));
  // The horizontal 三公 table's columns are its 三公 parts: checked above, not a second time by column.
  if (!isHorizontalThreePublic(table.columns)) ctx.check('column-sum', scope, () => checkColumnSums(ctx, table));
}

const EVIDENCE: Record<string, string> = {
  'hierarchy-sum': '按下级科目合计',
  'column-sum': '按各列合计',
  balance: '按收支关系',
  'cross-table': '与其他表对照',
};

/**
 * One figure that fails several identities for the same reason (a 类 total that is wrong by its
 * 款 lines and by its 合计 column) is reported once: the first finding at a cell with the same
 * expected value stands, takes the others' related cells, and says which other checks agree.
 */
function mergeSameCell(findings: Finding[]): Finding[] {
  const byKey = new Map<string, { finding: Finding; also: Set<string> }>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = `${f.sheet}!${f.cell}|${f.expected ?? ''}|${f.actual ?? ''}|${f.severity}`;
    const first = byKey.get(key);
    if (!first || f.expected === undefined) {
      byKey.set(key, { finding: f, also: new Set() });
      out.push(f);
      continue;
    }
    for (const r of f.related) {
      if (!first.finding.related.some((x) => x.sheet === r.sheet && x.cell === r.cell)) first.finding.related.push(r);
    }
    if (f.kind !== first.finding.kind && EVIDENCE[f.kind]) first.also.add(EVIDENCE[f.kind]);
  }
  for (const { finding, also } of byKey.values()) {
    if (also.size) finding.message = finding.message.replace(/。$/, `（${[...also].join('、')}，结果相同）。`);
  }
  return out;
}

export function runRules(tables: Table[], options: EngineOptions = {}): RulesResult {
  const ctx = new RuleContext(joinContinuedTables(tables), options);
  for (const table of ctx.tables) checkTable(ctx, table);
  checkCrossTables(ctx);
  checkPlausibility(ctx, tables);
  checkDisclosure(ctx);
  return { findings: explainByOneCell(ctx, mergeSameCell(ctx.findings)), checks: ctx.checks };
}
