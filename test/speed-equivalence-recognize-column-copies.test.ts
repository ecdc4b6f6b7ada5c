/**
 * Issue 17, recognition and the rules per table (seventeenth round): a table's copy of a remembered
 * (frozen) column names every field, in draftColumn's order, instead of spreading the column. The
 * oracle is the spread it replaced; on random columns shaped as recognition builds them (key and
 * measure set or not, 栏次 numbers for some columns) fed by fast-check, the copy has the same fields in
 * the same order, the same JSON and a path of its own (that the columns of a workbook keep one hidden
 * class is test/recognize-shapes.test.ts's).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { copyColumn } from '../src/engine/recognize/remembered-header';
import type { AmountKey, Column, ColumnRole, Measure } from '../src/engine/recognize/types';

const oldCopy = (c: Column, numbers: ReadonlyMap<number, number> | undefined): Column => ({ ...c, path: c.path.slice(), columnNumber: numbers?.get(c.col) });

const column = fc
  .record({
    col: fc.nat(12),
    role: fc.constantFrom<ColumnRole>('amount', 'percent', 'code', 'name', 'item', 'seq'),
    path: fc.array(fc.constantFrom('功能分类科目', '科目编码', '合计', '本年收入', '小计', '2024年决算数'), { minLength: 1, maxLength: 3 }),
    block: fc.nat(1),
    key: fc.constantFrom<AmountKey | undefined>(undefined, 'total', 'basic', 'fiscal.personnel'),
    measure: fc.constantFrom<Measure | undefined>(undefined, 'budget', 'final', 'prior-year'),
  })
  .map(({ col, role, path, block, key, measure }) => {
    // As draftColumn builds it, then readColumns sets the block, the key and the measure; frozen when remembered.
    const c: Column = { id: `c${col}`, col, role, path, label: path.join('/'), block: 0, key: undefined, measure: undefined, columnNumber: undefined };
    c.block = block;
    c.key = key;
    c.measure = measure;
    return Object.freeze(c) as Column;
  });

const numbers = fc.option(fc.array(fc.tuple(fc.nat(12), fc.integer({ min: 1, max: 30 })), { maxLength: 8 }).map((pairs) => new Map(pairs)), { nil: undefined });

describe("a table's copy of a remembered column (seventeenth round)", () => {
  it('has the fields, order and JSON of the spread copy, and a path of its own (property)', () => {
    fc.assert(
      fc.property(column, numbers, (c, n) => {
        const copy = copyColumn(c, n);
        const old = oldCopy(c, n);
        expect(Object.keys(copy)).toEqual(Object.keys(old));
        expect(JSON.stringify(copy)).toBe(JSON.stringify(old));
        expect(copy).toEqual(old);
        expect(copy.path).not.toBe(c.path);
        expect(Object.isFrozen(copy)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
