import { describe, expect, it } from 'vitest';
import { recognizeWorkbook } from '../src/engine/recognize';
import { FIXTURES, toGrids } from './fixtures';

/**
 * Every line and every column of a recognized table is built with all its fields, in one order
 * (src/engine/recognize/lines.ts lineOf, columns.ts draftColumn): objects of one shape keep every
 * stage's reading of them monomorphic. A field added to some lines only, after they are built, would
 * give them a second shape and show here as a second key list.
 */
describe('the shape of recognized lines and columns', () => {
  const tables = Object.values(FIXTURES).flatMap((fixture) => recognizeWorkbook(toGrids(fixture().workbook)));

  it('reads tables of every kind from the fixtures', () => {
    expect(new Set(tables.map((t) => t.kind)).size).toBeGreaterThan(8);
  });

  it('gives every line the same fields in the same order, whatever its role, code or key', () => {
    const lines = tables.flatMap((t) => t.lines);
    expect(new Set(lines.map((l) => l.role))).toEqual(new Set(['data', 'total', 'subtotal', 'grand-total', 'column-number', 'blank']));
    expect(lines.some((l) => l.key !== undefined) && lines.some((l) => l.code !== undefined) && lines.some((l) => l.project !== undefined)).toBe(true);
    expect(new Set(lines.map((l) => Object.keys(l).join(',')))).toEqual(new Set(['row,block,role,label,amounts,labelCol,codeCols,code,codeSystem,level,project,key,unitCode,sheet']));
  });

  it('gives every column the same fields in the same order, with or without a key, a measure or a 栏次 number', () => {
    const columns = tables.flatMap((t) => t.columns);
    expect(columns.some((c) => c.columnNumber !== undefined) && columns.some((c) => c.measure !== undefined) && columns.some((c) => c.key === undefined)).toBe(true);
    expect(new Set(columns.map((c) => Object.keys(c).join(',')))).toEqual(new Set(['id,col,role,path,label,block,key,measure,columnNumber']));
  });
});
