// A name listed by code only in the draft (经济分类 items under 人员经费 / 公用经费): a written name one or two
// characters off its code's official name is a slip of the pen and gives way to it; a wholly other name is left out.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CodeCatalog } from '../src/engine/catalog/catalog';
import { DraftNames } from '../src/engine/narrative/draft/names';

const catalog = new CodeCatalog([]);
const economicItems = catalog
  .allCodes('economic')
  .filter((code) => code.length === 5)
  .map((code) => ({ code, hit: catalog.lookup('economic', code, 2025)! }))
  // Names the sources disagree on, or known only from another year, keep what the table writes.
  .filter(({ hit }) => !hit.uncertain && hit.knownForYear && hit.name.length >= 4 && !hit.name.includes('其他'))
  .map(({ code, hit }) => ({ code, name: hit.name }));

describe('listed names: a slip of the pen or another name', () => {
  test('the seed tables’ misspellings give way to the official name', () => {
    const names = new DraftNames([], { year: 2025 });
    expect(names.listedName('economic', '30201', '办工费')).toBe('办公费');
    expect(names.listedName('economic', '30211', '差旅用')).toBe('差旅费');
    expect(names.listedName('economic', '30217', '公务接侍费')).toBe('公务接待费');
  });

  test('a wholly other name is not listed', () => {
    expect(new DraftNames([], { year: 2025 }).listedName('economic', '30201', '会议室')).toBeUndefined();
  });

  test('one character replaced: the official name; every character replaced: not listed', () => {
    expect(economicItems.length).toBeGreaterThan(20);
    fc.assert(
      fc.property(fc.constantFrom(...economicItems), fc.nat(), ({ code, name }, at) => {
        const i = at % name.length;
        const slip = name.slice(0, i) + '某' + name.slice(i + 1);
        expect(new DraftNames([], { year: 2025 }).listedName('economic', code, slip)).toBe(name);
        const other = '某'.repeat(name.length);
        expect(new DraftNames([], { year: 2025 }).listedName('economic', code, other)).toBeUndefined();
      }),
    );
  });
});
