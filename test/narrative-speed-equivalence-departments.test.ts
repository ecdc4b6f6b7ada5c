/**
 * Issue 17, narrative, thirteenth round: the department of a table's sheet is found by one search in
 * the sorted departments (no department's name a beginning of another's, as departmentsOfTexts
 * makes sure before asking), where every department was tried. Trying every department is the
 * oracle, on names made of a few characters (so that one often begins another).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { departmentOfSheet } from '../src/engine/narrative/departments';

function oldDepartmentOfSheet(sheet: string, departments: readonly string[]): string | undefined {
  const found = departments.filter((d) => sheet.startsWith(d));
  return found.length === 1 ? found[0] : undefined;
}

const name = fc.array(fc.constantFrom('单', '位', '0', '1', '2', '表', 'a', '\ud83d\ude00'), { minLength: 1, maxLength: 5 }).map((cs) => cs.join(''));
const noneBeginsAnother = (ds: readonly string[]) => ds.every((d, i) => ds.every((e, j) => i === j || !e.startsWith(d)));

describe('the department of a sheet, by one search in the sorted departments', () => {
  it('answers as trying every department', () => {
    let found = 0;
    fc.assert(
      fc.property(fc.uniqueArray(name, { maxLength: 8 }), fc.array(fc.oneof(name, fc.string({ maxLength: 6 })), { maxLength: 10 }), (ds, sheets) => {
        // The names kept in turn while none begins another, sorted as departmentsOfTexts sorts them.
        const kept: string[] = [];
        for (const d of ds) if (noneBeginsAnother([...kept, d])) kept.push(d);
        const departments = kept.sort();
        for (const s of [...sheets, ...departments.map((d) => `${d}表1`)]) {
          const d = departmentOfSheet(s, departments);
          expect(d).toBe(oldDepartmentOfSheet(s, departments));
          if (d !== undefined) found++;
        }
      }),
      { seed: 31, numRuns: 3000 },
    );
    expect(found).toBeGreaterThan(1000);
  });
});
