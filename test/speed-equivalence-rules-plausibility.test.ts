/**
 * Issue 17, rules (sixteenth round): the plausibility pass over every amount cell
 * (rules/plausibility.ts `amountCells`) tests each cell in its own loop, with no callback per cell
 * and no Map built from an array of pairs. The oracle below is the walk it replaced: the amount
 * columns by id, every line but blank and 栏次 lines, the amounts in `Object.entries` order, a
 * callback per cell sorting it into the unreadable, the negative and the many-decimals cells. On
 * random tables fed by fast-check (amounts keyed in random order, ids of percent and quantity columns
 * and of no column among them, labels that may be negative, texts that read as a written remark) the
 * rule reports the same findings, in the same order, and counts the same cells.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toA1 } from '../src/engine/grid/a1';
import { namesBalance, namesChange, SENTENCE_PUNCTUATION } from '../src/engine/recognize/lexicon';
import type { AmountValue, Column, Line, LineRole, Table, Unit } from '../src/engine/recognize/types';
import { RuleContext } from '../src/engine/rules/context';
import { isSubHeadOnTotalLine, plausibility } from '../src/engine/rules/plausibility';

const mayBeNegative = (label: string) => namesChange(label) || namesBalance(label);
const isWrittenRemark = (text: string) => SENTENCE_PUNCTUATION.test(text) && (text.match(/\p{Script=Han}/gu)?.length ?? 0) >= 4;

/** The findings of the old walk, as rule and cell, and the count of amount cells. */
function oracle(table: Table): { found: string[]; n: number } {
  const byId = new Map(table.columns.filter((c) => c.role === 'amount').map((c) => [c.id, c]));
  const unreadable: [Line, AmountValue][] = [];
  const negative: [Line, AmountValue][] = [];
  let many: [Line, AmountValue] | undefined;
  let n = 0;
  for (const line of table.lines) {
    if (line.role === 'blank' || line.role === 'column-number') continue;
    for (const [id, a] of Object.entries(line.amounts)) {
      const column = byId.get(id);
      if (!column) continue;
      n++;
      if (a.problem && !(a.problem === 'text' && (isWrittenRemark(a.text) || isSubHeadOnTotalLine(table, line, column, a.text)))) unreadable.push([line, a]);
      if (a.value === null) continue;
      if (a.value < 0 && !mayBeNegative(column.label) && !mayBeNegative(line.label)) negative.push([line, a]);
      if (table.unit === '元' && a.decimals >= 3) many ??= [line, a];
    }
  }
  const at = ([line, a]: [Line, AmountValue]) => toA1(line.row, a.col);
  const found = [
    ...unreadable.map((x) => `${x[1].problem === 'implausible' ? 'plausibility/beyond-any-budget' : 'plausibility/unreadable-cell'} ${at(x)}`),
    ...negative.map((x) => `plausibility/negative ${at(x)}`),
    ...(many ? [`plausibility/unit ${at(many)}`] : []),
  ];
  return { found, n };
}

const COLUMN_LABELS = ['合计', '基本支出', '项目支出', '比上年增减', '年末结转和结余', '增减%'];
const LINE_LABELS = ['合计', '一般公共服务支出', '结转下年', '比上年增加', '人员经费', ''];
const TEXTS = ['12.5', '-3', '#REF!', '见说明', '合计4.9万元，比上年增加0.5万元。', '—', 'abc', '基本支出', '项目支出'];
const ROLES: LineRole[] = ['data', 'data', 'data', 'total', 'subtotal', 'blank', 'column-number'];

const columnSpec = fc.record({
  role: fc.constantFrom<Column['role']>('amount', 'amount', 'amount', 'percent', 'quantity'),
  label: fc.constantFrom(...COLUMN_LABELS),
});

const cellSpec = fc.record({
  column: fc.nat(9),
  value: fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null }),
  decimals: fc.nat(4),
  problem: fc.constantFrom<AmountValue['problem']>(undefined, undefined, undefined, 'error', 'text', 'implausible'),
  text: fc.constantFrom(...TEXTS),
});

const lineSpec = fc.record({
  role: fc.constantFrom(...ROLES),
  label: fc.constantFrom(...LINE_LABELS),
  cells: fc.array(cellSpec, { maxLength: 8 }),
});

function toTable(unit: Unit, columnSpecs: { role: Column['role']; label: string }[], lineSpecs: { role: LineRole; label: string; cells: { column: number; value: number | null; decimals: number; problem: AmountValue['problem']; text: string }[] }[]): Table {
  const columns = columnSpecs.map((s, i) => ({ id: `c${i + 2}`, col: i + 2, role: s.role, path: [s.label], label: s.label, block: 0 }) as Column);
  const lines = lineSpecs.map((s, row) => {
    const amounts: Record<string, AmountValue> = {};
    // Ids beyond the table's columns stand for cells of no amount column; insertion order is random.
    for (const c of s.cells) amounts[`c${c.column + 2}`] = { column: `c${c.column + 2}`, col: c.column + 2, value: c.value, decimals: c.decimals, problem: c.problem, text: c.text };
    return { row: row + 3, block: 0, role: s.role, label: s.label, amounts } as Line;
  });
  return { id: 'S!A1', sheet: 'S', kind: 'expense-summary', family: 'budget', unit, columns, lines, blocks: [{ index: 0, columns: columns.map((c) => c.id), codeColumns: [] }] } as unknown as Table;
}

describe('plausibility over every amount cell, one loop', () => {
  it('reports and counts as the walk with a callback per cell (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom<Unit>('元', '万元'), fc.array(columnSpec, { maxLength: 8 }), fc.array(lineSpec, { maxLength: 12 }), (unit, columnSpecs, lineSpecs) => {
        const table = toTable(unit, columnSpecs, lineSpecs);
        const ctx = new RuleContext([table]);
        const outcome = plausibility.run(ctx, table);
        const expected = oracle(table);
        const cellRules = new Set(['plausibility/beyond-any-budget', 'plausibility/unreadable-cell', 'plausibility/negative', 'plausibility/unit']);
        expect(ctx.findings.filter((f) => cellRules.has(f.rule)).map((f) => `${f.rule} ${f.cell}`)).toEqual(expected.found);
        expect(outcome).toEqual({ compared: expected.n });
      }),
      { numRuns: 400, seed: 1616 },
    );
  });
});
