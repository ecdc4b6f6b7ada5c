/**
 * splitCodeAndName (src/engine/recognize/codes.ts): code and name typed into one cell, however the
 * code is printed — '2060101 行政运行', '[2060101]行政运行', '【206】科学技术支出', '206 01 01 行政运行'.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitCodeAndName } from '../src/engine/recognize/codes';

const two = fc.integer({ min: 1, max: 99 }).map((n) => String(n).padStart(2, '0'));
const functionCode = fc.tuple(fc.integer({ min: 201, max: 234 }), fc.option(two, { nil: undefined }), fc.option(two, { nil: undefined })).map(([l, k, x]) => String(l) + (k ?? '') + (k && x ? x : ''));
const economicCode = fc.tuple(fc.integer({ min: 301, max: 399 }), fc.option(two, { nil: undefined })).map(([l, k]) => String(l) + (k ?? ''));
const code = fc.oneof(functionCode, economicCode);
const name = fc.constantFrom('行政运行', '一般行政管理事务', '科学技术支出', '工资福利支出', '基本工资', '其他支出（项）', '住房公积金');
const spaced = (c: string) => [c.slice(0, 3), c.slice(3, 5), c.slice(5, 7)].filter(Boolean).join(' ');
const printed = fc.constantFrom<((c: string, n: string) => string)[]>(
  (c, n) => `${c} ${n}`,
  (c, n) => `${c}${n}`,
  (c, n) => `[${c}]${n}`,
  (c, n) => `［${c}］${n}`,
  (c, n) => `【${c}】 ${n}`,
  (c, n) => `(${c})${n}`,
  (c, n) => `${spaced(c)} ${n}`,
  (c, n) => `  ${c}\u00a0${n}  `,
);

describe('code and name in one cell (property)', () => {
  it('reads the whole code and the name however the code is printed', () => {
    fc.assert(
      fc.property(code, name, printed, (c, n, print) => {
        const got = splitCodeAndName(print(c, n));
        expect(got?.code.code).toBe(c);
        expect(got?.code.level).toBe(c.length === 3 ? 1 : c.length === 5 ? 2 : 3);
        expect(got?.name).toBe(n);
      }),
    );
  });

  it('reads nothing from a label that does not lead with a whole code and a name', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 1990, max: 2099 }).map((y) => `${y}年部门预算`),
          fc.double({ min: 0, max: 1e7, noNaN: true }).map((v) => v.toFixed(2)),
          code,
          code.map((c) => `${c}.5`),
          code.map((c) => `${c}、行政运行`),
          fc.integer({ min: 1000, max: 9999 }).map((n) => `${n} 行政运行`),
          name,
        ),
        (label) => {
          expect(splitCodeAndName(label)).toBeUndefined();
        },
      ),
    );
  });
});
