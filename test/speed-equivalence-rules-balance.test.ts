/**
 * Issue 17, rules (sixth round): a side of a 收支总表 read once per template — its reading remembered
 * by its lines' keys, codes, levels and labels — answers as reading it afresh, with the lines it is
 * given, on random sides fed by fast-check (a near-twin side read first, so a key that left out what
 * the reading reads would answer for the wrong side).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readSideLines, rememberedSideLines, type Side } from '../src/engine/rules/balance';
import type { Line, LineKey } from '../src/engine/recognize/types';

const label = fc.constantFrom(
  '一、一般公共预算拨款收入',
  '二、上年结转结余',
  '（一）财政拨款结转',
  '（二）非财政拨款结余',
  '1. 基本支出',
  '2. 项目支出',
  '其中：基本建设',
  '本年收入合计',
  '收入总计',
  '一、本年支出',
  '结余分配',
  '年终结转结余',
  '教育支出',
  '住房保障支出',
);
const key = fc.constantFrom<LineKey | undefined>(undefined, undefined, 'current-income-total', 'income-grand-total', 'expense-total', 'expense-grand-total', 'carryover', 'year-end-carryover');

const lines = fc.array(
  fc.record({ label, key, code: fc.constantFrom(undefined, undefined, '205', '20501', '221'), level: fc.constantFrom<Line['level']>(undefined, 1, 2) }),
  { maxLength: 14 },
);

function toLines(specs: { label: string; key?: LineKey; code?: string; level?: Line['level'] }[]): Line[] {
  return specs.map((s, i) => ({ row: i + 5, block: 0, role: 'data', label: s.label, amounts: {}, ...(s.key ? { key: s.key } : {}), ...(s.code ? { code: s.code, level: s.level } : {}) }));
}

/** The same side with one thing of one line changed. */
function twin(ls: Line[], at: number, what: number): Line[] {
  return ls.map((l, i) => {
    if (i !== at % ls.length) return { ...l };
    if (what === 0) return { ...l, key: l.key === 'carryover' ? undefined : 'carryover' };
    if (what === 1) return { ...l, code: l.code ? undefined : '206', level: 1 };
    if (what === 2) return { ...l, level: l.level === 2 ? 1 : 2 };
    return { ...l, label: l.label.startsWith('其中') ? '（三）其他' : `其中：${l.label}` };
  });
}

describe('a 收支总表 side read once per template', () => {
  it('answers as reading it afresh, with the lines it is given (property)', () => {
    fc.assert(
      fc.property(lines, fc.constantFrom<Side>('income', 'expense'), fc.nat(), fc.nat(3), (specs, side, at, what) => {
        const ls = toLines(specs);
        if (ls.length) rememberedSideLines(twin(ls, at, what), side);
        const fresh = readSideLines(ls, side);
        for (const copy of [ls.map((l) => ({ ...l })), ls.map((l) => ({ ...l }))]) {
          const remembered = rememberedSideLines(copy, side);
          // The same lines by position: the answer stands on the copy's lines, not on the first reading's.
          const position = (l: Line) => copy.indexOf(l);
          const freshAt = (l: Line) => ls.indexOf(l);
          const shape = <L>(s: { total?: { line: L; parts: L[] }; beside: L[]; grand?: L; items: { line: L; parts: L[]; ofWhich: L[] }[] }, f: (l: L) => number) => ({
            total: s.total && { line: f(s.total.line), parts: s.total.parts.map(f) },
            beside: s.beside.map(f),
            grand: s.grand === undefined ? undefined : f(s.grand),
            items: s.items.map((i) => ({ line: f(i.line), parts: i.parts.map(f), ofWhich: i.ofWhich.map(f) })),
          });
          const mine = shape(remembered, position);
          expect(mine).toEqual(shape(fresh, freshAt));
          expect(JSON.stringify(mine)).not.toContain('-1');
        }
      }),
      { numRuns: 1500 },
    );
  });
});
