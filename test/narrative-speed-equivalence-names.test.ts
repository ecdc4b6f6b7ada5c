/**
 * Issue 17, twenty-third look: the facts index's lines by name key are grouped by their places, and the
 * grouping is shared by a department whose 功能分类 lines carry the same labels in the same order as the
 * lines grouped last (a line's name key is read from its label alone). The oracle is the grouping as it
 * was, of each facts' own lines by nameKey of their names: every key of real workbooks read one after
 * another (a template shared, and then not), and arbitrary departments of labels drawn from a few names
 * (the same labels, one changed, one more or fewer, another order).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { FunctionLine, readFacts } from '../src/engine/narrative/facts';
import { indexOf, LinesByKey, placesByName } from '../src/engine/narrative/text/facts-index';
import { nameKey } from '../src/engine/narrative/text/subjects';
import type { Line, Table } from '../src/engine/recognize/types';
import { factsOracleTables } from './narrative-helpers';

/** The old grouping: each facts' own lines by nameKey of their names, in order. */
function oldByName(lines: readonly FunctionLine[]): Map<string, FunctionLine[]> {
  const out = new Map<string, FunctionLine[]>();
  for (const l of lines) {
    const k = nameKey(l.name);
    out.set(k, [...(out.get(k) ?? []), l]);
  }
  return out;
}

const workbooks: { id: string; tables: Table[] }[] = [];

beforeAll(async () => {
  workbooks.push(...(await factsOracleTables()));
});

describe('the lines by name, grouped once for a template', () => {
  it('gives every key of real workbooks, read one after another, its own lines', () => {
    let keys = 0;
    // Each workbook twice (its template shared) and each after another (not shared).
    for (const { id, tables } of [...workbooks, ...workbooks, ...workbooks.slice().reverse()]) {
      const facts = readFacts(tables);
      const byName = indexOf(facts).witnessesByName;
      const old = oldByName(facts.functionLines);
      for (const [key, lines] of old) {
        const got = byName.linesOf(key);
        expect(got?.length, `${id} ${key}`).toBe(lines.length);
        got!.forEach((l, i) => expect(l, `${id} ${key} #${i}`).toBe(lines[i]));
        keys++;
      }
      expect(byName.linesOf('不是任何科目的名称')).toBeUndefined();
    }
    expect(keys).toBeGreaterThan(300);
  });

  it('property: departments of arbitrary labels get their own lines under every key', () => {
    const NAMES = ['一般公共服务支出', '二、一般公共服务支出', '教育支出', '（一）教育支出', '社会保障和就业支出', '行政运行', '  行政运行', '其他支出', ''];
    const department = fc.array(fc.constantFrom(...NAMES), { maxLength: 12 });
    const table = {} as Table;
    const linesOf = (labels: readonly string[]) => labels.map((label, i) => new FunctionLine(table, { label, row: i } as Line, `2${i}`, 1));
    fc.assert(
      fc.property(fc.array(department, { minLength: 1, maxLength: 5 }), fc.nat(4), (departments, repeat) => {
        // A template repeated as the departments of one workbook print it.
        const series = [...departments, departments[repeat % departments.length]];
        for (const labels of series) {
          const lines = linesOf(labels);
          const byName = new LinesByKey(lines, placesByName(lines));
          const old = oldByName(lines);
          for (const label of [...NAMES, '不在其中']) {
            const key = nameKey(label);
            expect(byName.linesOf(key)).toEqual(old.get(key));
            const got = byName.linesOf(key) ?? [];
            got.forEach((l, i) => expect(l).toBe(old.get(key)![i]));
          }
        }
      }),
    );
  });
});
